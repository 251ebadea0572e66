"""Which files a paper may make refcheck read (issue 17).

A paper from a stranger names other files: ``\\input{...}``, ``\\addbibresource{...}``,
``% !TEX root``, pandoc's ``bibliography:``. Followed blindly, ``\\addbibresource{/etc/...}``
or ``../../`` paths read any file the user can and echo pieces of it into the report. By
default only files under the paper's project directory are read (the nearest enclosing git
work tree, else the paper's own directory), and only by extension (.tex, .bib, ...);
``--allow-outside PATH`` adds directories. The paper itself is always read: the user named it.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from refcheck.errors import InputError

READABLE_SUFFIXES = frozenset({".tex", ".ltx", ".bib", ".bibtex", ".bbl"})
_allowed: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("allowed_outside", default=())


@contextmanager
def allowing(paths: list[str] | tuple[str, ...]) -> Iterator[None]:
    """Within the block, files under PATHS may be read too (--allow-outside)."""
    token = _allowed.set(tuple(paths))
    try:
        yield
    finally:
        _allowed.reset(token)


def project_root(paper: Path) -> Path:
    """The nearest enclosing git work tree of PAPER, else PAPER's directory."""
    here = _real(paper).parent
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def outside(target: Path, paper: Path, any_suffix: bool = False) -> str | None:
    """Why TARGET, named by PAPER, may not be read (None when it may). ANY_SUFFIX: LaTeX's
    \\input of a .pgf or .tikz file inside the project is fine; only the directory counts."""
    if not any_suffix and target.suffix.lower() not in READABLE_SUFFIXES:
        return f"only {', '.join(sorted(READABLE_SUFFIXES))} files are read"
    real = _real(target)
    roots = [project_root(paper), *(_real(Path(p)) for p in _allowed.get())]
    if any(real == root or root in real.parents for root in roots):
        return None
    return f"it is outside the project directory {roots[0]} (--allow-outside DIR to read it)"


def warn_outside(target: Path, paper: Path, named: str) -> bool:
    """True (after one warning line naming TARGET) when TARGET lies outside the project: an
    \\input there is skipped, the rest of the paper still checked."""
    reason = outside(target, paper, any_suffix=True)
    if reason is not None:
        import sys

        print(f"refcheck: warning: {paper}: {named} {str(target)[:200]!r} not read: {reason}", file=sys.stderr)
    return reason is not None


def require_inside(target: Path, paper: Path, named: str) -> None:
    """Raise InputError naming TARGET (and nothing of its content) when it may not be read."""
    reason = outside(target, paper)
    if reason is not None:
        raise InputError(str(paper), f"{named} {str(target)[:200]!r} not read: {reason}")


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
