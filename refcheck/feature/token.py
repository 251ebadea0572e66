"""Everything one token contributes on its own, cached per distinct token string."""

from __future__ import annotations

from functools import lru_cache

from refcheck.feature.digits import has_year, number_class
from refcheck.feature.lexical import affixes, core, dictionary_hits, keyword, link, role
from refcheck.feature.punctuation import brackets, first_char, last_char, quotes
from refcheck.feature.shape import case, length_class, shape


@lru_cache(maxsize=65536)
def token_features(word: str) -> tuple[str, ...]:
    """Context-free features of one whitespace token (punctuation included, italics marks removed)."""
    c = core(word)
    lower = c.lower()
    feats = [
        "w=" + lower,
        "shape=" + shape(word),
        "case=" + case(c),
        "len=" + length_class(c),
        "last=" + last_char(word),
        "first=" + first_char(word),
        "num=" + number_class(c),
    ]
    feats += affixes(lower)
    feats += dictionary_hits(lower)
    feats += quotes(word)
    feats += brackets(word)
    kw = keyword(lower)
    if kw:
        feats.append("kw=" + kw)
    if role(word):
        feats.append("role")
    ln = link(word)
    if ln:
        feats.append("link=" + ln)
    if has_year(word):
        feats.append("year_in")
    if len(c) == 1 and c.isalpha() and word.endswith("."):
        feats.append("initial")
    if c and all(ch in "-—–_" for ch in c):
        feats.append("dashes")
    return tuple(feats)


@lru_cache(maxsize=65536)
def context_features(word: str) -> tuple[str, ...]:
    """The few features a neighbour passes on (kept short: neighbours multiply the feature count)."""
    c = core(word)
    lower = c.lower()
    out = ["w=" + lower, "shape=" + shape(word), "last=" + last_char(word), "num=" + number_class(c)]
    kw = keyword(lower)
    if kw:
        out.append("kw=" + kw)
    return tuple(out)
