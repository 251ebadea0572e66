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
    """Transport adapter that paces every request that actually leaves the machine."""

    def __init__(self, pacing: Pacing, **kwargs: Any) -> None:
        self.pacing = pacing
        super().__init__(pool_maxsize=16, **kwargs)

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        throttle = self.pacing.throttle_for(request.url or "")
        with throttle.gate:
            throttle.limiter.acquire()
            response = super().send(request, *args, **kwargs)
        throttle.observe(response.status_code, response.headers)
        return response


def _cacheable(response: requests.Response) -> bool:
    """Keep only answers worth replaying: parseable JSON from the API, modest bodies elsewhere.

    A 200 with a garbage body (a proxy's error page, a truncated transfer) must
    not be replayed for 30 days.
    """
    if getattr(response, "from_cache", False):
        return True  # checked when it was stored; re-parsing every hit would slow warm runs
    if response.status_code not in CACHEABLE_STATUS:
        return True  # not stored anyway; returning False would also delete a good earlier copy
    content_type = response.headers.get("Content-Type", "")
    if response.status_code == 200 and "json" in content_type:
        try:
            json.loads(response.content)
        except ValueError:
            return False
    return len(response.content or b"") <= MAX_CACHED_BODY


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
            ignored_parameters=["mailto"],  # the contact address must not split the cache
            match_headers=False,
            stale_if_error=True,  # an outage serves yesterday's answer rather than none
            only_if_cached=opts.offline,
            filter_fn=_cacheable,
        )
    else:
        session = requests.Session()
    adapter = PoliteAdapter(pacing)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = user_agent(opts.mailto)
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
