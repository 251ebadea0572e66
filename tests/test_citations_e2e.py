"""End to end on the seeds through the real list finder, splitter and parser.

Skipped until the parser (refcheck.parser.parse_entries) lands; then it checks the
headline findings survive real parsing, not just the hand-parsed sidecars."""

from __future__ import annotations

from pathlib import Path

import pytest

from refcheck.document import Document

parser = pytest.importorskip("refcheck.parser")
if not hasattr(parser, "parse_entries"):
    pytest.skip("refcheck.parser.parse_entries not available yet", allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent


def run(seed: str, style: str):  # noqa: ANN201 - list[Finding]
    from refcheck.citations import check_citations, extract_citations
    from refcheck.pipeline import body_regions
    from refcheck.references import build_references
    from refcheck.section.find import find_reference_section
    from refcheck.section.split import split_entries

    path = next((ROOT / "fixtures" / "seeds").glob(f"{seed}_*.txt"))
    doc = Document(path=str(path), text=path.read_text(encoding="utf-8"))
    section = find_reference_section(doc)
    refs = build_references(split_entries(doc, section)) if section else []
    cits = extract_citations(doc, body_regions(doc, section), style)
    return check_citations(cits, refs, section is not None).findings


def pairs(findings) -> set[tuple[str, int]]:  # noqa: ANN001
    return {(f.code, f.line) for f in findings}


def test_000_end_to_end_headline_findings() -> None:
    found = run("000", "mla")
    assert {("name-mismatch", 19), ("uncited", 37), ("ambiguous", 17)} <= pairs(found)


def test_003_end_to_end_headline_findings() -> None:
    found = run("003", "apa")
    assert {("year-mismatch", 129), ("no-entry", 205), ("ambiguous", 452), ("name-mismatch", 139)} <= pairs(found)


def test_001_end_to_end_no_reference_list() -> None:
    assert [f.code for f in run("001", "unknown") if f.severity == "error"] == ["no-reference-list"]
