"""Entries that carry a DOI: verified, mismatched, unknown, other agencies, retractions."""

from __future__ import annotations

from crossref_server import make_ref, options

from refcheck.resolve import resolve_references


def ng_3834(**changes):
    fields = dict(
        authors=["Chiang"],
        year="2017",
        title="The impact of structural variation on human gene expression",
        container="Nature Genetics",
        volume="49",
        issue="5",
        pages="692-699",
        doi="10.1038/ng.3834",
    )
    fields.update(changes)
    return make_ref("Chiang, C. et al. (2017). The impact of structural variation ...", **fields)


def codes(findings):
    return [f.code for f in findings]


def test_doi_found_and_agreeing_is_verified_without_findings(server, tmp_path):
    ref = ng_3834()
    findings = resolve_references([ref], options(server, tmp_path))
    assert findings == []
    res = ref.extra["resolution"]
    assert res["status"] == "verified" and res["doi"] == "10.1038/ng.3834" and res["differences"] == {}


def test_doi_written_as_url_is_normalized_before_lookup(server, tmp_path):
    ref = ng_3834(doi="https://doi.org/10.1038/NG.3834.")
    resolve_references([ref], options(server, tmp_path))
    assert ref.extra["resolution"]["status"] == "verified"
    assert server.requests[0].path == "/works/10.1038/ng.3834"


def test_online_first_year_and_abbreviated_journal_are_not_differences(server, tmp_path):
    ref = make_ref(
        "...",
        authors=["Dennunzio"],
        year="2015",
        title="Reaction systems and extremal combinatorics properties",
        container="Theor. Comput. Sci.",
        volume="598",
        pages="138-49",
        doi="10.1016/j.tcs.2015.06.001",
    )
    assert resolve_references([ref], options(server, tmp_path)) == []


def test_doi_found_and_disagreeing_reports_each_field_with_both_values(server, tmp_path):
    ref = ng_3834(year="2016", volume="48", pages="692-698")
    findings = resolve_references([ref], options(server, tmp_path))
    assert codes(findings) == ["metadata-mismatch"]
    f = findings[0]
    assert f.severity == "warning" and (f.line, f.column, f.reference) == (1, 1, "r1")
    assert "year: entry 2016, Crossref 2017" in f.message
    assert "volume: entry 48, Crossref 49" in f.message
    assert "pages: entry 692-698, Crossref 692-699" in f.message
    res = ref.extra["resolution"]
    assert res["status"] == "corrected"
    assert res["differences"]["year"] == {"entry": "2016", "crossref": "2017"}


def test_wrong_title_for_the_doi_is_a_mismatch(server, tmp_path):
    ref = ng_3834(title="Deep learning for protein folding")
    findings = resolve_references([ref], options(server, tmp_path))
    assert "title: entry Deep learning for protein folding" in findings[0].message


def test_unknown_doi_is_doi_not_found_error(server, tmp_path):
    ref = make_ref("Someone (2012). A paper. PLoS ONE.", doi="10.1371/journal.pone.0000030x")
    findings = resolve_references([ref], options(server, tmp_path))
    assert codes(findings) == ["doi-not-found"]
    assert findings[0].severity == "error" and "10.1371/journal.pone.0000030x" in findings[0].message
    assert ref.extra["resolution"]["status"] == "not-found"
    assert server.count("/works/10.1371/journal.pone.0000030x/agency") == 1  # asked who holds it


def test_datacite_doi_is_not_a_crossref_doi_never_not_found(server, tmp_path):
    ref = make_ref("Author (2019). Software. Zenodo.", type="misc", doi="10.5281/zenodo.3381395")
    findings = resolve_references([ref], options(server, tmp_path))
    assert codes(findings) == ["not-crossref"]
    assert findings[0].severity == "info" and "not a Crossref DOI" in findings[0].message
    assert "DataCite" in findings[0].message
    assert ref.extra["resolution"]["status"] == "not-crossref"


def test_arxiv_doi_is_not_crossref_even_when_agency_lookup_fails(server, tmp_path):
    from crossref_server import Canned

    server.script("/works/10.48550/arxiv.1706.03762/agency", *[Canned(503, "down")] * 5)
    ref = make_ref("Vaswani (2017). Attention is all you need. arXiv.", doi="10.48550/arXiv.1706.03762")
    findings = resolve_references([ref], options(server, tmp_path, max_retries=0))
    assert codes(findings) == ["not-crossref"]


def test_malformed_doi_is_reported_without_asking_crossref(server, tmp_path):
    ref = make_ref("x", doi="doi: see publisher")
    findings = resolve_references([ref], options(server, tmp_path))
    assert codes(findings) == ["doi-not-found"] and "not a valid DOI" in findings[0].message
    assert server.requests == []


def test_retracted_record_is_an_error_naming_the_notice(server, tmp_path):
    ref = make_ref(
        "...",
        title="Human Phosphatidylethanolamine-Binding Protein 4 Promoted the Radioresistance "
        "of Human Rectal Cancer by Activating Akt in an ROS-Dependent Way",
        doi="10.1371/journal.pone.0090062",
    )
    findings = resolve_references([ref], options(server, tmp_path))
    assert codes(findings) == ["retracted"]
    assert findings[0].severity == "error"
    assert "10.1371/journal.pone.0210896" in findings[0].message
    assert findings[0].suggestions == ["retraction notice: https://doi.org/10.1371/journal.pone.0210896"]


def test_correction_notice_is_info(server, tmp_path):
    ref = make_ref(
        "...",
        authors=["Sadasivan"],
        year="2012",
        container="PLoS ONE",
        volume="7",
        pages="e33693",
        doi="10.1371/journal.pone.0033693",
    )
    findings = resolve_references([ref], options(server, tmp_path))
    assert codes(findings) == ["correction-notice"]
    assert findings[0].severity == "info" and "10.1371/annotation/c76da2c1" in findings[0].message


def test_requests_are_polite_user_agent_and_mailto(server, tmp_path):
    resolve_references([ng_3834()], options(server, tmp_path, mailto="me@uni.example"))
    seen = server.requests[0]
    assert seen.query["mailto"] == ["me@uni.example"]
    assert (
        seen.headers["User-Agent"].startswith("refcheck/")
        and "mailto:me@uni.example" in seen.headers["User-Agent"]
    )
