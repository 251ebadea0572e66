"""Patterns for the small things every stage recognizes: a year, a DOI, a page range."""

from __future__ import annotations

import re

# A publication year, 1500-2099, not inside a longer number.
YEAR = r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)"
YEAR_RE = re.compile(YEAR)

# A DOI as printed: "10.1000/xyz123" (Crossref's recommended pattern, with its suffix characters).
DOI_RE = re.compile(r"\b10\.\d{4,9}/[-._;()/:A-Za-z0-9<>\[\]]+[A-Za-z0-9/)\]>]")

# A page range: "33-50", "371–384", "e1082020".
PAGE_RANGE_RE = re.compile(r"\b[a-zA-Z]?\d{1,6}\s*[-–—]\s*[a-zA-Z]?\d{1,6}\b")


def years_in(text: str) -> list[str]:
    """Every year printed in the text, in order."""
    return YEAR_RE.findall(text)

# The words that hand a citation on to the work actually read: "Freud (1900) apud Kumar (2019)",
# "(Freud, 1900, as cited in Kumar, 2019)". Only the source read needs an entry.
CITED_IN = r"(?:as cited in|cited in|qtd\.? in|as quoted in|quoted in|apud)"

# Chinese, Japanese and Korean characters (kana, CJK ideographs and extensions, Hangul, compatibility
# ideographs): one range for the tokenizer, the CJK parser and the names normalizer.
# Capital letters a name can open with, for character classes: ASCII, Latin-1 ("Ó", "Ø") and Latin
# Extended-A and Romanian ("Šípek", "Łukasz", "Čech", "Őri", "Ștefan"), which [A-ZÀ-Þ] leaves out.
CAPS = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper()) + "ȘȚ"
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
