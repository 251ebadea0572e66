"""Papers in CSL styles of the nineteenth draw nobody on the project named (benchmarks/styles make_style_papers.py
--sweep 40 --seed sweep-19 --halves, dev half), as pandoc renders them: Clinical Management Issues; each test is one
of its habits."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_a_page_glued_to_the_number_with_a_p_is_the_citations_locator() -> None:
    text = ("Earlier work described this pattern in detail [1p45]. We return to this point later [2p50].\n\n"
            "References\n\n"
            "1. Reid A, Singh S. Implementing Fudgets with Standard Widget Sets. Workshops in Computing. Springer "
            "London; 1994:222-35.\n\n"
            "2. Boer GJ, Yu B. Climate sensitivity and climate state. Climate Dynamics 2003; 21: 167-76.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [(c.keys, c.locator) for c in report.citations] == [(["1"], "p. 45"), (["2"], "p. 50")]
    assert report.findings == []
