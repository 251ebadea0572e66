"""Hostile and faulty networks (issue 17): every entry ends in a known state, the cache keeps only
valid answers, a run has one budget, links stay off private addresses, the mailto goes to Crossref only."""

from __future__ import annotations

import json

import pytest
from crossref_server import Canned, FakeCrossref, make_ref, options
from test_resolve_failures import NG, ng_ref

from refcheck.resolve import check_urls, resolve_references
from refcheck.resolve.guard import non_public_address

FINAL_STATES = {"verified", "corrected", "not-found", "unchecked", "not-crossref"}
FAULTS = [
    Canned(503, "down"),
    Canned(429, "slow down", {"Retry-After": "0"}),
    Canned(200, b"{}", {"Content-Type": "application/json"}, delay=1.0),
    Canned(200, b"\x00garbage", {"Content-Type": "application/json"}),
    Canned(200, b'{"status": "ok", "mess', {"Content-Type": "application/json"}, fault="truncate"),
    Canned(200, b"", fault="reset"),
    Canned(200, "<html>Proxy error</html>", {"Content-Type": "text/html"}),
]


@pytest.mark.parametrize("fault", FAULTS, ids=["5xx", "429", "slow", "garbage", "truncated", "reset", "html200"])
def test_every_kind_of_fault_ends_in_a_known_state_and_is_retried(server, tmp_path, fault):
    server.script(NG, fault)
    ref = ng_ref()
    resolve_references([ref], options(server, tmp_path, timeout=0.5))
    assert ref.extra["resolution"]["status"] == "verified"  # the retry got the real answer
    assert server.count(NG) == 2


def test_every_entry_ends_in_a_known_state_when_every_answer_is_a_fault(server, tmp_path):
    faults = iter(FAULTS * 20)
    server.fallback = lambda seen: next(faults)
    refs = [ng_ref(f"r{i}", i) for i in range(1, 13)]
    findings = resolve_references(refs, options(server, tmp_path, timeout=0.5, max_retries=1))
    assert {r.extra["resolution"]["status"] for r in refs} <= FINAL_STATES
    assert [f.code for f in findings] == ["unchecked"]


def test_an_html_page_with_status_200_is_not_cached(server, tmp_path):
    server.script(NG, *[Canned(200, "<html>Proxy error</html>", {"Content-Type": "text/html"})] * 3)
    first = ng_ref()
    resolve_references([first], options(server, tmp_path, max_retries=2))
    assert first.extra["resolution"]["status"] == "unchecked"
    again = ng_ref()
    resolve_references([again], options(server, tmp_path))
    assert again.extra["resolution"]["status"] == "verified" and server.count(NG) == 4


def test_a_json_answer_that_is_not_an_object_is_not_cached(server, tmp_path):
    server.script(NG, *[Canned(200, [1, 2, 3])] * 3)
    resolve_references([ng_ref()], options(server, tmp_path, max_retries=2))
    again = ng_ref()
    resolve_references([again], options(server, tmp_path))
    assert again.extra["resolution"]["status"] == "verified"


def test_an_invalid_answer_already_in_the_cache_is_dropped_and_asked_again_at_once(server, tmp_path):
    """A cache written by an older refcheck may hold a proxy's page; it is deleted, not retried with back-off."""
    from refcheck.resolve.session import build_session

    opts = options(server, tmp_path, backoff=30.0)
    session = build_session(opts)
    server.script(NG, Canned(200, "<html>Proxy error</html>", {"Content-Type": "text/html"}))
    session.cache.save_response(session.get(server.url + NG))  # poison it the way old versions did
    session.close()
    ref = ng_ref()
    resolve_references([ref], opts)  # a back-off of 30 s would time the test out
    assert ref.extra["resolution"]["status"] == "verified" and server.count(NG) == 2
    warm = ng_ref()
    resolve_references([warm], opts)
    assert warm.extra["resolution"]["status"] == "verified" and server.count(NG) == 2  # now cached, valid


def test_the_run_budget_leaves_the_remaining_entries_unchecked(server, tmp_path):
    server.latency = 0.3
    refs = [make_ref("x", ref_id=f"r{i}", doi=f"10.5555/budget-{i}") for i in range(10)]
    resolve_references(refs, options(server, tmp_path, budget=0.5, concurrency=1))
    statuses = [r.extra["resolution"]["status"] for r in refs]
    assert statuses.count("unchecked") >= 7
    assert any("time budget" in r.extra["resolution"]["reason"] for r in refs)


def test_a_burst_of_failed_attempts_opens_the_breaker_for_the_rest_of_the_run(server, tmp_path):
    server.fallback = lambda seen: Canned(503, "down")
    refs = [ng_ref(f"r{i}", i) for i in range(1, 31)]
    resolve_references(refs, options(server, tmp_path, max_retries=4, breaker_threshold=5))
    assert server.count("/works") <= 12  # 150 attempts without the breaker
    assert all("stopped asking" in r.extra["resolution"]["reason"] for r in refs[-10:])


def test_the_breaker_stays_open_for_the_later_files_of_the_same_run(server, tmp_path):
    from refcheck.resolve.run import crossref_run

    server.fallback = lambda seen: Canned(503, "down")
    first = [ng_ref(f"a{i}", i) for i in range(1, 11)]
    second = [ng_ref(f"b{i}", i) for i in range(11, 21)]
    with crossref_run():
        resolve_references(first, options(server, tmp_path, max_retries=4, breaker_threshold=5))
        asked = server.count("/works")
        resolve_references(second, options(server, tmp_path, max_retries=4, breaker_threshold=5))
    assert server.count("/works") == asked  # the second file sent nothing
    assert all("stopped asking" in r.extra["resolution"]["reason"] for r in second)


def test_the_run_budget_is_shared_by_the_files_of_a_run(server, tmp_path):
    from refcheck.resolve.run import crossref_run

    server.latency = 0.3
    first = [make_ref("x", ref_id=f"a{i}", doi=f"10.5555/run-a{i}") for i in range(10)]
    second = [make_ref("x", ref_id=f"b{i}", doi=f"10.5555/run-b{i}") for i in range(10)]
    with crossref_run(budget=0.5):
        resolve_references(first, options(server, tmp_path, concurrency=1))
        asked = server.count("/works")
        resolve_references(second, options(server, tmp_path, concurrency=1))
    assert server.count("/works") == asked
    assert all("time budget" in r.extra["resolution"]["reason"] for r in second)


def test_outside_a_run_each_call_has_its_own_budget_and_breaker(server, tmp_path):
    server.fallback = lambda seen: Canned(503, "down")
    resolve_references([ng_ref(f"a{i}", i) for i in range(1, 11)], options(server, tmp_path, breaker_threshold=5))
    asked = server.count("/works")
    resolve_references([ng_ref("b1", 11)], options(server, tmp_path, max_retries=0, breaker_threshold=5))
    assert server.count("/works") == asked + 1


def test_the_mailto_goes_to_crossref_but_not_to_linked_hosts(server, tmp_path):
    link_host = FakeCrossref().start()
    try:
        link_host.route("/page", Canned(200, "hello"))
        page = make_ref("p", ref_id="r2", url=f"{link_host.url}/page")
        opts = options(server, tmp_path, mailto="me@uni.example", allow_private=True)
        resolve_references([ng_ref()], opts)
        check_urls([page], opts)
        assert all("me@uni.example" in r.headers.get("User-Agent", "") for r in server.requests)
        assert link_host.requests and not any("me@uni.example" in json.dumps(r.headers) + str(r.query)
                                              for r in link_host.requests)
    finally:
        link_host.stop()


def test_links_to_private_addresses_are_refused_without_a_request(server, tmp_path):
    other = FakeCrossref().start()  # another host than the Crossref root, on 127.0.0.1
    try:
        other.route("/admin", Canned(200, "secret"))
        ref = make_ref("p", url=f"{other.url}/admin")
        assert check_urls([ref], options(server, tmp_path)) == []
        assert ref.extra["link"]["status"] == "unchecked" and "private address" in ref.extra["link"]["reason"]
        assert other.requests == []
        allowed = make_ref("p", url=f"{other.url}/admin")
        check_urls([allowed], options(server, tmp_path, allow_private=True))
        assert allowed.extra["link"]["status"] == "ok"
    finally:
        other.stop()


def test_a_redirect_to_a_private_address_is_refused(server, tmp_path, monkeypatch):
    """A public page that redirects to 127.0.0.1: the second hop is refused (the first is let
    through here by pretending the fake server's own name is public)."""
    other = FakeCrossref().start()
    try:
        other.route("/admin", Canned(200, "secret"))
        other.route("/go", Canned(302, "", {"Location": f"http://localhost:{other.url.rsplit(':', 1)[1]}/admin"}))
        import refcheck.resolve.guard as guard

        real = guard.non_public_address
        monkeypatch.setattr(guard, "non_public_address", lambda url: None if "127.0.0.1" in url else real(url))
        # and the connection check (tested on its own below) lets the first hop's 127.0.0.1 through
        monkeypatch.setattr(guard._PeerChecked, "_new_conn", lambda self: super(guard._PeerChecked, self)._new_conn())
        ref = make_ref("p", url=f"{other.url}/go")
        check_urls([ref], options(server, tmp_path))
        assert "private address" in ref.extra["link"]["reason"]
        assert [r.path for r in other.requests] == ["/go"]
    finally:
        other.stop()


def test_a_name_whose_address_changes_after_the_check_is_refused_at_the_connection(server, tmp_path, monkeypatch):
    """DNS rebinding: the name check saw a public address, the connection reached 127.0.0.1.
    The connection's own peer is checked before a byte is sent, so the page is never asked."""
    other = FakeCrossref().start()
    try:
        other.route("/admin", Canned(200, "secret"))
        import refcheck.resolve.guard as guard

        monkeypatch.setattr(guard, "non_public_address", lambda url: None)  # the first answer: public
        ref = make_ref("p", url=f"{other.url}/admin")
        check_urls([ref], options(server, tmp_path))
        assert ref.extra["link"]["status"] == "unchecked"
        assert "private address" in ref.extra["link"]["reason"] and "127.0.0.1" in ref.extra["link"]["reason"]
        assert other.requests == []
    finally:
        other.stop()


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                                     "[::1]", "[fe80::1]", "[::ffff:127.0.0.1]", "0.0.0.0"])
def test_private_loopback_and_link_local_addresses_are_not_public(address):
    assert non_public_address(f"http://{address}/x") is not None


def test_a_public_address_is_public():
    assert non_public_address("http://93.184.216.34/") is None


@pytest.fixture
def link_host():
    """A web server other than the Crossref root (both on 127.0.0.1, so checks need allow_private)."""
    with FakeCrossref() as host:
        yield host


def test_a_huge_link_body_is_not_read_into_memory(server, link_host, tmp_path):
    """A page answering HEAD with 405 and GET with 50 MB: the verdict needs only its status."""
    link_host.script("/big", Canned(405, ""))
    link_host.route("/big", Canned(200, b"x" * (50 * 1024 * 1024)))
    ref = make_ref("p", url=f"{link_host.url}/big")
    check_urls([ref], options(server, tmp_path, allow_private=True))
    assert ref.extra["link"]["status"] == "ok"


def test_a_drip_fed_link_is_cut_off_at_its_deadline(server, link_host, tmp_path):
    import time

    link_host.script("/drip", Canned(405, ""))
    link_host.route("/drip", Canned(200, b"x" * 100, fault="drip", delay=0.2))  # 20 s in all
    ref = make_ref("p", url=f"{link_host.url}/drip")
    start = time.monotonic()
    check_urls([ref], options(server, tmp_path, link_deadline=1.0, allow_private=True))
    assert time.monotonic() - start < 10
    assert ref.extra["link"]["status"] == "unchecked"


def test_offline_finds_answers_cached_with_a_mailto(server, tmp_path):
    resolve_references([ng_ref()], options(server, tmp_path, mailto="me@uni.example"))
    ref = ng_ref()
    resolve_references([ref], options(server, tmp_path, mailto=None, offline=True))
    assert ref.extra["resolution"]["status"] == "verified"
