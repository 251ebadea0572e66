"""Read a LaTeX paper: the main file plus every file it \\input / \\include s.

Each file is kept separately with two texts of equal length: the original
(suppression markers live in comments) and ``code``, where comments and
verbatim-like environments are blanked with spaces. Blanking instead of
deleting keeps every offset, line and column of the original, so a citation
found in ``code`` is reported where the author wrote it, and a commented-out
``\\cite{old}`` is never reported at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from refcheck.document import Document
from refcheck.scope import warn_outside

MAX_DEPTH = 20  # \input chains deeper than this are a loop LaTeX itself would refuse

_VERBATIM_ENVS = ("verbatim", "Verbatim", "BVerbatim", "lstlisting", "minted", "comment", "filecontents",
                  "filecontents*", "verbatim*")
_ENV = re.compile(r"\\begin\s*\{(" + "|".join(re.escape(e) for e in _VERBATIM_ENVS) + r")\}")
_IFFALSE = re.compile(r"\\iffalse(?![A-Za-z])")
_FI = re.compile(r"\\(?:if[A-Za-z]*|fi)(?![A-Za-z])")
_INPUT = re.compile(
    r"\\(input|include|subfile|subfileinclude)(?![A-Za-z])\s*\{([^{}\n]*)\}"
    r"|\\input(?![A-Za-z])[ \t]+([^\s{}\\%]+)"
    r"|\\(import|subimport|inputfrom|subinputfrom|includefrom|subincludefrom)\*?\s*\{([^{}\n]*)\}\s*\{([^{}\n]*)\}"
)
_TEX_ROOT = re.compile(r"^\s*%\s*!\s*TEX\s+root\s*=\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


@dataclass(slots=True)
class Source:
    """One .tex file of the paper."""

    path: Path
    text: str  # as written
    code: str  # same length; comments and verbatim blanked
    included_at: tuple[Source, int] | None = None  # the including file and the offset of its \input
    doc: Document = field(init=False)

    def __post_init__(self) -> None:
        self.doc = Document(path=str(self.path), text=self.text, kind="latex")

    def anchor(self) -> tuple[Source, int]:
        """The outermost (main-file) \\input this file hangs from, or this file itself at offset 0."""
        src, off = self, 0
        while src.included_at is not None:
            src, off = src.included_at
        return src, off


def read_tex_text(path: Path) -> str:
    from refcheck.readers import read_bytes
    from refcheck.readers.text import decode_text

    # inputenc-era papers are Latin-1: never refuse a file over its encoding
    return decode_text(read_bytes(path, allow_empty=True), fallback="latin-1")[0]


@dataclass(slots=True)
class Paper:
    """A LaTeX paper as read: its files, main first, and the \\input targets that do not exist."""

    sources: list[Source]
    missing: list[tuple[Source, int, Path]] = field(default_factory=list)  # (includer, offset, target)

    @property
    def main(self) -> Source:
        return self.sources[0]


def read_latex(main: Path, text: str | None = None) -> Paper:
    """The main file first, then every included file in the order LaTeX would reach it.

    Missing included files are skipped (LaTeX would stop; refcheck still
    checks what it can) and listed in ``Paper.missing``.
    """
    if text is None:
        text = read_tex_text(main)
    root = Path(main).parent
    first = Source(Path(main), text, strip_comments(text))
    paper = Paper([first])
    seen = {_key(Path(main))}

    def follow(src: Source, depth: int) -> None:
        for m in _INPUT.finditer(src.code):
            target = _target(m, root, src.path.parent)
            if target is None:
                continue
            k = _key(target)
            if k in seen or depth >= MAX_DEPTH:
                continue
            seen.add(k)
            if warn_outside(target, Path(main), "included file"):
                continue
            if not target.is_file():
                paper.missing.append((src, m.start(), target))
                continue
            body = read_tex_text(target)
            child = Source(target, body, strip_comments(body), included_at=(src, m.start()))
            paper.sources.append(child)
            follow(child, depth + 1)

    follow(first, 0)
    return paper


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def _target(m: re.Match[str], root: Path, here: Path) -> Path | None:
    if m.group(2) is not None or m.group(3) is not None:
        name = (m.group(2) if m.group(2) is not None else m.group(3)).strip()
        base = here if m.group(1) in ("subfile", "subfileinclude") else root
    else:
        directory, name = m.group(5).strip(), m.group(6).strip()
        rel = m.group(4).startswith("sub")
        base = (here if rel else root) / directory
    if not name or "#" in name or "\\" in name:  # a macro argument or a computed name
        return None
    p = base / name
    if p.suffix.lower() != ".tex" and not p.is_file():
        p = p.with_name(p.name + ".tex")
    return p


def tex_root(text: str, path: Path) -> Path | None:
    """The main file named by a ``% !TEX root = ../main.tex`` magic comment, if any."""
    m = _TEX_ROOT.search(text[:4000])
    if not m:
        return None
    name = m.group(1).strip().strip('"')
    p = path.parent / name
    return p if p.suffix else p.with_name(p.name + ".tex")


def strip_comments(text: str) -> str:
    """TEXT with comments, verbatim-like environments and \\iffalse blocks blanked by spaces."""
    chars = list(text)
    n = len(text)

    def blank(a: int, b: int) -> None:
        for i in range(a, min(b, n)):
            if chars[i] != "\n":
                chars[i] = " "

    # comments: an unescaped % to the end of the line
    i = text.find("%")
    while i != -1:
        j = i - 1
        backslashes = 0
        while j >= 0 and text[j] == "\\":
            backslashes += 1
            j -= 1
        end = text.find("\n", i)
        end = n if end == -1 else end
        if backslashes % 2 == 0 and chars[i] == "%":
            blank(i, end)
            i = text.find("%", end)
        else:
            i = text.find("%", i + 1)
    code = "".join(chars)

    # verbatim-like environments (looked for in the comment-free text, so a commented \begin is no start);
    # one pass, each search starting after the previous environment: linear in the file
    pos = 0
    while True:
        m = _ENV.search(code, pos)
        if not m:
            break
        end_m = re.compile(r"\\end\s*\{" + re.escape(m.group(1)) + r"\}").search(code, m.end())
        stop = end_m.start() if end_m else n
        blank(m.end(), stop)
        pos = max(stop, m.end())
    code = "".join(chars)

    # \iffalse ... \fi (nesting counted), a common way to comment out a block
    pos = 0
    while True:
        m = _IFFALSE.search(code, pos)
        if not m:
            break
        depth, k = 1, m.end()
        for t in _FI.finditer(code, m.end()):
            depth += -1 if t.group(0) == "\\fi" else 1
            if depth == 0:
                k = t.start()
                break
        else:
            k = n
        blank(m.end(), k)
        pos = k + 1
    return "".join(chars)
