"""Protect what a bibliography style must not lower-case: acronyms and proper nouns.

BibTeX styles may recase titles; braces keep a word as written. In a
sentence-case title (APA) every capital after the first word is a proper noun
or acronym; in a title-case title (MLA, Chicago) only acronyms and words with
inner capitals can be told apart from the style's capitals.
"""

from __future__ import annotations

import re

from refcheck.bibtex.latex_escape import escape

_WORD_RE = re.compile(r"[^\s\-–—/:;,.!?()\[\]\"“”‘’']+(?:['’][A-Za-z]+)?")  # a word, possessive kept
_MINOR = frozenset({
    "a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "nor", "but", "with", "from", "by",
    "as", "vs", "via", "into", "per",
})


def is_title_case(words: list[str]) -> bool:
    content = [w for w in words[1:] if w.lower() not in _MINOR and w[:1].isalpha()]
    if not content:
        return False
    return sum(1 for w in content if w[:1].isupper()) / len(content) >= 0.85


def _needs_protection(word: str, index: int, title_case: bool, after_colon: bool) -> bool:
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return False
    uppers = sum(1 for c in letters if c.isupper())
    if uppers >= 2 or (uppers == 1 and not letters[0].isupper()):
        return True  # NGO, CIS, U.S., iPhone, McDonald
    if title_case or index == 0 or after_colon:
        return False
    return letters[0].isupper()  # sentence case: a capital inside is a proper noun


def protect_title(title: str) -> str:
    """The title escaped for BibTeX, with words that must keep their case in braces."""
    if title.isupper() and len(title) > 12:
        return "{" + escape(title) + "}"  # an all-caps title: keep it exactly as written
    words = _WORD_RE.findall(title)
    title_case = is_title_case(words)
    out: list[str] = []
    pos = 0
    for index, m in enumerate(_WORD_RE.finditer(title)):
        out.append(escape(title[pos:m.start()]) if m.start() > pos else "")
        word = m.group(0)
        before = title[:m.start()].rstrip()
        after_colon = before.endswith((":", "?", "!", "."))
        if _needs_protection(word, index, title_case, after_colon):
            out.append("{" + escape(word) + "}")
        else:
            out.append(escape(word))
        pos = m.end()
    out.append(escape(title[pos:]))
    return re.sub(r"\s+", " ", "".join(out)).strip()
