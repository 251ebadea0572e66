"""Raw entries -> Reference objects: parse, carry MLA's "---" authors, number, key."""

from __future__ import annotations

import re

from refcheck.keys import assign_keys
from refcheck.model import Name, RawEntry, Reference

_REPEAT_MARKS = {"---", "——", "———", "—", "--", "___", "––"}


_REPEAT_RE = re.compile(r"^(?:-{2,}|—{1,3}|–{2,}|_{3,})\s*[.,]\s*")


def build_references(entries: list[RawEntry]) -> list[Reference]:
    from refcheck.parser import parse_entries

    # MLA/Chicago "---." stands for the previous entry's authors: parse the rest alone,
    # so the mark can never be read as part of a name or a title.
    repeat = [bool(_REPEAT_RE.match(e.text)) for e in entries]
    parsed = parse_entries([_REPEAT_RE.sub("", e.text) if r else e.text for e, r in zip(entries, repeat, strict=True)])
    refs: list[Reference] = []
    for i, (entry, (kind, fields)) in enumerate(zip(entries, parsed, strict=True), start=1):
        if refs and repeat[i - 1]:
            fields.authors = list(refs[-1].fields.authors)
        elif refs and _is_repeat_author(fields.authors):
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
