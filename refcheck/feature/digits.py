"""Numbers inside a token: years, ranges, small numbers, volume(issue) patterns."""

from __future__ import annotations

import re

from refcheck._perf import lazy

_YEAR = lazy(r"^(1[5-9]\d\d|20\d\d)[a-z]?$")
_RANGE = lazy(r"^[A-Za-z]?\d+[-–—‐-]+[A-Za-z]?\d+$")
_VOL_ISSUE = lazy(r"^\d+\s*\(\s*[\d/–-]+\s*\)$")
_COLON_NUM = lazy(r"^\d+:\d+([-–]\d+)?$")
_ROMAN = lazy(r"^(?=[mdclxvi])m*(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$")
_DIGIT = lazy(r"\d")
_YEAR_IN = lazy(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_ORDINAL = lazy(r"^\d+(st|nd|rd|th|e|er|ème|\.)$", re.I)


def number_class(core: str) -> str:
    """What kind of number the token's core (punctuation stripped) is, if any."""
    if not core:
        return "none"
    if not _DIGIT.search(core):
        return "roman" if len(core) <= 6 and _ROMAN.match(core.lower()) else "none"
    if _YEAR.match(core):
        return "year"
    if _RANGE.match(core):
        return "range"
    if _VOL_ISSUE.match(core):
        return "vol_issue"
    if _COLON_NUM.match(core):
        return "colon_num"
    if core.isdigit():
        return "num" + (str(len(core)) if len(core) < 5 else "long")
    if _ORDINAL.match(core):
        return "ordinal"
    if _ROMAN.match(core.lower()) and len(core) <= 6:
        return "roman"
    if any(c.isdigit() for c in core):
        return "has_digit"
    return "none"


def has_year(word: str) -> bool:
    """A year anywhere in the token: "(1999a).", "2014,", "1999/2000"."""
    return ("1" in word or "2" in word) and _YEAR_IN.search(word) is not None
