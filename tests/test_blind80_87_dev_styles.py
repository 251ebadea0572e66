"""Habits of the papers on the dev halves of blind sets 80-87 (fixtures/papers_blind80 ... papers_blind87:
papers citing in other languages, climate assessment chapters, reference lists in unusual layouts, literature and
religious studies, pandemic-era reports, data-science reports, linguistics, non-English clinical journals; written
by helpers who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def _check(text: str, path: str = "p.txt"):  # noqa: ANN202 - FileReport
    return check_document(Document(path=path, text=text))


def _codes(report) -> list[tuple[str, str]]:  # noqa: ANN001
    """(code, the citation's text or the entry's id) of each finding."""
    texts = {c.id: c.text for c in report.citations}
    return [(f.code, texts.get(f.citation) or f.reference or f.message.split('"')[1]) for f in report.findings]


_GERMAN_COLON_LIST = (
    "Das Gedächtnis der Orte (Nora 1990) und der Gruppen (Halbwachs 1967) prägt die Forschung (Assmann 1992; "
    "Assmann 1999). Für Ostmitteleuropa zeigt Hroch (1968) die Vorkämpfer, später vergleichend (Hroch 1996). "
    "Koselleck (1979) fragt nach der Zeit, Ricœur (2004) nach dem Vergessen, Rüsen (1994) nach dem Lernen.\n\n"
    "Literaturverzeichnis\n\n"
    "Assmann, Aleida: Erinnerungsräume. Formen und Wandlungen des kulturellen Gedächtnisses.\n"
    "München 1999.\n"
    "Assmann, Jan: Das kulturelle Gedächtnis. Schrift, Erinnerung und politische Identität in\n"
    "frühen Hochkulturen. München 1992.\n"
    "Halbwachs, Maurice: Das kollektive Gedächtnis. Stuttgart 1967.\n"
    "Hroch, Miroslav: Die Vorkämpfer der nationalen Bewegung bei den kleinen Völkern Europas.\n"
    "Eine vergleichende Analyse zur gesellschaftlichen Schichtung der patriotischen Gruppen.\n"
    "Praha 1968.\n"
    "Hroch, Miroslav: V národním zájmu. Požadavky a cíle evropských národních hnutí deva-\n"
    "tenáctého století ve srovnávací perspektivě [Im nationalen Interesse. Forderungen und\n"
    "Ziele der europäischen Nationalbewegungen des 19. Jahrhunderts in vergleichender Per-\n"
    "spektive]. Praha 1996.\n"
    "Koselleck, Reinhart: Vergangene Zukunft. Zur Semantik geschichtlicher Zeiten. Frankfurt\n"
    "am Main 1979.\n"
    "Nora, Pierre: Zwischen Geschichte und Gedächtnis. Berlin 1990.\n"
    "Ricœur, Paul: Gedächtnis, Geschichte, Vergessen. München 2004.\n"
    "Rüsen, Jörn: Historisches Lernen. Grundlagen und Paradigmen. Köln u. a. 1994.\n")


def test_a_german_list_whose_entries_open_with_name_and_colon_is_split_at_every_name() -> None:
    report = _check(_GERMAN_COLON_LIST)
    assert len(report.references) == 9
    assert report.findings == []


def test_hungarian_es_mtsai_is_et_al() -> None:
    text = ("A stressz és a halandóság összefügg (Kopp és mtsai., 2000), különösen a férfiaknál (Shkolnikov és "
            "mtsai., 2001).\n\nIrodalom\n\n"
            "Kopp, M. S., Skrabski, Á. és Szedmák, S. (2000). Psychosocial risk factors, inequality and self-rated "
            "morbidity in a changing society. Social Science & Medicine, 51(9), 1351–1361.\n"
            "Shkolnikov, V., McKee, M. és Leon, D. A. (2001). Changes in life expectancy in Russia in the mid-1990s. "
            "The Lancet, 357(9260), 917–921.\n")
    assert _check(text).findings == []


_LETTERED = (
    "O letramento digital (SOARES, 2002) exige novas práticas (ROJO, 2009), como mostra Castells (1999) e, antes "
    "dele, Freire (1996).\n\nREFERÊNCIAS\n\n"
    "a. CASTELLS, Manuel. A sociedade em rede. Tradução de Roneide Venancio Majer. São Paulo: Paz\n"
    "e Terra, 1999. (A era da informação: economia, sociedade e cultura, v. 1).\n\n"
    "b. FREIRE, Paulo. Pedagogia da autonomia: saberes necessários à prática educativa. São Paulo:\n"
    "Paz e Terra, 1996.\n\n"
    "c. ROJO, Roxane. Letramentos múltiplos, escola e inclusão social. São Paulo: Parábola, 2009.\n\n"
    "d. SOARES, Magda. Novas práticas de leitura e escrita: letramento na cibercultura. Educação &\n"
    "Sociedade, Campinas, v. 23, n. 81, p. 143-160, 2002.\n")


def test_a_word_processors_lettered_list_is_split_at_its_letters_and_the_letters_are_no_labels() -> None:
    report = _check(_LETTERED)
    assert [r.fields.authors[0].family.upper() for r in report.references] == ["CASTELLS", "FREIRE", "ROJO", "SOARES"]
    assert all(r.label is None for r in report.references)
    assert report.findings == []


_RUN_ON = (
    "Insurance is incomplete (Townsend 1994; Cochrane 1991), as household surveys show (Deaton 1997, chap. 1), and "
    "mobile money changes it (Jack and Suri 2014; Mbiti and Weil 2015, 264). Risk sharing works within networks "
    "(Fafchamps and Lund 2003; Mace 1991).\n\nReferences\n\n"
    "Cochrane, John H. 1991. \"A Simple Test of Consumption Insurance.\" Journal of Political Economy 99 (5): "
    "957–76. Deaton, Angus. 1997. The Analysis of Household Surveys. Baltimore: Johns Hopkins University Press.\n"
    "Fafchamps, Marcel, and Susan Lund. 2003. \"Risk-Sharing Networks in Rural Philippines.\"\n"
    "Journal of Development Economics 71 (2): 261–87.\n"
    "Jack, William, and Tavneet Suri. 2014. \"Risk Sharing and Transactions Costs: Evidence from\n"
    "Kenya's Mobile Money Revolution.\" American Economic Review 104 (1): 183–223.\n"
    "Mace, Barbara J. 1991. \"Full Insurance in the Presence of Aggregate Uncertainty.\" Journal of Political "
    "Economy 99 (5): 928–56. Mbiti, Isaac, and David N. Weil. 2015. \"Mobile Banking: The\n"
    "Impact of M-Pesa in Kenya.\" In African Successes, Volume III: Modernization and Development,\n"
    "edited by Sebastian Edwards, Simon Johnson, and David N. Weil, 247–93. Chicago: University of\n"
    "Chicago Press.\n"
    "Townsend, Robert M. 1994. \"Risk and Insurance in Village India.\" Econometrica 62 (3): 539–91.\n")


def test_two_entries_a_paste_ran_together_on_one_line_are_split_where_the_second_opens() -> None:
    report = _check(_RUN_ON)
    families = [r.fields.authors[0].family for r in report.references]
    assert families == ["Cochrane", "Deaton", "Fafchamps", "Jack", "Mace", "Mbiti", "Townsend"]
    deaton = report.references[1]
    assert (deaton.line, deaton.column) == (5, _RUN_ON.split("\n")[4].index("Deaton") + 1)
    assert report.findings == []


def test_an_acronym_spelled_out_right_before_its_bracket_with_a_year_is_no_missing_entry() -> None:
    text = ("Der Ausbau ist seit der Novelle des Erneuerbare-Energien-Gesetzes (EEG 2017) umkämpft (Bell et al. "
            "2005; Wolsink 2000).\n\nLiteratur\n\n"
            "Bell, Derek; Gray, Tim; Haggett, Claire (2005): The ‘social gap’ in wind farm siting decisions. In: "
            "Environmental Politics 14 (4), S. 460–477.\n"
            "Wolsink, Maarten (2000): Wind power and the NIMBY-myth. In: Renewable Energy 21 (1), S. 49–64.\n")
    assert _check(text).findings == []


def test_an_acronym_with_a_year_not_spelled_out_before_it_still_needs_an_entry() -> None:
    text = ("Der Ausbau ist seit der Novelle (EEG 2017) umkämpft (Bell et al. 2005; Wolsink 2000).\n\nLiteratur\n\n"
            "Bell, Derek; Gray, Tim; Haggett, Claire (2005): The ‘social gap’ in wind farm siting decisions. In: "
            "Environmental Politics 14 (4), S. 460–477.\n"
            "Wolsink, Maarten (2000): Wind power and the NIMBY-myth. In: Renewable Energy 21 (1), S. 49–64.\n")
    assert ("no-entry", "EEG 2017") in _codes(_check(text))


def test_the_next_pages_running_head_after_a_folio_inside_the_list_is_no_part_of_an_entry() -> None:
    text = ("Akzeptanz entsteht lokal (Kuckartz 2018; Kühne und Weber 2018; Mayring 2015; Radtke 2016; Walker und "
            "Devine-Wright 2008).\n\nLiteratur\n\n"
            "Kuckartz, Udo (2018): Qualitative Inhaltsanalyse. Methoden, Praxis,\n"
            "Computerunterstützung. 4. Aufl. Weinheim/Basel: Beltz Juventa.\n"
            "Kühne, Olaf; Weber, Florian (Hg.) (2018): Bausteine der Energiewende.\n"
            "Wiesbaden: Springer VS.\n\n"
            "                                                    123\n\n"
            "Raumforschung und Raumordnung 81 (3)             Kasper und Ebner\n"
            "Mayring, Philipp (2015): Qualitative Inhaltsanalyse. Grundlagen und\n"
            "Techniken. 12., überarb. Aufl. Weinheim/Basel: Beltz.\n"
            "Radtke, Jörg (2016): Bürgerenergie in Deutschland. Partizipation zwischen\n"
            "Gemeinwohl und Rendite. Wiesbaden: Springer VS.\n"
            "Walker, Gordon; Devine-Wright, Patrick (2008): Community renewable energy:\n"
            "What should it mean? In: Energy Policy 36 (2), S. 497–500.\n")
    report = _check(text)
    assert report.references[2].raw.startswith("Mayring, Philipp (2015)")
    assert report.findings == []


def test_a_pandoc_paper_whose_bibliography_file_is_missing_but_prints_its_list_is_checked_as_prose(tmp_path) -> None:
    from refcheck.app import CheckOptions, check_path

    paper = tmp_path / "card.md"
    paper.write_text(
        "---\ntitle: Model card\nbibliography: refs.bib\n---\n\n# Model\n\nWe fine-tune a transformer (Vaswani et al., "
        "2017) with the recipe of BERT [@devlin2019bert] and tokenize with SentencePiece (Kudo, 2018).\n\n"
        "## References\n\n"
        "Kudo, T. (2018). Subword regularization. In *Proceedings of ACL 2018* (pp. 66–75).\n\n"
        "Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N., Kaiser, Ł., & Polosukhin, I. "
        "(2017). Attention is all you need. In *Advances in Neural Information Processing Systems 30*.\n\n"
        "Wolf, T., Debut, L., & Sanh, V. (2020). Transformers: State-of-the-art natural language processing. In "
        "*Proceedings of EMNLP 2020: System Demonstrations* (pp. 38–45).\n", encoding="utf-8")
    report = check_path(str(paper), CheckOptions(use_config=False))
    assert report.error is None
    assert ("no-entry", "[@devlin2019bert]") in _codes(report)


def test_a_pandoc_key_whose_work_is_listed_is_only_unrendered() -> None:
    text = ("Tokenization follows SentencePiece [@kudo2018subword] and attention (Vaswani et al., 2017).\n\n"
            "References\n\nKudo, T. (2018). Subword regularization. In Proceedings of ACL 2018 (pp. 66–75).\n\n"
            "Vaswani, A., Shazeer, N., & Parmar, N. (2017). Attention is all you need. In Advances in Neural "
            "Information Processing Systems 30.\n")
    report = _check(text, "p.md")
    assert [(f.code, f.reference) for f in report.findings] == [("malformed-citation", "r1")]  # and r1 not uncited
    assert report.findings[0].message.startswith('"[@kudo2018subword]" is a citation key left unrendered')


def test_a_number_with_a_thousands_separator_in_parentheses_is_no_citation() -> None:
    text = ("Secondary consumers shift least (Thackeray et al. 2016); one survey covered all of the UK "
            "(10,003) series (Thackeray et al. 2010).\n\nLiterature Cited\n\n"
            "1. Thackeray SJ, Sparks TH, Frederiksen M, Burthe S, Bacon PJ, et al. 2010. Trophic level asynchrony in "
            "rates of phenological change. Glob. Change Biol. 16:3304–13\n"
            "2. Thackeray SJ, Henrys PA, Hemming D, Bell JR, Botham MS, et al. 2016. Phenological sensitivity to "
            "climate across taxa and trophic levels. Nature 535:241–45\n")
    report = _check(text)
    assert not any(c.text.startswith("10") for c in report.citations)
    assert report.findings == []


def test_two_named_authors_against_one_entry_of_four_in_another_year_is_a_missing_work() -> None:
    text = ("Timing mismatches reduce breeding (Both et al. 2006), as first suggested (Both & Visser 2001), and "
            "climate shifts phenology (Visser & Both 2005; Root et al. 2003).\n\nLiterature Cited\n\n"
            "1. Both C, Bouwhuis S, Lessells CM, Visser ME. 2006. Climate change and population declines in a "
            "long-distance migratory bird. Nature 441:81–83\n"
            "2. Root TL, Price JT, Hall KR, Schneider SH, Rosenzweig C, Pounds JA. 2003. Fingerprints of global "
            "warming on wild animals and plants. Nature 421:57–60\n"
            "3. Visser ME, Both C. 2005. Shifts in phenology due to global climate change: the need for a yardstick. "
            "Proc. R. Soc. B 272:2561–69\n")
    assert _codes(_check(text)) == [("no-entry", "Both & Visser 2001")]


def test_works_listed_by_year_under_their_authors_name_keep_their_years() -> None:
    text = ("The binding is read as trial (Alter 1981: 12; Alter 1996: 103) and as exile (Levenson 1993: 4; "
            "Levenson 2012: 66; Sarna 1987: 150).\n\nReferences\n\n"
            "Alter, Robert\n"
            "  1981     The Art of Biblical Narrative (New York: Basic Books).\n"
            "  1996     Genesis: Translation and Commentary (New York: W.W. Norton).\n"
            "Levenson, Jon D.\n"
            "  1993     The Death and Resurrection of the Beloved Son: The Transformation\n"
            "           of Child Sacrifice in Judaism and Christianity (New Haven: Yale\n"
            "           University Press).\n"
            "  2012     Inheriting Abraham: The Legacy of the Patriarch in Judaism,\n"
            "           Christianity, and Islam (Princeton: Princeton University Press).\n"
            "Sarna, Nahum M.\n"
            "  1989     Genesis (JPS Torah Commentary; Philadelphia: Jewish Publication\n"
            "           Society).\n")
    report = _check(text)
    assert [r.fields.year for r in report.references] == ["1981", "1996", "1993", "2012", "1989"]
    assert [f.code for f in report.findings] == ["year-mismatch"]


def test_an_mla_citation_of_act_scene_and_lines_reads_the_play_and_its_place() -> None:
    text = ("Claudius admits \"A brother's murder\" (Shakespeare, Hamlet 3.3.36-38), while Angelo finds his words "
            "empty (Shakespeare, Measure 2.4.2). Hieronimo takes vengeance for himself (Kyd 3.13.1).\n\n"
            "Works Cited\n\n"
            "Kyd, Thomas. The Spanish Tragedy. Edited by J. R. Mulryne, 2nd ed., A & C Black, 1989.\n"
            "Shakespeare, William. Hamlet. Edited by Ann Thompson and Neil Taylor, Arden Shakespeare, 2006.\n"
            "---. Measure for Measure. Edited by Barbara A. Mowat and Paul Werstine, Simon and Schuster, 2005.\n")
    report = _check(text)
    assert [(c.text, c.locator) for c in report.citations][:3] == [
        ("Shakespeare, Hamlet 3.3.36-38", "3.3.36-38"), ("Shakespeare, Measure 2.4.2", "2.4.2"),
        ("Kyd 3.13.1", "3.13.1")]
    assert report.findings == []


def test_a_report_footer_with_its_page_of_pages_pushed_right_is_no_entry() -> None:
    text = ("Schools reopened with testing (Davies et al., 2020; Viner et al., 2020).\n\nReferences\n\n"
            "Davies, N.G. et al. (2020) 'Age-dependent effects in the transmission and control of COVID-19 epidemics', "
            "Nature Medicine, 26(8), pp. 1205–1211.\n"
            "Viner, R.M. et al. (2020) 'School closure and management practices during coronavirus outbreaks', The "
            "Lancet Child & Adolescent Health, 4(5), pp. 397–404.\n\n"
            "Westbrook City Council | Rapid Evidence Summary No. 7 | v1.2                                Page 5 of 5\n")
    report = _check(text)
    assert len(report.references) == 2
    assert report.findings == []


def test_iso_690s_no_date_after_the_author_is_the_entrys_date_not_the_access_year() -> None:
    text = ("La surmortalité est suivie chaque semaine (EUROMOMO, s. d.) et par l'Insee (INSEE, 2020).\n\n"
            "Bibliographie\n\n"
            "EUROMOMO, s. d. *Graphs and maps* [en ligne]. [Consulté le 8 juillet 2020]. Disponible à l'adresse : "
            "https://www.euromomo.eu/graphs-and-maps\n\n"
            "INSEE, 2020. *Nombre de décès quotidiens* [en ligne]. Paris : Insee. [Consulté le 3 juillet 2020].\n")
    report = _check(text, "p.md")
    assert report.references[0].fields.year == "n.d."
    assert report.findings == []


_HAMLET_LIST = ("\n\nWorks Cited\n\n"
                "Eliot, T. S. \"Hamlet and His Problems.\" The Sacred Wood, Methuen, 1920, pp. 87-94.\n"
                "Greenblatt, Stephen. Hamlet in Purgatory. Princeton UP, 2001.\n"
                "Shakespeare, William. Hamlet. Edited by Ann Thompson and Neil Taylor, Arden Shakespeare, 2006.\n")


def test_an_mla_title_citation_means_the_entry_whose_whole_title_it_is() -> None:
    text = ("Eliot found the play a failure (Eliot 92); Greenblatt reads purgatory in it (Greenblatt 229). Words "
            "without thoughts never to heaven go (Hamlet 3.3.97-98)." + _HAMLET_LIST)
    report = _check(text)
    assert report.findings == []
    assert report.citations[-1].references == ["r3"]


def test_a_lone_capital_letter_with_a_year_is_no_ones_citation() -> None:
    text = ("Eliot found the play a failure (Eliot 92); Greenblatt reads purgatory in it (Greenblatt 229), "
            "though the First Folio (F, 1623) prints the scene otherwise (Shakespeare, Hamlet 3.3.73)." + _HAMLET_LIST)
    assert _check(text).findings == []


def test_an_aip_list_labels_each_entry_with_a_raised_number_glued_to_the_first_initial() -> None:
    text = ("Thermal barrier coatings protect the superalloy.¹˒² Rare-earth zirconates conduct less heat.³\n\n"
            "REFERENCES\n"
            "¹N. P. Padture, M. Gell, and E. H. Jordan, Science 296, 280 (2002).\n"
            "²D. R. Clarke and S. R. Phillpot, Mater. Today 8, 22 (2005).\n"
            "³D. R. Clarke and C. G. Levi, Annu. Rev. Mater. Res. 33, 383 (2003).\n")
    report = _check(text)
    assert [r.label for r in report.references] == ["1", "2", "3"]
    assert report.references[0].printed().startswith("¹N. P. Padture")  # the mark as printed, in JSON's raw
    assert report.findings == []


def test_a_raised_number_after_a_year_is_a_citation_not_an_exponent() -> None:
    text = ("La definizione attuale deriva dal World Workshop del 2017¹˒², con criteri condivisi.³\n\n"
            "Bibliografia\n\n"
            "1. Berglundh T, Armitage G, Araujo MG, et al. Peri-implant diseases and conditions. J Clin Periodontol. "
            "2018;45(Suppl 20):S286-91.\n"
            "2. Renvert S, Persson GR, Pirih FQ, Camargo PM. Peri-implant health, peri-implant mucositis, and "
            "peri-implantitis. J Clin Periodontol. 2018;45(Suppl 20):S278-85.\n"
            "3. Schwarz F, Derks J, Monje A, Wang HL. Peri-implantitis. J Clin Periodontol. "
            "2018;45(Suppl 20):S246-66.\n")
    assert _check(text).findings == []


_GLUED_PT = (
    "Ana Rita Moreira1\nTiago Manuel Lopes2,3\n\n"
    "A insuficiência cardíaca afeta 1-2% dos adultos norte-americanos1 e europeus2. A literacia foi medida "
    "com o Newest Vital Sign (NVS)3, e a adesão com a escala de Morisky4. Em 30%1,2 dos doentes a adesão é "
    "baixa, segundo a American Heart Association5.\n\n"
    "Referências bibliográficas\n\n"
    "1. Savarese G, Lund LH. Global public health burden of heart failure. Card Fail Rev. 2017;3(1):7-11.\n"
    "2. Ponikowski P, Voors AA, Anker SD, et al. 2016 ESC Guidelines for heart failure. Eur Heart J. "
    "2016;37(27):2129-200.\n"
    "3. Weiss BD, Mays MZ, Martz W, et al. Quick assessment of literacy in primary care: the newest vital sign. "
    "Ann Fam Med. 2005;3(6):514-22.\n"
    "4. Morisky DE, Green LW, Levine DM. Concurrent and predictive validity of a self-reported measure of "
    "medication adherence. Med Care. 1986;24(1):67-74.\n"
    "5. Yancy CW, Jessup M, Bozkurt B, et al. 2017 ACC/AHA/HFSA focused update. Circulation. "
    "2017;136(6):e137-61.\n")


def test_flattened_raised_numbers_glued_to_names_brackets_hyphenated_words_and_percentages_are_citations() -> None:
    report = _check(_GLUED_PT)
    assert sorted({k for c in report.citations for k in c.keys}, key=int) == ["1", "2", "3", "4", "5"]
    assert report.findings == []


def test_an_authors_affiliation_marks_are_no_citations() -> None:
    assert not any(c.line <= 2 for c in _check(_GLUED_PT).citations)


def test_another_year_of_an_author_cited_beside_the_listed_work_is_a_missing_work_not_a_wrong_year() -> None:
    text = ("Subject pronouns rise with contact (Otheguy & Zentella 2012; Poplack 1980, Poplack 1993).\n\n"
            "References\n\n"
            "Otheguy, Ricardo & Ana Celia Zentella. 2012. Spanish in New York: Language contact, dialectal "
            "leveling, and structural continuity. Oxford: Oxford University Press.\n"
            "Poplack, Shana. 1980. Sometimes I'll start a sentence in Spanish y termino en español: Toward a "
            "typology of code-switching. Linguistics 18(7–8). 581–618.\n")
    assert _codes(_check(text)) == [("no-entry", "Poplack 1993")]


def test_a_body_before_its_bracketed_year_is_the_entrys_author() -> None:
    text = ("Die Zustimmung ist hoch (Fachagentur Windenergie an Land 2021), vor Ort aber umstritten "
            "(Arnstein 1969).\n\nLiteratur\n\n"
            "Arnstein, Sherry R. (1969): A ladder of citizen participation. In: Journal of the American Institute of "
            "Planners 35 (4), S. 216–224.\n"
            "Fachagentur Windenergie an Land (2021): Umfrage zur Akzeptanz der Windenergie an Land – Herbst 2021. "
            "Berlin: FA Wind.\n")
    report = _check(text)
    entry = report.references[1]
    assert (entry.fields.authors[0].literal, entry.fields.title) == (
        "Fachagentur Windenergie an Land", "Umfrage zur Akzeptanz der Windenergie an Land – Herbst 2021")
    assert report.findings == []  # (the body named in the text is in use, so not uncited)


def test_a_bodys_name_broken_across_lines_before_its_year_keeps_its_entry_in_use() -> None:
    text = ("Die Zustimmung ist hoch (Fachagentur Windenergie\nan Land 2021), vor Ort aber umstritten "
            "(Arnstein 1969).\n\nLiteratur\n\n"
            "Arnstein, Sherry R. (1969): A ladder of citizen participation. In: Journal of the American Institute of "
            "Planners 35 (4), S. 216–224.\n"
            "Fachagentur Windenergie an Land (2021): Umfrage zur Akzeptanz der Windenergie an Land – Herbst 2021. "
            "Berlin: FA Wind.\n")
    assert _check(text).findings == []


def test_when_a_third_of_the_citations_match_no_entry_the_list_was_not_read_and_none_is_reported() -> None:
    entries = "\n".join(f"{i}. Author{chr(64 + i)} A. Title number {i}. J Test. 2001;{i}:1-2." for i in range(1, 4))
    body = " ".join(f"Finding {i} was shown [{i}]." for i in range(1, 10))
    report = _check(f"{body}\n\nReferences\n\n{entries}\n")
    assert [f.code for f in report.findings] == []  # six numbers past a list of three: the list is not whole


def test_a_few_citations_with_no_entry_are_still_reported() -> None:
    entries = "\n".join(f"{i}. Author{chr(64 + i)} A. Title number {i}. J Test. 2001;{i}:1-2." for i in range(1, 9))
    body = " ".join(f"Finding {i} was shown [{i}]." for i in range(1, 11))
    assert [f.code for f in _check(f"{body}\n\nReferences\n\n{entries}\n").findings] == ["no-entry", "no-entry"]


def test_a_names_and_bracketed_year_line_with_compact_initials_is_no_entry_of_its_own() -> None:
    text = ("Bats avoid lit hedgerows (Boughey et al. 2011; Downs & Racey 2006; Gaston et al. 2012, 2013; Azam et "
            "al. 2016).\n\nReferences\n"
            "Azam, C., Le Viol, I., Julien, J.-F., Bas, Y. & Kerbiriou, C. (2016)\n"
            "Disentangling the relative effect of light pollution, impervious surfaces and intensive\n"
            "agriculture on bat activity with a national-scale monitoring program.\n"
            "Landscape Ecology, 31, 2471–2483.\n"
            "Boughey, K.L., Lake, I.R., Haysom, K.A. & Dolman, P.M. (2011)\n"
            "Improving the biodiversity benefits of hedgerows: how physical characteristics and the\n"
            "proximity of foraging habitat affect the use of linear features by bats.\n"
            "Biological Conservation, 144, 1790–1798.\n"
            "Downs, N.C. & Racey, P.A. (2006) The use by bats of habitat features in mixed\n"
            "farmland in Scotland. Acta Chiropterologica, 8, 169–185.\n"
            "Gaston, K.J., Davies, T.W., Bennie, J. & Hopkins, J. (2012)\n"
            "Reducing the ecological consequences of night-time light pollution: options and\n"
            "developments. Journal of Applied Ecology, 49, 1256–1266.\n"
            "Gaston, K.J., Bennie, J., Davies, T.W. & Hopkins, J. (2013)\n"
            "The ecological impacts of nighttime light pollution: a mechanistic appraisal. Biological\n"
            "Reviews, 88, 912–927.\n")
    report = _check(text)
    assert len(report.references) == 5
    assert report.findings == []


def test_a_raised_number_flattened_onto_a_word_of_its_own_entry_keeps_the_entry_in_use() -> None:
    text = ("Se siguió la guía de la SEIMC3. La bacteriemia es frecuente en adultos1,2 y se asoció a mayor "
            "mortalidad1 y a estancias más largas2, como en otras series1. El estudio siguió los criterios STROBE4."
            "\n\nBibliografía\n\n"
            "1. Tong SYC, Davis JS, Eichenberger E, Holland TL, Fowler VG. Staphylococcus aureus infections. Clin "
            "Microbiol Rev. 2015;28:603-61.\n"
            "2. Tong SYC, Lye DC, Yahav D, et al. Effect of vancomycin or daptomycin with vs without "
            "an antistaphylococcal "
            "beta-lactam on mortality. JAMA. 2020;323:527-37.\n"
            "3. Gudiol F, Aguado JM, Almirante B, et al. Diagnosis and treatment of bacteremia and endocarditis due to "
            "Staphylococcus aureus. A clinical guideline from the Spanish Society of Clinical "
            "Microbiology and Infectious "
            "Diseases (SEIMC). Enferm Infecc Microbiol Clin. 2015;33:625.e1-625.e23.\n"
            "4. von Elm E, Altman DG, Egger M, et al. The Strengthening the Reporting of Observational Studies in "
            "Epidemiology (STROBE) statement. Lancet. 2007;370:1453-7.\n")
    report = _check(text)
    assert {k for c in report.citations for k in c.keys} == {"1", "2"}  # ("SEIMC3": which digits cite, unread)
    assert report.findings == []


def test_a_cases_court_and_year_is_no_author_date_citation() -> None:
    text = ("Courts have oscillated: Dodge v. Ford Motor Co., 170 N.W. 668 (Mich. 1919), is cited for primacy, and "
            "Revlon (Del. 1986) limited discretion (Bainbridge 2002; Macey 1991).\n\nReferences\n\n"
            "Bainbridge, Stephen M. 2002. Corporation Law and Economics. New York: Foundation Press.\n"
            "Macey, Jonathan R. 1991. \"An Economic Analysis of the Various Rationales for Making Shareholders the "
            "Exclusive Beneficiaries of Corporate Fiduciary Duties.\" Stetson Law Review 21: 23–44.\n")
    assert _check(text).findings == []


def test_an_apa_journals_article_history_after_the_list_is_no_entry() -> None:
    text = ("Feedback matters (Hattie & Timperley, 2007; Xu, 2008).\n\nReferences\n\n"
            "Hattie, J., & Timperley, H. (2007). The power of feedback. Review of Educational "
            "Research, 77(1), 81–112.\n"
            "Xu, J. (2008). Models of secondary school students' interest in homework: A multilevel analysis. American "
            "Educational Research Journal, 45(4), 1180–1205.\n\n"
            "Received July 4, 2022\nRevision received January 19, 2023\nAccepted February 2, 2023 ■\n")
    report = _check(text)
    assert len(report.references) == 2
    assert report.findings == []


def test_an_elsevier_foot_with_the_first_authors_initials_inside_the_list_is_no_entry() -> None:
    text = ("Daylight was simulated [1] and validated [2,3].\n\nReferences\n\n"
            "[1] G.J. Ward, The RADIANCE lighting simulation and rendering system, in: Proceedings "
            "of SIGGRAPH '94, ACM,\n"
            "    New York, 1994, pp. 459–472.\n"
            "[2] R. Perez, R. Seals, J. Michalsky, All-weather model for sky luminance distribution, "
            "Sol. Energy 50 (3)\n"
            "    (1993) 235–245.\n\n"
            "        I. Haugland et al.      Building and Environment 246 (2023) 110962\n"
            "                                                                        11\n\n"
            "[3] C.F. Reinhart, O. Walkenhorst, Validation of dynamic RADIANCE-based daylight "
            "simulations, Energy Build.\n"
            "    33 (7) (2001) 683–697.\n")
    report = _check(text)
    assert "Haugland" not in " ".join(r.raw for r in report.references)
    assert report.findings == []


def test_cairns_own_citation_under_its_heading_after_the_notes_is_no_citation() -> None:
    text = ("Le redoublement résiste aux données (Crahay, 2007).\n\nBibliographie\n\n"
            "Crahay, M. (2007). Peut-on lutter contre l'échec scolaire ? De Boeck.\n\n"
            "Pour citer cet article\nVasseur-Hamadi, C. et Béranger, L. (2021). Le redoublement en sixième a-t-il\n"
            "disparu ? Revue française de pédagogie, 212, 45-60.\n")
    assert _check(text).findings == []


def test_an_abnt_entry_by_a_body_whose_name_opens_with_one_letter_starts_its_own_entry() -> None:
    text = ("As análises foram feitas no R (R CORE TEAM, 2020) após correção (POWLSON et al., 2014; SÁ et al., "
            "2001; ELLERT; BETTANY, 1995).\n\nREFERÊNCIAS\n\n"
            "ELLERT, B.H.; BETTANY, J.R. Calculation of organic matter and nutrients stored in soils "
            "under contrasting\n"
            "management regimes. Canadian Journal of Soil Science, v.75, p.529-538, 1995.\n"
            "POWLSON, D.S.; STIRLING, C.M.; JAT, M.L. Limited\n"
            "potential of no-till agriculture for climate change mitigation. Nature Climate Change, "
            "v.4, p.678-683, 2014.\n"
            "DOI: 10.1038/nclimate2292.\n"
            "R CORE TEAM. R: a language and environment for statistical computing. Vienna: R "
            "Foundation for Statistical\n"
            "Computing, 2020. Available at: <https://www.R-project.org/>. Accessed on: Jan. 12 2023.\n"
            "SÁ, J.C. de M.; CERRI, C.C.; DICK, W.A. Organic matter dynamics and carbon "
            "sequestration rates for a tillage\n"
            "chronosequence in a Brazilian Oxisol. Soil Science Society of America Journal, v.65, p.1486-1499, 2001.\n")
    report = _check(text)
    assert len(report.references) == 4
    assert report.findings == []


def test_an_event_acronym_spelled_out_in_portuguese_before_its_bracket_is_unsure() -> None:
    text = ("Os dados vêm do Simpósio Brasileiro de Informática na Educação (SBIE 2023) e de estudos anteriores "
            "(TINTO, 1975; BEAN, 1980).\n\nReferências\n\n"
            "BEAN, J. P. Dropouts and turnover. Research in Higher Education, v. 12, n. 2, p. 155-187, 1980.\n"
            "TINTO, V. Dropout from higher education. Review of Educational Research, v. 45, n. 1, p. 89-125, 1975.\n")
    assert _check(text).findings == []


def test_rscs_notes_and_references_heading_opens_the_list() -> None:
    text = ("Students reason about particles (Bodner, 1986; Cohen, 1988).\n\nNotes and references\n\n"
            "Bodner G. M., (1986), Constructivism: a theory of knowledge, J. Chem. Educ., 63(10), 873–878.\n"
            "Cohen J., (1988), Statistical power analysis for the behavioral sciences, 2nd edn, Hillsdale, NJ: "
            "Lawrence Erlbaum Associates.\n")
    report = _check(text)
    assert len(report.references) == 2
    assert report.findings == []


def test_appendices_and_publisher_notes_after_the_list_are_no_entries() -> None:
    refs = ("References\n\nKabeer, N. (1999). Resources, agency, achievements. Development and Change, 30(3), "
            "435–464.\n"
            "Sen, A. (1999). Development as freedom. Oxford University Press.\n\n")
    body = "Empowerment is agency (Kabeer, 1999; Sen, 1999).\n\n"
    for tail in ("Annexure: Interview Schedule\nQ1. Age of respondent (in completed years): ____\n",
                 "Apêndice A - Roteiro de entrevista\nConte um pouco sobre a sua trajetória.\n",
                 "EK-1. Öğretmen Öz Yeterlik Ölçeği (TSES) Türkçe Formu\n",
                 "Disclaimer/Publisher's Note: The statements, opinions and data contained in all publications are "
                 "solely those of the individual author(s).\n",
                 "Nach Revision angenommen: 02.11.2020\n"):
        report = _check(body + refs + tail)
        assert (len(report.references), report.findings) == (2, []), tail


def test_an_rsc_web_copy_numbers_its_entries_with_bare_numbers_and_wraps_them_flush_left() -> None:
    entries = ["1 H. Furukawa, K. E. Cordova, M. O'Keeffe and O. M. Yaghi, Science, 2013, 341, 1230444.",
               "2 H. Li, M. Eddaoudi, M. O'Keeffe and O. M. Yaghi, Nature, 1999, 402, 276–279.",
               "3 K. Sumida, D. L. Rogow, J. A. Mason, T. M. McDonald, E. D. Bloch, Z. R. Herm, T.-H. Bae and",
               "J. R. Long, Chem. Rev., 2012, 112, 724–781.",
               "4 S. R. Caskey, A. G. Wong-Foy and A. J. Matzger, J. Am. Chem. Soc., 2008, 130, 10870–10871.",
               "5 D. Britt, H. Furukawa, B. Wang, T. G. Glover and O. M. Yaghi, Proc. Natl. Acad. Sci. U. S. A.,",
               "2009, 106, 20637–20640."]
    text = "MOFs capture CO2 (ref. 1-3), some strongly.4,5\n\nNotes and references\n" + "\n".join(entries) + "\n"
    report = _check(text)
    assert [r.label for r in report.references] == ["1", "2", "3", "4", "5"]
