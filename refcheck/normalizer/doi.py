"""DOI recognition and normalization: found by rule anywhere in the entry (its form is unambiguous)."""

from __future__ import annotations

import re

from refcheck._perf import lazy

_DOI = lazy(r"(?:doi\.org/|doi:\s*|\bdoi\s+|\b)(10\.\d{3,9}/[^\s\"<>]+)", re.I)
_PREFIX = lazy(r"^(?:https?://)?(?:dx\.)?(?:doi\.org/)|^doi:\s*", re.I)


def find_doi(text: str | None) -> str | None:
    """The entry's DOI, lower-cased, without "doi:" or the resolver prefix, closing punctuation removed."""
    if not text:
        return None
    text = text.replace("*", "")
    if "10." not in text:  # every DOI has it: most entries are settled without the search
        return None
    m = _DOI.search(text)
    if not m:
        return None
    return normalize_doi(m.group(1))


def normalize_doi(doi: str) -> str:
    d = doi.strip()
    d = _PREFIX.sub("", d)
    d = d.rstrip(".,;:]>")
    while d.endswith(")") and d.count(")") > d.count("("):
        d = d[:-1]
    return d.lower()
