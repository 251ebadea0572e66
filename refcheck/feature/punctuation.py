"""Punctuation around a token: how the printed punctuation delimits fields."""

from __future__ import annotations

OPEN_QUOTES = "\"“„«‘'‚"
CLOSE_QUOTES = "\"”»’'"
OPEN_BRACKETS = "([{"
CLOSE_BRACKETS = ")]}"


def last_char(word: str) -> str:
    """The token's final character class: fields end in ".", ",", ":" or a closing bracket/quote."""
    c = word[-1]
    if c.isalnum():
        return "alnum"
    return c


def quotes(word: str) -> list[str]:
    """Opening and closing quotation marks: MLA and Chicago quote article titles."""
    out = []
    if word[0] in OPEN_QUOTES:
        out.append("q_open")
    stripped = word.rstrip(".,;:)")
    if stripped and stripped[-1] in CLOSE_QUOTES:
        out.append("q_close")
    return out


def brackets(word: str) -> list[str]:
    """Parentheses and brackets: APA dates, editor roles, IEEE citation numbers."""
    out = []
    if word[0] in OPEN_BRACKETS:
        out.append("b_open" + word[0])
    stripped = word.rstrip(".,;:")
    if stripped and stripped[-1] in CLOSE_BRACKETS:
        out.append("b_close" + stripped[-1])
    return out
