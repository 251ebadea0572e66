"""LaTeX field text -> plain Unicode: the reading direction (latex_escape.py is the writing one).

Shared by the .bib reader, the ``bib --fix`` rules (what a field means) and LaTeX papers'
thebibliography entries; it depends on nothing else in refcheck, so none of them import each other
through it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_SIMPLE = re.compile(r"[\\{}~$%&-]")
# Accent macros and special letters, decoded here because they are nearly all a .bib holds and
# pylatexenc costs ~0.5 ms per field: a 5,000-entry library would otherwise cost seconds per commit.
_ACCENT_MARKS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303",
                 "=": "\u0304", ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b",
                 "c": "\u0327", "k": "\u0328", "r": "\u030a"}
_ACCENT = re.compile(r"\\(?:([\"'`^~=.])\s*|([uvHckr])(?:\s+|(?=\{)))\{?\s*(\\[ij](?![A-Za-z])|[A-Za-z])\s*\}?")
_LETTERS = {"ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
            "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "&": "&", "%": "%", "_": "_", "$": "$", "#": "#"}
_LETTER = re.compile(r"\\(ss|o|O|ae|AE|oe|OE|aa|AA|l|L|i|j)(?![A-Za-z])\s*|\\([&%_$#])")


def _accent(m: re.Match[str]) -> str:
    mark = _ACCENT_MARKS[m.group(1) or m.group(2)]
    base = m.group(3)
    base = base[1] if base.startswith("\\") else base  # {\'\i} is an accented i
    return base + mark


def to_text(value: str) -> str:
    """LaTeX field text -> plain Unicode: accents decoded, braces and markup dropped."""
    if not value:
        return ""
    if _SIMPLE.search(value):
        fast = value
        if "\\" in fast:
            fast = _LETTER.sub(lambda m: _LETTERS[m.group(1) or m.group(2)], _ACCENT.sub(_accent, fast))
        if "\\" in fast or "$" in fast:  # other macros or math: the full decoder, on the original
            try:
                fast = _decoder().latex_to_text(value)
            except Exception:  # noqa: BLE001 - fall back to stripping braces rather than failing the file
                fast = fast.replace("\\", "")
        fast = fast.replace("---", "\u2014").replace("--", "\u2013").replace("~", "\u00a0")
        value = unicodedata.normalize("NFC", fast.replace("{", "").replace("}", ""))
    return " ".join(value.split())


@lru_cache(maxsize=1)
def _decoder() -> Any:
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

    db = get_default_latex_context_db()
    db.add_context_category("refcheck", prepend=True, macros=[
        MacroTextSpec("url", simplify_repl="%s"), MacroTextSpec("TeX", simplify_repl="TeX"),
        MacroTextSpec("LaTeX", simplify_repl="LaTeX"), MacroTextSpec("BibTeX", simplify_repl="BibTeX"),
    ])
    return LatexNodes2Text(latex_context=db, math_mode="verbatim")
