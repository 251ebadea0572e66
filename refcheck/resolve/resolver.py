"""Resolve each reference against Crossref and turn the outcome into findings.

Per entry:

* with a DOI: fetch the record; unknown to Crossref -> ask which agency holds
  it (DataCite/arXiv/Zenodo DOIs are "not a Crossref DOI", never "not found");
  known -> compare the fields (``metadata-mismatch``) and read the editorial
  notices (``retracted`` and friends);
* without a DOI: search ``query.bibliographic`` and accept a candidate only
  after validation (see :mod:`refcheck.resolve.validate`); an accepted DOI is
  written to ``ref.fields.doi`` so ``bib --resolve`` emits it.

Each reference gets ``ref.extra["resolution"]``. Any failure to reach
Crossref leaves the entry ``unchecked`` and produces one summary note —
never an exception, never a failed run.
"""

from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from refcheck.findings.build import finding
from refcheck.model import Finding, Reference
from refcheck.resolve import compare, validate
from refcheck.resolve.crossref import CrossrefClient, Unavailable, normalize_doi
from refcheck.resolve.options import ResolveOptions
from refcheck.resolve.progress import Progress
from refcheck.resolve.retraction import notices
from refcheck.resolve.run import current

DOI_SHAPE = re.compile(r"^10\.\d{4,9}/\S+$")
# Prefixes registered with other agencies, used only when the agency lookup itself fails.
OTHER_AGENCY_PREFIXES = {
    "10.48550": "DataCite (arXiv)",
    "10.5281": "DataCite (Zenodo)",
    "10.6084": "DataCite (figshare)",
    "10.5061": "DataCite (Dryad)",
    "10.17605": "DataCite (OSF)",
}
NOT_SCHOLARLY_TYPES = {"webpage", "report", "thesis"}


def resolve_references(refs: list[Reference], opts: ResolveOptions) -> list[Finding]:
    """Resolve every reference; findings come back in reference order."""
    if not refs:
        return []
    if opts.offline and not opts.use_cache:
        return _all_unchecked(refs, "offline")
    this_run = current(opts.budget)  # the budget and breaker are the whole run's, not this file's
    if this_run.down:  # an earlier file of this run found Crossref down: the breaker stays open
        return _all_unchecked(refs, this_run.down)
    budget = this_run.grant(len(refs))
    if budget <= 0:
        return _all_unchecked(refs, this_run.exhausted_reason)
    try:
        from refcheck.resolve.session import build_session

        session = build_session(opts)
    except Exception as exc:  # unusable cache (bad path, Redis down): the run still goes on
        return _all_unchecked(refs, f"cache unavailable: {exc}")
    client = CrossrefClient(opts, session, budget=budget, run=this_run)
    started = time.monotonic()
    results: list[list[Finding]] = []
    try:
        workers = max(1, int(opts.limit("concurrency")))
        with Progress(len(refs), "Resolving references", enabled=opts.progress) as progress, \
                ThreadPoolExecutor(max_workers=workers) as pool:

            def run(ref: Reference) -> list[Finding]:
                try:
                    return resolve_one(ref, client, opts)
                except Exception as exc:  # a bug in one entry must not sink the run
                    _set(ref, "unchecked", reason=f"internal error: {type(exc).__name__}: {exc}")
                    return []
                finally:
                    progress.advance()

            results = list(pool.map(run, refs))
    finally:
        session.close()
        this_run.settle(time.monotonic() - started)
    findings = [f for group in results for f in group]
    unchecked = [r for r in refs if r.extra["resolution"]["status"] == "unchecked"
                 and not r.extra["resolution"]["reason"].startswith("not looked up")]
    if unchecked:
        reasons = {r.extra["resolution"]["reason"] for r in unchecked}
        reason = reasons.pop() if len(reasons) == 1 else "; ".join(sorted(reasons))
        findings.append(_summary(unchecked, reason))
    return findings


def resolve_one(ref: Reference, client: CrossrefClient, opts: ResolveOptions) -> list[Finding]:
    if ref.fields.doi:
        return _resolve_doi(ref, client, opts)
    return _resolve_search(ref, client, opts)


# -- entries with a DOI -------------------------------------------------------------------------


def _resolve_doi(ref: Reference, client: CrossrefClient, opts: ResolveOptions) -> list[Finding]:
    doi = normalize_doi(ref.fields.doi or "")
    if not DOI_SHAPE.match(doi):
        _set(ref, "not-found", doi=doi, reason="not a valid DOI")
        return [_finding(ref, "doi-not-found",
                         f"'{ref.fields.doi}' is not a valid DOI (DOIs look like 10.1234/abc); "
                         "correct or remove it")]
    try:
        record = client.work(doi)
    except Unavailable as exc:
        _set(ref, "unchecked", doi=doi, reason=exc.reason)
        return []
    if record is None:
        return _unknown_doi(ref, doi, client, opts)
    return _verdict_on_record(ref, record, doi, added=False)


def _unknown_doi(ref: Reference, doi: str, client: CrossrefClient, opts: ResolveOptions) -> list[Finding]:
    prefix = doi.split("/", 1)[0]
    try:
        agency = client.agency(doi)
    except Unavailable as exc:
        if prefix in OTHER_AGENCY_PREFIXES:
            agency = OTHER_AGENCY_PREFIXES[prefix]
        else:
            _set(ref, "unchecked", doi=doi, reason=exc.reason)
            return []
    if agency and not agency.startswith("crossref"):
        name = {"datacite": "DataCite", "medra": "mEDRA", "jalc": "JaLC", "kisti": "KISTI",
                "cnki": "CNKI", "airiti": "Airiti", "op": "the EU Publications Office"}.get(agency, agency)
        _set(ref, "not-crossref", doi=doi, reason=f"registered with {name}")
        return [_finding(ref, "not-crossref",
                         f"DOI {doi} is not a Crossref DOI (registered with {name}); "
                         "its metadata was not checked")]
    _set(ref, "not-found", doi=doi, reason="DOI unknown to Crossref and to the DOI registration agencies")
    message = (f"DOI {doi} does not exist (unknown to Crossref and every registration agency); "
               "check it for typos")
    suggestions: list[str] = []
    hit = _search(ref, client, opts)  # maybe the work itself is findable: offer its real DOI
    if hit is not None and hit[0] is not None:
        suggestions.append(f"Crossref has this work as DOI {hit[0].doi}")
        message += f"; Crossref has this work as {hit[0].doi}"
    return [_finding(ref, "doi-not-found", message, suggestions)]


# -- entries without a DOI ----------------------------------------------------------------------


def _search(ref: Reference, client: CrossrefClient,
            opts: ResolveOptions) -> tuple[validate.Assessment | None, validate.Assessment | None] | None:
    query = validate.query_text(ref.raw)
    if len(query) < 15:
        return None
    try:
        items = client.search(query)
    except Unavailable:
        return None
    return validate.choose(ref.fields, ref.raw, query, items, opts.min_normalized_score)


def _resolve_search(ref: Reference, client: CrossrefClient, opts: ResolveOptions) -> list[Finding]:
    if ref.type == "webpage":
        _set(ref, "unchecked", reason="not looked up: web pages are not registered in Crossref")
        return []
    query = validate.query_text(ref.raw)
    if len(query) < 15:
        _set(ref, "unchecked", reason="not looked up: too little text to search for")
        return []
    try:
        items = client.search(query)
    except Unavailable as exc:
        _set(ref, "unchecked", reason=exc.reason)
        return []
    accepted, near = validate.choose(ref.fields, ref.raw, query, items, opts.min_normalized_score)
    if accepted is not None:
        ref.fields.doi = accepted.doi
        findings = _verdict_on_record(ref, accepted.item, accepted.doi, added=True,
                                      score=accepted.normalized_score)
        findings.insert(0, _finding(
            ref, "doi-added",
            f"found in Crossref as DOI {accepted.doi} ({accepted.reason}); DOI added",
            [f"doi = {{{accepted.doi}}}"]))
        return findings
    scholarly = _looks_scholarly(ref)
    reason = "no Crossref record agrees with the entry"
    _set(ref, "not-found", score=near.normalized_score if near else None,
         reason=reason + (f" (closest: {near.doi}, {near.reason})" if near else ""))
    findings: list[Finding] = []
    if near is not None:
        title = compare.record_title(near.item) or "untitled"
        years = compare.record_years(near.item)
        findings.append(_finding(
            ref, "crossref-candidate",
            f"possible Crossref match not confirmed: {near.doi} \"{title}\""
            + (f" ({years[0]})" if years else "")
            + f" — {near.reason}; check and add the DOI if it is this work",
            [f"doi = {{{near.doi}}}"]))
    if scholarly:
        findings.append(_finding(ref, "unverified",
                                 "could not be found in Crossref; check that it exists "
                                 "and that its details are right"))
    elif ref.type in {"book", "chapter"} and near is None:
        findings.append(_finding(ref, "not-in-crossref",
                                 "not found in Crossref (common for books; "
                                 "nothing to do if the details are right)"))
    return findings


def _looks_scholarly(ref: Reference) -> bool:
    """A journal article with volume or pages is expected to have a Crossref record."""
    if ref.type in NOT_SCHOLARLY_TYPES:
        return False
    f = ref.fields
    return ref.type in {"article", "misc"} and bool(f.container) and bool(f.volume or f.pages)


# -- verdicts -----------------------------------------------------------------------------------


def _verdict_on_record(ref: Reference, record: dict[str, Any], doi: str, *, added: bool,
                       score: float | None = None) -> list[Finding]:
    diffs = compare.differences(ref.fields, record)
    findings: list[Finding] = []
    if diffs:
        findings.append(_finding(
            ref, "metadata-mismatch",
            f"differs from the Crossref record of {doi}: {compare.describe(diffs)}",
            [f"{name}: {d['crossref']}" for name, d in diffs.items()]))
    status = "corrected" if (diffs or added) else "verified"
    reason = ("DOI found by search" if added else "DOI resolves") + (
        "; fields differ from Crossref" if diffs else "; fields agree with Crossref")
    _set(ref, status, doi=doi, score=score, differences=diffs, reason=reason)
    for notice in notices(record):
        if notice.kind == "retraction":
            findings.append(_finding(
                ref, "retracted",
                f"{doi} has been retracted: {notice.describe()}; remove the citation or say why it stands",
                [f"retraction notice: https://doi.org/{notice.doi}"] if notice.doi else []))
        elif notice.kind == "concern":
            findings.append(_finding(ref, "expression-of-concern",
                                     f"{doi} carries an expression of concern: {notice.describe()}"))
        else:
            findings.append(_finding(ref, "correction-notice",
                                     f"{doi} has a published {notice.describe()}; cite it if it matters"))
    return findings


def _set(ref: Reference, status: str, *, doi: str | None = None, score: float | None = None,
         differences: dict[str, dict[str, str]] | None = None, reason: str = "") -> None:
    ref.extra["resolution"] = {
        "status": status,
        "doi": doi,
        "score": round(score, 3) if score is not None else None,
        "differences": differences or {},
        "reason": reason,
    }


def _finding(ref: Reference, code: str, message: str, suggestions: list[str] | None = None) -> Finding:
    return finding(code, ref.line, ref.column, message, reference=ref.id, suggestions=suggestions or [])


def _all_unchecked(refs: list[Reference], reason: str) -> list[Finding]:
    """Every entry left unchecked for one REASON, reported once."""
    for ref in refs:
        _set(ref, "unchecked", reason=reason)
    return [_summary(refs, reason)]


def _summary(unchecked: list[Reference], reason: str) -> Finding:
    first = unchecked[0]
    n = len(unchecked)
    what = "entry" if n == 1 else "entries"
    if reason == "offline":
        message = f"{n} {what} not in the cache were not checked against Crossref (--offline)"
    else:
        message = f"{n} {what} could not be checked against Crossref ({reason}); run again later"
    return finding("unchecked", first.line, first.column, message, reference=first.id)
