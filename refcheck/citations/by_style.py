"""Route a paper's body to the readers of its citation style (issue 15: every common style read).

Numeric papers (IEEE, Vancouver, AMA, Nature, ACS) cite by number in brackets, in parentheses or in
superscript; notes papers (Chicago notes, Turabian, MHRA) cite in numbered notes. The author-date
extractor stays the default; for a numeric paper it still reads brackets, and this module adds the
other printed forms of a number and removes what an author-date reading finds there by mistake: in
a numeric paper a parenthesis without a year is never a citation ("(PRRs)", "(Study 2)"), and one
with a year counts only when it matches an entry.

Which form a paper uses is counted, not guessed from one span: parenthesised numbers are read only
when the paper has no bracketed ones (else "(1)" is an enumeration or an equation number), plain
glued digits only when no other form is present. Parenthesised and glued numbers are tentative:
kept when the number is an entry of the list, dropped otherwise, never reported.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from refcheck.citations.checks import CitationCheck
from refcheck.citations.hints import (
    CAPITALS,
    GROUP,
    LINK_ONLY,
    NEAR_AUTHOR,
    PROPER,
    RUNNING,
    TENTATIVE,
    WHOLE_SUBJECT,
)
from refcheck.citations.note_findings import similar
from refcheck.citations.numeric import number_places, paren_groups, unclosed_groups
from refcheck.citations.scan import find_spans
from refcheck.citations.superscript import (
    glued_groups,
    pandoc_groups,
    unicode_groups,
    worded_groups,
    year_glued_groups,
)
from refcheck.document import Document
from refcheck.model import Citation
from refcheck.style import ALPHA_STYLE, NOTES_STYLE, is_numeric
from refcheck.text.fold import fold

Group = tuple[int, int, list[int], str | None]
Extract = Callable[[Document, list[tuple[int, int]], str], list[Citation]]
MIN_FORM = 3  # occurrences before a printed form is taken as the paper's habit
PAREN = "paren-number"
PAST_THE_END = 10  # "(61)" in a list of 57 is a citation pointing nowhere; "(2019)" is not


def extract_for_style(doc: Document, regions: list[tuple[int, int]], style: str, extract: Extract) -> list[Citation]:
    """The paper's citations: notes for a notes paper, every printed number for a numeric one."""
    if style == NOTES_STYLE:
        from refcheck.citations.notes import note_citations

        found = note_citations(doc)
    elif is_numeric(style):
        found = [c for c in extract(doc, regions, "ieee") if _fits_numeric_paper(c)]
        found += _numbers(doc, regions, sum(1 for c in found if c.kind == "numeric"))
        found.sort(key=lambda c: (c.line, c.column))
    elif style == ALPHA_STYLE:
        found = _labels(doc, regions, [c for c in extract(doc, regions, "ieee") if _fits_numeric_paper(c)])
    else:
        found = _without_publication_facts(doc, extract(doc, regions, style))
    for i, c in enumerate(found, start=1):
        c.id = f"c{i}"
    return found


# "(Chicago: University Press, 1999)" in a full note: where the book was published, not a citation.
_PUBLICATION_FACTS = re.compile(r"^[A-Z][\w .,'’&-]{1,60}:\s*[^:;()]{2,120},\s*(?:1[5-9]|20)\d\d[a-z]?$")


def _without_publication_facts(doc: Document, found: list[Citation]) -> list[Citation]:
    """A paper with notes (and maybe no bibliography, which Chicago allows) prints publication facts in
    parentheses inside its notes; those are not author-date citations."""
    if not any(_PUBLICATION_FACTS.match(c.text) for c in found):
        return found
    from refcheck.citations.note_runs import find_notes

    note_lines = {doc.position(n.start)[0] for n in find_notes(doc.text)}
    return [c for c in found if not (c.line in note_lines and _PUBLICATION_FACTS.match(c.text))]


def _fits_numeric_paper(cit: Citation) -> bool:
    """Brackets, personal communications and keys stay; a parenthesis needs a year and a match."""
    if cit.kind in ("numeric", "personal", "key"):
        return True
    if cit.kind in ("parenthetical", "narrative") and cit.year and not cit.malformed:
        if TENTATIVE not in cit.hints:
            cit.hints.append(TENTATIVE)
        return True
    return False


def _labels(doc: Document, regions: list[tuple[int, int]], others: list[Citation]) -> list[Citation]:
    """An alpha-labelled paper's citations: each label in brackets ("[Blo70]", "[BM04, Section 2.1]",
    "[Knu84; Lam94]") plus what the numeric reading keeps (plain "[13]" for an unlabelled work, years
    that match); a bracket read as labels is not read again as anything else."""
    from refcheck.citations.extract import WEAK_NAME, _named_before
    from refcheck.citations.labels import SHAPE_HINT, label_groups

    text = doc.text
    out: list[Citation] = []
    taken: set[tuple[int, int]] = set()
    for lo, hi in regions:
        lo, hi = max(0, lo), min(len(text), hi)
        if hi <= lo:
            continue
        for start, end, label, locator, alone in label_groups(find_spans(text, lo, hi)):
            line, col = doc.position(start)
            taken.add((line, col))
            cit = Citation(id="", line=line, column=col, text=text[start:end], kind="numeric", keys=[label],
                           locator=locator, hints=[TENTATIVE, SHAPE_HINT])
            if alone and (named := _named_before(text, start)) is not None:  # "Adler [AdTs74]": checked as the author
                cit.authors, cit.et_al, cit.text = [named[0]], named[1], f"{named[2]} {cit.text}"
                if not named[1] and not re.search(r"\s(?:and|&)\s", named[0]):
                    cit.hints.append(WEAK_NAME)  # "Energy [Ene09]" may be a topic, not an author
            out.append(cit)
    out += [c for c in others if (c.line, c.column) not in taken]
    out.sort(key=lambda c: (c.line, c.column))
    return out


_REF_SAID = re.compile(r"\(\s*(?:refs?\.?|references?)\s+$", re.IGNORECASE)


def _numbers(doc: Document, regions: list[tuple[int, int]], brackets: int) -> list[Citation]:
    """Citations printed as parenthesised, superscript or glued numbers, by the form the paper uses."""
    text = doc.text
    parens: list[Group] = []
    raised: list[Group] = []
    glued: list[Group] = []
    worded: list[Group] = []
    for lo, hi in regions:
        lo, hi = max(0, lo), min(len(text), hi)
        if hi <= lo:
            continue
        worded += worded_groups(text, lo, hi)
        parens += paren_groups(text, find_spans(text, lo, hi))
        raised += unicode_groups(text, lo, hi) + pandoc_groups(text, lo, hi)
        glued += glued_groups(text, lo, hi)
    # "^((1,2))" (Radiation Protection Dosimetry): the parentheses inside the raised group are its own
    parens = [g for g in parens if not any(g[0] < r[1] and g[1] > r[0] - 2 for r in raised)]
    # "(ref. 3)", "(refs 4,5)": Nature's own words say these numbers are citations, whatever the paper's form
    said = [g for g in parens if _REF_SAID.search(text, max(0, g[0] - 14), g[0])]
    parens = [g for g in parens if g not in said and not any(g[0] <= w[0] < g[1] for w in worded)]
    said = [g for g in said if not any(g[0] <= w[0] < g[1] for w in worded)] + worded  # "refs 7–9", "ref. 6"
    out: list[Citation] = _citations(doc, said, tentative=False)
    # A glued number is a raised one the export flattened: the two forms are one habit.
    superscripts = len(glued) + len(raised)
    glued_is_form = bool(glued) and superscripts >= MIN_FORM and superscripts > brackets + len(parens)
    if len(raised) >= 2 or (raised and glued_is_form):
        out += _citations(doc, raised, tentative=False)
    # beside brackets, "(3)" numbers an equation or an item, unless parentheses are most of the paper's numbers (a
    # student's Vancouver: "patients.(1)" twenty times, "[3]" typed four times)
    if len(parens) >= MIN_FORM and (brackets < MIN_FORM or len(parens) >= 3 * brackets):
        out += _citations(doc, parens, tentative=True, hint=PAREN)
        from refcheck.citations.unbalanced import unclosed_numeric

        unclosed = [g for lo, hi in regions for g in unclosed_groups(text, find_spans(text, max(0, lo), hi), "(")]
        out += [c for _, c in unclosed_numeric(doc, unclosed, "()")]  # "(52. Controlled trials": never closed
    if glued_is_form:
        years = [g for lo, hi in regions for g in year_glued_groups(text, max(0, lo), min(len(text), hi))]
        out += _citations(doc, glued + years, tentative=True)
    return out


def _citations(doc: Document, groups: list[Group], *, tentative: bool, hint: str | None = None) -> list[Citation]:
    out: list[Citation] = []
    for start, end, nums, locator in groups:
        printed = doc.text[start:end]
        for n, (a, b) in zip(nums, number_places(printed, nums), strict=True):  # each source at its number
            line, col = doc.position(start + a)
            cit = Citation(id="", line=line, column=col, text=printed[a:b], kind="numeric", keys=[str(n)],
                           locator=locator)
            if tentative:
                cit.hints.append(TENTATIVE)
                if len(nums) > 1:
                    cit.hints.append(f"{GROUP}{start}")
            if hint:
                cit.hints.append(hint)
            out.append(cit)
    return out


def check_for_style(citations: list[Citation], references: list, has_list: bool, check) -> CitationCheck:  # noqa: ANN001
    """Notes are checked by notes.check_notes, everything else by the author-date/numeric checker;
    an entry a note cites is not uncited. Ids are renumbered over both, in document order. The
    citations given are not changed (the checkers work on copies)."""
    citations = [copy.copy(c) for c in citations]
    for c in citations:
        c.hints = list(c.hints)
    _settle_parenthesised(citations, references)
    _settle_capitals(citations, references)
    citations = _named_first_authors(citations, references)
    _settle_labels(citations, references)
    notes = [c for c in citations if c.kind == "note"]
    if not notes:
        return _shared_labels_cited(check(citations, references, has_list), citations, references)
    from refcheck.citations.notes import check_notes

    for i, c in enumerate(notes, start=1):
        c.id = f"n{i}"
    note_findings: list = []
    cited: set[str] = set()
    if has_list and references:
        note_findings, cited = check_notes(notes, references)
    else:
        for c in notes:
            c.hints = []
    # The notes' entries count as cited before the uncited share is judged: in a notes paper the
    # few author-date parentheses alone would leave most of the list "uncited" and withheld.
    result = check([c for c in citations if c.kind != "note"], references, has_list, frozenset(cited))
    findings = result.findings + note_findings
    kept = sorted(result.citations + notes, key=lambda c: (c.line, c.column))
    renumber = {}
    for i, c in enumerate(kept, start=1):
        renumber[c.id] = f"c{i}"
        c.id = f"c{i}"
    for f in findings:
        if f.citation in renumber:
            f.citation = renumber[f.citation]
    return CitationCheck(kept, sorted(findings, key=lambda f: (f.line, f.column, f.code)), result.outcomes)


def _settle_capitals(citations: list[Citation], references: list) -> None:  # noqa: ANN001 - Reference
    """"HOX (2001)", "RAVE (2018)": a narrative's one word in capitals is an author's SURNAME, certain as
    any name, when an entry's first author is that word; otherwise it stays an unsure acronym."""
    if not any(CAPITALS in c.hints for c in citations):
        return
    families = {fold(a.family or a.literal or "") for r in references for a in (r.fields.authors or [])[:1]}
    # a list that prints a first author's SURNAME in capitals ("ZHANG Q, HUO, X (2021)", "COLLECTIF. (2009).")
    printed = {fold(w) for r in references for w in re.findall(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}\b", r.raw)}
    for c in citations:
        if CAPITALS not in c.hints or not c.authors:
            continue
        name = fold(c.authors[0])
        # "ZAHNG et al. (2021)": an acronym takes no "et al."; "DUOLNG (1997)" beside "DUONG, ...": a misspelt SURNAME
        if name in families or (printed and c.et_al) or any(similar(name, f) for f in printed):
            c.hints = [h for h in c.hints if h not in (TENTATIVE, CAPITALS)]


def _named_first_authors(citations: list[Citation], references: list) -> list[Citation]:  # noqa: ANN001
    """Link-only names (MLA running text) go on to matching only if they are an entry's first
    author's (or, for an edited volume, first editor's) family name, folded: most capitalised words
    are not, and matching each would cost."""
    if not any(LINK_ONLY in c.hints or NEAR_AUTHOR in c.hints for c in citations):
        return citations
    from refcheck.citations.mla import family_words

    firsts = [a for r in references for a in (r.fields.authors or r.fields.editors)[:1]]
    families = {fold(a.family or a.literal or "") for a in firsts if a.family or a.literal}
    # A body printed with its acronym first, "WHO. World Health Organization", or a name the parser left whole,
    # "NEWS, ICR": named by its first part; one whose name holds a comma, "Public Health Service, Centers for
    # Disease Control and Prevention", by the whole of what the entry prints before its first full stop.
    families |= {fold(re.split(r"\. |, ", a.literal, maxsplit=1)[0]) for a in firsts if a.literal}
    families |= {fold(r.raw.split(". ", 1)[0]) for r in references
                 if (r.fields.authors or r.fields.editors)[:1] and (r.fields.authors or r.fields.editors)[0].literal}
    # An entry whose author the parser did not read still opens with it: "Coordenação de ... Superior. Relatório".
    families |= {fold(r.raw.split(". ", 1)[0]) for r in references if not (r.fields.authors or r.fields.editors)}
    # Names the paper cites elsewhere in a form that is surely a citation: "(Moggi et al. 12-15)"
    # makes "Moggi found that" a citation of Moggi too.
    sure = [(fold(family_words(c.authors[0])), c.line, c.column) for c in citations
            if c.authors and c.kind in ("parenthetical", "narrative") and TENTATIVE not in c.hints]
    cited = {name for name, _, _ in sure}
    out = []
    # "McDermott Long et al. found": where the whole subject is an entry's first author, "Long et al." is not a name.
    wholes = {(c.line, c.column, c.column + len(c.text)) for c in citations
              if WHOLE_SUBJECT in c.hints and fold(c.authors[0]) in families}
    for c in citations:
        if wholes and WHOLE_SUBJECT not in c.hints and (LINK_ONLY in c.hints or RUNNING in c.hints) \
                and any(line == c.line and a <= c.column < b for line, a, b in wholes):
            continue
        name = fold(family_words(c.authors[0])) if c.authors else ""
        if NEAR_AUTHOR in c.hints and name in cited:
            c.hints = [h for h in c.hints if h not in (TENTATIVE, NEAR_AUTHOR)]  # "(Racelis)" beside "(Racelis 4)"
        if LINK_ONLY not in c.hints:
            out.append(c)
        elif RUNNING in c.hints:
            # "Chan et al. argued that": matched even when no entry has the name, for a near miss; with
            # "et al." or a name cited elsewhere it is a citation in full, reported when nothing fits.
            # ("Lionel Trilling argued that ... (Trilling 58)": the parenthesis just after is that citation)
            just_after = any(n == name and line == c.line and 0 < col - c.column < 400 for n, line, col in sure)
            if c.et_al and not just_after or name in cited and not just_after or (
                    PROPER in c.hints and not _printed_in_list(name, references)):
                c.hints = [h for h in c.hints if h not in (TENTATIVE, LINK_ONLY)]
            out.append(c)
        elif name in families or (c.authors and fold(c.authors[0]) in families):
            out.append(c)
    return out


def _printed_in_list(name: str, references: list) -> bool:  # noqa: ANN001 - Reference
    """Does any entry print this (folded) word? "Jekyll describes ..." names the hero of the listed "Strange
    Case of Dr. Jekyll and Mr. Hyde", not a source; a source the list lacks is printed nowhere in it."""
    return any(name in re.findall(r"[^\W\d_]+", fold(r.raw)) for r in references)


_MILLER = re.compile(r"\[[0-2]{3}\]")  # Miller indices: [111], [110], [001]


def _settle_parenthesised(citations: list[Citation], references: list) -> None:  # noqa: ANN001 - Reference
    """A parenthesised number in a paper that cites that way is certain once it is a plausible entry
    number: within the list, a gap in its labels, or just past its end ("(61)" of 57 entries) - those
    are then reported if no entry has them. Others stay tentative ("(2019)", "(1939-1945)"), and so does a crystal's
    direction in brackets past the list's end, "[111]"."""
    if not references:
        return
    labels = [int(r.label) for r in references if str(r.label or "").isdigit()]
    last = max(labels) if labels else len(references)
    limit = last + PAST_THE_END
    for cit in citations:  # a crystal direction past the list, "in a [111] magnetic field", or data ten times past
        if cit.kind == "numeric" and cit.keys[0].isdigit() and TENTATIVE not in cit.hints and (  # it: "[9114, 6402]"
                (_MILLER.fullmatch(cit.text) and int(cit.keys[0]) > limit) or int(cit.keys[0]) >= max(100, 10 * last)):
            cit.hints.append(TENTATIVE)
    # a range that runs far past the list is a span of values, "parcial (18-37)" of a 16-entry list: its
    # numbers, printed at one place, all stay tentative
    far = {(c.line, c.column) for c in citations if PAREN in c.hints and c.keys and c.keys[0].isdigit()
           and int(c.keys[0]) > limit}
    for cit in citations:
        if PAREN in cit.hints:
            cit.hints.remove(PAREN)
            if cit.keys and cit.keys[0].isdigit() and 1 <= int(cit.keys[0]) <= limit and TENTATIVE in cit.hints \
                    and (cit.line, cit.column) not in far:
                cit.hints.remove(TENTATIVE)


def _settle_labels(citations: list[Citation], references: list) -> None:  # noqa: ANN001 - Reference
    """A cited label is certain, and reported when no entry has it, only when the list labels its
    entries and the label has their shape; "[COVID19]" in a list of "[Blo70]" stays tentative."""
    from refcheck.citations.labels import SHAPE_HINT, fits_list

    if not any(SHAPE_HINT in c.hints for c in citations):
        return
    labels = [str(r.label) for r in references if r.label]
    for cit in citations:
        if SHAPE_HINT in cit.hints:
            cit.hints.remove(SHAPE_HINT)
            if labels and cit.keys and fits_list(cit.keys[0], labels) and TENTATIVE in cit.hints:
                cit.hints.remove(TENTATIVE)


def _shared_labels_cited(result: CitationCheck, citations: list[Citation], references: list) -> CitationCheck:  # noqa: ANN001
    """Two entries printed with one label ("[CaDi08]" twice) are both cited by it: the citation can mean
    either, so neither is reported uncited."""
    labels = [str(r.label or "") for r in references]
    shared = {lab for lab in labels if lab and labels.count(lab) > 1}
    if not shared:
        return result
    cited = {c.keys[0] for c in citations if c.kind == "numeric" and c.keys}
    quiet = {r.id for r, lab in zip(references, labels, strict=True) if lab in shared and lab in cited}
    result.findings = [f for f in result.findings if not (f.code == "uncited" and f.reference in quiet)]
    return result
