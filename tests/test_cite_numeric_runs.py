"""Numeric citations in parentheses, read from a real systematic review (fixtures/papers_real9, dev half)."""

from __future__ import annotations

from pathlib import Path

from refcheck.document import Document
from refcheck.pipeline import check_document

PAPER = Path(__file__).resolve().parent.parent / "fixtures/papers_real9/papers/frontiers-fgwh-2026-1709985.txt"


def test_a_parenthesis_of_twenty_one_numbers_cites_each_of_them() -> None:
    text = PAPER.read_text(encoding="utf-8")
    run = "(12, 13, 24–26, 28, 29, 34–36, 38, 39, 41, 42, 44, 46, 47, 50, 53, 54, 56)"
    at = text.index(run)
    line = text.count("\n", 0, at) + 1
    column = at - text.rfind("\n", 0, at)
    report = check_document(Document(path="p.txt", text=text))
    cited = sorted({int(k) for c in report.citations if c.line == line and column < c.column < column + len(run)
                    for k in c.keys})
    assert cited == [12, 13, 24, 25, 26, 28, 29, 34, 35, 36, 38, 39, 41, 42, 44, 46, 47, 50, 53, 54, 56]
