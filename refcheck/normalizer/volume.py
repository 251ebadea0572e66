"""Volume text -> (volume, issue).

AnyStyle (and so the tagger) labels "106(2)", "vol. 61, no. 2", "26:1", ACM's "111, 1" and
"Vol. 3, Part A" all as one volume span; the issue is split off here.
"""

from __future__ import annotations

import re

from refcheck._perf import lazy

_VOL_WORD = r"(?:vol(?:ume)?s?\.?|v\.|v(?=\d)|bd\.?|band|t\.|tome|jg\.?|jahrgang)"
_ISSUE_WORD = r"(?:no\.?|nos\.?|nr\.?|num(?:ber)?\.?|issue|iss\.?|heft|n°|n\.|#)"
_NUM = r"[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–/]\s*\d+)?|[ivxlcdmIVXLCDM]+\b"
_PAREN = lazy(rf"^(?:{_VOL_WORD}\s*)?(?P<vol>{_NUM})\s*\((?:{_ISSUE_WORD}\s*)?(?P<iss>[^()]+)\)", re.I)
_COLON = lazy(rf"^(?:{_VOL_WORD}\s*)?(?P<vol>\d+|(?-i:[IVXLC]{{2,}}))\s*[:.]\s*(?P<iss>\d+(?:[-–/]\d+)?)$", re.I)
# ACM's "Microbiology 111, 1 (1979)": volume, comma, issue, the whole span two numbers (a second
# number that reads as a year is no issue: "12, 1994")
_COMMA = lazy(r"^(?P<vol>\d{1,4})\s*,\s*(?P<iss>(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:[-–/]\d{1,4})?)$")
_WORDS_VOL = lazy(rf"{_VOL_WORD}\s*(?P<vol>{_NUM})", re.I)
_WORDS_ISS = lazy(rf"{_ISSUE_WORD}\s*(?P<iss>{_NUM})", re.I)
# (not inside a word: "cogsci08" holds no volume "i08")
_BARE = lazy(rf"(?<![^\W_])(?P<vol>{_NUM})")


def split_volume(text: str | None) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    t = text.replace("*", "").strip(" ,.;:[]").lstrip("(").strip()
    if t.isascii() and t.isdigit():  # "61": what the patterns below find in a bare number
        return t, None
    m = _PAREN.match(t)
    if m:
        return m.group("vol"), _dash(m.group("iss").strip(" .,"))
    m = _COLON.match(t) or _COMMA.match(t)
    if m:
        return m.group("vol"), _dash(m.group("iss"))
    vol = _WORDS_VOL.search(t)
    iss = _WORDS_ISS.search(t)
    if iss and not vol:
        before = _BARE.search(t[: iss.start()])
        return (_dash(before.group("vol")) if before else None), _dash(iss.group("iss"))
    if vol or iss:
        return (_dash(vol.group("vol")) if vol else None), (_dash(iss.group("iss")) if iss else None)
    m = _BARE.search(t)
    if m and len(m.group("vol")) == 1 and not m.group("vol").isdigit():
        # a lone letter with no "vol." before it is an initial ("(eds. Gaudiot, J.-L. & Bic, L.)",
        # "Washington, D. C"), never a volume "L" or "C"
        return None, None
    return (_dash(m.group("vol")) if m else None), None


def _dash(s: str) -> str:
    return re.sub(r"\s*[–—]\s*|\s*-\s*", "-", s)
