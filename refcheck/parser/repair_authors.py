"""Repairs of an entry's author span, kept apart from refcheck.parser.repair for its size limit."""

from __future__ import annotations

import re

from refcheck.text.lexicon import ORG_WORDS

Span = tuple[str, str, bool]
_ENDS_WITH_DASH = re.compile(r"^(?P<acronym>[A-Z][A-Z0-9&/.]{1,11})\s*[-–—]$")
_FIRST_SENTENCE = re.compile(r"^(?P<name>[^.]{3,120}?\.)(?:\s+(?P<rest>.*))?$", re.S)


def dashed_body_author(spans: list[Span]) -> list[Span]:
    """"NBS – National Bureau of Statistics of China. China Labour Statistical Yearbook": a body printed
    as its acronym, a dash and its name. The tagger stops the author at the dash; the name up to its
    full stop belongs to it when it reads as a body's ("Bureau", "Instituto", ...)."""
    if len(spans) < 2 or spans[0][0] != "author" or spans[1][0] != "title":
        return spans
    head = _ENDS_WITH_DASH.match(spans[0][1].strip())
    m = _FIRST_SENTENCE.match(spans[1][1].strip())
    if head is None or m is None:
        return spans
    words = re.findall(r"[^\W\d_]+", m.group("name").lower())
    if not any(w in ORG_WORDS for w in words):
        return spans
    author = ("author", f"{spans[0][1].strip()} {m.group('name')}", spans[0][2])
    rest = [("title", m.group("rest"), spans[1][2])] if m.group("rest") else []
    return [author, *rest, *spans[2:]]


_DANGLING_AND = re.compile(r"(?:&|\band|\bund|\bet|\by|\be)$")
_NAMES_THEN_YEAR = re.compile(r"^(?P<names>[^.\d]*[^\W\d][^.]{0,40}?)\s*\.\s+"
                              r"(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\.\s+(?P<title>\S.*)$", re.S)


def author_cut_at_and(spans: list[Span]) -> list[Span]:
    """"FAO & FHI 360 . 2016. Minimum Dietary Diversity for Women": the tagger stopped the author at "&" (a
    body's name with a number) and read the rest, year included, as the title. An author cannot end in
    "and": the title's words up to a full stop and a year are the rest of the names."""
    if len(spans) < 2 or spans[0][0] != "author" or spans[1][0] != "title":
        return spans
    if _DANGLING_AND.search(spans[0][1].strip()) is None:
        return spans
    m = _NAMES_THEN_YEAR.match(spans[1][1].strip())
    if m is None:
        return spans
    author = ("author", f"{spans[0][1].strip()} {m.group('names').strip()}.", spans[0][2])
    return [author, ("date", m.group("year") + ".", False), ("title", m.group("title"), spans[1][2]), *spans[2:]]


_BODY_WITH_ITS_NAME = re.compile(r"^[A-Z][A-Za-z&]{1,11}\s\([A-ZÀ-Þ][^()]{5,150}\)$")
_OPENING_YEAR = re.compile(r"^\((?:1[5-9]\d\d|20\d\d)[a-z]?\)[.,:]?$")


def body_with_its_name(spans: list[Span]) -> list[Span]:
    """"CEPAL (Comisión Económica para América Latina y el Caribe) (2022a), Panorama Social de América
    Latina, ...": a body's acronym and its name before the year is the author, though the tagger read it as
    the title and the title as a journal (no title follows the year)."""
    if len(spans) < 3 or spans[0][0] != "title" or not _OPENING_YEAR.match(spans[1][1]) \
            or not _BODY_WITH_ITS_NAME.match(spans[0][1].strip()) or any(sp[0] == "title" for sp in spans[2:]):
        return spans
    k = next((i for i, sp in enumerate(spans[2:], start=2) if sp[0] in ("journal", "container-title")), None)
    if k != 2:
        return spans
    return [("author", spans[0][1], spans[0][2]), spans[1], ("title", spans[2][1], spans[2][2]), *spans[3:]]


_GROUP_THEN_YEAR = re.compile(r"^((?:The\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,6}\s(?:Network|Group|Consortium"
                              r"|Collaboration|Team|Initiative|Investigators|Collaborators))\.?\s+"
                              r"((?:1[5-9]|20)\d\d[a-z]?)\.\s+(\S.*)$")


def group_author_before_year(spans: list[Span]) -> list[Span]:
    """"Nichols, E., ..., Favila, M.E., The Scarabaeinae Research Network 2008. Ecological functions ...": a group
    that closes the author list, then the year, read by the tagger as the title's opening words."""
    if len(spans) < 2 or spans[0][0] != "author" or not spans[0][1].rstrip().endswith(",") or spans[1][0] != "title":
        return spans
    m = _GROUP_THEN_YEAR.match(spans[1][1])
    if m is None or any(sp[0] == "date" for sp in spans):
        return spans
    return [("author", f"{spans[0][1].rstrip()} {m.group(1)}", spans[0][2]), ("date", m.group(2) + ".", False),
            ("title", m.group(3), spans[1][2]), *spans[2:]]


def body_before_bracketed_year(spans: list[Span]) -> list[Span]:
    """"Fachagentur Windenergie an Land (2021): Umfrage zur Akzeptanz ...": what opens an entry before its bracketed
    year, with a title after the year, is the author (a body the tagger did not know as a name), not a title."""
    if len(spans) >= 3 and spans[0][0] == "title" and spans[1][0] == "date" and spans[2][0] == "title" \
            and _OPENING_YEAR.match(spans[1][1].strip()) and not any(sp[0] == "author" for sp in spans):
        return [("author", spans[0][1], spans[0][2]), *spans[1:]]
    return spans

