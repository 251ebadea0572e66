"""Citations with no brackets of their own: bare table cells ("BRCA1/2 | Tumour suppressor | Lee
et al., 2014; Xu et al., 2017") and a name with a year in running text ("later Campbell et al.,
2019 demonstrated"). Both are uncertain, so extraction keeps them only if they match an entry."""

from __future__ import annotations

import functools

from refcheck._perf import lazy
from refcheck.citations import author_date as ad
from refcheck.citations import mla
from refcheck.citations import narrative as nv
from refcheck.citations.hints import LINK_ONLY, PROPER, RUNNING, TENTATIVE, WHOLE_SUBJECT
from refcheck.citations.scan import Span
from refcheck.document import Document
from refcheck.model import Citation
from refcheck.text.patterns import CAPS, ET_AL_RE

_YEAR_IN_TEXT = lazy(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")

# "later Campbell et al., 2019 demonstrated", "(summarized in Burrows, 1996)", "(CRMs; see Pfeiffer et
# al., 2008)", "Thiers 2020, continually updated": a name and year that no citation read already
# covers, in running text or inside a longer aside. Only kept if it matches an entry.
# ("Samson, Raudenbush, and Earls 1997, 918-19.": Chicago's three authors, as an explanatory note cites them)
_BARE_NAME_YEAR = lazy(r"\b([A-Z][\w'’-]{1,40}(?:,\s+[A-Z][\w'’-]{1,40}){0,3}(?:,?\s+(?:and|&)\s+[A-Z][\w'’-]{1,40})?)"
                       r"(\s+et\s+al\.?,?|,)?\s+"
                       r"((?:1[6-9]\d\d|20\d\d)[a-z]?)(?![\d\w])")

_NEXT_NAME_YEAR = lazy(r"\s+(?:and|&)\s+[A-Z][\w'’-]{1,40}(?:\s+et\s+al\.?)?,?\s+(?:1[6-9]\d\d|20\d\d)(?!\d)")


def bare_name_years(doc: Document, covered: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, Citation]]:
    """Name-year pairs outside every citation already read (``covered``: sorted start, end offsets)."""
    text = doc.text
    out: list[tuple[int, Citation]] = []
    k = 0
    for m in _BARE_NAME_YEAR.finditer(text, lo, hi):
        while k < len(covered) and covered[k][1] <= m.start():
            k += 1
        if k < len(covered) and covered[k][0] < m.end():
            continue  # part of a citation read already
        if not nv.person_like(m.group(1)):
            continue
        if not m.group(2) and text[m.end():m.end() + 1] not in (",", ";", ")", ".", ":") \
                and not _NEXT_NAME_YEAR.match(text, m.end()):
            # "Sentence 1600 says": a bare number after a word needs a comma or "et al.", or another
            # name and year after it ("relevant atlases are Luff 1998 and Turin 2000")
            continue
        authors, _ = ad.split_authors(m.group(1))
        line, col = doc.position(m.start())
        out.append((m.start(), Citation(id="", line=line, column=col, text=" ".join(m.group(0).split()),
                                        kind="narrative", authors=authors, year=m.group(3),
                                        et_al=bool(m.group(2)) and "et" in m.group(2), hints=[TENTATIVE])))
    return out


# MLA names its sources in running text, often with no parenthesis at all: "Hart et al. show",
# "as Ellenbroek and Liégeois (33) argue", "Jackson's account". A family name, a second one after
# "and", and "et al."; the checker keeps it only where it names an entry's first author exactly.
# ("van Sighem reported", "Wang HY reported": a particle before the name, Medline initials after it)
_BARE_NAME = lazy(r"(?<![\w'’.-])((?:[A-Z]\.\s?){0,2}(?:(?:van|von|de|der|den|da|di|du|dos|del)\s+){0,2}"
                  r"[" + CAPS + r"][\w'’-]{1,40}(?:\s[A-Z]{1,3}(?=\s))?"
                  r"(?:\s+(?:and|&)\s+[" + CAPS + r"][\w'’-]{1,40})?)(\s+et\s+al\.)?")


def bare_names(doc: Document, spans: list[Span], lo: int, hi: int) -> list[tuple[int, Citation]]:
    """Author names in MLA running text, outside any parenthesis, as link-only citations."""
    text = doc.text
    inside = sorted((sp.start, sp.end if sp.closed else _sentence_end(sp)) for sp in spans)
    out: list[tuple[int, Citation]] = []
    k = k2 = 0
    lower: frozenset[str] | None = None
    for m in _BARE_NAME.finditer(text, lo, hi):
        while k < len(inside) and inside[k][1] <= m.start():
            k += 1
        if k < len(inside) and inside[k][0] <= m.start() < inside[k][1]:
            continue
        authors, _ = ad.split_authors(m.group(1))
        # SURNAMES in capitals ("MORSON and EMERSON", "SCARIOT") are names as much as "Morson" is;
        # initials before the name ("F. Theys found") tell same-name authors apart.
        family = mla.family_words(authors[0]) if authors else ""
        if not family or not nv.person_like(family.title() if family.isupper() else family):
            continue
        line, col = doc.position(m.start())
        hints = [TENTATIVE, LINK_ONLY]
        if mla.reporting_verb_after(text, m.end()):
            hints.append(RUNNING)  # "Chan et al. argued that": the subject of a reporting verb
            if _opens_sentence(text, m.start(), lo) and " " not in family and not family.endswith("s") \
                    and family.lower() not in _SUBJECT_WORDS and not _cites_in_sentence(text, m.end(), hi):
                # "Gambier  argued that": a word the paper never writes in lower case ("Trials show", "Critics
                # argue", "They found": a plural or a pronoun is a subject as often as a name is), in a sentence
                # that cites nothing else ("Freud argued that the uncanny returns (Gray 4)": Gray is the source)
                lower = _lower_words(text) if lower is None else lower
                if family.lower() not in lower:
                    hints.append(PROPER)
        out.append((m.start(), Citation(id="", line=line, column=col, text=" ".join(m.group(0).split()),
                                        kind="narrative", authors=authors, et_al=m.group(2) is not None,
                                        hints=hints)))
    out.extend(_subjects_of_verbs(doc, lo, hi))
    for m in _BARE_ORG.finditer(text, lo, hi):
        while k2 < len(inside) and inside[k2][1] <= m.start():
            k2 += 1
        if k2 < len(inside) and inside[k2][0] <= m.start() < inside[k2][1]:
            continue
        start = m.start() + m.group(0).rfind("\n\n") + 2 if "\n\n" in m.group(0) else m.start()
        name = " ".join(text[start:m.end()].split())  # ("Introduction\n\nNational Academies ...": after the heading)
        if " " not in name or not (nv.org_like(name) or len(name.split()) >= 3):
            continue  # a longer run is kept too ("Coordenação de Aperfeiçoamento de Pessoal"): if it opens an entry
        line, col = doc.position(start)
        out.append((start, Citation(id="", line=line, column=col, text=name, kind="narrative", authors=[name],
                                        hints=[TENTATIVE, LINK_ONLY])))
    return out


# A reporting verb and the words that open its sentence: "McDavid Harrison  found", "R Core Team argued",
# "[Embrapa] Empresa Brasileira de Pesquisa Agropecuária  argued", "Law  argued".
_VERB = lazy(r"\s+(?:also\s+)?(" + "|".join(sorted(nv.REPORTING_VERBS)) + r")\b")
_SENTENCE_OPEN = lazy(r"(?:[.!?]\s+|\n\s*)(?=\S)")
_NOT_A_NAME_RUN = lazy(r"[\d()“”\"*_:;]|\.\s")


def _subjects_of_verbs(doc: Document, lo: int, hi: int) -> list[tuple[int, Citation]]:
    """The whole subject of a reporting verb that opens its sentence, as one name: a family name of
    two words, a team or a body as its entry prints it, which the one-name reading above cuts up or
    passes over. Link-only: kept only where it is an entry's first author word for word."""
    text = doc.text
    out: list[tuple[int, Citation]] = []
    for m in _VERB.finditer(text, lo, hi):
        back = max(lo, m.start() - 120)
        opens = [o.end() for o in _SENTENCE_OPEN.finditer(text, back, m.start())]
        start = opens[-1] if opens else (lo if back == lo else -1)
        if start < 0:
            continue
        run = text[start:m.start()]
        if not run[:1].isupper() and not run.startswith("[") or _NOT_A_NAME_RUN.search(run) or len(run.split()) > 12:
            continue
        printed = " ".join(run.split())
        single = _BARE_NAME.match(printed + " ")  # (its Medline initials need a space after them: "Wang HY")
        single = single if single is not None and single.end() >= len(printed) else None
        if single is not None and nv.person_like(mla.family_words(single.group(1))):
            continue  # read above as a name of its own
        name = ET_AL_RE.sub("", printed).strip()
        line, col = doc.position(start)
        out.append((start, Citation(id="", line=line, column=col, text=printed, kind="narrative", authors=[name],
                                    et_al=name != printed, hints=[TENTATIVE, LINK_ONLY, WHOLE_SUBJECT])))
    return out


_SUBJECT_WORDS = frozenset("""he she it we they one i you this that these those each all both few many most some several
none everyone someone anyone nobody data evidence work research analysis theory literature history practice science
scholarship criticism experience""".split())
_LOWER_WORD = lazy(r"(?<![\w'’-])[^\W\d_" + CAPS + r"][\w'’-]*")


@functools.lru_cache(maxsize=2)
def _lower_words(text: str) -> frozenset[str]:
    """The words the document writes in lower case (once per document, not once per body region)."""
    return frozenset(m.group(0) for m in _LOWER_WORD.finditer(text))


def _cites_in_sentence(text: str, pos: int, hi: int) -> bool:
    """Does a parenthesis open between pos and the end of its sentence?"""
    end = _FULL_STOP.search(text, pos, min(hi, pos + 600))
    return "(" in text[pos:end.start() if end else min(hi, pos + 600)]


def _opens_sentence(text: str, pos: int, lo: int) -> bool:
    before = text[max(lo, pos - 3):pos].rstrip(" ")
    return pos <= lo or not before or before.endswith((".", "\n", "!", "?"))


def _sentence_end(span: Span) -> int:
    """Where an unclosed parenthesis's citation ends: "(cf. Kamath and Ramamritham. Koçyiğit and
    Karadağ argued": the sentence after its first full stop is running text again."""
    m = _FULL_STOP.search(span.content)
    return span.start + 1 + m.start() + 1 if m else span.end


_FULL_STOP = lazy(r"(?:(?<=[a-z]{2})|(?<=\d))\.\.?\s+(?=[" + CAPS + r"])")  # "(Weber 7. Hotez reported"


# An organisation named as the author in running text: "World Health Organization found", "the
# Department for Digital, Culture, Media and Sport reported". Capitalised words joined by spaces,
# commas and the small words of names; kept only where it is an entry's author, word for word.
_BARE_ORG = lazy(r"(?<![\w'’.-])(?:(?:[A-Z]\.){2,3}|[" + CAPS + r"][\w'’-]+)"  # "U.S.", "World"
                 r"(?:(?:,?\s+(?:and|&|of|for|on|the|de|do|da|das|dos|des|du|"
                 r"la|le|y|e|und|für)|,|\s+[-–])?\s+[" + CAPS + r"][\w'’-]+){1,12}")  # "Brasil - Estado da Bahia"


def table_cells(text: str, lo: int, hi: int) -> list[Span]:
    """Table rows ("BRCA1/2 | Tumour suppressor | Lee et al., 2014; Xu et al., 2017") cite in bare
    cells: each cell that holds a year and no bracket is read like a parenthesis. Its sources
    are kept only if they match an entry (a cell may hold a drug, a place and a date)."""
    out: list[Span] = []
    q = text.find(" | ", lo, hi)
    while q != -1:
        a = text.rfind("\n", lo, q) + 1
        b = text.find("\n", q, hi)
        b = hi if b == -1 else b
        pos = a
        for cell in text[a:b].split("|"):
            if "(" not in cell and "[" not in cell and _YEAR_IN_TEXT.search(cell) and cell.strip()[:1].isupper():
                out.append(Span(pos - 1, pos + len(cell), cell, "(", True))
            pos += len(cell) + 1
        q = text.find(" | ", b, hi)
    return [sp for sp in out if sp.start >= 0]




_YEAR_CELL = lazy(r"\s*((?:1[6-9]\d\d|20\d\d)[a-z]?)\s*")


def table_year_cells(doc: Document, lo: int, hi: int) -> list[tuple[int, Citation]]:
    """A table of studies with the year and the author in cells of their own ("1980 | Denslow |
    Pioneira", "Denslow | 1980"): the year cell cites the name beside it. Kept only if it matches."""
    text = doc.text
    out: list[tuple[int, Citation]] = []
    q = text.find(" | ", lo, hi)
    while q != -1:
        a = text.rfind("\n", lo, q) + 1
        b = text.find("\n", q, hi)
        b = hi if b == -1 else b
        cells, pos = [], a
        for cell in text[a:b].split("|"):
            cells.append((pos, cell))
            pos += len(cell) + 1
        for k, (pos, cell) in enumerate(cells):
            m = _YEAR_CELL.fullmatch(cell)
            if m is None:
                continue
            for j in (k + 1, k - 1):
                if not 0 <= j < len(cells):
                    continue
                name = " ".join(cells[j][1].split())
                if not name or not nv.person_like(name):
                    continue
                authors, et_al = ad.split_authors(name)
                start = pos + m.start(1)
                line, col = doc.position(start)
                out.append((start, Citation(id="", line=line, column=col, text=m.group(1), kind="parenthetical",
                                            authors=authors, year=m.group(1), et_al=et_al, hints=[TENTATIVE])))
                break
        q = text.find(" | ", b, hi)
    return out
