"""Notes-bibliography papers (Chicago notes, Turabian, MHRA, OSCOLA-like): citations live in numbered notes.

A note is a paragraph opening with its number, "1. John Smith, Title (City: Publisher, 1999), 45.", "[2]
Smith, Title, 47." (pandoc's plain writer), "[^4]: Smith, Title." (Markdown, and the PDF reader's
footnotes) or "3 Ibid., 50.", in a run numbered 1, 2, 3, ... at the foot or end of the text. Each work a
note names (";" separates several) is one citation of kind "note"; "Ibid."/"Id." repeats the work before
it. A note is matched to its bibliography entry by the author's family name and the title's words, the
way a reader does; the year, when the note prints one, is checked against the entry's.

Findings, only where the evidence is plain: ``no-entry`` for a note naming an author and a title that
no entry shares, ``name-mismatch`` when the title matches an entry whose author is spelled almost the
same, ``year-mismatch`` when the note's one publication year differs from the matched entry's. An
entry no note cites is ``uncited`` (checks.py). Notes with no bibliography are allowed (Chicago).
"""

from __future__ import annotations

import re

from refcheck.citations import note_findings as nf
from refcheck.citations.note_parts import GERMAN_QUOTES_RE, QUOTED_RE, named_years, wrapped
from refcheck.citations.note_parts import author_date as read_author_date
from refcheck.citations.note_parts import parts as note_parts
from refcheck.citations.note_parts import words as word_set
from refcheck.citations.note_parts import work as read_work
from refcheck.citations.note_runs import MIN_RUN, find_notes
from refcheck.document import Document
from refcheck.model import Citation, Finding, RawEntry, Reference
from refcheck.style import NOTES_STYLE
from refcheck.text.fold import fold
from refcheck.text.patterns import CAPS, ET_AL_RE, is_legal

# "Ibid.", "Ibid., 50", "Ibid., p. 50" (French, German "S. 50"), "Ibidem", Spanish "Ibíd.", German "Ebd.", "Id.",
# Italian "Ivi, p. 45", Polish "Tamże, s. 12", Dutch "Aldaar", Bluebook's "Id. at 415 (Sotomayor, J., concurring)."
_IBID_RE = re.compile(r"^(?:ibid(?:em)?|ibíd(?:em)?|íd|id|ebd|ebenda|ivi|tamże|aldaar)\.?(?:,?\s*(?:at\s+)?(?P<page>"
                      r"(?:(?:pp?|s|fols?|cols?)\.\s*)?\d[\d–-]*[rv]?))?(?:\s\([^()]{1,80}\))?\.?$", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_PUB_YEAR_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)[a-z]?\)|\((?:[^()]{0,80}?,\s)?(1[5-9]\d\d|20\d\d)[a-z]?\)")
# OSCOLA cites again by the note that cited first: "Campbell (n 2) [14].", "Warby and Moreham (n 10) para 5.01."
_NOTE_XREF_RE = re.compile(r"^[^()]{1,120}?(?:\s\(n\s?(?P<n>\d{1,3})\)|,?\s+supra\s+note\s+(?P<supra>\d{1,3}),?)"
                           r"\s*(?:at\s+)?(?P<at>.{0,60}?)\.?$")  # and Bluebook's "Kim, supra note 3, at 709"
_TITLE_FACTS = re.compile(r"^([^,()“”\"]{2,200}?)\s\([^()]{0,120}\d{4}\)\.?$")


def cites_in_notes(doc: Document) -> bool:
    """A paper with no reference list whose numbered notes name works ("1. J B Gross and H Wilkens, “Albinism
    ...,” Heredity 111 (2013): 122–30."): Chicago allows notes without a bibliography."""
    notes = find_notes(doc.text)
    worklike = sum(1 for n in notes if any(read_work(p) is not None or _IBID_RE.match(p) or read_author_date(p)
                                           for p in note_parts(n.text)))
    return len(notes) >= MIN_RUN and worklike >= 0.5 * len(notes)


def split_notes(doc: Document, entries: list[RawEntry]) -> tuple[list[RawEntry], str | None]:
    """(entries without the notes, "chicago-notes" or None).

    Notes printed with the bibliography ("[1] Smith, Title, 45." after the list) are not entries. A paper
    cites in notes when numbered notes sit beside an unnumbered list and name its works."""
    notes = find_notes(doc.text)
    if len(notes) < MIN_RUN:
        return entries, None
    note_lines = {doc.position(n.start)[0] for n in notes}
    listed = [e for e in entries if e.line not in note_lines and not e.label]
    if len(listed) < 2:
        return entries, None
    keys = [_entry_key(e.text) for e in listed]
    tables = [fold(e.text) for e in listed if is_legal(e.text)]

    def tabled(part: str) -> bool:  # a case or statute the paper's table of cases or legislation lists
        name = _case_name(part)
        return is_legal(part) and len(name) >= 6 and any(t.startswith(name) for t in tables)

    named = sum(1 for n in notes if any(_names_listed(part, keys) or tabled(part) for part in note_parts(n.text)))
    worklike = sum(1 for n in notes if any((read_work(p) is not None and not is_legal(p)) or _IBID_RE.match(p)
                                           or read_author_date(p) for p in note_parts(n.text)))
    if named < 2 or named < 0.3 * max(1, worklike):
        return entries, None
    return [e for e in entries if e.line not in note_lines], NOTES_STYLE


_LEAD_INITIALS_RE = re.compile(r"^(?:[" + CAPS + r"]\.\s?(?:-\s?[" + CAPS + r"]\.\s?)?){1,4}\s*"
                               r"(?=[" + CAPS + r"][\w'’-])")


# The names end at a comma, a slash or a full stop that closes no initial ("Athanassios C. TSIKLIRAS / ...").
_KEY_END_RE = re.compile(r"[,/]|(?<!\b[" + CAPS + r"])\.")


def _entry_key(raw: str) -> tuple[str, set[str]]:
    """(first author's family, folded; the entry's significant words)."""
    # GRUR's "Burton/Aryani/..., Title"; initials first: "P. J. DENDEK – A. CZECZKO, Content ..." (JÖB); an et al.
    # in any language after the names: "Ana Margarida FORTES u. a., Transcriptional ..." (Historio+)
    lead = ET_AL_RE.sub(",", _LEAD_INITIALS_RE.sub("", raw), count=1)
    family = fold(_KEY_END_RE.split(lead, maxsplit=1)[0]).strip()
    return family, word_set(raw)


def _names_listed(part: str, keys: list[tuple[str, set[str]]]) -> bool:
    ad = read_author_date(part)
    work = (ad[0], "", None) if ad is not None else read_work(part)
    if work is None:
        return False
    families, title, _ = work
    tw = word_set(title)
    if not families:  # a title alone ("“Regulatory B Cells in Vasculitis,” J Immunol ..."): the text names the author
        return len(tw) >= 3 and any(len(tw & words) >= 0.8 * len(tw) for _fam, words in keys)
    # the key is the entry's text up to its first stop or comma: "Smith", "van der Pluijm", or "RENEAR A" when
    # the initials follow the family (Archéologie médiévale's "RENEAR A. et CHOI Y.2005")
    return any(any(f == fam or fam.endswith(" " + f) or fam.startswith(f + " ") for f in families)
               and (not tw or len(tw & words) >= 0.5 * len(tw)) for fam, words in keys)


def note_citations(doc: Document) -> list[Citation]:
    """One citation per work a note names, in note order; "Ibid." carries the previous work's text."""
    out: list[Citation] = []
    text = GERMAN_QUOTES_RE.sub(r"“\1”", doc.text) if "„" in doc.text else doc.text  # same length: same places
    notes = find_notes(text)
    for k, note in enumerate(notes):
        body = wrapped(text, note.start, text.rfind("\n", 0, notes[k + 1].start) if k + 1 < len(notes) else len(text))
        for part in note_parts(body):
            at = text.find(part, note.start, note.start + len(body) + 1)
            at = note.start if at < 0 else at
            line, col = doc.position(at)
            if (xref := _NOTE_XREF_RE.match(part)) is not None:  # OSCOLA's "Campbell (n 2) [14]": the work of note 2
                out.append(Citation(id="", line=line, column=col, text=part, kind="note", keys=[str(note.number)],
                                    locator=xref["at"], hints=[f"note {xref['n'] or xref['supra']}"]))
                continue
            if (ibid := _IBID_RE.match(part)) is not None:
                out.append(Citation(id="", line=line, column=col, text=part, kind="note", keys=[str(note.number)],
                                    locator=ibid.group("page"), hints=["ibid"]))
                continue
            if cited := named_years(part):  # the CAE's "Fack (2005), p. 33. Voir aussi Fack (2006) ..."
                out += [Citation(id="", line=line, column=col, text=part, kind="note", keys=[str(note.number)],
                                 authors=families, title="", year=year) for families, year in cited]
                continue
            ad = read_author_date(part)
            if ad is not None:
                out.append(Citation(id="", line=line, column=col, text=part, kind="note", keys=[str(note.number)],
                                    authors=ad[0], title="", locator=ad[2], year=ad[1]))
                continue
            unclosed = part.count("“") == 1 and "”" not in part  # titles quoting titles are left alone
            # "Binswanger, “NRSF/REST Is Required in Vivo.": the title's closing quotation mark is missing
            work = read_work(part.rstrip(" .") + "”" if unclosed else part)
            facts = _TITLE_FACTS.match(part)
            if facts is not None:  # "Christine (New York: Viking Press, 1983).": a title alone, then its facts
                work = None
                part = facts.group(1)
            if work is None or (not work[0] and len(word_set(work[1])) < 2):
                # "On Individuality and Social Forms.", "Philosophical Investigations.", "“The Thought.”": a
                # title alone (the author is named in the text); linked only to the entry it names
                quoted = QUOTED_RE.match(part)  # "“El Hacedor,” in Of Obras Completas, vol. 2 (...)."
                if len(word_set(part)) >= 2 or ((quoted or facts) and word_set(part)):
                    out.append(Citation(id="", line=line, column=col, text=part, kind="note", keys=[str(note.number)],
                                        title=next(g for g in quoted.groups() if g) if quoted else part,
                                        hints=["loose"]))
                continue
            families, title, page = work
            years = {a or b for a, b in _PUB_YEAR_RE.findall(part)}
            out.append(Citation(id="", line=line, column=col, text=part, kind="note", keys=[str(note.number)],
                                authors=families, title=title, locator=page,
                                year=years.pop() if len(years) == 1 else None,
                                malformed="unclosed quotation mark" if unclosed else None))
    return out


def _ref_families(ref: Reference) -> list[str]:
    """Each author's family name, folded, and its last word ("van der Pluijm" is also "pluijm")."""
    names = ref.fields.authors or ref.fields.editors
    out: list[str] = []
    for n in names:
        family = fold(n.family or n.literal or "")
        if family:
            out.append(family)
            last = re.split(r"[\s-]+", family)[-1]
            if last != family:
                out.append(last)
    return out


def _title_overlap(title: str, ref: Reference) -> tuple[float, int]:
    """(share of the note title's words found in the entry's title, how many words the note title has)."""
    tw = word_set(title)
    if not tw:
        return 0.0, 0
    rw = word_set(ref.fields.title or ref.raw)
    return len(tw & rw) / len(tw), len(tw)


def _printed_in(title: str, ref: Reference) -> bool:
    tw = word_set(title)
    return bool(tw) and tw <= word_set(ref.raw)


def check_notes(notes: list[Citation], references: list[Reference]) -> tuple[list[Finding], set[str]]:
    """(findings, ids of the entries the notes cite); fills each note citation's ``references``."""
    findings: list[Finding] = []
    cited: set[str] = set()
    last: Reference | None = None
    linked: list[Reference] = []
    seen: list[tuple[set[str], Reference | None, str]] = []  # (a note's families, its entry or None if none, number)
    by_note: dict[str, Reference | None] = {}  # each note's first work, for "(n 2)"
    tables = [r for r in references if is_legal(r.raw)]  # a table of cases or legislation
    for cit in notes:
        xref = next((h[5:] for h in cit.hints if h.startswith("note ")), None)
        if "ibid" in cit.hints or xref is not None:
            last = by_note.get(xref) if xref is not None else last
            cit.references = [last.id] if last is not None else []
            cit.hints = []
            continue
        if is_legal(cit.text):  # a case or a statute: in the paper's table of them, if it has one
            last = _in_table(cit.text, tables)
            if last is not None:
                cited.add(last.id)
                cit.references = [last.id]
            elif tables:
                findings.append(nf.finding_for("no-entry", cit, f"note {cit.keys[0]} cites \"{cit.text[:80]}\", "
                                               "which the tables of cases and legislation do not list; add it there"))
            by_note.setdefault(cit.keys[0], last)
            cit.hints = []
            continue
        loose = "loose" in cit.hints
        cit.hints = []
        short = not loose and bool(cit.authors) and not cit.title
        before = next((s for s in reversed(seen) if s[0] & set(cit.authors)), None) if short else None
        if before is not None and before[1] is None:  # "Bi et al., 33." after a note on Bi's work no entry has
            findings.append(nf.finding_for("no-entry", cit, f"note {cit.keys[0]} cites \"{cit.text[:80]}\", the work "
                                           f"of note {before[2]}, which is not in the bibliography; add an entry for "
                                           "it or correct the note"))
            last = None
            continue
        ref, finding = (_loose_match(cit, references), None) if loose else _match(cit, references, linked)
        if cit.authors and (ref is not None or (finding is not None and finding.code == "no-entry")):
            seen.append((set(cit.authors), ref, cit.keys[0]))
        if ref is None and finding is None and not loose and cit.authors and not cit.title:
            ref = _cited_before(cit, linked)  # "BRASIL, 4." after a note on one of BRASIL's works: that work
        if finding is not None and not (finding.code == "no-entry" and is_legal(cit.text)):
            findings.append(finding)
        if cit.malformed and ref is not None:  # said only of a note whose work is known
            findings.append(nf.finding_for("malformed-citation", cit,
                                     f"note {cit.keys[0]} opens a quotation mark before \"{cit.title}\" and never "
                                     "closes it; close it after the title", ref))
        if ref is not None:
            cited.add(ref.id)
            cit.references = [ref.id] if finding is None or finding.code == "year-mismatch" else []
            linked.append(ref)
        last = ref
        by_note.setdefault(cit.keys[0], ref)
    return findings, cited


def _case_name(text: str) -> str:
    """A case's or statute's name as its table lists it first: "Campbell v MGN Ltd [2004] UKHL 22, ..." -> "campbell v
    mgn ltd" (folded), to be found at the start of "Campbell v MGN Ltd [2004] UKHL 22, [2004] 2 AC 457 ....... 1, 2"."""
    return fold(re.split(r"\s?[\[(,]", text, maxsplit=1)[0]).strip(" .")


def _in_table(text: str, tables: list[Reference]) -> Reference | None:
    """The entry of a table of cases or legislation that names the note's case or statute."""
    name = _case_name(text)
    numbers = set(_EU_CASE_NUMBER.findall(text))  # "Joined Cases C-293/12 & C-594/12" is listed with "and"
    parties = _parties(text)
    return next((r for r in tables if (len(name) >= 6 and fold(r.raw).startswith(name))
                 or numbers & set(_EU_CASE_NUMBER.findall(r.raw))
                 or (parties and (listed := _parties(r.raw)) and parties[1] == listed[1] and parties[0] <= listed[0])),
                None)


_PARTY_STOP = frozenset("the of and on application ltd plc inc others another ex parte".split())


def _parties(text: str) -> tuple[set[str], str] | None:
    """A case's parties as a table of cases may print them longer: "R (Finch) v Surrey County Council" is "R (on the
    application of Finch) v Surrey County Council"; (the claimant's words, the defendant's first word)."""
    m = re.search(r"\sv\.?\s", text[:300])
    if m is None:
        return None
    left = {w for w in re.findall(r"[^\W\d_]{3,}", fold(text[:m.start()])) if w not in _PARTY_STOP}
    right = next((w for w in re.findall(r"[^\W\d_]{3,}", fold(text[m.end():])) if w not in _PARTY_STOP), "")
    return (left, right) if left and right else None


_EU_CASE_NUMBER = re.compile(r"\b[CT]-\d{1,4}/\d\d\b")


def _cited_before(cit: Citation, linked: list[Reference]) -> Reference | None:
    """The work of this author the notes cited last, for a short note that names the author alone."""
    return next((r for r in reversed(linked) if set(cit.authors) & set(_ref_families(r))), None)


def _match(cit: Citation, references: list[Reference],
           linked: list[Reference]) -> tuple[Reference | None, Finding | None]:
    families = set(cit.authors)
    scored = []
    for ref in references:
        overlap, n = _title_overlap(cit.title or "", ref)
        fams = _ref_families(ref)
        scored.append((ref, overlap, n, bool(families & set(fams)), fams))
    # (or every title word printed in the entry: the parser cut its title, "Moulin, R. L’artiste, ... Et Le Marché")
    by_author = [s for s in scored if s[3] and (s[1] >= 0.5 or s[2] == 0 or _printed_in(cit.title or "", s[0]))]
    if by_author and cit.year and not cit.title:  # "Kirby et al. 2020": of the author's works, that year's
        by_author = [s for s in by_author if (s[0].fields.year or "")[:4] == cit.year] or by_author
    if by_author:
        best = max(by_author, key=lambda s: s[1])
        if not _one_work([s[0] for s in by_author if s[1] == best[1]]):
            return None, None  # two works by the author fit equally: say nothing
        if (best[1] >= 0.8 and best[2] >= 2) or (best[2] == 0 and len(families) >= 2):
            # (a short note "Libuad and Winston, 7." is found through its right name: the other is misspelt)
            misspelt = nf.misspelt(cit.authors, best[4])
            if misspelt is not None:
                return best[0], nf.name_finding(cit, best[0], *misspelt)
        year_finding = nf.year_check(cit, best[0])
        if year_finding is not None and not cit.title and not _first_named(cit.authors[0], best[4]):
            # "Laeyrolerie, Boettiger 2022" found only through its second author in "Norman, Chamberlain,
            # Boettiger 2020": another work, not a wrong year; a near spelling of an entry's author says which
            close = [x for x in scored if nf.misspelt(cit.authors[:1], x[4]) is not None]
            if close and _one_work([x[0] for x in close]):
                return close[0][0], nf.name_finding(cit, close[0][0], *nf.misspelt(cit.authors[:1], close[0][4]))  # type: ignore[misc]
            return None, None
        return best[0], year_finding
    by_title = [s for s in scored if s[1] >= 0.8 and s[2] >= 2]
    if len(by_title) > 1 and cit.authors:
        # "Wortser, Dust Bowl, 230.": two entries' titles hold "Dust Bowl"; the one by a near spelling is meant
        by_title = [s for s in by_title if nf.misspelt(cit.authors, s[4]) is not None] or by_title
    if by_title and _one_work([s[0] for s in by_title]):
        ref, fams = by_title[0][0], by_title[0][4]
        misspelt = nf.misspelt(cit.authors, fams)
        if misspelt is not None:
            return ref, nf.name_finding(cit, ref, *misspelt)
        return ref, None  # the title is the entry's; the name may be an editor's or translator's
    loose_ref = _loose_match(cit, references)
    # (not another author's work on the topic: "Michel Vovelle, La Découverte ... de la Révolution française" is
    # not Furet's "Penser la Révolution française", when neither name is printed in the other)
    if loose_ref is not None and not (families and not families & word_set(loose_ref.raw)
                                      and not set(_ref_families(loose_ref)) & word_set(cit.text)):
        return loose_ref, None  # the note's words name the entry though its parts were not read apart
    title_words = word_set(cit.title or "")
    if families and not title_words and len(references) >= 3:
        return _short_note_unlisted(cit, references, scored, linked)
    if not families and len(title_words) >= 3 and len(references) >= 3 \
            and not any(s[1] >= 0.34 for s in scored) \
            and not any(len(title_words & word_set(r.raw)) >= 0.5 * len(title_words) for r in references):
        return None, nf.finding_for("no-entry", cit,
                              f"note {cit.keys[0]} cites \"{cit.text[:80]}\", which is not in the bibliography; "
                              "add an entry for it or correct the note")
    # (the author's other works do not hide a long title no entry has: "DT Jones et al., “PSICOV: ...”"; when no
    # entry prints the author's name at all, sharing a topic's words, "Révolution française", hides it neither)
    # (and a two-word title, "Soil Conservation", is hidden only by an entry printing both words)
    named = any(f in word_set(r.raw) for f in families for r in references)
    if families and len(references) >= 3 and len(title_words) >= 2 \
            and not any((s[3] and len(title_words) < 4) or (s[1] >= 0.34 if named else s[1] > 0.5) for s in scored) \
            and not any(len(title_words & word_set(r.raw)) >= (0.5 * len(title_words) if named else
                                                                max(2, 0.5 * len(title_words))) for r in references):
        return None, nf.finding_for("no-entry", cit,
                              f"note {cit.keys[0]} cites \"{cit.text[:80]}\", which is not in the bibliography; "
                              "add an entry for it or correct the note")
    return None, None


def _first_named(family: str, families: list[str]) -> bool:
    """Is the note's first author one of the entry's authors (any form the entry prints: "pluijm" in "van der
    pluijm")?"""
    return family in families or any(family in f.split() for f in families)


def _short_note_unlisted(cit: Citation, references: list[Reference], scored: list,  # noqa: ANN001
                         linked: list[Reference]) -> tuple[Reference | None, Finding | None]:
    """A short note ("Bhatla, 101–3.") whose author no entry has: a near spelling of one entry's
    author is a name-mismatch; a name that no entry prints at all is no-entry. A name printed
    somewhere in an entry (an editor, a translator) says nothing."""
    named = cit.authors
    if any(name in word_set(r.raw) or any(name in fold(w) for w in r.raw.split())
           for name in named for r in references):
        return None, None
    close = [s for s in scored if nf.misspelt(named[:1], s[4]) is not None]
    if close and _one_work([s[0] for s in close]):
        ref = close[0][0]
        return ref, nf.name_finding(cit, ref, *nf.misspelt(named[:1], close[0][4]))  # type: ignore[misc]
    spelt = {nf.misspelt(named[:1], s[4]) for s in close}
    if len(spelt) == 1:  # "Mettz, 7." with two works by Metz listed: misspelt, whichever work it means
        before = next((r for r in reversed(linked) if any(r is s[0] for s in close)), None)
        return before, nf.name_finding(cit, before, *spelt.pop(), [s[0] for s in close])  # type: ignore[misc]
    if close:
        return None, None
    return None, nf.finding_for("no-entry", cit, f"note {cit.keys[0]} cites \"{cit.text[:80]}\", but no bibliography "
                          "entry has that author; add an entry for it or correct the note")


def _one_work(refs: list[Reference]) -> bool:
    """The entries that fit a note equally are one work: one title listed twice ("———." repeating
    it) is cited through its first copy, and the second is the list's duplicate."""
    return len({frozenset(word_set(r.fields.title or r.raw)) for r in refs}) == 1


def _loose_match(cit: Citation, references: list[Reference]) -> Reference | None:
    """The one entry most of whose title words the note prints, when its parts could not be read apart
    ("Cage, John, and Retallack, Musicage: Cage Muses on Words"; a title alone). Links, never reports."""
    words = word_set(cit.text)
    # "The Prelude, 7.": a title alone and its page, read as a short note's name (the author is in the text)
    named = word_set(cit.text.rsplit(",", 1)[0]) if cit.locator and not cit.title else set()
    fits = []
    for ref in references:
        title = word_set(ref.fields.title or "")
        if (len(title) >= 2 and len(title & words) >= 0.6 * len(title) and len(title & words) >= 2) \
                or (title and title in (word_set(cit.title or ""), named)):  # "“The Thought.”": FREGE, "The Thought,"
            fits.append((len(title & words) / len(title), ref))
    fits.sort(key=lambda f: -f[0])
    if fits and _one_work([r for share, r in fits if share == fits[0][0]]):
        return fits[0][1]
    # every word of the note printed in one entry only, whose title the parser did not read apart: "Field
    # Quantization" for "Greiner, W., and J. Reinhardt. Field Quantization (Springer-Verlag, ...)"
    printed = word_set(_NOTE_LOCATOR.sub("", cit.text))
    holders = [r for r in references if len(printed) >= 2 and printed <= word_set(r.raw)] if printed else []
    if len(printed) == 1 and cit.year and len(next(iter(printed))) >= 4:  # "Pragmática, 2007.": a title and its year
        holders = [r for r in references if printed <= word_set(r.raw) and cit.year in r.raw]
    return holders[0] if len(holders) == 1 else None


_NOTE_LOCATOR = re.compile(r",?\s*(?:(?:chap|sec|pp?|vol)\.\s*)?\d[\d–-]*\.?\s*$")
