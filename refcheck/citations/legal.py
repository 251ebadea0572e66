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


# A reporter citation's volume, reporter and page before the court and year: "Dodge v. Ford Motor Co., 170 N.W. 668
# (Mich. 1919)", "493 A.2d 946, 955 (Del. 1985)", "347 U.S. 483 (1954)"
_REPORTER_BEFORE = re.compile(r"\b\d{1,4}\s(?:[A-Z][A-Za-z]{0,5}\.\s?){1,4}(?:\d[a-z]{1,2}\.?\s)?\d{1,5}"
                             r"(?:,\s\d{1,5})*,?\s?$")
# A US court and year as the Bluebook prints them after a case's short name: "Revlon (Del. 1986)", "(Del. Ch. 1985)",
# "(N.Y. 1928)", "(2d Cir. 1995)": abbreviations, each with its full stop, then the year
COURT_AND_YEAR = re.compile(r"(?:\d[a-z]{1,2}\s)?(?:[A-Z][a-z]{0,5}\.\s?){1,3}(?:1[5-9]|20)\d\d")


def after_reporter(text: str, pos: int) -> bool:
    """Is the bracket at POS a case's court and year, after the reporter citation that names the case?"""
    return _REPORTER_BEFORE.search(text, max(0, pos - 60), pos) is not None


def court_and_year(content: str) -> bool:
    """Is CONTENT a US court and year, "Del. 1986" (no author writes a name so)?"""
    return COURT_AND_YEAR.fullmatch(content.strip()) is not None

