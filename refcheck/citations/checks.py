"""Cross-check citations against the reference list and report like a compiler.

Each finding says what is wrong and what to do. A correct citation produces
nothing; tentative citations (a lone locator, an unsure narrative mention, a
numeric bracket in a non-numeric paper) are tied to an entry when the sentence
makes it clear and otherwise dropped, never reported.
"""

from __future__ import annotations

import copy

from refcheck._record import Record
from refcheck.citations.hints import (
    GROUP,
    LINK_ONLY,
    NEAR_AUTHOR,
    ORG_LEAD,
    RUNNING,
    SUBJECT_OF,
    TENTATIVE,
    UNSURE,
)
from refcheck.citations.numbered import match_number, past_the_end_of_a_citing_group
from refcheck.findings.build import finding, sort_findings
from refcheck.matching import names as nm
from refcheck.matching.decide import Match, Outcomes, match_citation
from refcheck.matching.evidence import abbreviation_candidates, name_candidates, year_fits
from refcheck.matching.index import ReferenceIndex
from refcheck.model import Citation, Finding, Reference


def _finding(code: str, cit: Citation | None, message: str, *, ref: Reference | None = None,
             suggestions: list[str] | None = None) -> Finding:
    """Every citation message reads "what is wrong; what to do": the second half is also the
    finding's own ``fix``."""
    where = cit if cit is not None else ref
    assert where is not None
    fix = message.rsplit("; ", 1)[1] if "; " in message else None
    return finding(code, where.line, where.column, message, fix=fix, citation=cit.id if cit else None,
                   reference=ref.id if ref else None, suggestions=suggestions or [])


# When more than this share of a list of at least this many entries, and more than this many entries, are
# uncited, the citations were not read (an unread style or form), so no entry is reported uncited. Authors
# leave one or two works uncited, rarely more: at their first runs, the dev halves of blind sets 52-63 had 17
# true uncited findings, at most two a paper and never over 30% of a list, and 52 false ones, 21 of them
# in one paper whose citations were not read (45% of its list); a real article of the dev half with three
# planted and two false (5 of 15, 33%) keeps its findings.
MAX_UNCITED_SHARE = 0.4
MAX_UNCITED_ALWAYS_REPORTED = 3
MIN_LIST_FOR_COVERAGE = 6
# Likewise, when at least this many citations, and this share of all, have no entry, the list was not read whole
# (entries run together, a layout not known): over the dev halves of every blind set and the real articles, the
# papers with 5 or more no-entry findings at a share of 0.3 or more had none planted (8, 10 and 12 false ones: a
# two-column list, a lettered list, a German list read as 6 entries), while planted ones never passed 0.12.
MAX_NO_ENTRY_ALWAYS_REPORTED = 4
MAX_NO_ENTRY_SHARE = 0.3


class CitationCheck(Record):
    """What checking the citations of one document gives back: the citations kept (tentative
    ones nothing tied to an entry are dropped, ids renumbered c1, c2, ...; each with its
    ``references``), the findings in document order, and how many matches ended in each
    outcome."""

    __slots__ = ("citations", "findings", "outcomes")
    citations: list[Citation]
    findings: list[Finding]
    outcomes: Outcomes

    def __init__(self, citations: list[Citation], findings: list[Finding], outcomes: Outcomes) -> None:
        self.citations = citations
        self.findings = findings
        self.outcomes = outcomes


def check_citations(citations: list[Citation], references: list[Reference], has_list: bool,
                    cited: frozenset[str] = frozenset()) -> CitationCheck:
    """Match every citation to the list and report; the citations given are not changed. ``cited``:
    ids of entries another reader (the notes) already found cited, so they are not ``uncited``."""
    index = ReferenceIndex(references) if has_list and references else None
    findings: list[Finding] = []
    results: list[Match | None] = []
    outcomes = Outcomes()
    citations = [copy.copy(c) for c in citations]
    aliases = _defined_aliases(index, citations) if index is not None else {}
    for cit in citations:
        results.append(_resolve(index, cit, results, aliases) if index is not None else None)
    keep: list[tuple[Citation, Match | None]] = []
    quiet: set[int] = set()  # entries a running-text name may mean: not cited for sure, not uncited either
    cited_groups = {h for cit, res in zip(citations, results, strict=True) if res is not None and res.status == "ok"
                    for h in cit.hints if h.startswith(GROUP)}
    for cit, res in zip(citations, results, strict=True):
        tentative = TENTATIVE in cit.hints and not past_the_end_of_a_citing_group(index, cit, res, cited_groups)
        kept = ("ok", "name-mismatch", "ambiguous") if NEAR_AUTHOR in cit.hints else ("ok", "name-mismatch")
        if LINK_ONLY in cit.hints:
            kept = ("ok",)
        running = RUNNING in cit.hints
        if running:  # "Hotez reported": never ambiguous (the parenthesis after it may tell the works apart)
            kept = ("ok", "name-mismatch") if tentative else ("ok", "name-mismatch", "no-entry")
        if (tentative or running) and (index is None or res is None or res.status not in kept):
            if res is not None and res.status == "ambiguous" and (running or LINK_ONLY in cit.hints):
                quiet.update(res.refs)
            outcomes["dropped"] += 1
            continue
        if UNSURE in cit.hints and res is not None and res.status == "no-entry":
            outcomes["dropped"] += 1  # a common word before a year, and no entry near it
            continue
        outcomes.add(res)
        keep.append((cit, res))
    citations = [c for c, _ in keep]
    for i, cit in enumerate(citations, start=1):
        cit.id = f"c{i}"
        cit.hints = []
    counted = [c for c in citations if c.kind not in ("personal", "note")]  # notes need no list (Chicago)
    if not has_list or not references:
        for cit in citations:
            if cit.malformed:
                findings.append(_finding("malformed-citation", cit, _malformed_message(cit)))
        if counted and not has_list:
            first = counted[0]
            findings.append(_finding(
                "no-reference-list", first,
                f"the text cites {len(counted)} source{'s' if len(counted) != 1 else ''} but has no reference "
                "list; add a References (or Works Cited) section with an entry for each"))
        return CitationCheck(citations, _ordered(findings), outcomes)
    assert index is not None
    pointed: set[int] = {i for i, ref in enumerate(references) if ref.id in cited} | quiet
    keep = _other_years_beside(keep, outcomes)
    for cit, res in keep:
        if res is None:
            continue
        cit.references = [references[i].id for i in res.refs] if res.status == "ok" else []
        pointed.update(res.refs)
        pointed.update(res.suggestions if res.status in ("name-mismatch", "ambiguous", "year-mismatch") else [])
        if res.status == "ambiguous":
            pointed.update(res.refs)
        if cit.malformed:
            findings.append(_finding("malformed-citation", cit, _malformed_message(cit)))
        findings.extend(_report(index, cit, res))
    # A work listed twice is cited through its first copy, and the copy is a duplicate-entry, not
    # uncited, when no citation could tell the two apart (same number or none, same year and letter):
    # any citation of the work fits it. A copy with its own number or year letter is an entry of
    # its own that no citation reaches.
    cited_as = {_cited_as(index, i) for i in pointed} - {None}
    uncited = [ref for i, ref in enumerate(references)
               if i not in pointed and _cited_as(index, i) not in cited_as
               and (ref.fields.authors or ref.fields.editors or ref.fields.title)]
    if uncited and not cited:  # (a notes paper keeps reporting the copy: its notes name each work in full)
        twins = _twins_of_cited(index, pointed)
        uncited = [ref for ref in uncited if ref.id not in twins]
    missing = [f for f in findings if f.code == "no-entry"]
    if len(missing) > MAX_NO_ENTRY_ALWAYS_REPORTED and len(missing) >= MAX_NO_ENTRY_SHARE * len(counted):
        outcomes["no-entry-withheld"] += len(missing)
        findings = [f for f in findings if f.code != "no-entry"]
    if len(references) >= MIN_LIST_FOR_COVERAGE \
            and len(uncited) > max(MAX_UNCITED_ALWAYS_REPORTED, MAX_UNCITED_SHARE * len(references)):
        # Most of the list "never cited" means the text cites in a form not read here (superscripts,
        # notes), not that the author listed works they never used: say nothing rather than be wrong.
        outcomes["uncited-withheld"] += len(uncited)
        uncited = []
    for ref in uncited:
        findings.append(_finding(
            "uncited", None, f"entry {_q(nm.reference_display(ref))} is never cited in the text; "
            "cite it where it is used or remove it", ref=ref))
    return CitationCheck(citations, _ordered(findings), outcomes)


def _twins_of_cited(index: ReferenceIndex, pointed: set[int]) -> set[str]:
    """Ids of entries that repeat a cited entry (the duplicate-entry check's own test: one copy kept its
    DOI, the other lost it) and that no citation could tell apart from it (same label, same year)."""
    from refcheck.matching.evidence import printed_work
    from refcheck.same_work import duplicate_pairs

    refs = index.refs
    out: set[str] = set()
    printed = {key: i for i in pointed if (key := printed_work(refs[i])) is not None}
    pairs = [(printed[key], j) for j, r in enumerate(refs) if j not in pointed
             and (key := printed_work(r)) is not None and key in printed]
    for i, j in duplicate_pairs(refs, parsed=True) + pairs:
        for a, b in ((i, j), (j, i)):
            if a in pointed and b not in pointed and str(refs[a].label or "") == str(refs[b].label or "") \
                    and (refs[a].fields.year or "") == (refs[b].fields.year or ""):
                out.add(refs[b].id)
    return out


def _cited_as(index: ReferenceIndex, i: int) -> tuple | None:
    """What a citation of entry i can say about it: its work, number or label, and year with letter."""
    root = index.copy_of(i)  # a copy the duplicate-entry check reports is its first entry's work
    ident = index.identities[root] or (("entry", root) if root != i else None)
    if ident is None:
        return None
    ref = index.refs[i]
    return ident, str(ref.label or ""), ref.fields.year or ""


def _ordered(findings: list[Finding]) -> list[Finding]:
    return sort_findings(findings)


def _q(s: str) -> str:
    return f"\"{s}\""


def _defined_aliases(index: ReferenceIndex, citations: list[Citation]) -> dict[str, set[int]]:
    """Abbreviations the text defines in a citation: "(World Health Organization [WHO], 2020)"."""
    out: dict[str, set[int]] = {}
    for cit in citations:
        for k in cit.hints:
            if k.startswith("aka:"):
                res = match_citation(index, cit)
                # the body's every work: "[USDA NASS], 2019" defines "(USDA NASS, 2022)"; and when the defining
                # citation fits two of its works, "(CONAGUA, 2020)" later fits them as well
                if res.status in ("ok", "ambiguous"):
                    bodies = {_first_author(index.refs[i]) for i in res.refs} - {""}
                    out.setdefault(nm.fold(k[4:]).replace(".", ""), set()).update(
                        res.refs, (j for j, ref in enumerate(index.refs) if _first_author(ref) in bodies))
    return out


def _first_author(ref: Reference) -> str:
    first = ref.fields.authors[0] if ref.fields.authors else None
    return nm.fold(first.literal or first.family or "") if first is not None else ""


def _resolve(index: ReferenceIndex, cit: Citation, done: list[Match | None],
             aliases: dict[str, set[int]]) -> Match | None:
    if cit.kind == "personal":
        return None
    if cit.kind == "numeric":
        return match_number(index, cit)
    if cit.kind == "locator":
        return _tie_locator(index, cit, done)
    res = match_citation(index, cit, aliases)
    if res.status == "no-entry" and cit.kind == "narrative":
        res = _author_named_before(index, cit) or res
    if TENTATIVE in cit.hints and (NEAR_AUTHOR in cit.hints or RUNNING in cit.hints) \
            and res.status in ("name-mismatch", "ambiguous"):
        if res.status == "name-mismatch" and cit.title and not _title_fits(index, res.suggestions, cit.title):
            return Match("unresolved")  # "(Lund, Sweden)" is not Lung's work: the title says otherwise
        return res  # MLA "(Ruthland)" for Rutland, "(Buckley)" for two: names an author of this paper
    if TENTATIVE in cit.hints and res.status == "name-mismatch" and _co_authors_fit(index, cit, res.suggestions):
        return res  # "Ensruud, Ewing, Stone, Cauley, & Bowman (2003)": the entry's co-authors and year, one misspelt
    if TENTATIVE in cit.hints and res.status not in ("ok",):
        # An unsure narrative mention: the name may be a title's words or a place.
        if cit.authors:
            by_title = index.by_title(cit.authors[0], contains=True)
            fitting = [i for i in by_title if year_fits(index.refs[i].fields.year, cit.year)]
            if len(fitting) == 1:
                return Match("ok", fitting)
        tied = _tie_context(index, cit)
        if tied is not None:
            return tied
        return res if res.status == "ambiguous" and LINK_ONLY in cit.hints else Match("unresolved")
    return res


def _title_fits(index: ReferenceIndex, cands: list[int], title: str) -> bool:
    """Is the short title the opening (articles aside) or a phrase of one of these entries' titles?"""
    return bool(set(cands) & (index.by_title(title, contains=True) | index.by_title(title)))


def _tie_locator(index: ReferenceIndex, cit: Citation, done: list[Match | None]) -> Match:
    for k in cit.hints:
        if k.startswith("prev:"):
            j = int(k[5:])
            if j < len(done) and done[j] is not None and done[j].status == "ok":  # type: ignore[union-attr]
                return Match("ok", list(done[j].refs))  # type: ignore[union-attr]
            return Match("unresolved")
    tied = _tie_context(index, cit)
    if tied is not None:
        return tied
    # "According to Mendolson, ... (p.47)": a misspelt name in the signal phrase.
    for k in cit.hints:
        if k.startswith("sig:"):
            name = k[4:]
            exact, short = name_candidates(index, name)
            if exact or short:
                return Match("unresolved")
            fuzzy = [i for s, i in index.fuzzy(name) if s >= 85]
            if fuzzy and len(nm.words(name)) == 1:
                cit.authors = [name]
                return Match("name-mismatch", suggestions=fuzzy)
    return Match("unresolved")


def _author_named_before(index: ReferenceIndex, cit: Citation) -> Match | None:
    """"Luciano de su maestro Demonacte (1981)": Demonacte has no entry, but the one entry by
    Luciano dated 1981 is the work cited; any other reading keeps the no-entry."""
    hits: set[int] = set()
    bodies: set[int] = set()
    for k in cit.hints:
        if k.startswith(SUBJECT_OF):
            exact, _ = name_candidates(index, k[len(SUBJECT_OF):])
            hits |= {i for i in exact if index.refs[i].fields.year == cit.year}
        elif k.startswith(ORG_LEAD):  # "European Commission, Joint Research Centre (2020)": the whole name
            bodies |= set(index.by_raw_lead(k[len(ORG_LEAD):]))
            hits |= {i for i in bodies if year_fits(index.refs[i].fields.year, cit.year)}
    if not hits and len(bodies) == 1 and cit.year:
        return Match("year-mismatch", suggestions=sorted(bodies))  # the one entry of that whole name, another year
    return Match("ok", sorted(hits)) if len(hits) == 1 else None


def _tie_context(index: ReferenceIndex, cit: Citation) -> Match | None:
    """The one entry named in this sentence (or the one before), if exactly one fits."""
    years = [k[3:] for k in cit.hints if k.startswith("yr:")]
    if cit.year:
        years = [cit.year]
        near = next((k[5:] for k in cit.hints if k.startswith("near:")), None)
        if near is not None:
            # "Sandwith (1930: 471)", "Pellegr. (1920: 654)": the name right before the year, whole
            # or abbreviated as botanists do, and the year exact.
            exact, short = name_candidates(index, near.rstrip("."))
            hits = (exact or short) or abbreviation_candidates(index, near)
            hits = {i for i in hits if index.refs[i].fields.year == cit.year}
            if len(hits) == 1:
                return Match("ok", sorted(hits))
    for prefix in ("ctx:", "ctx2:"):
        hits: set[int] = set()
        for k in cit.hints:
            if not k.startswith(prefix):
                continue
            exact, short = name_candidates(index, k[len(prefix):])
            hits |= exact or short
        if not hits:
            continue
        if years:
            narrowed = {i for i in hits if any(year_fits(index.refs[i].fields.year, y) for y in years)}
            hits = narrowed or (hits if not cit.year else set())
        if len(hits) == 1:
            return Match("ok", sorted(hits))
        return None
    return None


def _malformed_message(cit: Citation) -> str:
    why = cit.malformed or "garbled citation"
    if why.startswith("unclosed quotation"):
        return f"unclosed quotation mark in ({cit.text}); close it: (“{cit.title}”)"
    if why.startswith("unclosed parenthesis"):
        return f"{why}; close it, e.g. ({cit.text})"
    if why.startswith("unopened parenthesis"):
        return f"{why}; open it, e.g. ({' '.join(cit.text.split())})"
    return why


def _other_years_beside(keep: list[tuple[Citation, Match | None]],
                        outcomes: Outcomes) -> list[tuple[Citation, Match | None]]:
    """"(Poplack 1980, Poplack 1993)" with only the 1980 work listed: the other year is another work of the author,
    missing from the list (no-entry), not a wrong year for the work cited right beside it (year-mismatch)."""
    ok = [(c, set(r.refs)) for c, r in keep if r is not None and r.status == "ok" and c.authors
          and c.kind == "parenthetical"]
    out: list[tuple[Citation, Match | None]] = []
    for cit, res in keep:
        # (the two side by side in one bracket: the other ends where this one's separator starts)
        if res is not None and res.status == "year-mismatch" and cit.authors and cit.kind == "parenthetical" and any(
                other.line == cit.line and 0 < cit.column - other.column - len(other.text) <= 3
                and refs & set(res.suggestions) and nm.fold(other.authors[0]) == nm.fold(cit.authors[0])
                for other, refs in ok):
            res = Match("no-entry", suggestions=res.suggestions)
            outcomes["year-mismatch"] -= 1
            outcomes.add(res)
        out.append((cit, res))
    return out


def _report(index: ReferenceIndex, cit: Citation, res: Match) -> list[Finding]:
    refs = index.refs
    sugg = [refs[i].id for i in res.suggestions]
    shown = _q(cit.text)
    if res.status == "ok":
        if res.variant:
            return [_finding("name-variant", cit,
                             f"{shown} matches {_q(nm.reference_display(refs[res.refs[0]]))} only up to accents; "
                             f"spell it \"{res.variant}\" as in the entry",
                             suggestions=[refs[res.refs[0]].id])]
        return []
    if res.status == "ambiguous":
        options = [refs[i] for i in res.refs]
        listed = "; ".join(_q(_entry_label(r)) for r in options[:4])
        if cit.year:
            base = (cit.year or "")[:4]
            letters = ", ".join(f"{base}{chr(97 + k)}" for k in range(min(len(options), 4)))
            how = f"label the entries {letters} in the list and cite the one meant, or add a short title"
        elif not cit.authors:
            how = "add the author or the site's name to tell them apart"
        else:
            how = "add a short title to tell them apart, e.g. (" + \
                f"{cit.authors[0] if cit.authors else ''}, “{_short_title(options[0])}”" + \
                (f" {cit.locator}" if cit.locator else "") + ")"
        return [_finding("ambiguous", cit, f"{shown} fits {len(options)} entries ({listed}); {how}",
                         suggestions=[r.id for r in options])]
    if res.status == "year-mismatch":
        best = refs[res.suggestions[0]] if res.suggestions else None
        if best is None:
            return []
        return [_finding("year-mismatch", cit,
                         f"{shown}: the entry {_q(nm.reference_display(best))} is dated {best.fields.year or 'n.d.'}, "
                         f"not {cit.year}; correct the year in the text or in the list", suggestions=sugg)]
    if res.status == "name-mismatch" and cit.kind == "numeric":
        entry = refs[res.refs[0]]
        fix = (f"did you mean [{refs[res.suggestions[0]].label or res.suggestions[0] + 1}] "
               f"{_q(nm.reference_display(refs[res.suggestions[0]]))}?" if res.suggestions
               else "correct the name or the number")
        return [_finding("name-mismatch", cit,
                         f"{shown}: entry [{entry.label or res.refs[0] + 1}] is {_q(nm.reference_display(entry))}, "
                         f"not {cit.authors[0]}; {fix}", ref=entry, suggestions=sugg)]
    if res.status == "name-mismatch":
        best = refs[res.suggestions[0]]
        name = res.variant or (cit.authors[0] if cit.authors else (cit.title or cit.text))
        return [_finding("name-mismatch", cit,
                         f"\"{name}\" has no entry; did you mean {_q(nm.reference_display(best))}?",
                         suggestions=sugg)]
    if res.status == "no-entry" and cit.text.startswith("[^"):  # a Markdown footnote call (citations.footnotes)
        return [_finding("no-entry", cit, f"footnote {cit.text} is called but never defined; add its definition "
                         f"(\"{cit.text}: ...\") or correct the call")]
    if res.status == "no-entry":
        extra = ""
        if res.suggestions:
            extra = f" (closest by name: {_q(nm.reference_display(refs[res.suggestions[0]]))}, another year)"
        return [_finding("no-entry", cit, f"{shown} has no entry in the reference list{extra}; "
                         "add the entry or correct the citation", suggestions=sugg)]
    return []


def _entry_label(ref: Reference) -> str:
    title = _short_title(ref)
    base = nm.reference_display(ref)
    return f"{base} “{title}”" if title and not base.startswith("“") else base


def _short_title(ref: Reference) -> str:
    ws = (ref.fields.title or "").strip(" .").split()
    return " ".join(ws[:4]) + ("…" if len(ws) > 4 else "")


def _co_authors_fit(index: ReferenceIndex, cit: Citation, suggestions: list[int]) -> bool:
    """Three or more names printed as the one suggested entry lists them, in its order and with its year,
    all but one alike: the citation is that entry's, with one name misspelt."""
    if len(cit.authors) < 3 or len(suggestions) != 1 or cit.et_al:
        return False
    ref = index.refs[suggestions[0]]
    families = [nm.fold(a.family or a.literal or "") for a in ref.fields.authors]
    printed = [nm.fold(a) for a in cit.authors]
    if len(families) != len(printed) or (ref.fields.year or "")[:4] != (cit.year or "")[:4]:
        return False
    return sum(f == p for f, p in zip(families, printed, strict=True)) == len(printed) - 1

