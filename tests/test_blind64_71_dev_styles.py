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
    text = ("El aprendizaje cooperativo mejora el rendimiento (Aronson et al., 1978; Doymus, 2008; Botella y "
            "Sánchez-Meca, 2015).\n\n"
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


_ACM = ("\n\nREFERENCES\n"
        "[1]  Saleema Amershi, Dan Weld, Mihaela Vorvoreanu, Adam Fourney, Besmira Nushi, Penny\n"
        "     Collisson, Jina Suh, Shamsi Iqbal, Paul N. Bennett, Kori Inkpen, Jaime Teevan,\n"
        "     Ruth Kikin-Gil, and Eric Horvitz. 2019. Guidelines for Human-AI Interaction. In\n"
        "     Proceedings of the 2019 CHI Conference on Human Factors in Computing Systems. ACM, 1–13.\n"
        "[2]  Virginia Braun and Victoria Clarke. 2006. Using thematic analysis in psychology. Qualitative\n"
        "     Research in Psychology 3, 2 (2006), 77–101.\n"
        "[3]  John Hattie and Helen Timperley. 2007. The Power of Feedback. Review of Educational Research\n"
        "     77, 1 (2007), 81–112.\n")


def test_a_numbered_citation_with_an_items_code_after_it_cites_the_number() -> None:
    text = ("Labels tell users how well the system can do what it can do [1, G2]. We coded the interviews "
            "thematically [2] and compared them with feedback research [3]." + _ACM)
    report = _check(text)
    assert _cited(text) == ["r1", "r2", "r3"]
    assert [c.locator for c in report.citations][:1] == ["G2"]


def test_a_running_foot_with_the_authors_pushed_right_after_the_list_is_no_entry() -> None:
    text = ("Labels help [1]. We coded thematically [2] and compared with feedback research [3]." + _ACM
            + "\nCHI EA '24, May 11–16, 2024, Honolulu, HI, USA                          Brandt et al.\n")
    report = _check(text)
    assert len(report.references) == 3
    assert report.findings == []


def test_a_long_copyright_foot_in_markdown_emphasis_is_no_entry() -> None:
    text = ("Labels help [1]. We coded thematically [2] and compared with feedback research [3]." + _ACM
            + "\n*© 2024 Halden & Meyer Hospitality Advisory GmbH. This report is for information only and does not "
              "constitute investment advice.*\n")
    assert len(_check(text).references) == 3


def test_the_authors_address_under_the_list_is_no_entry() -> None:
    text = ("Die Zeitgeographie (Hägerstrand 1970) prägte das Fach (Pred 1984).\n\n"
            "Literatur\n\n"
            "HÄGERSTRAND, T. (1970): What about people in regional science? – Papers of the Regional Science\n"
            "   Association 24, S. 7–21.\n"
            "PRED, A. (1984): Place as historically contingent process: structuration and the\n"
            "   time-geography of becoming places. – Annals of the Association of American\n"
            "   Geographers 74, S. 279–297.\n\n"
            "Prof. Dr. Brigitte Hallenberger, Geographisches Institut der Universität Heidelberg,\n"
            "Berliner Straße 48, D-69120 Heidelberg\n")
    report = _check(text)
    assert len(report.references) == 2
    assert report.findings == []


def test_a_german_abstract_noun_before_a_year_is_no_citation_with_no_entry() -> None:
    text = ("Die Zeitgeographie (Hägerstrand 1970) wurde durch die englische Übersetzung (1967) bekannt "
            "(Pred 1984).\n\n"
            "Literatur\n\n"
            "HÄGERSTRAND, T. (1970): What about people in regional science? – Papers of the Regional Science\n"
            "   Association 24, S. 7–21.\n"
            "PRED, A. (1984): Place as historically contingent process: structuration and the\n"
            "   time-geography of becoming places. – Annals of the Association of American\n"
            "   Geographers 74, S. 279–297.\n")
    assert _check(text).findings == []


def test_a_narratives_article_before_a_bodys_name_is_not_part_of_the_name() -> None:
    text = ("Las marcas han trasladado su presupuesto a creadores de contenido, y la Asociación de\n"
            "Internet MX (2023) estima que siete de cada diez usuarios siguen a un influencer.\n\n"
            "Referencias\n\n"
            "Asociación de Internet MX. (2023). 19° Estudio sobre los hábitos de los usuarios de internet en México "
            "2023. https://www.asociaciondeinternet.mx/estudios\n")
    assert _check(text).findings == []


def test_two_lists_under_one_heading_with_a_literature_part_are_one_list() -> None:
    text = ("Diese These wird an Barbara (Petzold 2012) und Transit (Petzold 2018) entwickelt, mit Abel (2013) "
            "und Fisher (2013: 131).\n\n"
            "Literatur- und Filmverzeichnis\n\n"
            "Filme\n\n"
            "Petzold, Christian (Regie) (2012): Barbara. Deutschland: Schramm Film Koerner &\n"
            "     Weber. 105 Min.\n"
            "Petzold, Christian (Regie) (2018): Transit. Deutschland/Frankreich: Schramm Film\n"
            "     Koerner & Weber / Neon Productions. 101 Min.\n\n"
            "Literatur\n\n"
            "Abel, Marco (2013): The Counter-Cinema of the Berlin School. Rochester, NY:\n"
            "     Camden House.\n"
            "Fisher, Jaimey (2013): Christian Petzold. Urbana/Chicago/Springfield:\n"
            "     University of Illinois Press (= Contemporary Film Directors).\n")
    report = _check(text)
    assert len(report.references) == 4
    assert report.findings == []


_CZECH = ("\n\nLiteratura\n\n"
          "Hašková, H. 2009. Fenomén bezdětnosti. Praha: Sociologické nakladatelství.\n"
          "Lesthaeghe, R. 2010. The Unfolding Story of the Second Demographic Transition. Population and "
          "Development Review 36 (2): 211–251.\n")


def test_a_czech_feminine_name_in_the_genitive_cites_its_entry() -> None:
    assert _check("Tyto výsledky odpovídají zjištění Haškové (2009), že bezdětnost roste, a posunu, který "
                  "popsal Lesthaeghe (2010)." + _CZECH).findings == []


def test_a_czech_name_ending_in_e_in_the_instrumental_cites_its_entry() -> None:
    assert _check("Hodnotový posun popsaný Lesthaeghem (2010) nelze vyloučit (Hašková 2009)." + _CZECH).findings == []


def test_a_misspelt_name_is_still_a_name_mismatch_and_not_a_case_form() -> None:
    assert [f.code for f in _check("Posun popsaný Lesthaeghy (2010) nelze vyloučit (Hašková 2009)." + _CZECH)
            .findings] == ["name-mismatch"]


_ARABIC = ("\n\nالمراجع\n\n"
           "أولاً: المراجع العربية\n\n"
           "بركات، حليم. (2000). المجتمع العربي في القرن العشرين: بحث في تغير الأحوال والعلاقات. بيروت: مركز دراسات "
           "الوحدة العربية.\n\n"
           "الجابري، محمد عابد. (1990). العقل السياسي العربي: محدداته وتجلياته. بيروت: مركز دراسات الوحدة العربية.\n\n"
           "الجابري، محمد عابد. (1992). فكر ابن خلدون: العصبية والدولة. بيروت: مركز دراسات الوحدة العربية.\n\n"
           "ثانياً: المراجع الأجنبية\n\n"
           "Putnam, R. D. (1993). Making Democracy Work: Civic Traditions in Modern Italy. Princeton: Princeton "
           "University Press.\n")


def test_an_arabic_script_list_reads_family_then_given_names() -> None:
    report = _check("العصبية (الجابري، 1990، 1992) والقرابة (بركات، 2000) ورأس المال (Putnam, 1993)." + _ARABIC)
    assert [(r.fields.authors[0].family, r.fields.authors[0].given) for r in report.references][:3] == [
        ("بركات", "حليم"), ("الجابري", "محمد عابد"), ("الجابري", "محمد عابد")]


def test_arabic_citations_with_the_arabic_comma_and_page_label_cite_their_entries() -> None:
    text = ("محددات العقل السياسي العربي (الجابري، 1990، 1992). ويرى بركات (2000، ص 178) أن البنى القرابية "
            "ما زالت قائمة (Putnam, 1993؛ بركات، 2000)." + _ARABIC)
    report = _check(text)
    assert _cited(text) == ["r1", "r2", "r3", "r4"]
    assert report.findings == []


_NATURE = ("\n\nReferences\n\n"
           "1.  Wilkinson, M. D. et al. Sci. Data 3, 160018 (2016).\n"
           "2.  Vines, T. H. et al. Curr. Biol. 24, 94-97 (2014).\n"
           "3.  Michener, W. K. Ecol. Inform. 29, 33-44 (2015).\n"
           "4.  Hampton, S. E. et al. Front. Ecol. Environ. 11, 156-162 (2013).\n")


def test_a_flattened_superscript_group_citing_entries_has_a_number_past_the_list_with_no_entry() -> None:
    text = ("Data should be findable1 and archived2. None of this is new advice3,4,6. Funders agree1,2. Data "
            "papers help3 and networks too4." + _NATURE)
    report = _check(text)
    assert [(f.code, f.message.split('"')[1]) for f in report.findings] == [("no-entry", "6")]


def test_a_number_far_past_the_list_in_a_flattened_group_is_still_dropped() -> None:
    text = ("Data should be findable1 and archived2. Each plot measured 3,4,60. Funders agree1,2. Data "
            "papers help3 and networks too4." + _NATURE)
    assert _check(text).findings == []


def test_a_superscript_flattened_onto_a_two_letter_word_ending_a_clause_is_a_citation() -> None:
    text = ("Data should be findable1 and archived2, as the community holds it3,4. Funders agree1,2." + _NATURE)
    assert _cited(text) == ["r1", "r2", "r3", "r4"]


def test_an_alphabetic_lists_entry_is_printed_with_its_label_and_a_numbered_lists_without() -> None:
    alpha = ("Le théorème [Bil99, Thm. 3] et [Bra05].\n\nBIBLIOGRAPHIE\n\n"
             "[Bil99] P. Billingsley, Convergence of probability measures, 2e éd., Wiley, 1999.\n"
             "[Bra05] R. C. Bradley, « Basic properties of strong mixing conditions », Probab. Surv. 2 (2005), "
             "p. 107-144.\n")
    numbered = "As shown [1].\n\nReferences\n\n[1] P. Billingsley, Convergence of probability measures. Wiley, 1999.\n"
    assert _check(alpha).references[0].to_json()["raw"].startswith("[Bil99] P. Billingsley, Convergence")
    assert _check(numbered).references[0].to_json()["raw"].startswith("P. Billingsley, Convergence")


_WHITEPAPER = ("# Passkeys\n\nMost breaches involve stolen credentials,[^1] and a breach costs millions.[^2] The "
               "standards are mature,[^3] and platforms ship them.[^4]\n\n---\n\n## Notes\n\n"
               "[^1]: Verizon, *2023 Data Breach Investigations Report* (Basking Ridge, NJ: Verizon Business, 2023).\n"
               "[^2]: IBM Security, *Cost of a Data Breach Report 2023* (Armonk, NY: IBM, 2023).\n"
               "[^3]: FIDO Alliance, \"FIDO2: Web Authentication (WebAuthn),\" accessed February 2, 2027, "
               "https://fidoalliance.org/fido2/.\n")


def test_a_papers_markdown_footnotes_are_its_list_when_it_has_no_other() -> None:
    report = _check(_WHITEPAPER)
    assert [r.label for r in report.references] == ["^1", "^2", "^3"]
    assert report.references[0].to_json()["raw"].startswith("[^1]: Verizon, *2023 Data Breach")
    assert [(c.text, c.references) for c in report.citations][:3] == [("[^1]", ["r1"]), ("[^2]", ["r2"]),
                                                                       ("[^3]", ["r3"])]


def test_a_footnote_call_with_no_definition_is_reported_as_such() -> None:
    findings = _check(_WHITEPAPER).findings
    assert [(f.code, f.line) for f in findings] == [("no-entry", 3)]
    assert "footnote [^4] is called but never defined" in findings[0].message


def test_arabic_indic_and_persian_digits_are_read_as_years() -> None:
    text = ("العصبية (الجابري، ١٩٩٠) والقرابة (بركات، ۲۰۰۰) ورأس المال (Putnam, 1993).\n\nالمراجع\n\n"
            "بركات، حليم. (۲۰۰۰). المجتمع العربي في القرن العشرين. بيروت: مركز دراسات الوحدة العربية.\n\n"
            "الجابري، محمد عابد. (١٩٩٠). العقل السياسي العربي. بيروت: مركز دراسات الوحدة العربية.\n\n"
            "Putnam, R. D. (1993). Making Democracy Work. Princeton: Princeton University Press.\n")
    report = _check(text)
    assert [r.fields.year for r in report.references] == ["2000", "1990", "1993"]
    assert report.findings == []


def test_a_cochrane_reviews_parts_with_study_identifiers_are_one_list() -> None:
    text = (
        "Incentives raised quit rates (Volpp 2009; Halpern 2015), as earlier reviews found (Cahill 2015).\n\n"
        "References\n\nReferences to studies included in this review\n\n"
        "Halpern 2015 {published data only}\n"
        "Halpern SD, French B, Small DS, Saulsgiver K, Harhay MO, Audrain-McGovern J, et al. Randomized trial of four\n"
        "financial-incentive programs for smoking cessation. New England Journal of Medicine 2015;372(22):2108-17.\n\n"
        "Volpp 2009 {published data only}\n"
        "Volpp KG, Troxel AB, Pauly MV, Glick HA, Puig A, Asch DA, et al. A randomized, controlled trial of financial\n"
        "incentives for smoking cessation. New England Journal of Medicine 2009;360(7):699-709.\n\n"
        "Additional references\n\nCahill 2015\n"
        "Cahill K, Hartmann-Boyce J, Perera R. Incentives for smoking cessation. Cochrane Database of Systematic "
        "Reviews\n2015, Issue 5. Art. No.: CD004307.\n")
    report = _check(text)
    assert [r.fields.authors[0].family for r in report.references] == ["Halpern", "Volpp", "Cahill"]
    assert report.findings == []


def test_entries_after_a_long_copyright_foot_at_a_page_break_are_still_the_lists() -> None:
    text = ("Labels help [1]. We coded thematically [2] and compared with feedback research [3]." + _ACM.split("[3]")[0]
            + "\n© 2021 The Authors. Published by Elsevier Ltd. This is an open access article under the CC BY license "
              "(http://creativecommons.org/licenses/by/4.0/).\n\n"
            "Computers & Education 172 (2021) 104253\n\n"
            "[3]  John Hattie and Helen Timperley. 2007. The Power of Feedback. Review of Educational Research\n"
            "     77, 1 (2007), 81–112.\n")
    report = _check(text)
    assert len(report.references) == 3
    assert report.findings == []


def test_a_pandoc_heading_with_its_attributes_heads_the_list_and_footnotes_after_it_are_notes(tmp_path) -> None:  # noqa: ANN001
    text = ("Artists signed contracts.[^1] Guilds regulated them.[^2] Later scholars agreed.[^3]\n\n"
            "# Bibliography {.unnumbered}\n\n"
            "::: {#refs .references .csl-bib-body .hanging-indent}\n"
            "::: {#ref-omalley2005 .csl-entry}\n"
            "O'Malley, Michelle. *The Business of Art*. New Haven, CT: Yale University Press, 2005.\n:::\n\n"
            "::: {#ref-thomas1995 .csl-entry}\n"
            "Thomas, Anabel. *The Painter's Practice in Renaissance Tuscany*. Cambridge: Cambridge University Press, "
            "1995.\n:::\n:::\n\n"
            "[^1]: Michelle O'Malley, *The Business of Art* (New Haven, CT: Yale University Press, 2005), 131--52.\n\n"
            "[^2]: Anabel Thomas, *The Painter's Practice in Renaissance Tuscany* (Cambridge: Cambridge University "
            "Press, 1995), 65--101.\n\n"
            "[^3]: O'Malley, *Business of Art*, 140.\n")
    from refcheck.app import CheckOptions, check_path

    (tmp_path / "workshop.md").write_text(text, encoding="utf-8")
    report = check_path(str(tmp_path / "workshop.md"), CheckOptions(use_config=False))
    assert [r.fields.authors[0].family for r in report.references] == ["O'Malley", "Thomas"]
    assert report.findings == []


def test_commenting_footnotes_are_not_a_list_of_sources() -> None:
    text = ("We surveyed 40 schools (Smith, 2019).[^1] Attendance was recorded daily.[^2] Teachers agreed.[^3]\n\n"
            "[^1]: The survey instrument is available on request.\n"
            "[^2]: Two schools kept weekly records instead.\n"
            "[^3]: Interviews were held in the staff room.\n")
    assert _check(text).references == []


def test_an_arabic_narratives_name_stops_where_the_script_changes() -> None:
    text = ("فقد بيّن Junco (2012) أن العلاقة تتوقف على طبيعة الاستخدام.\n\nالمراجع\n\n"
            "Junco, R. (2012). Too much face and not enough books. Computers in Human Behavior, 28(1), 187–198.\n")
    report = _check(text)
    assert [c.authors for c in report.citations] == [["Junco"]]
    assert report.findings == []
