"""Court cases cited like sources ("Brown v. Board of Education, 347 U.S. 483 (1954)"): they need no
entry unless the list has them (issue 15), so every reading here is kept only when it ties to an entry."""

from __future__ import annotations

import re

from refcheck.citations.name_words import CAP_STOP

# "US ex rel. Gallagher v. Intermune, Inc 2004:33", "see US ex rel. Marchese v. Cell Therapeutics, Inc., et al 2007"
DATED_CASE = re.compile(r"\s*(?:(?:see also|see|cf\.|e\.g\.,?)\s+)?([A-Z][^;()]{0,120}?\sv\.?\s[A-Z][^;()]{0,120}?),?"
                         r"\s+((?:1[5-9]|20)\d\d[a-z]?)(?:(?::\s?|,\s+)(\d{1,5}(?:[-–]\d{1,5})?))?\s*")

_SENTENCE_BREAK = re.compile(r"[.!?]\s+")
_NOT_A_BREAK = re.compile(r"(?:\b(?:rel|al|Inc|Co|Corp|Ltd|Bros|St)|(?<![\w.])[A-Z])\.\s+$")
_CASE_NAME = re.compile(r"[A-Z][^;()\n]{0,120}?\sv\.\s[A-Z][^;()\n]{0,120}")


def case_before(text: str, pos: int, lo: int) -> tuple[str, int] | None:
    """The court case that opens the sentence before a "(year)": "US ex rel. Gallagher v. Intermune, Inc"."""
    line_start = max(lo, text.rfind("\n", lo, pos) + 1, pos - 240)
    seg = text[line_start:pos]
    v = seg.rfind(" v. ")
    if v < 0:
        return None
    starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(seg, 0, v)
                    if _NOT_A_BREAK.search(seg, 0, m.end()) is None]
    at = starts[-1] if starts[-1] or line_start == text.rfind("\n", lo, pos) + 1 else None
    if at is None:
        return None
    while (m := re.match(r"(\w+)\s+", seg[at:])) is not None and m.group(1).lower() in CAP_STOP:
        at += m.end()  # "As in Brown v. Board of Education (1954)"
    name = seg[at:].rstrip()
    if _CASE_NAME.fullmatch(name) is None:
        return None
    return name, line_start + at


