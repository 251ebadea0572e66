"""Habits of the papers on the dev halves of blind sets 52-57 (fixtures/papers_blind52 ... papers_blind57: clinical
medicine, engineering, humanities and arts, Nordic, Dutch, German and Italian social science, environmental reports,
pandoc and Quarto exports; written by helpers who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def _check(text: str):  # noqa: ANN202 - FileReport
    return check_document(Document(path="p.txt", text=text))


def test_a_group_authors_abbreviation_of_two_words_defined_across_a_line_break_cites_its_other_works() -> None:
    text = ("Cover crops are planted on about 5% of cropland (U.S. Department of Agriculture, National Agricultural\n"
            "Statistics Service [USDA\nNASS], 2019). County averages came from Quick Stats (USDA NASS, 2022). Soil "
            "carbon rose (Poeplau & Don, 2015).\n\n"
            "References\n\n"
            "Poeplau, C., & Don, A. (2015). Carbon sequestration in agricultural soils via cultivation of cover crops. "
            "Agriculture, Ecosystems & Environment, 200, 33–41.\n\n"
            "U.S. Department of Agriculture, National Agricultural Statistics Service. (2019). 2017 Census of "
            "agriculture. USDA.\n\n"
            "U.S. Department of Agriculture, National Agricultural Statistics Service. (2022). Quick Stats "
            "[Data set]. USDA.\n")
    assert _check(text).findings == []


def test_an_abbreviation_defined_by_a_citation_fitting_two_works_fits_both_later() -> None:
    text = ("El acuífero está sobreexplotado (Comisión Nacional del Agua [CONAGUA], 2020). La disponibilidad se "
            "publicó en el DOF (CONAGUA, 2020).\n\n"
            "Referencias\n\n"
            "Comisión Nacional del Agua. (2020). Actualización de la disponibilidad media anual de agua en el "
            "acuífero Valle de Celaya. Diario Oficial de la Federación.\n\n"
            "Comisión Nacional del Agua. (2020). Estadísticas agrícolas de los distritos de riego. Año agrícola "
            "2018-2019. SEMARNAT.\n")
    assert [f.code for f in _check(text).findings] == ["ambiguous", "ambiguous"]


def _read_md(tmp_path, text: str):  # noqa: ANN001, ANN202 - Path, FileReport
    from refcheck.app import CheckOptions, check_path

    p = tmp_path / "notebook.md"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p), CheckOptions(use_config=False))


_QUARTO_HEAD = ("---\ntitle: Finding mislabelled plankton images\nbibliography: notebook.bib\ncsl: ieee.csl\n"
                "format: markdown\n---\n\n")
_QUARTO_LIST = (
    "## References\n\n"
    "::: {#refs .references .csl-bib-body entry-spacing=\"0\"}\n"
    "::: {#ref-sosik2007 .csl-entry}\n"
    "[\\[1\\] ]{.csl-left-margin}[H. M. Sosik and R. J. Olson, \"Automated taxonomic classification of\n"
    "phytoplankton,\" *Limnol. Oceanogr. Methods*, vol. 5, pp. 204--216, 2007.]{.csl-right-inline}\n"
    ":::\n\n"
    "::: {#ref-deng2009 .csl-entry}\n"
    "[\\[2\\] ]{.csl-left-margin}[J. Deng, W. Dong, R. Socher, L.-J. Li, K. Li, and L. Fei-Fei, \"ImageNet: A\n"
    "large-scale hierarchical image database,\" in *Proc. CVPR*, 2009, pp. 248--255.]{.csl-right-inline}\n"
    ":::\n\n"
    "::: {#ref-he2016 .csl-entry}\n"
    "[\\[3\\] ]{.csl-left-margin}[K. He, X. Zhang, S. Ren, and J. Sun, \"Deep residual learning for image\n"
    "recognition,\" in *Proc. CVPR*, 2016, pp. 770--778.]{.csl-right-inline}\n"
    ":::\n"
    ":::\n")


def test_a_rendered_quarto_notebook_is_checked_as_prose_though_its_bib_file_stayed_behind(tmp_path) -> None:  # noqa: ANN001
    text = (_QUARTO_HEAD + "Classifiers have been used on such data for two decades \\[1\\]. Transfer learning from "
            "ImageNet \\[2\\] with residual networks \\[3\\] now reaches high accuracy.\n\n" + _QUARTO_LIST)
    report = _read_md(tmp_path, text)
    assert report.error is None
    assert len(report.references) == 3 and report.findings == []


def test_a_notebooks_code_and_its_printed_data_are_no_citations(tmp_path) -> None:  # noqa: ANN001
    text = ("Classifiers have been used on such data for two decades \\[1\\], with ImageNet \\[2\\] and "
            "residual networks \\[3\\].\n\n"
            "``` python\nx = counts[4]\ndf[\"label\"].value_counts().head(3).tolist()\n```\n\n"
            "    [9114, 6402, 5873]\n\n"
            "## References\n\n"
            "[1] H. M. Sosik and R. J. Olson, \"Automated taxonomic classification of phytoplankton,\" *Limnol. "
            "Oceanogr. Methods*, vol. 5, pp. 204–216, 2007.\n\n"
            "[2] J. Deng, W. Dong, R. Socher, L.-J. Li, K. Li, and L. Fei-Fei, \"ImageNet: A large-scale hierarchical "
            "image database,\" in *Proc. CVPR*, 2009, pp. 248–255.\n\n"
            "[3] K. He, X. Zhang, S. Ren, and J. Sun, \"Deep residual learning for image recognition,\" in *Proc. "
            "CVPR*, 2016, pp. 770–778.\n")
    assert _read_md(tmp_path, text).findings == []


def test_the_raw_html_of_a_github_document_list_is_no_part_of_its_entries(tmp_path) -> None:  # noqa: ANN001
    text = ("Notebooks often fail to re-run \\[1\\], and tools for provenance exist \\[2\\].\n\n"
            "## References\n\n"
            "<div id=\"refs\" class=\"references csl-bib-body\">\n\n"
            "<div id=\"ref-pimentel2019\" class=\"csl-entry\">\n\n"
            "<span class=\"csl-left-margin\">\\[1\\] </span><span class=\"csl-right-inline\">João Felipe Pimentel, "
            "Leonardo Murta, Vanessa Braganholo, and Juliana Freire. 2019. A large-scale study about quality and "
            "reproducibility of Jupyter notebooks. In *Proceedings of MSR 2019*, 507–517.</span>\n\n"
            "</div>\n\n"
            "<div id=\"ref-rule2018\" class=\"csl-entry\">\n\n"
            "<span class=\"csl-left-margin\">\\[2\\] </span><span class=\"csl-right-inline\">Adam Rule, Aurélien "
            "Tabard, and James D. Hollan. 2018. Exploration and explanation in computational notebooks. In "
            "*Proceedings of CHI 2018*, 1–12.</span>\n\n"
            "</div>\n\n</div>\n")
    report = _read_md(tmp_path, text)
    assert [r.raw[:11] for r in report.references] == ["João Felipe", "Adam Rule, "]
    assert report.findings == []


_LIST_THEN = ("Loneliness rises with age (Luhmann & Hawkley, 2016) and with poor health (Weiss, 1973).\n\n"
              "Literatur\n\n"
              "Luhmann, M., & Hawkley, L. C. (2016). Age differences in loneliness from late adolescence to "
              "oldest old age. Developmental Psychology, 52(6), 943–959.\n\n"
              "Weiss, R. S. (1973). Loneliness: The experience of emotional and social isolation. Cambridge, MA: "
              "MIT Press.\n\n")


def test_a_correspondence_address_after_the_list_ends_it() -> None:
    text = _LIST_THEN + "---\n\n*Korrespondenzadresse:* Dr. Miriam Albrecht, Institut für Psychologie, Kassel\n"
    assert _check(text).findings == []


def test_an_authors_heading_after_the_list_ends_it() -> None:
    text = _LIST_THEN + "Autoren\nJonas Reimers, M.Sc. (Korrespondenzautor), Institut für Massivbau, 2024\n"
    assert _check(text).findings == []


def test_an_appendix_with_a_long_title_after_the_list_ends_it() -> None:
    text = _LIST_THEN + "Appendix B – Member workshop, 14 February 2023 (summary of comments)\n"
    assert _check(text).findings == []


def test_a_running_head_with_its_page_of_pages_is_page_furniture() -> None:
    text = _LIST_THEN.replace("Weiss, R. S.", "WHITCOMBE ET AL." + " " * 60 + "11 of 12\n\nWeiss, R. S.")
    assert _check(text).findings == []


def test_footnotes_numbered_after_an_unnumbered_list_are_no_entries() -> None:
    text = ("Day rates fell after 1790 (Clark 2007; Allen 2009; Humphries and Weisdorf 2015).\n\n"
            "References\n\n"
            "Allen, Robert C. 2009. The British Industrial Revolution in Global Perspective. Cambridge: Cambridge\n"
            "University Press.\n\n"
            "Clark, Gregory. 2007. A Farewell to Alms. Princeton: Princeton University Press.\n\n"
            "Humphries, Jane, and Jacob Weisdorf. 2015. “The Wages of Women in England, 1260–1850.” Journal of\n"
            "Economic History 75 (2): 405–47.\n\n"
            "Vries, Jan de. 2008. The Industrious Revolution. Cambridge: Cambridge University Press.\n\n"
            "Wrigley, E. A., and R. S. Schofield. 1981. The Population History of England, 1541–1871. London:\n"
            "Edward Arnold.\n\n"
            "[1] I thank the archivists at Lancashire Archives, Preston, and two\nanonymous referees.\n\n"
            "* Centre for Economic History, University of Northmoor. Email:\ne.maclachlan@northmoor.ac.uk.\n")
    report = _check(text)
    assert len(report.references) == 5
    assert [f.code for f in report.findings] == ["uncited", "uncited"]  # de Vries, Wrigley and Schofield


def test_a_nordic_genitive_on_the_last_cited_name_is_no_misspelling() -> None:
    text = ("Intervjuene ble analysert med Braun og Clarkes (2006) tematiske analyse, slik Molander (2016) "
            "anbefaler.\n\n"
            "Litteratur\n\n"
            "Braun, V., & Clarke, V. (2006). Using thematic analysis in psychology. Qualitative Research in "
            "Psychology, 3(2), 77–101.\n\n"
            "Molander, A. (2016). Discretion in the welfare state: Social rights and professional judgment. "
            "Routledge.\n")
    assert _check(text).findings == []


def test_a_body_named_with_a_suspended_compound_is_one_organisation() -> None:
    text = ("Ungdomsgarantien ble styrket i 2021 (Arbeids- og\nvelferdsdirektoratet [NAV], 2022), og NAV (2022) "
            "peker på at flere unge fikk tilbud.\n\n"
            "Referanser\n\n"
            "Arbeids- og velferdsdirektoratet. (2022). Unge mottakere av arbeidsavklaringspenger (NAV-rapport "
            "2022:3). NAV.\n\n"
            "Molander, A. (2016). Discretion in the welfare state. Routledge.\n")
    report = _check(text)
    assert report.references[0].fields.authors[0].literal == "Arbeids- og velferdsdirektoratet"
    assert [f.code for f in report.findings] == ["uncited"]  # Molander only


def test_an_edition_ending_a_line_ends_its_entry() -> None:
    text = ("Il modello familista (Saraceno e Naldini 2013; Trifiletti 1999; Ferrera 1996; Reyneri 2011).\n\n"
            "Riferimenti bibliografici\n\n"
            "Ferrera, M. (1996), The 'Southern Model' of Welfare in Social Europe, in «Journal of European Social\n"
            "Policy», 6, 1, pp. 17-37.\n"
            "Reyneri, E. (2011), Sociologia del mercato del lavoro, Bologna, il Mulino.\n"
            "Saraceno, C. e Naldini, M. (2013), Sociologia della famiglia, Bologna, il Mulino, 3ª ed.\n"
            "Trifiletti, R. (1999), Southern European Welfare Regimes and the Worsening Position of Women, in\n"
            "«Journal of European Social Policy», 9, 1, pp. 49-64.\n")
    report = _check(text)
    assert len(report.references) == 4 and report.findings == []


def test_a_repeated_author_printed_as_one_dash_before_the_year_is_the_author_above() -> None:
    text = ("Timber avenues recall earlier monuments (BRADLEY 1998: 12; BRADLEY 2007: 130–52; PARKER PEARSON 2012).\n\n"
            "References\n\n"
            "BRADLEY, R. 1998. The significance of monuments. London: Routledge.\n"
            "– 2007. The prehistory of Britain and Ireland. Cambridge: Cambridge University Press.\n"
            "PARKER PEARSON, M. 2012. Stonehenge: exploring the greatest Stone Age mystery. London: Simon & "
            "Schuster.\n")
    report = _check(text)
    assert report.references[1].fields.authors[0].family == "BRADLEY"
    assert report.findings == []


def test_an_mla_short_title_with_commas_in_it_picks_its_work() -> None:
    text = ("Water is memory in the novel (Danticat, Breath, Eyes, Memory 156), and the massacre haunts the river "
            "(Danticat, Farming 203; Hirsch 33-34).\n\n"
            "Works Cited\n\n"
            "Danticat, Edwidge. Breath, Eyes, Memory. Soho Press, 1994.\n"
            "---. The Farming of Bones. Soho Press, 1998.\n"
            "Hirsch, Marianne. The Generation of Postmemory. Columbia UP, 2012.\n")
    report = _check(text)
    assert report.findings == []
    assert report.citations[0].references == [report.references[0].id]


def test_a_running_foot_pushed_to_the_right_margin_is_no_narrative_citation() -> None:
    text = ("Die Flächeninanspruchnahme sank nach 2010 (Haase & Nuissl 2010; Siedentop 2005).\n\n"
            + " " * 82 + "Standort (2023)\n\n"
            "Literatur\n\n"
            "Haase, D.; Nuissl, H. (2010): The urban-to-rural gradient of land use change. Landscape and Urban "
            "Planning 97 (4): 313–318.\n"
            "Siedentop, S. (2005): Urban Sprawl – verstehen, messen, steuern. DISP 160: 23–35.\n")
    assert _check(text).findings == []


_AERZTEBLATT_LIST = (
    "\n\nLiteratur\n\n"
    "1. Gasparrini A, Guo Y, Hashizume M, et al.: Mortality risk attributable to high and low ambient temperature. "
    "Lancet 2015; 386: 369–75.\n"
    "2. Robine JM, Cheung SLK, Le Roy S, et al.: Death toll exceeded 70,000 in Europe during the summer of 2003. "
    "C R Biol 2008; 331: 171–8.\n"
    "3. Gasparrini A, Armstrong B, Kenward MG: Distributed lag non-linear models. Stat Med 2010; 29: 2224–34.\n")


def test_a_confidence_interval_with_decimal_commas_is_no_citation() -> None:
    text = ("Hitze erhöht die Sterblichkeit (1, 2), besonders bei Älteren (2). Bei 26 °C betrug das relative Risiko "
            "1,09 [1,06; 1,12], bei Versicherten ≥ 85 Jahre 1,15 [1,10; 1,21]. Modelliert wurde mit DLNM (3)."
            + _AERZTEBLATT_LIST)
    assert _check(text).findings == []


def test_an_online_only_e_reference_beside_a_number_leaves_the_number_cited() -> None:
    text = ("Hitze erhöht die Sterblichkeit (1, e2) und die Aufnahmen (2). Modelliert wurde mit DLNM (3, e4)."
            + _AERZTEBLATT_LIST)
    assert _check(text).findings == []


def test_an_acronym_and_year_without_the_papers_comma_is_no_sure_citation() -> None:
    text = ("Food insecurity tracks income (Loopstra et al., 2019), debt (Tarasuk et al., 2013) and health "
            "(Marmot et al., 2020; Jones, 2017). Models adjusted for area deprivation (IMD 2019).\n\n"
            "References\n\n"
            "Jones, A.D., 2017. Food insecurity and mental health status. Am. J. Prev. Med. 53, 264–273.\n"
            "Loopstra, R., Reeves, A., Tarasuk, V., 2019. The rise of hunger among low-income households. "
            "J. Epidemiol. Community Health 73, 668–673.\n"
            "Marmot, M., Allen, J., Boyce, T., Goldblatt, P., Morrison, J., 2020. Health Equity in England: The "
            "Marmot Review 10 Years On. Institute of Health Equity, London.\n"
            "Tarasuk, V., Mitchell, A., McLaren, L., McIntyre, L., 2013. Chronic physical and mental health "
            "conditions among adults. J. Nutr. 143, 1785–1793.\n")
    assert _check(text).findings == []


def test_a_standard_cited_by_its_designation_is_its_entry() -> None:
    text = ("Bushings were tested in a rig built to ISO 7148-2 (ISO 7148-2:2012, 2012); flat-pin screening followed "
            "ASTM G99 (ASTM G99-17, 2017), as in earlier work (Briscoe and Sinha, 2002).\n\n"
            "References\n\n"
            "ASTM G99-17, 2017. Standard Test Method for Wear Testing with a Pin-on-Disk Apparatus. ASTM "
            "International, West Conshohocken, PA.\n\n"
            "Briscoe, B.J., Sinha, S.K., 2002. Wear of polymers. Proc. Inst. Mech. Eng. J 216, 401–413.\n\n"
            "ISO 7148-2:2012, 2012. Plain bearings — Testing of the tribological behaviour of bearing materials — "
            "Part 2: Testing of polymer-based bearing materials. International Organization for Standardization, "
            "Geneva.\n")
    report = _check(text)
    assert report.findings == []
    assert [c.references for c in report.citations] == [["r3"], ["r1"], ["r2"]]


def test_a_body_with_a_standards_acronym_and_its_year_is_still_the_body() -> None:
    text = ("Reef tourism depends on emissions policy (UNEP 2021) and on operators (API 2019).\n\n"
            "References\n\n"
            "American Petroleum Institute (API) (2019) Environmental guidance for offshore operators. "
            "Washington, DC: API.\n"
            "United Nations Environment Programme (UNEP) (2021) Coral reef tourism: guidance for operators. "
            "Nairobi: UNEP.\n")
    assert _check(text).findings == []


def test_a_finnish_genitive_on_a_narrative_name_is_the_entrys_author() -> None:
    text = ("Leiraksen (2002) mukaan perhepolitiikka on kaksijakoista; Leira (2002, 141) korostaa valinnanvapautta, "
            "kuten myös Esping-Andersen (2009).\n\n"
            "Lähteet\n\n"
            "Esping-Andersen, Gøsta (2009) The Incomplete Revolution. Cambridge: Polity.\n"
            "Leira, Arnlaug (2002) Working Parents and the Welfare State. Cambridge: Cambridge University Press.\n")
    assert _check(text).findings == []


def test_a_preprint_numbered_every_fifth_line_page_by_page_is_read_without_its_numbers(tmp_path) -> None:  # noqa: ANN001
    body = [f"Glaciers accelerated after 2016 (Moon et al., 2012; Joughin et al., 2010), line {k} of the text."
            for k in range(1, 61)]
    refs = ["References", "Joughin, I., Smith, B. E., Howat, I. M., Scambos, T., and Moon, T.: Greenland flow",
            "variability from ice-sheet-wide velocity mapping, J. Glaciol., 56, 415–430, 2010.",
            "Moon, T., Joughin, I., Smith, B., and Howat, I.: 21st-century evolution of Greenland outlet glacier",
            "velocities, Science, 336, 576–578, 2012."]
    lines = []
    for page in range(4):  # each page numbers its lines 5, 10, 15 again
        chunk = body[page * 16:(page + 1) * 16] if page < 3 else body[48:] + [""] + refs
        for k, row in enumerate(chunk, start=1):
            lines.append(f"{k:<5}{row}" if k % 5 == 0 else f"     {row}")
        lines += ["", "https://doi.org/10.5194/tc-2023-187", "c Author(s) 2023. CC BY 4.0 License.", ""]
    from refcheck.app import CheckOptions, check_path

    (tmp_path / "tc.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")  # (the reader takes the numbers off)
    report = check_path(str(tmp_path / "tc.txt"), CheckOptions(use_config=False))
    assert [r.raw[:8] for r in report.references] == ["Joughin,", "Moon, T."]
    assert report.findings == []


def test_mnras_typesetting_line_ends_the_list() -> None:
    text = ("Cores form early (Read et al. 2016).\n\nREFERENCES\n\n"
            "Read J. I., Agertz O., Collins M. L. M., 2016, MNRAS, 459, 2573\n\n"
            "This paper has been typeset from a TEX/LATEX file prepared by the author.\n")
    assert _check(text).findings == []


def test_a_pdfs_spacing_umlaut_after_its_vowel_reads_as_the_umlaut(tmp_path) -> None:  # noqa: ANN001
    from refcheck.app import CheckOptions, check_path

    text = ("Die Aufwertung innerstädtischer Quartiere (Ha¨ußermann und Siebel 1987; Holm 2010) verdrängt\n"
            "einkommensschwache Haushalte.\n\n"
            "Literatur\n\n"
            "Ha¨ußermann H, Siebel W (1987) Neue Urbanita¨t. Suhrkamp, Frankfurt am Main\n"
            "Holm A (2010) Wir bleiben alle! Gentrifizierung – Städtische Konflikte um Aufwertung und Verdrängung. "
            "Unrast, Münster\n")
    (tmp_path / "rur.txt").write_text(text, encoding="utf-8")
    report = check_path(str(tmp_path / "rur.txt"), CheckOptions(use_config=False))
    assert report.findings == []
    assert report.references[0].fields.authors[0].family.startswith("Ha\u0308u")


def test_a_journals_running_head_with_volume_pages_and_page_is_page_furniture() -> None:
    head = "Raumforschung und Raumordnung | Spatial Research and Planning           81 (2023) 4: 301–318     317"
    text = ("Die Aufwertung verdrängt Haushalte (Holm 2010; Lees et al. 2008).\n\n"
            "Literatur\n\n"
            "Holm A (2010) Wir bleiben alle! Gentrifizierung – Städtische Konflikte um Aufwertung und Verdrängung. "
            "Unrast, Münster\n"
            f"{head}\n"
            "Lees L, Slater T, Wyly E (2008) Gentrification. Routledge, New York\n")
    report = _check(text)
    assert len(report.references) == 2 and report.findings == []
    assert not [r for r in report.references if "Raumforschung" in r.raw]


def test_a_note_citing_author_date_in_sentences_cites_each_named_year() -> None:
    text = ("Les aides sont captées par les loyers1, surtout pour les étudiants2. Le patrimoine immobilier pèse3,\n"
            "comme la fiscalité4.\n\n"
            "1 Voir Cour des comptes (2015) et, pour une synthèse, Bozio, Fack et Grenet (2015).\n"
            "2 Fack (2005), p. 33. Voir aussi Fack (2006) pour l'effet redistributif de la réforme.\n"
            "3 Thomas Piketty, Le capital au XXIe siècle, Paris, Le Seuil, 2013, p. 150.\n"
            "4 Alain Trannoy et Étienne Wasmer, Le grand retour de la terre dans les patrimoines, Paris, Odile Jacob, "
            "2022, p. 45.\n\n"
            "Références\n\n"
            "Bozio A., Fack G. et Grenet J. (dir.) (2015) : Les allocations logement : comment les réformer ?, "
            "Éditions Rue d'Ulm.\n"
            "Fack G. (2005) : « Pourquoi les ménages à bas revenus paient-ils des loyers de plus en plus élevés ? », "
            "Économie et Statistique, n° 381-382, pp. 17-40.\n"
            "Fack G. (2006) : « Are Housing Benefit an Effective Way to Redistribute Income? », Labour Economics, "
            "vol. 13, n° 6, pp. 747-771.\n"
            "Piketty T. (2013) : Le capital au XXIe siècle, Le Seuil.\n"
            "Trannoy A. et E. Wasmer (2022) : Le grand retour de la terre dans les patrimoines, Odile Jacob.\n")
    report = _check(text)
    assert report.style == "chicago-notes"
    assert report.findings == []


def test_a_bibliography_printed_as_an_appendix_is_the_reference_list() -> None:
    text = ("Les résultats de Mayer, Mayneris et Py (2017) vont dans le même sens que Givord et al. (2013).\n\n"
            "ANNEXE 3 – BIBLIOGRAPHIE\n\n"
            "Givord (Pauline), Quantin (Simon) et Trevien (Corentin), « A long-term evaluation of the first "
            "generation of French urban enterprise zones », Journal of Urban Economics, vol. 105, 2018, p. 149-161.\n\n"
            "Mayer (Thierry), Mayneris (Florian) et Py (Loriane), « The impact of Urban Enterprise Zones on "
            "establishment location decisions », Journal of Economic Geography, vol. 17, n° 4, 2017, p. 709-752.\n")
    assert len(_check(text).references) == 2


def test_numbered_section_headings_in_capitals_are_no_notes_and_ibidem_repeats_the_work() -> None:
    text = ("1. EL DIAGNÓSTICO: DESPOBLACIÓN Y VELLÓN\n\n"
            "Los arbitristas describieron la crisis1 y la despoblación2.\n\n"
            "2. LOS CAUCES: CONSEJOS, JUNTAS Y MANUSCRITOS\n\n"
            "Los memoriales circularon manuscritos3.\n\n"
            "1 Pierre Vilar, «El tiempo del Quijote», en Crecimiento y desarrollo, Barcelona, Ariel, 1964, p. 332.\n"
            "2 Ibídem, p. 335.\n"
            "3 Fernando Bouza, Corre manuscrito. Una historia cultural del Siglo de Oro, Madrid, Marcial Pons, "
            "2001, p. 15.\n\n"
            "BIBLIOGRAFÍA\n\n"
            "BOUZA, Fernando, Corre manuscrito. Una historia cultural del Siglo de Oro, Madrid, Marcial Pons, 2001.\n"
            "VILAR, Pierre, Crecimiento y desarrollo, Barcelona, Ariel, 1964.\n")
    from refcheck.citations.note_runs import find_notes
    from refcheck.citations.notes import note_citations

    assert [n.text[:6] for n in find_notes(text)] == ["Pierre", "Ibídem", "Fernan"]
    assert [c.hints for c in note_citations(Document(path="p.txt", text=text))] == [[], ["ibid"], []]


def test_other_spacing_accents_stay_as_printed() -> None:
    from refcheck.readers.text import decode

    # an apostrophe typed as an accent, and an acute a PDF printed before its letter (Royé)
    assert decode("Women´s Rights, Roy´e D.".encode(), "p.txt", "text").text == "Women´s Rights, Roy´e D."


def test_a_flattened_superscript_after_a_word_with_a_ligature_is_a_citation() -> None:
    text = ("Winter emissions offset summer uptake1,2, and upscaling eﬀorts3 have begun to map the net balance\n"
            "of the northern permafrost region2.\n\n"
            "References\n\n"
            "1. Natali, S. M. et al. Large loss of CO2 in winter observed across the northern permafrost region. "
            "Nat. Clim. Change 9, 852–857 (2019).\n"
            "2. Schuur, E. A. G. et al. Climate change and the permafrost carbon feedback. Nature 520, 171–179 "
            "(2015).\n"
            "3. Virkkala, A.-M. et al. Statistical upscaling of ecosystem CO2 ﬂuxes across the terrestrial tundra and "
            "boreal domain. Glob. Change Biol. 27, 4040–4059 (2021).\n")
    assert _check(text).findings == []


def test_a_paper_citing_by_key_whose_bib_is_missing_is_still_an_input_error(tmp_path) -> None:  # noqa: ANN001
    from refcheck.app import CheckOptions, check_path

    (tmp_path / "p.md").write_text("---\nbibliography: gone.bib\n---\nAs shown [@a].\n", encoding="utf-8")
    report = check_path(str(tmp_path / "p.md"), CheckOptions(use_config=False))
    assert report.error is not None and "gone.bib' not found" in report.error
