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


# Limits on what one paper may cost (issue 17; README "Limits and safety"). A book-length
# thesis is ~2 MB of text; past these the file gets one clear error instead of minutes and GBs.
MAX_TEXT_BYTES = 10 * 1024 * 1024
MAX_DOCX_BYTES = 50 * 1024 * 1024
MAX_PDF_BYTES = 100 * 1024 * 1024
STDIN_KINDS = {"text": "text", "markdown": "markdown", "latex": "latex", "docx": ".docx", "pdf": ".pdf"}


def read_document(path: str, stdin_type: str | None = None) -> Document:
    """Read PATH (or "-" for stdin, of STDIN_TYPE or sniffed) into a Document, or raise InputError."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_PDF_BYTES + 1)
        return _from_bytes(data, "<stdin>", STDIN_KINDS[stdin_type] if stdin_type else sniff(data))
    p = Path(path)
    suffix = p.suffix.lower()
    if p.is_dir():
        raise InputError(path, "is a directory; give one paper (check walks directories, bib and parse do not)")
    if suffix not in TEXT_SUFFIXES and suffix not in (".docx", ".pdf", ".tex"):
        raise InputError(path, f"unsupported file type {suffix or '(no extension)'!r}; "
                               f"expected one of {', '.join(SUPPORTED)}")
    limit = {".docx": MAX_DOCX_BYTES, ".pdf": MAX_PDF_BYTES}.get(suffix, MAX_TEXT_BYTES)
    _check_size(p, path, limit)
    data = read_bytes(p, path)
    kind = TEXT_SUFFIXES.get(suffix, "latex") if suffix not in (".docx", ".pdf") else suffix
    return _from_bytes(data, path, kind)


def _from_bytes(data: bytes, path: str, kind: str) -> Document:
    if kind == ".docx":
        from refcheck.readers.docx import read_docx

        return read_docx(data, path)
    if kind == ".pdf":
        from refcheck.readers.pdf import read_pdf

        return read_pdf(data, path)
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(path, f"text is over the {MAX_TEXT_BYTES // 1024 // 1024} MB limit for one paper; "
                               "check the reference list on its own")
    from refcheck.readers.text import decode

    return decode(data, path, kind)


def sniff(data: bytes) -> str:
    """What bytes on stdin are: a .docx (a zip), a PDF, LaTeX, Markdown (front matter or
    headings), else plain text. Without this a .docx piped in was read as text (issue 17)."""
    head = data[:4096].lstrip()
    if head.startswith(b"PK\x03\x04"):
        return ".docx"
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if b"\\documentclass" in head or b"\\begin{document}" in data[:65536]:
        return "latex"
    if head.startswith(b"---\n") or any(line.startswith((b"# ", b"## ")) for line in head.splitlines()):
        return "markdown"
    return "text"


def _check_size(p: Path, shown: str, limit: int) -> None:
    try:
        size = p.stat().st_size
    except OSError:
        return  # read_bytes names the problem
    if size > limit:
        raise InputError(shown, f"{size / 1024 / 1024:.0f} MB is over the {limit // 1024 // 1024} MB limit "
                                f"for a {p.suffix.lower() or 'text'} paper")


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
