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


def test_the_tail_of_a_run_of_notes_is_no_reference_list() -> None:
    # Humanistica Lovaniensia in a .docx: the notes follow an empty "References"; notes 4 to 6 read like entries
    text = ("A study\n\nAs shown previously, the estimate depends on sample size.\n\nReferences\n\nNotes\n\n"
            "1. M.S. Freitas, “On the logic of Schopenhauerian pessimism”, *Voluntas* 15.2 (2024) e88194.\n"
            "2. C. Wei et al., “Acoustic Property Reconstruction of a Neonate Yangtze Finless Porpoise’s Head Based "
            "on CT Imaging”, *PLOS ONE* 10.4 (2015) e0121442.\n"
            "3. A.K. Sinop and L. Grady, “A Seeded Image Segmentation Framework”, in *2007 IEEE 11th International "
            "Conference on Computer Vision* (2007) 1–8.\n"
            "4. R. Kishore et al., “Far from the Palaearctic realm”, *Ornis Hungarica* 32.2 (2024) 264–272.\n"
            "5. A. Alfonso-Rojas and E.-A. Cadena, “Exceptionally preserved ‘skin’ in an Early Cretaceous fish from "
            "Colombia”, *PeerJ* 8 (2020) e9479.\n"
            "6. Sinop and Grady, “A Seeded Image Segmentation Framework”, 50.\n")
    report = check_document(Document(path="p.docx", text=text, kind="docx"))
    assert report.findings == []
