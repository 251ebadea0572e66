"""Plain Unicode text -> BibTeX-safe LaTeX.

Accented Latin letters become LaTeX accent commands so classic 8-bit bibtex
sorts and prints them; LaTeX's special characters are escaped; typographic
quotes and dashes become their TeX ligatures. Anything else stays UTF-8.
"""

from __future__ import annotations

import re
import unicodedata

_SPECIALS = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}
_LETTERS = {
    "ß": r"{\ss}", "ø": r"{\o}", "Ø": r"{\O}", "æ": r"{\ae}", "Æ": r"{\AE}", "œ": r"{\oe}",
    "Œ": r"{\OE}", "ł": r"{\l}", "Ł": r"{\L}", "ı": r"{\i}", "đ": r"{\dj}", "Đ": r"{\DJ}",
    "“": "``", "”": "''", "‘": "`", "’": "'", "„": ",,", "–": "--", "—": "---", "\u00a0": "~",
    "…": r"\ldots{}", "«": r"\guillemotleft{}", "»": r"\guillemotright{}",
}
_ACCENTS = {
    "\u0301": "'", "\u0300": "`", "\u0302": "^", "\u0308": '"', "\u0303": "~", "\u0327": "c",
    "\u030c": "v", "\u030a": "r", "\u0304": "=", "\u0306": "u", "\u0307": ".", "\u030b": "H",
    "\u0328": "k",
}


def escape_char(ch: str) -> str:
    if ch in _SPECIALS:
        return _SPECIALS[ch]
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ord(ch) < 128:
        return ch
    decomposed = unicodedata.normalize("NFD", ch)
    if len(decomposed) == 2 and decomposed[1] in _ACCENTS and ord(decomposed[0]) < 128:
        base, mark = decomposed[0], _ACCENTS[decomposed[1]]
        if base == "i" and mark not in "ck":
            base = r"\i"
        sep = " " if mark.isalpha() else ""
        return f"{{\\{mark}{sep}{base}}}"
    return ch


def escape(text: str) -> str:
    """Escape a whole field value."""
    text = re.sub(r"\s+", " ", text)
    return "".join(escape_char(c) for c in text)
