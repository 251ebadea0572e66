"""Habits of the papers on the dev halves of blind sets 64-71 (fixtures/papers_blind64 ... papers_blind71:
mathematics and statistics, nursing and allied health, business, arts and media, national styles in Turkish,
Polish, Czech, Romanian, Vietnamese, Indonesian, Persian and Arabic, systematic reviews, short genres and grant
proposals; written by helpers who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def _check(text: str):  # noqa: ANN202 - FileReport
    return check_document(Document(path="p.txt", text=text))


def _cited(text: str) -> list[str]:
    report = _check(text)
    return sorted({r for c in report.citations for r in c.references})


_VANCOUVER = ("\n\nReferences\n\n"
              "1.  Stratton RJ, Green CJ, Elia M. Disease-related malnutrition: an evidence-based approach to "
              "treatment. Wallingford: CABI Publishing; 2003.\n"
              "2.  Norman K, Pichard C, Lochs H, Pirlich M. Prognostic impact of disease-related malnutrition. Clin "
              "Nutr. 2008;27(1):5-15.\n"
              "3.  Agarwal E, Ferguson M, Banks M, Batterham M, Bauer J, Capra S, et al. Malnutrition and poor food "
              "intake are associated with prolonged hospital stay. Clin Nutr. 2013;32(5):737-45.\n")


def test_unicode_superscripts_joined_by_the_modifier_comma_word_types_cite_each_number() -> None:
    text = ("Malnourished patients stay longer, have more complications and are readmitted more often,²˒³ and the "
            "cost is high.¹" + _VANCOUVER)
    assert _cited(text) == ["r1", "r2", "r3"]


def test_a_unicode_superscript_after_a_parenthesis_closing_a_sentence_is_a_citation() -> None:
    text = ("Care reduced 30-day mortality (14% vs 10%).² Screening matters.¹ Stays were longer.³" + _VANCOUVER)
    assert _cited(text) == ["r1", "r2", "r3"]


def test_a_superscript_after_a_number_is_still_an_exponent() -> None:
    text = ("Plots of 10² m were laid out. Screening matters.¹ Stays were longer.³ Costs rose.²" + _VANCOUVER)
    assert [c.text for c in _check(text).citations] == ["¹", "³", "²"]


def test_a_systematic_reviews_list_in_parts_is_one_list_and_its_part_headings_are_no_entries() -> None:
    text = ("Quizzing improved exam scores (Lyle and Crawford, 2011), unlike studying alone (Karpicke and Blunt, "
            "2011). See Rowland (2014) for the laboratory evidence.\n\n"
            "References to studies included in this review\n\n"
            "Lyle, K.B. and Crawford, N.A. (2011) 'Retrieving essential material at the end of lectures\n"
            "   improves performance on statistics exams', Teaching of Psychology, 38(2), pp. 94–97.\n\n"
            "References to studies excluded from this review\n\n"
            "Karpicke, J.D. and Blunt, J.R. (2011) 'Retrieval practice produces more learning than elaborative\n"
            "   studying with concept mapping', Science, 331(6018), pp. 772–775. [Excluded: university\n"
            "   students, laboratory setting.]\n\n"
            "Other references\n\n"
            "Rowland, C.A. (2014) 'The effect of testing versus restudy on retention: a meta-analytic review of\n"
            "   the testing effect', Psychological Bulletin, 140(6), pp. 1432–1463.\n")
    report = _check(text)
    assert [r.fields.authors[0].family for r in report.references] == ["Lyle", "Karpicke", "Rowland"]
    assert report.findings == []


def test_a_meta_analysis_note_on_its_asterisks_opening_the_list_is_no_entry() -> None:
    text = ("El aprendizaje cooperativo mejora el rendimiento (Aronson et al., 1978; Doymus, 2008; Botella y Sánchez-Meca, 2015).\n\n"
            "Referencias\n"
            "Las referencias precedidas de un asterisco (*) corresponden a los estudios incluidos en el\n"
            "metaanálisis.\n\n"
            "Aronson, E., Blaney, N., Stephan, C., Sikes, J. y Snapp, M. (1978). The jigsaw classroom. Sage.\n"
            "Botella, J. y Sánchez-Meca, J. (2015). Meta-análisis en ciencias sociales y de la salud. Síntesis.\n"
            "*Doymus, K. (2008). Teaching chemical equilibrium with the jigsaw technique. Research in Science\n"
            "   Education, 38(2), 249–260.\n")
    report = _check(text)
    assert [r.line for r in report.references] == [7, 8, 9]
    assert report.findings == []
