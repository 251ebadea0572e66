"""Read a .bib file into Reference objects, with the line of every entry.

LaTeX and pandoc papers keep their reference list in .bib files; this turns
those into the same Reference/Fields shape the rest of refcheck works on, so
matching, did-you-mean, Crossref resolution and reports need no BibTeX
special cases. The blocks come from :mod:`refcheck.bibtex.syntax`, the same
scanner the linter and ``bib --fix`` use, so all three agree on what an entry
is and where it starts.

Two kinds of trouble in a .bib are kept rather than dropped, because the
checks need them: an entry whose key repeats an earlier one is returned as a
Reference too (``extra["duplicate_of"]`` names the first), and blocks that
could not be read are available from :func:`read_bib_file` as problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from refcheck.bibtex.latex_text import to_text as _text
from refcheck.bibtex.syntax import Block, Positions, Value, scan
from refcheck.bibtex.types import GENRES, MODEL_TYPE, STANDARD_MACROS
from refcheck.model import Fields, Name, Reference

_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}[a-z]?")


@dataclass(slots=True)
class BibFile:
    """What one .bib file holds: its entries and the blocks that could not be read."""

    path: Path
    references: list[Reference] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (1-based line, message)
    text: str = ""
    # per reference id: the entry's BibTeX fields as written (lower-case names), for required-field
    # and crossref checks that need more than the normalized Fields
    raw_fields: dict[str, dict[str, str]] = field(default_factory=dict)
    entry_types: dict[str, str] = field(default_factory=dict)
    duplicate_of: dict[str, str] = field(default_factory=dict)  # id of a repeated key -> id of the first
    blocks: list[Block] = field(default_factory=list)
    entry_blocks: dict[str, Block] = field(default_factory=dict)  # reference id -> its block
    strings: dict[str, str] = field(default_factory=dict)  # @string macros, lower-case names


def read_bib(path: Path) -> list[Reference]:
    """The entries of a .bib file as References (ids r1.., key = the BibTeX key)."""
    return read_bib_file(path).references


def read_bib_file(path: Path, *, first_id: int = 1) -> BibFile:
    """Read PATH; ids start at ``r{first_id}`` so several files can share one numbering.

    Raises InputError when the file is missing or unreadable: a paper whose
    bibliography cannot be read cannot be checked, and the CLI reports that in
    one line.
    """
    return parse_bib_text(read_bib_text(path), path, first_id=first_id)


def read_bib_text(path: Path) -> str:
    """The text of the .bib file at PATH (LF line ends). Raises InputError."""
    from refcheck.readers import read_bytes
    from refcheck.readers.text import decode_text

    # Old .bib files are often Latin-1: never refuse one over its encoding.
    text, _ = decode_text(read_bytes(path, what=".bib", allow_empty=True), fallback="latin-1")
    return text


def parse_bib_text(text: str, path: Path, *, first_id: int = 1) -> BibFile:
    """Parse .bib TEXT (read from PATH, used for messages and ``extra["file"]``)."""
    out = BibFile(path=path, text=text, blocks=scan(text))
    pos = Positions(text)
    first_ref_of_key: dict[str, Reference] = {}
    n = first_id
    for block in out.blocks:
        if block.kind == "broken":
            out.problems.append((pos.line(block.start), broken_message(block, text, pos)))
            continue
        if block.kind == "string":
            (fld,) = block.fields
            out.strings[fld.name] = expand(fld.value, text, out.strings)
            continue
        if block.kind != "entry":
            continue
        raw: dict[str, str] = {}
        for fld in block.fields:
            if fld.name in raw:
                out.problems.append((pos.line(fld.start), f"entry {block.key!r} has the field {fld.name!r} "
                                     "more than once; BibTeX uses the first, so delete the other"))
                continue
            raw[fld.name] = expand(fld.value, text, out.strings)
        ref = entry_to_reference(block.entry_type, block.key, raw, f"r{n}", path,
                                 line=pos.line(block.start), raw_text=text[block.start:block.end])
        n += 1
        out.raw_fields[ref.id] = raw
        out.entry_types[ref.id] = block.entry_type
        out.entry_blocks[ref.id] = block
        first = first_ref_of_key.setdefault(block.key.lower(), ref)
        if first is not ref:
            out.duplicate_of[ref.id] = first.id
        out.references.append(ref)
    return out


def broken_message(block: Block, text: str, pos: Positions) -> str:
    """Why a block could not be read, and where, for a finding's message."""
    head = text[block.start:block.end].strip().splitlines()
    what = f"{head[0][:40]!r}" if head else "this block"
    where = f"line {pos.line(block.problem_at)} column {pos.column(block.problem_at)}"
    return (f"cannot read {what}: {block.message} ({where}); the block is kept as written, "
            "fix it by hand")


def expand(value: Value, text: str, strings: dict[str, str]) -> str:
    """A value's text with @string macros (and the standard month macros) replaced by their text."""
    out = []
    for part in value.parts:
        if part.kind == "macro":
            name = part.text.lower()
            out.append(strings.get(name, STANDARD_MACROS.get(name, part.text)))
        else:
            out.append(part.text)
    return "".join(out)


def entry_to_reference(etype: str, key: str, raw: dict[str, str], ref_id: str, path: Path, *,
                       line: int = 1, raw_text: str = "") -> Reference:
    """One entry's fields (LaTeX, macros expanded) -> Reference; the LaTeX is decoded now."""
    etype = etype.lower()
    fields = Fields()
    fields.authors, fields.et_al = _names(raw.get("author", ""))
    fields.editors, _ = _names(raw.get("editor", ""))
    fields.translators, _ = _names(raw.get("translator", ""))
    date = _text(raw.get("date", ""))
    year = _text(raw.get("year", "")) or date[:4]
    m = _YEAR.search(year)
    fields.year = m.group(0) if m else (year or None)
    fields.date = date or None
    fields.title = _text(raw.get("title", "")) or None
    fields.container = _text(raw.get("journal") or raw.get("journaltitle") or raw.get("booktitle") or "") or None
    fields.volume = _text(raw.get("volume", "")) or None
    fields.issue = _text(raw.get("number") or raw.get("issue") or "") or None
    pages = re.sub(r"\s*(?:-{1,3}|\\textendash\s*|–|—)\s*", "-", raw.get("pages", ""))
    fields.pages = _text(pages) or None
    fields.edition = _text(raw.get("edition", "")) or None
    fields.publisher = _text(raw.get("publisher") or raw.get("school") or raw.get("institution")
                             or raw.get("organization") or "") or None
    fields.place = _text(raw.get("address") or raw.get("location") or "") or None
    doi = _DOI_PREFIX.sub("", raw.get("doi", "").strip())
    fields.doi = doi.lower() or None
    fields.url = _url(raw.get("url", "")) or None
    fields.accessed = _text(raw.get("urldate", "")) or None
    fields.genre = _text(raw.get("type", "")) or GENRES.get(etype)
    fields.note = _text(raw.get("note", "")) or None
    ref = Reference(id=ref_id, line=line, column=1, raw=raw_text,
                    type=MODEL_TYPE.get(etype, "misc"), key=key, fields=fields)
    ref.extra["file"] = str(path)  # the reference's line counts in this file, not in the paper
    return ref


def _url(value: str) -> str:
    value = value.strip()
    m = re.fullmatch(r"\\url\{(.*)\}", value)
    return (m.group(1) if m else value).replace(r"\_", "_").replace(r"\%", "%").replace(r"\#", "#")


def _names(value: str) -> tuple[list[Name], bool]:
    """Split a BibTeX name list; a name wholly in braces is an organization, kept whole."""
    value = value.strip()
    if not value:
        return [], False
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    from refcheck.bibtex.rules import name_parts

    names: list[Name] = []
    et_al = False
    for part in (p for p in name_parts(value) if p.strip()):  # "Smith and and Jones": two names
        part = part.strip()
        if part.lower() == "others":
            et_al = True
            continue
        if _wholly_braced(part):
            names.append(Name(literal=_text(part)))
            continue
        try:
            parts = parse_single_name_into_parts(part, strict=False)
        except Exception:  # noqa: BLE001 - a malformed name must not lose the entry
            names.append(Name(literal=_text(part)))
            continue
        family = " ".join([*parts.von, *parts.last])
        if parts.jr:
            family += ", " + " ".join(parts.jr)
        given = " ".join(parts.first)
        if not given and not parts.von and len(parts.last) == 1 and " " in _text(parts.last[0]):
            names.append(Name(literal=_text(parts.last[0])))  # "{UNODC Vienna}" inside other text
        else:
            names.append(Name(family=_text(family) or None, given=_text(given) or None))
    return names, et_al


def _wholly_braced(text: str) -> bool:
    if not (text.startswith("{") and text.endswith("}")):
        return False
    depth = 0
    for i, ch in enumerate(text):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0 and i != len(text) - 1:
                return False
    return True
