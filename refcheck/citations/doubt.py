"""Doubts about citations already found, read from where they stand in the paper.

Each pass adds a hint to the citations it doubts: TENTATIVE (kept only if it ties to an entry) or
UNSURE (a no-entry is dropped); none removes a citation itself, so the one decision stays in
check_citations.
"""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.citations import author_date as ad
from refcheck.citations import narrative as nv
from refcheck.citations.hints import TENTATIVE, UNSURE
from refcheck.model import Citation

# "Source: World Bank (2016).", "Fonte: Dados da pesquisa (Florianópolis, 2022)": a table's or figure's
# data source, which papers often leave out of the reference list.
_SOURCE_LINE = lazy(r"[ \t]*(?:\*{1,2}|_)?(?:(?:Sources?|Fontes?|Fuentes?|Quellen?)(?:\*{1,2}|_)?\s*:"
                    r"|Adapted from\b|Adaptado de\b|Elaborado por\b|Elaboração\b)")


# A quoted passage of at least a long sentence, closed and followed by its own citation: “... (UNDP,
# 2013) ...” (Sun et al., 2017, p. 945). Titles are shorter and are not followed by a citation.
_QUOTED_PASSAGE = lazy(r"[“«]([^“”«»\n]{120,})[”»]\s*\(")


def mark_quoted(text: str, found: list[tuple[int, Citation]]) -> None:
    """Citations inside a quoted passage are the quoted author's: its list, not this paper's, has
    their entries. Each is UNSURE: kept when this list has the work, dropped otherwise."""
    if not any(c in text for c in "“«"):
        return
    passages = [(m.start(1), m.end(1)) for m in _QUOTED_PASSAGE.finditer(text)]
    if not passages:
        return
    for off, cit in found:
        if cit.kind in ("parenthetical", "narrative") and any(lo <= off < hi for lo, hi in passages) \
                and UNSURE not in cit.hints:
            cit.hints.append(UNSURE)


def mark_source_lines(text: str, found: list[tuple[int, Citation]]) -> None:
    """A citation on a "Source:" line under a table or figure counts only if it ties to an entry."""
    for off, cit in found:
        if cit.kind in ("parenthetical", "narrative") and TENTATIVE not in cit.hints \
                and _SOURCE_LINE.match(text, text.rfind("\n", 0, off) + 1):
            cit.hints.append(TENTATIVE)


_LOWER_WORD = lazy(r"(?<![\w'’-])[^\W\d_A-ZÀ-Þ][\w'’-]*")


def mark_common_words(text: str, regions: list[tuple[int, int]], found: list[tuple[int, Citation]]) -> None:
    """A lone name that the paper also writes in lower case is a common word as often as an author:
    "Censo (2010)", "Entropia (2011)", "Teatro Mariinsky (1860)". Such a citation is UNSURE: reported
    only when some entry is plausible for it. An organisation's name ("International Labor
    Organization (2009)") is made of common words and is no such doubt."""
    lone = [c for _, c in found if c.kind in ("parenthetical", "narrative") and len(c.authors) == 1
            and not c.et_al and TENTATIVE not in c.hints and not nv.org_like(c.authors[0])]
    if not lone:
        return
    lower: set[str] = set()
    for lo, hi in regions:
        lower.update(m.group(0) for m in _LOWER_WORD.finditer(text, max(0, lo), min(len(text), hi)))
    for cit in lone:
        words = [w for w in cit.authors[0].split() if w.lower() not in ad.PARTICLE_WORDS]
        if words and words[0].lower() in lower:
            cit.hints.append(UNSURE)


def spoken(quoted: str) -> bool:
    """A quotation in sentence case ("There's something else for me"): titles are cited in
    title case, so this is dialogue unless the list has a title that starts the same way."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’]*", quoted)[1:] if len(w) > 3]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) < 0.5 * len(long_words)
