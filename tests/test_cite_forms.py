"""One behaviour per test: which printed forms are citations, and how each is matched."""

from __future__ import annotations

from refcheck.citations import check_citations, extract_citations
from refcheck.document import Document
from refcheck.model import Citation, Fields, Finding, Name, Reference


def ref(rid: str, authors: list[Name], year: str | None, title: str = "A title", label: str | None = None) -> Reference:
    r = Reference(id=rid, line=100, column=1, raw=f"{authors[0].sort_name if authors else title} ({year}). {title}.",
                  fields=Fields(authors=authors, year=year, title=title))
    if label is not None:
        r.label = label  # type: ignore[attr-defined]
    return r


def cite(text: str, style: str = "apa", refs: list[Reference] | None = None,
         has_list: bool = True) -> tuple[list[Citation], list[Finding]]:
    doc = Document(path="p", text=text)
    cits = extract_citations(doc, [(0, len(text))], style)
    checked = check_citations(cits, refs or [], has_list)
    return checked.citations, checked.findings


SMITH = ref("r1", [Name("Smith", "J.")], "2010")
HUGHES = ref("r2", [Name("Hughes", "D.")], "2000")


def test_parenthetical_group_gives_one_citation_per_source() -> None:
    cits, _ = cite("Hidden populations are hard to count (Heckathorn, 1997; Tyldum and Brunovskis, 2005, p.18).")
    assert [(c.text, c.authors, c.year, c.locator) for c in cits] == [
        ("Heckathorn, 1997", ["Heckathorn"], "1997", None),
        ("Tyldum and Brunovskis, 2005, p.18", ["Tyldum", "Brunovskis"], "2005", "p.18")]


def test_sloppy_spacing_still_parses() -> None:
    cits, _ = cite("They were partners (Gallagher, 2001,p.25).")
    assert (cits[0].authors, cits[0].year, cits[0].locator) == (["Gallagher"], "2001", "p.25")


def test_chicago_author_year_without_comma() -> None:
    cits, _ = cite("As argued before (Smith 2010, 45).", "chicago", [SMITH])
    assert cits[0].references == ["r1"] and cits[0].locator == "45"


def test_narrative_with_reporting_verb_and_given_name() -> None:
    cits, found = cite("According to Kevin Bales (2004), slaves are cheap. Orlova states (2004, 16) that...",
                       refs=[ref("r1", [Name("Bales", "K.")], "2004"), ref("r2", [Name("Orlova", "A.")], "2004")])
    assert [c.references for c in cits] == [["r1"], ["r2"]] and found == []


def test_possessive_narrative_citation() -> None:
    cits, _ = cite("Smith's (2010) study found none.", refs=[SMITH])
    assert cits[0].kind == "narrative" and cits[0].references == ["r1"]


def test_et_al_and_year_letters() -> None:
    refs = [ref("r1", [Name("Smith", "J."), Name("Lee", "K."), Name("Wu", "M.")], "2019a"),
            ref("r2", [Name("Smith", "J."), Name("Lee", "K."), Name("Wu", "M.")], "2019b")]
    cits, found = cite("Shown twice (Smith et al., 2019a, 2019b).", refs=refs)
    assert [c.references for c in cits] == [["r1"], ["r2"]] and cits[0].et_al and found == []


def test_not_citations_are_never_reported() -> None:
    text = ("Russia was demoted (from formerly being on the Tier 2-Watch List in 2013) in cities "
            "(specifically more prosperous cities such as St. Petersburg and Moscow). The Trafficking Victims "
            "Assistance Center (TVAC) helps (see Table 2) many people (N = 120) during the war (1939–1945) "
            "(https://example.org/a(b)) and 1. numbered items.")
    cits, found = cite(text, "mla", [SMITH])
    assert cits == []
    assert [f.code for f in found] == ["uncited"]


def test_personal_communication_needs_no_entry() -> None:
    cits, found = cite("She agreed (J. Smith, personal communication, May 2, 2019).", refs=[HUGHES])
    assert cits[0].kind == "personal"
    assert [f.code for f in found] == ["uncited"]


def test_near_miss_spelling_suggests_the_entry() -> None:
    _, found = cite("Globalization pulls (Hughes, 2000).", refs=[ref("r1", [Name("Huges", "D.")], "2000")])
    assert found[0].code == "name-mismatch"
    assert found[0].message == '"Hughes" has no entry; did you mean "Huges, D. (2000)"?'
    assert found[0].suggestions == ["r1"]


def test_wrong_year_names_the_entry_year() -> None:
    _, found = cite("Smuggling differs (Gallagher, 2001).", refs=[ref("r1", [Name("Gallagher", "A.")], "2002")])
    assert found[0].code == "year-mismatch" and "dated 2002, not 2001" in found[0].message


def test_diacritics_only_difference_is_info() -> None:
    _, found = cite("As shown (Muller, 2020).", refs=[ref("r1", [Name("Müller", "K.")], "2020")])
    assert [(f.code, f.severity) for f in found] == [("name-variant", "info")]


def test_particles_case_hyphens_and_apostrophes_are_ignored() -> None:
    refs = [ref("r1", [Name("van der Berg", "L.")], "2020"), ref("r2", [Name("O'Brien", "S.")], "2019"),
            ref("r3", [Name("Harroff-Tavel", "H.")], "2013")]
    cits, found = cite("Seen (Van der Berg, 2020; O’Brien, 2019; Harroff-Tavel, 2013) and (Berg, 2020).", refs=refs)
    assert [c.references for c in cits] == [["r1"], ["r2"], ["r3"], ["r1"]] and found == []


def test_organization_acronym_and_us_spelling() -> None:
    refs = [ref("r1", [Name(literal="International Organization for Migration")], "2008"),
            ref("r2", [Name(literal="United States Department of State")], "2009")]
    cits, found = cite("Counted (IOM, 2008) and ranked (U.S. Department of State, 2009).", refs=refs)
    assert [c.references for c in cits] == [["r1"], ["r2"]] and found == []


def test_apa_defined_abbreviation_is_reused() -> None:
    refs = [ref("r1", [Name(literal="Rural Health Information Hub")], "2023")]
    cits, found = cite("Closures (Rural Health Information Hub [RHIhub], 2023). Also (RHIhub, 2023).", refs=refs)
    assert [c.references for c in cits] == [["r1"], ["r1"]] and found == []


def test_two_entries_same_author_year_are_ambiguous() -> None:
    refs = [ref("r1", [Name(literal="International Organization for Migration")], "2009", "Reintegration"),
            ref("r2", [Name(literal="International Organization for Migration")], "2009", "Victims")]
    cits, found = cite("Assisted (IOM, 2009). Profiled (IOM, *Victims*, 2009).", refs=refs)
    assert [f.code for f in found] == ["ambiguous"]
    assert "2009a, 2009b" in found[0].message and cits[1].references == ["r2"]


def test_mla_short_title_tells_two_works_apart() -> None:
    refs = [ref("r1", [Name("Morrison", "Toni")], "1987", "Beloved"),
            ref("r2", [Name("Morrison", "Toni")], "1973", "Sula")]
    cits, found = cite("Memory (Morrison, Beloved 45) and rumor (Morrison, Sula 97).", "mla", refs)
    assert [c.references for c in cits] == [["r1"], ["r2"]] and found == []


def test_unclosed_quote_is_malformed_but_matched() -> None:
    refs = [ref("r1", [], "2018", "Trafficking Routes")]
    cits, found = cite("Chosen for weak controls (“Trafficking Routes). Also (“Trafficking Routes”).", "mla", refs)
    assert [f.code for f in found] == ["malformed-citation"]
    assert cits[0].references == ["r1"]


def test_no_list_gives_a_single_finding() -> None:
    _, found = cite("One (Smith, 2010). Two (Jones, 2011). Three (Lee, 2012).", has_list=False)
    assert [f.code for f in found] == ["no-reference-list"]


def test_numeric_citations_ranges_and_lists() -> None:
    refs = [ref(f"r{i}", [Name(f"A{i}", "B.")], "2017", label=str(i)) for i in range(1, 7)]
    cits, found = cite("Edge [1]. Energy [2], [5]. Latency [3]–[6]. Surveys [1, 4]. Missing [9]. Quote [sic].",
                       "ieee", refs)
    assert [c.keys for c in cits] == [["1"], ["2"], ["5"], ["3"], ["4"], ["5"], ["6"], ["1"], ["4"], ["9"]]
    assert [f.code for f in found] == ["no-entry"]


def test_locator_is_tied_to_the_source_named_in_the_sentence() -> None:
    refs = [ref("r1", [Name(literal="Transparency International")], "2009")]
    cits, found = cite("According to Transparency International's 2009 report, bribery is common (p.8).", refs=refs)
    assert cits[0].kind == "locator" and cits[0].references == ["r1"] and found == []


def test_lone_locator_without_a_named_source_is_left_alone() -> None:
    cits, found = cite("The rate was high (p.8).", refs=[SMITH])
    assert cits == [] and [f.code for f in found] == ["uncited"]


def test_citation_ids_are_in_document_order() -> None:
    cits, _ = cite("A (Smith, 2010). B (Hughes, 2000).", refs=[SMITH, HUGHES])
    assert [c.id for c in cits] == ["c1", "c2"]


def test_an_entry_listed_twice_is_not_ambiguous_and_its_copy_not_uncited() -> None:
    a = ref("r1", [Name("Zwerdling", "Alex")], "1986", "Virginia Woolf and the Real World")
    b = ref("r2", [Name("Zwerdling", "Alex")], "1986", "Virginia Woolf and the Real World")
    cits, found = cite("The city is a stage (Zwerdling 69).", "mla", [a, b])
    assert cits[0].references == ["r1"] and found == []


def test_mla_short_title_skips_the_leading_article() -> None:
    years = ref("r1", [Name("Woolf", "Virginia")], "1937", "The Years")
    memoir = ref("r2", [Name("Woolf", "Leonard")], "1967", "Downhill All the Way: An Autobiography of the Years")
    cits, found = cite("A city of fog (Woolf, Years 87).", "mla", [years, memoir])
    assert cits[0].references == ["r1"] and [f.code for f in found] == ["uncited"]


def test_mla_short_title_with_a_volume_number() -> None:
    diary = ref("r1", [Name("Woolf", "Virginia")], "1978", "The Diary of Virginia Woolf")
    years = ref("r2", [Name("Woolf", "Virginia")], "1937", "The Years")
    cits, _ = cite("She wrote it down (Woolf, Diary 2: 301).", "mla", [diary, years])
    assert cits[0].references == ["r1"]


def test_a_doubled_letter_slip_is_a_near_miss() -> None:
    woolf = ref("r1", [Name("Woolf", "Virginia")], "1925", "Mrs. Dalloway")
    _, found = cite("The clocks strike (Wolff 57).", "mla", [woolf])
    assert [f.code for f in found] == ["name-mismatch"] and "Woolf" in found[0].message


def test_an_acronym_older_than_the_name_still_finds_the_organisation() -> None:
    cdc = ref("r1", [Name(literal="Centers for Disease Control and Prevention")], "2017")
    cits, found = cite("Teens sleep too little (CDC, 2017).", refs=[cdc])
    assert cits[0].references == ["r1"] and found == []


def test_an_acronym_printed_in_the_entry_is_citable() -> None:
    unep = ref("r1", [Name(literal="United Nations Environment Programme (UNEP)")], "2021")
    cits, found = cite("Tourism depends on emissions policy (UNEP 2021).", "harvard", [unep])
    assert cits[0].references == ["r1"] and found == []


def test_roman_page_numbers_in_mla() -> None:
    intro = ref("r1", [Name("Bradshaw", "David")], "2000", "Introduction")
    cits, found = cite("The clock was new then (Bradshaw xiv).", "mla", [intro])
    assert (cits[0].references, cits[0].locator, found) == (["r1"], "xiv", [])


def test_a_second_and_ends_a_narrative_author_list() -> None:
    zakai = ref("r1", [Name("Zakai", "D."), Name("Chadwick-Furman", "N. E.")], "2002")
    cits, found = cite("Cover declined in Bonaire, and Zakai and\nChadwick-Furman (2002, p. 181) found the same.",
                       "harvard", [zakai])
    assert cits[0].authors == ["Zakai", "Chadwick-Furman"] and found == []


def test_a_sentence_end_ends_a_narrative_author_list() -> None:
    bootsma = ref("r1", [Name("Bootsma", "Martin C. J."), Name("Ferguson", "Neil M.")], "2007")
    cits, found = cite("Early action lowered deaths in Philadelphia and St. Louis. Bootsma and Ferguson (2007) "
                       "extended the analysis.", "chicago", [bootsma])
    assert cits[0].authors == ["Bootsma", "Ferguson"] and found == []


def test_a_citation_whose_opening_parenthesis_was_lost_is_malformed_and_still_matched() -> None:
    nces = ref("r1", [Name(literal="National Center for Education Statistics")], "2019")
    cits, found = cite("Students struggle. The National Center for Education Statistics [NCES],\n2019) reports "
                       "that 30% fail a course (NCES, 2019).", refs=[nces])
    assert [f.code for f in found] == ["malformed-citation"]
    assert "open it, e.g. (The National Center for Education Statistics [NCES], 2019)" in found[0].message
    assert [c.references for c in cits] == [["r1"], ["r1"]]


def test_a_closing_parenthesis_after_an_aside_is_not_a_citation() -> None:
    _, found = cite("Budgets shrank in 2019) and grew later; see the note (Smith, 2010).", refs=[SMITH])
    assert found == []


def test_a_misspelt_third_author_is_a_near_miss() -> None:
    blackwell = ref("r1", [Name("Blackwell", "L. S."), Name("Trzesniewski", "K. H."), Name("Dweck", "C. S.")],
                    "2007")
    _, found = cite("Blackwell, Trzesnieski, and Dweck (2007) followed 373 seventh graders.", refs=[blackwell])
    assert [f.code for f in found] == ["name-mismatch"] and "Trzesnieski" in found[0].message


IEEE_REFS = [ref("r1", [Name("Hu", "X."), Name("Li", "S.")], "2012"), ref("r2", [Name("Chen", "Y.")], "2019")]


def test_a_name_before_a_numeric_citation_is_checked_against_that_entry() -> None:
    _, found = cite("Hu et al. [1] compared models, while Chen et al. [1] found the opposite. See [2].",
                    "ieee", IEEE_REFS)
    assert [f.code for f in found] == ["name-mismatch"]
    assert found[0].message.startswith('"Chen et al. [1]": entry [1] is') and "did you mean [2]" in found[0].message


def test_a_co_author_named_before_a_numeric_citation_is_fine() -> None:
    _, found = cite("As Li [1] showed, and Chen [2] confirmed.", "ieee", IEEE_REFS)
    assert found == []


def test_a_numeric_citation_beyond_the_list_has_no_entry() -> None:
    _, found = cite("These agree with [1], [2] and [30].", "ieee", IEEE_REFS)
    assert [(f.code, f.message[:6]) for f in found] == [("no-entry", '"[30]"')]


def test_roman_page_numbers_after_a_year() -> None:
    harreld = ref("r1", [Name("Harreld", "Donald J.")], "2015")
    cits, found = cite("The league had no constitution (Harreld 2015, ix).", "chicago", [harreld])
    assert (cits[0].references, cits[0].locator, found) == (["r1"], "ix", [])


def test_particles_open_a_narrative_citation() -> None:
    dejong = ref("r1", [Name("de Jong", "E. J."), Name("Howard", "E.")], "2009")
    santos = ref("r2", [Name("Ferreira dos Santos", "M.")], "2016")
    cits, found = cite("Gains differ. de Jong and Howard (2009) observed it. Ferreira dos Santos (2016) agreed.",
                       refs=[dejong, santos])
    assert [c.references for c in cits] == [["r1"], ["r2"]] and found == []


def test_numeric_citation_with_a_place_in_the_source() -> None:
    cits, found = cite("Clients drift [1, Sec. III]; see also [2, Fig. 2] and [2, p. 4].", "ieee", IEEE_REFS)
    assert [(c.keys, c.locator, c.references) for c in cits] == [
        (["1"], "Sec. III", ["r1"]), (["2"], "Fig. 2", ["r2"]), (["2"], "p. 4", ["r2"])]
    assert found == []


def test_an_interval_starting_at_zero_is_not_a_citation() -> None:
    cits, found = cite("The margin is clipped to [0, 1] before the step in [2].", "ieee", IEEE_REFS)
    assert [c.keys for c in cits] == [["2"]] and [f.code for f in found] == ["uncited"]


def test_places_in_parentheses_are_not_citations() -> None:
    cits, found = cite("Reviewers in both capitals (St. Petersburg and Moscow) were bored (Smith 2010, 4).",
                       "mla", [SMITH])
    assert [c.authors for c in cits] == [["Smith"]] and found == []


def test_a_saint_surname_with_a_year_is_still_an_author() -> None:
    stjohn = ref("r1", [Name("St. John", "P.")], "2016")
    cits, found = cite("Reef tourism fell after bleaching (St. John 2016).", "harvard", [stjohn])
    assert cits[0].references == ["r1"] and found == []


def test_an_unclosed_narrative_year_is_malformed_and_matched() -> None:
    purdam = ref("r1", [Name("Purdam", "K."), Name("Garratt", "E."), Name("Esmail", "A.")], "2016")
    cits, found = cite("Purdam, Garratt and Esmail (2016 found that users felt shame.", "harvard", [purdam])
    assert [f.code for f in found] == ["malformed-citation"] and cits[0].references == ["r1"]
    assert "Purdam, Garratt and Esmail (2016 is never closed" in found[0].message


def test_an_unclosed_citation_with_a_signal_a_list_of_names_and_a_locator_is_malformed_and_matched() -> None:
    holst = ref("r1", [Name("Holst", "J."), Name("Berg", "K."), Name("Lund", "M.")], "2009")
    rocca = ref("r2", [Name("Rocca", "W."), Name("Grossardt", "B."), Name("Shuster", "L.")], "2014")
    text = ("Trials interact (see also Holst et al., 2009. Costs fall (Rocca, Grossardt, and Shuster 2014:12–15.\n\n"
            "A date in an aside (In 2005 we saw it. Then.")
    cits, found = cite(text, "chicago", [holst, rocca])
    assert [f.code for f in found] == ["malformed-citation", "malformed-citation"]
    assert [c.references for c in cits] == [["r1"], ["r2"]]


def test_an_unclosed_mla_page_citation_is_malformed_and_matched() -> None:
    showalter = ref("r1", [Name("Showalter", "Elaine")], "1990", "Sexual Anarchy")
    cits, found = cite("The bachelors' bonds matter (Showalter 107. On her reading, Jekyll hides desire.",
                       "mla", [showalter])
    assert [f.code for f in found] == ["malformed-citation"] and cits[0].references == ["r1"]


def test_an_unclosed_mla_citation_with_et_al_a_signal_or_no_page_is_malformed_and_matched() -> None:
    yu = ref("r1", [Name("Yu", "H."), Name("Chen", "L."), Name("Ma", "J.")], "2018")
    gledson = ref("r2", [Name("Gledson", "John")], "1984", "The Deceptive Realism of Machado de Assis")
    text = ("Costs fall with scale (see also Yu et al. 101–03. Comparative analyses agree.\n\n"
            "The novel is a trap (Gledson. Its narrator lies.")
    cits, found = cite(text, "mla", [yu, gledson])
    assert [f.code for f in found] == ["malformed-citation", "malformed-citation"]
    assert [c.references for c in cits] == [["r1"], ["r2"]]
    assert "(see also Yu et al. 101–03 is never closed" in found[0].message


def test_an_unclosed_mla_name_without_a_page_that_names_no_entry_is_not_a_citation() -> None:
    cits, found = cite("The survey was long (Appendix. Its answers were coded twice.", "mla", [SMITH])
    assert cits == [] and [f.code for f in found] == ["uncited"]


def test_a_misspelt_ending_is_a_near_miss() -> None:
    rushdy = ref("r1", [Name("Rushdy", "Ashraf H. A.")], "1992", "Daughters Signifyin(g) History")
    _, found = cite("Memory is history's ghost (Rushdie 571).", "mla", [rushdy])
    assert [f.code for f in found] == ["name-mismatch"] and "Rushdy" in found[0].message


def test_a_character_named_before_a_title_citation_is_not_its_author() -> None:
    article = ref("r1", [], "2008", "Woolf and the Metropolis")
    cits, found = cite('The Years has had less attention than Mrs. Dalloway ("Woolf and the Metropolis" 8).',
                       "mla", [article])
    assert (cits[0].kind, cits[0].authors, cits[0].references, found) == ("parenthetical", [], ["r1"], [])


def test_a_quoted_line_of_dialogue_is_not_a_title_citation() -> None:
    cits, found = cite('Lou\'s final speech ("There\'s something else for me") is often quoted (Smith 2010, 4).',
                       "mla", [SMITH])
    assert [c.authors for c in cits] == [["Smith"]] and found == []


def test_a_title_citation_finds_its_entry_without_the_article() -> None:
    ranch = ref("r1", [], "2019", "The Kiowa Ranch")
    cits, found = cite('The ranch is kept by the university ("Kiowa Ranch").', "mla", [ranch])
    assert cits[0].references == ["r1"] and found == []


def test_chicago_reprint_year_fits_either_year() -> None:
    habermas = ref("r1", [Name("Habermas", "Jürgen")], "1962")
    habermas.raw = "Habermas, Jürgen. (1962) 1989. The Structural Transformation of the Public Sphere."
    cits, found = cite("Private persons came together as a public (Habermas [1962] 1989, 27).", "chicago", [habermas])
    assert cits[0].references == ["r1"] and found == []


def test_names_in_other_scripts_open_citations() -> None:
    kirli = ref("r1", [Name("Kırlı", "Cengiz")], "2000a")
    cits, found = cite("The state listened closely (Kırlı 2000a, 112).", "chicago", [kirli])
    assert cits[0].references == ["r1"] and found == []


def test_a_long_particle_name_pair_is_a_narrative_citation() -> None:
    vries = ref("r1", [Name("de Vries", "Jan"), Name("van der Woude", "Ad")], "1997")
    _, found = cite("It paid; de\nVries and van der Woude (1998) estimate the investment.", "chicago", [vries])
    assert [f.code for f in found] == ["year-mismatch"]


def test_an_mla_citation_whose_opening_parenthesis_was_lost() -> None:
    delbanco = ref("r1", [Name("Delbanco", "Andrew")], "2005", "Melville")
    cits, found = cite("The ship is a floating mill Delbanco 147). Others read it as a market.", "mla", [delbanco])
    assert [f.code for f in found] == ["malformed-citation"] and cits[0].references == ["r1"]


def test_checking_citations_leaves_the_extracted_citations_unchanged():
    doc = Document(path="t.txt", text="As shown (Smith, 2010) and (Zzyzx, 2011).\n")
    cits = extract_citations(doc, [(0, len(doc.text))], "apa")
    before = [(c.id, c.text, list(c.references), list(c.hints)) for c in cits]
    check_citations(cits, [SMITH], True)
    assert [(c.id, c.text, list(c.references), list(c.hints)) for c in cits] == before


def test_every_match_outcome_is_counted():
    doc = Document(path="t.txt", text="As shown (Smith, 2010), (Smith, 2012) and (Zzyzx, 2011).\n")
    checked = check_citations(extract_citations(doc, [(0, len(doc.text))], "apa"), [SMITH], True)
    assert (checked.outcomes["ok"], checked.outcomes["year-mismatch"], checked.outcomes["no-entry"]) == (1, 1, 1)


SOBRAL = ref("r3", [Name("Sobral", "A."), Name("Giacomelli", "B.")], "2016")
KESSLER3 = ref("r4", [Name("Kessler", "R."), Name("Chiu", "W."), Name("Demler", "O.")], "2004", "Prevalence")
KESSLER2 = ref("r5", [Name("Kessler", "R."), Name("Merikangas", "K.")], "2004", "The epidemiology")


def test_abnt_semicolon_joins_coauthors_of_one_source() -> None:
    cits, found = cite("Como mostram (SOBRAL; GIACOMELLI, 2016, p. 3).", refs=[SOBRAL])
    assert [(c.authors, c.year, c.locator, c.references) for c in cits] == [
        (["SOBRAL", "GIACOMELLI"], "2016", "p. 3", ["r3"])]
    assert [f.code for f in found] == []


def test_abnt_coauthors_are_joined_beside_a_malformed_part_of_the_same_group() -> None:
    andrade = ref("r8", [Name("Andrade", "J. M."), Name("Laros", "J. A.")], "2007")
    laros = ref("r9", [Name("Laros", "J. A."), Name("Marciano", "J. L. P.")], "2008")
    cits, found = cite("Na literatura (ANDRADE; LAROS, 2007; FERRÃO et al.; 2001; SOBRAL; GIACOMELLI, 2016).",
                       refs=[andrade, laros, SOBRAL])
    assert [c.references for c in cits if c.references] == [["r8"], ["r3"]]
    assert [f.code for f in found if f.code == "year-mismatch"] == []


def test_e_and_y_join_authors_like_and() -> None:
    cits, _ = cite("Segundo Sobral e Giacomelli (2016), isso vale.", refs=[SOBRAL])
    assert cits[0].authors == ["Sobral", "Giacomelli"] and cits[0].references == ["r3"]


def test_et_al_picks_the_entry_with_three_or_more_authors() -> None:
    _, found = cite("As found (Kessler et al., 2004).", refs=[KESSLER3, KESSLER2])
    assert [f.code for f in found if f.code == "ambiguous"] == []


def test_et_al_picks_the_entry_the_list_itself_prints_with_et_al() -> None:
    feng_et_al = Reference(id="r6", line=100, column=1,
                           raw="FENG, X. et al. The impacts of asset specificity. China Rural Survey, n.4, 2018.",
                           fields=Fields(authors=[Name("FENG", "X.")], year="2018", title="The impacts"))
    feng_huo = ref("r7", [Name("FENG", "X."), Name("HUO", "X.")], "2018", "Total factor productivity")
    cits, found = cite("Farmers adapt (FENG et al., 2018).", refs=[feng_et_al, feng_huo])
    assert [f.code for f in found if f.code == "ambiguous"] == [] and cits[0].references == ["r6"]


def test_a_name_and_year_at_the_end_of_a_longer_aside_is_read() -> None:
    cits, found = cite("Clusters were defined (summarized in Smith, 2010) long ago.", refs=[SMITH])
    assert [c.references for c in cits] == [["r1"]] and found == []


def test_a_name_and_year_after_a_figure_reference_in_a_group_is_read() -> None:
    cits, _ = cite("Outside the nervous system (Figure 1F and Smith et al., 2010; Hughes, 2000).",
                   refs=[SMITH, HUGHES])
    assert sorted(r for c in cits for r in c.references) == ["r1", "r2"]


def test_a_word_and_a_number_in_an_aside_is_not_a_citation() -> None:
    cits, found = cite("Sampled (Station 1998 was dry) in May.", refs=[SMITH])
    assert cits == [] and found == [f for f in found if f.code == "uncited"]


def test_a_lone_name_the_paper_also_writes_in_lower_case_needs_an_entry_near_it() -> None:
    text = "Os dados do censo foram usados. Para a análise, foi utilizado o Censo (2010), como Smith (2010)."
    cits, found = cite(text, refs=[SMITH])
    assert [c.text for c in cits] == ["Smith (2010)"] and found == []


def test_a_lone_unlisted_name_that_is_no_common_word_is_still_no_entry() -> None:
    _, found = cite("Data were pooled, as Fisher (1925) proposed, and Smith (2010) agreed.", refs=[SMITH])
    assert [f.code for f in found] == ["no-entry"]


def test_a_family_name_that_spells_a_label_and_a_roman_numeral_is_a_name() -> None:
    li = ref("r10", [Name("Li", "K.")], "2009")
    cits, found = cite("Human capital matters (LI, 2009), as (Li, 2009) says.", refs=[li])
    assert [c.references for c in cits] == [["r10"], ["r10"]] and found == []


def test_a_month_followed_by_et_al_is_a_family_name() -> None:
    jan = ref("r11", [Name("Jan", "T."), Name("Qadri", "R."), Name("Naqvi", "B.")], "2018")
    cits, found = cite("Compounds were isolated (Jan et al., 2018). Sampled in (May 2019) too.", refs=[jan])
    assert [(c.text, c.references) for c in cits] == [("Jan et al., 2018", ["r11"])] and found == []


def test_an_acronym_before_the_author_in_a_parenthesis_is_a_label() -> None:
    cits, found = cite("The “intermediate disturbance hypothesis” (IDH, Smith, 2010) predicts it.", refs=[SMITH])
    assert [c.references for c in cits] == [["r1"]] and found == []


def test_a_botanical_authority_cites_its_entry_by_an_abbreviated_or_glued_name() -> None:
    pellegrin = ref("r12", [Name("Pellegrin", "F.")], "1920")
    rusby = ref("r13", [Name("Rusby", "H. H.")], "1920")
    text = ("Four genera: the African Letestudoxa Pellegr. (1920: 654), and D. paucifloraRusby (1920: 18), "
            "which have been considered a single species.")
    cits, found = cite(text, refs=[pellegrin, rusby])
    assert [c.references for c in cits] == [["r12"], ["r13"]] and found == []


def test_a_year_cell_cites_the_author_in_the_cell_beside_it() -> None:
    text = "Ano | Autor | Categorias\n\n2010 | Smith | Pioneira e clímax\n\n2000 | Hughes | Secundária\n"
    cits, found = cite(text, refs=[SMITH, HUGHES])
    assert [(c.text, c.references) for c in cits] == [("2010", ["r1"]), ("2000", ["r2"])] and found == []


def test_a_misspelt_author_after_a_label_is_a_near_miss() -> None:
    _, found = cite("The “intermediate disturbance hypothesis” (IDH, Smyth, 2010) predicts it.", refs=[SMITH])
    assert [(f.code, f.suggestions) for f in found] == [("name-mismatch", ["r1"])]


def test_an_entry_that_prints_no_year_is_no_year_mismatch() -> None:
    ogata = Reference(id="r14", line=100, column=1,
                      raw="Ogata, R. & Gomes, E.P.C. Estrutura e composição da vegetação. Hoehnea 33(3): 371-384.",
                      fields=Fields(authors=[Name("Ogata", "R."), Name("Gomes", "E.P.C.")], year=None,
                                    title="Estrutura e composição da vegetação"))
    cits, found = cite("Como em Ogata & Gomes (2006), a mata é secundária.", refs=[ogata])
    assert cits[0].references == ["r14"] and [f.code for f in found] == []


def test_comma_separated_group_gives_one_citation_per_source() -> None:
    cits, _ = cite("Known hosts (Smith 2010, Hughes 2000).", refs=[SMITH, HUGHES])
    assert [c.references for c in cits] == [["r1"], ["r2"]]


def test_bare_extra_year_belongs_to_the_same_authors() -> None:
    cits, _ = cite("As argued (Smith, 2010; 2012).", refs=[SMITH])
    assert [(c.authors, c.year) for c in cits] == [(["Smith"], "2010"), (["Smith"], "2012")]


def test_citation_glued_to_a_word_is_read() -> None:
    cits, _ = cite("Tagged with GFP(Smith, 2010) as before.", refs=[SMITH])
    assert cits[0].references == ["r1"]


def test_name_and_year_opening_a_longer_aside_is_read() -> None:
    cits, _ = cite("This is known (see Smith, 2010 for a review).", refs=[SMITH])
    assert cits[0].references == ["r1"]


def test_bracketed_author_date_citation_is_read() -> None:
    cits, _ = cite("The nuclei targeted here [Hughes, 2000] remain.", refs=[HUGHES])
    assert [c.references for c in cits] == [["r2"]]


def test_parenthesis_without_year_in_an_author_date_paper_is_no_finding() -> None:
    _, found = cite("Receptors (PRRs) bind (Sigma) in (Ottawa, Canada) as in (Study 2) (Smith, 2010).",
                    refs=[SMITH])
    assert [f.code for f in found] == []


def test_species_authority_without_entry_is_no_finding() -> None:
    _, found = cite("The pest Callosobruchus chinensis (Linnaeus, 1758) was reared (Smith, 2010).", refs=[SMITH])
    assert [f.code for f in found] == []


def test_authority_of_a_species_with_a_non_latin_looking_epithet_is_no_finding() -> None:
    # Acta Amazonica 49(3):173 and ZooKeys 100 (real articles): "-ana", "-os", "-er" epithets, an old authority
    text = ("Ceraeochrysa cubana (Hagen, 1861) was constant. Pterostichus niger(Schaller 1783) was rare. "
            "Ceraeochrysa everes (Banks, 1920) was accidental, as C. everes often is (Smith, 2010).")
    _, found = cite(text, refs=[SMITH])
    assert [f.code for f in found] == []


def test_a_recent_work_cited_after_an_english_phrase_still_needs_its_entry() -> None:
    _, found = cite("Previous studies (Hughes, 2015) disagree (Smith, 2010).", refs=[SMITH])
    assert [f.code for f in found] == ["no-entry"]


def test_entry_misparsed_as_one_author_is_still_found_by_its_printed_name() -> None:
    bad = Reference(id="r9", line=100, column=1, raw="Dallas WS, Falkow S. 1980. Amino acid sequence homology.",
                    fields=Fields(authors=[Name("Dallas WS", "Falkow S.")], year="1980", title="Amino acid"))
    cits, found = cite("Toxin genes (Dallas and Falkow, 1980) differ.", refs=[bad])
    assert cits[0].references == ["r9"] and [f.code for f in found] == []


def test_legal_case_citation_needs_no_entry() -> None:
    _, found = cite("Segregation was struck down in Brown v. Board of Education, 347 U.S. 483 (1954), "
                    "as others noted (Smith, 2010).", refs=[SMITH])
    assert [f.code for f in found] == []


def test_numeric_paper_parenthesis_with_a_name_and_no_match_is_no_finding() -> None:
    _, found = cite("Cells were lysed (Qiagen, Valencia, 2009) as described [1].", style="ieee",
                    refs=[ref("r1", [Name("Smith", "J.")], "2010", label="1")])
    assert [f.code for f in found] == []


def test_among_others_closing_an_abnt_group_is_not_a_source() -> None:
    cits, found = cite("Estudos (Sobral; Giacomelli, 2016; Smith, 2010; entre otros).", refs=[SOBRAL, SMITH])
    assert [c.references for c in cits] == [["r3"], ["r1"]] and [f.code for f in found] == []


def test_name_and_year_in_running_text_is_linked_when_it_matches() -> None:
    cits, _ = cite("Supporting this, Smith et al., 2010 also implicated it.", refs=[SMITH])
    assert [c.references for c in cits] == [["r1"]]


def test_name_and_year_in_running_text_with_no_entry_is_no_finding() -> None:
    _, found = cite("Supporting this, Gordon et al., 2006 also implicated it (Smith, 2010).", refs=[SMITH])
    assert [f.code for f in found] == []


HART = ref("r3", [Name("Hart", "J. R."), Name("Lee", "K.")], None, "MYC regulates the non-coding transcriptome")
OCKINGER = ref("r4", [Name("Öckinger", "E."), Name("Smith", "H. G.")], None, "Semi-natural grasslands")


def test_mla_author_named_in_running_text_cites_the_entry() -> None:
    cits, found = cite("Hart et al. show the same, and Öckinger and Smith agree (Hughes 4).", "mla",
                       [HART, OCKINGER, HUGHES])
    assert [c.references for c in cits if c.kind == "narrative"] == [["r3"], ["r4"]]
    assert [f.code for f in found] == []


def test_mla_surnames_in_capitals_and_an_organisation_named_in_running_text_cite_their_entries() -> None:
    morson = ref("r5", [Name("MORSON", "G. S."), Name("EMERSON", "C.")], None, "Mikhail Bakhtin")
    who = ref("r6", [Name(literal="World Health Organization")], None, "Spoken Language Processing")
    cits, found = cite("MORSON and EMERSON found that it holds. World Health Organization reported the same "
                       "(Hughes 4).", "mla", [morson, who, HUGHES])
    assert [c.references for c in cits if c.kind == "narrative"] == [["r5"], ["r6"]]
    assert [f.code for f in found] == []


def test_mla_name_in_running_text_that_names_no_entry_is_never_a_finding() -> None:
    # (the subject of a reporting verb, "Harte et al. show", is a citation: tests/test_cite_mla.py)
    cits, found = cite("As in Harte et al., the same holds, and Hughes agrees (Hughes 4).", "mla", [HART, HUGHES])
    assert [c.text for c in cits if c.kind == "narrative"] == ["Hughes"]
    assert [(f.code, f.reference) for f in found] == [("uncited", "r3")]  # no "did you mean Hart?"


def test_mla_parenthesis_naming_authors_without_a_page_is_a_citation() -> None:
    _, found = cite("Samples differ (see also Vashlishan et al.), as shown (Hughes 4).", "mla", [HUGHES])
    assert [f.code for f in found] == ["no-entry"]


def test_a_typographic_hyphen_in_a_name_is_a_hyphen() -> None:
    brito = ref("r5", [Name("Batista-Brito", "R."), Name("Fishell", "G.")], "2009")
    cits, found = cite("Cells differ (Batista\u2010Brito and Fishell, 2009).", "apa", [brito])
    assert [c.references for c in cits] == [["r5"]] and found == []


def test_mla_chapter_locator_after_et_al() -> None:
    cits, found = cite("As shown (Hart et al., chap. 2) and (Hart et al., sec.3).", "mla", [HART])
    assert [(c.references, c.locator) for c in cits] == [(["r3"], "chap. 2"), (["r3"], "sec.3")]
    assert found == []


def test_mla_editor_of_an_edited_volume_named_in_running_text_is_read() -> None:
    volume = Reference(id="r6", line=100, column=1, raw="Binstock, R. H., and L. K. George, editors. Handbook. 1990.",
                       fields=Fields(editors=[Name("Binstock", "R. H."), Name("George", "L. K.")], title="Handbook"))
    cits, _ = cite("Binstock found the same (Hughes 4).", "mla", [volume, HUGHES])
    assert [c.text for c in cits if c.kind == "narrative"] == ["Binstock"]


def test_a_copy_of_an_entry_with_its_own_year_letter_is_uncited_when_no_citation_names_that_letter() -> None:
    first = ref("r1", [Name("Ringholz", "G. M.")], "2005a", "Prevalence and patterns of depression")
    copy = ref("r2", [Name("Ringholz", "G. M.")], "2005b", "Prevalence and patterns of depression")
    cits, found = cite("Depression is common after injury (Ringholz, 2005a).", "apa", [first, copy])
    assert cits[0].references == ["r1"] and [(f.code, f.reference) for f in found] == [("uncited", "r2")]


def test_a_court_case_in_the_list_cited_by_its_parties_is_not_uncited() -> None:
    from refcheck.pipeline import check_document

    text = ("Introduction\n\nOff-label promotion was litigated (US ex rel. Franklin v. Parke-Davis, Division of "
            "Warner-Lambert Company, 2003). Prices rose (Smith, 2010).\n\nReferences\n\n"
            "Smith, J. (2010). Drug prices and promotion. Journal of Health Economics, 29(3), 1-12.\n"
            "US ex rel. Franklin v. Parke-Davis, Division of Warner-Lambert Company. (2003). Civil action "
            "No. 96-11651-PBS. District Court, D. Massachusetts.\n"
            "Jones, K. (2012). Marketing to physicians. Health Affairs, 31(2), 20-29.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [(f.code, report.references[int(f.reference[1:]) - 1].raw[:5]) for f in report.findings
            if f.code == "uncited"] == [("uncited", "Jones")]


def test_mla_two_authors_or_et_al_before_a_short_title_are_read_as_authors() -> None:
    zhang = ref("r1", [Name("Zhang", "L."), Name("Sivertsen", "G.")], None,
                "The New Research Assessment Reform in China")
    causey = ref("r2", [Name("Causey", "O. R."), Name("Kemp", "G. E."), Name("Madbouly", "M. H.")], None,
                 "Isolations of Simbu-Group Viruses in Ibadan")
    cits, found = cite("Reform came late (Zhang and Sivertsen, The New Research Assessment Reform in China). Viruses "
                       "spread (Causey et al., \u201cIsolations of Simbu-Group Viruses in Ibadan\u201d).", "mla",
                       [zhang, causey])
    assert [(c.authors, c.references) for c in cits] == [(["Zhang", "Sivertsen"], ["r1"]), (["Causey"], ["r2"])]
    assert found == []


def test_an_entry_printing_et_al_has_three_or_more_authors_so_et_al_tells_it_from_a_pair() -> None:
    wang = Reference(id="r1", line=100, column=1, raw="Wang, L., et al. \u201cProgramming and Inheritance of "
                     "Parental DNA Methylomes in Mammals.\u201d Cell, vol. 157, 2014, pp. 979\u201391.",
                     fields=Fields(authors=[Name("Wang", "L.")], year="2014",
                                   title="Programming and Inheritance of Parental DNA Methylomes in Mammals"))
    pair = ref("r2", [Name("Wang", "Sida"), Name("Manning", "Christopher D.")], "2012", "Baselines and Bigrams")
    cits, found = cite("Methylation is inherited (Wang et al.). Bigrams are strong (Wang and Manning).", "mla",
                       [wang, pair])
    assert [c.references for c in cits] == [["r1"], ["r2"]] and found == []


def test_a_year_inside_a_quoted_title_is_the_titles_not_the_citations() -> None:
    merovci = ref("r1", [Name("MEROVCI", "F."), Name("ELBATAL", "I.")], "2015", "Thin Solid Films 636, 164 (2017)")
    cits, found = cite("Films thin out (MEROVCI and ELBATAL, \u201cThin Solid Films 636, 164 (2017)\u201d; Hughes 4).",
                       "mla", [merovci, HUGHES])
    assert [(c.authors, c.year, c.references) for c in cits if c.kind == "parenthetical"] == [
        (["MEROVCI", "ELBATAL"], None, ["r1"]), (["Hughes"], None, ["r2"])]


def test_a_narrative_pair_joined_by_french_et_names_both_authors() -> None:
    grignon = ref("r1", [Name("GRIGNON", "Claude"), Name("PASSERON", "Jean-Claude")], "1989")
    cits, found = cite("Sur le légitimisme, Grignon et Passeron (1989) reprochent à Bourdieu ceci.", refs=[grignon])
    assert [c.authors for c in cits] == [["Grignon", "Passeron"]]
    assert [f.code for f in found] == []


def test_publication_facts_in_parentheses_after_a_cited_title_belong_to_that_citation() -> None:
    margolis = ref("r1", [Name("Margolis", "M.")], "2011", title="Arduino Cookbook")
    text = "Exposure precedes the outcome (cf. M. Margolis, Arduino Cookbook (O’Reilly Media, Massachusetts, 2011))."
    cits, found = cite(text, "mla", refs=[margolis])
    assert [(c.text, c.references) for c in cits] == [("M. Margolis, Arduino Cookbook", ["r1"])]
    assert [f.code for f in found] == []


def test_a_data_source_under_a_table_counts_only_when_it_ties_to_an_entry() -> None:
    text = ("Table 2. Enrolment by region.\nSource: CEPAL (2016) and World Bank (2016).\n\n"
            "As Smith (2010) shows, it grew.")
    cits, found = cite(text, refs=[SMITH])
    assert [c.references for c in cits] == [["r1"]]
    assert [f.code for f in found] == []


def test_a_source_line_citation_of_a_listed_work_cites_it() -> None:
    cits, found = cite("Figure 1. Yield.\nFonte: Smith (2010).\n", refs=[SMITH])
    assert [c.references for c in cits] == [["r1"]] and found == []


LAHIRE = ref("r3", [Name("Lahire", "Bernard")], "2004", "La Culture des individus. Dissonances culturelles")
TIP = ref("r4", [], "2009", "Trafficking in Persons Report")


def test_a_title_s_first_word_before_other_years_is_no_year_mismatch() -> None:
    _, found = cite("Les enquêtes du ministère de la Culture (1973, 1981, 1989) le montrent.", refs=[LAHIRE])
    assert [f.code for f in found if f.code == "year-mismatch"] == []


def test_a_whole_title_in_the_author_place_with_another_year_is_a_year_mismatch() -> None:
    _, found = cite("Victims are counted each year (Trafficking in Persons Report, 2010).", refs=[TIP])
    assert [f.code for f in found] == ["year-mismatch"]


def test_a_particle_alone_before_a_year_names_nobody() -> None:
    cits, found = cite("Pomet, na sua História geral das drogas (de 1694), dizia ser a cochonilha um inseto.",
                       refs=[SMITH])
    assert cits == [] and [f.code for f in found] == ["uncited"]


def test_a_book_number_before_the_year_is_not_an_author() -> None:
    cits, _ = cite("Encontramos el mismo mecanismo en autores como Epicteto (III, 1993, p. 321).", refs=[SMITH])
    assert all(c.authors != ["III"] for c in cits)


def test_a_title_dated_before_its_author_is_not_a_narrative_citation_of_its_last_word() -> None:
    _, found = cite("Cita cuatro libros: Der Mut zum Sein (1953) de Paul Tillich y otros.", refs=[SMITH, HUGHES])
    assert [f.code for f in found if f.severity == "error"] == []


def test_a_name_before_a_year_followed_by_by_still_matches_its_entry() -> None:
    cits, _ = cite("Smith (2010) by Hughes is often cited.", refs=[SMITH, HUGHES])
    assert cits[0].references == ["r1"]


def test_a_single_name_citing_its_joint_work_by_a_later_author_is_no_year_mismatch() -> None:
    dias = ref("r1", [Name("Dias", "José Lopes")], "1959", "A reforma pombalina")
    joint = ref("r2", [Name("Morais", "Ana"), Name("Dias", "José Lopes")], "1955", "Inventário da botica")
    _, found = cite("Como mostrou Dias (1955), a botica era pequena.", refs=[dias, joint])
    assert "year-mismatch" not in [f.code for f in found]


def test_an_et_al_citation_with_another_year_is_still_a_year_mismatch_beside_a_joint_work() -> None:
    berger = ref("r1", [Name("Berger", "S."), Name("Kouzarides", "T.")], "2010")
    other = ref("r2", [Name("Allis", "C."), Name("Berger", "S.")], "2011")
    _, found = cite("Chromatin marks persist (Berger et al., 2011).", refs=[berger, other])
    assert [f.code for f in found if f.severity == "error"] == ["year-mismatch"]


def test_initials_before_a_hyphenated_family_name_still_find_its_entry() -> None:
    ghizoni = ref("r1", [Name("Ghizoni-Jr", "Carla")], "2003", "Compensating Balance Requirements")
    cits, found = cite("Balances were surveyed (C. Ghizoni-Jr. 2003, 12–15).", "chicago", [ghizoni])
    assert cits[0].references == ["r1"] and found == []


def test_a_person_and_a_body_as_co_authors_find_their_entry() -> None:
    macdonald = ref("r1", [Name("MacDonald", "N. E."), Name(literal="SAGE Working Group on Vaccine Hesitancy")], "2015")
    cits, found = cite("Doubts grew (MacDonald & SAGE Working Group on Vaccine Hesitancy, 2015).", refs=[macdonald])
    assert cits[0].references == ["r1"] and found == []


def test_a_quoted_title_cites_an_entry_that_prints_its_title_in_the_author_place() -> None:
    pollinator = Reference(id="r1", line=100, column=1, raw="Pollinator. (n.d.). In Merriam-Webster dictionary.",
                           fields=Fields(authors=[Name("Pollinator")], year="n.d.", title="In Merriam-Webster"))
    cits, found = cite('Bees carry pollen ("Pollinator," n.d.).', refs=[pollinator])
    assert cits[0].references == ["r1"] and found == []


def test_portuguese_spanish_and_german_no_date_marks_are_years() -> None:
    ibge = ref("r1", [Name(literal="IBGE")], "n.d.")
    rae = ref("r2", [Name(literal="Real Academia Española")], "n.d.")
    cits, found = cite("Dados do censo (IBGE, s.d.) e do dicionário (Real Academia Española, s.f.).", refs=[ibge, rae])
    assert [c.references for c in cits] == [["r1"], ["r2"]] and found == []


def test_a_film_s_time_stamp_is_a_locator_after_its_short_title() -> None:
    rear = ref("r1", [Name("Hitchcock", "Alfred")], "1954", "Rear Window")
    vertigo = ref("r2", [Name("Hitchcock", "Alfred")], "1958", "Vertigo")
    cits, found = cite("The shot lingers (Hitchcock, Rear Window 01:33:40) and returns (Vertigo 00:14:20–00:16:05).",
                       "mla", [rear, vertigo])
    assert [(c.references, c.locator) for c in cits] == [(["r1"], "01:33:40"), (["r2"], "00:14:20–00:16:05")]
    assert found == []


def test_a_misspelt_family_name_printed_with_its_initials_is_a_near_miss() -> None:
    murray = ref("r1", [Name("Murray", "D. T."), Name("Lee", "K.")], "2014")
    _, found = cite("Results were replicated (Murraay DT et al., 2014).", refs=[murray])
    assert [f.code for f in found] == ["name-mismatch"] and "Murray" in found[0].message


def test_a_parenthesis_with_an_empty_author_slot_does_not_take_the_word_before_it_as_author() -> None:
    _, found = cite("This is similar to what was found for Argentina ( , 2018) and eight countries.", refs=[SMITH])
    assert [f.code for f in found if f.severity == "error"] == []


def test_a_medline_family_holding_its_initials_is_found_without_them() -> None:
    murray = ref("r1", [Name("Murray DT", "L. C."), Name("Lee", "K.")], "2014")
    _, found = cite("Results were replicated (Murraay DT et al., 2014).", refs=[murray])
    assert [f.code for f in found] == ["name-mismatch"] and "Murray" in found[0].message
    cits, found = cite("Results were replicated (Murray et al., 2014).", refs=[murray])
    assert cits[0].references == ["r1"] and found == []


def test_a_stray_full_stop_after_the_year_leaves_the_citation_whole() -> None:
    carnegie = ref("r1", [Name(literal="Carnegie Endowment for International Peace")], "2023")
    cits, found = cite("Climate change, especially without adequate adaptation, can deprive people of their feelings "
                       "of control and of their future outlook (Carnegie Endowment for International Peace, 2023.).",
                       refs=[carnegie])
    assert [(c.year, c.references) for c in cits] == [("2023", ["r1"])] and found == []
