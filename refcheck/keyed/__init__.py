"""Key-based papers: LaTeX \\cite keys (natbib, biblatex) and pandoc/Quarto @keys against .bib files.

Each kind of paper is read at the edge (the paper, the files it brings in, the .bib files it
names: ``load_latex``, ``load_pandoc``), then checked by a pure function over what was read
(``check_latex_paper``, ``check_pandoc_paper``); both share ``keycheck.check_keys``.

latex/      the LaTeX reader (\\input, comments), \\cite forms, \\bibliography names, the check
pandoc.py   front matter, @key forms, the check
keycheck.py keys against entries: no-entry, uncited, duplicate-entry, missing-field, did-you-mean
load.py     .bib files read as text, once, for the pure checks
project.py  which main file brings a chapter in, which papers use a .bib (for a .bib checked alone)

Everything is imported lazily from here so that ``import refcheck.keyed`` costs nothing until a
.tex or pandoc file is actually checked.
"""

from __future__ import annotations

from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (see refcheck._perf)
if TYPE_CHECKING:
    from refcheck.document import Document
    from refcheck.model import FileReport


def check_latex(path: Path, text: str | None = None) -> FileReport:
    """Read a LaTeX paper with its included files and .bib files, then cross-check its keys."""
    from refcheck.keyed.latex.check import check_latex_paper, load_latex

    return check_latex_paper(load_latex(Path(path), text))


def check_keyed(path: str | Path, doc: Document | None = None) -> FileReport | None:
    """The report for a key-based paper (.tex, or Markdown whose front matter names a bibliography).

    None for every other paper, which the prose pipeline checks instead. This
    is the one call the application needs to route a file; InputError propagates
    (missing .bib file, unreadable paper).
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".tex":
        return check_latex(p, doc.text if doc is not None else None)
    if doc is not None and doc.kind == "markdown":
        from refcheck.keyed.pandoc import (
            check_pandoc_paper,
            is_pandoc_markdown,
            load_pandoc,
            rendered_without_bibliography,
        )

        if is_pandoc_markdown(doc) and not rendered_without_bibliography(doc, p):
            return check_pandoc_paper(load_pandoc(doc, p))
    return None


__all__ = ["check_keyed", "check_latex"]
