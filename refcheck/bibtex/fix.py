"""``refcheck bib --fix``: rewrite a .bib in place of itself, changing only what the rules change.

The file is edited, not regenerated: every byte outside the values a rule
changes (comments, spacing, field order, @string, @preamble, unknown fields,
blocks that cannot be read) is copied as it was. Before anything is written
the result is read back and compared with the input, entry by entry: the same
entries, the same number of fields, and the same (field, meaning) pairs. If
any of that differs, :class:`LossError` says what and nothing is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from refcheck.bibtex.read import expand
from refcheck.bibtex.rules import meaning, rules_for
from refcheck.bibtex.syntax import Block, Positions, scan


@dataclass(frozen=True, slots=True)
class Change:
    """One value rewritten: where, which field of which entry, before and after, and by which rules."""

    start: int  # span of the text replaced (the content, or the whole value for a month)
    end: int
    line: int
    key: str
    field: str
    old: str
    new: str
    rules: tuple[str, ...]


class LossError(Exception):
    """The rewritten file would not hold what the input holds; nothing may be written."""


def plan(text: str, blocks: list[Block] | None = None, *, escape: bool = True) -> list[Change]:
    """The changes the documented rules make to TEXT, in file order (ESCAPE=False: leave
    non-ASCII letters as they are, for a file whose encoding is in doubt)."""
    blocks = scan(text) if blocks is None else blocks
    pos = Positions(text)
    out: list[Change] = []
    for block in blocks:
        if block.kind != "entry":
            continue
        for fld in block.fields:
            part = fld.value.simple
            if part is None:
                continue
            content, applied = part.text, []
            for name, rule in rules_for(fld.name):
                if name == "escape" and not escape:
                    continue
                fixed = rule(content)
                if fixed is not None and fixed != content:
                    content, applied = fixed, [*applied, name]
            if not applied:
                continue
            if "month" in applied:  # a month macro is written bare: {March} -> mar
                start, end = fld.value.start, fld.value.end
            else:
                start, end = part.start + 1, part.end - 1
            out.append(Change(start, end, pos.line(fld.value.start), block.key, fld.name, part.text, content,
                              tuple(applied)))
    return out


def apply(text: str, changes: list[Change]) -> str:
    """TEXT with each change's span replaced by its new text."""
    out, pos = [], 0
    for change in sorted(changes, key=lambda c: c.start):
        out.append(text[pos:change.start])
        out.append(change.new)
        pos = change.end
    out.append(text[pos:])
    return "".join(out)


def fix_text(text: str, *, escape: bool = True) -> tuple[str, list[Change], list[Block]]:
    """(the fixed text, the changes made, the input's blocks); raises LossError rather than lose data."""
    blocks = scan(text)
    changes = plan(text, blocks, escape=escape)
    fixed = apply(text, changes)
    verify(text, blocks, fixed)
    return fixed, changes, blocks


def verify(before_text: str, before: list[Block], after_text: str) -> None:
    """Raise LossError unless AFTER_TEXT holds every block, entry, field and meaning of the input."""
    after = scan(after_text)
    kinds_before = Counter(b.kind for b in before if b.kind != "text")
    kinds_after = Counter(b.kind for b in after if b.kind != "text")
    if kinds_before != kinds_after:
        raise LossError(f"the output would hold {_count(kinds_after)} instead of {_count(kinds_before)}")
    for b, a in zip(_kept(before), _kept(after), strict=True):
        if before_text[b.start:b.end] != after_text[a.start:a.end]:
            raise LossError(f"a {b.kind} block would change (line {Positions(before_text).line(b.start)})")
    strings_b: dict[str, str] = {}
    strings_a: dict[str, str] = {}
    entries_b = [b for b in before if b.kind in ("entry", "string")]
    entries_a = [a for a in after if a.kind in ("entry", "string")]
    for b, a in zip(entries_b, entries_a, strict=True):
        if b.kind == "string":
            strings_b[b.fields[0].name] = expand(b.fields[0].value, before_text, strings_b)
            strings_a[a.fields[0].name] = expand(a.fields[0].value, after_text, strings_a)
            continue
        if before_text[b.start:b.end] == after_text[a.start:a.end]:
            continue  # untouched, and its macros are the same @strings (compared above)
        if (b.entry_type, b.key, len(b.fields)) != (a.entry_type, a.key, len(a.fields)):
            raise LossError(f"entry {b.key!r} would come out as @{a.entry_type}{{{a.key}}} with "
                            f"{len(a.fields)} fields instead of @{b.entry_type}{{{b.key}}} with {len(b.fields)}")
        mb = _meanings(b, before_text, strings_b)
        ma = _meanings(a, after_text, strings_a)
        if mb != ma:
            lost = sorted(set(mb) - set(ma))
            raise LossError(f"entry {b.key!r} would change the meaning of {', '.join(f for f, _ in lost)}")


def _kept(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.kind in ("string", "preamble", "comment", "broken")]


def _meanings(block: Block, text: str, strings: dict[str, str]) -> Counter:
    return Counter((f.name, meaning(f.name, expand(f.value, text, strings))) for f in block.fields)


def _count(kinds: Counter) -> str:
    return ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "nothing"


def report_lines(path: str, changes: list[Change], clip: Callable[[str], str] | None = None) -> list[str]:
    """One line per change: ``refs.bib:12: pages "1-20" -> "1--20"``."""
    clip = clip or _clip
    return [f"{path}:{c.line}: {c.field} \"{clip(c.old)}\" -> \"{clip(c.new)}\"" for c in changes]


def _clip(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass(frozen=True, slots=True)
class BibBytes:
    """A .bib file's text and how to write it back as it came: encoding, byte-order mark."""

    text: str
    encoding: str
    bom: bool

    def encode(self, text: str) -> bytes:
        return (b"\xef\xbb\xbf" if self.bom else b"") + text.encode(self.encoding)


def decode(data: bytes) -> BibBytes:
    """UTF-8, else Latin-1 (every byte is a character, so the bytes come back as they were).
    Line ends are kept as they are: a CRLF file stays CRLF."""
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    try:
        return BibBytes(body.decode("utf-8"), "utf-8", bom)
    except UnicodeDecodeError:
        return BibBytes(body.decode("latin-1"), "latin-1", bom)


def fix_file(path: str, output: str, *, quiet: bool = False) -> int:
    """``bib --fix PATH``: write the fixed file to OUTPUT (``-``: stdout; PATH itself: in place).

    Prints one line per change to stderr (unless QUIET) and a summary; exit status 2
    with nothing written when the file cannot be read or the output would lose anything.
    """
    import sys
    from pathlib import Path

    from refcheck.errors import InputError
    from refcheck.io import write_output
    from refcheck.readers import read_bytes

    try:
        source = decode(read_bytes(Path(path), what=".bib", allow_empty=True))
    except InputError as exc:
        print(f"refcheck: error: {exc}", file=sys.stderr)
        return 2
    try:
        fixed, changes, blocks = fix_text(source.text, escape=source.encoding == "utf-8")
    except LossError as exc:
        print(f"refcheck: error: {path}: nothing written: {exc}", file=sys.stderr)
        return 2
    pos = Positions(source.text)
    if not quiet:
        for line in report_lines(path, changes):
            print(line, file=sys.stderr)
    broken = [b for b in blocks if b.kind == "broken"]
    for b in broken:
        from refcheck.bibtex.read import broken_message

        print(f"{path}:{pos.line(b.start)}:{pos.column(b.start)}: warning unparsed-entry: "
              f"{broken_message(b, source.text, pos)}", file=sys.stderr)
    unchanged_in_place = not changes and output != "-" and Path(output).resolve() == Path(path).resolve()
    try:
        if not unchanged_in_place:  # an untouched file keeps its time stamp (no needless LaTeX rebuild)
            write_output(output, source.encode(fixed))  # stdout too: the file's own encoding and BOM
    except OSError as exc:
        print(f"refcheck: error: {output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    entries = len({c.key for c in changes})
    kept = f"; {len(broken)} unreadable block(s) kept as written" if broken else ""
    print(f"refcheck: {path}: {len(changes)} change(s) in {entries} entr{'y' if entries == 1 else 'ies'}"
          f"{kept}", file=sys.stderr)
    return 0
