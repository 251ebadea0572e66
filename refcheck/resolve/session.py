"""The one HTTP session every Crossref and link request goes through.

A requests-cache ``CachedSession`` (SQLite in the user cache directory by
default, any path, or Redis for a shared team cache) with a transport adapter
underneath that paces and identifies real network requests. Because the pacing
lives *below* the cache, answers served from the cache cost no waiting, and
because the cache sits in front of everything, a second run sends nothing.

This module imports requests / requests-cache at import time; it is itself only
imported when resolving actually starts, which keeps ``refcheck --help`` fast.
"""

from __future__ import annotations

import json
import threading
import time
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from refcheck.resolve.options import ResolveOptions
from refcheck.resolve.ratelimit import ConcurrencyGate, Throttle

try:  # the package version names us in the User-Agent; fall back when run from a checkout
    from importlib.metadata import version as _pkg_version

    VERSION = _pkg_version("refcheck")
except Exception:  # pragma: no cover - not installed
    VERSION = "0"

CACHEABLE_STATUS = (200, 404, 410)  # answers that stay true for days; errors and 429s never do
MAX_CACHED_BODY = 2 * 1024 * 1024  # a link check must not fill the cache with PDFs
LINK_RATE_PER_HOST = 2.0
LINK_CONCURRENCY = 4


def user_agent(mailto: str | None) -> str:
    """Crossref asks clients to name themselves and give a contact address."""
    contact = f"; mailto:{mailto}" if mailto else ""
    return f"refcheck/{VERSION} (reference checker; https://pypi.org/project/refcheck/{contact})"


def default_cache_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("refcheck", appauthor=False)) / "http_cache.sqlite"


def is_redis_url(cache: str | None) -> bool:
    return bool(cache) and cache.split("://", 1)[0] in {"redis", "rediss", "unix"}


class Pacing:
    """Which throttle a request belongs to: Crossref records, Crossref searches, or a link's host."""

    def __init__(self, opts: ResolveOptions) -> None:
        self.api = urlsplit(opts.api_root)
        gate = ConcurrencyGate(int(opts.limit("concurrency")))
        self.record = Throttle(opts.limit("records_per_second"), gate)
        self.search = Throttle(opts.limit("searches_per_second"), gate)
        self._link_gate = ConcurrencyGate(LINK_CONCURRENCY)
        self._hosts: dict[str, Throttle] = {}
        self._lock = threading.Lock()

    def is_api(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.netloc == self.api.netloc and parts.path.startswith(self.api.path)

    def throttle_for(self, url: str) -> Throttle:
        parts = urlsplit(url)
        if parts.netloc == self.api.netloc and parts.path.startswith(self.api.path):
            is_search = parts.path.rstrip("/").endswith("/works") and "query" in parts.query
            return self.search if is_search else self.record
        with self._lock:
            throttle = self._hosts.get(parts.netloc)
            if throttle is None:
                throttle = self._hosts[parts.netloc] = Throttle(LINK_RATE_PER_HOST, self._link_gate)
            return throttle


class PoliteAdapter(HTTPAdapter):
    """Transport adapter that paces and bounds every request that actually leaves the machine.

    Pacing: Crossref's published rates, two requests a second per linked host. Bounds (see
    :mod:`refcheck.resolve.guard`): no link to a private address unless allowed, the body
    read in chunks up to a cap, and the whole answer within the caller's deadline.
    """

    def __init__(self, pacing: Pacing, allow_private: bool = False, **kwargs: Any) -> None:
        self.pacing = pacing
        self.allow_private = allow_private
        super().__init__(pool_maxsize=16, **kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        if not self.allow_private:
            from refcheck.resolve import guard

            self.poolmanager.pool_classes_by_scheme = guard.PEER_CHECKED_POOLS  # DNS rebinding

    def send(self, request: requests.PreparedRequest, stream: bool = False, timeout: Any = None,
             *args: Any, **kwargs: Any) -> requests.Response:
        from refcheck.resolve import guard

        url = request.url or ""
        api = self.pacing.is_api(url)
        if not api and not self.allow_private:
            address = guard.non_public_address(url)
            if address is not None:
                raise guard.PrivateAddress(f"{urlsplit(url).hostname} is a private address ({address})")
        wait = timeout if isinstance(timeout, (int, float)) else 10.0
        left = guard.remaining(wait)
        if left <= 0:
            raise guard.DeadlinePassed("deadline passed before the request was sent")
        end = time.monotonic() + min(wait, left)
        throttle = self.pacing.throttle_for(url)
        with throttle.gate:
            throttle.limiter.acquire()
            try:
                response = super().send(request, True, max(0.01, end - time.monotonic()), *args, **kwargs)
            except guard.PrivatePeer as exc:  # the name's address changed after the check above
                raise guard.PrivateAddress(str(exc)) from exc
        if request.method != "HEAD":
            response._content = guard.read_capped(response, guard.MAX_API_BODY if api else guard.MAX_LINK_BODY,
                                                  end, truncate=not api)
        else:
            response._content = b""
            response.close()
        response._content_consumed = True
        throttle.observe(response.status_code, response.headers)
        return response


def _cacheable(response: requests.Response, api_root: str = "") -> bool:
    """Keep only answers worth replaying: a JSON object from the API, modest bodies elsewhere.

    A 200 from the API that is not a JSON object (a proxy's HTML error page, whatever its
    Content-Type; a truncated transfer; a bare list) must not be replayed for 30 days.
    """
    if getattr(response, "from_cache", False):
        return True  # checked when it was stored; the client drops an invalid one it meets
    if response.status_code not in CACHEABLE_STATUS:
        return True  # not stored anyway; returning False would also delete a good earlier copy
    from_api = bool(api_root) and (response.url or "").startswith(api_root + "/works")
    if response.status_code == 200 and (from_api or "json" in response.headers.get("Content-Type", "")):
        return is_json_object(response.content)
    return len(response.content or b"") <= MAX_CACHED_BODY


def is_json_object(body: bytes | None) -> bool:
    try:
        return isinstance(json.loads(body or b""), dict)
    except (ValueError, RecursionError):
        return False


def _key_without_mailto(request: Any, **kwargs: Any) -> str:
    """requests-cache's key for REQUEST as if it had been sent without a mailto parameter."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    from requests_cache import create_key

    parts = urlsplit(request.url or "")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "mailto"]
    if len(query) != len(parse_qsl(parts.query, keep_blank_values=True)):
        request = request.copy()
        request.url = urlunsplit(parts._replace(query=urlencode(query)))
    return create_key(request, **kwargs)


def build_session(opts: ResolveOptions) -> requests.Session:
    """A session with the polite headers, pacing and (unless disabled) the cache."""
    pacing = Pacing(opts)
    if opts.use_cache:
        import requests_cache

        session: requests.Session = requests_cache.CachedSession(
            backend=_backend(opts),
            expire_after=opts.record_expire,
            allowable_codes=CACHEABLE_STATUS,
            allowable_methods=("GET", "HEAD"),
            ignored_parameters=["mailto"],  # the contact address must not split the cache ...
            key_fn=_key_without_mailto,  # ... nor its absence (a bare "?" made another key: issue 17)
            match_headers=False,
            stale_if_error=True,  # an outage serves yesterday's answer rather than none
            only_if_cached=opts.offline,
            filter_fn=partial(_cacheable, api_root=opts.api_root),
        )
    else:
        session = requests.Session()
    adapter = PoliteAdapter(pacing, allow_private=opts.allow_private)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    # The Crossref root is the user's own setting (a mirror or a test server may be local): its
    # connections are not address-checked. The longest matching prefix picks the adapter.
    session.mount(opts.api_root + "/", PoliteAdapter(pacing, allow_private=True))
    session.headers["User-Agent"] = user_agent(None)  # the mailto goes to Crossref only (CrossrefClient)
    session.max_redirects = opts.max_redirects
    session.pacing = pacing  # type: ignore[attr-defined]
    return session


def _backend(opts: ResolveOptions) -> Any:
    if is_redis_url(opts.cache):
        try:
            import redis
        except ImportError as exc:  # optional extra
            raise RuntimeError(
                "a Redis cache needs the redis package: pip install 'refcheck[redis]'") from exc
        from requests_cache import RedisCache

        return RedisCache(namespace="refcheck", connection=redis.Redis.from_url(opts.cache))
    from requests_cache import SQLiteCache

    path = Path(opts.cache).expanduser() if opts.cache else default_cache_path()
    if path.is_dir():
        path = path / "http_cache.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    return SQLiteCache(str(path), busy_timeout=10_000, wal=True)
