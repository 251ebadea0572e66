"""--check-urls: what counts as a dead link, what is only unchecked, what is never fetched.

The pages are synthesized by the test server (status codes and redirects), not recordings.
"""

from __future__ import annotations

import socket

import pytest
from crossref_server import Canned, make_ref, options

from refcheck.resolve import check_urls


def page_ref(server, path, ref_id="r1"):
    return make_ref(
        f"Some page. {server.url}{path}", type="webpage", ref_id=ref_id, url=f"{server.url}{path}"
    )


def test_200_is_fine_and_checked_with_head_only(server, tmp_path):
    server.route("/ok", Canned(200, "hello"))
    ref = page_ref(server, "/ok")
    assert check_urls([ref], options(server, tmp_path)) == []
    assert ref.extra["link"]["status"] == "ok"
    assert [r.method for r in server.requests] == ["HEAD"]


@pytest.mark.parametrize("status", [404, 410])
def test_404_and_410_are_dead_links(server, tmp_path, status):
    server.route("/gone", Canned(status, "gone"))
    ref = page_ref(server, "/gone")
    findings = check_urls([ref], options(server, tmp_path))
    assert [(f.code, f.severity) for f in findings] == [("dead-link", "warning")]
    assert f"HTTP {status}" in findings[0].message and findings[0].reference == "r1"
    assert findings[0].suggestions[0].startswith("https://web.archive.org/web/*/")
    assert [r.method for r in server.requests] == ["HEAD", "GET"]  # confirmed with GET before calling it dead


@pytest.mark.parametrize("status", [403, 429, 500, 503])
def test_403_429_and_5xx_are_unchecked_not_dead(server, tmp_path, status):
    server.route("/wall", Canned(status, "no"))
    ref = page_ref(server, "/wall")
    assert check_urls([ref], options(server, tmp_path)) == []
    assert ref.extra["link"]["status"] == "unchecked" and ref.extra["link"]["http_status"] == status


def test_head_refused_but_get_fine_is_ok(server, tmp_path):
    server.script("/picky", Canned(405, ""), Canned(200, "page"))
    ref = page_ref(server, "/picky")
    assert check_urls([ref], options(server, tmp_path)) == []
    assert ref.extra["link"]["status"] == "ok"


def test_redirects_are_followed_to_the_final_page(server, tmp_path):
    server.route("/old", Canned(301, "", {"Location": "/new"}))
    server.route("/new", Canned(200, "here"))
    ref = page_ref(server, "/old")
    assert check_urls([ref], options(server, tmp_path)) == []
    assert ref.extra["link"]["status"] == "ok" and ref.extra["link"]["final_url"].endswith("/new")


def test_redirect_to_a_dead_page_is_dead(server, tmp_path):
    server.route("/moved", Canned(302, "", {"Location": "/nowhere"}))
    server.route("/nowhere", Canned(404, "nope"))
    findings = check_urls([page_ref(server, "/moved")], options(server, tmp_path))
    assert [f.code for f in findings] == ["dead-link"] and "after redirecting to" in findings[0].message


def test_redirect_loop_beyond_the_limit_is_unchecked(server, tmp_path):
    for i in range(10):
        server.route(f"/loop{i}", Canned(302, "", {"Location": f"/loop{i + 1}"}))
    ref = page_ref(server, "/loop0")
    assert check_urls([ref], options(server, tmp_path)) == []
    assert (
        ref.extra["link"]["status"] == "unchecked" and "more than 5 redirects" in ref.extra["link"]["reason"]
    )


def test_only_http_and_https_urls_are_fetched(server, tmp_path):
    refs = [
        make_ref("a", ref_id="a", url="file:///etc/passwd"),
        make_ref("b", ref_id="b", url="ftp://x.org/f"),
        make_ref("c", ref_id="c", url="javascript:alert(1)"),
    ]
    assert check_urls(refs, options(server, tmp_path)) == []
    assert server.requests == []
    assert {r.extra["link"]["status"] for r in refs} == {"skipped"}


def test_unresolvable_host_is_a_dead_link(server, tmp_path, monkeypatch):
    real = socket.getaddrinfo

    def fake_getaddrinfo(host, *args, **kwargs):
        if host == "gone.invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    ref = make_ref("x", url="http://gone.invalid/page")
    findings = check_urls([ref], options(server, tmp_path))
    assert [f.code for f in findings] == ["dead-link"] and "gone.invalid" in findings[0].message


def test_link_checks_are_cached_between_runs(server, tmp_path):
    server.route("/ok", Canned(200, "hello"))
    server.route("/gone", Canned(404, "gone"))
    check_urls([page_ref(server, "/ok"), page_ref(server, "/gone", "r2")], options(server, tmp_path))
    before = len(server.requests)
    findings = check_urls(
        [page_ref(server, "/ok"), page_ref(server, "/gone", "r2")], options(server, tmp_path)
    )
    assert len(server.requests) == before and [f.code for f in findings] == ["dead-link"]


def test_offline_link_check_with_cold_cache_fetches_nothing(server, tmp_path):
    server.route("/ok", Canned(200, "hello"))
    ref = page_ref(server, "/ok")
    assert check_urls([ref], options(server, tmp_path, offline=True)) == []
    assert server.requests == [] and ref.extra["link"] == {
        "url": f"{server.url}/ok",
        "status": "unchecked",
        "http_status": None,
        "final_url": None,
        "reason": "offline",
    }


def test_slow_page_is_unchecked(server, tmp_path):
    server.route("/slow", Canned(200, "zzz", delay=1.0))
    ref = page_ref(server, "/slow")
    assert check_urls([ref], options(server, tmp_path, timeout=0.2)) == []
    assert ref.extra["link"]["status"] == "unchecked"
