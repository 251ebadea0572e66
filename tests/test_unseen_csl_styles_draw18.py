"""Papers in CSL styles of the eighteenth draw nobody on the project named (benchmarks/styles make_style_papers.py
--sweep 40 --seed sweep-18 --halves, dev half), as pandoc renders them: Entecho (Czech); each test is one of its
habits."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_czech_a_joins_two_authors_in_a_citation() -> None:
    text = ("Earlier work described this pattern in detail (Fenton a Rands, 2006; Leu a Bull, 2016).\n\nReferences\n\n"
            "Fenton, N.; Rands, S., 2006. The legacy of a fisheries collapse. Fisheries Research 80, 1–9.\n\n"
            "Leu, K.; Bull, B., 2016. Widget classes for interactive systems. Springer, Berlin.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [c.authors for c in report.citations] == [["Fenton", "Rands"], ["Leu", "Bull"]] and report.findings == []
