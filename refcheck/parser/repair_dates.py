"""Repairs of a date the tagger put inside a title, kept apart from refcheck.parser.repair for its size.

The first date of an entry is its date (refcheck.parser.fields), so a year that belongs to the
title ("... from 1978 to 2016", "Cours au Collège de France, 1981 - 1982") must be given back to
the title before the fields are built."""

from __future__ import annotations

import re

from refcheck.normalizer.accessed import ACCESS_WORD

Span = tuple[str, str, bool]
_MEDIUM_WORD = re.compile(r"^\[(?:Internet|Online|online|CD-ROM|Database)\][.,;]?$")
_SENTENCE_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)(?:[–-](?:1[5-9]\d\d|20\d\d))?\)?\.$")
_ANY_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
_RUNNING_TEXT = frozenset({"title", "container-title", "journal"})


def year_inside_title(spans: list[Span]) -> list[Span]:
    """"... in China from 1978 to 2016. 2021;", "... Epinephelus fuscoguttatus (Forsskål, 1775).
    Coral Reefs 31, 443–453 (2012).": a year that closes a title's sentence, printed straight
    after a word of it ("to 2016.", "(Forsskål, 1775)."), belongs to the title, not the date,
    when the entry prints another year after it."""
    for i in range(1, len(spans)):
        label, text, italic = spans[i]
        if label != "date":
            continue
        prev_label, prev_text, prev_italic = spans[i - 1]
        head, _, rest = text.partition(" ")
        if _MEDIUM_WORD.match(rest.partition(" ")[0]):  # "... by country 1970–2010 [Internet]. 2012."
            head = head + "."
        if prev_label not in _RUNNING_TEXT or not _SENTENCE_YEAR.match(head):
            return spans
        head = text.partition(" ")[0]
        last = prev_text.rsplit(" ", 1)[-1]
        later = any(lab == "date" and _ANY_YEAR.search(t) for lab, t, _ in spans[i + 1:])
        season = prev_label == "title" and later and last[-1:] == "," and last[-2:-1].isalpha()  # "Winter, 1979."
        if not (last[-1:].isalpha() or season or (head.endswith(").") and last.startswith("(") and last.endswith(","))):
            return spans
        if not (_ANY_YEAR.search(rest) or later):
            return spans
        out = [*spans[:i - 1], (prev_label, f"{prev_text} {head}", prev_italic)]
        if rest:
            out.append((label, rest, italic))
        return out + spans[i + 1:]
    return spans


_YEAR_ONLY = re.compile(r"^\(?(?:1[5-9]\d\d|20\d\d),?$")
# what goes on a range or pair of years: "1981 | - 1982.", "(2002 | e 2006).", "1978 | to 2016"
_RANGE_GOES_ON = re.compile(r"^(?:[-–—]|(?:to|and|e|y|et|und|a|bis|au)\s)")


def year_between_title_parts(spans: list[Span]) -> list[Span]:
    """"Cours au Collège de France, | 1981 | - 1982. Paris: Seuil, | 2001", "... nos anos recentes
    | (2002 | e 2006). Congresso ...": a bare year the tagger cut out of the middle of a title, with
    title on both sides that goes on with the range or pair it opens ("- 1982", "e 2006"), is a word
    of that title when the entry prints a year again later (the imprint's, or a proceedings' "Anais.
    Rio Branco, 2008."); the title is rejoined."""
    for i in range(1, len(spans) - 1):
        label, text, _ = spans[i]
        if label != "date" or not _YEAR_ONLY.match(text):
            continue
        before, after = spans[i - 1], spans[i + 1]
        if before[0] != "title" or after[0] != "title" or not _RANGE_GOES_ON.match(after[1]):
            continue
        if not any(_imprint_year(lab, t) for lab, t, _ in spans[i + 2:]):
            continue
        joined = ("title", f"{before[1]} {text} {after[1]}", before[2] and after[2])
        return year_between_title_parts([*spans[:i - 1], joined, *spans[i + 2:]])
    return spans


def _imprint_year(label: str, text: str) -> bool:
    """A later span that dates the work: a date, or a note with a year that is not when it was read."""
    if label not in ("date", "note", "location", "publisher"):
        return False
    return _ANY_YEAR.search(text) is not None and ACCESS_WORD.search(text) is None
