"""Features of one line of a document, for the reference/body/heading/furniture classifier.

A reference line looks like one from its start ("Abele, A. E. (2003)."), its density of
years, initials, page ranges and abbreviations, and its neighbours; a page header is short,
repeats, and carries a lone number; a heading is short, capitalised and unpunctuated.
"""

from __future__ import annotations

import re
from collections import Counter

_BULLET = re.compile(r"^[-*•·▪]\s+")
_HEADING_WORDS = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+|[IVX]+\.\s+|#+\s*)?(references|works cited|bibliography|reference list|"
    r"literature cited|sources|works consulted|appendix|acknowledg(?:e)?ments|notes|endnotes|abstract|"
    r"introduction|conclusions?|discussion|methods?|results|chapter\b.*)\W*$", re.I)
_AUTHOR_START = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?,\s(?:[A-Z]\.|[A-Z][a-z]+)")
_NUMBER_START = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}\.\s|\(\d{1,3}\)\s)")
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]\d\d|20\d\d)[a-z]?(?!\d)")
_PAREN_YEAR = re.compile(r"\((?:1[6-9]\d\d|20\d\d)[a-z]?\)")
_INITIAL = re.compile(r"\b[A-Z]\.")
_RANGE = re.compile(r"\d+\s?[-–]\s?\d+")
_ABBREV = re.compile(r"\b(?:pp|vol|no|ed|eds|trans|doi|Vol|No|Ed|Eds)\.", re.I)
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?\s*$|^\s*[ivxlc]{1,6}\s*$", re.I)
_LINK = re.compile(r"https?://|www\.|doi\.org|doi:", re.I)
_ET_AL = re.compile(r"\bet al\b")


_REF_CUES = ("author_start", "number_start", "paren_year", "range", "abbrev", "link", "et_al")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "big"


def _indent(line: str) -> int:
    raw = line.replace("\f", "")
    return len(raw) - len(raw.lstrip(" \t"))


def line_features(line: str, margin: int = 0) -> list[str]:
    """Context-free features of one line; indentation is measured from the document's margin."""
    raw = line.replace("\f", "").rstrip("\r\n")
    s = raw.strip()
    if not s:
        return ["blank"]
    indent = len(raw) - len(raw.lstrip(" \t")) - margin
    bullet = _BULLET.match(s)
    if bullet:  # Markdown/docx list items: judge the item's text (body lists have bullets too)
        s = s[bullet.end():] or s
    words = s.split()
    feats = [
        "indent=" + ("left" if indent < 0 else _bucket(indent, (0, 2, 5, 10, 25))),
        "len=" + _bucket(len(s), (3, 10, 30, 60, 90, 140)),
        "words=" + _bucket(len(words), (1, 3, 6, 12, 25)),
        "years=" + _bucket(len(_YEAR.findall(s)), (0, 1)),
        "initials=" + _bucket(len(_INITIAL.findall(s)), (0, 1, 3)),
        "last=" + (s[-1] if not s[-1].isalnum() else ("digit" if s[-1].isdigit() else "alpha")),
        "first=" + ("upper" if s[0].isupper() else "lower" if s[0].islower() else "digit" if s[0].isdigit()
                    else s[0]),
    ]
    if "\f" in line:
        feats.append("formfeed")
    if _HEADING_WORDS.match(s):
        feats.append("heading_word")
    if s.isupper() and len(s) > 3:
        feats.append("all_caps")
    if _AUTHOR_START.match(s):
        feats.append("author_start")
    if _NUMBER_START.match(s):
        feats.append("number_start")
    if _PAREN_YEAR.search(s):
        feats.append("paren_year")
    if _RANGE.search(s):
        feats.append("range")
    if _ABBREV.search(s):
        feats.append("abbrev")
    if _PAGE_NUMBER.match(s):
        feats.append("page_number")
    if _LINK.search(s):
        feats.append("link")
    if _ET_AL.search(s):
        feats.append("et_al")
    if re.search(r"[“”\"]", s):
        feats.append("quote")
    if re.search(r"\d\s*$", s) and len(words) <= 8 and not s.endswith("."):
        feats.append("trailing_number_short")
    if len(words) <= 8 and s[-1] not in ".,;:" and sum(w[:1].isupper() for w in words) >= len(words) / 2:
        feats.append("title_like")
    lower_words = sum(1 for w in words if w.islower())
    feats.append("prose=" + _bucket(int(10 * lower_words / len(words)), (3, 6, 8)))
    return feats


def content_features(lines: list[str]) -> tuple[list[int], list[list[str]]]:
    """The non-blank lines' indices and features: blank lines are dropped from the sequence so
    that double-spaced text still has its neighbours next to it (they leave an "after_blank" mark)."""
    feats = document_features(lines)
    keep = [i for i, x in enumerate(lines) if x.strip()]
    return keep, [feats[i] for i in keep]


def document_features(lines: list[str]) -> list[list[str]]:
    """Line features plus the neighbours' (previous and next non-blank lines) and position."""
    indents = Counter(_indent(x) for x in lines if x.strip())
    margin = indents.most_common(1)[0][0] if indents else 0
    own = [line_features(x, margin) for x in lines]
    n = len(lines)
    prev_nb: list[int | None] = [None] * n
    next_nb: list[int | None] = [None] * n
    last = None
    for i in range(n):
        prev_nb[i] = last
        if own[i] != ["blank"]:
            last = i
    last = None
    for i in range(n - 1, -1, -1):
        next_nb[i] = last
        if own[i] != ["blank"]:
            last = i
    refish = [sum(c in f for c in _REF_CUES) + ("years=0" not in f) + ("initials=0" not in f) >= 2 for f in own]
    nb = [i for i, f in enumerate(own) if f != ["blank"]]
    rank = {i: k for k, i in enumerate(nb)}
    out = []
    for i, f in enumerate(own):
        feats = list(f)
        if i in rank:
            k = rank[i]
            window = [refish[j] for j in nb[max(0, k - 4): k + 5]]
            feats.append("refdensity=" + str(round(4 * sum(window) / len(window))))
        feats.append(f"pos={i * 10 // max(n, 1)}")
        for tag, j in (("p", prev_nb[i]), ("n", next_nb[i])):
            if j is None:
                feats.append(f"{tag}:none")
            else:
                feats += [f"{tag}:{x}" for x in own[j] if not x.startswith(("len=", "words="))]
        if i and own[i - 1] == ["blank"]:
            feats.append("after_blank")
        out.append(feats)
    return out
