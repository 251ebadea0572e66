"""Papers in CSL styles of the fifteenth draw nobody on the project named (benchmarks/styles make_style_papers.py
--sweep 40 --seed sweep-15 --halves, dev half), as pandoc renders them: NeuroReport, Deakin University Harvard;
each test is one of their habits."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_bracketed_numbers_separated_by_semicolons_are_cited() -> None:
    # NeuroReport: "As shown previously [3; 4], the estimate ..."
    text = ("Several groups reported it [1]. As shown previously [2; 3], the estimate depends on sample size.\n\n"
            "References\n\n1. Linhart P, Ratcliffe VF. Expression of Emotional Arousal. PLOS ONE 2015; 10: e0135414."
            "\n\n"
            "2. Lynch S. Adding Additional Widget Sizes. Apress; 2020.\n\n"
            "3. Munkhdorj B, Yoshida S. Activity of the Widget. J Biol 2015; 4: 12-19.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.findings == []


def test_a_docx_paragraph_opening_family_first_after_a_finished_entry_is_an_entry() -> None:
    # Deakin Harvard in a .docx, one paragraph a line: "Alfonso-Rojas, A & Cadena, E-A 2020, ‘...’"
    text = ("A study\n\nEarlier work (Ahn et al. 2025; Alfonso-Rojas & Cadena 2020).\n\nReferences\n"
            "Ahn, S, Kim, HW, Choi, K-S & Sohn, D 2025, ‘Projecting the Poleward Habitat Expansion of Whale Sharks’, "
            "*Global Ecology and Conservation*, p. e03674.\n"
            "Alfonso-Rojas, A & Cadena, E-A 2020, ‘Exceptionally preserved “skin” in an Early Cretaceous fish from "
            "Colombia’, *PeerJ*, vol. 8, p. e9479.\n")
    report = check_document(Document(path="p.docx", text=text, kind="docx"))
    assert len(report.references) == 2 and report.findings == []
