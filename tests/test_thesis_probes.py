"""Theses pasted from their PDF in the forms blind set 27's README names (probe text written here, not the set's
papers): page furniture inside the list, appendices after it in other languages, an article before a body's name."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document

_TESIS = (
    "1. Introducción\n\n"
    "La gobernanza del agua subterránea es un problema de acción colectiva (Ostrom, 1990: 90). Linton y Budds "
    "(2014) proponen el ciclo hidrosocial, y véase De Stefano y Llamas (2013) para La Mancha (España, 2001).\n\n"
    "La Confederación Hidrográfica del Guadiana (2022) reconoce la sobreexplotación.\n\n"
    "REFERENCIAS BIBLIOGRÁFICAS\n\n"
    "De Stefano, L. y Llamas, M.R. (eds.) (2013) Water, agriculture and the environment in Spain: can we square "
    "the circle? Leiden: CRC Press.\n"
    "España (2001) Real Decreto Legislativo 1/2001, de 20 de julio, por el que se aprueba el texto refundido de la "
    "Ley de Aguas. BOE, 176, pp. 26791–26817.\n"
    "Linton, J. y Budds, J. (2014) 'The hydrosocial cycle: defining and mobilizing a relational-dialectical "
    "approach to water', Geoforum, 57, pp. 170–180.\n\n"
    "— 231 —\n\n"
    "Confederación Hidrográfica del Guadiana (2022) Plan hidrológico de la demarcación hidrográfica del Guadiana "
    "2022–2027. Badajoz: CHG.\n"
    "Ostrom, E. (1990) Governing the commons: the evolution of institutions for collective action. Cambridge: "
    "Cambridge University Press.\n\n"
    "ANEXO I\n\n"
    "Cuestionario aplicado a los regantes (véase Ostrom, 1990).\n")


def test_a_centred_page_number_inside_the_list_is_furniture_and_an_anexo_ends_the_list() -> None:
    report = check_document(Document(path="p.txt", text=_TESIS))
    assert [r.raw[:7] for r in report.references] == ["De Stef", "España ", "Linton,", "Confede", "Ostrom,"]


def test_an_article_before_a_bodys_name_in_a_narrative_is_not_part_of_the_name() -> None:
    report = check_document(Document(path="p.txt", text=_TESIS))
    assert report.findings == []


def test_words_page_furniture_of_a_word_footer() -> None:
    from refcheck.text.patterns import RUNNING_HEAD_RE

    assert RUNNING_HEAD_RE.match("Page | 11") and RUNNING_HEAD_RE.match("— 231 —")


def test_an_appendix_with_a_label_and_a_title_ends_the_list() -> None:
    from refcheck.section.find import is_end_heading

    assert is_end_heading("Anhang A Parametertabelle") and is_end_heading("Appendix A Survey Instrument")
    assert not is_end_heading("Notes on the Literature of the Field")


def test_german_chapter_and_section_locators_in_a_bracket() -> None:
    from refcheck.citations.numeric import bracket_numbers

    assert bracket_numbers("6, Kap. 12") == ([6], "Kap. 12")
    assert bracket_numbers("18, Abschn. 4") == ([18], "Abschn. 4")
