"""Decide which entry (if any) one citation points to, and count every outcome.

The one place a citation's match is decided. Candidates come from the index (exact name,
organisation form, acronym, the entry's printed opening words), then an organisation's short
form, then the title; evidence.py's questions (year, co-authors, initials, number of names,
short title, a/b letter) narrow them. Only when no name matches does spelling similarity come
in, and then only as a suggestion ("did you mean ...?"). Every decision is counted in
``Outcomes`` (ok, near-miss, year-mismatch, ambiguous, no-entry, unresolved), the way GROBID
counts its callout matches, so a change in matching shows up as a change in the counts.
"""

from __future__ import annotations

import copy
import re
from collections import Counter

from refcheck._record import Record
from refcheck.matching import evidence as ev
from refcheck.matching import names as nm
from refcheck.matching.index import ReferenceIndex
from refcheck.matching.inflection import inflected_name
from refcheck.model import Citation
from refcheck.text.lexicon import AND_WORDS, GENERATION_SUFFIXES
from refcheck.text.patterns import CAPS, CJK_CHARS

# What each status is called when outcomes are counted.
OUTCOME = {"ok": "ok", "name-mismatch": "near-miss", "year-mismatch": "year-mismatch", "ambiguous": "ambiguous",
           "no-entry": "no-entry", "unresolved": "unresolved"}


class Outcomes(Counter):
    """How many citations ended in each outcome, plus "dropped": uncertain spans nothing matched."""

    def add(self, match: Match | None) -> None:
        self[OUTCOME.get(match.status, match.status) if match is not None else "unmatched"] += 1


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


def _whole_title(index: ReferenceIndex, cands: set[int], title: str) -> set[int]:
    """"(Hamlet 3.3.97-98)" beside *Hamlet*, "Hamlet and His Problems" and *Hamlet in Purgatory*: the entry
    whose whole title is the cited one, when there is one."""
    cited = nm.title_core(nm.title_words(title))
    return {i for i in cands if nm.title_core(index.titles[i]) == cited} or cands


def match_citation(index: ReferenceIndex, cit: Citation, aliases: dict[str, set[int]] | None = None) -> Match:
    """Match an author-date, MLA or title citation. ``aliases`` holds abbreviations the
    text defined itself ("World Health Organization [WHO]" makes "WHO" an alias).

    When the printed first name finds no entry, other readings of the same span are tried
    before saying so; one is taken only if it gives a sure match."""
    res = _match(index, cit, aliases)
    if res.status not in ("no-entry", "name-mismatch") or not cit.authors:
        return res
    # "(IDH, Connall, 1978)": the label names nothing; "in Canada, Lister and Ranta (1997)": nor does the place
    label_first = len(cit.authors) >= 2 and (nm.looks_like_acronym(cit.authors[0]) or
                                             cit.kind == "narrative" and len(cit.authors) >= 3)
    for alt in _other_readings(cit):
        again = _match(index, alt, aliases)
        if again.status == "ok":
            return again
        if label_first and res.status == "no-entry" and again.status == "name-mismatch" \
                and alt.authors == cit.authors[1:]:
            # the author nearly an entry's, named in the finding ("Lister" has no entry; did you mean ...)
            res = Match("name-mismatch", again.refs, again.suggestions, variant=again.variant or alt.authors[0])
    for alt in _after_leading_words(index, cit):
        # "(Tasmania, Victoria, Kriwoken and Hedge 2000)", "(Wiehengebirge, Gries et al. 1973)": places
        # or a tool named before the authors. Taken only when the names left are exactly the entry's,
        # in number too (at least one more after "et al.").
        again = _match(index, alt, aliases)
        if again.status == "ok" and _fits_count(ev.name_count(index.refs[again.refs[0]]), alt):
            return again
    together = ev.all_names_in_entry(index, cit)
    if together is not None:
        return Match("ok", [together])
    if res.status == "no-entry":
        # "... 2012, doi:10.1523/JNEUROSCI.1790-12.2012. van Amerongen. Photosynthetic Excitons. 2000.":
        # the entry is there, run into the one before it (matching survives a bad split).
        inside = index.run_in(cit.authors[0])
        if len(inside) == 1:
            return Match("ok", sorted(inside))
    return res


def _other_readings(cit: Citation) -> list[Citation]:
    """"Brazil, Gallucci & Netto (2004)": a narrative's look-back took a word before the names;
    "(IDH, Connell, 1978)": an acronym or label stands before the author."""
    out = []
    if len(cit.authors) >= 2 and (cit.kind == "narrative" or nm.looks_like_acronym(cit.authors[0])):
        out.append(_with_authors(cit, cit.authors[1:]))
    head = cit.authors[0]
    if "," in head:
        out.append(_with_authors(cit, [head.rsplit(",", 1)[1].strip()] + cit.authors[1:]))
    words = head.split()
    if len(words) >= 2 and words[-1].lower().rstrip(",") in GENERATION_SUFFIXES:
        out.append(_with_authors(cit, [" ".join(words[:-1])] + cit.authors[1:]))  # "Gomes Jr" for "Gomes, A."
    return [c for c in out if c.authors and c.authors[0]]


def _after_leading_words(index: ReferenceIndex, cit: Citation) -> list[Citation]:
    """The citation without the words before its authors: each shorter reading whose dropped words
    name no author of the list ("Spatial Genetics Software", "Alt Barenau"), so a real co-author
    ("(Smith, Jones 2000)" beside a Smith entry) is never dropped to reach another entry."""
    if cit.kind != "parenthetical" or len(cit.authors) < 2:
        return []
    out = []
    for k in range(1, len(cit.authors)):
        if any(index.by_name(a)[0] for a in cit.authors[:k]):
            break
        out.append(_with_authors(cit, cit.authors[k:]))
    return out


def _fits_count(names: int, alt: Citation) -> bool:
    return names > len(alt.authors) if alt.et_al else names == len(alt.authors)


_MEDLINE = re.compile(r"[" + CAPS + r"][\w'’-]+ [A-Z]{1,3}")
_INITIALS_AROUND = re.compile(r"^(?:[A-Z]\.\s?){1,3}\s*(?=[A-Z][a-z])|\s+[A-Z]{1,3}$")


def _with_authors(cit: Citation, authors: list[str]) -> Citation:
    alt = copy.copy(cit)
    alt.authors = list(authors)
    return alt


# (and an article before a body's name, as English drops "The": "La Confederación Hidrográfica del Guadiana (2022)";
# German and Dutch "von", "van", "vom": "des Konzepts von Horn und Fleige (2003)"; a sentence's article too: "y la
# Asociación de Internet MX (2023) estima")
_LOWER_PARTICLE = re.compile(r"(?:de|da|do|del|della|des|du|di|von|van|vom|[Ll]a|[Ee]l|[Ll]os|[Ll]as|[Ll]es?"
                             r"|[Ii]l|[Ll]o|[Dd]ie|[Dd]er|[Dd]as|[Hh]et|the)"
                             r"\s+(?=[A-ZÀ-Ý])|[dl]['’](?=[A-ZÀ-Ý])")  # French "résultats d'Aubert (2006)"


_CJK_RUN = re.compile("[" + CJK_CHARS + "]{2}")
# the lexicon's "and" words, and Dutch "en" (left out there: French "en 2019")
_AND_RE = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in sorted(AND_WORDS | {"en"}, key=len, reverse=True))
                     + r")\s+")


def _known(index: ReferenceIndex, name: str) -> bool:
    """Does some entry have this name, parsed or as its printed opening?"""
    return any(ev.name_candidates(index, name)) or bool(index.by_raw_lead(name))


def _particle_ends(name: str) -> list[int]:
    """Where the name after each of its lower-case particles (or articles) starts, first to last."""
    return [m.end() for m in _LOWER_PARTICLE.finditer(name) if m.start() == 0 or name[m.start() - 1] == " "]


def _match(index: ReferenceIndex, cit: Citation, aliases: dict[str, set[int]] | None) -> Match:
    refs = index.refs
    exact: set[int] = set()
    short: set[int] = set()
    if cit.authors and (ends := _particle_ends(cit.authors[0])) and not _known(index, cit.authors[0]):
        # "l'expression de Bourdieu (1993)": French, Spanish and Portuguese "de" before a name is often the
        # preposition; when no entry's name has the particle, the name is the rest ("de Vries" keeps it); and a
        # German narrative's look-back takes the capitalised nouns before it ("Eignung des Konzepts von Horn")
        for lead in ends:
            rest = cit.authors[0][lead:]
            people = _AND_RE.split(rest) if len(cit.authors) == 1 else [rest]  # "Horn und Fleige": read whole before
            if _known(index, people[0]):
                cit = copy.copy(cit)
                cit.authors = [*people, *cit.authors[1:]]
                break
    if cit.authors and _CJK_RUN.search(cit.authors[0]) and not _known(index, cit.authors[0]):
        # Chinese and Japanese print no space before a name: "而朱晟君等(2018)", "正如Storper(1997)" - the name is
        # the run's Latin tail or its last two to four characters
        lead = cit.authors[0]
        tails = [m.group(0)] if (m := re.search(r"[A-Za-z][\w'’-]+$", lead)) else [lead[-k:] for k in (3, 2, 4)]
        if (tail := next((t for t in tails if _known(index, t)), None)):
            cit = copy.copy(cit)
            cit.authors = [tail, *cit.authors[1:]]
    if cit.authors:
        exact, short = ev.name_candidates(index, cit.authors[0])
        if not exact and not short and aliases:
            exact = set(aliases.get(nm.fold(cit.authors[0]).replace(".", ""), set()))
        for k in cit.hints:
            if k.startswith("aka:") and not exact:
                exact, short = ev.name_candidates(index, k[4:])

    if cit.authors and not (short and not exact):
        exact |= index.by_raw_lead(cit.authors[0])
    if cit.authors and not exact and not short and _MEDLINE.fullmatch(cit.authors[0]):
        exact, short = ev.name_candidates(index, cit.authors[0].split()[0])  # "Galloway GP": family, initials
    if cit.authors and not exact and not short:
        # "(Fernandes, Barichello et Rocha, 2023)": people printed given names first, misread by the parser; a
        # last resort, so only an entry of the cited year (another work of a same-named first author is no
        # evidence that the cited one is listed)
        # ("小杉・堀 2006": Japanese joins people with a middle dot, and the first leads)
        cjk = index.by_cjk_name(cit.authors[0].split("・")[0])
        exact = {i for i in index.by_natural_order(cit.authors, cit.et_al) | cjk
                 if cit.year and (refs[i].fields.year or "")[:4] == cit.year[:4]}
    by_title = False
    if not exact and not short and cit.title:
        # APA moves a title to the author's place when there is no author: ("Pollinator," n.d.) cites
        # "Pollinator. (n.d.). In Merriam-Webster ...".
        exact = index.by_title(cit.title) or (index.by_raw_lead(cit.title) if not cit.authors else set())
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
        cands = ev.initials_narrow(index, ev.authors_narrow(index, set(pool), cit), cit)
        if not by_title:
            cands = ev.title_narrow(index, cands, cit.title)
        people = {nm.fold(p.sort_name) for i in cands for p in refs[i].fields.authors}
        if not by_title and not cit.title and len(cit.authors) > 1 and len(cands) > 1 \
                and not any(nm.fold(a) in p for p in people for a in cit.authors[1:]):
            # MLA's short title with commas in it read as co-authors: "(Danticat, Breath, Eyes, Memory 156)"
            cands = ev.title_narrow(index, cands, " ".join(cit.authors[1:]))
        fitting = {i for i in cands if ev.year_fits(refs[i].fields.year, cit.year)
                   or cit.year in ev.first_and_reprint_years(refs[i].raw)
                   or ev.unparsed_year_fits(refs[i].fields.year, refs[i].raw, cit.year)}
        if not fitting:
            # "(Platnick 2012)" for "Platnick NI (2001–2012) The World Spider Catalog": only when no entry
            # has the year itself (a range read elsewhere in an entry must not make two entries fit)
            fitting = {i for i in cands if ev.range_year_fits(refs[i].fields.year, refs[i].raw, cit.year)}
        if not fitting:
            # The parser may have taken the year from a title ("... Web of Science (2017)"): a
            # year the entry prints is no year-mismatch.
            fitting = {i for i in cands if ev.printed_year_fits(refs[i].raw, cit.year)}
        if fitting:
            if by_title and len(fitting) > 1:  # of the works that fit, the one whose whole title is cited
                fitting = _whole_title(index, fitting, cit.title or cit.authors[0])
            fitting = ev.one_per_work(index, ev.exact_letter(index, fitting, cit.year))
            fitting = ev.case_narrow(index, ev.count_narrow(index, fitting, cit), cit)
            if len(fitting) == 1:
                only = next(iter(fitting))
                second = ev.second_author_slip(index, only, cit)
                if second is not None:
                    return Match("name-mismatch", [], suggestions=[only], variant=second)
                return Match("ok", [only], variant=ev.variant(cit, refs[only].fields.authors))
            return Match("ambiguous", sorted(fitting))
        undated = {i for i in cands if refs[i].fields.year is None and not ev.prints_a_year(refs[i].raw)}
        if len(cands) == 1 and undated:
            # "Ogata & Gomes (2006)" for an entry that prints no year at all: the list lacks the
            # year (an entry problem); nothing says the citation's year is wrong.
            return Match("ok", sorted(undated))
        if pool is exact and short:
            # "(United Nations, 2009)" may mean "United Nations Office on Drugs and Crime (2009)".
            alt = {i for i in short if ev.year_fits(refs[i].fields.year, cit.year)}
            if len(alt) == 1:
                return Match("ok", sorted(alt))
        if by_title and not cit.title and not any(ev.names_main_title(index, i, cit.authors[0]) for i in cands):
            return Match("unresolved")  # a title's first words and another year: not evidence of this work
        if ev.co_author_fits(index, cit, cands):
            return Match("unresolved")
        if (cit.et_al and all(ev.name_count(refs[i]) == 1 for i in cands)) or (
                len(cit.authors) == 2 and not cit.et_al and all(ev.name_count(refs[i]) >= 3 for i in cands)):
            # "Howard et al. 1989" beside "Howard V (2005)": another year and one author, not three; "Both & Visser
            # 2001" beside "Both C, Bouwhuis S, Lessells CM, Visser ME. 2006": two authors, not four. The cited
            # work is not listed (a year-mismatch would point at a work the citation does not describe)
            return Match("no-entry", [], suggestions=ev.by_year_closeness(index, cands, cit.year))
        return Match("year-mismatch", [], suggestions=ev.by_year_closeness(index, cands, cit.year))
    if not cit.authors and not cit.title:
        return Match("unresolved")
    query = cit.authors[0] if cit.authors else cit.title or ""
    # "Murraay DT", "C. Ghizonni": a family name's spelling is compared without the initials around it
    query = _INITIALS_AROUND.sub("", query).strip() or query
    fuzzy = index.fuzzy(query)
    fits = [i for _, i in fuzzy if ev.year_fits(refs[i].fields.year, cit.year)]
    # "Podle Bernta (2016)", "Brymans (2016)", Polish "Według Roberta Putnama (1995)", "tezą Batorskiego (2015)": a
    # case ending on the entry's name (and on the given name before it), which fuzzy retrieval may miss
    last = query.split()[-1] if query.split() else query
    if cit.kind == "narrative" and len(inflected := [i for i, r in enumerate(refs) if inflected_name(last, r)
                                                     and ev.year_fits(r.fields.year, cit.year)]) == 1:
        return Match("ok", inflected)
    if fits:
        return Match("name-mismatch", [], suggestions=fits)
    return Match("no-entry", [], suggestions=[i for _, i in fuzzy])
