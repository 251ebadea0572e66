"""Doubts about citations already found, read from where they stand in the paper.

Each pass adds a hint to the citations it doubts: TENTATIVE (kept only if it ties to an entry) or
UNSURE (a no-entry is dropped); none removes a citation itself, so the one decision stays in
check_citations.
"""

from __future__ import annotations

import re
from functools import lru_cache

from refcheck._perf import lazy
from refcheck.citations import name_words as nw
from refcheck.citations import narrative as nv
from refcheck.citations.hints import TENTATIVE, UNSURE
from refcheck.matching.names import looks_like_acronym
from refcheck.model import Citation
from refcheck.text.patterns import CAPS

# "Source: World Bank (2016).", "Fonte: Dados da pesquisa (Florianópolis, 2022)": a table's or figure's
# data source, which papers often leave out of the reference list.
_SOURCE_LINE = lazy(r"[ \t]*(?:\*{1,2}|_)?(?:(?:Sources?|Fontes?|Fuentes?|Quellen?)(?:\*{1,2}|_)?\s*:"
                    r"|Adapted from\b|Adaptado de\b|Elaborado por\b|Elaboração\b)")


# A quoted passage of at least a long sentence, closed and followed by its own citation: “... (UNDP,
# 2013) ...” (Sun et al., 2017, p. 945). Titles are shorter and are not followed by a citation.
_QUOTED_PASSAGE = lazy(r"[“«]([^“”«»\n]{120,})[”»]\s*\(")


def mark_doubts(text: str, regions: list[tuple[int, int]], found: list[tuple[int, Citation]]) -> None:
    """Every pass below, in order."""
    mark_common_words(text, regions, found)
    mark_source_lines(text, found)
    mark_quoted(text, found)
    mark_printed_references(text, found)
    mark_bare_acronyms(found)
    mark_spelled_acronyms(text, found)


def mark_bare_acronyms(found: list[tuple[int, Citation]]) -> None:
    """"area deprivation (IMD 2019)": an acronym and a year with no comma between them, in a paper whose
    parentheses put a comma before the year ("(Marmot et al., 2020)"), names a dataset's or a method's version as
    often as a body's work. Such a citation is UNSURE."""
    paren = [c for _, c in found if c.kind == "parenthetical" and c.year and c.authors]
    commas = sum(1 for c in paren if _COMMA_YEAR.search(c.text))
    if len(paren) < 4 or commas < 0.75 * len(paren):
        return
    for cit in paren:
        if len(cit.authors) == 1 and looks_like_acronym(cit.authors[0]) and not _COMMA_YEAR.search(cit.text):
            cit.hints.append(UNSURE)


_COMMA_YEAR = lazy(r",\s*(?:1[5-9]|20)\d\d")


def mark_spelled_acronyms(text: str, found: list[tuple[int, Citation]]) -> None:
    """"der Novelle des Erneuerbare-Energien-Gesetzes (EEG 2017)", "the Index of Multiple Deprivation (IMD 2019)":
    an acronym whose words are spelled out right before its bracket, with a year, names a law's, a dataset's or a
    classification's version as often as a body's work ("World Health Organization (WHO 2019)"). UNSURE: kept
    when the list has it, dropped otherwise."""
    for off, cit in found:
        if cit.kind != "parenthetical" or not cit.year or len(cit.authors) != 1 or UNSURE in cit.hints:
            continue
        name = cit.authors[0]
        if len(name.strip(".")) == 1 or (looks_like_acronym(name) and text[off - 1:off] == "("
                                         and _spelled_before(text[max(0, off - 200):off - 1], name)):
            cit.hints.append(UNSURE)  # (and a lone letter, "The First Folio (F, 1623)", is nobody's name)


_SPELLING_WORD = lazy(r"[^\W\d_][\w'’]*")
_SMALL_WORDS = frozenset("of the and for on in to der die das des den für und von zur zum de la le du et des del "
                         "y e da do dos das na no nas nos em".split())


def _spelled_before(before: str, acronym: str) -> bool:
    """Do the words that end BEFORE open with the acronym's letters, in order ("Erneuerbare-Energien-Gesetzes"
    for EEG; small words such as "of" and "für" may come between)?"""
    letters = [ch for ch in acronym if ch.isupper()]
    words = _SPELLING_WORD.findall(before)[-2 * len(letters) - 2:]
    while letters and words:
        word = words.pop()
        if word[0].upper() == letters[-1]:
            letters.pop()
        elif word.lower() not in _SMALL_WORDS:
            return False
    return not letters and len(acronym) >= 2


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


# A paragraph that is itself a reference: "If you wish to acknowledge use of GeoCAT please use the following
# citation:", "Citation:", "Cite as:" and then "Bachman S, Moat J, Hill AW (2011) Supporting ... ZooKeys 150:
# 117–126." Its names and year open the entry as printed, then a title and the source's numbers follow.
_PRINTED_ENTRY_TAIL = lazy(r"\)\.?\s+[" + CAPS + r"\"“][^\n]{15,}?(?:\b\d+\s*(?:\(\d+\))?\s*[:,]\s*[e\d]|\bdoi\b|https?://)")
_PARAGRAPH_LABEL = lazy(r"[ \t]*(?:[\w ]{0,30}:\s*)?$")


def mark_printed_references(text: str, found: list[tuple[int, Citation]]) -> None:
    """A list of names opening a paragraph, with a year in brackets and then a title and a source's
    volume and pages, is a reference printed in the text (a "cite this article as" block, a tool's
    requested citation), not a citation: the work may well be absent from the list. TENTATIVE."""
    for off, cit in found:
        names = cit.text.split("(")[0]
        if cit.kind != "narrative" or TENTATIVE in cit.hints or (len(cit.authors) < 2 and "," not in names):
            continue
        line_start = text.rfind("\n", 0, off) + 1
        close = text.find(")", off)
        if close < 0 or not _PARAGRAPH_LABEL.match(text[line_start:off]) \
                or not _PRINTED_ENTRY_TAIL.match(text, close, close + 400):
            continue
        cit.hints.append(TENTATIVE)


_LOWER_WORD = lazy(r"(?<![\w'’-])[^\W\d_" + CAPS + r"][\w'’-]*")


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
        words = [w for w in cit.authors[0].split() if w.lower() not in nw.PARTICLE_WORDS]
        if words and (words[0].lower() in lower or (len(words) == 1 and _ABSTRACT_NOUN.search(words[0]))):
            cit.hints.append(UNSURE)


# German capitalises every noun, so "die englische Übersetzung (1967)" is never written in lower case: a lone word
# ending as German abstract nouns do (and as no family name does) is a common word.
_ABSTRACT_NOUN = lazy(r"^[A-ZÄÖÜ]\w{5,}ung$|^[A-ZÄÖÜ]\w{3,}(?:heit|keit|schaft|ität|ismus)$|^[A-ZÄÖÜ]\w{4,}tion$")


# A Latin binomial just before "(": "Bruchus rufimanus (Boheman, 1833)", "Leucochrysa (Nodita) cruentata
# (Schneider, 1851)", "Bembidion lampros(Herbst 1784)": the parenthesis names the species' authority.
# (a PDF's ligatures are letters: "Harpalus ruﬁbarbis(Fabricius 1792)")
_BINOMIAL = lazy(r"\b[A-Z][a-zﬀ-ﬆ]{2,}\s+(?:\([A-Z][a-z]+\.?\)\s+)?(?P<epithet>[a-zﬀ-ﬆ]{3,})\s*$")
# epithets end so in Latin ("rufimanus", "schubartti", a genitive -i), English words rarely
_LATIN_ENDING = lazy(r"(?:us|um|is|ae|i|ensis|oides|atus|ata|ella|orum|arum|icola|ides)$")
# "C. cubana", "L. (N.) cruentata": a genus abbreviated before its epithet, as a paper names a species again
_ABBREVIATED_GENUS = lazy(r"\b[A-Z]\.\s+(?:\([A-Z]\.\)\s+)?([a-zﬀ-ﬆ]{3,})\b")
# Zoological names date from 1758; an authority older than this is far likelier than a cited work with no entry
_OLD_AUTHORITY = 1900


def species_authority(text: str, start: int, year: str | None) -> bool:
    """Whether the parenthesis at START follows a species name, so it names the authority that
    described the species, not a work this paper cites. A capitalised word and a lower-case word
    before it are a binomial when the second ends as Latin epithets do, when the paper abbreviates a
    genus before it elsewhere ("C. cubana"), or when the year is older than 1900 ("(Hagen, 1861)")."""
    m = _BINOMIAL.search(text, max(0, start - 80), start)
    if m is None:
        return False
    epithet = m.group("epithet")
    if _LATIN_ENDING.search(epithet) or epithet in _epithets(text):
        return True
    return bool(year and year[:4].isdigit() and int(year[:4]) <= _OLD_AUTHORITY)


@lru_cache(maxsize=4)
def _epithets(text: str) -> frozenset[str]:
    return frozenset(_ABBREVIATED_GENUS.findall(text))


def spoken(quoted: str) -> bool:
    """A quotation in sentence case ("There's something else for me"): titles are cited in
    title case, so this is dialogue unless the list has a title that starts the same way."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’]*", quoted)[1:] if len(w) > 3]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) < 0.5 * len(long_words)
