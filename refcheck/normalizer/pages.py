"""Page text -> "231-248", "1048" or "e0123": prefixes, brackets and dash variants removed."""

from __future__ import annotations

import re

from refcheck._perf import lazy

_PAGE = r"[A-Za-z]{0,2}\d+[A-Za-z]?"
_RANGE = lazy(rf"({_PAGE})(?:\s*(?:[-–—‐‑−]+|\bto\b)\s*({_PAGE}))?")
_PREFIX = lazy(r"^\s*[(\[]?\s*(?:pp?\.?|pages?|pgs?\.?|s\.|seiten?|at)\s*", re.I)


def normalize_pages(text: str | None) -> str | None:
    if not text:
        return None
    t = _PREFIX.sub("", text.replace("*", ""))
    m = _RANGE.search(t)
    if not m:
        return None
    start, end = m.group(1), m.group(2)
    return f"{start}-{end}" if end else start
