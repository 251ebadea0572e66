"""URL recognition: by rule (tagger spans can cut a URL at a "." that ends the entry)."""

from __future__ import annotations

import re

from refcheck._perf import lazy

_URL = lazy(r"(?:https?://|ftp://|www\.)[^\s<>\"\]]+", re.I)
_DOI_RESOLVER = lazy(r"^(?:https?://)?(?:dx\.)?doi\.org/", re.I)


def find_url(text: str | None) -> str | None:
    """The first non-DOI URL, without the sentence punctuation that follows it."""
    if not text:
        return None
    text = text.replace("*", "")
    lower = text.lower()
    if "http" not in lower and "ftp://" not in lower and "www." not in lower:  # _URL cannot match
        return None
    for m in _URL.finditer(text):
        url = clean_url(m.group(0))
        if not _DOI_RESOLVER.match(url):
            return url
    return None


def clean_url(url: str) -> str:
    u = url.strip().lstrip("<").rstrip(".,;:>'\"”’")
    while u.endswith(")") and u.count(")") > u.count("("):
        u = u[:-1]
    return u
