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
    """Membership in the hand-written lists; a hit is a hint, never a decision.

    In the order month, particle, suffix, publisher, journal, place, journal abbreviation.
    """
    out = list(_hits().get(lower, ()))
    if not out and lower[-1:] == "." and lower.rstrip(".") in MONTHS:  # "Jan..": a month whatever dots follow
        out.append("dict=month")
    if lower in dictionary.JOURNAL_ABBREVIATIONS:  # replaceable by the trainer, so not in the table
        out.append("dict=jabbr")
    return out


_HITS: dict[str, tuple[str, ...]] = {}


def _hits() -> dict[str, tuple[str, ...]]:
    """Every listed word with its list names, built on first use: one lookup instead of six."""
    if not _HITS:
        table: dict[str, list[str]] = {}
        for w in MONTHS | {w.rstrip(".") + "." for w in MONTHS}:
            table[w] = ["dict=month"]
        for name, words in (("dict=particle", PARTICLES), ("dict=suffix", NAME_SUFFIXES),
                            ("dict=publisher", PUBLISHER_WORDS), ("dict=journal", JOURNAL_WORDS),
                            ("dict=place", PLACES)):
            for w in words:
                if w.rstrip(".") in MONTHS and w not in table:
                    table[w] = ["dict=month"]
                table.setdefault(w, []).append(name)
        _HITS.update((w, tuple(names)) for w, names in table.items())
    return _HITS


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
