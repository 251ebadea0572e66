"""Habits of the papers on blind set 22's dev half (fixtures/papers_blind22, grey literature and unusual genres,
written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_a_supplementary_appendix_numbered_s1_ends_the_list() -> None:
    # a bioRxiv preprint: "Appendix S1. Supplementary methods" after the references
    text = ("Arrival advanced (Both & Visser, 2001); details are in Appendix S1.\n\nReferences\n\n"
            "Both, C., & Visser, M. E. (2001). Adjustment to climate change is constrained by arrival date in a "
            "long-distance migrant bird. Nature, 411(6835), 296–298.\n\n"
            "Appendix S1. Supplementary methods\n\n"
            "S1.1 Arrival dates. We fitted generalized additive models to complete checklists (Wood, 2017).\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [r.raw[:5] for r in report.references] == ["Both,"]
