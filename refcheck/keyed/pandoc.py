"""Pandoc and Quarto Markdown: ``[@key]``, ``@key``, ``[-@key]``, ``[see @key, p. 3; @other]``.

A Markdown paper whose YAML front matter names a bibliography is a key-based
paper, checked like a LaTeX one (see refcheck.keyed.keycheck) instead of by
the prose citation matcher. Only the few front-matter keys that matter are
read (bibliography, nocite, csl), with a small reader rather than a YAML
library, so refcheck needs no YAML dependency.

What is not a citation is masked first, with spaces so positions stay true:
the front matter, code blocks and spans, HTML comments, URLs and e-mail
addresses; Quarto and pandoc-crossref references (``@fig-map``,
``@sec:intro``) are cross-references, not citations, and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from refcheck.document import Document
from refcheck.model import FileReport

_FRONT_START = re.compile(r"\A(?:\ufeff)?(?:[ \t]*\n)*---[ \t]*\n")
_FRONT_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_ITEM = re.compile(r"^[ \t]+-[ \t]+(.*?)[ \t]*$")
_REF_ID = re.compile(r"^[ \t]*-?[ \t]*id[ \t]*:[ \t]*['\"]?([^'\"\s#]+)")

# Citation keys as pandoc defines them: start with a letter, digit or _, then alphanumerics, _ and
# internal punctuation; or anything in braces. The @ must not follow a word character (e-mail).
_KEY = re.compile(r"(?<![\w@\\])(-?)@(?:\{([^{}\n]+)\}|([\w][\w:.#$%&\-+?<>~/]*))")
_TRAILING_PUNCT = ":.#$%&-+?<>~/"
_CROSSREF = re.compile(r"^(?:fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr|sol|rem|alg|apx|tip|nte|"
                       r"wrn|imp|cau)[-:]", re.IGNORECASE)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.MULTILINE)
_CODE_SPAN = re.compile(r"(`+)(?!`)(?:(?!\n[ \t]*\n).)*?(?<!`)\1(?!`)", re.DOTALL)  # never past a blank line
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_URL = re.compile(r"<?https?://[^\s<>)\]]+>?|\]\([^)\s]*\)|<[^<>\s@]+@[^<>\s]+>")
_STYLES = (("apa", "apa"), ("modern-language", "mla"), ("mla", "mla"), ("chicago", "chicago"),
           ("harvard", "harvard"), ("ieee", "ieee"), ("vancouver", "ieee"), ("nature", "ieee"))


@dataclass(slots=True)
class FrontValue:
    value: str
    line: int  # 1-based line of this value in the document
    column: int


@dataclass(slots=True)
class FrontMatter:
    end: int  # offset just after the closing --- line
    keys: dict[str, list[FrontValue]] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)
    reference_ids: list[FrontValue] = field(default_factory=list)  # inline references: - id: key


def front_matter(text: str) -> FrontMatter | None:
    """The YAML front matter at the start of TEXT, reduced to the values refcheck reads."""
    m = _FRONT_START.match(text)
    if not m:
        return None
    end = _FRONT_END.search(text, m.end())
    if not end:
        return None
    first_line = text.count("\n", 0, m.end()) + 1
    fm = FrontMatter(end=end.end())
    lines = text[m.end():end.start()].split("\n")
    current: str | None = None
    for i, line in enumerate(lines):
        lineno = first_line + i
        top = _TOP_KEY.match(line)
        if top and not line[:1].isspace():
            current = top.group(1)
            fm.key_lines[current] = lineno
            value = top.group(2)
            values = fm.keys.setdefault(current, [])
            col = line.find(value) + 1 if value else 1
            if value.startswith("[") and value.endswith("]"):
                offset = col
                for part in value[1:-1].split(","):
                    stripped = part.strip()
                    if stripped:
                        values.append(FrontValue(_unquote(stripped), lineno, offset + part.find(stripped) + 1))
                    offset += len(part) + 1
            elif value and value[0] not in "|>" and not value.startswith("#"):
                values.append(FrontValue(_unquote(value), lineno, col))
            continue
        if current is None or not line.strip():
            continue
        item = _ITEM.match(line)
        if current == "references":
            rid = _REF_ID.match(line)
            if rid:
                fm.reference_ids.append(FrontValue(rid.group(1), lineno, line.find(rid.group(1)) + 1))
        elif item:
            fm.keys.setdefault(current, []).append(FrontValue(_unquote(item.group(1)), lineno,
                                                              line.find(item.group(1)) + 1))
        elif line[:1].isspace():  # a block scalar's line (nocite: |)
            fm.keys.setdefault(current, []).append(FrontValue(line.strip(), lineno, len(line) - len(line.lstrip()) + 1))
    return fm


def _unquote(value: str) -> str:
    value = value.split(" #", 1)[0].strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def is_pandoc_markdown(doc: Document) -> bool:
    """Whether DOC is a pandoc/Quarto paper: its front matter names a bibliography (or inline references)."""
    if not doc.text.lstrip("\ufeff \t\n").startswith("---"):
        return False
    fm = front_matter(doc.text)
    return fm is not None and (bool(fm.keys.get("bibliography")) or bool(fm.reference_ids))


def rendered_without_bibliography(doc: Document, path: Path) -> bool:
    """A paper pandoc has already rendered keeps its front matter but prints its list (and cites by no @key, or
    by a few keys left unresolved); when the .bib file its front matter names did not travel with it, it is
    prose, checked as any paper is."""
    fm = front_matter(doc.text)
    if fm is None or all((Path(path).parent / item.value).is_file() for item in fm.keys.get("bibliography", [])):
        return False
    if not find_citations(doc.text, fm.end):
        return True
    from refcheck.section.find import find_reference_section

    section = find_reference_section(doc)
    return section is not None and section.end_line - section.start_line >= 3


@dataclass(slots=True)
class LoadedPandoc:
    """Everything a pandoc paper's check reads, read: the paper and its bibliography files."""

    doc: Document
    path: Path
    bibs: dict[Path, str]


def load_pandoc(doc: Document, path: Path) -> LoadedPandoc:
    """Read the bibliography files DOC's front matter names (relative to the paper's folder).

    Raises InputError when one is missing, unreadable, or not a .bib file.
    """
    from refcheck.errors import InputError
    from refcheck.keyed.load import read_bibliographies
    from refcheck.scope import require_inside

    path = Path(path)
    fm = front_matter(doc.text) or FrontMatter(end=0)
    bibs: dict[Path, str] = {}
    for item in fm.keys.get("bibliography", []):
        bib = path.parent / item.value
        missing = f"bibliography file {item.value!r} not found (front matter line {item.line})"
        require_inside(bib, path, "bibliography file")
        if not bib.is_file():
            raise InputError(str(path), missing)
        if bib.suffix.lower() not in (".bib", ".bibtex"):
            raise InputError(str(path), f"bibliography {item.value!r}: only BibTeX (.bib) files can be "
                                        "checked so far")
        bibs.update(read_bibliographies([(bib, missing)], str(path)))
    return LoadedPandoc(doc, path, bibs)


def check_pandoc(doc: Document, path: Path) -> FileReport:
    """Read DOC's bibliography files, then cross-check its keys (see check_pandoc_paper)."""
    return check_pandoc_paper(load_pandoc(doc, path))


def check_pandoc_paper(loaded: LoadedPandoc) -> FileReport:
    """Cross-check a pandoc/Quarto paper's citation keys against its read bibliography files (pure)."""
    from refcheck.keyed.keycheck import Entries, KeyCitation, Place, add_bib_entries, check_keys, finding_order
    from refcheck.model import Reference
    from refcheck.suppress import suppressed

    doc, path = loaded.doc, loaded.path
    main_dir = path.parent
    fm = front_matter(doc.text) or FrontMatter(end=0)
    entries = Entries(texts={path: doc.text})
    for item in fm.keys.get("bibliography", []):
        entries.has_list = True
        bib = main_dir / item.value
        add_bib_entries(entries, bib, loaded.bibs[bib], (item.line, item.column), main_dir)
    for rid in fm.reference_ids:
        entries.has_list = True
        ref = Reference(id=f"r{len(entries.refs) + 1}", line=rid.line, column=rid.column, raw=rid.value,
                        key=rid.value)
        entries.refs.append(ref)
        entries.places[ref.id] = Place(path, rid.line, rid.column, rid.line, rid.column, True)

    cites: list[KeyCitation] = []
    for value in fm.keys.get("nocite", []):
        for m in _KEY.finditer(value.value):
            key = m.group(2) or m.group(3).rstrip(_TRAILING_PUNCT)
            place = Place(path, value.line, value.column + m.start(), value.line, value.column + m.start(), True)
            cites.append(KeyCitation(key, place, nocite=True))
        if "@*" in value.value:
            cites.append(KeyCitation("*", Place(path, value.line, value.column, value.line, value.column, True),
                                     nocite=True))
    for key, offset, locator in find_citations(doc.text, fm.end):
        line, column = doc.position(offset)
        cites.append(KeyCitation(key, Place(path, line, column, line, column, True), locator=locator))

    citations, findings = check_keys(cites, entries, main_dir, nocite_hint="nocite (front matter)",
                                     main_text=doc.text)
    # a .bib finding was judged by its file's markers and its bibliography: line's (check_keys)
    findings = suppressed(doc.text, [f for f in findings if f.path is None]) + [
        f for f in findings if f.path is not None]
    findings.sort(key=finding_order)
    return FileReport(path=str(path), style=_style(fm), references=entries.refs, citations=citations,
                      findings=findings)


def _style(fm: FrontMatter) -> str:
    csl = fm.keys.get("csl") or fm.keys.get("citation-style")
    if not csl:
        return "chicago"  # pandoc's default CSL is Chicago author-date
    name = Path(csl[0].value).name.lower()
    for prefix, style in _STYLES:
        if prefix in name:
            return style
    return "unknown"


def find_citations(text: str, start: int = 0) -> list[tuple[str, int, str | None]]:
    """(key, offset of its @, locator) for every citation after START; code, comments, URLs masked."""
    body = mask(text, start)
    out: list[tuple[str, int, str | None]] = []
    for m in _KEY.finditer(body):
        key = m.group(2) if m.group(2) is not None else m.group(3).rstrip(_TRAILING_PUNCT)
        if not key or _CROSSREF.match(key):
            continue
        at = m.start() + len(m.group(1))
        end = at + 1 + len(key) + (2 if m.group(2) else 0)
        out.append((key, at, _locator(body, end, _in_brackets(body, at))))
    return out


def _in_brackets(body: str, at: int) -> bool:
    """Whether the @ at AT stands inside a bracketed citation "[see @key; ...]"."""
    for i in range(at - 1, max(-1, at - 300), -1):
        ch = body[i]
        if ch == "[":
            return True
        if ch == "]" or (ch == "\n" and i > 0 and body[i - 1] == "\n"):
            return False
    return False


def _locator(body: str, end: int, bracketed: bool) -> str | None:
    """"p. 3" in "[see @key, p. 3; @other]" or "@key [p. 33]"; None when there is none."""
    rest = body[end:end + 200]
    if bracketed:
        if not rest.startswith(","):
            return None
        stop = min([i for i in (rest.find(";"), rest.find("]"), rest.find("\n\n")) if i != -1] or [len(rest)])
        text = rest[1:stop].strip()
        return text or None
    m = re.match(r"[ \t]?\[([^\[\]@\n]*)\]", rest)
    if m and m.group(1).strip():
        return m.group(1).strip()
    return None


def mask(text: str, start: int = 0) -> str:
    """TEXT with everything before START and every non-prose span blanked (newlines kept)."""
    chars = list(text)

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "

    blank(0, start)
    # fenced code blocks
    pos = start
    while True:
        m = _FENCE.search(text, pos)
        if not m:
            break
        fence = m.group(1)
        close = re.compile(r"^[ \t]{0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$",
                           re.MULTILINE)
        line_end = text.find("\n", m.end())
        if line_end == -1:
            break
        c = close.search(text, line_end + 1)
        stop = c.end() if c else len(text)
        blank(m.start(), stop)
        pos = stop
    masked = "".join(chars)
    for pattern in (_COMMENT, _CODE_SPAN, _URL):
        for m in pattern.finditer(masked):
            blank(m.start(), m.end())
        masked = "".join(chars)
    return masked
