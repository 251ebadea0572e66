"""The pipeline, end to end for one document:
document -> reference section -> entries -> fields -> citations -> matches -> findings.

Each stage is a function of the previous stage's values; this module only
wires them together and decides which regions of the text are body text.
"""

from __future__ import annotations

import re

from refcheck.document import Document
from refcheck.findings.build import sort_findings
from refcheck.model import Citation, FileReport, Reference
from refcheck.text.patterns import OWN_CITATION_LABEL


def check_document(doc: Document, *, style: str | None = None, citations: bool = True) -> FileReport:
    """Parse the list and cross-check the citations of one read document."""
    from refcheck.section.find import find_reference_section
    from refcheck.section.split import split_entries

    section = find_reference_section(doc)
    refs: list[Reference] = []
    detected = "unknown"
    if section is not None:
        entries = split_entries(doc, section)
        # --- styles hook (issue 15): numbered notes are not entries; a paper citing in notes is chicago-notes
        from refcheck.citations.notes import split_notes

        entries, notes_style = split_notes(doc, entries)
        # --- end styles hook
        if entries:
            from refcheck.references import build_references
            from refcheck.style import detect_style

            refs = build_references(entries)
            # The splitter takes the "[1]" off an entry; its number is still the style's best cue.
            detected = notes_style or detect_style([f"[{e.label}] {e.text}" if e.label else e.text for e in entries])
    if not refs and style is None:
        from refcheck.citations.notes import cites_in_notes
        from refcheck.style import NOTES_STYLE

        detected = NOTES_STYLE if cites_in_notes(doc) else detected
    report = FileReport(path=doc.path, style=style or detected, references=refs)

    from refcheck.entry_checks import check_entries

    findings = check_entries(refs)
    if citations:
        from refcheck.citations import check_citations, extract_citations

        regions = body_regions(doc, section)
        from refcheck.citations.legal_text import is_table_of_authorities
        from refcheck.style import NOTES_STYLE

        # A memorandum or brief cites its cases, statutes and articles in the text; a paper citing in numbered notes
        # is read as notes even when its list is a table of authorities (Bluebook's "Cases" / "Articles" groups).
        if refs and report.style != NOTES_STYLE and is_table_of_authorities(refs):
            from refcheck.citations.legal_text import check_legal, legal_citations

            checked = check_legal(legal_citations(doc, regions), refs)
            from refcheck.style import LEGAL_STYLE

            report.style, report.citations = LEGAL_STYLE, checked.citations
            report.findings = sort_findings(findings + checked.findings)
            return report
        from refcheck.section.find import FOOTNOTES

        footnotes = section is not None and section.heading == FOOTNOTES
        cits = extract_citations(doc, regions, report.style, footnotes=footnotes)
        if style is None and (author_date := _cited_by_name_and_year(report.style, cits, refs)) is not None:
            report.style = author_date  # the text says which: a word processor numbered the list, or no MLA
            cits = extract_citations(doc, regions, report.style, footnotes=footnotes)
        checked = check_citations(cits, refs, has_list=section is not None)
        report.citations = checked.citations
        from refcheck.matching.in_use import drop_uncited_in_use

        findings += drop_uncited_in_use(checked.findings, refs, _unread_body(doc, regions, checked.citations))
        if "@" in doc.text:
            from refcheck.citations.leftover_keys import leftover_keys

            # "[@devlin2019bert]" left by a partial render: a citation, and its entry is cited
            cits, keyed = leftover_keys(doc, regions, refs, len(report.citations) + 1)
            cited = {r for c in cits for r in c.references}
            report.citations = report.citations + cits
            findings = [f for f in findings if not (f.code == "uncited" and f.reference in cited)] + keyed
        if numbered_notes(refs, report.citations) or under_notes_heading(doc, section):
            findings = [f for f in findings if f.code != "duplicate-entry"]
    report.findings = sort_findings(findings)
    if doc.pages:  # a PDF: say on which printed page each finding is
        for f in report.findings:
            f.page = doc.page(f.line)
    return report


_BARE_YEAR = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)")


def _cited_by_name_and_year(style: str, cits: list, refs: list[Reference]) -> str | None:  # noqa: ANN001
    """The author-date style of a list whose numbers no citation uses ("3.  Garrison, D. R., Anderson, T., &
    Archer, W. (2000)." under a text citing "(Garrison et al., 2000)"), or of a list read as MLA whose text cites
    by year ("Stalnaker (1979, pp. 70–2)" for "Stalnaker, Robert 1976: 'Possible Worlds'."); None otherwise."""
    from refcheck.style import NUMERIC_STYLES, detect_style

    dated = sum(1 for c in cits if c.year and c.kind in ("parenthetical", "narrative"))
    if style == "mla":  # (MLA reads "Adams (1979)" as a name and its page)
        dated += sum(1 for c in cits if c.kind == "locator" and _BARE_YEAR.fullmatch(c.text))
        undated = sum(1 for c in cits if not c.year and c.kind == "parenthetical")
        return "chicago" if dated >= 5 and dated >= 4 * undated else None
    listed = {str(i) for i in range(1, len(refs) + 1)}
    if style not in NUMERIC_STYLES or any(c.kind == "numeric" and set(c.keys) <= listed for c in cits):
        return None
    if dated < 3:
        return None
    plain = detect_style([r.raw for r in refs])
    return plain if plain not in NUMERIC_STYLES and plain != "unknown" else "apa"


def numbered_notes(refs: list[Reference], citations: list) -> bool:  # noqa: ANN001 - list[Citation]
    """A list of notes printed as the reference list (History and Theory, Pisa University Press: no
    bibliography, "[1] ... [8]" under "References"): each number is cited once, alone, and in order, 1 to N.
    Notes repeat a work as often as it is cited, so a repeated one is no duplicate entry."""
    labels = [r.label for r in refs]
    if len(refs) < 3 or labels != [str(i) for i in range(1, len(refs) + 1)]:
        return False
    keys = [c.keys for c in citations if c.kind == "numeric"]
    return len(keys) == len(citations) and [k for ks in keys for k in ks] == labels and all(len(k) == 1 for k in keys)


_NOTES_HEADINGS = frozenset({"notes", "endnotes", "footnotes", "notas", "anmerkungen", "endnoten", "fußnoten"})


def under_notes_heading(doc: Document, section) -> bool:  # noqa: ANN001 - finder.Section
    """The list found is the notes a .docx's footnotes became ("Notes" and "1. ..." after the body): notes, so a
    work cited twice is printed twice."""
    import re

    if section is None:
        return False
    lines = doc.text.split("\n", (section.heading_line or section.start_line) + 1)
    n = (section.heading_line or section.start_line - 1) - 1
    while n > 0 and (not lines[n].strip() or re.match(r"\d{1,3}\.\s", lines[n])):  # (a first note left out)
        n -= 1
    return 0 <= n < len(lines) and lines[n].strip().strip(":").lower() in _NOTES_HEADINGS


def body_regions(doc: Document, section) -> list[tuple[int, int]]:  # noqa: ANN001 - finder.Section
    """Character ranges of body text: everything but the reference list (heading included) and the title block."""
    lead = _title_block_end(doc)
    if section is None:
        return [(lead, len(doc.text))]
    start = doc.offset(section.heading_line) if section.heading_line else doc.offset(section.start_line)
    end_line = section.end_line
    end = doc.offset(end_line) if end_line <= len(doc.line_starts) else len(doc.text)
    regions = [(lead if lead < start else 0, start)]  # (a title block ends before the list)
    from refcheck.section.find import further_reading_after

    if end < len(doc.text) and not further_reading_after(doc.lines, section):
        regions.append((end, len(doc.text)))
    return _without_own_citation(doc.text, regions)


# The paper's own citation in its front matter: "Citation: Puig-Serra M, Castell J, Bourrel H (2024) A new ...",
# "How to cite this article: ...": it names the paper itself, to its blank line
_OWN_CITATION_RE = re.compile(r"^" + OWN_CITATION_LABEL + r".*?(?=\n\s*\n|\Z)",
                              re.MULTILINE | re.DOTALL | re.IGNORECASE)


def _without_own_citation(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for lo, hi in regions:
        for m in _OWN_CITATION_RE.finditer(text, lo, hi):
            out.append((lo, m.start()))
            lo = m.end()
        out.append((lo, hi))
    return [(a, b) for a, b in out if b > a]


_TITLE_LINES = 15  # a title page's lines: title, authors, affiliations, dates, a report's series and number


def _title_block_end(doc: Document) -> int:
    """Where the body starts after a title block: "Navorsingsverslag — Departement Geografie, Universiteit
    Stellenbosch (2023)" above the first paragraph names the report's publisher, it cites nothing. Only a text
    whose paragraphs are lines of their own (some line runs past 200 characters) shows where its first paragraph
    begins; in a hard-wrapped text every line is short and nothing is left out."""
    lines = doc.text.split("\n", _TITLE_LINES + 1)[:_TITLE_LINES + 1]
    if not any(len(line) >= 200 for line in lines):
        return 0
    for n, line in enumerate(lines):  # the first line of prose: long, or a sentence of ten words or more
        if len(line) >= 200 or (line.rstrip().endswith((".", "?", "!", ":")) and len(line.split()) >= 10):
            return doc.offset(n + 1) if n else 0
    return 0


def _unread_body(doc: Document, regions: list[tuple[int, int]], citations: list[Citation]) -> str:
    """The body regions' text with every citation read blanked out (offsets kept), regions apart by a line."""
    chars = list(doc.text)
    for c in citations:
        if c.line and c.column:
            start = doc.offset(c.line, c.column)
            chars[start:start + len(c.text)] = [ch if ch == "\n" else " " for ch in chars[start:start + len(c.text)]]
    text = "".join(chars)
    return "\n".join(text[a:b] for a, b in regions)
