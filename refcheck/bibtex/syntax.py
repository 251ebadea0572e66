"""A .bib file as a list of blocks that cover its text exactly, with the position of every part.

Why not bibtexparser here: a rewrite must keep every byte it does not mean to
change (comments, spacing, field order, @string macros unexpanded, blocks it
cannot read), and a lint finding must point at the line and column of the
field, not only of the entry. bibtexparser v2 gives neither positions of
fields nor the text between blocks, so this scanner follows BibTeX's own rules
(braces always count, even after a backslash; a quoted value ends at a ``"``
outside braces; ``#`` joins parts) and records spans. ``"".join`` of the
blocks' texts is the input, always: :func:`scan` never drops a character.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

_AT = re.compile(r"@[ \t\r\n]*([A-Za-z_][\w:.+-]*)[ \t\r\n]*")
_WS = re.compile(r"(?:[ \t\r\n]+|%[^\n]*)*")  # biber and bibtexparser allow % comments between fields
_NAME = re.compile(r"[^\s=,{}()\"#%'@]+")
_MACRO = re.compile(r"[^\s=,{}()\"#%'0-9][^\s=,{}()\"#%']*")
_NUMBER = re.compile(r"[0-9]+")
_BRACE = re.compile(r"[{}]")
_NEXT_ENTRY = re.compile(r"\n[ \t]*@[ \t]*[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Part:
    """One piece of a value: ``{braced}``, ``"quoted"``, a number, or a @string macro name."""

    kind: str  # "braced" | "quoted" | "number" | "macro"
    start: int  # span in the file text, delimiters included
    end: int
    text: str  # the content without its delimiters (a macro: its name)


@dataclass(frozen=True, slots=True)
class Value:
    """A field's whole value as written: its parts joined by ``#``."""

    start: int
    end: int
    parts: tuple[Part, ...]

    @property
    def simple(self) -> Part | None:
        """The one braced or quoted part, when the value is exactly that (what --fix edits)."""
        if len(self.parts) == 1 and self.parts[0].kind in ("braced", "quoted"):
            return self.parts[0]
        return None


@dataclass(frozen=True, slots=True)
class Field:
    name: str  # lower-case
    start: int  # where the name starts
    value: Value


@dataclass(slots=True)
class Block:
    """A stretch of the file: an entry, @string, @preamble, @comment, text between them, or a
    block that could not be read (``broken``, kept byte for byte)."""

    kind: str  # "entry" | "string" | "preamble" | "comment" | "text" | "broken"
    start: int
    end: int
    entry_type: str = ""  # lower-case, for entries
    key: str = ""
    key_start: int = 0
    fields: list[Field] = field(default_factory=list)
    message: str = ""  # broken: what is wrong
    problem_at: int = 0  # broken: where


class _SyntaxProblem(Exception):
    def __init__(self, at: int, message: str) -> None:
        super().__init__(message)
        self.at = at
        self.message = message


class Positions:
    """1-based line and column of an offset; lines end at ``\\n`` (a ``\\r`` before it is part of the line)."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        self._starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")

    def line(self, offset: int) -> int:
        return bisect_right(self._starts, offset)

    def column(self, offset: int) -> int:
        return offset - self._starts[self.line(offset) - 1] + 1


def scan(text: str) -> list[Block]:
    """Every block of TEXT in order; their spans tile the text from 0 to len(text)."""
    blocks: list[Block] = []
    pos, n = 0, len(text)
    while pos < n:
        at = text.find("@", pos)
        if at < 0:
            _text_block(blocks, pos, n)
            break
        m = _AT.match(text, at)
        opener = text[m.end()] if m and m.end() < n else ""
        if not m or opener not in ("{", "("):  # not `in "{("`: "" (an "@type" at the end) is in every string
            _text_block(blocks, pos, at + 1)  # an "@" that opens nothing (an e-mail address in a comment)
            pos = at + 1
            continue
        if at > pos:
            _text_block(blocks, pos, at)
        kind = m.group(1).lower()
        try:
            block = _block(text, at, kind, m.end())
        except _SyntaxProblem as exc:
            nxt = _NEXT_ENTRY.search(text, at)
            end = nxt.start() + 1 if nxt and nxt.start() + 1 > at else n
            block = Block("broken", at, end, entry_type=kind, message=exc.message, problem_at=exc.at)
        blocks.append(block)
        pos = block.end
    return blocks


def _text_block(blocks: list[Block], start: int, end: int) -> None:
    if blocks and blocks[-1].kind == "text" and blocks[-1].end == start:
        blocks[-1].end = end
    else:
        blocks.append(Block("text", start, end))


def _block(text: str, at: int, kind: str, open_at: int) -> Block:
    closer = "}" if text[open_at] == "{" else ")"
    if kind == "comment":
        end = _balanced(text, open_at) if closer == "}" else _until(text, open_at, ")")
        return Block("comment", at, end, entry_type=kind)
    p = _skip(text, open_at + 1)
    if kind == "preamble":
        value, p = _value(text, p)
        return Block("preamble", at, _close(text, p, closer), entry_type=kind,
                     fields=[Field("", value.start, value)])
    if kind == "string":
        fld, p = _field(text, p)
        return Block("string", at, _close(text, p, closer), entry_type=kind, fields=[fld])
    key_end = p
    while key_end < len(text) and text[key_end] not in ",\n\t\r }" and not (closer == ")" and text[key_end] == ")"):
        key_end += 1
    key = text[p:key_end]
    block = Block("entry", at, 0, entry_type=kind, key=key, key_start=p)
    p = _skip(text, key_end)
    while True:
        if p < len(text) and text[p] == closer:
            block.end = p + 1
            return block
        if p >= len(text) or text[p] != ",":
            raise _SyntaxProblem(p, _expected(text, p, f"',' or '{closer}' after the key or a field"))
        p = _skip(text, p + 1)
        if p < len(text) and text[p] == closer:
            block.end = p + 1
            return block
        fld, p = _field(text, p)
        block.fields.append(fld)


def _field(text: str, p: int) -> tuple[Field, int]:
    m = _NAME.match(text, p)
    if not m:
        raise _SyntaxProblem(p, _expected(text, p, "a field name"))
    q = _skip(text, m.end())
    if q >= len(text) or text[q] != "=":
        raise _SyntaxProblem(q, _expected(text, q, f"'=' after the field name {m.group(0)!r}"))
    value, q = _value(text, _skip(text, q + 1))
    return Field(m.group(0).lower(), p, value), q


def _value(text: str, p: int) -> tuple[Value, int]:
    parts: list[Part] = []
    start = p
    while True:
        part, p = _part(text, p)
        parts.append(part)
        end = p
        p = _skip(text, p)
        if p < len(text) and text[p] == "#":
            p = _skip(text, p + 1)
            continue
        return Value(start, end, tuple(parts)), p


def _part(text: str, p: int) -> tuple[Part, int]:
    ch = text[p] if p < len(text) else ""
    if ch == "{":
        end = _balanced(text, p)
        return Part("braced", p, end, text[p + 1:end - 1]), end
    if ch == '"':
        depth, q = 0, p + 1
        while q < len(text):
            c = text[q]
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth < 0:
                    raise _SyntaxProblem(q, "unbalanced braces: a '}' closes a brace never opened in this value")
            elif c == '"' and depth == 0:
                return Part("quoted", p, q + 1, text[p + 1:q]), q + 1
            q += 1
        raise _SyntaxProblem(p, "the quoted value that starts here is never closed (or its braces are unbalanced)")
    m = _NUMBER.match(text, p) or _MACRO.match(text, p)
    if not m:
        raise _SyntaxProblem(p, _expected(text, p, "a value: {text}, \"text\", a number or a @string name"))
    return Part("number" if m.group(0).isdigit() else "macro", p, m.end(), m.group(0)), m.end()


def _balanced(text: str, p: int) -> int:
    """The offset just after the brace that closes the one at P (BibTeX counts every brace)."""
    depth = 0
    for m in _BRACE.finditer(text, p):
        if m.group(0) == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.end()
    raise _SyntaxProblem(p, "unbalanced braces: the '{' here is never closed")


def _until(text: str, p: int, closer: str) -> int:
    q = text.find(closer, p)
    if q < 0:
        raise _SyntaxProblem(p, f"no closing {closer!r}")
    return q + 1


def _close(text: str, p: int, closer: str) -> int:
    if p < len(text) and text[p] == closer:
        return p + 1
    raise _SyntaxProblem(p, _expected(text, p, repr(closer)))


def _skip(text: str, p: int) -> int:
    return _WS.match(text, p).end()  # type: ignore[union-attr]


def _expected(text: str, p: int, what: str) -> str:
    found = repr(text[p]) if p < len(text) else "the end of the file"
    return f"expected {what}, found {found}"
