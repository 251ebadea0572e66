"""Habits of the papers on blind set 15's dev half (fixtures/papers_blind15, STEM papers as their authors paste them,
written by a helper who never read refcheck's code)."""

from __future__ import annotations

from pathlib import Path

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_natbibs_square_bracket_year_after_a_name_is_a_narrative_citation() -> None:
    # an arXiv preprint exported from LaTeX with natbib's square brackets: "Brown et al. [2020] pushed the same recipe"
    path = Path(__file__).parent.parent / "fixtures" / "papers_blind15" / "arxiv_natbib_linear_attention.txt"
    report = check_document(Document(path="p.txt", text=path.read_text(encoding="utf-8")))
    assert [(f.code, f.message[:30]) for f in report.findings] == [
        ("year-mismatch", '"Katharopoulos et al., 2021": '), ("uncited", 'entry "Zaheer et al. (2020)" i')]
