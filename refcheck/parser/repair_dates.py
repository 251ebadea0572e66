"""Repairs of a date the tagger put inside a title, kept apart from refcheck.parser.repair for its size.

The first date of an entry is its date (refcheck.parser.fields), so a year that belongs to the
title ("... from 1978 to 2016", "Cours au Collège de France, 1981 - 1982") must be given back to
the title before the fields are built."""

from __future__ import annotations

import re

from refcheck.normalizer.accessed import ACCESS_WORD
from refcheck.text.patterns import IN_PRESS

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


_MONTH_WORD = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?$")
_DAY_WORD = re.compile(r"^\d{1,2},$")
_VANCOUVER_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)[a-z]?;")
_MONTH_THEN_YEAR = re.compile(r"[.?!]\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+"
                              r"(?:\d{1,2},\s+)?(?:1[5-9]\d\d|20\d\d)[a-z]?;")


def month_before_vancouver_year(spans: list[Span]) -> list[Span]:
    """AMA's date between the journal and the volume ("Nat Rev Cardiol. December 2022;19(12):798–812.",
    "EcoHealth. December 1, 2007;4(4):397–405."): the month, its day and the year are the date, whatever
    the tagger made of them, and when the entry has no journal yet, the sentence before the month (the
    last one the title ran on to) is the journal."""
    if not any(";" in text for _, text, _ in spans):  # no Vancouver year ("2022;") to look before
        return spans
    if not _MONTH_THEN_YEAR.search(" ".join(text for _, text, _ in spans)):  # (speed: one search, then words)
        return spans
    words = [(label, w, italic) for label, text, italic in spans for w in text.split()]
    for k in range(1, len(words) - 1):
        if not _MONTH_WORD.match(words[k][1]) or words[k - 1][1][-1:] not in ".?!":
            continue
        y = k + 1 + bool(_DAY_WORD.match(words[k + 1][1]))
        if y >= len(words) or not _VANCOUVER_YEAR.match(words[y][1]):
            continue
        out = [*words[:k], *[("date", w, it) for _, w, it in words[k:y + 1]], *words[y + 1:]]
        if words[k - 1][0] == "title" and not any(lab in ("journal", "container-title") for lab, _, _ in out):
            j = k - 1  # the journal is the title's last sentence: back to the word before it that ends one
            while j > 0 and out[j - 1][0] == "title" and out[j - 1][1][-1:] not in ".?!":
                j -= 1
            if j > 0 and out[j - 1][0] == "title" and k - j <= 8:
                out[j:k] = [("journal", w, it) for _, w, it in out[j:k]]
        merged: list[Span] = []
        for label, w, it in out:
            if merged and merged[-1][0] == label:
                merged[-1] = (label, f"{merged[-1][1]} {w}", merged[-1][2] and it)
            else:
                merged.append((label, w, it))
        return merged
    return spans


_IN_PRESS_OPENING = re.compile(r"^(?:" + IN_PRESS + r")\.\s+", re.IGNORECASE)


def in_press_opening_title(spans: list[Span]) -> list[Span]:
    """"Druckman, James N., ... and John Barry Ryan. Forthcoming. "(Mis)estimating ..."": Chicago and APSA print
    "Forthcoming." where the year goes; read into the span after the names, the entry had no date."""
    if any(label == "date" for label, _, _ in spans):
        return spans
    i = next((k for k, (label, _, _) in enumerate(spans) if label not in ("author", "citation-number")), None)
    if i is None or not (m := _IN_PRESS_OPENING.match(spans[i][1])):
        return spans
    label, text, italic = spans[i]
    return [*spans[:i], ("date", m.group(0).strip(), False), (label, text[m.end():], italic), *spans[i + 1:]]



# "(o. J.).", "(s. d.).", "(n. d.).": a spaced no-date mark in brackets, which the tagger was never shown
_SPACED_NO_DATE = re.compile(r"^(\((?:n\.\s?d|o\.\s?J|s\.\s?[df])\.\)[.,:]?)\s+(\S.*)$", re.S)


def no_date_opening_span(spans: list[Span]) -> list[Span]:
    """"Universität Münster. (o. J.). Prokrastinationsambulanz. Zugriff am ...": the no-date mark after the
    author is the date and the sentence after it the title, when the tagger read them as one note."""
    if len(spans) < 2 or spans[0][0] != "author" or any(sp[0] in ("date", "title") for sp in spans):
        return spans
    m = _SPACED_NO_DATE.match(spans[1][1])
    if m is None:
        return spans
    title, dot, rest = m.group(2).partition(". ")
    tail = [(spans[1][0], rest, spans[1][2])] if rest else []
    return [spans[0], ("date", m.group(1), False), ("title", title + dot.strip(), spans[1][2]), *tail, *spans[2:]]


_AUTHOR_THEN_NO_DATE = re.compile(r"^(.*\S),\s+((?:n\.\s?d|o\.\s?J|s\.\s?[df])\.?)$", re.S)


def no_date_closing_author(spans: list[Span]) -> list[Span]:
    """ISO 690's author-date "EUROMOMO, s. d. *Graphs and maps* [en ligne]. [Consulté le 8 juillet 2020]": the
    no-date mark after the name is the entry's date (the access date's year is no publication year), when the tagger
    read it as the end of the name."""
    if not spans or spans[0][0] != "author" or (m := _AUTHOR_THEN_NO_DATE.match(spans[0][1].strip())) is None:
        return spans
    return [("author", m.group(1), spans[0][2]), ("date", m.group(2), False), *spans[1:]]

