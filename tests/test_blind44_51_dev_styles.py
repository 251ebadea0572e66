"""Habits of the papers on the dev halves of blind sets 44-51 (fixtures/papers_blind44 ... papers_blind51: economics in
French, land policy in Ukrainian, law papers with footnotes in six traditions, supplementary material; written by
helpers who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def _check(text: str):  # noqa: ANN202 - FileReport
    return check_document(Document(path="p.txt", text=text))


_BLUEBOOK = (
    "The reasonable-expectation test originates in Justice Harlan's concurrence in Katz.1 In Smith the Court held\n"
    "that dialed numbers were unprotected.2 Jones revived trespass3 while five Justices signalled concern with\n"
    "long-term GPS monitoring.4 Kerr's account of the mosaic theory remains the standard critique.5 On his view a\n"
    "mosaic approach raises more questions than it answers.6\n\n"
    "                                      NOTES\n\n"
    "1. Katz v. United States, 389 U.S. 347, 361 (1967) (Harlan, J., concurring).\n"
    "2. Smith v. Maryland, 442 U.S. 735, 743–44 (1979).\n"
    "3. United States v. Jones, 565 U.S. 400, 404–05 (2012).\n"
    "4. Id. at 415 (Sotomayor, J., concurring); id. at 430 (Alito, J., concurring in the judgment).\n"
    "5. See, e.g., Orin S. Kerr, The Mosaic Theory of the Fourth Amendment, 111 MICH. L. REV. 311, 313 (2012).\n"
    "6. Kerr, supra note 5, at 320.\n\n"
    "                                   BIBLIOGRAPHY\n\n"
    "Cases\n"
    "Katz v. United States, 389 U.S. 347 (1967).\n"
    "Smith v. Maryland, 442 U.S. 735 (1979).\n"
    "United States v. Jones, 565 U.S. 400 (2012).\n\n"
    "Books\n"
    "Nissenbaum, Helen. Privacy in Context: Technology, Policy, and the Integrity of Social Life (2010).\n"
    "Solove, Daniel J. Understanding Privacy (2008).\n"
    "Westin, Alan F. Privacy and Freedom (1967).\n\n"
    "Articles\n"
    "Kerr, Orin S. The Mosaic Theory of the Fourth Amendment, 111 Mich. L. Rev. 311 (2012).\n"
    "Prosser, William L. Privacy, 48 Calif. L. Rev. 383 (1960).\n"
    "Richards, Neil M. Intellectual Privacy, 87 Tex. L. Rev. 387 (2008).\n"
    "Solove, Daniel J. A Taxonomy of Privacy, 154 U. Pa. L. Rev. 477 (2006).\n")


def test_a_table_of_cases_one_a_line_is_one_entry_a_case() -> None:
    report = _check(_BLUEBOOK)
    assert [r.raw for r in report.references][:3] == [
        "Katz v. United States, 389 U.S. 347 (1967).", "Smith v. Maryland, 442 U.S. 735 (1979).",
        "United States v. Jones, 565 U.S. 400 (2012)."]


def test_a_paper_citing_in_notes_is_read_as_notes_though_its_list_is_a_table_of_authorities() -> None:
    report = _check(_BLUEBOOK)
    assert report.style == "chicago-notes"
    assert [f.code for f in report.findings if f.severity == "error"] == []


def test_id_with_an_explanatory_parenthetical_cites_the_work_of_the_note_before() -> None:
    report = _check(_BLUEBOOK)
    ids = [c for c in report.citations if c.text.lower().startswith("id.")]
    jones = next(r.id for r in report.references if r.raw.startswith("United States v. Jones"))
    assert [c.references for c in ids] == [[jones], [jones]]


_GERMAN = (
    "Das BVerfG hat den Schutzbereich weit gefasst.¹ Die Literatur hat diesen Ansatz teils begrüßt,² teils als\n"
    "überschießend kritisiert.³ Ob es sich um ein Verbot mit Erlaubnisvorbehalt handelt, ist umstritten.⁴\n\n"
    "____________________\n"
    "¹ BVerfGE 65, 1 (43) – Volkszählung; ebenso BVerfGE 152, 216 – Recht auf Vergessen II.\n"
    "² Hesse, Grundzüge des Verfassungsrechts, Rn. 72.\n"
    "³ Vgl. Hoffmann-Riem, AöR 142 (2017), 1 (3 f.).\n"
    "⁴ Scholz, in: Simitis/Hornung/Spiecker gen. Döhmann, Datenschutzrecht, Art. 22 Rn. 15.\n\n"
    "Literaturverzeichnis\n\n"
    "Hesse, Konrad: Grundzüge des Verfassungsrechts der Bundesrepublik Deutschland,\n"
    "   5. Aufl., Heidelberg 1995.\n"
    "Hoffmann-Riem, Wolfgang: Verhaltenssteuerung durch Algorithmen – Eine Herausforderung\n"
    "   für das Recht, AöR 142 (2017), S. 1–42.\n"
    "Simitis, Spiros/Hornung, Gerrit/Spiecker gen. Döhmann, Indra (Hrsg.): Datenschutzrecht.\n"
    "   DSGVO mit BDSG, Baden-Baden 2019.\n")


def test_a_court_decision_cited_by_its_official_reports_needs_no_bibliography_entry() -> None:
    assert not [f for f in _check(_GERMAN).findings if f.code == "no-entry" and "BVerfGE" in f.message]


def test_an_edition_wrapped_to_the_start_of_a_line_is_no_note() -> None:
    assert [c.keys[0] for c in _check(_GERMAN).citations] == ["1", "1", "2", "3", "4"]


def test_a_commentary_cited_by_its_contributor_is_the_editors_work() -> None:
    report = _check(_GERMAN)
    simitis = next(r.id for r in report.references if r.raw.startswith("Simitis"))
    assert report.citations[-1].references == [simitis]
    assert report.findings == []


def test_a_raised_number_flattened_onto_a_year_is_a_citation_in_a_paper_of_glued_numbers() -> None:
    text = ("La obesidad infantil se multiplicó por diez entre 1975 y 2016 en el mundo1,2, y según el Mapa\n"
            "Nutricional de la JUNAEB uno de cada cuatro escolares tenía obesidad en 20193. La transición\n"
            "nutricional explica buena parte de este fenómeno4, como en otros países de ingreso medio1,4. El\n"
            "estado nutricional se clasificó según la\n"
            "referencia OMS 20075. La prevalencia de adultos se obtuvo de la Encuesta Nacional de Salud 2016-20176.\n\n"
            "Referencias\n\n"
            "1. Organización Mundial de la Salud. Informe de la Comisión para acabar con la obesidad infantil. "
            "Ginebra: OMS; 2016.\n"
            "2. NCD Risk Factor Collaboration. Worldwide trends in body-mass index from 1975 to 2016. Lancet 2017; "
            "390: 2627-42.\n"
            "3. Junta Nacional de Auxilio Escolar y Becas. Informe Mapa Nutricional 2019. Santiago: JUNAEB; 2020.\n"
            "4. Popkin BM, Adair LS, Ng SW. Global nutrition transition and the pandemic of obesity. Nutr Rev 2012; "
            "70 (1): 3-21.\n"
            "5. de Onis M, Onyango AW, Borghi E. Development of a WHO growth reference for school-aged children. "
            "Bull World Health Organ 2007; 85 (9): 660-7.\n"
            "6. Ministerio de Salud. Encuesta Nacional de Salud 2016-2017: primeros resultados. Santiago: MINSAL; "
            "2017.\n")
    report = _check(text)
    assert sorted({int(c.keys[0]) for c in report.citations}) == [1, 2, 3, 4, 5, 6]
    assert report.findings == []


def test_a_latin_name_glued_to_chinese_et_al_before_a_year_is_a_narrative_citation() -> None:
    text = ("式（1）中，UPG为升级指数，采用Hausmann等（2007）的出口复杂度方法计算；产业集群理论见（PORTER，1998）。\n\n"
            "参考文献\n\n"
            "HAUSMANN R, HWANG J, RODRIK D, 2007. What you export matters[J]. Journal of Economic Growth, 12(1): "
            "1-25.\n"
            "PORTER M E, 1998. Clusters and the new economics of competition[J]. Harvard Business Review, 76(6): "
            "77-90.\n")
    assert _check(text).findings == []


def test_numbers_apart_by_semicolons_each_may_carry_its_page() -> None:
    text = ("Ці питання розглядали українські науковці [1; 2, с. 112; 3]. Соціальні ризики висвітлено в [3].\n\n"
            "Список використаних джерел\n\n"
            "1. Мартин А. Г. Ринок земель сільськогосподарського призначення: перші результати. Землеустрій, "
            "кадастр і моніторинг земель. 2021. № 4. С. 4–12.\n"
            "2. Ходаківська О. В. Ціноутворення на землі сільськогосподарського призначення. Економіка АПК. 2022. "
            "№ 2. С. 108–120.\n"
            "3. Третяк А. М. Земельна політика України. Київ : Аграрна наука, 2013. 312 с.\n")
    report = _check(text)
    assert [c.keys[0] for c in report.citations] == ["1", "2", "3", "3"]
    assert report.findings == []


_CMLREV = (
    "The Court annulled the Directive in Digital Rights Ireland.1 It then struck down the Safe Harbour decision.2\n"
    "Commentators disagree on how far the Charter reaches.3\n\n"
    "1 Joined Cases C-293/12 & C-594/12, Digital Rights Ireland, EU:C:2014:238, para 65.\n"
    "2 Case C-362/14, Schrems, EU:C:2015:650.\n"
    "3 Lynskey, The Foundations of EU Data Protection Law (OUP, 2015), p. 89.\n\n"
    "Bibliography\n\n"
    "Lynskey, O., The Foundations of EU Data Protection Law (Oxford University Press, 2015).\n"
    "Sarmiento, D., \"Who's afraid of the Charter?\", 50 Common Market Law Review (2013), 1267-1304.\n"
    "Tridimas, T., The General Principles of EU Law, 2nd ed. (Oxford University Press, 2006).\n"
    "Weiler, J.H.H., \"The transformation of Europe\", 100 Yale Law Journal (1991), 2403-2483.\n\n"
    "Case law of the Court of Justice\n\n"
    "Joined Cases C-293/12 and C-594/12, Digital Rights Ireland Ltd v Minister for\n"
    "   Communications, Marine and Natural Resources and Others, EU:C:2014:238.\n"
    "Case C-362/14, Maximillian Schrems v Data Protection Commissioner, EU:C:2015:650.\n")


def test_a_group_heading_of_seven_words_naming_its_kind_is_no_entry() -> None:
    report = _check(_CMLREV)
    assert not [r for r in report.references if r.raw.startswith("Case law")]


def test_an_eu_case_is_found_in_the_table_by_its_case_numbers() -> None:
    report = _check(_CMLREV)
    assert [f.code for f in report.findings] == ["uncited"] * 3  # Sarmiento, Tridimas, Weiler; not the cases


def test_the_blank_lines_around_group_headings_make_no_paragraph_layout() -> None:
    text = ("Kerr's account remains the standard critique (Kerr 2012), against Solove (2006) and Nissenbaum (2010).\n\n"
            "Bibliography\n\n"
            "Cases\n\n"
            "Katz v. United States, 389 U.S. 347 (1967).\n"
            "Smith v. Maryland, 442 U.S. 735 (1979).\n\n"
            "Articles\n\n"
            "Kerr, Orin S. 2012. The Mosaic Theory of the Fourth Amendment. Michigan Law Review 111: 311–354.\n"
            "Solove, Daniel J. 2006. A Taxonomy of Privacy. University of Pennsylvania Law Review 154: 477–564.\n"
            "Nissenbaum, Helen. 2010. Privacy in Context. Stanford: Stanford University Press.\n")
    report = _check(text)
    assert [r.raw.split(",")[0].split(".")[0] for r in report.references] == [
        "Katz v", "Smith v", "Kerr", "Solove", "Nissenbaum"]


def test_a_crystal_direction_in_brackets_past_the_list_is_no_citation() -> None:
    text = ("We study the Kitaev model in a [111] magnetic field with DMRG [1, 2]. For a field along the [111]\n"
            "direction several groups reported a spin liquid [3], which we confirm.\n\n"
            "References\n\n"
            "[1] A. Kitaev, Ann. Phys. 321, 2 (2006).\n"
            "[2] S. R. White, Phys. Rev. Lett. 69, 2863 (1992).\n"
            "[3] Z. Zhu, I. Kimchi, D. N. Sheng, and L. Fu, Phys. Rev. B 97, 241110 (2018).\n")
    assert _check(text).findings == []


def test_a_number_far_past_the_list_is_still_a_citation_with_no_entry() -> None:
    text = ("We study the Kitaev model with DMRG [1, 2], as several groups did [3, 97].\n\n"
            "References\n\n"
            "[1] A. Kitaev, Ann. Phys. 321, 2 (2006).\n"
            "[2] S. R. White, Phys. Rev. Lett. 69, 2863 (1992).\n"
            "[3] Z. Zhu, I. Kimchi, D. N. Sheng, and L. Fu, Phys. Rev. B 97, 241110 (2018).\n")
    assert [f.code for f in _check(text).findings] == ["no-entry"]


def test_the_column_headings_of_a_table_set_with_spaces_are_no_narrative_citations() -> None:
    text = ("Transfers raised consumption (Haushofer and Shapiro 2016).\n\n"
            "References\n\n"
            "Haushofer, Johannes, and Jeremy Shapiro. 2016. “The Short-Term Impact of Unconditional Cash Transfers "
            "to the Poor.” Quarterly Journal of Economics 131 (4): 1973–2042.\n\n"
            "ANNEX 1. RESULTS FRAMEWORK (SUMMARY)\n\n"
            "Indicator                                       Baseline (2023)   Target (2028)\n"
            "Households receiving transfers                  212,000           340,000\n")
    assert _check(text).findings == []


_REVUE_ECO = ("Les travaux fondés sur les tâches (Autor, Levy et Murnane [2003] ; Autor et Dorn [2013]) ont montré que "
              "la technologie polarise l'emploi, y compris en France (Acemoglu,\nLelarge et Restrepo [2020] ; "
              "Bonﬁglioli et al. [2020]).\n\n"
              "RÉFÉRENCES BIBLIOGRAPHIQUES\n\n"
              "ACEMOGLU D., LELARGE C., RESTREPO P. [2020], « Competing with Robots: Firm-Level Evidence from "
              "France », AEA Papers and Proceedings, 110, p. 383-388.\n"
              "AUTOR D. H., DORN D. [2013], « The Growth of Low-Skill Service Jobs and the Polarization of the US "
              "Labor Market », American Economic Review, 103 (5), p. 1553-1597.\n"
              "AUTOR D. H., LEVY F., MURNANE R. J. [2003], « The Skill Content of Recent Technological Change », "
              "Quarterly Journal of Economics, 118 (4), p. 1279-1333.\n"
              "BONFIGLIOLI A., CRINÒ R., FADINGER H., GANCIA G. [2020], « Robot Imports and Firm-Level Outcomes », "
              "CEPR Discussion Paper, 14593.\n")


def test_a_year_in_square_brackets_is_the_citations_year() -> None:
    report = _check(_REVUE_ECO)
    assert [c.year for c in report.citations] == ["2003", "2013", "2020", "2020"]
    assert report.findings == []


def test_a_pdf_ligature_in_a_name_is_no_spelling_variant() -> None:
    assert not [f for f in _check(_REVUE_ECO).findings if f.code == "name-variant"]


def test_an_original_year_in_brackets_after_the_editions_year_is_dropped() -> None:
    text = ("Arbeitslosigkeit führt zum Rückzug (Jahoda u. a. 1975 [1933]), wie Marx (1990 [1867]: 12) vorhersah.\n\n"
            "Literatur\n\n"
            "Jahoda, Marie, Paul F. Lazarsfeld und Hans Zeisel. 1975 [1933]. Die Arbeitslosen von Marienthal. "
            "Frankfurt am Main: Suhrkamp.\n"
            "Marx, Karl. 1990 [1867]. Capital. Volume I. London: Penguin.\n")
    assert _check(text).findings == []


_OSCOLA = (
    "The Supreme Court has now addressed downstream emissions.1 The Court of Appeal had earlier deferred to\n"
    "ministers,2 as it did over Wednesbury review.3 The Dutch courts went further.4 Commentators welcomed\n"
    "it,5 others less so.6 Craig's account of rationality review7 and Fisher's of disruption8 frame the debate.\n\n"
    "---------------------------------------------------------------------------\n"
    "1 R (Finch) v Surrey County Council [2024] UKSC 20, [2024] PTSR 988 [2].\n"
    "2 R (Plan B Earth) v Secretary of State for Transport [2020] EWCA Civ 214,\n"
    "[2020] PTSR 1446 [68].\n"
    "3 Associated Provincial Picture Houses Ltd v Wednesbury Corporation [1948]\n"
    "1 KB 223 (CA).\n"
    "4 State of the Netherlands v Urgenda Foundation ECLI:NL:HR:2019:2007.\n"
    "5 Joana Setzer and Catherine Higham, Global Trends in Climate Change Litigation: 2024 Snapshot (Grantham\n"
    "Research Institute 2024) 31.\n"
    "6 Finch (n 1) [71]–[74].\n"
    "7 Paul Craig, Administrative Law (9th edn, Sweet & Maxwell 2021) paras 21-001–21-010.\n"
    "8 Elizabeth Fisher, Eloise Scotford and Emily Barritt, 'The Legally Disruptive Nature of Climate Change'\n"
    "(2017) 80 MLR 173, 180.\n\n"
    "BIBLIOGRAPHY\n\n"
    "Cases\n\n"
    "Associated Provincial Picture Houses Ltd v Wednesbury Corp [1948] 1 KB 223\n"
    "(CA)\n"
    "R (on the application of Finch) v Surrey CC [2024] UKSC 20, [2024] PTSR 988\n"
    "R (on the application of Friends of the Earth Ltd) v Heathrow Airport Ltd\n"
    "[2020] UKSC 52, [2021] PTSR 190\n"
    "R (on the application of Plan B Earth) v Secretary of State for Transport\n"
    "[2020] EWCA Civ 214, [2020] PTSR 1446\n"
    "State of the Netherlands (Ministry of Economic Affairs and Climate Policy) v\n"
    "Urgenda Foundation, ECLI:NL:HR:2019:2007 (HR, 20 December 2019)\n\n"
    "Secondary sources\n\n"
    "Craig P, Administrative Law (9th edn, Sweet & Maxwell 2021)\n"
    "Fisher E, Scotford E and Barritt E, 'The Legally Disruptive Nature of Climate Change' (2017) 80 MLR 173\n"
    "Setzer J and Higham C, Global Trends in Climate Change Litigation: 2024 Snapshot (Grantham Research\n"
    "Institute 2024)\n")


def test_a_notes_wrapped_law_report_opening_with_1_does_not_restart_the_notes() -> None:
    assert [c.keys[0] for c in _check(_OSCOLA).citations] == [str(n) for n in range(1, 9)]


def test_a_case_in_a_note_is_found_in_the_table_by_its_parties() -> None:
    report = _check(_OSCOLA)
    by_id = {r.id: r.raw[:30] for r in report.references}
    assert [by_id[c.references[0]] for c in report.citations[:4]] == [
        "R (on the application of Finch", "R (on the application of Plan ", "Associated Provincial Picture ",
        "State of the Netherlands (Mini"]
    assert report.findings == []
