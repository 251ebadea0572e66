"""Checking that the URLs in a reference list still lead somewhere.

HEAD first (cheap), GET when HEAD is refused or fails (many servers answer
HEAD with 403/405/404 but serve GET fine), redirects followed up to the
configured limit, each request with a timeout and through the same cache and
pacing as Crossref, with one deadline per URL, at most 64 KB of any body read, and no request
to a private address (see :mod:`refcheck.resolve.guard`). Only a definite "gone" is reported as dead — 404, 410 or a
host name that does not resolve; 401/403/429/5xx say nothing about the
link (bot walls, rate limits, outages) and leave it unchecked. Only http(s)
URLs are ever fetched: a ``file:`` or ``ftp:`` URL in a paper is not ours to open.
"""

from __future__ import annotations

import socket
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

from refcheck.findings.build import finding
from refcheck.model import Finding, Reference
from refcheck.resolve import guard
from refcheck.resolve.options import ResolveOptions
from refcheck.resolve.progress import Progress

DEAD_STATUS = (404, 410)
WORKERS = 4


def check_urls(refs: list[Reference], opts: ResolveOptions) -> list[Finding]:
    """Check each reference's URL; ``dead-link`` warnings in reference order."""
    todo = [ref for ref in refs if ref.fields.url]
    if not todo:
        return []
    checkable = []
    for ref in todo:
        url = (ref.fields.url or "").strip()
        if urlsplit(url).scheme.lower() not in ("http", "https") or not urlsplit(url).netloc:
            _set(ref, url, "skipped", reason="not an http(s) URL; not fetched")
        else:
            checkable.append(ref)
    if not checkable:
        return []
    if opts.offline and not opts.use_cache:
        for ref in checkable:
            _set(ref, ref.fields.url or "", "unchecked", reason="offline")
        return []
    try:
        from refcheck.resolve.session import build_session

        session = build_session(opts)
    except Exception as exc:
        for ref in checkable:
            _set(ref, ref.fields.url or "", "unchecked", reason=f"cache unavailable: {exc}")
        return []
    try:
        with Progress(len(checkable), "Checking links", enabled=opts.progress) as progress, \
                ThreadPoolExecutor(max_workers=WORKERS) as pool:

            def run(ref: Reference) -> Finding | None:
                try:
                    with guard.deadline(opts.link_deadline):  # one deadline per URL, redirects included
                        return check_one(ref, session, opts)
                except Exception as exc:  # never let one odd URL sink the run
                    _set(ref, ref.fields.url or "", "unchecked", reason=f"internal error: {exc}")
                    return None
                finally:
                    progress.advance()

            results = list(pool.map(run, checkable))
    finally:
        session.close()
    return [f for f in results if f is not None]


def check_one(ref: Reference, session: Any, opts: ResolveOptions) -> Finding | None:
    import requests

    url = (ref.fields.url or "").strip()
    kwargs: dict[str, Any] = {"timeout": opts.timeout, "allow_redirects": True}
    if hasattr(session, "cache"):
        kwargs["expire_after"] = opts.url_expire
    try:
        response = session.head(url, **kwargs)
        if _offline_miss(response, opts):
            _set(ref, url, "unchecked", reason="offline")
            return None
        if response.status_code >= 400:
            response = session.get(url, **kwargs)
            if _offline_miss(response, opts):
                _set(ref, url, "unchecked", reason="offline")
                return None
    except guard.PrivateAddress as exc:
        _set(ref, url, "unchecked", reason=f"private address, not fetched: {exc} (--allow-private to check it)")
        return None
    except requests.TooManyRedirects:
        _set(ref, url, "unchecked", reason=f"more than {opts.max_redirects} redirects")
        return None
    except requests.Timeout:
        _set(ref, url, "unchecked", reason=f"no complete answer within {min(opts.timeout, opts.link_deadline):g} s")
        return None
    except requests.ConnectionError as exc:
        if _is_dns_failure(exc):
            host = urlsplit(url).hostname
            _set(ref, url, "dead", reason=f"host {host} does not exist (DNS lookup failed)")
            return _dead(ref, url, f"its host {host} no longer exists")
        _set(ref, url, "unchecked", reason="could not connect")
        return None
    except requests.RequestException as exc:
        _set(ref, url, "unchecked", reason=f"request failed ({type(exc).__name__})")
        return None
    status = response.status_code
    final = response.url if response.history else None
    if status in DEAD_STATUS:
        _set(ref, url, "dead", http_status=status, final_url=final, reason=f"HTTP {status}")
        return _dead(ref, url, f"HTTP {status}" + (f" after redirecting to {final}" if final else ""))
    if status < 400:
        _set(ref, url, "ok", http_status=status, final_url=final, reason="reachable")
        return None
    _set(ref, url, "unchecked", http_status=status, final_url=final,
         reason=f"HTTP {status} says nothing about whether the page exists")
    return None


def _offline_miss(response: Any, opts: ResolveOptions) -> bool:
    """With only_if_cached, requests-cache answers a cache miss with a synthetic 504."""
    return opts.offline and response.status_code == 504


def _is_dns_failure(exc: BaseException) -> bool:
    """Walk the exception chain (requests -> urllib3 -> socket) looking for a failed name lookup."""
    seen: set[int] = set()
    stack: list[Any] = [exc]
    while stack:
        err = stack.pop()
        if err is None or id(err) in seen:
            continue
        seen.add(id(err))
        if isinstance(err, socket.gaierror) or type(err).__name__ == "NameResolutionError":
            return True
        if isinstance(err, BaseException):
            stack.extend([err.__cause__, err.__context__, getattr(err, "reason", None)])
            stack.extend(a for a in err.args if isinstance(a, BaseException))
    return False


def _dead(ref: Reference, url: str, why: str) -> Finding:
    return finding("dead-link", ref.line, ref.column,
                   f"link {url} is dead ({why}); replace it with a working or archived address",
                   reference=ref.id, suggestions=[f"https://web.archive.org/web/*/{url}"])


def _set(ref: Reference, url: str, status: str, *, http_status: int | None = None,
         final_url: str | None = None, reason: str = "") -> None:
    ref.extra["link"] = {"url": url, "status": status, "http_status": http_status,
                         "final_url": final_url, "reason": reason}
