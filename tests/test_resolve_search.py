"""Entries without a DOI: Crossref search, validated like Crossref's own matcher.

The search answers are the recorded responses of Crossref's search-based
reference matcher tests (fixtures/crossref/search/), each with the matcher's
expected verdict.
"""

from __future__ import annotations

from crossref_server import make_ref, options

from refcheck.resolve import resolve_references

CERMINE = "CERMINE: automatic extraction of structured metadata from scientific literature"
RAW_GOOD = (
    "[1]D. Tkaczyk, P. Szostek, M. Fedoryszak, P. J. Dendek, and Bolikowski,\u201cCERMINE: automatic "
    "extraction of structured metadata from scientific literature,\u201d International Journal on Document "
    "Analysis and Recognition (IJDAR), vol. 18, no. 4, pp. 317\u2013335, 2015."
)
RAW_CORRUPTED = (
    "P. Szostek, M. Fedoryszak, P. J. Dendek, and \u0141. Bolikowski,\u201cCERMINE: automatic extraction "
    "of structured metadata from scientific literature,\u201d IJDAR, vol. 14, no. 40, pp. 310\u2013335, "
    "2016."
)


def codes(findings):
    return [f.code for f in findings]


def test_search_accepted_adds_the_doi_to_the_entry(server, tmp_path):
    ref = make_ref(
        RAW_GOOD,
        authors=["Tkaczyk", "Szostek"],
        title=CERMINE,
        year="2015",
        container="International Journal on Document Analysis and Recognition (IJDAR)",
        volume="18",
        issue="4",
        pages="317-335",
    )
    findings = resolve_references([ref], options(server, tmp_path))
    assert ref.fields.doi == "10.1007/s10032-015-0249-8"
    assert codes(findings) == ["doi-added"] and findings[0].severity == "info"
    res = ref.extra["resolution"]
    assert res["status"] == "corrected" and res["doi"] == "10.1007/s10032-015-0249-8"
    assert res["score"] > 0.4  # relevance per query character


def test_search_sends_the_reference_text_as_query_bibliographic(server, tmp_path):
    ref = make_ref(RAW_GOOD, authors=["Tkaczyk"], title=CERMINE, year="2015")
    resolve_references([ref], options(server, tmp_path, rows=5))
    query = server.requests[0].query
    assert query["rows"] == ["5"]
    assert query["query.bibliographic"][0].startswith("D. Tkaczyk")  # list label "[1]" dropped


def test_structured_short_reference_is_accepted_on_author_year_journal_volume_page(server, tmp_path):
    ref = make_ref(
        "Tkaczyk IJDAR 2015 18 317",
        authors=["Tkaczyk"],
        year="2015",
        container="IJDAR",
        volume="18",
        pages="317",
    )
    resolve_references([ref], options(server, tmp_path))
    assert ref.fields.doi == "10.1007/s10032-015-0249-8"


def test_corrupted_reference_is_rejected_by_validation_despite_top_hit(server, tmp_path):
    ref = make_ref(
        RAW_CORRUPTED,
        authors=["Szostek", "Fedoryszak"],
        title=CERMINE,
        year="2016",
        container="IJDAR",
        volume="14",
        issue="40",
        pages="310-335",
    )
    findings = resolve_references([ref], options(server, tmp_path))
    assert ref.fields.doi is None
    assert ref.extra["resolution"]["status"] == "not-found"
    assert codes(findings) == ["crossref-candidate", "unverified"]
    assert "10.1007/s10032-015-0249-8" in findings[0].message and findings[0].severity == "info"
    assert findings[1].severity == "warning" and "could not be found in Crossref" in findings[1].message


def test_author_year_journal_without_title_or_page_is_not_enough(server, tmp_path):
    ref = make_ref(
        "Tkaczyk Communications in Computer and Information 2015 93",
        authors=["Tkaczyk"],
        year="2015",
        container="Communications in Computer and Information",
        volume="93",
    )
    resolve_references([ref], options(server, tmp_path))
    assert ref.fields.doi is None and ref.extra["resolution"]["status"] == "not-found"


def test_unparsed_reference_is_validated_against_its_raw_text(server, tmp_path):
    good, bad = make_ref(RAW_GOOD, ref_id="a"), make_ref(RAW_CORRUPTED, ref_id="b", line=2)
    resolve_references([good, bad], options(server, tmp_path))
    assert good.fields.doi == "10.1007/s10032-015-0249-8"
    assert bad.fields.doi is None


def test_report_not_found_in_crossref_gives_no_warning(server, tmp_path):
    ref = make_ref(
        "World Health Organization (2020). Annual report on something or other. Geneva: WHO.",
        type="report",
        title="Annual report on something or other",
        year="2020",
    )
    findings = resolve_references([ref], options(server, tmp_path))
    assert findings == [] and ref.extra["resolution"]["status"] == "not-found"


def test_web_page_is_not_searched(server, tmp_path):
    ref = make_ref(
        "Python Software Foundation. Python docs. https://docs.python.org/",
        type="webpage",
        url="https://docs.python.org/",
    )
    assert resolve_references([ref], options(server, tmp_path)) == []
    assert server.requests == [] and ref.extra["resolution"]["status"] == "unchecked"


def test_journal_article_not_found_is_unverified_warning(server, tmp_path):
    ref = make_ref(
        "Nobody, A. (2099). An invented paper. Journal of Imaginary Results, 12(3), 45-67.",
        authors=["Nobody"],
        year="2099",
        title="An invented paper",
        container="Journal of Imaginary Results",
        volume="12",
        pages="45-67",
    )
    findings = resolve_references([ref], options(server, tmp_path))
    assert codes(findings) == ["unverified"]
