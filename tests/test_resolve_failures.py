"""Registry trouble and the cache: retries, timeouts, garbage, outages, offline, warm reruns.

The 429/500/garbage/slow answers here are synthesized by the tests (see
fixtures/crossref/PROVENANCE.md); everything else is recorded Crossref data.
"""

from __future__ import annotations

import time

from crossref_server import Canned, FakeCrossref, make_ref, options

from refcheck.resolve import resolve_references

NG = "/works/10.1038/ng.3834"


def ng_ref(ref_id="r1", line=1):
    return make_ref(
        "Chiang (2017) ...",
        ref_id=ref_id,
        line=line,
        authors=["Chiang"],
        year="2017",
        title="The impact of structural variation on human gene expression",
        container="Nature Genetics",
        volume="49",
        pages="692-699",
        doi="10.1038/ng.3834",
    )


def some_refs():
    article = make_ref(
        "Tkaczyk IJDAR 2015 18 317",
        ref_id="r2",
        line=2,
        authors=["Tkaczyk"],
        year="2015",
        container="IJDAR",
        volume="18",
        pages="317",
    )
    unknown = make_ref("x", ref_id="r3", line=3, doi="10.1371/notarealdoi")
    return [ng_ref(), article, unknown]


def test_429_is_retried_after_the_announced_retry_after(server, tmp_path):
    server.script(NG, Canned(429, "slow down", {"Retry-After": "1"}))
    ref = ng_ref()
    start = time.monotonic()
    findings = resolve_references([ref], options(server, tmp_path))
    assert time.monotonic() - start >= 0.95
    assert findings == [] and ref.extra["resolution"]["status"] == "verified"
    assert server.count(NG) == 2


def test_retry_after_longer_than_the_cap_gives_up_as_unchecked(server, tmp_path):
    server.script(NG, Canned(429, "slow down", {"Retry-After": "3600"}))
    ref = ng_ref()
    findings = resolve_references([ref], options(server, tmp_path, max_wait=5))
    assert ref.extra["resolution"]["status"] == "unchecked"
    assert "429" in ref.extra["resolution"]["reason"]
    assert [f.code for f in findings] == ["unchecked"] and findings[0].severity == "info"


def test_500_then_success_is_retried(server, tmp_path):
    server.script(NG, Canned(500, "oops"))
    ref = ng_ref()
    assert resolve_references([ref], options(server, tmp_path)) == []
    assert ref.extra["resolution"]["status"] == "verified" and server.count(NG) == 2


def test_timeout_leaves_the_entry_unchecked(server, tmp_path):
    server.script(NG, Canned(200, "{}", delay=1.0), Canned(200, "{}", delay=1.0))
    ref = ng_ref()
    findings = resolve_references([ref], options(server, tmp_path, timeout=0.2, max_retries=1))
    assert ref.extra["resolution"]["status"] == "unchecked"
    assert "did not answer within 0.2 s" in ref.extra["resolution"]["reason"]
    assert [f.code for f in findings] == ["unchecked"]


def test_garbage_json_is_unchecked_and_not_cached(server, tmp_path):
    garbage = Canned(200, "<html>proxy error</html>", {"Content-Type": "application/json"})
    server.script(NG, garbage, garbage, garbage)
    ref = ng_ref()
    resolve_references([ref], options(server, tmp_path))
    assert ref.extra["resolution"]["status"] == "unchecked"
    assert "non-JSON" in ref.extra["resolution"]["reason"]
    again = ng_ref()
    resolve_references([again], options(server, tmp_path))  # the garbage was not replayed from the cache
    assert again.extra["resolution"]["status"] == "verified"


def test_outage_makes_everything_unchecked_quickly_without_raising(server, tmp_path):
    server.script("/works", *[Canned(503, "down")] * 100)
    refs = [ng_ref(f"r{i}", i) for i in range(1, 21)]
    start = time.monotonic()
    findings = resolve_references(refs, options(server, tmp_path, max_retries=1, breaker_threshold=3))
    assert time.monotonic() - start < 5
    assert {r.extra["resolution"]["status"] for r in refs} == {"unchecked"}
    assert [f.code for f in findings] == ["unchecked"]
    assert "20 entries could not be checked" in findings[0].message
    assert server.count("/works") <= 12  # the breaker stopped asking (40 without it)


def test_connection_refused_is_unchecked(tmp_path):
    server = FakeCrossref().start()
    url = server.url
    server.stop()  # nothing listens there any more
    ref = ng_ref()
    opts = options(server, tmp_path, base_url=url, max_retries=0)
    findings = resolve_references([ref], opts)
    assert ref.extra["resolution"]["status"] == "unchecked" and [f.code for f in findings] == ["unchecked"]


def test_second_run_is_served_entirely_from_cache(server, tmp_path):
    resolve_references(some_refs(), options(server, tmp_path))
    first = len(server.requests)
    assert first >= 4  # record, search, unknown DOI + its agency
    refs = some_refs()
    findings = resolve_references(refs, options(server, tmp_path))
    assert len(server.requests) == first  # zero new requests
    assert [r.extra["resolution"]["status"] for r in refs] == ["verified", "corrected", "not-found"]
    assert [f.code for f in findings] == ["doi-added", "doi-not-found"]


def test_cache_is_shared_whatever_the_mailto(server, tmp_path):
    resolve_references([ng_ref()], options(server, tmp_path, mailto="a@example.org"))
    resolve_references([ng_ref()], options(server, tmp_path, mailto="b@example.org"))
    assert server.count(NG) == 1


def test_offline_with_cold_cache_checks_nothing_and_reports_unchecked(server, tmp_path):
    refs = some_refs()
    findings = resolve_references(refs, options(server, tmp_path, offline=True))
    assert server.requests == []
    assert {r.extra["resolution"]["status"] for r in refs} == {"unchecked"}
    assert {r.extra["resolution"]["reason"] for r in refs} == {"offline"}
    assert [(f.code, f.severity) for f in findings] == [("unchecked", "info")]
    assert "(--offline)" in findings[0].message


def test_offline_answers_from_a_warm_cache(server, tmp_path):
    resolve_references([ng_ref()], options(server, tmp_path))
    before = len(server.requests)
    refs = [ng_ref(), make_ref("y", ref_id="r9", doi="10.1038/srep16696")]
    resolve_references(refs, options(server, tmp_path, offline=True))
    assert len(server.requests) == before
    assert [r.extra["resolution"]["status"] for r in refs] == ["verified", "unchecked"]


def test_offline_without_cache_is_all_unchecked(server, tmp_path):
    refs = some_refs()
    resolve_references(refs, options(server, tmp_path, offline=True, use_cache=False))
    assert server.requests == [] and {r.extra["resolution"]["status"] for r in refs} == {"unchecked"}


def test_no_cache_asks_every_time(server, tmp_path):
    resolve_references([ng_ref()], options(server, tmp_path, use_cache=False))
    resolve_references([ng_ref()], options(server, tmp_path, use_cache=False))
    assert server.count(NG) == 2
    assert not (tmp_path / "cache.sqlite").exists()


def test_cache_path_may_be_a_directory(server, tmp_path):
    resolve_references([ng_ref()], options(server, tmp_path, cache=str(tmp_path)))
    assert (tmp_path / "http_cache.sqlite").exists()


def test_unusable_cache_leaves_entries_unchecked_instead_of_crashing(server, tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_redis(name, *args, **kwargs):
        if name == "redis":
            raise ImportError("no redis here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_redis)
    ref = ng_ref()
    findings = resolve_references([ref], options(server, tmp_path, cache="redis://localhost:6379/0"))
    assert ref.extra["resolution"]["status"] == "unchecked"
    assert "redis" in findings[0].message


def test_concurrency_stays_within_the_polite_limit(tmp_path):
    with FakeCrossref(latency=0.05) as slow:
        refs = [make_ref("x", ref_id=f"r{i}", doi=f"10.5555/none{i}") for i in range(12)]
        resolve_references(refs, options(slow, tmp_path))
        assert slow.max_active <= 3


def test_announced_concurrency_limit_is_obeyed(tmp_path):
    def one_at_a_time(seen):
        return Canned(
            404,
            "Resource not found.",
            {"x-concurrency-limit": "1", "x-rate-limit-limit": "1000", "x-rate-limit-interval": "1s"},
        )

    from concurrent.futures import ThreadPoolExecutor

    from refcheck.resolve.crossref import CrossrefClient
    from refcheck.resolve.session import build_session

    with FakeCrossref(latency=0.05, fallback=one_at_a_time) as slow:
        opts = options(slow, tmp_path, concurrency=3)
        session = build_session(opts)
        client = CrossrefClient(opts, session)
        client.work("10.5555/first")  # the first answer announces the limit
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(client.work, [f"10.5555/n{i}" for i in range(9)]))
        session.close()
        assert slow.max_active == 1
