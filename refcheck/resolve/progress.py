"""A one-line progress bar on stderr, shown only when it helps.

Nothing is drawn unless stderr is a terminal (so pipes, CI logs and JSON
output stay clean) and the work has already taken ``delay`` seconds (so a
warm-cache run, which finishes at once, never flickers a bar).
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO


class Progress:
    def __init__(self, total: int, label: str, enabled: bool = True, delay: float = 0.5,
                 stream: TextIO | None = None) -> None:
        self.total = total
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0 and _isatty(self.stream)
        self.delay = delay
        self.done = 0
        self._start = time.monotonic()
        self._drawn = False
        self._lock = threading.Lock()

    def advance(self, n: int = 1) -> None:
        with self._lock:
            self.done += n
            if self.enabled and time.monotonic() - self._start >= self.delay:
                self._draw()

    def _draw(self) -> None:
        width = 30
        filled = int(width * self.done / self.total)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total}")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        with self._lock:
            if self._drawn:
                self.stream.write("\r" + " " * (len(self.label) + 45) + "\r")
                self.stream.flush()
                self._drawn = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
