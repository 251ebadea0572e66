"""Habits of the papers on blind set 27's dev half (fixtures/papers_blind27, long theses and dissertations pasted as
plain text, written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.citations.numeric import paren_groups
from refcheck.citations.scan import find_spans


def _numbers(text: str) -> list[list[int]]:
    return [g[2] for g in paren_groups(text, find_spans(text, 0, len(text)))]


def test_a_number_after_a_plural_such_as_criteria_cites() -> None:
    # Vancouver in parentheses: "from RIFLE (10) and AKIN (11) to the KDIGO criteria (12)"
    assert _numbers("AKI definitions evolved from RIFLE (10) and AKIN (11) to the KDIGO criteria (12), which "
                    "are used here.") == [[10], [11], [12]]


def test_a_number_after_a_singular_such_as_criterion_numbers_it() -> None:
    assert _numbers("Patients met criterion (3) of the protocol.") == []
