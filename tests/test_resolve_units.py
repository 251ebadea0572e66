"""Small pieces of the resolver: lazy import, options, DOI forms, pacing headers, notices, progress."""

from __future__ import annotations

import io
import subprocess
import sys
import time

import pytest

from refcheck.resolve import ResolveOptions
from refcheck.resolve.compare import normalize, same_container, same_pages
from refcheck.resolve.crossref import normalize_doi, retry_after_seconds
from refcheck.resolve.progress import Progress
from refcheck.resolve.ratelimit import ConcurrencyGate, RateLimiter, parse_concurrency, parse_rate
from refcheck.resolve.retraction import notices


def test_importing_the_package_does_not_import_the_http_stack():
    code = (
        "import sys, refcheck.resolve; "
        "print(sorted(m for m in ('requests', 'requests_cache', 'rapidfuzz', 'urllib3') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_options_from_env_reads_mailto_and_base_url(monkeypatch):
    monkeypatch.setenv("REFCHECK_MAILTO", "env@example.org")
    monkeypatch.setenv("REFCHECK_CROSSREF_URL", "http://mirror.local/")
    opts = ResolveOptions.from_env(cache=None, offline=True)
    assert (opts.mailto, opts.api_root, opts.offline) == ("env@example.org", "http://mirror.local", True)
    assert ResolveOptions.from_env(mailto="flag@example.org").mailto == "flag@example.org"


def test_options_reject_unknown_overrides():
    with pytest.raises(TypeError):
        ResolveOptions.from_env(colour="red")


def test_polite_pool_limits_apply_only_with_a_mailto():
    assert ResolveOptions(mailto="a@b.org").limit("concurrency") == 3
    assert ResolveOptions(mailto="a@b.org").limit("searches_per_second") == 3
    assert ResolveOptions(mailto=None).limit("concurrency") == 1
    assert ResolveOptions(mailto=None, concurrency=2).limit("concurrency") == 2


@pytest.mark.parametrize(
    "written",
    [
        "10.1038/NG.3834",
        "https://doi.org/10.1038/ng.3834",
        "doi:10.1038/ng.3834",
        "http://dx.doi.org/10.1038/ng.3834.",
        " DOI: 10.1038/ng.3834 ",
    ],
)
def test_doi_forms_normalize_to_the_bare_lowercase_doi(written):
    assert normalize_doi(written) == "10.1038/ng.3834"


def test_retry_after_accepts_seconds_and_http_dates():
    assert retry_after_seconds("7") == 7
    assert retry_after_seconds(None) is None
    future = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 30))
    assert 25 <= retry_after_seconds(future) <= 31


def test_rate_headers_are_parsed_into_requests_per_second():
    assert parse_rate({"x-rate-limit-limit": "50", "x-rate-limit-interval": "1s"}) == 50
    assert parse_rate({"x-rate-limit-limit": "3", "x-rate-limit-interval": "2s"}) == 1.5
    assert parse_rate({}) is None
    assert parse_concurrency({"x-concurrency-limit": "5"}) == 5


def test_announced_rate_never_raises_pace_above_the_configured_one():
    limiter = RateLimiter(10)
    limiter.set_rate(50)
    assert limiter.rate == 10
    limiter.set_rate(2)
    assert limiter.rate == 2
    limiter.slow_down()
    assert limiter.rate == 1


def test_rate_limiter_spaces_requests():
    limiter = RateLimiter(20)
    start = time.monotonic()
    for _ in range(5):
        limiter.acquire()
    assert time.monotonic() - start >= 4 / 20 - 0.01


def test_concurrency_gate_shrinks_but_not_above_ceiling():
    gate = ConcurrencyGate(3)
    gate.set_limit(10)
    assert gate.limit == 3
    gate.set_limit(1)
    assert gate.limit == 1


def test_retraction_withdrawal_concern_and_correction_are_told_apart():
    record = {
        "updated-by": [
            {"DOI": "10.1/c", "type": "correction", "label": "Correction"},
            {
                "DOI": "10.1/r",
                "type": "retraction",
                "label": "Retraction",
                "source": "retraction-watch",
                "updated": {"date-parts": [[2020, 3, 4]]},
            },
            {"DOI": "10.1/e", "type": "expression_of_concern", "label": "Expression of concern"},
            {"DOI": "10.1/v", "type": "new_version", "label": "New version"},
        ]
    }
    found = notices(record)
    assert [(n.kind, n.doi) for n in found] == [
        ("retraction", "10.1/r"),
        ("concern", "10.1/e"),
        ("correction", "10.1/c"),
    ]
    assert found[0].describe() == "Retraction (notice 10.1/r, 2020-03-04) according to Retraction Watch"


def test_journal_names_match_as_abbreviation_acronym_or_short_title():
    record = {
        "container-title": ["International Journal on Document Analysis and Recognition (IJDAR)"],
        "short-container-title": ["Int J Doc Anal Recognit"],
    }
    assert same_container("IJDAR", record)
    assert same_container("Int. J. Doc. Anal. Recognit.", record)
    assert same_container("International journal on document analysis and recognition", record)
    assert not same_container("Pattern Recognition Letters", record)


def test_article_numbers_and_abbreviated_ranges_compare_as_pages():
    assert same_pages("e0033693", {"page": "e33693"})
    assert same_pages("1425-37", {"page": "1425-1437"})
    assert not same_pages("1426", {"page": "1425-1437"})


def test_normalize_strips_markup_and_accents():
    assert normalize("Über <i>Fish</i>-Eyes &amp; more") == "uber fish eyes more"


def test_progress_bar_is_silent_when_not_a_terminal():
    out = io.StringIO()
    with Progress(10, "Resolving", delay=0, stream=out) as bar:
        bar.advance(5)
    assert out.getvalue() == ""


def test_progress_bar_draws_on_a_terminal_after_the_delay():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    out = Tty()
    with Progress(10, "Resolving", delay=0, stream=out) as bar:
        bar.advance(5)
    assert "5/10" in out.getvalue()
    quick = Tty()
    with Progress(10, "Resolving", delay=60, stream=quick) as bar:
        bar.advance(10)
    assert quick.getvalue() == ""
