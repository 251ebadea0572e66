"""The seeds, read as a careful editor would: each finding the checker must report,
and silence on every correct citation. References are hand-parsed sidecars
(fixtures/papers/seeds/*.json) so these tests do not depend on the list parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from citation_papers import load_paper

from refcheck.citations import check_citations, extract_citations
from refcheck.model import Citation, Finding

ROOT = Path(__file__).resolve().parent.parent


def run(seed: str) -> tuple[list[Citation], list[Finding]]:
    txt = next((ROOT / "fixtures" / "seeds").glob(f"{seed}_*.txt"))
    doc, regions, refs, style, has_list, _ = load_paper(txt, ROOT / "fixtures" / "papers" / "seeds" / f"{seed}.json")
    cits = extract_citations(doc, regions, style)
    checked = check_citations(cits, refs, has_list)
    return checked.citations, checked.findings


def codes(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def by_text(cits: list[Citation], text: str) -> list[Citation]:
    return [c for c in cits if c.text == text]


# --- 000: MLA student paper with Works Cited -------------------------------------------

def test_000_ruthland_is_a_misspelling_of_rutland() -> None:
    _, found = run("000")
    [f] = codes(found, "name-mismatch")
    assert f.severity == "error"
    assert f.message == '"Ruthland" has no entry; did you mean "Rutland, Peter (2000)"?'
    assert f.suggestions == ["r12"]
    assert (f.line, f.column) == (19, 887)


def test_000_every_buckley_citation_is_ambiguous_between_her_two_articles() -> None:
    cits, found = run("000")
    amb = codes(found, "ambiguous")
    assert [c.text for c in cits if c.id in {f.citation for f in amb}] == \
        ["Buckley", "Buckley, 25", "Buckley, 22", "Buckley, 9"]
    assert all(f.severity == "warning" and f.suggestions == ["r2", "r3"] for f in amb)
    assert "short title" in amb[0].message


def test_000_unclosed_quote_in_trafficking_routes_is_malformed_but_still_matched() -> None:
    cits, found = run("000")
    mal = codes(found, "malformed-citation")
    assert len(mal) == 2 and all(f.severity == "warning" for f in mal)
    assert "(“Trafficking Routes”)" in mal[0].message
    assert all(c.references == ["r14"] for c in by_text(cits, "“Trafficking Routes"))


def test_000_gehlbach_is_the_only_uncited_entry() -> None:
    _, found = run("000")
    assert [(f.reference, f.line) for f in codes(found, "uncited")] == [("r5", 37)]


def test_000_title_citations_with_site_names_pick_the_right_russia_entry() -> None:
    cits, _ = run("000")
    assert {c.references[0] for c in by_text(cits, "“Russia”, U.S. Department of State")} == {"r11"}
    assert by_text(cits, "“Russia”, Global slavery index")[0].references == ["r10"]
    assert by_text(cits, "Addressing the Root Causes of Sex Trafficking")[0].references == ["r1"]


def test_000_asides_in_parentheses_are_not_citations() -> None:
    cits, _ = run("000")
    texts = " ".join(c.text for c in cits)
    assert "Tier 2-Watch" not in texts and "St. Petersburg" not in texts


def test_000_has_no_other_error() -> None:
    _, found = run("000")
    assert [f.code for f in found if f.severity == "error"] == ["name-mismatch"]


# --- 001: shuffled excerpt, no list ------------------------------------------------------

def test_001_citations_without_a_list_give_one_no_reference_list_finding() -> None:
    _, found = run("001")
    [f] = codes(found, "no-reference-list")
    assert f.severity == "error" and f.line == 1
    assert not codes(found, "no-entry")


def test_001_truncated_russia_citation_is_an_unclosed_parenthesis() -> None:
    cits, found = run("001")
    assert any("“Russia”, U." in f.message and "unclosed parenthesis" in f.message
               for f in codes(found, "malformed-citation"))
    assert len(codes(found, "malformed-citation")) == 2


# --- 002 and 004: web articles without citations --------------------------------------

@pytest.mark.parametrize("seed", ["002", "004"])
def test_web_articles_without_citations_report_nothing(seed: str) -> None:
    cits, found = run(seed)
    assert cits == [] and found == []


# --- 003: APA thesis ----------------------------------------------------------------

def test_003_sources_missing_from_the_list_are_no_entry_errors() -> None:
    _, found = run("003")
    missing = sorted(f.message.split('"')[1] for f in codes(found, "no-entry"))
    assert missing == ["Heckathorn, 1997", "International Labor Organization (2009)", "Raymond, 2001, p.1",
                       "World Childhood Foundation, 2009"]


def test_003_gallagher_2001_and_pickup_2003_contradict_the_list_years() -> None:
    _, found = run("003")
    ym = codes(found, "year-mismatch")
    assert len(ym) == 4
    assert sum("dated 2002, not 2001" in f.message for f in ym) == 3
    assert sum("dated 1998, not 2003" in f.message for f in ym) == 1


def test_003_misspellings_on_either_side_are_name_mismatches() -> None:
    _, found = run("003")
    names = [f.message.split('"')[1] for f in codes(found, "name-mismatch")]
    assert names.count("Hughes") == 6
    assert {"Bhabha", "Finkenauer", "Mendolson"} <= set(names)
    assert all("did you mean" in f.message for f in codes(found, "name-mismatch"))


def test_003_iom_2009_is_ambiguous_unless_a_short_title_is_given() -> None:
    cits, found = run("003")
    amb = codes(found, "ambiguous")
    # four "(IOM, 2009)" and two narratives of the IOM's documents ("an IOM statistical profile (2009)")
    assert len(amb) == 6 and all("2009a, 2009b" in f.message for f in amb)
    assert {c.references[0] for c in cits if c.title == "Victims"} == {"r11"}
    assert {c.references[0] for c in cits if c.title == "Reintegration"} == {"r10"}


def test_003_organizations_match_by_acronym_and_short_form() -> None:
    cits, _ = run("003")
    assert by_text(cits, "UNODC, 2010")[0].references == ["r25"]
    assert by_text(cits, "ICNL, 2009, p.9")[0].references == ["r9"]
    assert by_text(cits, "MiraMed, 2009")[0].references == ["r16"]
    assert by_text(cits, "UN/IOM, 2005, p.39")[0].references == ["r23"]
    assert by_text(cits, "U.S. Department of State, 2008")[0].references == ["r28"]


def test_003_title_citation_of_the_tip_report_matches_the_state_department_entry() -> None:
    cits, _ = run("003")
    assert by_text(cits, "Trafficking in Persons Report, 2009, p.10")[0].references == ["r29"]


def test_003_narrative_citations_are_found_across_a_page_break() -> None:
    cits, _ = run("003")
    assert any(c.text == "U.S. Department of State (2009)" and c.line == 362 and c.references == ["r29"]
               for c in cits)
    assert any(c.text == "Kevin Bales (2004)" and c.kind == "narrative" for c in cits)
    assert any(c.text == "Orlova states (2004, 16)" and c.locator == "16" for c in cits)


def test_003_personal_communications_never_need_an_entry() -> None:
    cits, found = run("003")
    personal = [c for c in cits if c.kind == "personal"]
    assert len(personal) == 14
    assert not any(f.citation in {c.id for c in personal} for f in found)


def test_003_page_locators_are_tied_to_the_source_named_in_the_sentence() -> None:
    cits, _ = run("003")
    loc = [c for c in cits if c.kind == "locator" and c.authors != ["Mendolson"]]
    assert loc and all(c.references for c in loc)
    assert any(c.text == "(p.8)" and c.references == ["r21"] for c in loc)  # Transparency International


def test_003_uncited_entries_are_angel_coalition_2008_and_sras() -> None:
    _, found = run("003")
    assert [f.reference for f in codes(found, "uncited")] == ["r1", "r27"]


def test_003_acronym_definitions_are_not_citations() -> None:
    cits, _ = run("003")
    assert not any(c.text in ("TVAC", "IOM", "(TVAC)", "(IOM)", "CIS") for c in cits)
