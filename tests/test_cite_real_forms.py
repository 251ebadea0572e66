"""One behaviour per test: forms met in published articles (papers_real2 dev half) that are read
as what they are, not as missing or ambiguous sources. Sentences are the articles' own."""

from __future__ import annotations

from refcheck.citations import check_citations, extract_citations
from refcheck.document import Document
from refcheck.model import Citation, Fields, Finding, Name, Reference


def ref(rid: str, family: str, year: str, title: str = "A title") -> Reference:
    return Reference(id=rid, line=100, column=1, raw=f"{family.upper()}, A. {title}. {year}.",
                     fields=Fields(authors=[Name(family, "A.")], year=year, title=title))


def cite(text: str, refs: list[Reference]) -> tuple[list[Citation], list[Finding]]:
    doc = Document(path="p", text=text)
    checked = check_citations(extract_citations(doc, [(0, len(text))], "apa"), refs, True)
    return checked.citations, checked.findings


def two(rid: str, first: str, second: str, year: str) -> Reference:
    return Reference(id=rid, line=100, column=1, raw=f"{first}, A., {second}, B. {year}. A title.",
                     fields=Fields(authors=[Name(first, "A."), Name(second, "B.")], year=year, title="A title"))


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings if f.code != "uncited"]


def test_unlettered_year_is_the_unlettered_entry_when_only_the_other_has_a_letter() -> None:
    refs = [ref("r1", "NBS", "2024", "National data"), ref("r2", "NBS", "2024a", "National economy")]
    cits, findings = cite("Wages rose in the cities (NBS, 2024).", refs)
    assert codes(findings) == []
    assert cits[0].references == ["r1"]


def test_unlettered_year_with_two_lettered_entries_stays_ambiguous() -> None:
    refs = [ref("r1", "Smith", "2019a", "Wages"), ref("r2", "Smith", "2019b", "Cities")]
    _, findings = cite("Wages rose in the cities (Smith, 2019).", refs)
    assert codes(findings) == ["ambiguous"]


def test_a_name_and_a_month_with_a_year_is_a_date_not_a_citation() -> None:
    cits, findings = cite("searched against the human database (IPI Human, September 2011) using Mascot.",
                          [ref("r1", "Craig", "2004")])
    assert cits == [] and codes(findings) == []


def test_citations_inside_a_quoted_passage_belong_to_the_quoted_author() -> None:
    text = ("(23) “By 2030, the Chinese population will reach approximately 1.445 billion and its urbanization "
            "rate will reach 70%. By that time, the population living in cities and towns will be over 1 billion. "
            "(UNDP, 2013; Yang, 2014) This means that China’s rural population will have been reduced” "
            "(Sun et al., 2017, p. 945).")
    _, findings = cite(text, [ref("r1", "Sun", "2017")])
    assert codes(findings) == []


def test_a_missing_source_outside_a_quotation_is_still_reported() -> None:
    _, findings = cite("The population will be over 1 billion (UNDP, 2013).", [ref("r1", "Sun", "2017")])
    assert codes(findings) == ["no-entry"]


def test_the_author_named_just_before_the_subject_of_a_narrative_is_the_source() -> None:
    text = "o la que hace Luciano de su maestro Demonacte (1981, p. 130-145), un cínico."
    cits, findings = cite(text, [ref("r1", "Luciano", "1981", "Obras I")])
    assert codes(findings) == []
    assert cits[0].references == ["r1"]


def test_a_narrative_whose_name_and_neighbour_have_no_entry_is_still_missing() -> None:
    text = "o la que hace Luciano de su maestro Demonacte (1981, p. 130-145), un cínico."
    _, findings = cite(text, [ref("r1", "Luciano", "1985", "Obras I")])
    assert codes(findings) == ["no-entry"]


def test_years_alone_after_a_name_are_that_authors_works() -> None:
    refs = [ref("r1", "Hjørland", "2003", "Fundamentals"), ref("r2", "Hjørland", "2009", "Concept theory")]
    cits, findings = cite("the Concept Theory studied by Hjørland (2003; 2009) through the years.", refs)
    assert codes(findings) == []
    assert [(c.authors, c.year, c.references) for c in cits] == [(["Hjørland"], "2003", ["r1"]),
                                                         (["Hjørland"], "2009", ["r2"])]


def test_abnt_sources_separated_by_a_comma_keep_their_semicolon_co_authors() -> None:
    refs = [ref("r1", "Ettredge", "2001", "Financial information"), ref("r2", "Nevado", "2016", "Disclosure")]
    cits, findings = cite("o (0), en caso contrario (Ettredge; Vernon; Scholz, 2001, Nevado; Gallardo, 2016).", refs)
    assert codes(findings) == []
    assert [(c.authors, c.year) for c in cits] == [(["Ettredge", "Vernon", "Scholz"], "2001"),
                                                   (["Nevado", "Gallardo"], "2016")]


def test_an_organisation_named_with_spanish_prepositions_is_one_author() -> None:
    agency = "Agencia Europea para la Seguridad y Salud en el Trabajo"
    cits, _ = cite(f"otros autores ({agency}, 2007) coinciden en que los jóvenes", [ref("r1", "Agencia", "2007")])
    assert [(c.authors, c.year) for c in cits] == [([agency], "2007")]


def test_a_letter_after_a_lettered_year_is_the_same_authors_next_work() -> None:
    refs = [ref("r1", "Girard", "1858a", "Abstract of a report"), ref("r2", "Girard", "1858b", "Exploring expedition")]
    cits, findings = cite("Later, Girard (1858a, b) described the species from Texas.", refs)
    assert codes(findings) == []
    assert [(c.year, c.references) for c in cits] == [("1858a", ["r1"]), ("1858b", ["r2"])]


def test_a_span_of_years_is_kept_only_when_an_entry_has_it() -> None:
    cits, findings = cite("the ground beetles (Lindroth 1961-1969) and the period (Brazil, 2001-2010).",
                          [ref("r1", "Lindroth", "1961", "The ground beetles")])
    assert codes(findings) == []
    assert [(c.authors, c.year, c.references) for c in cits] == [(["Lindroth"], "1961", ["r1"])]


def test_a_software_team_is_an_author() -> None:
    cits, _ = cite("The lessons (HPC Carpentry development team, 2021) are open.",
                   [ref("r1", "HPC Carpentry development team", "2021")])
    assert [(c.authors, c.year) for c in cits] == [(["HPC Carpentry development team"], "2021")]


def test_a_protein_residue_number_is_not_a_year() -> None:
    text = "mouse anti-phospho ATM (Ser 1981) (ECM Biosciences, Versailles, KY, 1:1000 for western blots)."
    _, findings = cite(text, [ref("r1", "Smith", "2010")])
    assert codes(findings) == []


def test_the_authority_of_a_species_with_a_genitive_epithet_needs_no_entry() -> None:
    text = "the tanaidacean Monokalliapseudes schubartti (Mañé-Garzón, 1949); polychaetes made up 39.6%."
    _, findings = cite(text, [ref("r1", "Smith", "2010")])
    assert codes(findings) == []


def test_an_acronym_dash_and_full_name_is_one_organisation() -> None:
    cits, _ = cite("flowering plants (APG - Angiosperm Phylogeny Group 2016) and ferns.",
                   [ref("r1", "APG - Angiosperm Phylogeny Group", "2016")])
    assert [(c.authors, c.year) for c in cits] == [(["APG - Angiosperm Phylogeny Group"], "2016")]


def test_a_unit_named_after_its_parent_body_and_a_comma_is_that_bodys_entry() -> None:
    unit = Reference(id="r1", line=100, column=1,
                     raw="European Commission, Joint Research Centre. 2020. “Neural Rosettes.” Report.",
                     fields=Fields(authors=[Name("European Commission, Joint Research Centre")], year="2020"))
    cits, findings = cite("European Commission, Joint Research Centre (2020) found that the processes interact.",
                          [unit])
    assert codes(findings) == []
    assert cits[0].references == ["r1"]


def test_a_work_listed_twice_is_cited_through_its_first_copy_and_the_copy_is_only_a_duplicate() -> None:
    from refcheck.pipeline import check_document

    entry = ("Dunham, M., Badrane, H., Ferea, T., Adams, J., & Brown, P. (2002). Characteristic genome "
             "rearrangements in experimental evolution of Saccharomyces cerevisiae. Proc Natl Acad Sci U S A, 99")
    text = (f"Intro\n\nDunham (2002) reported that the mechanism is conserved (Wood & Waterman, 1994).\n\n"
            f"References\n\n{entry}, 16144–16149.\n\n{entry}.\n\nWood, B. D., & Waterman, R. W. (1994). "
            "Bureaucratic dynamics. Boulder, CO: Westview.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [f.code for f in report.findings] == ["duplicate-entry"]


def test_a_name_before_no_date_is_a_narrative_citation() -> None:
    refs = [ref("r1", "Mishra", "n.d.", "Free Deep Learning Tutorial"), ref("r2", "Bourke", "2022", "Zero to mastery")]
    cits, findings = cite("see for example: Mishra (n.d.); Bourke (2022).", refs)
    assert codes(findings) == []
    assert [(c.authors, c.year, c.references) for c in cits] == [(["Mishra"], "n.d.", ["r1"]),
                                                               (["Bourke"], "2022", ["r2"])]


def test_a_narrative_citation_put_in_parentheses_is_read() -> None:
    cits, findings = cite("The Penguin dataset (Horst et al. (2020)) is used.", [ref("r1", "Horst", "2020")])
    assert codes(findings) == []
    assert [(c.text, c.references) for c in cits] == [("Horst et al. (2020)", ["r1"])]


def test_an_organisation_whose_name_opens_with_a_number_is_one_author() -> None:
    cits, _ = cite("than in African humans (1000 Genomes Project Consortium, 2012). The rest",
                   [ref("r1", "1000 Genomes Project Consortium", "2012")])
    assert [(c.authors, c.year) for c in cits] == [(["1000 Genomes Project Consortium"], "2012")]


def test_st_abbreviates_saint_in_a_family_name() -> None:
    cits, findings = cite("the monograph of St-Yves (1932) treats the genus.", [ref("r1", "Saint-Yves", "1932")])
    assert codes(findings) == []
    assert cits[0].references == ["r1"]


def test_places_listed_before_the_authors_in_a_group_are_not_authors() -> None:
    refs = [Reference(id="r1", line=100, column=1, raw="Kriwoken LK, Hedge P (2000) Exotic species. Ocean 43: 835.",
                      fields=Fields(authors=[Name("Kriwoken", "LK"), Name("Hedge", "P")], year="2000"))]
    cits, findings = cite("Australia (Tasmania, Victoria, Kriwoken and Hedge 2000), New Zealand.", refs)
    assert codes(findings) == []
    assert cits[0].references == ["r1"]


def test_a_place_or_tool_named_before_one_author_or_et_al_is_not_an_author() -> None:
    # ZooKeys 100-1546 (papers_real6): "(Wiehengebirge, Gries et al. 1973)", "(Alt Barenau, Assmann 1999)"
    gries = Reference(id="r1", line=100, column=1, raw="Gries B, Mossakowski D, Weber F (1973) Coleoptera Westfalica.",
                      fields=Fields(authors=[Name("Gries", "B"), Name("Mossakowski", "D"), Name("Weber", "F")],
                                    year="1973"))
    cits, findings = cite("in the Wiehengebirge (Wiehengebirge, Gries et al. 1973; Alt Barenau, Assmann 1999).",
                          [gries, ref("r2", "Assmann", "1999")])
    assert codes(findings) == []
    assert [c.references for c in cits] == [["r1"], ["r2"]]


def test_a_listed_co_author_is_not_dropped_to_reach_another_entry() -> None:
    cits, findings = cite("as shown (Smith, Jones 2000).", [ref("r1", "Smith", "1999"), ref("r2", "Jones", "2000")])
    assert cits[0].references != ["r2"]


def test_sensu_before_a_citation_is_a_signal_even_glued_to_the_name() -> None:
    # Acta Amazonica 49(3):183 (papers_real6): the italic "sensu" lost its space in the publisher's text
    cits, findings = cite("signs during each survey (sensuJeffress et al. 2011) and by type (sensu Waldemarin 2004).",
                          [ref("r1", "Jeffress", "2011"), ref("r2", "Waldemarin", "2004")])
    assert codes(findings) == []
    assert [c.references for c in cits] == [["r1"], ["r2"]]


def test_a_term_used_sensu_an_unlisted_author_is_no_finding() -> None:
    # ZooKeys 180-2315: "five pairs of gin traps (sensu Hinton 1946)", a term in Hinton's sense
    _, findings = cite("Terga with five pairs of gin traps (sensu Hinton 1946).", [ref("r1", "Costa", "1988")])
    assert "no-entry" not in codes(findings)


def test_a_generation_suffix_in_the_citation_still_finds_the_entry() -> None:
    # "(Crowley et al. 2012, Gomes Jr 2009)" beside the entry "Gomes, A. 2009."
    cits, findings = cite("predators (Gomes Jr 2009).", [ref("r1", "Gomes", "2009")])
    assert codes(findings) == []
    assert cits[0].references == ["r1"]


def test_a_note_number_glued_to_the_first_name_is_not_part_of_it() -> None:
    refs = [Reference(id="r1", line=100, column=1, raw="Reynolds KT, Hoffmann AA. 2002. Male age. Genet Res 80: 79.",
                      fields=Fields(authors=[Name("Reynolds", "KT"), Name("Hoffmann", "AA")], year="2002"))]
    cits, findings = cite("1Hoffmann (1988); 2Reynolds and Hoffmann (2002); 3Fry et al. (2004)",
                          refs + [ref("r2", "Hoffmann", "1988", "Cold"), ref("r3", "Fry", "2004", "Flies")])
    assert codes(findings) == []
    assert [c.authors for c in cits] == [["Hoffmann"], ["Reynolds", "Hoffmann"], ["Fry"]]


def test_unpublished_data_beside_a_citation_leaves_the_citation() -> None:
    cits, findings = cite("(H. L. Yeap and A. A. Hoffmann, unpublished data; Armbruster et al. 2003).",
                          [ref("r1", "Armbruster", "2003")])
    assert codes(findings) == []
    assert [(c.kind, c.references) for c in cits] == [("personal", []), ("parenthetical", ["r1"])]


def test_a_month_and_a_year_counts_only_when_an_author_of_that_name_is_listed() -> None:
    cits, findings = cite("interest in biodiversity (May 1988), and the season (May 2019).", [ref("r1", "May", "1988")])
    assert codes(findings) == []
    assert [(c.text, c.references) for c in cits] == [("May 1988", ["r1"])]


def test_a_link_beside_a_citation_in_a_group_leaves_the_citation() -> None:
    cits, findings = cite("are available on GitHub (Martínez Cuesta, 2019; copy archived at https://github.com/x/y).",
                          [ref("r1", "Martínez Cuesta", "2019")])
    assert codes(findings) == []
    assert [(c.authors, c.references) for c in cits] == [(["Martínez Cuesta"], ["r1"])]


def test_book_and_section_of_a_classic_before_the_year_are_a_locator() -> None:
    cits, findings = cite("(DIÓGENES LAERCIO, VI, 38, 2010, p. 220) y (DIÓGENES LAERCIO VI, 40, 2010, p. 220)",
                          [ref("r1", "Laercio", "2010", "Vidas")])
    assert codes(findings) == []
    assert [(c.authors, c.year, c.references) for c in cits] == [(["DIÓGENES LAERCIO"], "2010", ["r1"])] * 2


def test_title_year_de_author_cites_that_authors_work_of_that_year() -> None:
    cits, findings = cite("el de Moral und Hypermoral. Eine pluralistische Ethik (1969) de Arnold Gehlen, y uno",
                          [ref("r1", "Gehlen", "1969", "Moral und Hypermoral")])
    assert codes(findings) == []
    assert [c.references for c in cits] == [["r1"]]


def test_a_body_named_with_its_acronym_in_parentheses_is_one_author() -> None:
    cits, _ = cite("(Vihman et al. 2007; EFSA Panel on Food Additives and Nutrient Sources added to Food (ANS) "
                   "et al. 2018; Proia et al. 2011).", [ref("r1", "EFSA Panel", "2018")])
    efsa = "EFSA Panel on Food Additives and Nutrient Sources added to Food"
    assert [c.authors for c in cits] == [["Vihman"], [efsa], ["Proia"]]


def test_a_specimen_number_is_not_a_year() -> None:
    cits, findings = cite("a skull from Madagascar (FMNH 205907) shows the trait.", [ref("r1", "Smith", "2010")])
    assert cits == [] and codes(findings) == []


def test_a_bracket_holding_zero_is_an_interval_not_a_citation() -> None:
    doc = Document(path="p", text="values in [0:1920] and [0, 1] were kept [1]. Later [2] and [3].")
    assert [c.keys for c in extract_citations(doc, [(0, len(doc.text))], "ieee")] == [["1"], ["2"], ["3"]]


def test_but_see_opens_a_citation_inside_a_longer_parenthesis() -> None:
    cits, _ = cite("(but see Gerlach and Canning 2004 for a note on possible fragments of giant tortoises)",
                   [ref("r1", "Gerlach", "2004")])
    assert [(c.authors, c.year) for c in cits] == [(["Gerlach", "Canning"], "2004")]


def test_a_parenthesised_narrative_beside_a_link_is_read() -> None:
    cits, findings = cite("is in a public GitHub repository (Olsson et al. (2024); https://github.com/e/x).",
                          [ref("r1", "Olsson", "2024")])
    assert codes(findings) == []
    assert [(c.text, c.references) for c in cits] == [("Olsson et al. (2024)", ["r1"])]


def test_a_compound_family_after_its_inner_particle_is_found() -> None:
    cits, findings = cite("as described by Segerstad (1940) for the genus.", [ref("r1", "Hård af Segerstad", "1940")])
    assert codes(findings) == []
    assert cits[0].references == ["r1"]


def test_an_exact_family_wins_over_the_end_of_a_compound_one() -> None:
    refs = [ref("r1", "Rodrigues da Silva", "2010", "Solos"), ref("r2", "Silva", "2010", "Plantas")]
    cits, findings = cite("as shown (Silva, 2010).", refs)
    assert codes(findings) == []
    assert cits[0].references == ["r2"]


def test_a_dated_court_case_is_cited_when_the_list_has_it() -> None:
    case = "US, et al. ex rel. Mulqueen, et al. v. Medicis Pharmaceutical Corp"
    entry = Reference(id="r1", line=100, column=1, raw=f"{case}. (2007). No. 06-11393. D. Mass.",
                      fields=Fields(authors=[Name(literal=case)], year="2007"))
    cits, findings = cite(f"(Smith, 2001; {case}, 2007).", [entry, ref("r2", "Smith", "2001")])
    assert codes(findings) == []
    assert [c.references for c in cits] == [["r2"], ["r1"]]


def test_a_dated_court_case_missing_from_the_list_is_no_finding() -> None:
    _, findings = cite("(Brown v. Board of Education, 1954).", [ref("r1", "Smith", "2001")])
    assert codes(findings) == []


def test_a_country_dash_and_its_body_is_one_author() -> None:
    cits, _ = cite("rises with scale (e.g., Brasil - Estado da Bahia, 2003). This", [ref("r1", "Brasil", "2003")])
    assert [c.authors for c in cits] == [["Brasil - Estado da Bahia"]]


def test_an_acronym_printed_as_a_word_finds_the_body_that_prints_it() -> None:
    embrapa = Reference(id="r1", line=100, column=1,
                        raw="EMPRESA BRASILEIRA DE PESQUISA AGROPECUÁRIA (EMBRAPA). (2012) Produção de briquetes.",
                        fields=Fields(authors=[Name(literal="EMPRESA BRASILEIRA DE PESQUISA AGROPECUÁRIA (EMBRAPA)")],
                                      year="2012"))
    cits, findings = cite("Os dados de resíduos, de acordo com a Embrapa (2012), foram de 481 mil.", [embrapa])
    assert codes(findings) == []
    assert cits[0].references == ["r1"]


def test_et_al_with_another_year_beside_a_single_author_entry_is_no_entry_not_a_year_slip() -> None:
    _, findings = cite("in the Pacific Northwest (e.g., Barkworth 2003, Howard et al. 1989, Liogier 2000).",
                       [ref("r1", "Howard", "2005", "Oregon Spartina summary"), ref("r2", "Barkworth", "2003"),
                        ref("r3", "Liogier", "2000")])
    assert codes(findings) == ["no-entry"]


def test_a_single_author_cited_with_another_year_is_a_year_slip() -> None:
    _, findings = cite("in the Pacific Northwest (e.g., Howard 1989).", [ref("r1", "Howard", "2005", "Oregon")])
    assert codes(findings) == ["year-mismatch"]


def test_a_body_whose_name_holds_commas_is_cited_with_its_year() -> None:
    name = ("Department of Health Scottish Office Home and Health Department, Welsh Office, Department of Health "
            "and Social Services, Northern Ireland")
    cits, _ = cite(f"weak in small samples ({name}, 1992). Next", [ref("r1", "Department of Health", "1992")])
    assert [(c.authors, c.year) for c in cits] == [([name], "1992")]


def test_a_name_opening_with_a_central_european_capital_is_read_in_a_comma_group() -> None:
    # ZooKeys 180-2315 (papers_real6): "(Micó et al. 2008, Šípek et al. 2009)"
    cits, findings = cite("larvae were described (Micó et al. 2008, Šípek et al. 2009).",
                          [ref("r1", "Micó", "2008"), ref("r2", "Šípek", "2009")])
    assert codes(findings) == []
    assert [c.references for c in cits] == [["r1"], ["r2"]]


def test_bare_names_and_years_listed_in_running_text_cite_their_entries() -> None:
    # ZooKeys 100-1537 (papers_real6): "(in our study, relevant atlases are Luff 1998 and Turin 2000)"
    cits, findings = cite("distribution maps (in our study, relevant atlases are Luff 1998 and Turin 2000).",
                          [ref("r1", "Luff", "1998"), ref("r2", "Turin", "2000")])
    assert codes(findings) == []
    assert sorted(r for c in cits for r in c.references) == ["r1", "r2"]


def test_bare_names_and_years_that_match_no_entry_are_no_finding() -> None:
    _, findings = cite("Rule 1998 and Rule 2001 were repealed (Smith, 2010).", [ref("r1", "Smith", "2010")])
    assert codes(findings) == []


def test_a_body_s_acronym_and_a_document_before_a_year_cite_the_body() -> None:
    who = Name(None, None, "World Health Organization")
    refs = [Reference(id="r1", line=100, column=1, raw="World Health Organization. (2019). Guidelines.",
                      fields=Fields(authors=[who], year="2019", title="Guidelines"))]
    cits, findings = cite("The World Health Organization (WHO) agrees. The WHO guidelines (2019) say so.", refs)
    assert [c.references for c in cits if c.references] == [["r1"]] and codes(findings) == []


def test_an_acronym_spelt_out_as_no_body_does_not_make_a_citation() -> None:
    cits, findings = cite("Deoxyribonucleic acid (DNA) was extracted with the DNA extraction protocol (2019).",
                          [ref("r1", "Smith", "2010")])
    assert "no-entry" not in codes(findings)


def test_an_adverb_before_the_name_is_a_signal_and_every_year_after_it_is_read() -> None:
    # ZooKeys 130-1890 (papers_real7): "(specially Rasnitsyn 1969, 1980, 1988)"
    cits, findings = cite("major contributions (specially Rasnitsyn 1969, 1980).",
                          [ref("r1", "Rasnitsyn", "1969"), ref("r2", "Rasnitsyn", "1980")])
    assert codes(findings) == []
    assert sorted(r for c in cits for r in c.references) == ["r1", "r2"]


def test_a_figure_or_an_article_is_a_locator_after_the_year() -> None:
    # ZooKeys (papers_real7): "Legg et al. (2012: fig. 1)", "(ICZN 1999: Article 67.2.5)"
    cits, findings = cite("as Legg et al. (2012: fig. 1) show, names are unavailable (ICZN 1999: Article 67.2.5).",
                          [ref("r1", "Legg", "2012"), ref("r2", "ICZN", "1999")])
    assert [(c.references, c.locator) for c in cits] == [(["r1"], "fig. 1"), (["r2"], "Article 67.2.5")]


def test_a_year_inside_the_entrys_range_of_years_is_no_mismatch() -> None:
    # ZooKeys 192-3093 (papers_real7): "(Platnick 2012)" for "Platnick NI (2001–2012) The World Spider Catalog"
    cat = Reference(id="r1", line=100, column=1, raw="Platnick NI (2001–2012) The World Spider Catalog, version 12.5.",
                    fields=Fields(authors=[Name("Platnick", "NI")], year="2001", title="The World Spider Catalog"))
    cits, findings = cite("spiders are listed (Platnick 2012) and (Platnick 2014).", [cat])
    assert [c.references for c in cits] == [["r1"], []]
    assert codes(findings) == ["year-mismatch"]


def test_a_figure_before_its_source_in_a_parenthesis_is_not_part_of_the_name() -> None:
    # ZooKeys 150-2109 (papers_real7): "less than 1% (61,914, IUCN 2011) of those species"
    cits, findings = cite("less than 1% (61,914, IUCN 2011) of those species, (23%, WHO 2019) of cases.",
                          [ref("r1", "IUCN", "2011"), ref("r2", "WHO", "2019")])
    assert codes(findings) == []
    assert [c.references for c in cits] == [["r1"], ["r2"]]


def test_a_year_then_a_chapter_stays_a_narratives_locator() -> None:
    cits, findings = cite("Olson (1965, Chapter 2) reported it.", [ref("r1", "Olson", "1965")])
    assert codes(findings) == [] and cits[0].locator == "Chapter 2"


def test_a_narrative_that_opens_an_aside_keeps_its_name() -> None:
    # ZooKeys (papers_real8): "(Szyszko (1990, 1991) presented MIB as ...", papers_real3: "by (Bradshaw (1984, 1987)."
    cits, findings = cite("not significant. (Szyszko (1990, 1991) presented MIB as a simple indicator.",
                          [ref("r1", "Szyszko", "1990"), ref("r2", "Szyszko", "1991")])
    assert codes(findings) == []
    assert sorted(r for c in cits for r in c.references) == ["r1", "r2"]


def test_a_function_word_run_into_the_first_name_is_not_part_of_it() -> None:
    # eLife's XML lost the space before the citation link: "reviewed inPrickett and Oakey (2012)"
    refs = [Reference(id="r1", line=100, column=1, raw="Prickett AR, Oakey RJ. 2012. A survey. Mol Genet 287:621.",
                      fields=Fields(authors=[Name("Prickett", "AR"), Name("Oakey", "RJ")], year="2012"))]
    cits, findings = cite("tissue-specific imprinting [apart from those found in the extra-embryonic tissues; "
                          "reviewed inPrickett and Oakey (2012)], we observed", refs)
    assert codes(findings) == []
    assert [c.authors for c in cits] == [["Prickett", "Oakey"]]


def test_an_organisation_named_with_its_words_in_another_order_is_the_entry() -> None:
    # papers_real8: the text cites "R Development Core Team", the list prints "R Core Development Team"
    refs = [Reference(id="r1", line=100, column=1, raw="R Core Development Team (2010) A language and environment.",
                      fields=Fields(authors=[Name(literal="R Core Development Team")], year="2010"))]
    cits, findings = cite("All analyses were made in R (R Development Core Team 2010).", refs)
    assert codes(findings) == []
    assert cits[0].references == ["r1"]


def test_two_organisation_words_in_another_order_are_another_body() -> None:
    refs = [Reference(id="r1", line=100, column=1, raw="Health Canada (2010) Guidelines.",
                      fields=Fields(authors=[Name(literal="Health Canada")], year="2010"))]
    _, findings = cite("as recommended (Canada Health 2010).", refs)
    assert codes(findings) != []


def test_a_reference_printed_in_the_text_is_not_a_citation_of_the_list() -> None:
    # papers_real7 (ZooKeys 150): a tool's requested citation, printed in the body; the list lacks it
    text = ("If you wish to acknowledge use of GeoCAT please use the following citation:\n\n"
            "Bachman S, Moat J, Hill AW, de la Torre J, Scott B (2011) Supporting Red List threat assessments "
            "with GeoCAT: geospatial conservation assessment tool. ZooKeys 150: 117–126.\n")
    _, findings = cite(text, [ref("r1", "Gärdenfors", "2001")])
    assert codes(findings) == []


def test_names_opening_a_paragraph_with_a_year_and_a_sentence_stay_a_citation() -> None:
    text = "Bachman, Moat and Hill (2011) assessed 45 species against the criteria, 12 of them for the first time.\n"
    _, findings = cite(text, [ref("r1", "Gärdenfors", "2001")])
    assert codes(findings) == ["no-entry"]


def test_a_citation_broken_by_a_page_head_is_read_whole() -> None:
    # eLife pasted from a PDF (bench_noise): the page's foot and the next page's head fall inside "( ... )"
    text = ("SNARE mutations cause neurological disorders (Walter et al.,\n\n46    Author et al.\n\n"
            "2010; Shen et al., 2014). Thus, it is crucial to understand assembly.\n")
    refs = [ref("r1", "Walter", "2010"), ref("r2", "Shen", "2014")]
    cits, findings = cite(text, refs)
    assert [f.code for f in findings] == []
    assert [c.references for c in cits] == [["r1"], ["r2"]]


def test_a_citation_broken_by_a_page_foot_and_the_next_head_is_read_whole() -> None:
    # Frontiers in Psychology pasted from a PDF (papers_real7 dev, bench_noise --footer): the page's foot and the
    # next page's head, one above the other, fall inside "( ... )"
    text = ("reduced fear of and easier socia-\nlization with humans (Scott and Fuller, 1965;\n\n"
            "Frontiers in Psychology | www.frontiersin.org    37    June 2010 | Volume 15 | Article 687\n\n"
            "38    RESEARCH ARTICLE\n\nKlinghammer and Goodmann, 1987); this\ncertainly helped them.\n")
    refs = [two("r1", "Scott", "Fuller", "1965"), two("r2", "Klinghammer", "Goodmann", "1987")]
    cits, findings = cite(text, refs)
    assert [f.code for f in findings] == []
    assert [c.references for c in cits] == [["r1"], ["r2"]]


def test_a_blank_line_before_a_sentence_still_ends_the_paragraph() -> None:
    text = "SNARE mutations cause disorders (Walter et al., 2010\n\nThe next paragraph opens here.\n\nIt ends.)\n"
    _, findings = cite(text, [ref("r1", "Walter", "2010")])
    assert "malformed-citation" in [f.code for f in findings]


def test_a_species_authority_is_no_citation_when_the_epithet_holds_a_ligature() -> None:
    # a table pasted from a PDF (papers_real6 dev): "ruﬁbarbis" keeps the fi ligature
    _, findings = cite("Harpalus ruﬁbarbis(Fabricius 1792) | 1983–84 | 2 | 2\n", [ref("r1", "Smith", "2001")])
    assert codes(findings) == []
