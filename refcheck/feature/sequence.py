"""Features that depend on where a token stands: position, neighbours, running state."""

from __future__ import annotations

from refcheck.feature.token import WordInfo, word_info

_POSITIONS = [f"pos={k}" for k in range(10)]
_NONE_BEFORE = "-1:none"
_NONE_AFTER = "1:none"


def position(i: int, n: int) -> list[str]:
    """Relative position in tenths, plus first/last: authors lead, links and dates trail."""
    out = [_POSITIONS[i * 10 // n]]
    if i == 0:
        out.append("BOS")
    if i == n - 1:
        out.append("EOS")
    return out


def neighbours(infos: list[WordInfo], i: int) -> list[str]:
    """The neighbours' short features (and the words two away), prefixed by their offset.

    ``near`` holds what a word tells the tokens 1 after, 1 before, 2 after and 2 before it.
    """
    n = len(infos)
    out: list[str] = list(infos[i - 1].near[0]) if i >= 1 else [_NONE_BEFORE]
    if i + 1 < n:
        out += infos[i + 1].near[1]
    else:
        out.append(_NONE_AFTER)
    if i >= 2:
        out += infos[i - 2].near[2]
    if i + 2 < n:
        out += infos[i + 2].near[3]
    return out


def running_state(infos: list[WordInfo]) -> list[list[str]]:
    """Per token: has a year been seen before, is the token inside quotes or brackets.

    These summarise the reference so far, which a first-order CRF cannot look back at itself.
    """
    out: list[list[str]] = []
    seen_year = in_quote = in_paren = seen_quote = False
    for info in infos:
        if info.opens_quote:
            in_quote = seen_quote = True
        if info.opens_paren:
            in_paren = True
        feats = []
        if seen_year:
            feats.append("after_year")
        if in_quote:
            feats.append("in_quote")
        elif seen_quote:
            feats.append("after_quote")
        if in_paren:
            feats.append("in_paren")
        out.append(feats)
        seen_year = seen_year or info.year
        if info.closes_quote:
            in_quote = False
        if info.closes_paren:
            in_paren = False
    return out


def sequence_features(words: list[str], italic: list[bool] | None = None) -> list[list[str]]:
    """Feature lists for one tokenised reference, ready for pycrfsuite: each token's own
    features, its position, its neighbours', the running state and italics."""
    infos = [word_info(w) for w in words]
    n = len(infos)
    state = running_state(infos)
    out = []
    for i, info in enumerate(infos):
        feats = [*info.own, *position(i, n), *neighbours(infos, i), *state[i]]
        if italic is not None and italic[i]:
            feats.append("italic")
        out.append(feats)
    return out
