"""Features that depend on where a token stands: position, neighbours, running state."""

from __future__ import annotations

from functools import lru_cache

from refcheck.feature.digits import has_year
from refcheck.feature.punctuation import CLOSE_QUOTES, OPEN_QUOTES
from refcheck.feature.token import context_features, token_features

_POSITIONS = [[f"pos={k}"] for k in range(10)]


def position(i: int, n: int) -> list[str]:
    """Relative position in tenths, plus first/last: authors lead, links and dates trail."""
    out = list(_POSITIONS[i * 10 // n])
    if i == 0:
        out.append("BOS")
    if i == n - 1:
        out.append("EOS")
    return out


def neighbours(words: list[str], i: int) -> list[str]:
    """The previous and next two tokens' short features, prefixed by their offset."""
    out: list[str] = []
    n = len(words)
    for off in (-2, -1, 1, 2):
        j = i + off
        if 0 <= j < n:
            out += _at(words[j], off)
        elif off in (-1, 1):
            out.append(f"{off}:none")
    return out


@lru_cache(maxsize=131072)
def _at(word: str, off: int) -> tuple[str, ...]:
    feats = context_features(word)
    if off in (-2, 2):
        feats = feats[:2]
    return tuple(f"{off}:{f}" for f in feats)


def running_state(words: list[str]) -> list[list[str]]:
    """Per token: has a year been seen before, is the token inside quotes or brackets.

    These summarise the reference so far, which a first-order CRF cannot look back at itself.
    """
    out: list[list[str]] = []
    seen_year = False
    in_quote = False
    in_paren = False
    seen_quote = False
    for w in words:
        feats = []
        opens_q = w[0] in OPEN_QUOTES
        if opens_q:
            in_quote = True
            seen_quote = True
        if w[0] == "(":
            in_paren = True
        if seen_year:
            feats.append("after_year")
        if in_quote:
            feats.append("in_quote")
        elif seen_quote:
            feats.append("after_quote")
        if in_paren:
            feats.append("in_paren")
        out.append(feats)
        if has_year(w):
            seen_year = True
        stripped = w.rstrip(".,;:)")
        if stripped and stripped[-1] in CLOSE_QUOTES and (not opens_q or len(stripped) > 1):
            in_quote = False
        if ")" in w:
            in_paren = False
    return out


def sequence_features(words: list[str], italic: list[bool] | None = None) -> list[list[str]]:
    """Feature lists for one tokenised reference, ready for pycrfsuite."""
    n = len(words)
    state = running_state(words)
    out = []
    for i, w in enumerate(words):
        feats = [*token_features(w), *position(i, n)]
        feats += neighbours(words, i)
        feats += state[i]
        if italic is not None and italic[i]:
            feats.append("italic")
        out.append(feats)
    return out
