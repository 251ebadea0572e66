"""Raw entries -> Reference objects: parse, carry MLA's "---" authors, number, key."""

from __future__ import annotations

from refcheck.keys import assign_keys
from refcheck.model import Name, RawEntry, Reference
from refcheck.section.cues import BACKLINKS_RE
from refcheck.section.cues import REPEATED_AUTHOR_RE as _REPEAT_RE

_REPEAT_MARKS = {"---", "——", "———", "—", "--", "___", "––"}


def build_references(entries: list[RawEntry]) -> list[Reference]:
    from refcheck.parser import parse_entries

    # MLA/Chicago "---." stands for the previous entry's authors. The mark is replaced by
    # that entry's first author as printed, so the tagger reads the usual "Name. Title."
    # and never takes the mark (or a title opening "Mrs.") for a name.
    # (a wiki's back-links before an entry, "^ a b Deci, Edward L. (1971)", stay in its text as printed and are no
    # part of what is parsed)
    bare = [e.text[m.end():] if (m := BACKLINKS_RE.match(e.text)) else e.text for e in entries]
    repeat = [bool(_REPEAT_RE.match(t)) for t in bare]
    parsed: list = [None] * len(entries)
    heads = [i for i, r in enumerate(repeat) if not r]
    for i, result in zip(heads, parse_entries([bare[i] for i in heads]), strict=True):
        parsed[i] = result
    tails = [i for i, r in enumerate(repeat) if r]
    if tails:
        texts = []
        for i in tails:
            head = next((j for j in range(i - 1, -1, -1) if not repeat[j]), None)
            names = parsed[head][1].authors if head is not None else []
            stand_in = f"{_printed(names[0])}. " if names else ""
            texts.append(stand_in + _REPEAT_RE.sub("", bare[i]))
        for i, result in zip(tails, parse_entries(texts), strict=True):
            parsed[i] = result
    refs: list[Reference] = []
    for i, (entry, (kind, fields)) in enumerate(zip(entries, parsed, strict=True), start=1):
        if refs and repeat[i - 1]:
            fields.authors = list(refs[-1].fields.authors)
        elif refs and _is_repeat_author(fields.authors):
            # MLA and Chicago write "---." for "same author(s) as above".
            fields.authors = list(refs[-1].fields.authors)
        refs.append(Reference(id=f"r{i}", line=entry.line, column=entry.column, raw=entry.text,
                              type=kind, fields=fields, label=entry.label, mark=entry.mark))
    assign_keys(refs)
    return refs


def _printed(name: Name) -> str:
    """A name as an MLA list prints its first author: "Woolf, Virginia"."""
    if name.literal:
        return name.literal.rstrip(".")
    return f"{name.family}, {name.given}".rstrip(".") if name.given else (name.family or "").rstrip(".")


def _is_repeat_author(authors: list[Name]) -> bool:
    if len(authors) != 1:
        return False
    a = authors[0]
    text = (a.literal or a.family or "").strip(" .,")
    return text in _REPEAT_MARKS
