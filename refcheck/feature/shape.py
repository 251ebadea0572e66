"""Shape of a token: case pattern, length and character classes."""

from __future__ import annotations

from itertools import groupby


class _ShapeTable(dict):
    """str.translate table mapping every letter to A/a and every digit to 9, built lazily per character."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        if ch.isdigit():
            out = ord("9")
        elif ch.isupper():
            out = ord("A")
        elif ch.isalpha():
            out = ord("a")
        else:
            out = code
        self[code] = out
        return out


_TABLE = _ShapeTable()


def shape(word: str) -> str:
    """Collapsed character classes, e.g. "Smith," -> "Aa," and "(1999)." -> "(9).", so the model
    generalises from the words it saw to words of the same form."""
    classes = word.translate(_TABLE)
    collapsed = _SHAPES.get(classes)
    if collapsed is None:  # many words share a class string ("Aa,"): collapse each once
        if len(_SHAPES) >= 65536:
            _SHAPES.clear()
        collapsed = _SHAPES[classes] = "".join([k for k, _ in groupby(classes)])
    return collapsed


_SHAPES: dict[str, str] = {}


def case(core: str) -> str:
    """Case class of the letters: initial, upper, lower, title, mixed or none."""
    if core.upper() == core.lower():  # no cased letters at all
        return "none"
    if core.isupper():
        return "initial" if len(core) == 1 or sum(c.isalpha() for c in core) == 1 else "upper"
    if core.islower():
        return "lower"
    if core[0].isupper() and core[1:].islower():
        return "title"
    return "mixed"
