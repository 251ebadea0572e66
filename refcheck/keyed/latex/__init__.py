"""Key-based papers: LaTeX \\cite keys (natbib, biblatex) and pandoc/Quarto @keys against .bib files.

Everything is imported lazily from here so that ``import refcheck.latex``
costs nothing until a .tex or pandoc file is actually checked.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from refcheck.document import Document
    from refcheck.model import FileReport


def check_latex(path: Path, text: str | None = None) -> FileReport:
    """Cross-check a LaTeX paper; see :mod:`refcheck.latex.check`."""
    from refcheck.latex.check import check_latex as _check

    return _check(path, text)


def check_keyed(path: str | Path, doc: Document | None = None) -> FileReport | None:
    """The report for a key-based paper (.tex, or Markdown whose front matter names a bibliography).

    None for every other paper, which the prose pipeline checks instead. This
    is the one call the CLI needs to route a file; InputError propagates
    (missing .bib file, unreadable paper).
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".tex":
        return check_latex(p, doc.text if doc is not None else None)
    if doc is not None and doc.kind == "markdown":
        from refcheck.pandoc import check_pandoc, is_pandoc_markdown

        if is_pandoc_markdown(doc):
            return check_pandoc(doc, p)
    return None


__all__ = ["check_keyed", "check_latex"]
