"""Readers turn a file (or stdin) into a Document; the dispatch is by extension.

Each format lives in its own module and imports its library lazily, so
checking a .txt file never pays for python-docx or pypdf.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from refcheck.document import Document
from refcheck.errors import InputError

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                 ".qmd": "markdown", ".rmd": "markdown"}
SUPPORTED = sorted([*TEXT_SUFFIXES, ".docx", ".pdf", ".tex"])


def read_document(path: str) -> Document:
    """Read PATH (or "-" for stdin) into a Document, or raise InputError."""
    if path == "-":
        from refcheck.readers.text import decode

        data = sys.stdin.buffer.read()
        return decode(data, "<stdin>", "text")
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in TEXT_SUFFIXES and suffix not in (".docx", ".pdf", ".tex"):
        raise InputError(path, f"unsupported file type {suffix or '(no extension)'!r}; "
                               f"expected one of {', '.join(SUPPORTED)}")
    data = read_bytes(p, path)
    if suffix in TEXT_SUFFIXES or suffix == ".tex":
        from refcheck.readers.text import decode

        return decode(data, path, TEXT_SUFFIXES.get(suffix, "latex"))
    if suffix == ".docx":
        from refcheck.readers.docx import read_docx

        return read_docx(data, path)
    from refcheck.readers.pdf import read_pdf

    return read_pdf(data, path)


def read_bytes(p: Path, shown: str | None = None, what: str = "paper", allow_empty: bool = False) -> bytes:
    """The bytes of a file, or an InputError that names it (shared by every reader)."""
    shown = shown if shown is not None else str(p)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(shown, "no such file" if what == "paper" else f"no such {what} file") from None
    except IsADirectoryError:
        raise InputError(shown, f"is a directory, not a {what}") from None
    except OSError as exc:
        raise InputError(shown, f"cannot read: {exc.strerror or exc}") from None
    if not allow_empty and not data.strip():
        raise InputError(shown, "file is empty")
    return data


def is_readable_paper(path: str) -> bool:
    """Whether a directory walk should pick this file up."""
    name = os.path.basename(path)
    return not name.startswith(".") and Path(name).suffix.lower() in (*TEXT_SUFFIXES, ".docx", ".pdf", ".tex")
