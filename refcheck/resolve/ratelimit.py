"""Client-side pacing so refcheck stays inside Crossref's published limits.

Crossref grants each pool a request rate and a number of simultaneous
requests, and announces the current figures on every response
(``x-rate-limit-limit`` / ``x-rate-limit-interval`` / ``x-concurrency-limit``).
Going over earns 429s and, for persistent offenders, a block; so we pace
ourselves and only ever *lower* our pace to what the server announces — a header
never talks us above the configured (published) limit.

Only requests that really go to the network pass through here (the pacing sits
in the transport adapter, below the cache), so a warm-cache run never waits.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Mapping

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$")
_UNIT = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}


class RateLimiter:
    """Spaces requests at least ``1/rate`` seconds apart, across threads.

    Each caller reserves the next free slot under a lock and sleeps outside it,
    so concurrent callers queue up fairly without holding the lock while sleeping.
    """

    def __init__(self, rate: float, *, floor: float = 0.2) -> None:
        self.ceiling = rate  # never go faster than this, whatever the headers say
        self.floor = floor  # never slow below this, so a run still finishes
        self._rate = rate
        self._next = 0.0
        self._lock = threading.Lock()

    @property
    def rate(self) -> float:
        return self._rate

    def acquire(self) -> None:
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next)
            self._next = slot + 1.0 / self._rate
        delay = slot - now
        if delay > 0:
            time.sleep(delay)

    def set_rate(self, rate: float) -> None:
        """Adopt an announced rate, clamped to [floor, ceiling]."""
        with self._lock:
            self._rate = max(self.floor, min(self.ceiling, rate))

    def slow_down(self) -> None:
        """Halve the pace after a 429: the server says we are too fast, whatever we think."""
        self.set_rate(self._rate / 2)


class ConcurrencyGate:
    """A semaphore whose size can shrink (or regrow up to its ceiling) while in use."""

    def __init__(self, limit: int) -> None:
        self.ceiling = max(1, limit)
        self._limit = self.ceiling
        self._active = 0
        self._cond = threading.Condition()

    @property
    def limit(self) -> int:
        return self._limit

    def __enter__(self) -> ConcurrencyGate:
        with self._cond:
            while self._active >= self._limit:
                self._cond.wait()
            self._active += 1
        return self

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._active -= 1
            self._cond.notify()

    def set_limit(self, limit: int) -> None:
        with self._cond:
            self._limit = max(1, min(self.ceiling, limit))
            self._cond.notify_all()


def parse_rate(headers: Mapping[str, str]) -> float | None:
    """Requests per second announced by ``x-rate-limit-limit`` over ``x-rate-limit-interval``."""
    limit = headers.get("x-rate-limit-limit")
    if not limit:
        return None
    try:
        count = float(limit)
    except ValueError:
        return None
    match = _INTERVAL.match(headers.get("x-rate-limit-interval") or "1s")
    if not match or count <= 0:
        return None
    seconds = float(match.group(1)) * _UNIT[match.group(2)]
    return count / seconds if seconds > 0 else None


def parse_concurrency(headers: Mapping[str, str]) -> int | None:
    value = headers.get("x-concurrency-limit")
    try:
        return int(value) if value else None
    except ValueError:
        return None


class Throttle:
    """The pacing for one kind of request: a rate limiter plus a concurrency gate.

    The gate may be shared between throttles: Crossref counts concurrent requests
    across record lookups and searches together, but paces each kind separately.
    """

    def __init__(self, rate: float, gate: ConcurrencyGate) -> None:
        self.limiter = RateLimiter(rate)
        self.gate = gate

    def observe(self, status: int, headers: Mapping[str, str]) -> None:
        """Adapt to what a response announced."""
        rate = parse_rate(headers)
        if rate is not None:
            self.limiter.set_rate(rate)
        conc = parse_concurrency(headers)
        if conc is not None:
            self.gate.set_limit(conc)
        if status == 429:
            self.limiter.slow_down()
