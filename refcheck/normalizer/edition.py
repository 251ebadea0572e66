"""Edition text -> "2", "Revised", ...: what BibTeX's edition field expects."""

from __future__ import annotations

import re

from refcheck._perf import lazy

_NUM = lazy(r"(\d+)\s*(?:st|nd|rd|th|e|er|ème|\.)?", re.I)
_WORDS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
          "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10"}


def normalize_edition(text: str | None) -> str | None:
    if not text:
        return None
    t = text.replace("*", "").strip(" ()[],.;:")
    m = _NUM.search(t)
    if m:
        return m.group(1)
    low = t.lower()
    for word, num in _WORDS.items():
        if word in low:
            return num
    if re.search(r"\brev", low):
        return "Revised"
    t = re.sub(r"\s*\b(?:ed|edn|edition|éd|aufl|auflage)\b\.?$", "", t, flags=re.I).strip()
    return t or None
