"""Folding: what a careful reader ignores when comparing two spellings of a name or title."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "'’‘`´ʼ"
# Typographic hyphens JATS, Word and PDF text put in names ("Batista‐Brito"): one character each, like "-".
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_NON_WORD = re.compile(r"[\W_]+")  # letters of any script: "Маринов" is a word too


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip diacritics and apostrophes: "Müller" and "muller", "O'Brien" and "obrien"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l")
    # capitals too: lists that print surnames in capitals ("D'HAULTFŒUILLE") are cited in lower case
    text = text.replace("æ", "ae").replace("œ", "oe").replace("Æ", "ae").replace("Œ", "oe").replace("ı", "i")
    for ap in APOSTROPHES:
        text = text.replace(ap, "")
    return text.translate(HYPHENS).lower()


def words(text: str) -> list[str]:
    """Folded words, punctuation dropped ("U.S." -> "us", "Not-for-Profit" -> "not for profit")."""
    folded = fold(text).replace(".", "")
    return [w for w in _NON_WORD.split(folded) if w]


def split_words(folded: str) -> list[str]:
    """Split already folded text at anything that is not a letter or digit."""
    return [p for p in _NON_WORD.split(folded) if p]


def strip_marks(text: str) -> str:
    """Drop combining accents only, keeping case: "Hernández" -> "Hernandez"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
