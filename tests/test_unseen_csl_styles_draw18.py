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


_PH_VORARLBERG = ("As shown previously (Leu /Bull 2016), the estimate depends on sample size (Dalby 2017).\n\n"
                  "References\n"
                  "Leu, Stephan T.: /Bull, C. Michael: Artificial Water Point for Livestock Influences Spatial Ecology "
                  "of a Native Lizard Species. In: PLOS ONE 11 (2016), 1Public Library of Science (PLoS), o. O., S. "
                  "e0147433\n"
                  "Dalby, Simon: Climate Change and Geopolitics. Oxford Research Encyclopedia of Climate Science "
                  "Oxford University Press, o. O. 2017\n")


def test_people_joined_by_a_spaced_slash_are_read_in_the_citation_and_in_the_entry() -> None:
    # Pädagogische Hochschule Vorarlberg: "(Leu /Bull 2016)" for "Leu, Stephan T.: /Bull, C. Michael: ..."
    report = check_document(Document(path="p.txt", text=_PH_VORARLBERG.replace("\n", "\n\n")))
    assert report.citations[0].authors == ["Leu", "Bull"] and report.findings == []


def test_a_docx_paragraph_opening_family_given_and_a_colon_is_an_entry() -> None:
    report = check_document(Document(path="p.docx", text=_PH_VORARLBERG, kind="docx"))
    assert len(report.references) == 2 and report.findings == []
