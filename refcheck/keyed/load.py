"""The I/O edge of key-based checking: the .bib files a paper names, read once as text.

The checks (``keyed.latex.check``, ``keyed.pandoc``, ``keyed.keycheck``) take these texts and
never open a file, so they can be tested on strings and cannot half-fail midway through a
paper. Reading raises InputError, which the application reports in one line.
"""

from __future__ import annotations

from pathlib import Path

from refcheck.errors import InputError

BibTexts = dict[Path, str]  # .bib path as the paper names it (resolved from its folder) -> its text


def read_bibliographies(named: list[tuple[Path, str]], paper: str) -> BibTexts:
    """The text of each named .bib file. NAMED pairs a path with how the paper names it (for the
    message when it is missing: "bibliography file 'refs.bib' not found (named in ...)")."""
    from refcheck.bibtex.read import read_bib_text

    texts: BibTexts = {}
    for path, where in named:
        if path in texts:
            continue
        if not path.is_file():
            raise InputError(paper, where)
        texts[path] = read_bib_text(path)
    return texts
