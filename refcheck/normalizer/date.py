"""Date text -> year ("2019", "2019a", "n.d.", "in press") and ISO-ish full date.

A reference prints its date as "(2019a).", "2014,", "9 May 2014", "May 9, 2014",
"Mar. 2009", "2018-06-19" or "(n.d.)"; the year is what citations match on, the full
date is kept for web pages and newspapers.
"""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.text.patterns import IN_PRESS, NO_DATE_MORE

MONTHS = {
    "jan": 1, "january": 1, "janvier": 1, "januar": 1, "feb": 2, "february": 2, "février": 2, "februar": 2,
    "mar": 3, "march": 3, "mars": 3, "märz": 3, "apr": 4, "april": 4, "avril": 4, "may": 5, "mai": 5,
    "jun": 6, "june": 6, "juin": 6, "juni": 6, "jul": 7, "july": 7, "juillet": 7, "juli": 7,
    "aug": 8, "august": 8, "août": 8, "sep": 9, "sept": 9, "september": 9, "septembre": 9,
    "oct": 10, "october": 10, "octobre": 10, "oktober": 10, "nov": 11, "november": 11, "novembre": 11,
    "dec": 12, "december": 12, "décembre": 12, "dezember": 12,
}
_M = r"(?P<month>[A-Za-zéèûä]{3,9})\.?"
# not a page ("p.1923-1934, 2019") nor the end of a range whose start was not a year
_YEAR = lazy(r"(?<![\d/])(?<!\d{4}[–-])(?<!\bp\.)(?<!\bpp\.)(?<!\bp\.\s)(?<!\bpp\.\s)"
             r"(1[5-9]\d\d|20\d\d)(?:[a-z](?![a-z]))?(?!\d)")
_ND = lazy(r"\b(?:n\.\s?d\.?|no date|s\.\s?[df]\.?|o\.\s?j\.?|" + NO_DATE_MORE + r")(?:-([a-z]))?(?![a-z])",
          re.I)  # APA's "n.d.-a"
_PRESS = lazy(r"(?<!\w)(" + IN_PRESS + r"|in print|accepted|submitted|in prep(?:aration)?)(?!\w)", re.I)
_ISO = lazy(r"(?P<year>\d{4})-(?P<mon>\d{1,2})(?:-(?P<day>\d{1,2}))?")
_DMY = lazy(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+" + _M + r",?\s+(?P<year>\d{4})")
_MDY = lazy(_M + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})")
_YMD = lazy(r"(?P<year>\d{4}),?\s+" + _M + r"(?:\s+(?P<day>\d{1,2}))?\b")
_MY = lazy(_M + r",?\s+(?P<year>\d{4})")


def parse_year(text: str | None) -> str | None:
    """The citation year: "2019a" and "n.d.-a" keep their suffix, "n.d." and "in press" are kept as words; a
    page number printed as "p.1923-1934, 2019" is not a year."""
    if not text:
        return None
    m = _YEAR.search(text)
    if m:
        return m.group(0)
    if m := _ND.search(text):
        return "n.d." + (f"-{m.group(1).lower()}" if m.group(1) else "")
    m = _PRESS.search(text)
    if m:
        word = m.group(1).lower()
        return word if word in ("forthcoming", "submitted") else "in press"
    return None


def parse_date(text: str | None) -> str | None:
    """Full date where the text gives more than a year: "2014-05-09", "2009-03"; else None."""
    if not text:
        return None
    m = _ISO.search(text)
    if m and 1 <= int(m.group("mon")) <= 12:
        return _iso(m.group("year"), int(m.group("mon")), m.group("day"))
    for rx in (_DMY, _MDY, _YMD, _MY):
        for m in rx.finditer(text):
            mon = MONTHS.get(m.group("month").lower())
            if mon:
                day = m.groupdict().get("day")
                return _iso(m.group("year"), mon, day)
    return None


def _iso(year: str, month: int, day: str | None) -> str:
    if day and 1 <= int(day) <= 31:
        return f"{year}-{month:02d}-{int(day):02d}"
    return f"{year}-{month:02d}"
