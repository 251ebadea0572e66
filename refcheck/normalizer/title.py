"""Title span -> the title as written: enclosing quotes, italics marks and separators removed."""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.normalizer.text import strip_quotes, trim

_TRAILING_MEDIUM = lazy(r"\s*\[(?:electronic version|online|pdf|internet|web|computer software)\]\s*$", re.I)


def clean_title(text: str | None) -> str | None:
    if not text:
        return None
    t = text.replace("*", "").strip()
    t = strip_quotes(t)
    t = _TRAILING_MEDIUM.sub("", t)
    t = trim(t)
    t = strip_quotes(t) if t[:1] in "\"“‘" else t
    # Keep the question or exclamation mark: they belong to the title.
    return t or None
