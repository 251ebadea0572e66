"""Decide which entry (if any) one citation points to, and how sure that is.

Order of evidence: exact name (person key, organization name, acronym), then
an organization's short form, then the title; the year and any short title
narrow the candidates. Only when nothing matches exactly does spelling
similarity come in, and then only as a suggestion ("did you mean ...?").
"""

from __future__ import annotations

import re
import unicodedata

from refcheck._record import Record
from refcheck.citations import author_date as ad
from refcheck.citations import names as nm
from refcheck.citations.index import ReferenceIndex
from refcheck.model import Citation
from refcheck.text.similarity import osa_distance


class Match(Record):
    __slots__ = ("status", "refs", "suggestions", "variant")
    status: str  # ok | ambiguous | year-mismatch | name-mismatch | no-entry | unresolved
    refs: list[int]
    suggestions: list[int]
    variant: str | None  # the entry's spelling when only accents differ

    def __init__(self, status: str, refs: list[int] | None = None, suggestions: list[int] | None = None,
                 variant: str | None = None) -> None:
        self.status = status
        self.refs = [] if refs is None else refs
        self.suggestions = [] if suggestions is None else suggestions
        self.variant = variant


def year_base(year: str | None) -> str | None:
    if year is None:
        return None
    y = year.strip().lower()
    if y in ("forthcoming", "in press"):
        return "in press"
    if y.startswith("n.d") or y == "no date":
        return "n.d."
    return y


def year_fits(entry_year: str | None, cited: str | None) -> bool:
    """Same year; "2019" fits "2019a" (the letter is a disambiguation, checked elsewhere)."""
    e, c = year_base(entry_year), year_base(cited)
    if c is None:
        return True
    if e is None:
        return False
    if e == c:
        return True
    if e[:4].isdigit() and c[:4].isdigit() and e[:4] == c[:4]:
        return len(e) == 4 or len(c) == 4
    return False


def _authors_narrow(index: ReferenceIndex, cands: set[int], cit: Citation) -> set[int]:
    """Use the second author ("Tyldum and Brunovskis") to tell entries apart."""
    if len(cit.authors) < 2 or len(cands) < 2:
        return cands
    second = "".join(nm.words(cit.authors[1]))
    kept = set()
    for i in cands:
        names = index.refs[i].fields.authors
        if len(names) > 1 and second in nm.person_keys(names[1].sort_name):
            kept.add(i)
    return kept or cands


def _initials_narrow(index: ReferenceIndex, cands: set[int], cit: Citation) -> set[int]:
    """"(J. Lee, 2016)": initials written before the family name pick among same-name entries."""
    if not cit.authors or len(cands) < 2:
        return cands
    toks = cit.authors[0].split()
    initials = [t[0].lower() for t in toks[:-1] if t[:1].isupper() and (len(t.rstrip(".")) == 1 or t.endswith("."))]
    if not initials:
        return cands
    kept = set()
    for i in cands:
        names = index.refs[i].fields.authors
        given = (names[0].given or "") if names else ""
        if given and nm.fold(given)[:1] == initials[0]:
            kept.add(i)
    return kept or cands


def _title_narrow(index: ReferenceIndex, cands: set[int], title: str | None) -> set[int]:
    """MLA's short title picks one of an author's works: "(Woolf, Years 87)" is *The Years*,
    "(Woolf, Diary 2: 301)" volume 2 of *The Diary of Virginia Woolf*. The title's opening
    words decide first (articles aside), then the words anywhere in the title."""
    if not title or len(cands) < 2:
        return cands
    tw = nm.title_words(title)
    tries = [tw]
    if len(tw) > 1 and tw[-1].isdigit():
        tries.append(tw[:-1])  # a volume number after the short title
    for t in tries:
        core = nm.title_core(t)
        kept = {i for i in cands if nm.title_core(index.titles[i])[: len(core)] == core}
        if kept:
            return kept
    for t in tries:
        phrase = " " + " ".join(t) + " "
        kept = {i for i in cands if phrase in " " + " ".join(index.titles[i]) + " "}
        if kept:
            return kept
    return cands


def name_candidates(index: ReferenceIndex, name: str) -> tuple[set[int], set[int]]:
    name = name.strip()
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    exact, short = index.by_name(name)
    if not exact and not short:
        stripped = ad.strip_doc_suffix(name)
        if stripped != name:
            exact, short = index.by_name(stripped)
    if not exact and not short:
        # "UN/IOM Report on Human Trafficking in ..." -> "UN/IOM Report" -> "UN/IOM".
        toks = name.split()
        for k, tok in enumerate(toks[1:], start=1):
            if tok.lower() in ("on", "of", "in", "for", "about") and k >= 1:
                lead = ad.strip_doc_suffix(" ".join(toks[:k]))
                if lead != " ".join(toks[:k]) or nm.looks_like_acronym(lead):
                    exact, short = index.by_name(lead)
                break
    return exact, short


def match_citation(index: ReferenceIndex, cit: Citation, aliases: dict[str, set[int]] | None = None) -> Match:
    """Match an author-date, MLA or title citation. ``aliases`` holds abbreviations the
    text defined itself ("World Health Organization [WHO]" makes "WHO" an alias)."""
    refs = index.refs
    exact: set[int] = set()
    short: set[int] = set()
    if cit.authors:
        exact, short = name_candidates(index, cit.authors[0])
        if not exact and not short and aliases:
            exact = set(aliases.get(nm.fold(cit.authors[0]).replace(".", ""), set()))
        for k in cit.hints:
            if k.startswith("aka:") and not exact:
                exact, short = name_candidates(index, k[4:])
    if cit.authors and not (short and not exact):
        exact |= index.by_raw_lead(cit.authors[0])
    by_title = False
    if not exact and not short and cit.title:
        exact = index.by_title(cit.title)
        by_title = True
        if exact and cit.authors:
            kept = {i for i in exact if index.raw_contains(i, cit.authors[0])}
            exact = kept or exact
    if not exact and not short and cit.authors and not cit.title:
        # A title printed where the author goes: "(Trafficking in Persons Report, 2009)".
        exact = index.by_title(cit.authors[0], contains=len(nm.words(cit.authors[0])) >= 4)
        by_title = bool(exact)
    for pool in (exact, short):
        if not pool:
            continue
        cands = _initials_narrow(index, _authors_narrow(index, set(pool), cit), cit)
        if not by_title:
            cands = _title_narrow(index, cands, cit.title)
        fitting = {i for i in cands if year_fits(refs[i].fields.year, cit.year)
                   or cit.year in _first_and_reprint_years(refs[i].raw)
                   or _unparsed_year_fits(refs[i].fields.year, refs[i].raw, cit.year)}
        if fitting:
            fitting = _one_per_work(index, _exact_letter(index, fitting, cit.year))
            fitting = _count_narrow(index, fitting, cit)
            if len(fitting) == 1:
                only = next(iter(fitting))
                second = _second_author_slip(index, only, cit)
                if second is not None:
                    return Match("name-mismatch", [], suggestions=[only], variant=second)
                return Match("ok", [only], variant=_variant(cit, refs[only].fields.authors))
            return Match("ambiguous", sorted(fitting))
        if pool is exact and short:
            # "(United Nations, 2009)" may mean "United Nations Office on Drugs and Crime (2009)".
            alt = {i for i in short if year_fits(refs[i].fields.year, cit.year)}
            if len(alt) == 1:
                return Match("ok", sorted(alt))
        return Match("year-mismatch", [], suggestions=_by_year_closeness(index, cands, cit.year))
    if not cit.authors and not cit.title:
        return Match("unresolved")
    query = cit.authors[0] if cit.authors else cit.title or ""
    fuzzy = index.fuzzy(query)
    fits = [i for _, i in fuzzy if year_fits(refs[i].fields.year, cit.year)]
    if fits:
        return Match("name-mismatch", [], suggestions=fits)
    return Match("no-entry", [], suggestions=[i for _, i in fuzzy])


_REPRINT_RE = re.compile(r"[(\[](1[5-9]\d\d|20\d\d)[)\]]\s*(1[5-9]\d\d|20\d\d)[a-z]?\b")


def _first_and_reprint_years(raw: str) -> tuple[str, ...]:
    """Chicago "Habermas, Jürgen. (1962) 1989.": cited as 1989 or as [1962] 1989."""
    m = _REPRINT_RE.search(raw[:200])
    return m.groups() if m else ()


def _unparsed_year_fits(entry_year: str | None, raw: str, cited: str | None) -> bool:
    """The parser found no year in "Poultry Science 2003;82(3):454-62.": the year printed in
    the entry still tells whether the citation's year is right."""
    if entry_year or not cited or not cited[:4].isdigit():
        return False
    return re.search(rf"(?<!\d){cited[:4]}(?!\d)", raw) is not None


def _one_per_work(index: ReferenceIndex, cands: set[int]) -> set[int]:
    """An entry listed twice is one work: the citation points to the first copy (the copy
    itself is reported once, as duplicate-entry), not to two entries it cannot tell apart."""
    if len(cands) < 2:
        return cands
    seen: dict[tuple[str, ...], int] = {}
    kept = set()
    for i in sorted(cands):
        ident = index.identities[i]
        if ident is None:
            kept.add(i)
        elif ident not in seen:
            seen[ident] = i
            kept.add(i)
    return kept


def _exact_letter(index: ReferenceIndex, cands: set[int], year: str | None) -> set[int]:
    if not year or not year[-1:].isalpha() or year.startswith("n"):
        return cands
    kept = {i for i in cands if (index.refs[i].fields.year or "").strip().lower() == year.lower()}
    return kept or cands


def _by_year_closeness(index: ReferenceIndex, cands: set[int], year: str | None) -> list[int]:
    def dist(i: int) -> int:
        e = (index.refs[i].fields.year or "")[:4]
        c = (year or "")[:4]
        return abs(int(e) - int(c)) if e.isdigit() and c.isdigit() else 9999

    return sorted(cands, key=lambda i: (dist(i), i))


def _count_narrow(index: ReferenceIndex, cands: set[int], cit: Citation) -> set[int]:
    """"(Kessler et al., 2004)" is the Kessler 2004 entry with three or more authors, "(Anderson,
    2006)" the one Anderson wrote alone: the number of names cited tells same-year works apart."""
    if len(cands) < 2 or not cit.authors:
        return cands
    def fits(i: int) -> bool:
        n = len(index.refs[i].fields.authors or index.refs[i].fields.editors)
        if cit.et_al:
            return n >= 3 or (n >= 2 and len(cit.authors) >= 2)
        return n == len(cit.authors)
    kept = {i for i in cands if fits(i)}
    return kept or cands


def _second_author_slip(index: ReferenceIndex, only: int, cit: Citation) -> str | None:
    """"(Hernandez & Miler, 2017)" for an entry by Hernández & Miller, "Blackwell,
    Trzesnieski, and Dweck (2007)" for Trzesniewski: a co-author's name is misspelt. Only a
    near miss counts; an unrelated name may be the parser's mistake, and a name the entry's
    text holds as printed is no slip at all."""
    names = index.refs[only].fields.authors
    if len(cit.authors) < 2 or len(names) < len(cit.authors) or cit.et_al:
        return None
    for k in range(1, len(cit.authors)):
        if index.raw_contains(only, cit.authors[k]):
            continue
        cited = nm.person_key(cit.authors[k])
        entry = nm.person_key(names[k].sort_name)
        if not cited or not entry or cited == entry or cited in nm.person_keys(names[k].sort_name):
            continue
        if len(cited) >= 4 and osa_distance(cited, entry) <= (1 if len(entry) <= 7 else 2):
            return cit.authors[k]
    return None


def _strip_marks(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def _variant(cit: Citation, names: list[nm.Name]) -> str | None:
    """The entry's spelling when the citation differs from it only by accents."""
    if not cit.authors or not names:
        return None
    cited = cit.authors[0].strip()
    entry = names[0].sort_name.strip()
    if not cited or not entry:
        return None
    c_letters = "".join(ch for ch in cited.lower() if ch.isalpha())
    e_letters = "".join(ch for ch in entry.lower() if ch.isalpha())
    if c_letters == e_letters or not c_letters.endswith(_strip_marks(e_letters)[-3:]):
        return None
    if _strip_marks(c_letters) == _strip_marks(e_letters) and c_letters != e_letters:
        return entry
    return None
