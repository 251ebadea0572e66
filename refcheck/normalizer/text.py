"""Shared clean-up of a span's printed punctuation."""

from __future__ import annotations

from refcheck._perf import lazy

_QUOTES = "\"“”„«»‘’'‚"
_EDGE = " \t,;:.([{/–—-"
_TRAIL = " \t,;:./–—-"
_CLOSERS = {")": "(", "]": "[", "}": "{"}
_SPACES = lazy(r"\s+")


def strip_quotes(text: str) -> str:
    """Remove quotation marks that enclose the whole span (MLA/Chicago titles), keeping inner ones."""
    t = text.strip()
    if t and t[0] in _QUOTES:
        t = t[1:]
        for q in ("”", "\"", "’", "'", "»"):
            idx = t.rfind(q)
            if idx != -1 and not t[idx + 1:].strip(" .,;:"):
                t = t[:idx] + t[idx + 1:]
                break
    elif t.rstrip(".,;: ").endswith(("”", "\"")) and t.count("“") < t.count("”"):
        idx = max(t.rfind("”"), t.rfind("\""))
        t = t[:idx] + t[idx + 1:]
    return t.strip()


def trim(text: str) -> str:
    """Drop separators printed around a field (", " ". " ": " "(" ")") but keep ?, ! and inner text.

    A closing bracket that closes one opened inside the field is the field's own ("European
    Conference on Computer Vision (ECCV)", "... sunflower (Helianthus annuus L.)") and stays; only
    one with nothing to close is a separator.
    """
    t = text.strip().replace("*", "")
    t = t.strip(_EDGE) if not t.endswith("...") else t.lstrip(_EDGE)
    t = _drop_trailing(t)
    if t.count("(") > t.count(")") and t.endswith(("(", "")):
        t = t.rstrip("( ")
    if t.count(")") > t.count("(") and t.endswith(")"):
        t = t[:-1].rstrip()
    if t.count("[") > t.count("]"):
        t = t.replace("[", "", 1) if t.startswith("[") else t
    return _SPACES.sub(" ", t)


def _drop_trailing(t: str) -> str:
    """Separators at the end, and closing brackets there that close nothing opened before them."""
    t = t.rstrip(_TRAIL)
    while t and t[-1] in _CLOSERS and t.count(t[-1]) > t.count(_CLOSERS[t[-1]]):
        t = t[:-1].rstrip(_TRAIL)
    return t
