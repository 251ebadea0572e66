"""Everything one token contributes on its own, computed once per distinct token string.

A reference list repeats its words ("pp.", "Journal", "2004.") so the per-word work is
cached; what a word passes to its neighbours is prepared here too, already prefixed by
the offset, so building a sequence is only list concatenation.
"""

from __future__ import annotations

from collections import namedtuple
from functools import lru_cache

from refcheck.feature.digits import has_year, number_class
from refcheck.feature.lexical import affixes, core, dictionary_hits, keyword, link, role
from refcheck.feature.punctuation import CLOSE_QUOTES, OPEN_QUOTES, brackets, last_char, quotes
from refcheck.feature.shape import case, shape

_known: frozenset[str] | None = None


def restrict_to(attributes: frozenset[str] | None) -> None:
    """Keep only features the loaded model has weights for (None: keep all, as in training).

    Most generated features (rare words, affixes) carry no weight after L1 regularisation;
    dropping them once per distinct word halves the work of handing features to crfsuite.
    """
    global _known
    _known = attributes
    word_info.cache_clear()


def _keep(feats: list[str]) -> tuple[str, ...]:
    known = _known
    return tuple(feats) if known is None else tuple([f for f in feats if f in known])


# own: the token's own features; near: what it tells the tokens 1 after, 1 before, 2 after,
# 2 before it; year: contains a year (later tokens are "after_year"); then quote/paren flags.
# collections.namedtuple rather than typing.NamedTuple: importing typing costs ~5 ms.
WordInfo = namedtuple("WordInfo", "own near year opens_quote closes_quote opens_paren closes_paren")


@lru_cache(maxsize=131072)
def word_info(word: str) -> WordInfo:
    c = core(word)
    lower = c.lower()
    shp = "shape=" + shape(word)
    last = "last=" + last_char(word)
    num = "num=" + number_class(c)
    w = "w=" + lower
    # Word length, first character, two-letter affixes, the token's own shape and all but the word
    # of the tokens two away were measured (held-out fifth of core.jsonl) to add nothing: left out.
    own = [w, "case=" + case(c), last, num]
    own += affixes(lower)
    own += dictionary_hits(lower)
    own += quotes(word)
    own += brackets(word)
    kw = keyword(lower)
    if kw:
        own.append("kw=" + kw)
    if role(word):
        own.append("role")
    ln = link(word)
    if ln:
        own.append("link=" + ln)
    year = has_year(word)
    if year:
        own.append("year_in")
    if len(c) == 1 and c.isalpha() and word.endswith("."):
        own.append("initial")
    if c and c[0] in "-—–_" and all(ch in "-—–_" for ch in c):
        own.append("dashes")
    ctx = [w, shp, last, num] + (["kw=" + kw] if kw else [])
    near = (_keep(["-1:" + f for f in ctx]), _keep(["1:" + f for f in ctx]), _keep(["-2:" + w]), _keep(["2:" + w]))
    stripped = word.rstrip(".,;:)")
    opens_q = word[0] in OPEN_QUOTES
    closes_q = bool(stripped) and stripped[-1] in CLOSE_QUOTES and (not opens_q or len(stripped) > 1)
    return WordInfo(_keep(own), near, year, opens_q, closes_q, word[0] == "(", ")" in word)


def token_features(word: str) -> tuple[str, ...]:
    """Context-free features of one whitespace token (punctuation included, italics marks removed)."""
    return word_info(word).own
