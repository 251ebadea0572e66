"""Citations whose parenthesis or bracket does not balance: "(Smith, 2000" never closed, "Smith, 2000)" never
opened, "[24. Longitudinal" never closed. Each is still read as a citation, so it can be matched, and carries a
``malformed`` note that becomes its own finding; the reader is told what to add rather than told nothing.
"""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.citations import author_date as ad
from refcheck.citations import name_words as nw
from refcheck.citations import narrative as nv
from refcheck.citations.context import sentence_start
from refcheck.citations.hints import TENTATIVE
from refcheck.citations.mla import family_words
from refcheck.citations.scan import Span
from refcheck.document import Document
from refcheck.model import Citation
from refcheck.text.patterns import CAPS

_UNCLOSED_QUOTED = lazy(r"\s*([“\"])([^”\"\n]{1,80})([”\"])?")
# "Purdam, Garratt and Esmail (2016 found that": the year, then the sentence runs on.
_UNCLOSED_YEAR_FIRST = lazy(r"\s*((?:1[5-9]\d\d|20\d\d)[a-z]?)(?:,\s*p{1,2}\.\s*\d+(?:[-–]\d+)?)?(?=\s+[a-z])")
# MLA "(Showalter 107. On her reading": a name and a page, then the sentence goes on.
# "Smith", "Smith and Jones", "Di Veroli", "de Queiroz"
_NAME1 = r"(?:(?:[Dd][aeiou]|[Dd]os|[Vv]an|[Vv]on|[Ll][ae]|[Tt]e[rn]?)\s+)?[" + CAPS + r"][\w'’-]{1,40}"
_NAMES = rf"{_NAME1}(?:\s+(?:and|&)\s+{_NAME1})?"
_PAGES = r"\d{1,4}(?:[-–]\d{1,4})?"
# MLA "(Showalter 107. On her reading", "(see also Yu et al. 101–03.", "(Fischer, chap.2", "(Wagner. Next":
# a signal, a name (and et al.), maybe a locator, then the sentence goes on. With no locator the
# name alone is weak evidence: such a citation is kept only if it names a listed author.
_UNCLOSED_MLA = lazy(rf"\s*(?:(?:see(?:\s+also)?|cf\.|e\.\s?g\.,?)\s+)?((?:[A-Z]\.\s?){{0,2}}{_NAMES}(?:,?\s+et al\.)?)"
                     rf"(?:,?\s+({_PAGES}|(?:chap|sec|para|ch|pt)\.\s?\d{{1,4}}))?[.,]?(?=\s|$)")
_BODY_WORD = r"(?:(?:[A-Z]\.){2,3}|[" + CAPS + r"][\w'’-]+)"
_UNCLOSED_MLA_BODY = lazy(rf"\s*(?:(?:see(?:\s+also)?|cf\.|e\.\s?g\.,?)\s+)?"
                          rf"({_BODY_WORD}(?:,?\s+(?:(?:and|of|for|on|the|&)\s+)?{_BODY_WORD}){{1,9}})"
                          rf"(?:,?\s+({_PAGES}))?\.(?=\s|$)")
_UNCLOSED_AUTHOR_YEAR = lazy(rf"\s*({_NAMES}(?:\s+et al\.)?),?\s+(1[5-9]\d\d|20\d\d)[a-z]?")
# The longer forms: "(see also Holst et al., 2009. Dean", "(Rocca, Grossardt, and Shuster 2014:12–15.",
# "(D. Levesque, 2002, pp. 101–103", "(Office for National Statistics, 2022": a signal, initials, a list of
# names or an organisation, the year, a locator, then the sentence's end or its next word.
_NAME_WORD = r"(?:[A-Z]\.\s*){0,3}[" + CAPS + r"][\w'’-]{1,40}(?:\s[A-Z]{1,3}(?=[\s,]))?"  # "E. Wierzbicki", "Huang X"
_UNCLOSED_LONG = lazy(
    rf"\s*(?:(?:see(?:\s+also)?|cf\.|e\.\s?g\.,?)\s+)?"
    rf"({_NAME_WORD}(?:(?:,\s+(?:and\s+|&\s+)?|\s+(?:and|&|of|for|on|the|de|van|von)\s+|\s+){_NAME_WORD}){{0,8}}"
    rf"(?:,?\s+et al\.)?),?\s+((?:1[5-9]\d\d|20\d\d)[a-z]?)"
    r"(?:,\s*pp?\.\s*\d{1,5}(?:[-–]\d{1,5})?|:\s*\d{1,5}(?:[-–]\d{1,5})?)?(?=[.,;]?\s|[.,;]?$)")


def unclosed_numeric(doc: Document, groups: list[tuple[int, int, list[int], str | None]],
                       marks: str) -> list[tuple[int, Citation]]:
    """Numeric citations whose bracket never closes ("[24. Longitudinal"): one per number, each malformed."""
    out: list[tuple[int, Citation]] = []
    for start, end, nums, locator in groups:
        printed = doc.text[start:end]
        line, col = doc.position(start)
        for n in nums:
            cit = Citation(id="", line=line, column=col, text=printed, kind="numeric", keys=[str(n)],
                           locator=locator,
                           malformed=f"unclosed bracket: {printed} is never closed; close it: {printed}{marks[1]}")
            out.append((start, cit))
    return out


def unclosed(doc: Document, span: Span, style: str = "unknown") -> list[tuple[int, Citation, bool]]:
    """"(“Russia”, U.", "(Smith, 2000", MLA "(Showalter 107." and narrative "Purdam and
    Esmail (2016 found": a citation whose parenthesis never closes."""
    content = span.content
    m = _UNCLOSED_QUOTED.match(content)
    title = authors = year = None
    printed = None
    kind = "parenthetical"
    start = span.start + 1
    year_first = _UNCLOSED_YEAR_FIRST.match(content)
    page = _UNCLOSED_MLA.match(content) if style == "mla" and not year_first else None
    if page and not nv.person_like(" ".join(w.title() if w.isupper() else w for w in page.group(1).split())):
        page = None  # ("(FARACO. This holds": a SURNAME in capitals is a name as much as "Faraco" is)
    if style == "mla" and not year_first and page is None:
        # "(World Health Organization 12–15. Earlier studies", "(see U.S. Department of Health and Human
        # Services. Next": a body's name, maybe its page, then the sentence goes on
        page = _UNCLOSED_MLA_BODY.match(content)
        page = page if page is not None and nv.org_like(" ".join(page.group(1).replace(",", " ").split())) else None
    if year_first:
        named = nv.lookback_name(doc.text, span.start, max(0, span.start - 160))
        if named is None or not nv.person_like(named[0]):
            return []
        authors, _ = ad.split_authors(named[0])
        year = year_first.group(1)
        start, kind = named[1], "narrative"
        printed = f"{' '.join(doc.text[named[1]:span.start].split())} ({year_first.group(0).strip()}"
    elif page:
        authors, et_al = ad.split_authors(page.group(1))
        printed = page.group(0).strip().rstrip(",")
        printed = printed[:-1] if printed.endswith(".") and not printed.endswith("al.") else printed
    elif m and m.group(3):
        title = m.group(2).strip(" ,.")
        rest = re.match(r",\s*([^.\n]{0,60}\.?)", content[m.end():])
        printed = content[: m.end() + (rest.end() if rest else 0)].strip()
        if rest and rest.group(1).strip():
            authors = [rest.group(1).strip()]
    else:
        m2 = _UNCLOSED_AUTHOR_YEAR.match(content)
        if not m2:
            m2 = _UNCLOSED_LONG.match(content)
            first = family_words(ad.split_authors(m2.group(1))[0][0]) if m2 else ""  # "Wei WJ" is Wei
            if m2 is None or not (nv.person_like(first) or nv.org_like(m2.group(1))):
                return []
        if m2.group(1).split()[0].lower() in nw.CAP_STOP:
            return []  # "(In 2005 we saw": a date in an aside
        authors, _ = ad.split_authors(m2.group(1))
        year = m2.group(2)
        printed = m2.group(0).strip()
    line, col = doc.position(start)
    shown = printed if kind == "narrative" else f"({printed}"
    cit = Citation(id="", line=line, column=col, text=printed or content[:40], kind=kind,
                   authors=authors or [], year=year, title=title,
                   malformed=f"unclosed parenthesis: {shown} is never closed")
    if page:
        cit.et_al = et_al
        cit.locator = page.group(2)
        if page.group(2) is None:
            cit.hints.append(TENTATIVE)
    return [(start, cit, True)]


# "The National Center for Education Statistics [NCES],\n2019)": a citation whose "(" was lost.
_UNOPENED = lazy(
    r"(?:The\s+)?(?P<head>[A-Z][^()\[\]\n]{0,100}?(?:\n[^()\[\]\n]{0,100}?)?)(?:\s*\[(?P<acr>[A-Z]{2,10})\])?"
    r",?\s+(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.)"
)


_UNOPENED_MLA = lazy(rf"\b({_NAMES})\s+({_PAGES})$")


def unopened(doc: Document, spans: list[Span], lo: int, hi: int, style: str) -> list[tuple[int, Citation]]:
    """An author and year closed by ")" that no "(" opened: reported, and still matched."""
    text = doc.text
    closed = {sp.end - 1 for sp in spans if sp.closed and sp.bracket == "("}
    out: list[tuple[int, Citation]] = []
    q = text.find(")", lo, hi)
    while q != -1:
        if q not in closed:
            s = sentence_start(text, q, lo)
            m = _UNOPENED.fullmatch(text, s, q)
            head = m.group("head").strip(" ,") if m else ""
            if m and (nv.org_like(" ".join(head.split())) or nv.person_like(head)):
                authors, _ = ad.split_authors(" ".join(head.split()))
                line, col = doc.position(s)
                printed = text[s:q].strip()
                cit = Citation(id="", line=line, column=col, text=printed, kind="parenthetical",
                               authors=authors, year=m.group("year"),
                               malformed=f"unopened parenthesis: {' '.join(printed.split())}) has no \"(\"")
                if m.group("acr"):
                    cit.hints.append(f"aka:{m.group('acr')}")
                out.append((s, cit))
            elif style == "mla" and (mla := _UNOPENED_MLA.search(text, max(s, q - 80), q)) is not None \
                    and nv.person_like(mla.group(1)):
                # "... the ship as a floating mill Delbanco 147)": kept only if Delbanco is listed.
                line, col = doc.position(mla.start())
                printed = " ".join(mla.group(0).split())
                cit = Citation(id="", line=line, column=col, text=printed, kind="parenthetical",
                               authors=ad.split_authors(mla.group(1))[0], locator=mla.group(2),
                               malformed=f"unopened parenthesis: {printed}) has no \"(\"", hints=[TENTATIVE])
                out.append((mla.start(), cit))
        q = text.find(")", q + 1, hi)
    return out
