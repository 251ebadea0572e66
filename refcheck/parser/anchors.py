"""Labels a reference's own typography makes certain, and re-tagging that honours them.

The CRF sees neighbouring labels only, so one unfamiliar token can drag a whole run the wrong
way: "(in press)." reads like the "In" of an edited book and turns every APA author before it
into an editor; "Mrs." ends a sentence, so "Mrs. Dalloway" splits into a title and a publisher.
Where the printed form settles a token's label, it is pinned and the rest of the sequence is
decoded again around the pins (constrained Viterbi over the model's own weights), so the fix is
the model's best reading under the constraint rather than a hand-written relabelling.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from refcheck.feature.dictionary import MONTHS
from refcheck.parser.anchor_rules import (
    _CITATION_NUMBER,
    _YEARISH,
    _acs_numbers,
    _editors_before_role,
    _initials_first_list_ends,
    _journal_run,
    _organisation_opens,
    _title_to_sentence_end,
    imprint_dates,
)
from refcheck.parser.cjk import cjk_anchors
from refcheck.text.lexicon import ORG_WORDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# APA/Harvard "(2019a)." / "(n.d.)." / "(in press)." / "(forthcoming)" right after the names.
_PAREN_DATE = re.compile(r"^\((?:1[5-9]\d\d|20\d\d)[a-z]?\)[.,]?$|^\(n\.\s?d\.\)[.,]?$|^\(forthcoming\)[.,]?$")
_NAME_TOKEN = re.compile(
    r"^(?:[A-ZÀ-ÝĀ-Ž][\w'’\-.]*[.,;]?|(?:[A-Z]\.){1,3}[,;]?|&|and|…|\.\.\.|et|al\.,?"
    r"|van|von|de|der|den|la|le|du|da|di|dos|del|y|ter|ten)$")
# Honorifics and place abbreviations that open a name inside a title ("Mrs. Dalloway", "St. Petersburg").
_BINDING_ABBREVIATION = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Mt.", "Ft.", "Messrs."})


def anchors(words: list[str], labels: list[str]) -> dict[int, str]:
    """Token index -> the label its printed form requires; empty when LABELS agree with all of them."""
    if fixed := cjk_anchors(words):  # Chinese, Japanese and Korean entries (refcheck.parser.cjk)
        return fixed if any(labels[i] != lab for i, lab in fixed.items()) else {}
    _apa_head(words, fixed)
    _abbreviation_runs_on(words, labels, fixed)
    _inverted_name_ends(words, labels, fixed)
    _no_date(words, fixed)
    _initials_first_list_ends(words, labels, fixed)
    _vancouver_list_ends(words, labels, fixed)
    _natural_name_list(words, labels, fixed)
    _author_before_quoted_title(words, fixed)
    _place_abbreviation_opens_title(words, labels, fixed)
    _own_acronym_publishes(words, labels, fixed)
    _semicolon_list_ends(words, labels, fixed)
    _closing_year(words, fixed)
    imprint_dates(words, fixed)
    _organisation_opens(words, labels, fixed)
    _acs_numbers(words, fixed)
    _editors_before_role(words, labels, fixed)
    # all the pins when one of them disagrees with the tagger: re-decoding must not undo the others
    return fixed if any(labels[i] != lab for i, lab in fixed.items()) else {}


def _apa_head(words: list[str], fixed: dict[int, str]) -> None:
    """"Names (year). Title": every token before the bracketed date is an author."""
    for k, w in enumerate(words[:60]):
        if w.startswith("("):
            pair = k + 1 < len(words) and w == "(in" and words[k + 1].rstrip(".,") == "press)"
            if not (_PAREN_DATE.match(w) or pair):
                return
            org = any(x.lower() in ORG_WORDS for x in words[:k])  # "Agencia Europea para la seguridad ... (2002),"
            if k == 0 or not all(_NAME_TOKEN.match(x) or (org and x.isalpha()) for x in words[:k]):
                return
            for i in range(k):
                fixed[i] = "author"
            fixed[k] = "date"
            if pair:
                fixed[k + 1] = "date"
            return


def _abbreviation_runs_on(words: list[str], labels: list[str], fixed: dict[int, str]) -> None:
    """"Mrs. Dalloway": the name after an honorific belongs to the same field, unless the
    honorific closes an inverted name ("Seuss, Dr.")."""
    for i in range(len(words) - 1):
        if (words[i] in _BINDING_ABBREVIATION and words[i + 1][:1].isupper() and labels[i] == "title"
                and labels[i + 1] != "title" and not (i and words[i - 1].endswith(","))):
            fixed.setdefault(i + 1, "title")


_FAMILY = re.compile(r"^[A-ZÀ-Ý][\w'’\-]+,$")
_CAPS_INITIALS = re.compile(r"^[A-Z]{2,3}\.$")
_GIVEN = re.compile(r"^[A-ZÀ-Ý][\w'’\-]*\.?$")


def _inverted_name_ends(words: list[str], labels: list[str], fixed: dict[int, str]) -> None:
    """"Morrison, Toni. Beloved. 1987.": a lone first author "Family, Given." ends at the
    given name's full stop; the word after it opens the title, however name-like it looks."""
    if len(words) < 4 or not _FAMILY.match(words[0]):
        return
    for k in range(1, 4):
        w = words[k]
        if not _GIVEN.match(w):
            return
        # "Julian." or all-caps initials closed by a full stop ("Rozhdestvensky, AK. Hadrosaurs")
        if w.endswith(".") and (len(w) > 3 or _CAPS_INITIALS.match(w)) and w not in ("Jr.", "Sr."):
            # the given names themselves are the author's, however much "Julian." or "Martin."
            # looks like the month a date opens with (never a month itself: "Smith, Jan.")
            if w.rstrip(".").lower() not in MONTHS and not any(x.endswith(".") for x in words[1:k]):
                for i in range(1, k + 1):
                    fixed.setdefault(i, "author")
            nxt = k + 1
            if (nxt < len(words) and labels[nxt] in ("author", "editor") and words[nxt][:1].isupper()
                    and not words[nxt].endswith(",") and not words[nxt].rstrip(".,").isupper()):
                # (not "ROUSSILLON, René. CHABERT, Catherine.": a second author, French style)
                fixed.setdefault(nxt, "title")
            return


_ND = re.compile(r"^\(?n\.\s?d\.?\)?[.,;]?$|^\(?s\.\s?d\.?\)?[.,;]?$")


def _no_date(words: list[str], fixed: dict[int, str]) -> None:
    """"n.d." (French/Spanish "s.d.") is the date wherever printed, also after a body ("... Hansemuseum. n.d.")."""
    for i, w in enumerate(words):
        if _ND.match(w):
            fixed.setdefault(i, "date")
        elif i + 1 < len(words) and _WORD_DATE.match(f"{w} {words[i + 1]}"):  # "Anonymous (no date) BC ..."
            fixed.update({i: fixed.get(i, "date"), i + 1: fixed.get(i + 1, "date")})


_WORD_DATE = re.compile(r"\((?:no date|in prep\.?|in preparation|sin fecha|sem data|sans date)\)[.,]?$", re.I)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\w'’\-]*\.?|[A-Z]\.(?:-?[A-Z]\.)*|[A-Z])[,.]?$")


def _natural_name_list(words: list[str], labels: list[str], fixed: dict[int, str]) -> None:
    """"Eric Brown, Eddie Epstein, J William Murdock, and Tong-Haing Fin. Tools and methods ...":
    a list of names in natural order (two to four capitalised words or initials each, commas
    between, "and" before the last) ends at the last name's full stop; the names are the authors
    and the word after them opens the title. Only where the tagger itself starts with an author."""
    s = 1 if words and _CITATION_NUMBER.match(words[0]) else 0
    if len(words) < s + 6 or labels[s] != "author":
        return
    names, size, i = 0, 0, s
    while i < min(len(words), s + 40):
        w = words[i]
        if w in ("and", "&") and (names >= 1 and size == 0 or size >= 2):  # ", and" or "Allen and"
            names, size = names + (size >= 2), 0
            i += 1
            continue
        if not _NAME_WORD.match(w):
            return
        size += 1
        if size > 4:
            return
        if w.endswith(","):
            if size < 2:
                return
            names, size = names + 1, 0
        if w.endswith(".") and len(w.rstrip(".")) > 1:  # a family name closing the list
            if size < 2 or names < 1 or "and" not in words[s:i] and "&" not in words[s:i]:
                return
            if i + 1 < len(words) and words[i + 1][:1].isupper():
                for k in range(s, i + 1):
                    fixed.setdefault(k, "author")
                fixed.setdefault(i + 1, "title")
            return
        i += 1


_V_FAMILY = re.compile(r"^[A-ZÀ-Ý][\w'’\-]+$")
_V_INITIALS = re.compile(r"^[A-Z]{1,3}(?P<end>[,.:])$")


def _vancouver_list_ends(words: list[str], labels: list[str], fixed: dict[int, str]) -> None:
    """"Spirtes P, Glymour C, Scheines R. Causation, Prediction, and Search." / "HOGGART R. Uses of
    Literacy.": a Vancouver list ("Family INITIALS," pairs) ends at the initials closed by a full
    stop (F1000: a colon); the names are the authors and the capitalised word after them opens the title."""
    s = 1 if words and _CITATION_NUMBER.match(words[0]) else 0
    i = s
    while i + 1 < min(len(words), s + 60):
        k = i
        while k < i + 3 and k < len(words) and _V_FAMILY.match(words[k]):  # "Fernández-Juricic", "de Ruiter"
            k += 1
        if k == i or k >= len(words):
            return
        m = _V_INITIALS.match(words[k])
        if not m:
            return
        if m.group("end") in ".:":
            nxt = k + 1
            # a lone "Joseph A." is a natural-order name ("Joseph A. Schumpeter"), not "Dayan J."
            # ("57. Carroll J. Evolution and ...": a list numbered "57." is Vancouver's or AMA's);
            # F1000's colon ends the list for sure, before any title ("Chamberlain S: rgbif: ...")
            colon = m.group("end") == ":"
            certain = i > s or len(words[k]) > 2 or words[i].isupper() or s == 1 and words[0][-1] == "." or colon
            if certain and nxt < len(words) and (words[nxt][:1].isupper() or colon) and not _YEARISH.match(words[nxt]):
                for j in range(s, k + 1):
                    fixed.setdefault(j, "author")
                fixed.setdefault(nxt, "title")
            return
        i = k + 1


_QUOTE_OPEN = ("“", '"', "‘", "«")
_ORG_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\w'’&\-]*[.,]?|(?:[A-Z]\.){1,3}|of|for|and|the|on|de|du|des|van|von|&)$")


def _author_before_quoted_title(words: list[str], fixed: dict[int, str]) -> None:
    """MLA "D. H. Lawrence Society of North America. “Photographs ...”": the name that
    ends with a full stop right before the quoted title is its author, initials and all."""
    for k, w in enumerate(words[:16]):
        if w.startswith(_QUOTE_OPEN):
            if k >= 2 and words[k - 1].endswith(".") and all(_ORG_WORD.match(x) for x in words[:k]):
                for i in range(k):
                    fixed.setdefault(i, "author")
                fixed.setdefault(k, "title")
            return


_PLACE_ABBREVIATION = frozenset({"St.", "Mt.", "Ft."})


def _place_abbreviation_opens_title(words: list[str], labels: list[str], fixed: dict[int, str]) -> None:
    """"Lawrence, D. H. St. Mawr and Other Stories.": after the initials, "St." opens the title."""
    for i in range(1, len(words) - 1):
        if (words[i] in _PLACE_ABBREVIATION and labels[i] in ("author", "editor") and words[i - 1].endswith(".")
                and labels[i + 1] == "title" and words[i + 1][:1].isupper()):
            fixed.setdefault(i, "title")


_S_FAMILY = re.compile(r"^[A-ZÀ-Ý][\w'’\-]+,?$")
_S_INITIALS = re.compile(r"^(?:[A-Z]\.(?:-?[A-Z]\.)*|[A-Z][a-z]?\.)(?P<end>[;,]?)$")
_INITIAL_OPEN = re.compile(r"^[A-Z][a-z]?\.")
_ROLE = re.compile(r"^(?:Eds?|Hrsg|Trans|Ed)\.?[,;]?$|^\(")


def _semicolon_list_ends(words: list[str], labels: list[str], fixed: dict[int, str]) -> None:
    """"Spirtes, P.; Glymour, C.; Scheines, R. Causation, Prediction, and Search;": an ACS list
    ("Family, I. I." names, semicolons between; Nature's commas and "&" before the last) ends at
    the initials closed by a full stop; the capitalised word after them opens the title, however
    name-like ("Causation,", "200th", "Cretaceous-Tertiary"); a lone "Family, I." name as well."""
    s = 1 if words and _CITATION_NUMBER.match(words[0]) else 0
    i, names, commas, amp = s, 0, False, False
    while i < min(len(words), s + 80):
        k = i
        while k < min(i + 3, len(words)) and _S_FAMILY.match(words[k]):  # "Villa Nova,", "D’Hondt,"
            k += 1
            if words[k - 1].endswith(","):
                break
        if k == i or not words[k - 1].endswith(","):
            return
        end, start = "", k
        while k < len(words) and end not in (";", ","):
            m = _S_INITIALS.match(words[k])
            if not m or k > start and _journal_run(words, k) > k + 1:  # "Jones, K. | J. Am. Chem. Soc. 2010,"
                break
            end = m.group("end") or "."
            k += 1
        if k == start:
            return
        names += 1
        commas = commas or end == ","
        if end == "." and k < len(words) and words[k] in ("&", "and"):  # Nature's "... & Scheines, R."
            i, amp = k + 1, True
            continue
        if end == "." and commas and not amp:  # "Prasad, D., CV Rothlin, P. Burrola": natural order after
            return
        journal_end = _journal_run(words, k) if end == "." and names >= 2 else k
        if journal_end > k:
            for j in range(s, k):
                fixed.setdefault(j, "author")
            for j in range(k, journal_end):
                fixed.setdefault(j, "journal")
            return
        if end == ".":
            # (not "Tulevski, G. S., Stable ...": an initial closed by a comma leaves the end unsure)
            # one name alone ends there too ("Frege, G. Über Sinn", "NEGRO, M. Uma Antologia"),
            # unless the word after it may still be a name
            if ((names >= 2 or not _another_name(words, k)) and k < len(words)
                    and (words[k][:1].isupper() or words[k][:1].isdigit())
                    and not _YEARISH.match(words[k]) and not _ROLE.match(words[k])
                    and not _INITIAL_OPEN.match(words[k])):
                for j in range(s, k):
                    fixed.setdefault(j, "author")
                fixed.setdefault(k, "title")
                _title_to_sentence_end(words, k, fixed)
            return
        i = k


def _another_name(words: list[str], k: int) -> bool:
    """Whether WORDS[k] may still be a name after a lone "Family, I.": a given name printed after
    the initial ("Woodworth, G. Walter.", "Ortmann, L. Anthony, and"), a word closed by a full stop
    or comma; a title's first word runs on ("Über Sinn", "Leguminosas Da Caatinga")."""
    return k < len(words) and words[k][-1:] in ".,"


_CLOSING_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)[;.]$")
_AFTER_END_TEXT = re.compile(r"(?<=\S )(?:Available|Accessed|Retrieved|doi:|https?://|\[)", re.I)


def _closing_year(words: list[str], fixed: dict[int, str]) -> None:
    """Vancouver's "Butterfly community shifts over 2 centuries. 2015;": a bare year closed by a
    semicolon or full stop as the last word (or before "Available from", a DOI or URL) is the date,
    never the end of a journal's name."""
    # one pass over the joined words finds the first "Available"/DOI/URL word (most entries: none)
    text = " ".join(words)
    m = _AFTER_END_TEXT.search(text)
    i = (text.count(" ", 0, m.start()) if m else len(words)) - 1
    if i > 0 and _CLOSING_YEAR.match(words[i]) and words[i - 1][-1] in ".?!":
        fixed.setdefault(i, "date")


_ALL_CAPS_WORD = re.compile(r"(?<!\S)[A-Z]{2,8}[.,]?(?!\S)")


def _own_acronym_publishes(words: list[str], labels: list[str], fixed: dict[int, str]) -> None:
    """"World Health Organization. (2020). Guidelines on physical activity ... WHO.": an
    organisation that publishes its own report prints its acronym as the publisher; an
    all-caps word after the title that spells the author's capitalised words is that
    publisher, never the journal or book the work is in, nor the title's last word."""
    if "title" not in labels or not _ALL_CAPS_WORD.search(" ".join(words)):
        return
    start = labels.index("title")
    # cheap first: an all-caps word of two to eight letters after the title (most entries have none)
    found = [i for i in range(start + 1, len(words))
             if 2 <= len(words[i].rstrip(".,")) <= 8 and words[i].rstrip(".,").isupper()
             and words[i].rstrip(".,").isalpha()]
    if not found:
        return
    initials = "".join(w[0] for w, lab in zip(words, labels, strict=True) if lab == "author" and w[0].isupper())
    if len(initials) < 2:
        return
    for i in found:
        # inside the title only as its own sentence ("Education at a glance. OECD.")
        if words[i].rstrip(".,") == initials and (labels[i] != "title" or words[i - 1][-1] in ".:"):
            fixed.setdefault(i, "publisher")


WEIGHTS_NAME = "tagger.weights.json"  # the model's weights as tables, written by the trainer beside the model


class _Weights:
    """The model's weights as Python tables, read once and only when a pin is needed.

    Read from the JSON tables the trainer writes beside the model (~10 ms) when they belong to
    this very model file (its SHA-256); otherwise from the model's own dump (~100 ms).
    """

    def __init__(self, tagger: Any, tables: dict | None = None) -> None:
        self.labels: list[str] = list(tagger.labels())
        if tables is not None:
            self.state: dict[str, list] = tables["state"]
            self.trans: list[list[float]] = tables["trans"]
            return
        info = tagger.info()
        index = {lab: j for j, lab in enumerate(self.labels)}
        self.state = {}
        for (attr, lab), w in info.state_features.items():
            self.state.setdefault(attr, []).append((index[lab], w))
        n = len(self.labels)
        self.trans = [[0.0] * n for _ in range(n)]
        for (a, b), w in info.transitions.items():
            self.trans[index[a]][index[b]] = w

    def tables(self, model_sha256: str) -> dict:
        return {"model_sha256": model_sha256, "labels": self.labels, "state": self.state, "trans": self.trans}


def model_sha256(model: Path) -> str:
    import hashlib

    return hashlib.sha256(model.read_bytes()).hexdigest()


def _stored_tables(tagger: Any) -> dict | None:
    import json

    from refcheck.parser.tagger import model_path

    model = model_path()
    path = model.with_name(WEIGHTS_NAME)
    if not path.exists():
        return None
    tables = json.loads(path.read_text(encoding="utf-8"))
    if tables.get("model_sha256") != model_sha256(model) or tables.get("labels") != list(tagger.labels()):
        return None
    return tables


_weights: _Weights | None = None
_lock = threading.Lock()


def _get_weights(tagger: Any) -> _Weights:
    global _weights
    if _weights is None:
        with _lock:
            if _weights is None:
                _weights = _Weights(tagger, _stored_tables(tagger))
    return _weights


def constrained_tag(tagger: Any, xseq: list[list[str]], fixed: dict[int, str]) -> list[str]:
    """The highest-scoring label sequence with the FIXED positions pinned."""
    wt = _get_weights(tagger)
    n_lab = len(wt.labels)
    index = {lab: j for j, lab in enumerate(wt.labels)}
    neg = float("-inf")
    scores: list[list[float]] = []
    for t, attrs in enumerate(xseq):
        row = [0.0] * n_lab
        for attr in attrs:
            for j, w in wt.state.get(attr, ()):
                row[j] += w
        if t in fixed and fixed[t] in index:
            keep = index[fixed[t]]
            row = [row[j] if j == keep else neg for j in range(n_lab)]
        scores.append(row)
    best = list(scores[0])
    back: list[list[int]] = []
    for t in range(1, len(xseq)):
        row, new, ptr = scores[t], [neg] * n_lab, [0] * n_lab
        for j in range(n_lab):
            if row[j] == neg:
                continue
            cand = max(range(n_lab), key=lambda i, j=j: best[i] + wt.trans[i][j])
            new[j] = best[cand] + wt.trans[cand][j] + row[j]
            ptr[j] = cand
        best = new
        back.append(ptr)
    j = max(range(n_lab), key=best.__getitem__)
    path = [j]
    for ptr in reversed(back):
        j = ptr[j]
        path.append(j)
    return [wt.labels[j] for j in reversed(path)]


def tag_with_anchors(tagger: Any, xseq: list[list[str]], words: list[str]) -> list[str]:
    """The tagger's labels, re-decoded around any label the printed form makes certain."""
    labels = list(tagger.tag(xseq))
    fixed = anchors(words, labels)
    return constrained_tag(tagger, xseq, fixed) if fixed else labels
