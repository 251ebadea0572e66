"""The five seed documents, end to end: what a careful editor finds in each, and nothing else.

000 is an MLA student paper, 001 a shuffled excerpt of it without a list, 002 and 004 web
articles without citations (004 full of page furniture), 003 an APA master's thesis.
"""

from __future__ import annotations

from collections import Counter

import pytest

from refcheck.app import CheckOptions, check_path

SEEDS = {
    "000": "fixtures/seeds/000_2dd45404e1011c92.txt",
    "001": "fixtures/seeds/001_0a95f96968b16d4a.txt",
    "002": "fixtures/seeds/002_948d106112327174.txt",
    "003": "fixtures/seeds/003_a1e76db77d51934e.txt",
    "004": "fixtures/seeds/004_0c2d9722b0995de9.txt",
}


@pytest.fixture(scope="module")
def reports():
    return {k: check_path(p, CheckOptions(use_config=False)) for k, p in SEEDS.items()}


def _codes(report) -> Counter:
    return Counter((f.code, f.line) for f in report.findings)


def _messages(report, code: str) -> list[str]:
    return [f.message for f in report.findings if f.code == code]


def test_000_is_mla_with_fifteen_entries_and_nineteen_citations(reports):
    r = reports["000"]
    assert (r.style, len(r.references), len(r.citations)) == ("mla", 15, 19)


def test_000_findings_are_exactly_the_editors(reports):
    assert _codes(reports["000"]) == Counter({
        ("malformed-citation", 15): 2,  # (“Trafficking Routes) twice: the quote is never closed
        ("ambiguous", 17): 1, ("ambiguous", 19): 2, ("ambiguous", 21): 1,  # two Buckley entries
        ("name-mismatch", 19): 1,  # (Ruthland) for Rutland, Peter
        ("uncited", 37): 1,  # Gehlbach is never cited
    })


def test_000_misspelt_citation_suggests_the_entry(reports):
    (message,) = _messages(reports["000"], "name-mismatch")
    assert message == '"Ruthland" has no entry; did you mean "Rutland, Peter (2000)"?'


def test_000_ambiguous_buckley_says_how_to_tell_the_entries_apart(reports):
    assert all("add a short title" in m for m in _messages(reports["000"], "ambiguous"))


def test_001_without_a_list_reports_one_missing_list_and_its_broken_citations(reports):
    r = reports["001"]
    assert _codes(r) == Counter({("no-reference-list", 1): 1, ("malformed-citation", 3): 2})


@pytest.mark.parametrize("seed", ["002", "004"])
def test_web_articles_without_citations_report_nothing(reports, seed):
    r = reports[seed]
    assert (r.references, r.citations, r.findings) == ([], [], [])


def test_003_is_apa_with_thirty_entries(reports):
    r = reports["003"]
    assert (r.style, len(r.references)) == ("apa", 30)
    assert len(r.citations) >= 140


def test_003_findings_are_exactly_the_editors(reports):
    assert _codes(reports["003"]) == Counter({
        ("no-entry", 117): 1,  # The International Labor Organization (2009)
        ("year-mismatch", 129): 2, ("year-mismatch", 131): 1,  # Gallagher 2001 vs entry 2002
        ("name-mismatch", 135): 1,  # Bhabha vs entry Bhaba
        # Hughes vs entry Huges, every time
        ("name-mismatch", 139): 1, ("name-mismatch", 179): 1, ("name-mismatch", 189): 1,
        ("name-mismatch", 191): 1, ("name-mismatch", 193): 1, ("name-mismatch", 199): 1,
        ("year-mismatch", 165): 1,  # Pickup 2003 vs entry 1998
        ("no-entry", 205): 1,  # Heckathorn, 1997
        ("no-entry", 343): 1,  # Raymond, 2001
        ("no-entry", 438): 1,  # World Childhood Foundation, 2009
        ("name-mismatch", 446): 1,  # "According to Mendolson ... (p.47)" vs Mendelson
        ("ambiguous", 452): 2, ("ambiguous", 465): 1, ("ambiguous", 501): 1,  # (IOM, 2009): two IOM 2009 entries
        # "an IOM description of their reintegration assistance program (2009)", "an IOM statistical profile
        # (2009)": the IOM's documents, cited narratively; which of its two 2009 works, the text does not say
        ("ambiguous", 467): 1, ("ambiguous", 471): 1,
        ("name-mismatch", 499): 1,  # Finkenauer vs entry Finkenaur
        ("uncited", 587): 1,  # Angel Coalition (2008): the text gives www.angelcoalition.org, the entry .com
    })


def test_003_year_mismatch_names_the_entry_year(reports):
    assert all("dated 2002, not 2001" in m for m in _messages(reports["003"], "year-mismatch")[:3])


def test_003_correct_organization_and_title_citations_stay_silent(reports):
    r = reports["003"]
    by_text = {c.text: c for c in r.citations}
    for text in ("UNODC, 2010", "ICNL, 2009, p.9", "UN/IOM, 2005, p.93", "Trafficking in Persons Report, 2009",
                 "U.S. Department of State, 2009"):
        assert by_text[text].references, text
    assert not [f for f in r.findings if f.severity == "error" and f.citation in
                {by_text[t].id for t in ("UNODC, 2010", "ICNL, 2009, p.9")}]


def test_003_personal_communications_need_no_entry(reports):
    personal = [c for c in reports["003"].citations if c.kind == "personal"]
    assert len(personal) >= 10
    assert not [f for f in reports["003"].findings if f.citation in {c.id for c in personal}]
