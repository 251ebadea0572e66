"""One run's Crossref state, shared by every file the run checks: the time budget and the breaker.

A flaky or dead Crossref must cost a run seconds, not seconds per file: ``refcheck check`` on a
thesis's 40 chapter files would otherwise pay the budget and the breaker's burst of failures 40
times (issue 17). So the runner opens one :class:`CrossrefRun` for the whole run; each file's
resolution draws on its time, and the breaker's counts are kept in it.

Without an open run (a library caller, a test calling ``resolve_references`` directly), each call
is its own run, as before. With ``--jobs``, each worker process inherits the run as it was when the
pool forked and keeps its own from then on: the run's wall time is still bounded by one budget,
since the workers spend theirs at the same time.

The runner imports this module on every run, so it is a plain class (a dataclass would import
``inspect`` on the start-up path; see refcheck/_perf.py).
"""

from __future__ import annotations

import contextlib

BASE_SECONDS = 20.0  # a run's budget before any entry: the first answers are the slowest
PER_ENTRY_SECONDS = 0.5  # and this much more for each entry the run asks about


class CrossrefRun:
    """The budget and breaker of one run. ``fixed`` is an explicit budget for the whole run;
    without one, the run may spend 20 s plus half a second per entry it has asked about."""

    __slots__ = ("allowance", "down", "failed_attempts", "failures", "fixed", "spent", "timeouts")

    def __init__(self, fixed: float | None = None) -> None:
        self.fixed = fixed
        self.allowance = fixed if fixed is not None else BASE_SECONDS
        self.spent = 0.0
        self.down: str | None = None  # once set, the breaker stays open for the rest of the run
        # The breaker's counts since the last answer (crossref.py opens it from them).
        self.failures = 0  # requests given up on
        self.failed_attempts = 0  # attempts, retries included
        self.timeouts = 0

    def grant(self, entries: int) -> float:
        """Seconds the next file may spend resolving ENTRIES entries (what is left of the run's)."""
        if self.fixed is None:
            self.allowance += PER_ENTRY_SECONDS * entries
        return max(0.0, self.allowance - self.spent)

    def settle(self, seconds: float) -> None:
        """Record what a file's resolution spent."""
        self.spent += max(0.0, seconds)

    @property
    def exhausted_reason(self) -> str:
        return f"the run's time budget for Crossref ({self.allowance:.0f} s) is used up"


_current: CrossrefRun | None = None


def current(budget: float | None = None) -> CrossrefRun:
    """The open run, or a new one for a single call (BUDGET: that call's explicit budget)."""
    return _current if _current is not None else CrossrefRun(budget)


@contextlib.contextmanager
def crossref_run(budget: float | None = None):  # noqa: ANN201 - Iterator[CrossrefRun]; typing kept off
    """Open one run for everything resolved inside the block (the runner wraps a whole run in it)."""
    global _current
    previous, _current = _current, CrossrefRun(budget)
    try:
        yield _current
    finally:
        _current = previous
