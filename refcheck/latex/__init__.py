"""LaTeX papers: \\cite keys (natbib, biblatex) checked against the paper's .bib files.

``check_latex`` is imported lazily from here so that ``import refcheck.latex``
costs nothing until a .tex file is actually checked.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from refcheck.model import FileReport


def check_latex(path: Path, text: str | None = None) -> FileReport:
    """Cross-check a LaTeX paper; see :mod:`refcheck.latex.check`."""
    from refcheck.latex.check import check_latex as _check

    return _check(path, text)


__all__ = ["check_latex"]
