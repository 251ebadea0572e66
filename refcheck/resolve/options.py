"""Settings for resolving references against Crossref and checking links.

One frozen-ish dataclass so the CLI, the tests and the benchmark all configure
the same thing the same way; environment variables are read only in
``from_env`` so that constructing options in a test never depends on the
developer's shell.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields

DEFAULT_BASE_URL = "https://api.crossref.org"

# Crossref's published limits (since December 2025). The polite pool is the one a
# request joins by sending a mailto; without one we stay inside the public pool.
POLITE_LIMITS = {"records_per_second": 10.0, "searches_per_second": 3.0, "concurrency": 3}
PUBLIC_LIMITS = {"records_per_second": 5.0, "searches_per_second": 1.0, "concurrency": 1}

DAY = 24 * 60 * 60


@dataclass(slots=True)
class ResolveOptions:
    """Everything the resolver and the link checker need to know.

    ``cache`` is a path to an SQLite file (or a directory to put one in), or a
    ``redis://`` / ``rediss://`` URL for a cache shared by a team; None means the
    per-user default cache. ``use_cache=False`` still works offline-free but
    keeps nothing between runs.
    """

    mailto: str | None = None
    cache: str | None = None
    use_cache: bool = True
    offline: bool = False
    base_url: str = field(default_factory=lambda: os.environ.get("REFCHECK_CROSSREF_URL") or DEFAULT_BASE_URL)
    timeout: float = 8.0  # per request; also the longest a full outage of hanging servers costs
    progress: bool = True
    # How long answers stay fresh in the cache (seconds).
    record_expire: float = 30 * DAY
    search_expire: float = 7 * DAY
    url_expire: float = 7 * DAY
    # Politeness: None means "the pool's published limit" (polite with mailto, public without).
    records_per_second: float | None = None
    searches_per_second: float | None = None
    concurrency: int | None = None
    # Failure handling.
    max_retries: int = 4
    backoff: float = 0.5  # first retry waits this long, doubling each time
    max_wait: float = 60.0  # a Retry-After longer than this gives up instead of stalling the run
    breaker_threshold: int = 5  # consecutive failed requests after which the registry counts as down
    # The whole run's time for Crossref, in seconds; None: 20 s plus half a second per entry the
    # run asks about (resolve/run.py). Past it, the remaining entries are unchecked at once.
    budget: float | None = None
    # Link checking: one deadline per URL (redirects and a GET after a refused HEAD included),
    # and no requests to private addresses unless allowed.
    link_deadline: float = 15.0
    allow_private: bool = False
    # Search validation.
    rows: int = 5
    min_normalized_score: float = 0.4
    # Link checking.
    max_redirects: int = 5

    @classmethod
    def from_env(cls, **overrides: object) -> ResolveOptions:
        """Options from REFCHECK_MAILTO / REFCHECK_CROSSREF_URL, then explicit overrides.

        Overrides whose value is None are ignored, so the CLI can pass its flags
        through unconditionally (``mailto=args.mailto``) without clobbering the
        environment when a flag is absent.
        """
        known = {f.name for f in fields(cls)}
        unknown = set(overrides) - known
        if unknown:
            raise TypeError(f"unknown ResolveOptions field(s): {', '.join(sorted(unknown))}")
        values: dict[str, object] = {}
        if os.environ.get("REFCHECK_MAILTO"):
            values["mailto"] = os.environ["REFCHECK_MAILTO"]
        if os.environ.get("REFCHECK_CROSSREF_URL"):
            values["base_url"] = os.environ["REFCHECK_CROSSREF_URL"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    @property
    def polite(self) -> bool:
        return bool(self.mailto)

    def limit(self, name: str) -> float:
        """The effective value of a politeness limit: the explicit one or the pool's default."""
        explicit = getattr(self, name)
        if explicit is not None:
            return explicit
        return (POLITE_LIMITS if self.polite else PUBLIC_LIMITS)[name]

    @property
    def api_root(self) -> str:
        return self.base_url.rstrip("/")
