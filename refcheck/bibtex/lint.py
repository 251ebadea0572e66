"""``refcheck check refs.bib``: what is wrong in a .bib file on its own, each at its line and column.

Findings come from the same scanner and rules ``bib --fix`` uses, so every
finding ``--fix`` can settle says so, and one it cannot (a key defined twice, a
required field missing, a @string never defined) says what to do by hand.
"""

from __future__ import annotations

from pathlib import Path

from refcheck.bibtex.read import BibFile, broken_message, read_bib_file
from refcheck.bibtex.rules import fix_doi, fix_month, fix_pages, name_parts, non_ascii, unprotected_capitals
from refcheck.bibtex.syntax import Block, Positions
from refcheck.bibtex.types import NAME_FIELDS, RECASED_FIELDS, REQUIRED, STANDARD_MACROS, VERBATIM_FIELDS
from refcheck.findings.build import finding
from refcheck.model import FileReport, Finding, Reference

_FIXABLE = "; `refcheck bib --fix` does this"


def lint_bib(path: str) -> FileReport:
    """The findings for the .bib file at PATH (raises InputError when it cannot be read)."""
    bib = read_bib_file(Path(path))
    findings = _unsuppressed(lint(bib), bib)
    findings.sort(key=lambda f: (f.line, f.column, f.code))
    return FileReport(path=path, references=bib.references, findings=findings)


def _unsuppressed(findings: list[Finding], bib: BibFile) -> list[Finding]:
    """Drop findings whose line carries a ``refcheck: ignore`` marker, or whose entry has one on the
    line before it (a .bib entry spans many lines; the marker goes above it)."""
    from refcheck.suppress import is_suppressed, suppressions

    marks = suppressions(bib.text)
    if not marks:
        return findings
    starts = {ref.id: ref.line for ref in bib.references}
    return [f for f in findings if not is_suppressed(marks, f.line, f.code)
            and not (f.reference in starts and is_suppressed(marks, starts[f.reference] - 1, f.code))]


def lint(bib: BibFile) -> list[Finding]:
    text, pos = bib.text, Positions(bib.text)
    out: list[Finding] = []
    defined: set[str] = set()
    undefined: dict[str, list[int]] = {}  # macro name -> offsets of its uses before any definition
    for block in bib.blocks:
        if block.kind == "broken":
            out.append(_finding("unparsed-entry", pos, block.start, broken_message(block, text, pos)))
        elif block.kind in ("string", "entry", "preamble"):
            for fld in block.fields:
                for part in fld.value.parts:
                    name = part.text.lower()
                    if part.kind == "macro" and name not in defined and name not in STANDARD_MACROS:
                        undefined.setdefault(name, []).append(part.start)
            if block.kind == "string":
                defined.add(block.fields[0].name)
    out.extend(_undefined(undefined, text, pos))
    for ref in bib.references:
        block = bib.entry_blocks[ref.id]
        out.extend(_entry_findings(block, pos, ref.id))
        if ref.id in bib.duplicate_of:
            first = bib.entry_blocks[bib.duplicate_of[ref.id]]
            out.append(_finding("duplicate-key", pos, block.key_start,
                                f"key {block.key!r} is defined again (first at line {pos.line(first.start)}); "
                                "bibtex keeps only the first: rename this entry's key or delete it",
                                reference=ref.id, suggestions=[bib.duplicate_of[ref.id]]))
    out.extend(_missing(bib, pos))
    out.extend(_same_work(bib, pos))
    return out


def _finding(code: str, pos: Positions, offset: int, message: str, **kw: object) -> Finding:
    return finding(code, pos.line(offset), pos.column(offset), message, **kw)  # type: ignore[arg-type]


def _undefined(undefined: dict[str, list[int]], text: str, pos: Positions) -> list[Finding]:
    """One finding per macro, at its first use: a macro from another .bib file (a shared strings
    file listed first in \\bibliography) is used dozens of times."""
    out = []
    for uses in undefined.values():
        name = text[uses[0]:].split(None, 1)[0].rstrip(",}#")
        more = f" (and {len(uses) - 1} more use{'s' if len(uses) > 2 else ''})" if len(uses) > 1 else ""
        out.append(_finding("undefined-string", pos, uses[0],
                            f"@string {name!r} is used{more} but not defined above this line; bibtex leaves "
                            f"the field empty: add @string{{{name} = {{...}}}} before it, or write the value in "
                            "braces (defined in another .bib listed first in \\bibliography? ignore this code "
                            "for this file)"))
    return out


def _entry_findings(block: Block, pos: Positions, ref_id: str) -> list[Finding]:
    out: list[Finding] = []
    for fld in block.fields:
        part = fld.value.simple
        if part is None:
            continue
        content, at = part.text, part.start + 1
        quoted = f"{fld.name} {_clip(content)!r}"
        if fld.name == "pages" and fix_pages(content) and "--" not in content:
            out.append(_finding("page-range-hyphen", pos, at, f"{quoted}: write page ranges with two hyphens "
                                f"({fix_pages(content)!r}), which bibtex prints as an en dash{_FIXABLE}",
                                reference=ref_id))
        if fld.name == "month" and fix_month(content):
            out.append(_finding("month-as-text", pos, part.start, f"{quoted}: write the month as the macro "
                                f"`{fix_month(content)}` (no braces) so styles can abbreviate and sort it{_FIXABLE}",
                                reference=ref_id))
        if fld.name == "doi" and fix_doi(content):
            out.append(_finding("doi-form", pos, at, f"{quoted}: write the bare DOI {fix_doi(content)!r}; styles "
                                f"add the https://doi.org/ link themselves{_FIXABLE}", reference=ref_id))
        if fld.name in NAME_FIELDS:
            out.extend(_names(fld.name, content, pos, at, ref_id))
        if fld.name in RECASED_FIELDS:
            words = unprotected_capitals(content)
            if words:
                shown = ", ".join(w for _, w in words[:5]) + (", ..." if len(words) > 5 else "")
                out.append(_finding("unprotected-acronym", pos, at + words[0][0],
                                    f"{fld.name}: {shown} would be lower-cased by styles that recase titles; "
                                    f"put them in braces ({{{words[0][1]}}}){_FIXABLE}", reference=ref_id))
        if fld.name not in VERBATIM_FIELDS:
            i = non_ascii(content)
            if i is not None:
                out.append(_finding("non-ascii", pos, at + i,
                                    f"{fld.name}: {content[i]!r} is not ASCII; classic 8-bit bibtex may mis-sort it or "
                                    "break the line inside it: write accented letters as LaTeX accents ({\\'e}, "
                                    f"`refcheck bib --fix` does this) or use biber", reference=ref_id))
    return out


def _names(field: str, content: str, pos: Positions, at: int, ref_id: str) -> list[Finding]:
    parts = name_parts(content)
    if len(parts) > 1 and not all(p.strip() for p in parts):
        return [_finding("malformed-name", pos, at, f"{field} {_clip(content)!r} has an empty name (a doubled, "
                         f"leading or trailing 'and'); names are joined by one 'and'{_FIXABLE}", reference=ref_id)]
    for part in parts:
        depth, commas = 0, 0
        for ch in part:
            depth += ch == "{"
            depth -= ch == "}"
            commas += ch == "," and depth == 0
        if commas > 2:
            return [_finding("malformed-name", pos, at, f"{field}: {_clip(part.strip())!r} has {commas} commas; "
                             "bibtex allows 'Last, First' or 'Last, Jr, First': join names with 'and', "
                             "or brace an organization's name", reference=ref_id)]
    return []


def _missing(bib: BibFile, pos: Positions) -> list[Finding]:
    by_key = {r.key.lower(): r.id for r in reversed(bib.references)}
    out = []
    for ref in bib.references:
        etype = bib.entry_types[ref.id]
        raw = dict(bib.raw_fields[ref.id])
        parent_key = (raw.get("crossref") or raw.get("xdata") or "").strip().lower()
        if parent_key:
            if parent_key not in by_key:
                continue  # the parent is in another file: what it supplies is unknown here
            parent = bib.raw_fields[by_key[parent_key]]
            for name, value in parent.items():
                raw.setdefault(name, value)
            raw.setdefault("booktitle", parent.get("title", ""))
        missing = [
            "/".join(alternatives) for alternatives in REQUIRED.get(etype, [])
            if not any(raw.get(name, "").strip() for name in alternatives)
        ]
        if missing:
            block = bib.entry_blocks[ref.id]
            out.append(_finding("missing-field", pos, block.start,
                                f"@{etype}{{{ref.key}}} lacks {', '.join(missing)}, required for its type: add "
                                "it, or use a type that does not need it", reference=ref.id))
    return out


def comparable_references(bib: BibFile) -> list[Reference]:
    """The entries (repeated keys left out) with what a crossref/xdata parent in the same file
    supplies filled in, so a child entry without its own author can be compared."""
    from refcheck.bibtex.read import entry_to_reference

    by_key = {r.key.lower(): r.id for r in reversed(bib.references)}
    out = []
    for ref in bib.references:
        if ref.id in bib.duplicate_of:
            continue
        raw = bib.raw_fields[ref.id]
        parent = by_key.get((raw.get("crossref") or raw.get("xdata") or "").strip().lower())
        if parent is not None:
            merged = {**bib.raw_fields[parent], **raw}
            ref = entry_to_reference(bib.entry_types[ref.id], ref.key, merged, ref.id, bib.path, line=ref.line)
        out.append(ref)
    return out


def _same_work(bib: BibFile, pos: Positions) -> list[Finding]:
    from refcheck.same_work import duplicate_pairs

    refs = comparable_references(bib)
    out = []
    for i, j in duplicate_pairs(refs):
        first, again = refs[i], refs[j]
        block = bib.entry_blocks[again.id]
        out.append(_finding("duplicate-entry", pos, block.start,
                            f"entry {again.key!r} is the same work as {first.key!r} (line {first.line}); keep one "
                            "entry and cite it by one key", reference=again.id, suggestions=[first.id]))
    return out


def _clip(text: str, n: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
