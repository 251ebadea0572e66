"""Shape of a token: case pattern, length and character classes."""

from __future__ import annotations

import re

_SHAPE_SUB = [(re.compile(r"[A-ZÀ-ÖØ-Þ]"), "A"), (re.compile(r"[a-zß-öø-ÿ]"), "a"), (re.compile(r"[0-9]"), "9")]
_COLLAPSE = re.compile(r"(.)\1+")


def shape(word: str) -> str:
    """Collapsed character classes, e.g. "Smith," -> "Aa," and "(1999)." -> "(9).", so the model
    generalises from the words it saw to words of the same form."""
    s = word
    for rx, rep in _SHAPE_SUB:
        s = rx.sub(rep, s)
    s = "".join("a" if c.isalpha() and c not in "Aa" else c for c in s)
    return _COLLAPSE.sub(r"\1", s)


def case(core: str) -> str:
    """Case class of the letters: initial, upper, lower, title, mixed or none."""
    letters = [c for c in core if c.isalpha()]
    if not letters:
        return "none"
    if len(letters) == 1 and letters[0].isupper():
        return "initial"
    if all(c.isupper() for c in letters):
        return "upper"
    if all(c.islower() for c in letters):
        return "lower"
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return "title"
    return "mixed"


def length_class(core: str) -> str:
    n = len(core)
    return str(n) if n < 4 else ("short" if n < 7 else "long")
