"""The three Crossref REST calls refcheck needs, with retries and failure isolation.

refcheck talks to ``/works/{doi}``, ``/works/{doi}/agency`` and
``/works?query.bibliographic=`` directly through the cached session instead
of through habanero: habanero 2.x uses httpx (invisible to requests-cache) and
1.x calls the module-level ``requests.get`` (cacheable only by monkeypatching
requests process-wide, with no session to carry pacing, Retry-After handling
or per-endpoint expiry). Three GETs do not justify either compromise.

Every failure surfaces as :class:`Unavailable` with a short human reason;
callers turn that into an ``unchecked`` verdict, never a crash. After
``breaker_threshold`` consecutive failures the client stops asking, so an
outage costs a few seconds, not a timeout per reference.
"""

from __future__ import annotations

import contextlib
import email.utils
import random
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import requests

from refcheck.resolve import guard
from refcheck.resolve.options import ResolveOptions
from refcheck.resolve.run import CrossrefRun
from refcheck.resolve.session import user_agent


class Unavailable(Exception):
    """Crossref could not answer (offline, outage, rate-limited, garbage); the entry stays unchecked."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(slots=True)
class Reply:
    status: int
    data: dict[str, Any] | None
    from_cache: bool


def normalize_doi(doi: str) -> str:
    """Bare lower-case DOI from the forms people write: URLs, ``doi:`` prefixes, trailing dots."""
    value = doi.strip()
    lowered = value.lower()
    for prefix in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
                   "doi.org/", "doi:", "doi "):
        if lowered.startswith(prefix):
            value = value[len(prefix):].strip()
            lowered = value.lower()
    return value.rstrip(".,;").lower()


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class CrossrefClient:
    """Thin client over the cached session; knows URLs, expiry, retries and the circuit breaker."""

    def __init__(self, opts: ResolveOptions, session: requests.Session, budget: float | None = None,
                 run: CrossrefRun | None = None) -> None:
        self.opts = opts
        self.session = session
        # The breaker's counts live in the run, so a burst of failures in one file keeps it open
        # for the files after it (resolve/run.py).
        self.run = run if run is not None else CrossrefRun(opts.budget)
        self._lock = threading.Lock()
        self.network_requests = 0  # answers that did not come from the cache (for reports and tests)
        self.budget = budget if budget is not None else self.run.grant(0)
        self._end = time.monotonic() + self.budget
        self._headers = {"User-Agent": user_agent(opts.mailto)}  # the contact address goes to Crossref only

    # -- public calls ---------------------------------------------------------------------------

    def work(self, doi: str) -> dict[str, Any] | None:
        """The Crossref record of a DOI, or None when Crossref does not know it."""
        reply = self._get(f"/works/{quote(doi, safe='/:;()[]')}", {}, self.opts.record_expire)
        if reply.status in (404, 410, 400):
            return None
        return _message(reply)

    def agency(self, doi: str) -> str | None:
        """The registration agency's id ("crossref", "datacite", ...), or None if no agency knows the DOI."""
        reply = self._get(f"/works/{quote(doi, safe='/:;()[]')}/agency", {}, self.opts.record_expire)
        if reply.status in (404, 410, 400):
            return None
        agency = _message(reply).get("agency") or {}
        return str(agency.get("id") or "").lower() or None

    def search(self, text: str) -> list[dict[str, Any]]:
        """Candidates for a free-text reference, best first, each with its relevance ``score``."""
        params = {"query.bibliographic": text, "rows": str(self.opts.rows)}
        reply = self._get("/works", params, self.opts.search_expire)
        if reply.status != 200:
            raise Unavailable(f"Crossref search answered HTTP {reply.status}")
        items = _message(reply).get("items")
        if not isinstance(items, list):
            raise Unavailable("Crossref search answer has no item list")
        return [item for item in items if isinstance(item, dict)]

    @property
    def down(self) -> str | None:
        return self.run.down

    # -- plumbing -------------------------------------------------------------------------------

    def _get(self, path: str, params: dict[str, str], expire: float) -> Reply:
        if self.opts.mailto:
            params = {**params, "mailto": self.opts.mailto}
        url = self.opts.api_root + path
        reason = "no answer"
        attempt = 0
        dropped = False
        while attempt <= self.opts.max_retries:
            if self.run.down:
                raise Unavailable(self.run.down)
            left = self._end - time.monotonic()
            if left <= 0:
                self._trip(self.run.exhausted_reason)
                raise Unavailable(self.run.down or "time budget used up")
            wait = self.opts.backoff * (2**attempt) * (0.5 + random.random())
            attempt += 1
            try:
                with guard.deadline(left):
                    response = self.session.get(url, params=params, timeout=min(self.opts.timeout, left),
                                                headers=self._headers, **_cache_kwargs(self.session, expire))
            except requests.Timeout:
                reason = f"Crossref did not answer within {min(self.opts.timeout, left):.3g} s"
                self._timed_out(reason)
            except requests.TooManyRedirects:
                reason = "Crossref redirected too often"
                break
            except guard.BodyTooLarge as exc:
                reason = str(exc)
                break
            except requests.RequestException as exc:
                reason = f"could not reach Crossref ({type(exc).__name__})"
            else:
                status = response.status_code
                if self.opts.offline and status == 504:  # requests-cache's "not in the cache"
                    raise Unavailable("offline")
                from_cache = bool(getattr(response, "from_cache", False))
                if not from_cache:
                    with self._lock:
                        self.network_requests += 1
                if status == 429 or status >= 500:
                    reason = f"Crossref answered HTTP {status}"
                    announced = retry_after_seconds(response.headers.get("Retry-After"))
                    if announced is not None:
                        if announced > self.opts.max_wait:
                            reason += f" (asked to retry after {announced:.0f} s)"
                            break
                        wait = announced
                elif status in (200, 400, 404, 410):
                    if status != 200:
                        self._succeeded()
                        return Reply(status, None, from_cache)
                    try:
                        data = response.json()
                    except (ValueError, RecursionError):
                        data, reason = None, "Crossref sent an unreadable (non-JSON) answer"
                    else:
                        reason = "Crossref sent an unexpected answer"
                    if isinstance(data, dict):
                        self._succeeded()
                        return Reply(status, data, from_cache)
                    if from_cache and not dropped:
                        # stored before answers were validated, or by an older refcheck: forget it
                        # and ask the network once, at once, instead of retrying it with back-off
                        _drop_cached(self.session, response)
                        dropped = True
                        attempt -= 1
                        continue
                else:
                    reason = f"Crossref answered HTTP {status}"
                    break
            self._attempt_failed()
            if attempt <= self.opts.max_retries:
                time.sleep(max(0.0, min(wait, self.opts.max_wait, self._end - time.monotonic())))
        self._failed(reason)
        raise Unavailable(reason)

    def _succeeded(self) -> None:
        with self._lock:
            self.run.failures = self.run.failed_attempts = self.run.timeouts = 0

    def _failed(self, reason: str) -> None:
        with self._lock:
            self.run.failures += 1
            burst = self.run.failed_attempts >= 2 * self.opts.breaker_threshold
            if self.run.failures >= self.opts.breaker_threshold or burst:
                self.run.down = self.run.down or f"Crossref unavailable ({reason}); stopped asking"

    def _attempt_failed(self) -> None:
        """A burst of failed attempts with no success between them (whatever the entries they
        were for) opens the breaker too; it stays open for the rest of the run."""
        with self._lock:
            self.run.failed_attempts += 1
            if self.run.failed_attempts >= 2 * self.opts.breaker_threshold:
                self.run.down = self.run.down or "Crossref unavailable (repeated failures); stopped asking"

    def _timed_out(self, reason: str) -> None:
        """Every worker waiting out a timeout with no answer between: Crossref has stopped
        answering, and another round would cost another full timeout per worker."""
        with self._lock:
            self.run.timeouts += 1
            if self.run.timeouts >= max(2, int(self.opts.limit("concurrency"))):
                self.run.down = self.run.down or f"Crossref unavailable ({reason}); stopped asking"

    def _trip(self, reason: str) -> None:
        with self._lock:
            self.run.down = self.run.down or reason

def _message(reply: Reply) -> dict[str, Any]:
    message = (reply.data or {}).get("message")
    if not isinstance(message, dict):
        raise Unavailable("Crossref answer has no message")
    return message


def _drop_cached(session: requests.Session, response: requests.Response) -> None:
    key = getattr(response, "cache_key", None)
    cache = getattr(session, "cache", None)
    if key and cache is not None:
        with contextlib.suppress(Exception):  # a cache that cannot delete is still only a cache
            cache.delete(key)


def _cache_kwargs(session: requests.Session, expire: float) -> dict[str, Any]:
    """Per-request expiry, only understood by a CachedSession."""
    return {"expire_after": expire} if hasattr(session, "cache") else {}
