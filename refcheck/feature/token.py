"""Everything one token contributes on its own, computed once per distinct token string.

A reference list repeats its words ("pp.", "Journal", "2004.") so the per-word work is
cached; what a word passes to its neighbours is prepared here too, already prefixed by
the offset, so building a sequence is only list concatenation.

Two implementations of one definition live here. :func:`plain_word_info` composes the
small feature functions (shape, digits, lexical, punctuation) and is the readable
specification. :func:`word_info` is the one the tagger uses: the same features in the
same order, computed inline, with the model's attribute filter applied through lookup
tables built once per model (a word's "w=..." features are tested as one set lookup on
the lower-cased word, the shape/last/num/keyword context as one cached tuple), because
parse throughput is set by the many words seen only once. tests/test_features_fast.py
checks that the two agree, token for token, with and without the filter; the tagger
model is trained on these exact strings, so any change here must keep them identical.
"""

from __future__ import annotations

from collections import namedtuple
from itertools import groupby

from refcheck.feature import dictionary as _dictionary
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
from refcheck.feature.digits import _ROMAN, _YEAR_IN, has_year, number_class
from refcheck.feature.lexical import _DOI, _STRIP, _URL, affixes, core, dictionary_hits, keyword, link, role
from refcheck.feature.punctuation import (
    CLOSE_BRACKETS,
    CLOSE_QUOTES,
    OPEN_BRACKETS,
    OPEN_QUOTES,
    brackets,
    last_char,
    quotes,
)
from refcheck.feature.shape import _TABLE, case, shape

# own: the token's own features; near: what it tells the tokens 1 after, 1 before, 2 after,
# 2 before it; year: contains a year (later tokens are "after_year"); then quote/paren flags.
# collections.namedtuple rather than typing.NamedTuple: importing typing costs ~5 ms.
WordInfo = namedtuple("WordInfo", "own near year opens_quote closes_quote opens_paren closes_paren")


class _Everything:
    """The attribute filter when no model restricts it (training): every feature is kept."""

    def __contains__(self, item: object) -> bool:
        return True


_ALL = _Everything()
_known: frozenset[str] | None = None
_K: frozenset[str] | _Everything = _ALL
# dictionary_hits() for every word on a list, in its order; other words can only be a month
# with dots after it ("Jan..").
_HITS: dict[str, tuple[str, ...]] = {}


def _build_hits() -> None:
    _HITS.clear()
    hits: dict[str, list[str]] = {}
    for w in MONTHS | {w for w in PARTICLES | NAME_SUFFIXES | PUBLISHER_WORDS | JOURNAL_WORDS | PLACES
                       if w.endswith(".") and w.rstrip(".") in MONTHS}:
        hits[w] = ["dict=month"]
    for name, words in (("dict=particle", PARTICLES), ("dict=suffix", NAME_SUFFIXES),
                        ("dict=publisher", PUBLISHER_WORDS), ("dict=journal", JOURNAL_WORDS), ("dict=place", PLACES)):
        for w in words:
            hits.setdefault(w, []).append(name)
    _HITS.update((w, tuple(names)) for w, names in hits.items())


_build_hits()


def reload_journal_abbreviations(words: frozenset[str]) -> None:
    """Use WORDS as the journal-abbreviation lexicon (the trainer, right after rebuilding it)."""
    from refcheck.feature import dictionary

    dictionary.JOURNAL_ABBREVIATIONS = words
    cache_clear()


_MONTH_HIT = ("dict=month",)

_cache: dict[str, WordInfo] = {}
_CACHE_MAX = 131072
_shapes: dict[str, str] = {}  # translated word -> collapsed shape
_context: dict[tuple, tuple] = {}  # (shape, last, num, keyword) -> (kept "-1:..." tuple, kept "1:..." tuple)
_simple: dict[tuple, tuple] = {}  # (case, last, num) -> kept own-feature tuple
_new = tuple.__new__  # WordInfo(...) without namedtuple's Python-level __new__


def restrict_to(attributes: frozenset[str] | None) -> None:
    """Keep only features the loaded model has weights for (None: keep all, as in training).

    Most generated features (rare words, affixes) carry no weight after L1 regularisation;
    dropping them once per distinct word halves the work of handing features to crfsuite.
    """
    global _known, _K
    _known = attributes
    _K = _ALL if attributes is None else attributes
    cache_clear()


def cache_clear() -> None:
    _cache.clear()
    _context.clear()
    _simple.clear()


def word_info(word: str) -> WordInfo:
    """The token's features (cached per distinct string); equal to plain_word_info(word)."""
    info = _cache.get(word)
    if info is None:
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        info = _cache[word] = _compute(word)
    return info


word_info.cache_clear = cache_clear  # type: ignore[attr-defined]  # the lru_cache API it replaced


def _compute(word: str) -> WordInfo:
    K = _K
    c = word.strip(_STRIP)
    lower = c.lower()
    # shape(word): character classes, runs collapsed
    t = word.translate(_TABLE)
    shp = _shapes.get(t)
    if shp is None:
        if len(_shapes) >= _CACHE_MAX:
            _shapes.clear()
        shp = _shapes[t] = "".join([k for k, _ in groupby(t)])
    # case(c)
    if c.upper() == lower:
        cs = "none"
    elif c.isupper():
        cs = "initial" if len(c) == 1 or sum(ch.isalpha() for ch in c) == 1 else "upper"
    elif c.islower():
        cs = "lower"
    elif c[0].isupper() and c[1:].islower():
        cs = "title"
    else:
        cs = "mixed"
    first = word[0]
    ch = word[-1]
    la = "alnum" if ch.isalnum() else ch
    # number_class(c); a word of letters only holds no digit
    num = ("roman" if len(c) <= 6 and _ROMAN.match(lower) else "none") if c.isalpha() else number_class(c)
    kw = KEYWORDS.get(lower)
    f = "w=" + lower
    own = [f] if f in K else []
    f = "-1:w=" + lower
    wm1 = (f,) if f in K else ()
    f = "1:w=" + lower
    wp1 = (f,) if f in K else ()
    f = "-2:w=" + lower
    wm2 = (f,) if f in K else ()
    f = "2:w=" + lower
    wp2 = (f,) if f in K else ()
    p3 = "pre3=" + lower[:3]
    s3 = "suf3=" + lower[-3:]

    key = (cs, la, num)
    simple = _simple.get(key)
    if simple is None:
        simple = _simple[key] = tuple([f for f in ("case=" + cs, "last=" + la, "num=" + num) if f in K])
    own += simple
    if p3 in K:
        own.append(p3)
    if s3 in K:
        own.append(s3)
    n_checked = len(own)  # what follows is rare: filtered at the end, only when present
    hits = _HITS.get(lower)
    if hits is None:
        if lower[-1:] == "." and lower.rstrip(".") in MONTHS:
            own += _MONTH_HIT
    else:
        own += hits
    if lower in _dictionary.JOURNAL_ABBREVIATIONS:  # last of the dictionary hits, as in dictionary_hits()
        own.append("dict=jabbr")
    # quotes(word), brackets(word)
    opens_q = first in OPEN_QUOTES
    if opens_q:
        own.append("q_open")
    stripped = word.rstrip(".,;:)")
    closes_q = bool(stripped) and stripped[-1] in CLOSE_QUOTES
    if closes_q:
        own.append("q_close")
    if first in OPEN_BRACKETS:
        own.append("b_open" + first)
    sb = word.rstrip(".,;:")
    if sb and sb[-1] in CLOSE_BRACKETS:
        own.append("b_close" + sb[-1])
    if kw:
        own.append("kw=" + kw)
    lw = word.lower()
    if lw.strip(",;:") in ROLE_WORDS:  # role(word)
        own.append("role")
    # link(word)
    if "10." in word and _DOI.search(word):
        own.append("link=doi")
    elif ("http" in lw or "www." in lw or "ftp" in lw) and _URL.match(word):
        own.append("link=url")
    year = ("1" in word or "2" in word) and _YEAR_IN.search(word) is not None  # has_year(word)
    if year:
        own.append("year_in")
    if len(c) == 1 and c.isalpha() and word.endswith("."):
        own.append("initial")
    if c and c[0] in "-—–_" and all(x in "-—–_" for x in c):
        own.append("dashes")
    if len(own) > n_checked and K is not _ALL:
        own[n_checked:] = [f for f in own[n_checked:] if f in K]

    ctx_key = (shp, la, num, kw)
    ctx = _context.get(ctx_key)
    if ctx is None:
        names = ["shape=" + shp, "last=" + la, "num=" + num] + (["kw=" + kw] if kw else [])
        ctx = _context[ctx_key] = (tuple([f for f in ("-1:" + x for x in names) if f in K]),
                                   tuple([f for f in ("1:" + x for x in names) if f in K]))
    m1, p1 = ctx
    return _new(WordInfo, (tuple(own), (wm1 + m1 if wm1 else m1, wp1 + p1 if wp1 else p1, wm2, wp2),
                           year, opens_q, closes_q and (not opens_q or len(stripped) > 1), first == "(", ")" in word))


# --- the readable specification ------------------------------------------------------------

def _keep(feats: list[str]) -> tuple[str, ...]:
    known = _known
    return tuple(feats) if known is None else tuple([f for f in feats if f in known])


def plain_word_info(word: str) -> WordInfo:
    """word_info(word), composed from the small feature functions; uncached, for tests and reading."""
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
