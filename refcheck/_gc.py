"""The cyclic garbage collector run less often while references are parsed and checked.

Checking allocates a great many small containers that reference counting frees (entries,
tokens, feature lists, citations); the collector's default young-generation threshold (700)
runs it every few hundred of them: ~8% of a cold start and more of a long list. A higher
threshold still collects cycles, only less often. The caller's setting is restored after.
"""

from __future__ import annotations

import gc

YOUNG = 10_000


class fewer_collections:  # noqa: N801 - used like a function: `with fewer_collections():`
    def __enter__(self) -> None:
        self.saved = gc.get_threshold()
        if gc.isenabled() and 0 < self.saved[0] < YOUNG:
            gc.set_threshold(YOUNG, *self.saved[1:])

    def __exit__(self, *exc: object) -> None:
        gc.set_threshold(*self.saved)
