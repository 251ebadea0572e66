"""DOI recognition and normalization: found by rule anywhere in the entry (its form is unambiguous)."""

from __future__ import annotations

import re

from refcheck._perf import lazy

# A "<...>" group is part of a DOI (SICI form: 10.1002/1096-9861(20010212)430:3<283::aid-cne1031>3.0.co;2-v);
# a lone "<" or ">" is the text around it ("<https://doi.org/...>"). The alternatives begin with
# different characters, so the repetition has one way through (no backtracking blow-up).
_DOI = lazy(r"(?:doi\.org/|doi:\s*|\bdoi\s+|\b)(10\.\d{3,9}/(?:[^\s\"<>]|<[^\s\"<>]*>)+)", re.I)
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
    d = d.rstrip(".,;:]")
    while d.endswith(">") and d.count(">") > d.count("<"):
        d = d[:-1].rstrip(".,;:]")
    while d.endswith(")") and d.count(")") > d.count("("):
        d = d[:-1]
    return d.lower()
