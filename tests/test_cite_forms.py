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
    return cits, check_citations(cits, refs or [], has_list)


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
