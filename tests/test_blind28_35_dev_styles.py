"""Habits of the papers on the dev halves of blind sets 28-35 (fixtures/papers_blind28 ... papers_blind35: grey
literature, two-column PDF pastes, national standards, publisher web pages, student coursework, economics working
papers, computer science, humanities; written by helpers who never read refcheck's code)."""

from __future__ import annotations

from pathlib import Path

from refcheck.citations.note_runs import find_notes
from refcheck.document import Document
from refcheck.pipeline import check_document


def _check(text: str):  # noqa: ANN202 - FileReport
    return check_document(Document(path="p.txt", text=text))


def test_numbered_paragraphs_of_an_imf_paper_citing_in_author_date_parentheses_are_no_notes() -> None:
    text = ("I. INTRODUCTION\n\n"
            "1.      Numerical fiscal rules have spread rapidly: the number of countries with at least one rule rose\n"
            "from 7 in 1990 to 105 in 2021 (Davoodi and others, 2022). The case for rules rests on the time-\n"
            "inconsistency of discretionary policy (Kydland and Prescott, 1977) and on a deficit bias rooted in the\n"
            "budget process. Critics warn that rigid rules may force procyclical tightening when it is least\n"
            "affordable, which motivated the second-generation design with escape clauses.\n\n"
            "2.      Whether rules change the effect of fiscal policy on output is less studied. Blanchard and Leigh\n"
            "(2013) found that forecasters underestimated multipliers during the 2010–11 consolidations, and\n"
            "others showed that expansionary austerity largely disappears once fiscal shocks are identified from\n"
            "the narrative record. Multipliers also depend on the state of the economy and on openness of the\n"
            "economy and on the exchange-rate regime (Kydland and Prescott, 1977).\n\n"
            "3.      We take rule coverage from the IMF Fiscal Rules Dataset, first assembled by Schaechter and\n"
            "others and extended by Davoodi and others (2022). Fiscal aggregates come from the World Economic\n"
            "Outlook database and cyclically adjusted balances from the Fiscal Monitor of the same year, as the\n"
            "earlier classifications of rule types did (Blanchard and Leigh, 2013) for the advanced economies.\n\n"
            "References\n\n"
            "Blanchard, O., and D. Leigh, 2013, “Growth Forecast Errors and Fiscal Multipliers,” American Economic\n"
            "Review, Vol. 103, No. 3, pp. 117–20.\n\n"
            "Davoodi, H., P. Elger, A. Fotiou, and others, 2022, “Fiscal Rules and Fiscal Councils: Recent Trends\n"
            "and Performance during the COVID-19 Pandemic,” IMF Working Paper 22/11.\n\n"
            "Kydland, F., and E. Prescott, 1977, “Rules Rather than Discretion: The Inconsistency of Optimal Plans,”\n"
            "Journal of Political Economy, Vol. 85, No. 3, pp. 473–92.\n")
    assert find_notes(text) == []
    assert _check(text).findings == []


def test_a_table_annex_or_section_of_the_work_after_the_year_is_a_locator() -> None:
    text = ("Coverage comes from Davoodi and others (2022, Annex 1) and the Fiscal Monitor (IMF, 2023, table 4); "
            "compare Cahuc et al. (2021, sección 2).\n\nReferences\n\n"
            "Cahuc, P., F. Kramarz, and S. Nevoux, 2021, “The Heterogeneous Impact of Short-Time Work,” IZA DP 14.\n"
            "Davoodi, H., P. Elger, A. Fotiou, and others, 2022, “Fiscal Rules and Fiscal Councils,” IMF WP 22/11.\n"
            "International Monetary Fund (IMF), 2023, Fiscal Monitor: On the Path to Policy Normalization "
            "(Washington).\n")
    report = _check(text)
    assert report.findings == []


def test_cite_this_article_after_the_list_ends_it() -> None:
    text = ("Voters punish incumbents (Svolik, 2019).\n\nReferences\n\n"
            "Svolik MW (2019) Polarization versus democracy. Journal of Democracy 30(3), 20–32.\n\n"
            "Cite this article: Nowicka K, Ribeiro M and O'Dwyer H (2024) Competence Versus Constraint: Do Voters\n"
            "Forgive Executive Aggrandizement When the Economy Is Growing? British Journal of Political Science 54,\n"
            "812–829. https://doi.org/10.1017/S0007123423000456\n")
    report = _check(text)
    assert [r.raw[:6] for r in report.references] == ["Svolik"]
    assert report.findings == []


def test_a_surname_printed_in_capitals_with_a_ligature_is_the_same_name_in_lower_case() -> None:
    text = ("Evitamos el estimador de dos vías (De Chaisemartin y D'Haultfœuille, 2020).\n\nReferencias\n\n"
            "DE CHAISEMARTIN, C., y X. D'HAULTFŒUILLE (2020). «Two-Way Fixed Effects Estimators with "
            "Heterogeneous Treatment Effects», American Economic Review, 110(9), pp. 2964-2996.\n")
    assert _check(text).findings == []


def test_spanish_plural_veanse_before_a_citation_is_a_signal() -> None:
    text = ("Los efectos de peso muerto son conocidos (véanse Hijzen y Martin, 2013).\n\nReferencias\n\n"
            "HIJZEN, A., y S. MARTIN (2013). «The role of short-time work schemes during the global financial "
            "crisis», IZA Journal of Labor Policy, 2(1), pp. 1-31.\n")
    assert _check(text).findings == []


def test_german_ff_after_a_page_is_part_of_the_locator() -> None:
    text = ("Bauernschuster/Traxler (2021, S. 98 ff.) kommen zu dem Ergebnis, dass der Nutzen die Kosten "
            "übersteigt.\n\nLiteratur\n\n"
            "Bauernschuster, S./Traxler, C. (2021): Tempolimit 130 auf Autobahnen: Eine evidenzbasierte "
            "Abwägung. In: Perspektiven der Wirtschaftspolitik 22 (2), S. 86-111.\n")
    assert _check(text).findings == []


def test_a_french_body_named_in_sentence_case_after_its_adjective_is_cited_by_its_name() -> None:
    text = ("Le rythme doit tripler (Haut Conseil pour le climat, 2020).\n\nRéférences\n\n"
            "Haut Conseil pour le climat (2020). Rénover mieux : leçons d'Europe. Rapport annuel. Paris : HCC.\n")
    assert _check(text).findings == []


def test_a_bodys_acronym_written_as_a_word_in_brackets_after_its_name_is_how_the_text_cites_it() -> None:
    text = ("Des défauts sont relevés (Anah, 2023, p. 18).\n\nRéférences\n\n"
            "Agence nationale de l'habitat (Anah) (2023). Rapport d'activité 2022. Paris : Anah.\n")
    assert _check(text).findings == []


def test_a_bodys_acronym_printed_as_its_publisher_is_how_the_text_cites_it() -> None:
    text = ("Falls guidance was followed (NICE 2013).\n\nReference list\n\n"
            "NATIONAL INSTITUTE FOR HEALTH AND CARE EXCELLENCE, 2013. Falls in older people: assessing\n"
            "risk and prevention. Clinical guideline CG161 [online]. London: NICE. Available from:\n"
            "https://www.nice.org.uk/guidance/cg161 [Accessed 3 March 2023].\n")
    assert _check(text).findings == []


def test_a_statute_cited_with_its_section_needs_no_entry() -> None:
    text = ("Capacity is presumed (Mental Capacity Act 2005, s.2) unless shown otherwise (Benner, 1984).\n\n"
            "Reference list\n\n"
            "BENNER, P., 1984. From novice to expert. Menlo Park, CA: Addison-Wesley.\n")
    assert _check(text).findings == []


def test_an_official_gazettes_page_in_a_footnote_needs_no_entry() -> None:
    text = ("Die Richtgeschwindigkeit gilt seit 1978 (Umweltbundesamt 2020, S. 7).\n\n"
            "¹ Autobahn-Richtgeschwindigkeits-Verordnung vom 21. November 1978 (BGBl. I S. 1824).\n\nLiteratur\n\n"
            "Umweltbundesamt (2020): Klimaschutz durch Tempolimit. Wirkung eines generellen Tempolimits auf "
            "Bundesautobahnen auf die Treibhausgasemissionen. Dessau-Roßlau.\n")
    assert _check(text).findings == []


def test_underscores_before_a_bracketed_year_repeat_the_previous_entrys_author() -> None:
    text = ("La informalidad es alta (OIT, 2018) y la protección baja (OIT, 2021).\n\nBibliografía\n\n"
            "OIT (Organización Internacional del Trabajo) (2018), Mujeres y hombres en la economía\n"
            "  informal: un panorama estadístico, tercera edición, Ginebra.\n"
            "___ (2021), Informe Mundial sobre la Protección Social 2020-2022: la protección social en la\n"
            "  encrucijada, en busca de un futuro mejor, Ginebra.\n")
    assert _check(text).findings == []


def test_a_bodys_acronym_then_its_name_before_the_year_is_the_author() -> None:
    text = ("La pobreza bajó (CEPAL, 2022).\n\nBibliografía\n\n"
            "CEPAL (Comisión Económica para América Latina y el Caribe) (2022), Panorama Social de\n"
            "  América Latina, 2022 (LC/PUB.2022/15-P), Santiago.\n")
    report = _check(text)
    assert report.references[0].fields.authors[0].literal.startswith("CEPAL")
    assert report.findings == []


def test_a_name_with_its_acronym_in_brackets_is_a_body_not_a_person() -> None:
    text = ("Tempo 130 spart Emissionen (UBA 2020).\n\nLiteratur\n\n"
            "Umweltbundesamt (UBA) (2020): Klimaschutz durch Tempolimit. UBA-Texte. Dessau.\n")
    assert _check(text).references[0].fields.authors[0].literal == "Umweltbundesamt (UBA)"


def test_a_spaced_german_no_date_mark_is_the_entrys_date() -> None:
    text = ("Die Nachfrage steigt (Universität Münster, o. J.).\n\nLiteraturverzeichnis\n\n"
            "Universität Münster. (o. J.). Prokrastinationsambulanz. Zugriff am 03.05.2023 unter\n"
            "https://www.uni-muenster.de/Prokrastinationsambulanz/\n")
    report = _check(text)
    assert report.references[0].fields.year == "n.d."
    assert report.findings == []


def test_a_publisher_pages_biographies_related_articles_and_cookie_banner_end_the_list() -> None:
    text = ("Couriers are managed by apps (Wood et al., 2019).\n\nReferences\n\n"
            "Wood AJ, Graham M, Lehdonvirta V and Hjorth I (2019) Good gig, bad gig: Autonomy and algorithmic\n"
            "control in the global gig economy. Work, Employment and Society 33(1): 56–75.\n\n"
            "Biographies\n"
            "Daniel Ochoa-Fitzgerald is a Research Fellow at the University of Bristol, UK.\n\n"
            "Cited by (3)\n"
            "We use cookies that are necessary to make our site work. We may also use additional cookies to analyze.\n"
            "Cookie Settings  Accept all cookies\n")
    report = _check(text)
    assert [r.raw[:4] for r in report.references] == ["Wood"]
    assert report.findings == []


def test_german_von_before_a_cited_name_is_the_preposition_when_no_entry_has_the_particle() -> None:
    text = ("Das bestätigt die Eignung des Konzepts von Horn und Fleige (2003) für die Vorsorge.\n\nLiteratur\n\n"
            "Horn, R., H. Fleige, 2003: A method for assessing the impact of load on mechanical stability. "
            "Soil and Tillage Research 73, 89–99.\n")
    assert _check(text).findings == []


def test_another_languages_et_al_before_a_narrative_year_is_read_after_an_earlier_citation() -> None:
    text = ("Die Auswertung erfolgte in R (R Core Team 2023); Grundlagen finden sich bei Amelung u. a. "
            "(2018, S. 198–205).\n\nLiteratur\n\n"
            "Amelung, W., H.-P. Blume, H. Fleige, R. Horn, 2018: Lehrbuch der Bodenkunde. 17. Aufl., Berlin, "
            "Springer Spektrum.\n\n"
            "R Core Team, 2023: R: A language and environment for statistical computing. Wien, R Foundation.\n")
    assert _check(text).findings == []


def test_a_turkish_case_ending_after_the_apostrophe_is_not_part_of_the_name() -> None:
    text = ("Vakıflar faiz yasağını aşmıştır (Kuran 2011, 128). Kuran'ın bu yaklaşımı, Pamuk'un (2000) para "
            "tarihine dair bulgularıyla örtüşür; Çizakça'nın (1996) ortaklık verileri de aynı yöndedir.\n\n"
            "Kaynakça\n\n"
            "Çizakça, Murat. 1996. A Comparative Evolution of Business Partnerships. Leiden: Brill.\n"
            "Kuran, Timur. 2011. The Long Divergence. Princeton: Princeton University Press.\n"
            "Pamuk, Şevket. 2000. A Monetary History of the Ottoman Empire. Cambridge: Cambridge University "
            "Press.\n")
    assert _check(text).findings == []


def test_a_date_in_another_languages_month_is_no_citation_unless_listed() -> None:
    text = ("Erişim tarihi: (Aralık 2022). Veriler (Pamuk 2000) ile uyumludur.\n\nKaynakça\n\n"
            "Pamuk, Şevket. A Monetary History of the Ottoman Empire. Cambridge: Cambridge University Press, "
            "2000.\n")
    assert _check(text).findings == []


def test_an_abstract_in_a_second_language_after_the_list_ends_it() -> None:
    text = ("Οι τάφοι χρονολογούνται (Andronikos 1984).\n\nΒιβλιογραφία\n\n"
            "Andronikos, Manolis. 1984. Vergina: The Royal Tombs and the Ancient City. Athens: Ekdotike "
            "Athenon.\n\n"
            "Abstract\n"
            "The Chronology of the “Royal” Tombs at Aigai and the Identification of the\n"
            "Dead: A Reassessment\n")
    report = _check(text)
    assert [r.raw[:10] for r in report.references] == ["Andronikos"]
    assert report.findings == []


def test_the_second_work_of_a_note_wrapped_over_lines_is_read() -> None:
    text = ("The revisionists disagreed.¹ Others agreed.² Printing mattered.³\n\nNOTES\n\n"
            "1. Christopher Haigh, English Reformations: Religion, Politics, and Society under\n"
            "the Tudors (Oxford: Clarendon Press, 1993), 12–21; Eamon Duffy, The Stripping of\n"
            "the Altars: Traditional Religion in England (New Haven: Yale\n"
            "University Press, 1992), 4.\n"
            "2. Ibid., fol. 231v.\n"
            "3. Haigh, English Reformations, 56.\n\nBIBLIOGRAPHY\n\n"
            "Duffy, Eamon. The Stripping of the Altars: Traditional Religion in England. New Haven: Yale "
            "University Press, 1992.\n"
            "Haigh, Christopher. English Reformations: Religion, Politics, and Society under the Tudors. Oxford: "
            "Clarendon Press, 1993.\n")
    assert _check(text).findings == []


def test_a_treatises_book_part_and_section_after_a_reprint_year_is_a_locator() -> None:
    text = ("Causation is a habit of the mind (Hume, 1739–1740/2000, 1.3.14).\n\nReferences\n\n"
            "Hume, D. (2000). A treatise of human nature (D. F. Norton & M. J. Norton, Eds.). Oxford University "
            "Press. (Original work published 1739–1740)\n")
    assert _check(text).findings == []


def test_an_elided_article_before_a_name_in_a_note_is_no_misspelling() -> None:
    # a French art-history paper with footnotes: "12. Pseudo-Denys l'Aréopagite, La hiérarchie céleste, ..." and the
    # bibliography's "PSEUDO-DENYS L'ARÉOPAGITE, La hiérarchie céleste, ..."
    path = Path(__file__).parent.parent / "fixtures" / "papers_blind35" / "fr_notes_opcit_suger_vitrail.txt"
    report = check_document(Document(path=str(path), text=path.read_text(encoding="utf-8")))
    assert report.style == "chicago-notes"
    assert not [f for f in report.findings if f.code == "name-mismatch"]


def test_the_papers_title_in_capitals_as_a_running_head_inside_the_list_is_furniture() -> None:
    filler = "".join(f"La línea {k} del texto habla del calor y de los ingresos (1).\n" for k in range(20))
    head = "TEMPERATURAS EXTREMAS E INGRESOS HOSPITALARIOS URGENTES POR CAUSAS RENALES..."
    text = ("El calor aumenta los ingresos (1) y la mortalidad (2).\n\n" + head + "\n\n" + filler +
            "\nBibliografía\n\n"
            "1. Kovats RS, Hajat S. Heat stress and public health: a critical review. Annu Rev Public\n"
            "Health. 2008;29:41-55.\n\n"
            "Rev Esp Salud Pública. 2024; 98: 10 de junio e202406037                                    5\n\n"
            + head + "\n\n"
            "2. Basu R. High ambient temperature and mortality: a review of epidemiologic studies from\n"
            "2001 to 2008. Environ Health. 2009;8:40.\n")
    report = _check(text)
    assert [r.raw[:5] for r in report.references] == ["Kovat", "Basu "]
    assert report.findings == []


# --- blind sets 36-43, dev halves ---


def test_a_manuscripts_line_numbers_come_off_and_columns_still_point_into_the_file(tmp_path: Path) -> None:
    from refcheck.readers import read_document

    body = [f"Running speeds up visual responses in the mouse (Niell and Stryker, 2010) line {k}." for k in range(40)]
    refs = ["REFERENCES",
            "Niell, C.M., and Stryker, M.P. (2010). Modulation of visual responses by behavioral state in mouse",
            "visual cortex. Neuron 65, 472-479.",
            "Vinck, M., Batista-Brito, R., Knoblich, U., and Cardin, J.A. (2015). Arousal and locomotion make",
            "distinct contributions to cortical activity patterns. Neuron 86, 740-754."]
    lines = [*body, "", *refs]
    lines[5] += " Arousal matters too (Vinck et al., 2015)."
    path = tmp_path / "preprint.txt"
    path.write_text("".join(f"{n} {ln}\n" if ln else "\n" for n, ln in enumerate(lines, start=1)), encoding="utf-8")
    report = check_document(read_document(str(path)))
    assert [r.raw[:5] for r in report.references] == ["Niell", "Vinck"]
    assert report.findings == []
    assert (report.references[0].line, report.references[0].column) == (43, 4)  # after "43 " in the file


def test_lines_a_review_pdf_repeats_on_every_page_are_furniture_inside_the_list() -> None:
    page = ["Page {} of 31", "Ecology Letters", "For Review Only"]
    filler = [f"Competition was measured in plot {k} of the rainout experiment." for k in range(16)]
    text = "\n".join(["Ecology Letters", "Drought shifts coexistence (Tilman, 1982; Chesson, 2000).", *filler,
                      page[0].format(1), *page[1:], *filler, page[0].format(2), *page[1:], *filler,
                      "References",
                      "Chesson, P. (2000). Mechanisms of maintenance of species diversity. Annu. Rev. Ecol. Syst.,",
                      "31, 343–366.",
                      page[0].format(3), *page[1:],
                      "Tilman, D. (1982). Resource Competition and Community Structure. Princeton University Press,",
                      "Princeton, NJ."]) + "\n"
    report = _check(text)
    assert [r.raw[:7] for r in report.references] == ["Chesson", "Tilman,"]
    assert report.findings == []


def test_french_et_and_an_elided_que_before_a_narrative_name() -> None:
    text = ("Cette configuration illustre ce qu'Ost et van de Kerchove (2002) appellent le droit en réseau. Comme "
            "le rappellent Delpeuch, Dumoulin et de Galembert (2014, p. 112), le droit est une ressource.\n\n"
            "Bibliographie\n\n"
            "DELPEUCH T., DUMOULIN L. et DE GALEMBERT C., 2014, Sociologie du droit et de la justice, Paris, "
            "Armand Colin.\n"
            "OST F. et VAN DE KERCHOVE M., 2002, De la pyramide au réseau ? Pour une théorie dialectique du droit, "
            "Bruxelles, Publications des Facultés universitaires Saint-Louis.\n")
    assert _check(text).findings == []


def test_a_journals_received_accepted_and_action_editor_lines_end_the_list() -> None:
    text = ("Bystanders rarely intervene (Salmivalli, 2010).\n\nReferences\n\n"
            "Salmivalli, C. (2010). Bullying and the peer group: A review. Aggression and Violent Behavior, 15(2),\n"
            "    112–120.\n\n"
            "Date Received: March 3, 2015\nDate Accepted: January 11, 2016\nAction Editor: Amy L. Reschly\n")
    report = _check(text)
    assert [r.raw[:6] for r in report.references] == ["Salmiv"]
    assert report.findings == []


def test_italian_cfr_anche_before_a_citation_is_a_signal() -> None:
    # the work it cites is not in the list: the citation is read, so its missing entry is reported
    text = ("Orben e Przybylski (2019) le stimano come trascurabili (cfr. anche Przybylski & Weinstein, 2017).\n\n"
            "Bibliografia\n\n"
            "Orben, A., & Przybylski, A. K. (2019). The association between adolescent well-being and digital "
            "technology use. Nature Human Behaviour, 3(2), 173–182.\n")
    assert [(f.code, f.line) for f in _check(text).findings] == [("no-entry", 1)]


def test_a_parenthesised_range_far_past_the_list_is_a_span_of_values() -> None:
    cites = " ".join(f"Un hallazgo previo.({k})" for k in range(1, 17))
    entries = "".join(f"{k}. Autor{chr(64 + k)} A. Estudio número {k} sobre adherencia. Rev Cubana Med. 20{k:02d};"
                      f"{k}(1):1-9.\n" for k in range(1, 17))
    text = (f"{cites} La adherencia se clasificó como parcial (18-37) y no adherencia (0-17).\n\n"
            f"Referencias bibliográficas\n\n{entries}")
    report = _check(text)
    assert len(report.references) == 16
    assert report.findings == []


def test_superscripts_flattened_after_accented_words_are_citations() -> None:
    text = ("La obesidad infantil aumentó en el país1. Este fenómeno2,3 se atribuye al entorno4 y a la transición "
            "nutricional5.\n\nReferencias\n\n"
            "1. Reyes M, Garmendia ML, Olivares S. Development of the Chilean front-of-package labeling. "
            "J Public Health Policy. 2019;40:258-69.\n"
            "2. Popkin BM, Adair LS, Ng SW. Global nutrition transition. Nutr Rev. 2012;70:3-21.\n"
            "3. Albala C, Vio F, Kain J, Uauy R. Nutrition transition in Chile. Public Health Nutr. 2002;5:123-8.\n"
            "4. Swinburn BA, Sacks G, Hall KD. The global obesity pandemic. Lancet. 2011;378:804-14.\n"
            "5. Popkin BM. The nutrition transition. Public Health Nutr. 2002;5:93-103.\n")
    assert [c.keys for c in _check(text).citations] == [["1"], ["2"], ["3"], ["4"], ["5"]]


def test_an_acs_web_pages_list_count_and_minus_sign_ranges() -> None:
    text = ("Platinum remains the benchmark catalyst. (1−3) Alloys were studied, (2) and so were oxides. (3) Models "
            "followed earlier work. (1)\n\n## References\n\n"
            "This article references 3 other publications.\n\n"
            "1. 1\n   Nørskov, J. K.; Rossmeisl, J. Origin of the Overpotential for Oxygen Reduction. "
            "J. Phys. Chem. B 2004, 108, 17886– 17892\n\n"
            "2. 2\n   Gasteiger, H. A.; Kocha, S. S. Activity Benchmarks for Oxygen Reduction Catalysts. "
            "Appl. Catal., B "
            "2005, 56, 9– 35\n\n"
            "3. 3\n   Debe, M. K. Electrocatalyst Approaches for Automotive Fuel Cells. Nature 2012, 486, 43– 51\n")
    report = _check(text)
    assert len(report.references) == 3
    assert report.findings == []


def test_a_chemistry_lists_first_number_grouping_parts_a_and_b_opens_the_headless_list() -> None:
    body = "".join(f"Photoredox catalysis is widely used[{k}] in synthesis line {k}.\n" for k in range(1, 5))
    text = (body + "\nKeywords: iridium · photoredox catalysis\n\n"
            "[1] a) C. K. Prier, D. A. Rankic, D. W. C. MacMillan, Chem. Rev. 2013, 113, 5322–5363; b) M. H.\n"
            "    Shaw, J. Twilton, D. W. C. MacMillan, J. Org. Chem. 2016, 81, 6898–6926.\n"
            "[2] A. Juris, V. Balzani, F. Barigelletti, Coord. Chem. Rev. 1988, 84, 85–277.\n"
            "[3] K. Kalyanasundaram, Coord. Chem. Rev. 1982, 46, 159–244.\n"
            "[4] J. V. Caspar, T. J. Meyer, J. Am. Chem. Soc. 1983, 105, 5583–5590.\n")
    report = _check(text)
    assert [r.label for r in report.references] == ["1", "2", "3", "4"]
    assert report.findings == []


def test_a_research_group_closing_the_authors_before_the_year_is_an_author() -> None:
    text = ("Dung beetles bury seeds (Nichols et al. 2008).\n\nReferencias\n\n"
            "Nichols, E., Spector, S., Louzada, J., Larsen, T., Amezquita, S., Favila, M.E., The Scarabaeinae "
            "Research\n  Network 2008. Ecological functions and ecosystem services provided by Scarabaeinae dung "
            "beetles. Biological\n  Conservation 141(6): 1461-1474.\n")
    report = _check(text)
    assert report.references[0].fields.year == "2008"
    assert report.findings == []


def test_a_range_of_months_in_another_language_is_a_date() -> None:
    text = ("Ecosistemas 33(1): 2611 [Enero-Abril 2024]\n\nLos escarabajos entierran semillas (Nichols 2008).\n\n"
            "Referencias\n\nNichols, E. 2008. Ecological functions of dung beetles. Biological Conservation 141: "
            "1461-1474.\n")
    assert _check(text).findings == []


def test_the_papers_own_citation_line_in_its_front_matter_cites_nothing() -> None:
    text = ("Citation: Puig-Serra M, Castell J, Bourrel H (2024) A new subterranean Trechus from the Aran Valley.\n"
            "ZooKeys 1187: 45–63.\n\nTrechus was revised by Jeannel (1927).\n\nReferences\n\n"
            "Jeannel R (1927) Monographie des Trechinae. L'Abeille 33: 1–592.\n")
    assert _check(text).findings == []


def test_a_body_cited_by_its_acronym_across_a_line_break() -> None:
    text = ("Screening is low (Ministry of Health [MOH], 2012). VIA is cheap (MOH,\n2012).\n\nReferences\n\n"
            "Ministry of Health. (2012). National guidelines for prevention and management of cervical cancer. "
            "Nairobi: Government of Kenya.\n")
    assert _check(text).findings == []


def test_a_manuscripts_table_after_the_list_ends_it() -> None:
    text = ("Depletion effects were small (Hagger et al., 2016).\n\nReferences\n\n"
            "Hagger, M. S., Chatzisarantis, N. L. D., Alberts, H., et al. (2016). A multilab preregistered "
            "replication of the ego-depletion effect. Perspectives on Psychological Science, 11(4), 546–573.\n\n"
            "Table 3\nEquivalence Tests and Bayes Factors by Site (N = 318)\n")
    report = _check(text)
    assert len(report.references) == 1
    assert report.findings == []


def test_a_bluebook_supra_note_cites_the_work_of_that_note() -> None:
    path = Path(__file__).parent.parent / "fixtures" / "papers_blind36" / "bluebook_fn_tenant_screening.txt"
    report = check_document(Document(path=str(path), text=path.read_text(encoding="utf-8")))
    # "⁵ Consumer Fin. Prot. Bureau, supra note 1, at 31."
    assert not [f for f in report.findings if f.code == "no-entry"]


def test_a_stripped_margin_maps_positions_both_ways_and_a_line_start_stays_its_line() -> None:
    doc = Document(path="p.txt", text="REFERENCES\nBoyden, E.S. (2005).", margins=[3, 3])
    assert doc.position(doc.text.index("Boyden")) == (2, 4)  # "65 Boyden" in the file
    assert doc.offset(2, 4) == doc.text.index("Boyden")
    assert doc.offset(2) == doc.text.index("Boyden")  # column 1 is inside the margin: the line's first character


def test_a_copy_whose_title_ran_into_its_imprint_is_a_duplicate_and_spanish_received_lines_end_the_list() -> None:
    text = ("Unos lo ven como estrategia de supervivencia (Lomnitz, 1975).\n\nBibliografía\n\n"
            "Adler de Lomnitz, Larissa (1975), Cómo sobreviven los marginados, México, Siglo XXI Editores.\n"
            "Lomnitz, Larissa A. de (1975), Cómo sobreviven los marginados, México, Siglo XXI.\n\n"
            "Recibido: 3 de marzo de 2020\nAceptado: 14 de septiembre de 2020\n")
    report = _check(text)
    assert len(report.references) == 2
    assert [f.code for f in report.findings] == ["duplicate-entry"]


# --- blind sets 44-51, dev halves ---


def test_a_polish_name_declined_with_its_given_name_is_the_entrys_author() -> None:
    text = ("Według Roberta Putnama (1995) kapitał społeczny maleje. Jest to zgodne z tezą Batorskiego (2015).\n\n"
            "Bibliografia\n\n"
            "BATORSKI, Dominik. 2015. Technologie i media w domach i w życiu Polaków. Contemporary Economics, "
            "9(4), s. 367–389.\n"
            "PUTNAM, Robert D. 1995. Bowling Alone: America's Declining Social Capital. Journal of Democracy, "
            "6(1), s. 65–78.\n")
    assert _check(text).findings == []


def test_chinese_he_joins_two_authors_and_a_name_glued_to_the_sentence_is_its_tail() -> None:
    text = ("产业集群研究受到重视。Wasserman和Faust（1994）提出网络分析方法，而朱晟君等（2018）讨论了价值链。\n\n"
            "参考文献\n\n"
            "朱晟君, 金文纨, 胡晓辉, 2018. 多尺度视角下的产业价值链与空间升级研究框架与展望[J]. 地理科学进展, 37(8): "
            "1094-1105.\n"
            "WASSERMAN S, FAUST K, 1994. Social network analysis: methods and applications[M]. Cambridge: Cambridge "
            "University Press.\n")
    assert _check(text).findings == []


def test_a_name_hyphenated_across_a_line_inside_a_citation_is_one_word() -> None:
    text = ("Relief is limited by erosion (Burbank et al., 1996; Mont-\ngomery and Brandon, 2002).\n\n"
            "REFERENCES CITED\n\n"
            "Burbank, D.W., et al., 1996, Bedrock incision, rock uplift and threshold hillslopes: Nature, v. 379, "
            "p. 505–510.\n"
            "Montgomery, D.R., and Brandon, M.T., 2002, Topographic controls on erosion rates in tectonically active "
            "mountain ranges: Earth and Planetary Science Letters, v. 201, p. 481–489.\n\n"
            "Manuscript received 12 October 2022\nRevised manuscript received 3 February 2023\nPrinted in USA\n")
    report = _check(text)
    assert [c.authors[0] for c in report.citations] == ["Burbank", "Montgomery"]
    assert len(report.references) == 2
    assert report.findings == []


def test_a_rule_drawn_across_the_page_inside_the_list_is_furniture() -> None:
    text = ("Fronting is spreading (Kerswill and Williams, 2000; Cheshire et al., 2011).\n\nReferences\n\n"
            "Cheshire, Jenny, Paul Kerswill, Sue Fox and Eivind Torgersen. 2011. Contact, the feature pool and the "
            "speech community. Journal of Sociolinguistics 15(2). 151–196.\n"
            + "─" * 60 + "\n"
            "Kerswill, Paul and Ann Williams. 2000. Creating a new town koine. Language in Society 29(1). 65–115.\n")
    report = _check(text)
    assert len(report.references) == 2 and not any("─" in r.raw for r in report.references)
    assert report.findings == []


def test_a_french_law_memoirs_numbered_groups_art_prec_and_eu_cases() -> None:
    # "I. Ouvrages et manuels" heads a group, "É. Dubout, art. préc., p. 301" repeats an article, "CJUE, gde ch.,
    # 26 févr. 2013, Melloni, aff. C-399/11" is a case the bibliography need not list
    path = Path(__file__).parent.parent / "fixtures" / "papers_blind49" / "fr_memoire_fn_melloni_primaute.txt"
    report = check_document(Document(path=str(path), text=path.read_text(encoding="utf-8")))
    assert not [r for r in report.references if r.raw.startswith(("I.", "II"))]
    assert not [f for f in report.findings if f.code == "no-entry"]
