"""Lexical features: the word itself, affixes, dictionary and keyword hits, links."""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.feature import dictionary
from refcheck.feature.dictionary import (
    JOURNAL_WORDS,
    KEYWORDS,
    MONTHS,
    NAME_SUFFIXES,
    PARTICLES,
    PLACES,
    PUBLISHER_WORDS,
    ROLE_WORDS,
)

_STRIP = "\"“”„«»‘’'‚()[]{}.,;:!?*<>"
_URL = lazy(r"^(<)?(https?://|www\.|ftp://)", re.I)
_DOI = lazy(r"(^|doi[:.]?|doi\.org/)10\.\d{3,9}/", re.I)


def core(word: str) -> str:
    """The token without the punctuation printed around it."""
    return word.strip(_STRIP)


def affixes(lower: str) -> list[str]:
    return ["pre3=" + lower[:3], "suf3=" + lower[-3:]]


def dictionary_hits(lower: str) -> list[str]:
    """Membership in the hand-written lists; a hit is a hint, never a decision."""
    out = []
    if lower in MONTHS or lower.rstrip(".") in MONTHS:
        out.append("dict=month")
    if lower in PARTICLES:
        out.append("dict=particle")
    if lower in NAME_SUFFIXES:
        out.append("dict=suffix")
    if lower in PUBLISHER_WORDS:
        out.append("dict=publisher")
    if lower in JOURNAL_WORDS:
        out.append("dict=journal")
    if lower in PLACES:
        out.append("dict=place")
    if lower in dictionary.JOURNAL_ABBREVIATIONS:
        out.append("dict=jabbr")
    return out


def keyword(lower: str) -> str | None:
    return KEYWORDS.get(lower)


def role(word: str) -> bool:
    """Editor/translator markers such as "(Eds.)", "ed.", "trans."."""
    return word.lower().strip(",;:") in ROLE_WORDS


def link(word: str) -> str | None:
    """URLs and DOIs are recognised by rule: their form is unambiguous."""
    lw = word.lower()
    if "10." in word and _DOI.search(word):
        return "doi"
    if ("http" in lw or "www." in lw or "ftp" in lw) and _URL.match(word):
        return "url"
    return None
