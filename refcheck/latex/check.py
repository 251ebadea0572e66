"""`check_latex`: a LaTeX paper's citations against its .bib files (or thebibliography).

A chapter file without ``\\documentclass`` is a fragment: checking it alone
cannot know the bibliography, so it is checked against the bibliography of
the main file named by ``% !TEX root = main.tex`` when there is one (citations
only: the entries belong to the main file's report), and otherwise reports
its citations without findings rather than a false ``no-reference-list``.
"""

from __future__ import annotations

import re
from pathlib import Path

from refcheck.errors import InputError
from refcheck.latex.bibfiles import bib_items, bib_sources, detect_style
from refcheck.latex.cites import find_citations
from refcheck.latex.keycheck import Entries, KeyCitation, Place, check_keys, finding_order, load_bib_entries
from refcheck.latex.reader import Paper, Source, read_latex, read_tex_text, tex_root
from refcheck.model import FileReport, Finding, Reference
from refcheck.scope import outside, require_inside

_DOCUMENTCLASS = re.compile(r"\\documentclass(?![A-Za-z])")


def check_latex(path: Path, text: str | None = None) -> FileReport:
    """Read the paper at PATH (following \\input/\\include) and cross-check its citation keys.

    Raises InputError when the paper or a .bib file it names cannot be read.
    """
    path = Path(path)
    if text is None:
        text = read_tex_text(path)
    paper = read_latex(path, text)
    main = paper.main
    main_dir = path.parent
    is_fragment = not _DOCUMENTCLASS.search(main.code)
    names_bib = any(bib_sources(s.code, main_dir) or bib_items(s.code) for s in paper.sources)

    if is_fragment and not names_bib:
        root = tex_root(text, path)
        if root is None or outside(root, path) is not None or not root.is_file():
            from refcheck.project import including_main

            root = including_main(path)  # a chapter without % !TEX root: the main file that \input's it
        if root is not None and outside(root, path) is None and root.is_file():
            return _check_fragment(path, paper, root)
        report = FileReport(path=str(path), style="unknown")
        report.citations, _ = check_keys(_key_citations(paper), Entries(has_list=True), main_dir)
        for c in report.citations:
            c.references = []
        return report

    entries = _entries(paper, main_dir)
    style = detect_style("\n".join(s.code for s in paper.sources))
    citations, findings = check_keys(_key_citations(paper), entries, main_dir, main_text=main.text)
    return _report(path, style, entries.refs, citations, findings, main.text)


def _check_fragment(path: Path, paper: Paper, root: Path) -> FileReport:
    """A chapter checked against its main file's bibliography: only its own keys are judged."""
    root_paper = read_latex(root)
    entries = _entries(root_paper, root.parent)
    cites = _key_citations(paper)
    citations, findings = check_keys(cites, entries, path.parent, main_text=paper.main.text)
    keep = {"no-entry", "no-reference-list"}
    findings = [f for f in findings if f.code in keep]
    style = detect_style("\n".join(s.code for s in root_paper.sources))
    return _report(path, style, entries.refs, citations, findings, paper.main.text)


def _report(path: Path, style: str, refs: list[Reference], citations: list, findings: list[Finding],
            main_text: str) -> FileReport:
    from refcheck.suppress import suppressed

    # markers on the main file's own lines; a finding in another file was judged by its own file's
    # markers and its anchor's (check_keys), and its line is not a main-file line
    findings = suppressed(main_text, [f for f in findings if f.path is None]) + [
        f for f in findings if f.path is not None]
    findings.sort(key=finding_order)
    return FileReport(path=str(path), style=style, references=refs, citations=citations, findings=findings)


def _place(src: Source, offset: int) -> Place:
    line, column = src.doc.position(offset)
    anchor_src, anchor_offset = src.anchor()
    if anchor_src is src:
        return Place(src.path, line, column, line, column, src.included_at is None)
    aline, acol = anchor_src.doc.position(anchor_offset)
    return Place(src.path, line, column, aline, acol, False)


def _key_citations(paper: Paper) -> list[KeyCitation]:
    out: list[tuple[tuple[int, int, int, int], KeyCitation]] = []
    for index, src in enumerate(paper.sources):
        for use in find_citations(src.code):
            place = _place(src, use.offset)
            order = (place.anchor_line, place.anchor_column, index, use.offset)
            out.append((order, KeyCitation(use.key, place, use.postnote, use.prenote, use.nocite)))
    out.sort(key=lambda t: t[0])  # document order: chapters where their \input stands
    return [kc for _, kc in out]


def _entries(paper: Paper, main_dir: Path) -> Entries:
    entries = Entries()
    for src in paper.sources:
        entries.texts[src.path] = src.text
        for bib in bib_sources(src.code, main_dir):
            entries.has_list = True
            place = _place(src, bib.offset)
            require_inside(bib.path, paper.main.path, "bibliography file")
            if not bib.path.is_file():
                raise InputError(str(paper.main.path),
                                 f"bibliography file {bib.path.name!r} not found "
                                 f"(named in {src.path.name} line {place.line})")
            load_bib_entries(entries, bib.path, (place.anchor_line, place.anchor_column), main_dir)
        items = bib_items(src.code)
        if items:
            entries.has_list = True
            _add_bibitems(entries, src, items)
    return entries


def _add_bibitems(entries: Entries, src: Source, items: list) -> None:
    """Entries of a hand-written thebibliography, parsed as prose references for did-you-mean."""
    from refcheck.bibtex.read import _text
    from refcheck.model import RawEntry

    raws = []
    for item in items:
        line, column = src.doc.position(item.offset)
        text = _text(re.sub(r"\\newblock\b", " ", item.text))
        raws.append(RawEntry(text=text, line=line, column=column))
    refs: list[Reference]
    try:
        from refcheck.references import build_references

        refs = build_references(raws)
    except Exception:  # noqa: BLE001 - the prose parser is optional here; keys alone still check
        refs = [Reference(id="", line=r.line, column=r.column, raw=r.text) for r in raws]
    for item, ref in zip(items, refs, strict=True):
        ref.id = f"r{len(entries.refs) + 1}"
        ref.key = item.key
        entries.refs.append(ref)
        entries.places[ref.id] = _place(src, item.offset)
