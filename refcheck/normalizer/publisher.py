"""Publisher and place: separators removed; a "Place: Publisher" the tagger kept together is split."""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.normalizer.text import trim

_PLACE_PUB = lazy(r"^(?P<place>[^:]{2,40}):\s*(?P<pub>.+)$")


def clean_publisher(text: str | None) -> str | None:
    if not text:
        return None
    t = trim(text)
    t = re.sub(r"^(?:published by|publisher:)\s+", "", t, flags=re.I)
    return t or None


def clean_place(text: str | None) -> str | None:
    if not text:
        return None
    return trim(text) or None


def split_place_publisher(text: str) -> tuple[str | None, str | None]:
    """"Moscow, Russia: Angel Coalition" -> ("Moscow, Russia", "Angel Coalition")."""
    m = _PLACE_PUB.match(text.strip())
    if not m:
        return None, clean_publisher(text)
    return clean_place(m.group("place")), clean_publisher(m.group("pub"))
