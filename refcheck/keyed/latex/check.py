"""A LaTeX paper's citations against its .bib files (or thebibliography).

``load_latex`` reads (the paper, the files it ``\\input``s, the .bib files they name);
``check_latex_paper`` is pure over what was read.

A chapter file without ``\\documentclass`` is a fragment: checking it alone
cannot know the bibliography, so it is checked against the bibliography of
the main file named by ``% !TEX root = main.tex`` when there is one (citations
only: the entries belong to the main file's report), and otherwise reports
its citations without findings rather than a false ``no-reference-list``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from refcheck.keyed.keycheck import Entries, KeyCitation, Place, add_bib_entries, check_keys, finding_order
from refcheck.keyed.latex.bibfiles import bib_items, bib_sources, detect_style
from refcheck.keyed.latex.cites import find_citations
from refcheck.keyed.latex.reader import Paper, Source, read_latex, read_tex_text, tex_root
from refcheck.keyed.load import BibTexts, read_bibliographies
from refcheck.model import FileReport, Finding, Reference
from refcheck.scope import outside, require_inside

_DOCUMENTCLASS = re.compile(r"\\documentclass(?![A-Za-z])")


@dataclass(slots=True)
class LoadedLatex:
    """Everything a LaTeX paper's check reads, read."""

    path: Path
    paper: Paper
    bibs: BibTexts
    fragment: bool = False  # a chapter naming no bibliography of its own
    root: Paper | None = None  # for a fragment: the main file named by % !TEX root, when it exists


def load_latex(path: Path, text: str | None = None) -> LoadedLatex:
    """Read the paper at PATH (following \\input/\\include) and the .bib files it names.

    Raises InputError when the paper or a .bib file it names cannot be read.
    """
    path = Path(path)
    if text is None:
        text = read_tex_text(path)
    paper = read_latex(path, text)
    main_dir = path.parent
    is_fragment = not _DOCUMENTCLASS.search(paper.main.code)
    names_bib = any(bib_sources(s.code, main_dir) or bib_items(s.code) for s in paper.sources)
    if is_fragment and not names_bib:
        root = tex_root(text, path)
        if root is None or outside(root, path) is not None or not root.is_file():
            from refcheck.keyed.project import including_main

            root = including_main(path)  # a chapter without % !TEX root: the main file that \input's it
        if root is not None and outside(root, path) is None and root.is_file():
            root_paper = read_latex(root)
            return LoadedLatex(path, paper, _read_bibs(root_paper, root.parent), fragment=True, root=root_paper)
        return LoadedLatex(path, paper, {}, fragment=True)
    return LoadedLatex(path, paper, _read_bibs(paper, main_dir))


def _read_bibs(paper: Paper, main_dir: Path) -> BibTexts:
    """The text of every .bib file PAPER names, in order; each must lie in the paper's project."""
    texts: BibTexts = {}
    for src in paper.sources:
        for bib in bib_sources(src.code, main_dir):
            place = _place(src, bib.offset)
            require_inside(bib.path, paper.main.path, "bibliography file")
            texts.update(read_bibliographies([(bib.path, f"bibliography file {bib.path.name!r} not found "
                                                         f"(named in {src.path.name} line {place.line})")],
                                             str(paper.main.path)))
    return texts


def check_latex_paper(loaded: LoadedLatex) -> FileReport:
    """Cross-check the citation keys of a read LaTeX paper (pure: no file is opened)."""
    path, paper = loaded.path, loaded.paper
    main_dir = path.parent
    if loaded.fragment:
        if loaded.root is not None:
            return _check_fragment(path, paper, loaded.root, loaded.bibs)
        report = FileReport(path=str(path), style="unknown")
        report.citations, _ = check_keys(_key_citations(paper), Entries(has_list=True), main_dir)
        for c in report.citations:
            c.references = []
        return report

    entries = _entries(paper, main_dir, loaded.bibs)
    style = detect_style("\n".join(s.code for s in paper.sources))
    citations, findings = check_keys(_key_citations(paper), entries, main_dir, main_text=paper.main.text)
    return _report(path, style, entries.refs, citations, findings, paper.main.text)


def _check_fragment(path: Path, paper: Paper, root_paper: Paper, bibs: BibTexts) -> FileReport:
    """A chapter checked against its main file's bibliography: only its own keys are judged."""
    entries = _entries(root_paper, root_paper.main.path.parent, bibs)
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


def _entries(paper: Paper, main_dir: Path, bibs: BibTexts) -> Entries:
    entries = Entries()
    for src in paper.sources:
        entries.texts[src.path] = src.text
        for bib in bib_sources(src.code, main_dir):
            entries.has_list = True
            place = _place(src, bib.offset)
            add_bib_entries(entries, bib.path, bibs[bib.path], (place.anchor_line, place.anchor_column), main_dir)
        items = bib_items(src.code)
        if items:
            entries.has_list = True
            _add_bibitems(entries, src, items)
    return entries


def _add_bibitems(entries: Entries, src: Source, items: list) -> None:
    """Entries of a hand-written thebibliography, parsed as prose references for did-you-mean."""
    from refcheck.bibtex.latex_text import to_text as _text
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
