"""Papers in CSL styles of the later draws nobody on the project named (benchmarks/styles make_style_papers.py
--sweep 40 --seed sweep-3 / sweep-4 / sweep-5 --halves, dev halves), as pandoc renders them: Myrmecological News,
Transversalités, Mohr Siebeck, Arthritis & Rheumatism, European Retail Research, Archéologie médiévale, the
Jahrbuch der Österreichischen Byzantinistik, TU Dresden art history; each test is one of their habits."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.model import FileReport
from refcheck.normalizer.names import parse_names
from refcheck.pipeline import check_document


def check(body: str, entries: list[str]) -> FileReport:
    return check_document(Document(path="paper.txt", text=body + "References\n\n" + "\n\n".join(entries) + "\n"))


MYRMECOLOGY_LIST = [
    "KÖHLER, H.-R., LAZZARA, R., DITTBRENNER, N., CAPOWIEZ, Y., MAZZIA, C. & TRIEBSKORN, R. 2009: Snail phenotypic "
    "variation and stress proteins: do different heat response strategies contribute to Waddington’s widget in field "
    "populations? – Journal of Experimental Zoology Part B: Molecular and Developmental Evolution 312B: 136-147.",
    "LYNCH, S. 2020: Adding Additional Widget Sizes. In: Introducing WidgetKit for iOS. – Apress.",
    "MASI, S., MUNDRY, R., ORTMANN, S., CIPOLLETTA, C., BOITANI, L. & ROBBINS, M.M. 2015: The Influence of Seasonal "
    "Frugivory on Nutrient and Energy Intake in Wild Western Gorillas. – PLOS ONE 10: e0129254.",
]


def test_latin_ampersand_al_is_et_al_in_a_citation() -> None:
    # Myrmecological News (and botany, French styles) print "et al." as "& al."
    report = check("A study\n\nEarlier work described this pattern in detail (LYNCH 2020). These findings agree with "
                   "field observations (KÖHLER & al. 2009). We return to this point later (MASI & al. 2015, p.50).\n\n",
                   MYRMECOLOGY_LIST)
    assert [f.code for f in report.findings] == []
    masi = next(c for c in report.citations if c.authors[:1] == ["MASI"])
    assert masi.et_al and masi.year == "2015"


def test_et_al_in_the_csl_locales_languages_ends_an_entrys_authors() -> None:
    # the et-al terms of the CSL styles Debian ships: Spanish "y cols.", Polish "i wsp.", Dutch "e.a."
    for printed in ("Ruiz, A., Pérez, B. y cols.", "Kowalski J, Nowak A i wsp.", "Jansen, P., de Vries, K. e.a.",
                    "KÖHLER, H.-R., LAZZARA, R. & al."):
        names, et_al = parse_names(printed)
        assert et_al and len(names) == 2, printed


def test_an_ampersand_before_a_name_opening_with_al_is_no_et_al() -> None:
    names, et_al = parse_names("Smith, J., & Alan, B.")
    assert not et_al and [n.family for n in names] == ["Smith", "Alan"]


TRANSVERSALITES = (
    "A study\n\nThese findings agree with field observations.[1] As shown previously,[2] the estimate depends on "
    "sample size. We return to this point later.[3]\n\nReferences\n\n"
    "LYNCH, Stewart, « Adding Additional Widget Sizes », dans Introducing WidgetKit for iOS, Apress, 2020.\n\n"
    "MAY, Carl, « Short reports », Health &amp; Social Care in the Community, vol. 5, n° 1, Hindawi Limited, 2007, "
    "pp. 55‑62.\n\n"
    "[1] Stewart LYNCH, « Adding Additional Widget Sizes », dans Introducing WidgetKit for iOS, Apress, 2020 ; Carl "
    "MAY, « Short reports », Health &amp; Social Care in the Community, vol. 5, n° 1, Hindawi Limited, 2007.\n\n"
    "[2] Stewart LYNCH, « Adding Additional Widget Sizes », op. cit., p. 45.\n\n"
    "[3] Carl MAY, « Short reports », Health &amp; Social Care in the Community, op. cit., p. 50.\n")


def test_a_notes_semicolon_that_ends_an_html_entity_separates_no_works() -> None:
    # Transversalités' notes, with "&amp;" left by a web page in a journal's name
    report = check_document(Document(path="paper.txt", text=TRANSVERSALITES))
    assert [f.code for f in report.findings] == []
    assert len(report.citations) == 4 and all(c.references for c in report.citations)


MOHR_SIEBECK = (
    "A study\n\nEarlier work described this pattern in detail.[1] We return to this point later.[2]\n\nReferences\n\n"
    "Boyer, Doug M./Toussaint, Séverine/Godinot, Marc: Postcrania of the most primitive euprimate and implications "
    "for primate origins, Journal of Human Evolution 2017, 202–215.\n\n"
    "Reid, Alastair/Singh, Satnam: Implementing Fudgets with Standard Widget Sets, 1994, 222–235.\n\n"
    "[1] Reid/Singh, in: Workshops in Computing (1994); Boyer/Toussaint/Godinot, Journal of Human Evolution 2017.\n\n"
    "[2] Reid/Singh, in: Workshops in Computing (1994), S. 50.\n")


def test_a_slash_between_people_separates_an_entrys_authors() -> None:
    names, _ = parse_names("Boyer, Doug M./Toussaint, Séverine/Godinot, Marc")
    assert [(n.family, n.given) for n in names] == [("Boyer", "Doug M."), ("Toussaint", "Séverine"),
                                                    ("Godinot", "Marc")]


def test_a_slash_inside_a_bodys_name_is_kept() -> None:
    names, _ = parse_names("Bündnis 90/Die Grünen")
    assert [n.literal for n in names] == ["Bündnis 90/Die Grünen"]


def test_a_note_naming_the_container_after_in_colon_cites_the_entry_by_its_authors() -> None:
    # Mohr Siebeck (German law): "Reid/Singh, in: Workshops in Computing (1994), S. 50."
    report = check_document(Document(path="paper.txt", text=MOHR_SIEBECK))
    assert [f.code for f in report.findings] == []
    reid = [c for c in report.citations if c.text.startswith("Reid")]
    assert len(reid) == 2 and all(c.references == [report.references[1].id] for c in reid)


ARTHRITIS_AND_RHEUMATISM = (
    "A study\n\nEarlier work described this pattern in detail (1,2). As shown previously (3(p45)), the estimate "
    "depends on sample size. We return to this point later (1(p50)).\n\nReferences\n\n"
    "1. Guan Z, Lowengrub JS, Wang C, Wise SM. Second order convex splitting schemes for periodic nonlocal "
    "Cahn–Hilliard and Allen–Cahn equations. Journal of Computational Physics 2014;277:48–71.\n\n"
    "2. MEYER DP. The Widget Syndrome. Journal of Employment Counseling 1974;11:101–106.\n\n"
    "3. Boyer DM, Toussaint S, Godinot M. Postcrania of the most primitive euprimate and implications for primate "
    "origins. Journal of Human Evolution 2017;111:202–215.\n")


def test_amas_page_locator_inside_a_numeric_parenthesis_is_read() -> None:
    # Arthritis & Rheumatism cites "(3(p45))": the number in parentheses, AMA's page locator glued to it
    report = check_document(Document(path="paper.txt", text=ARTHRITIS_AND_RHEUMATISM))
    assert [f.code for f in report.findings] == []
    assert sorted((c.keys[0], c.locator) for c in report.citations if c.locator) == [("1", "p50"), ("3", "p45")]


EUROPEAN_RETAIL_RESEARCH = [
    "Bowman, W. D.; Hacker, S. D. (2023): Behavioral Ecology. doi: 10.1093/hesc/9780197614044.003.0014.",
    "Leu, S. T.; Bull, C. M. (2016): Artificial Water Point for Livestock Influences Spatial Ecology of a Native "
    "Lizard Species, in: PLOS ONE, Vol. 11, No. 1, p. e0147433.",
    "Norman, K. E. A.; Chamberlain, S.; Boettiger, C. (2020): taxadb: A high‐performance local taxonomic database "
    "interface, in: Methods in Ecology and Evolution, Vol. 11, No. 9, pp. 1153–1159.",
]


def test_a_slash_between_people_in_an_author_date_citation_separates_them() -> None:
    report = check("A study\n\nThe method follows the protocol given elsewhere (Bowman/Hacker 2023). As shown "
                   "previously (Leu/Bull 2016; Norman/Chamberlain/Boettiger 2020, p. 50), the estimate depends on "
                   "sample size.\n\n", EUROPEAN_RETAIL_RESEARCH)
    assert [f.code for f in report.findings] == []
    assert [c.authors for c in report.citations] == [["Bowman", "Hacker"], ["Leu", "Bull"],
                                                     ["Norman", "Chamberlain", "Boettiger"]]


ARCHEOLOGIE_MEDIEVALE = (
    "A study\n\nThe method follows the protocol given elsewhere.[1] Several groups reported comparable results.[2] "
    "We return to this point later.[3]\n\nReferences\n\n"
    "OH S.E. et VUKINA T.2018, « Substitutability between organic and conventional poultry products and organic "
    "price premiums », European Review of Agricultural Economics, 46, 2, p. 283‑315.\n\n"
    "PETROVICI N.2011, « Workers and the City: Rethinking the Geographies of Power in Post-socialist "
    "Urbanisation », Urban Studies, 49, 11, p. 2377‑2397.\n\n"
    "[1] OH et VUKINA 2018\n\n[2] PETROVICI 2011, p. 45\n\n[3] Ibid., p.\u00a050\n")


def test_notes_of_french_author_date_citations_are_told_from_the_list() -> None:
    # "[1] OH et VUKINA 2018": French "et" joins the names; the entries print the family before its initials
    report = check_document(Document(path="paper.txt", text=ARCHEOLOGIE_MEDIEVALE))
    assert report.style == "chicago-notes" and len(report.references) == 2
    assert [f.code for f in report.findings] == []


def test_a_year_glued_to_the_initial_before_it_is_the_entrys_year() -> None:
    report = check_document(Document(path="paper.txt", text=ARCHEOLOGIE_MEDIEVALE))
    assert [(r.fields.authors[0].family, r.fields.year) for r in report.references] == [("OH", "2018"),
                                                                                       ("PETROVICI", "2011")]


def test_ibid_with_a_labelled_page_repeats_the_note_before() -> None:
    report = check_document(Document(path="paper.txt", text=ARCHEOLOGIE_MEDIEVALE))
    ibid = report.citations[-1]
    assert ibid.text.startswith("Ibid.") and ibid.references == [report.references[1].id]


JOB_NOTES = (
    "A study\n\nAs shown previously,[1] the estimate depends on sample size. Several groups reported comparable "
    "results.[2] We return to this point later.[3]\n\nReferences\n\n"
    "P. J. DENDEK – A. CZECZKO – M. FEDORYSZAK – A. KAWA – P. WENDYKIER – Ł. BOLIKOWSKI, Content Analysis of "
    "Scientific Articles in Apache Hadoop Ecosystem, in: Studies in Computational Intelligence. 2014, 157–172.\n\n"
    "D. P. MEYER, The Widget Syndrome. Journal of Employment Counseling 11 (1974/3) 101–106.\n\n"
    "[1] D. P. MEYER, The Widget Syndrome. Journal of Employment Counseling 11 (1974/3) 101–106.\n\n"
    "[2] P. J. DENDEK et al., Content Analysis of Scientific Articles in Apache Hadoop Ecosystem, in: Studies in "
    "Computational Intelligence. 2014, 45.\n\n"
    "[3] MEYER, The Widget Syndrome 50.\n")


def test_notes_after_a_list_of_initials_first_names_are_notes() -> None:
    # Jahrbuch der Österreichischen Byzantinistik: "P. J. DENDEK – A. CZECZKO, Title"
    report = check_document(Document(path="paper.txt", text=JOB_NOTES))
    assert report.style == "chicago-notes" and len(report.references) == 2
    assert [f.code for f in report.findings] == []


TU_DRESDEN = (
    "A study\n\nEarlier work described this pattern in detail.[1] We return to this point later.[2]\n\n"
    "References\n\n"
    "Dannemiller, Nicholas G. u. a.: Diagnostic Uncertainty and the Epidemiology of Feline Foamy Virus in Pumas "
    "(Puma concolor); in: Scientific Reports 10 (2020), H. 1. DOI: https://doi.org/10.1038/s41598-020-58350-7.\n\n"
    "Petrovici, Norbert: Workers and the City: Rethinking the Geographies of Power in Post-socialist Urbanisation; "
    "in: Urban Studies 49 (2011), H. 11, S. 2377–2397. DOI: https://doi.org/10.1177/0042098011428175.\n\n"
    "[1] Dannemiller, Nicholas G. u. a.: Diagnostic Uncertainty and the Epidemiology of Feline Foamy Virus in Pumas "
    "(Puma concolor); in: Scientific Reports 10 (2020), H. 1. DOI: https://doi.org/10.1038/s41598-020-58350-7; "
    "Petrovici, Norbert: Workers and the City: Rethinking the Geographies of Power in Post-socialist Urbanisation; "
    "in: Urban Studies 49 (2011), H. 11, S. 2377–2397.\n\n"
    "[2] Dannemiller u. a.: „Diagnostic Uncertainty and the Epidemiology of Feline Foamy Virus in Pumas (Puma "
    "concolor)“, S. 50.\n")


def test_a_semicolon_before_a_containers_in_colon_separates_no_works() -> None:
    report = check_document(Document(path="paper.txt", text=TU_DRESDEN))
    assert len(report.citations) == 3 and all(c.references for c in report.citations)


def test_a_title_in_german_quotation_marks_is_closed() -> None:
    report = check_document(Document(path="paper.txt", text=TU_DRESDEN))
    assert [f.code for f in report.findings] == []


IM_GESPRACH = [
    "Ana Margarida Fortes/Patricia Agudelo-Romero/Diana Pimentel/Noam Alkan: Transcriptional Modulation of "
    "Polyamine Metabolism in Fruit Species Under Abiotic and Biotic Stress. In: Frontiers in Plant Science. 7, "
    "2016, S. 114.",
    "Jaboury Ghazoul: 6. Applied ecology. In: Ecology: A Very Short Introduction.Oxford University Press 2020, "
    "S. 94–116.",
    "C. M. Lessells/B. Shorrocks: Evolutionary Ecology. In: The Journal of Ecology. 73, 3 1985, S. 1077.",
]


def test_people_joined_by_slashes_in_natural_order_are_an_entrys_authors() -> None:
    report = check("A study\n\nAs shown previously (Fortes/Agudelo-Romero/u. a. 2016).\n\n", IM_GESPRACH[:1])
    assert [n.family for n in report.references[0].fields.authors] == ["Fortes", "Agudelo-Romero", "Pimentel",
                                                                        "Alkan"]


def test_a_citation_finds_an_entry_whose_given_name_opens_it_when_no_author_was_read() -> None:
    # "Jaboury Ghazoul: 6. Applied ecology": the parser reads no author; the citation still finds the work
    report = check("A study\n\nThe method follows the protocol given elsewhere (Ghazoul 2020). Earlier work "
                   "(Fortes/Agudelo-Romero/u. a. 2016; Lessells/Shorrocks 1985).\n\n", IM_GESPRACH)
    assert [f.code for f in report.findings] == []


def test_a_docx_list_of_slash_joined_people_is_one_entry_a_paragraph() -> None:
    text = ("A study\nEarlier work (Ghazoul 2020; Lessells/Shorrocks 1985; Fortes/Agudelo-Romero/u. a. 2016).\n"
            "References\n")
    report = check_document(Document(path="paper.docx", text=text + "\n".join(IM_GESPRACH) + "\n", kind="docx"))
    assert len(report.references) == 3 and [f.code for f in report.findings] == []


LA_REVUE = [
    "Dissmeyer N., Rivas S., Graciet E. (2017). « Life and death of proteins after protease cleavage: protein "
    "degradation by the N‐end rule pathway », New Phytologist, 218, n° 3, p. 929‑935.",
    "Melo Júnior J.C.F. (2017). « O USO DA MADEIRA EM UMA SERRARIA DO SÉCULO XX EM SANTA CATARINA », Balduinia, "
    "n° 59, p. 19.",
    "Qi L., Wang T. (2019). « A stochastic model of a widget », Ecology, 3, p. 4.",
]


def test_initials_before_each_cited_name_are_not_part_of_the_family() -> None:
    # La Revue des Sciences de Gestion cites "(L. Qi et T. Wang, 2019)", "(J.C.F. Melo Júnior, 2017, p. 45)"
    report = check("A study\n\nAs shown previously (L. Qi et T. Wang, 2019 ; J.C.F. Melo Júnior, 2017, p. 45), the "
                   "estimate depends on sample size (N. Dissmeyer, S. Rivas et E. Graciet, 2017).\n\n", LA_REVUE)
    assert [f.code for f in report.findings] == []
    assert len(report.citations) == 3 and all(c.references for c in report.citations)


def test_initials_n_d_opening_a_name_are_no_missing_date() -> None:
    report = check("A study\n\nAs shown (N. Dissmeyer, S. Rivas et E. Graciet, 2017).\n\n", LA_REVUE[:1])
    assert [c.year for c in report.citations] == ["2017"]


LETTRES = (
    "A study\n\nAs shown previously,[1] the estimate depends on sample size. We return to this point later.[2]\n\n"
    "References\n\n"
    "KEIRSTEAD, James, « Fit for Purpose? Rethinking Modeling in Industrial Ecology », Journal of Industrial "
    "Ecology, Vol. 18 / 2, Wiley, 2014, p. 161‑163.\n\n"
    "MASI, Shelly, MUNDRY, Roger, ORTMANN, Sylvia, [et al.], « The Influence of Seasonal Frugivory on Nutrient and "
    "Energy Intake in Wild Western Gorillas », PLOS ONE, Vol. 10 / 7, Public Library of Science (PLoS), 2015, "
    "p. e0129254.\n\n"
    "[1] Shelly Masi, Roger Mundry, Sylvia Ortmann, [et al.], « The Influence of Seasonal Frugivory on Nutrient and "
    "Energy Intake in Wild Western Gorillas », PLOS ONE, Vol. 10 / 7, Public Library of Science (PLoS), 2015, "
    "p. e0129254. James Keirstead, « Fit for Purpose? Rethinking Modeling in Industrial Ecology », Journal of "
    "Industrial Ecology, Vol. 18 / 2, Wiley, 2014, p. 161‑163.\n\n"
    "[2] James Keirstead, op. cit., p. 50.\n")


def test_a_note_naming_two_works_between_full_stops_cites_both() -> None:
    report = check_document(Document(path="paper.txt", text=LETTRES))
    assert [f.code for f in report.findings] == []
    assert sorted(r for c in report.citations for r in c.references) == ["r1", "r1", "r2"]


REVISTA_VIRTUAL_DE_QUIMICA = (
    "A study\n\nAs shown previously^(1,2), the estimate depends on sample size. We return to this point later².\n\n"
    "References\n\n"
    "¹ Slavík, O.; Horký, P.; Wackermannová, M. How does agonistic behaviour differ in albino and pigmented fish? "
    "PeerJ 2016, 4, e1937.\n\n"
    "² Radev, T. Em Custom Widgets in Android Studio Apress, 2022.\n")


def test_entries_numbered_with_raised_digits_are_a_numbered_list() -> None:
    report = check_document(Document(path="paper.txt", text=REVISTA_VIRTUAL_DE_QUIMICA))
    assert [r.label for r in report.references] == ["1", "2"]
    assert [f.code for f in report.findings] == []


def test_a_page_after_a_bracketed_number_without_a_comma_is_its_locator() -> None:
    # ČSN ISO 690 (Vodohospodářské technicko-ekonomické informace): "[14 s. 45]"
    report = check("A study\n\nWe return to this point later [2 s. 45].\n\n",
                   ["[1] LYNCH, S. Adding Additional Widget Sizes. B.m.: Apress, 2020.",
                    "[2] MEYER, D. P. The Widget Syndrome. Journal of Employment Counseling. 1974, 11, 101–106."])
    assert [(c.keys, c.locator) for c in report.citations] == [(["2"], "s. 45")]
    assert [f.code for f in report.findings] == ["uncited"]


def test_a_note_pointing_back_at_an_earlier_note_is_no_unparsed_entry() -> None:
    # Pisa University Press prints its notes as the list; OSCOLA's short form points back: "above n 5"
    entries = ["[1] S. Eraslan, Y. Yesilada and S. Harper, ‘Eye tracking scanpath analysis techniques on web pages: "
               "A survey, evaluation and comparison’ (2015), 9(1) Journal of Eye Movement Research.",
               "[2] Eraslan, Yesilada, and Harper, above n 1, 50."]
    report = check("A study\n\nSeveral groups reported comparable results.[1] We return to this point later.[2]\n\n",
                   entries)
    assert "unparsed-entry" not in [f.code for f in report.findings]


LE_TAPUSCRIT = [
    "Campos Cláudia Rejane Jacondino de, 2000, « Approaches to infer wind field from airborne Doppler radar data », "
    "*Ciência e Natura*, 2000, p. 107‑126.",
    "Flynt Cliff, 2003, « Widget tools », *Linux Journal*, 2003, vol. 3, p. 4.",
    "Shankar Varun et Wright Grady B., 2018, « Mesh-free semi-Lagrangian methods for transport on a sphere using "
    "radial basis functions », *Journal of Computational Physics*, 2018, vol. 366, p. 170‑190.",
]


def test_a_docx_paragraph_after_a_finished_entry_is_an_entry_however_it_opens() -> None:
    # Le Tapuscrit (author-date) in Word: family and given names without a comma, then the year
    text = "A study\nEarlier work (Campos 2000; Flynt 2003; Shankar et Wright 2018).\nReferences\n"
    report = check_document(Document(path="paper.docx", text=text + "\n".join(LE_TAPUSCRIT) + "\n", kind="docx"))
    assert len(report.references) == 3 and [f.code for f in report.findings] == []


HISTORY_AND_THEORY = (
    "A study\n\nThese findings agree with field observations.[1] Earlier work described this pattern in detail.[2] "
    "As shown previously,[3] the estimate depends on sample size. We return to this point later.[4]\n\n"
    "References\n\n"
    "[1] Charles Elton, “The Journal of Animal Ecology,” The Journal of Ecology (JSTOR, 1939), 27: 2, 535.\n\n"
    "[2] Valdinei Marcolla and Lais Perazzoli Serafini, “A Prova Brasil e sua influência na organização do "
    "currículo escolar,” Revista de Gestão e Avaliação Educacional (Universidade Federal de Santa Maria, 2021), "
    "10: 19, 45.\n\n"
    "[3] Gary G. Mittelbach and Brian J. McGill, “Evolutionary community ecology,” in Community Ecology (Oxford "
    "University Press, 2019), 307–333.\n\n"
    "[4] Valdinei Marcolla and Lais Perazzoli Serafini, “A Prova Brasil e sua influência na organização do "
    "currículo escolar,” Revista de Gestão e Avaliação Educacional (Universidade Federal de Santa Maria, 2021), "
    "10: 19, 45.\n")


def test_notes_printed_as_the_list_may_repeat_a_work() -> None:
    # History and Theory without a bibliography: "[1]" ... "[4]" are notes, each cited once, in order
    report = check_document(Document(path="paper.txt", text=HISTORY_AND_THEORY))
    assert [f.code for f in report.findings] == []


def test_a_numbered_list_cited_out_of_order_keeps_its_duplicate() -> None:
    text = HISTORY_AND_THEORY.replace("detail.[2]", "detail.[2, 3]")
    report = check_document(Document(path="paper.txt", text=text))
    assert "duplicate-entry" in [f.code for f in report.findings]


def test_word_footnotes_read_as_notes_may_repeat_a_work() -> None:
    # History and Theory in Word: no bibliography, the footnotes come after the body as "Notes"
    notes = HISTORY_AND_THEORY.split("References\n\n", 1)[1].replace("[1] ", "1. ").replace("[2] ", "2. ")
    notes = notes.replace("[3] ", "3. ").replace("[4] ", "4. ").replace("\n\n", "\n")
    text = "A study\nThese findings agree with field observations. Earlier work described it.\nReferences\n\nNotes\n\n"
    report = check_document(Document(path="paper.docx", text=text + notes, kind="docx"))
    assert "duplicate-entry" not in [f.code for f in report.findings]


def test_chinese_et_al_in_a_latin_citation_names_the_first_author() -> None:
    # GB/T 7714-2005 author-date: "(PÁNEK 等, 2017)"
    report = check("A study\n\nThese findings agree with field observations (PÁNEK 等, 2017).\n\n",
                   ["PÁNEK M, MAREŠ J, HADAŠ P. 2017. Dietary preferences of fish[J]. PeerJ, 5: e3210."])
    assert [f.code for f in report.findings] == []
    assert report.citations[0].et_al and report.citations[0].authors == ["PÁNEK"]


def test_german_et_al_after_an_entrys_names_ends_them() -> None:
    # Archiv für die civilistische Praxis: "Miao u. a., PLOS ONE, 10 (2015), e0127275 ff."
    report = check("A study\n\nAs shown (Miao u. a. 2015).\n\n", ["Miao u. a., PLOS ONE, 10 (2015), e0127275 ff."])
    ref = report.references[0]
    assert [n.family for n in ref.fields.authors] == ["Miao"] and ref.fields.et_al


def test_a_docx_entry_whose_year_follows_the_given_name_opens_a_paragraph() -> None:
    # Society for American Archaeology in Word: "Berman, Matthew 2024 Long-term effects ..."
    entries = ["Baser, Bahar, and Élise Féron 2021 Host state reactions to home state diaspora engagement policies. "
               "*Global Networks* 22(2):226–242.",
               "Berman, Matthew 2024 Long-term effects of group rights to fisheries. *PLOS ONE* 19(12):e0312682.",
               "Guedes, Paulo Cezar Camargo 2015 APLICAÇÃO DO SOFTWARE GEOGEBRA AO ENSINO DA GEOMETRIA ANALÍTICA. "
               "*Ciência e Natura* 37:365."]
    text = "A study\nEarlier work (Baser and Féron 2021; Berman 2024; Guedes 2015:50).\nReferences\n"
    report = check_document(Document(path="paper.docx", text=text + "\n".join(entries) + "\n", kind="docx"))
    assert len(report.references) == 3 and [f.code for f in report.findings] == []


def test_notes_without_a_bibliography_are_no_missing_reference_list() -> None:
    # The Chaucer Review in Word: the footnotes cite the works, no bibliography (Chicago allows it)
    text = ("A study\nAs shown previously, the estimate depends on sample size. We return to this point later.\n"
            "References\n\nNotes\n\n"
            "1. J B Gross and H Wilkens, “Albinism in Phylogenetically and Geographically Distinct Populations of "
            "Astyanax Cavefish Arises Through the Same Loss-of-Function Oca2 Allele,” *Heredity* 111 (2013): "
            "122–30, doi:10.1038/hdy.2013.26.\n"
            "2. Cláudia Rejane Jacondino de Campos, “Approaches to Infer Wind Field from Airborne Doppler Radar "
            "Data,” *Ciência e Natura*, 2000, 107–26.\n"
            "3. Gross and Wilkens, “Albinism in Phylogenetically and Geographically Distinct Populations,” 50.\n")
    report = check_document(Document(path="paper.docx", text=text, kind="docx"))
    assert [f.code for f in report.findings] == []
    assert [c.kind for c in report.citations] == ["note", "note", "note"]


HISTORIO_PLUS = (
    "A study\n\nEarlier work described this pattern in detail.[1] As shown previously,[2] the estimate depends on "
    "sample size. We return to this point later.[3]\n\nReferences\n\n"
    "Ana Margarida FORTES u. a., Transcriptional Modulation of Polyamine Metabolism in Fruit Species Under Abiotic "
    "and Biotic Stress, in: Frontiers in Plant Science 7 (2016), 114.\n\n"
    "Athanassios C. TSIKLIRAS / Konstantinos POLYMEROS, Fish market prices drive overfishing of the „big ones“, in: "
    "PeerJ 2 (2014), e638.\n\n"
    "[1] Ana Margarida FORTES u. a., Transcriptional Modulation of Polyamine Metabolism in Fruit Species Under "
    "Abiotic and Biotic Stress, in: Frontiers in Plant Science 7 (2016), 114.\n\n"
    "[2] Athanassios C. TSIKLIRAS / Konstantinos POLYMEROS, Fish market prices drive overfishing of the „big ones“, "
    "in: PeerJ 2 (2014), e638.\n\n"
    "[3] TSIKLIRAS/POLYMEROS, Fish market prices drive overfishing of the „big ones“, 50.\n")


def test_notes_after_a_list_of_given_first_names_with_et_al_or_middle_initials_are_notes() -> None:
    # Historio+: "Ana Margarida FORTES u. a., ...", "Athanassios C. TSIKLIRAS / Konstantinos POLYMEROS, ..."
    report = check_document(Document(path="paper.txt", text=HISTORIO_PLUS))
    assert report.style == "chicago-notes" and len(report.references) == 2
    assert [f.code for f in report.findings] == []


def test_arabic_script_commas_semicolons_and_and_separate_names_and_citations() -> None:
    # Iran Manual of Style: "(Lee و همکاران 2012؛ Reid و Singh 1994)", "Reid، Alastair، و Satnam Singh. 1994."
    report = check("A study\n\nAs shown previously (Lee و همکاران 2012؛ Reid و Singh 1994), it holds.\n\n",
                   ["Lee، Seung-Hwan، Ki-Hyun Kim، و Jan E. Szulejko. 2012. «A study of widgets.» Ecology 3: 4–5.",
                    "Reid، Alastair، و Satnam Singh. 1994. «Implementing Fudgets with Standard Widget Sets.» در "
                    "Workshops in Computing، 222–35. Springer London."])
    assert [f.code for f in report.findings] == []
    assert [c.authors for c in report.citations] == [["Lee"], ["Reid", "Singh"]]
