"""Everything one token contributes on its own, computed once per distinct token string.

A reference list repeats its words ("pp.", "Journal", "2004.") so the per-word work is
cached; what a word passes to its neighbours is prepared here too, already prefixed by
the offset, so building a sequence is only list concatenation. The features themselves
are the small functions of shape, digits, lexical and punctuation, composed in one place:
the tagger model is trained on these exact strings (tests/test_features.py holds a
recorded sample of them), so a change here means retraining.
"""

from __future__ import annotations

from collections import namedtuple

from refcheck.feature.digits import has_year, number_class
from refcheck.feature.lexical import affixes, core, dictionary_hits, keyword, link, role
from refcheck.feature.punctuation import CLOSE_QUOTES, OPEN_QUOTES, brackets, last_char, quotes
from refcheck.feature.shape import case, shape

# own: the token's own features; near: what it tells the tokens 1 after, 1 before, 2 after,
# 2 before it; year: contains a year (later tokens are "after_year"); then quote/paren flags.
# collections.namedtuple rather than typing.NamedTuple: importing typing costs ~5 ms.
WordInfo = namedtuple("WordInfo", "own near year opens_quote closes_quote opens_paren closes_paren")

_known: frozenset[str] | None = None  # the loaded model's attributes; None while training
_cache: dict[str, WordInfo] = {}
_CACHE_MAX = 131072
_context: dict[tuple, tuple] = {}  # (shape, last, num, keyword) -> (kept "-1:..." tuple, kept "1:..." tuple)
_classes: dict[tuple, tuple] = {}  # (case, last, num) -> kept own features
_new = tuple.__new__  # WordInfo(...) without namedtuple's Python-level __new__


def reload_journal_abbreviations(words: frozenset[str]) -> None:
    """Use WORDS as the journal-abbreviation lexicon (the trainer, right after rebuilding it)."""
    from refcheck.feature import dictionary

    dictionary.JOURNAL_ABBREVIATIONS = words
    cache_clear()


def restrict_to(attributes: frozenset[str] | None) -> None:
    """Keep only features the loaded model has weights for (None: keep all, as in training).

    Most generated features (rare words, affixes) carry no weight after L1 regularisation;
    dropping them once per distinct word halves the work of handing features to crfsuite.
    """
    global _known
    _known = attributes
    cache_clear()


def cache_clear() -> None:
    _cache.clear()
    _context.clear()
    _classes.clear()


def word_info(word: str) -> WordInfo:
    """The token's features, computed once per distinct string (a list repeats its words)."""
    info = _cache.get(word)
    if info is None:
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        info = _cache[word] = _word_info(word)
    return info


word_info.cache_clear = cache_clear  # type: ignore[attr-defined]  # the lru_cache API it replaced


def _word_info(word: str) -> WordInfo:
    """Compose the small feature functions into the token's own and neighbour features."""
    c = core(word)
    lower = c.lower()
    la = last_char(word)
    num = number_class(c)
    kw = keyword(lower)
    w = "w=" + lower
    # Word length, first character, two-letter affixes, the token's own shape and all but the word
    # of the tokens two away were measured (held-out fifth of core.jsonl) to add nothing: left out.
    own = _keep([w, *affixes(lower)]) + _shared(case(c), la, num)
    flags = dictionary_hits(lower) + quotes(word) + brackets(word)
    if kw:
        flags.append("kw=" + kw)
    if role(word):
        flags.append("role")
    ln = link(word)
    if ln:
        flags.append("link=" + ln)
    year = has_year(word)
    if year:
        flags.append("year_in")
    if len(c) == 1 and c.isalpha() and word.endswith("."):
        flags.append("initial")
    if c and c[0] in "-—–_" and all(ch in "-—–_" for ch in c):
        flags.append("dashes")
    if flags:
        own += _keep(flags)
    stripped = word.rstrip(".,;:)")
    opens_q = word[0] in OPEN_QUOTES
    closes_q = bool(stripped) and stripped[-1] in CLOSE_QUOTES and (not opens_q or len(stripped) > 1)
    return _new(WordInfo, (own, _near(w, shape(word), la, num, kw), year, opens_q, closes_q,
                           word[0] == "(", ")" in word))


def _shared(case_: str, la: str, num: str) -> tuple[str, ...]:
    """The case/last/number features, which many words share: built and filtered once per combination."""
    kept = _classes.get((case_, la, num))
    if kept is None:
        kept = _classes[case_, la, num] = _keep(["case=" + case_, "last=" + la, "num=" + num])
    return kept


def _keep(feats: list[str]) -> tuple[str, ...]:
    """Only the features the loaded model has weights for (all of them while training)."""
    known = _known
    return tuple(feats) if known is None else tuple([f for f in feats if f in known])


def _near(w: str, shp: str, la: str, num: str, kw: str | None) -> tuple[tuple[str, ...], ...]:
    """What a word tells the tokens 1 after, 1 before, 2 after and 2 before it.

    Only the word itself is particular to it; the shape/last/num/keyword part is shared by many
    words, so it is built and filtered once per combination.
    """
    ctx = _context.get((shp, la, num, kw))
    if ctx is None:
        names = ["shape=" + shp, "last=" + la, "num=" + num] + (["kw=" + kw] if kw else [])
        ctx = _context[shp, la, num, kw] = (_keep(["-1:" + x for x in names]), _keep(["1:" + x for x in names]))
    known = _known
    m1, p1, m2, p2 = [() if known is not None and f not in known else (f,)
                      for f in ("-1:" + w, "1:" + w, "-2:" + w, "2:" + w)]
    return (m1 + ctx[0], p1 + ctx[1], m2, p2)


def token_features(word: str) -> tuple[str, ...]:
    """Context-free features of one whitespace token (punctuation included, italics marks removed)."""
    return word_info(word).own
