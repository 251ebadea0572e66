"""A file's place in its LaTeX or pandoc project: which main file includes a chapter, which
papers use a .bib file.

The pre-commit hook hands refcheck the files a commit touches (issue 17): a chapter without
``% !TEX root`` used to be checked alone ("0 errors": it has no bibliography of its own), and
a commit that only deleted a cited entry from a .bib was skipped. Both are now checked through
the papers of the same project (the nearest git work tree, else the file's directory) that
include or cite them.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from refcheck.scope import project_root

MAX_PROJECT_FILES = 2000  # a project walk looks at this many papers at most
MAX_PAPER_BYTES = 4 * 1024 * 1024
PAPER_SUFFIXES = (".tex", ".md", ".markdown", ".qmd", ".rmd")


def project_papers(start: Path) -> list[Path]:
    """Key-based papers (.tex with \\documentclass, Markdown with ``bibliography:``) in START's project."""
    return list(_papers_under(project_root(start)))


@lru_cache(maxsize=8)
def _papers_under(root: Path) -> tuple[Path, ...]:
    """Walked once per project and run: a batch of chapters (or a fuzz run of thousands of
    fragments in one directory: 3-4 s each before) does not re-read the project per file."""
    return tuple(_walk(root))


def _walk(root: Path) -> list[Path]:
    found: list[Path] = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "_build"))
        for name in sorted(names):
            if name.lower().endswith(PAPER_SUFFIXES):
                path = Path(folder) / name
                head = _head(path)
                if ("\\documentclass" in head) if name.lower().endswith(".tex") else ("bibliography:" in head):
                    found.append(path)
                if len(found) >= MAX_PROJECT_FILES:
                    return found
    return found


def including_main(chapter: Path) -> Path | None:
    """The main .tex file of CHAPTER's project that reaches it through \\input/\\include."""
    from refcheck.keyed.latex.reader import read_latex

    target = _real(chapter)
    stem = chapter.stem
    for paper in project_papers(chapter):
        if paper.suffix.lower() != ".tex" or _real(paper) == target or stem not in _include_lines(paper):
            continue  # a main file names its chapter (\input{chapters/intro}): cheap test first
        try:
            sources = read_latex(paper).sources
        except Exception:  # noqa: BLE001 - an unreadable neighbour is not this chapter's problem
            continue
        if any(_real(s.path) == target for s in sources[1:]):
            return paper
    return None


def papers_using(bib: Path) -> list[Path]:
    """The papers of BIB's project whose bibliography includes it."""
    from refcheck.keyed.latex.bibfiles import bib_sources
    from refcheck.keyed.latex.reader import read_latex
    from refcheck.keyed.pandoc import front_matter

    target = _real(bib)
    users: list[Path] = []
    for paper in project_papers(bib):
        try:
            if paper.suffix.lower() == ".tex":
                named = [b.path for s in read_latex(paper).sources for b in bib_sources(s.code, paper.parent)]
            else:
                fm = front_matter(paper.read_text(encoding="utf-8", errors="replace"))
                named = [paper.parent / v.value for v in (fm.keys.get("bibliography", []) if fm else [])]
        except Exception:  # noqa: BLE001 - as above
            continue
        if any(_real(p) == target for p in named):
            users.append(paper)
    return users


@lru_cache(maxsize=4096)
def _include_lines(path: Path) -> str:
    """The lines of PATH that can include another file (small, so cached across a batch)."""
    return "\n".join(line for line in _head(path).splitlines()
                     if "\\input" in line or "\\include" in line or "import" in line or "\\subfile" in line)


def _head(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_PAPER_BYTES:
            return ""
        return path.read_text(encoding="utf-8", errors="replace")[:200_000]
    except OSError:
        return ""


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
