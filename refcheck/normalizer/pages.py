"""Page text -> "231-248", "1048", "e0123" or "e2021GL094128": prefixes, brackets and dash variants removed."""

from __future__ import annotations

import re

from refcheck._perf import lazy

# AGU's article numbers carry the year and the journal's letters: "e2021GL094128", "e2024EF004845"
_PAGE = r"e\d{4}[A-Z]{2}\d{6}|[A-Za-z]{0,2}\d+[A-Za-z]?"
_RANGE = lazy(rf"({_PAGE})(?:\s*(?:[-–—‐‑−]+|\bto\b)\s*({_PAGE}))?")
_PREFIX = lazy(r"^\s*[(\[]?\s*(?:pp?\.?|pages?|pgs?\.?|s\.|seiten?|at)\s*", re.I)


_ISSUE_FIRST = lazy(r"^\s*(?:n[°º]|no\.?|nr\.?)\s?(?P<issue>\d+(?:[-–/]\d+)?)[.,]?\s+(?=\S)", re.I)


_ISSUE_ONLY = lazy(r"^\s*n[°º]\s?(?P<issue>\d+)[.,]?\s*$")


def split_issue_prefix(text: str | None) -> tuple[str | None, str | None]:
    """French and German journals print the issue just before the pages ("n°58. p. 17-60.",
    "no 15, p. 3-9"): a pages span that opens that way is (issue, pages)."""
    if not text:
        return None, text
    m = _ISSUE_ONLY.match(text)
    if m:  # "ASH, 29/10/2010, n°2680.": a weekly's issue number, no pages
        return m.group("issue"), None
    m = _ISSUE_FIRST.match(text)
    if not m:
        return None, text
    return m.group("issue").replace("–", "-"), text[m.end():]


def normalize_pages(text: str | None) -> str | None:
    if not text:
        return None
    t = _PREFIX.sub("", text.replace("*", ""))
    m = _RANGE.search(t)
    if not m:
        return None
    start, end = m.group(1), m.group(2)
    return f"{start}-{end}" if end else start
