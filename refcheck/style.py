"""The document's citation style, judged from its raw reference entries.

Each entry votes for the styles whose telltale layout it shows; the document's
style is the clear winner, else "unknown". The cues are layout, not content:
where the year stands and how it is bracketed, whether titles are quoted, how
authors are written, and whether entries are numbered.
"""

from __future__ import annotations

import re
from collections import Counter

from refcheck._perf import lazy

_NUMBERED = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}\.\s)")
_AUTHOR = r"(?:[^()\d]{2,200}?)"
_APA_YEAR = re.compile(r"^" + _AUTHOR + r"\s\((?:\d{4}[a-z]?|n\.\s?d\.|in press)(?:,[^)]{1,30})?\)\.", re.I)
_HARVARD_PAREN = lazy(r"^" + _AUTHOR + r"\s\((?:\d{4}[a-z]?|n\.\s?d\.)\)\s*[,]?\s*[^.\s]", re.I)
_YEAR_AFTER_NAMES = lazy(r"^" + _AUTHOR + r"[.,]\s(?:\d{4}[a-z]?|n\.\s?d\.)[.,]\s", re.I)
# the name on a line of its own, each work under it opening with its year, no stop between: "Watson, James L.,
# ed. 1997 Golden Arches East ..." (the split list joins the name to each work)
_YEAR_OPENS_WORK = lazy(r"^[^()\d]{2,200}?[\w.]\s(?:1[5-9]\d\d|20\d\d)[a-z]?\s[" + "A-Z“\"" + r"]")
_INITIALS_BEFORE_YEAR = re.compile(r"^[^,]+,\s(?:[A-Z]\.\s?){1,3}(?:,|\s|and|&)")
_FULL_GIVEN_FIRST = lazy(r"^[A-Z][\w'’-]+(?:\s[\w'’-]+)?,\s[A-Z][a-z]+")
_QUOTED_TITLE = lazy(r"[“\"][^”\"]{3,}[.,?!][”\"]")
_MLA_TAIL = lazy(r"\b(?:vol\.\s?\d+|no\.\s?\d+|pp\.\s?\d+)", re.I)
_YEAR_LATE = lazy(r"(?:,|\.)\s(?:\d{1,2}\s[A-Z][a-z]{2,8}\.?\s)?(?:\d{4})[,.]?(?:\s+pp?\.|\s*$|,\s)")
# ABNT (Brazil) and its Spanish/Portuguese kin: "SOBRAL, A.; GIACOMELLI, B. Title. City: Publisher, 2016.",
# "Revista, v. 46, n. 1, p. 33-50, 1978", "Disponível em: ...". Cited author-date: "(SOBRAL; GIACOMELLI, 2016)".
# Each given-name item ends at its "." or space, so the pattern cannot split "Aa-Aa-Aa-..." many ways.
_ABNT = lazy(r"^[A-ZÀ-Þ]{2,}(?:[ -][A-ZÀ-Þ]{2,})*,\s"
             r"|^[^.;()]{2,60},\s(?:[A-ZÀ-Þ][\w'’-]*(?:\.\s?|\s)){0,3}[A-ZÀ-Þ][\w'’-]*\.?;\s"
             r"|\bv\.\s?\d+,\s?n\.\s?\d+|\b(?:Disponível em|Acesso em|Disponible en)\b")
_IEEE_TITLE = lazy(r"^\s*(?:\[\d+\]|\d+\.)\s+(?:[A-Z]\.\s?)+[A-Z][\w'’-]+")


# The numbered medical and science styles (issue 15). Each is a numeric style, read like IEEE; the name
# tells the user which layout was recognised. Cues from Debian's CSL styles as rendered by pandoc:
# ACS "(1) Rohe, K.; Qin, T.; Yu, B. Title. J. 2016, 113 (45), 1-9." - a parenthesised label, ";" between
# authors; Nature "1. Rohe, K., Qin, T. & Yu, B. Title. J. 113, 1-9 (2016)." - "&" and the year last in
# parentheses; Vancouver/AMA "1. Rohe K, Qin T, Yu B. Title. J. 2016;113(45):1-9." - bare initials and
# "year;volume". AMA differs from Vancouver in print mostly by italics, a plain-text list keeps only its
# "doi:10..." without a space.
NUMERIC_STYLES = frozenset({"ieee", "vancouver", "ama", "nature", "acs"})
NOTES_STYLE = "chicago-notes"
LEGAL_STYLE = "legal"  # a memorandum or brief citing its table of authorities (citations/legal_text.py)
# BibTeX alpha/amsalpha and DIN 1505-2 alphanumeric label each entry "[Blo70]", "[CFG+78]", "[StWi94a]":
# a capital, up to a dozen letters ("+" for authors left out, "." after an initial: "KeKiI.09"), a two- or
# four-digit year, maybe a letter.
ALPHA_STYLE = "alpha"
ALPHA_LABEL = r"[A-ZÀ-ÞĀ-ž][A-Za-zÀ-ÿĀ-ž'’.-]{0,11}\+?(?:\d{4}|\d{2})[a-z]?"  # Latin-1 and Extended-A: "LRRŠ15"
_ALPHA_ENTRY = lazy(r"^\s*\[" + ALPHA_LABEL + r"\]\s+\S")
_ACS_LABEL = lazy(r"^\s*\(\d{1,4}\)\s")
_ACS_AUTHORS = lazy(r"^(?:\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\.))?\s*[\w'’ -]{2,40}, (?:[A-Z]\.[ -]?){1,3};")
_NATURE_TAIL = lazy(r"\((?:[^()]{0,80},\s)?(?:1[6-9]|20)\d\d\)\.(?:\s|$)")
_NATURE_AUTHORS = lazy(r"^(?:\s*(?:\[\d{1,4}\]|\d{1,4}\.))?\s*[\w'’ -]{2,40}, (?:[A-Z]\.[ -]?){1,3}(?:,| &| [A-Z])")
_VANCOUVER_AUTHORS = lazy(r"^(?:\s*(?:\[\d{1,4}\]|\d{1,4}\.))?\s*[\w'’ -]{2,40} [A-Z]{1,3}(?:,|\.)")
_VANCOUVER_YEAR = lazy(r"\b(?:1[6-9]|20)\d\d(?: [A-Z][a-z]{2}(?: \d{1,2})?)?;\s?\d|\b(?:1[6-9]|20)\d\d;\s?\d")
_AMA_DOI = lazy(r"\bdoi:10\.")


def numeric_variant(entry: str) -> str:
    """ieee|vancouver|ama|nature|acs: which numbered style one numbered entry is laid out in."""
    entry = re.sub(r"^\s*\[\d{1,4}\]\s*(?=\(\d{1,4}\))", "", entry)  # "[1] (1) Rohe, K.;": the label given twice
    if _ACS_LABEL.match(entry) or _ACS_AUTHORS.match(entry):
        return "acs"
    if _NATURE_AUTHORS.match(entry) and _NATURE_TAIL.search(entry):
        return "nature"
    if _VANCOUVER_AUTHORS.match(entry) and _VANCOUVER_YEAR.search(entry):
        return "ama" if _AMA_DOI.search(entry) else "vancouver"
    return "ieee"


def is_numeric(style: str) -> bool:
    """IEEE and the numbered medical/science styles cite by number."""
    return style in NUMERIC_STYLES


def entry_votes(entry: str) -> Counter[str]:
    """Which styles one entry's layout is consistent with, weighted by how telling the cue is."""
    e = entry.replace("*", "").strip()
    votes: Counter[str] = Counter()
    if _ALPHA_ENTRY.match(e):
        votes[ALPHA_STYLE] += 3
        return votes
    if _NUMBERED.match(e) or _ACS_LABEL.match(e):
        votes["ieee"] += 2
        if _IEEE_TITLE.match(e) or _QUOTED_TITLE.search(e):
            votes["ieee"] += 1
        return votes
    if _APA_YEAR.match(e):
        votes["apa"] += 2
        if _INITIALS_BEFORE_YEAR.match(e) or "&" in e[:120]:
            votes["apa"] += 1
        return votes
    if _HARVARD_PAREN.match(e):
        votes["harvard"] += 2
        return votes
    if _YEAR_AFTER_NAMES.match(e):
        if _INITIALS_BEFORE_YEAR.match(e):
            votes["harvard"] += 2
        elif _FULL_GIVEN_FIRST.match(e) or not re.match(r"^[^,]+,", e):
            votes["chicago"] += 2
        else:
            votes["harvard"] += 1
            votes["chicago"] += 1
        return votes
    if _ABNT.search(e):
        votes["harvard"] += 2  # the list is ABNT; its citations are author-date
        return votes
    if _YEAR_OPENS_WORK.match(e):
        votes["chicago"] += 2  # American Anthropologist's "Appadurai, Arjun / 1986 Introduction: ..."
        return votes
    if _QUOTED_TITLE.search(e) or _MLA_TAIL.search(e) or _YEAR_LATE.search(e):
        votes["mla"] += 2 if _MLA_TAIL.search(e) or _QUOTED_TITLE.search(e) else 1
    return votes


def detect_style(entries: list[str]) -> str:
    """apa|mla|chicago|harvard|ieee|vancouver|ama|nature|acs|alpha|unknown: the style most entries show, if clear."""
    total: Counter[str] = Counter()
    for e in entries:
        total.update(entry_votes(e))
    if not total:
        return "unknown"
    ranked = total.most_common(2)
    best, score = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    if score < 2 or score < 1.5 * runner:
        return "unknown"
    if best == "ieee":
        return _numeric_family_member(entries)
    return best


def _numeric_family_member(entries: list[str]) -> str:
    """Which numbered style most entries show; IEEE unless one layout clearly wins."""
    counts = Counter(numeric_variant(e.replace("*", "").strip()) for e in entries)
    if counts["ama"] and counts["vancouver"]:  # one list: the "doi:" form is AMA's whenever it appears
        counts["ama"] += counts.pop("vancouver")
    best, n = counts.most_common(1)[0]
    return best if n >= 2 and n >= 0.6 * sum(counts.values()) else "ieee"
