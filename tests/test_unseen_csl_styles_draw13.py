"""Papers in CSL styles of the thirteenth draw nobody on the project named (benchmarks/styles make_style_papers.py
--sweep 40 --seed sweep-13 --halves, dev half), as pandoc renders them: Macromolecular Reaction Engineering,
Communication et langages, Presses universitaires de Paris Nanterre; each test is one of their habits."""

from __future__ import annotations

import io

import docx

from refcheck.citations.note_parts import parts as note_parts
from refcheck.document import Document
from refcheck.model import FileReport
from refcheck.pipeline import check_document
from refcheck.readers.docx import read_docx


def check(body: str, entries: list[str], kind: str = "text") -> FileReport:
    return check_document(Document(path="paper.txt", kind=kind,
                                   text=body + "References\n\n" + "\n\n".join(entries) + "\n"))


def test_a_list_number_glued_to_the_first_initial_labels_the_entry() -> None:
    # Wiley-VCH (Macromolecular Reaction Engineering): "1.J. Bénard-Capelle et al., PeerJ 2015, 2, e714."
    report = check("A study\n\nAs shown previously^([1]), and elsewhere^([2]).\n\n",
                   ["1.J. Bénard-Capelle et al., PeerJ 2015, 2, e714.",
                    "2.T. Yildiz, A. Ulman, F. S. Karakulak, U. Uzer, N. Demirel, PeerJ 2023, 11, e15141."])
    assert [r.label for r in report.references] == ["1", "2"]
    assert report.findings == []


COMMUNICATION_LIST = [
    "Fabio Frá Fernandes, Eugenia Maria Mariano da Rocha Barichello et Roberta e Silva Hoffmann da Rocha, "
    "« Relações Públicas e Design Thinking: experiências convergentes na prototipação de um e-book », Animus. "
    "Revista Interamericana de Comunicação Midiática, 22(48), 2023, p. 45‑60.",
    "João Carlos Ferreira Melo Júnior, « O USO DA MADEIRA EM UMA SERRARIA DO SÉCULO XX EM SANTA CATARINA », "
    "Balduinia, (59), 2017, p. 19.",
]


def test_a_citation_finds_an_entry_whose_people_are_printed_given_names_first() -> None:
    # Communication et langages: every person in natural order, so the parser may read "Fernandes, Eugenia"
    report = check("Une étude\n\nComme on l'a montré (Fernandes, Barichello et Rocha, 2023, 50), et ailleurs "
                   "(Melo Júnior, 2017).\n\n", COMMUNICATION_LIST)
    assert report.findings == []


def test_a_docx_paragraph_opening_with_a_person_after_a_finished_entry_is_an_entry() -> None:
    # in a .docx every paragraph is one line: "G. J. Boer et B. Yu, « ... »" opens its own entry
    report = check("Une étude\n\nComme on l'a montré (Boer et Yu, 2003), et (Melo Júnior, 2017).\n",
                   ["João Carlos Ferreira Melo Júnior, « O USO DA MADEIRA EM UMA SERRARIA DO SÉCULO XX », "
                    "*Balduinia*, (59), 2017, p. 19.",
                    "G. J. Boer et B. Yu, « Climate sensitivity and climate state », *Climate Dynamics*, 21(2), "
                    "2003, p. 167‑176."], kind="docx")
    assert len(report.references) == 2 and report.findings == []


def test_two_works_glued_in_one_note_are_two_parts() -> None:
    # Presses universitaires de Paris Nanterre's empty delimiter: "..., p. 27‑27TKACZYK Dominika, ..."
    parts = note_parts("SAHA Ashis, « Physical Examinations », Jaypee Brothers, 2015, p. 27‑27TKACZYK Dominika, "
                       "SZOSTEK Paweł, « CERMINE: automatic extraction », in IJDAR, 2015, p. 317‑335.")
    assert len(parts) == 2 and parts[1].startswith("TKACZYK Dominika")


def test_small_capitals_in_a_docx_are_read_as_printed() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Leu").font.small_caps = True
    paragraph.add_run(" Stephan T., « Artificial Water Point for Livestock », 2016.")
    out = io.BytesIO()
    document.save(out)
    assert read_docx(out.getvalue(), "p.docx").text.startswith("LEU Stephan T.")


def test_art_cit_without_its_stops_names_no_title() -> None:
    from refcheck.citations.note_parts import work

    # Presses universitaires de Paris Nanterre: "M.J. Gursky et J.A. Viaclovsky, art cit, p. 50."
    assert work("M.J. Gursky et J.A. Viaclovsky, art cit, p. 50.") == (["gursky", "viaclovsky"], "", "p. 50")


ORIENT_LIST = [
    "Lapeyrolerie, Boettiger 2022 : M. Lapeyrolerie, C. Boettiger, « Limits to ecological forecasting: Estimating "
    "uncertainty for critical transitions with deep learning », Methods in Ecology and Evolution 14, 2022, p. 785-798.",
    "Norman, Chamberlain, Boettiger 2020 : K. E. A. Norman, S. Chamberlain, C. Boettiger, « taxadb: A "
    "high‐performance local taxonomic database interface », Methods in Ecology and Evolution 11, 2020, p. 1153-1159.",
    "Canning 2018 : A. Canning, « Widget », PeerJ 6, 2018, p. e5066.",
]


def test_a_note_found_only_through_a_co_author_is_no_year_mismatch() -> None:
    # Maison de l'Orient: "[3] Laeyrolerie, Boettiger 2022" (misspelt) shares only Boettiger with Norman 2020
    report = check("Une étude\n\nComme on l'a montré.[1] Et ailleurs.[2] Enfin.[3]\n\n", ORIENT_LIST
                   + ["[1] Norman, Chamberlain, Boettiger 2020", "[2] Canning 2018",
                      "[3] Laeyrolerie, Boettiger 2022, p. 50"])
    assert [f.code for f in report.findings] == ["name-mismatch"]


def test_the_natural_order_lookup_finds_only_an_entry_of_the_cited_year() -> None:
    # a last resort: another year's work by a same-named first author is no evidence the cited one is listed
    report = check("Une étude\n\nComme on l'a montré (Fernandes, Barichello et Rocha, 2019).\n\n", COMMUNICATION_LIST)
    assert [f.code for f in report.findings if f.severity == "error"] == ["no-entry"]
