"""Raw entries -> Reference objects: parse, carry MLA's "---" authors, number, key."""

from __future__ import annotations

from refcheck.keys import assign_keys
from refcheck.model import Name, RawEntry, Reference

_REPEAT_MARKS = {"---", "——", "———", "—", "--", "___", "––"}


def build_references(entries: list[RawEntry]) -> list[Reference]:
    from refcheck.parser import parse_entries

    parsed = parse_entries([e.text for e in entries])
    refs: list[Reference] = []
    for i, (entry, (kind, fields)) in enumerate(zip(entries, parsed, strict=True), start=1):
        if refs and _is_repeat_author(fields.authors):
            # MLA and Chicago write "---." for "same author(s) as above".
            fields.authors = list(refs[-1].fields.authors)
        refs.append(Reference(id=f"r{i}", line=entry.line, column=entry.column, raw=entry.text,
                              type=kind, fields=fields, label=entry.label))
    assign_keys(refs)
    return refs


def _is_repeat_author(authors: list[Name]) -> bool:
    if len(authors) != 1:
        return False
    a = authors[0]
    text = (a.literal or a.family or "").strip(" .,")
    return text in _REPEAT_MARKS
