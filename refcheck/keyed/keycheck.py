"""Cross-check citation keys against .bib entries: shared by LaTeX and pandoc papers.

Key-based papers are checked differently from prose papers: a citation names
its entry exactly, so a mismatch is a typo or a missing entry, never a fuzzy
question. What is left to help with is the fix: did-you-mean on keys one
typo away and on entries whose author and year fit the key ("smith2010" when
the entry is "Smith:2010:dna").

A paper spans several files (chapters, .bib files). A finding or citation in
another file than the main one carries that file in ``path`` (relative to the
main file's folder) and its real line and column there. Each place also
remembers its anchor, the main-file line that brings its file in
(``\\input``, ``\\bibliography``, the front matter's ``bibliography:``): it
keeps citations in document order, and a ``refcheck: ignore`` marker on that
line silences the findings of the whole file it brings in.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from refcheck.bibtex.types import REQUIRED
from refcheck.findings.build import finding
from refcheck.model import Citation, Finding, Reference

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}

@dataclass(slots=True)
class Place:
    """A real position (file, line, column) and the main-file position it hangs from."""

    path: Path
    line: int
    column: int
    anchor_line: int
    anchor_column: int
    in_main: bool


@dataclass(slots=True)
class KeyCitation:
    """One key as cited, wherever it sits."""

    key: str
    place: Place
    locator: str | None = None
    prenote: str | None = None
    nocite: bool = False


@dataclass(slots=True)
class Entries:
    """The reference entries of a key-based paper and what the checks need to know about them."""

    refs: list[Reference] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)  # ref id -> where the entry starts
    raw_fields: dict[str, dict[str, str]] = field(default_factory=dict)
    entry_types: dict[str, str] = field(default_factory=dict)
    problems: list[tuple[Place, str]] = field(default_factory=list)  # unparsable .bib blocks
    has_list: bool = False  # a bibliography is named at all (even if its files are empty)
    texts: dict[Path, str] = field(default_factory=dict)  # file -> text, for inline suppression


def add_bib_entries(entries: Entries, bib_path: Path, text: str, anchor: tuple[int, int], main_dir: Path) -> None:
    """Parse one .bib file's TEXT into ENTRIES, numbering its references after those already there."""
    from refcheck.bibtex.read import parse_bib_text

    bib = parse_bib_text(text, bib_path, first_id=len(entries.refs) + 1)
    entries.texts[bib_path] = bib.text
    shown = display_path(bib_path, main_dir)
    for ref in bib.references:
        ref.extra["file"] = shown
        entries.refs.append(ref)
        entries.places[ref.id] = Place(bib_path, ref.line, 1, anchor[0], anchor[1], False)
        entries.raw_fields[ref.id] = bib.raw_fields.get(ref.id, {})
        entries.entry_types[ref.id] = bib.entry_types.get(ref.id, "misc")
    for line, message in bib.problems:
        entries.problems.append((Place(bib_path, line, 1, anchor[0], anchor[1], False), message))


def display_path(path: Path, base: Path) -> str:
    try:
        return os.path.relpath(path, base).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        return str(path)


def check_keys(cites: list[KeyCitation], entries: Entries, main_dir: Path, *, nocite_hint: str = "\\nocite",
               main_text: str | None = None) -> tuple[list[Citation], list[Finding]]:
    """Citations (ids c1..) and the findings: no-entry, uncited, duplicate-entry, missing-field, ...

    MAIN_TEXT, the main file's text, lets a marker on an anchor line (``\\input``,
    ``\\bibliography``) silence the findings in the file that line brings in.
    """
    refs = entries.refs
    by_key: dict[str, Reference] = {}
    for ref in refs:
        by_key.setdefault(ref.key, ref)
    findings: list[tuple[Finding, Place, Reference | None]] = []

    def add(code: str, place: Place, message: str, *, citation: str | None = None,
            reference: Reference | None = None, suggestions: list[str] | None = None) -> None:
        f = finding(code, place.line, place.column, message, citation=citation,
                    reference=reference.id if reference else None, suggestions=suggestions or [])
        findings.append((f, place, reference))

    citations: list[Citation] = []
    cited: set[str] = set()
    nocite_all = False
    reported_no_list = False
    for kc in cites:
        if kc.key == "*" and kc.nocite:
            nocite_all = True
            continue
        ref = by_key.get(kc.key)
        c = Citation(id=f"c{len(citations) + 1}", line=kc.place.line, column=kc.place.column, text=kc.key,
                     kind="key", locator=kc.locator, keys=[kc.key], references=[ref.id] if ref else [])
        place_citation(c, kc.place, main_dir)
        citations.append(c)
        if ref is not None:
            cited.add(ref.id)
            continue
        if not entries.has_list:
            if not reported_no_list:
                reported_no_list = True
                add("no-reference-list", kc.place,
                    "the paper cites keys but names no bibliography (\\bibliography{...}, "
                    "\\addbibresource{...} or bibliography: in the front matter)", citation=c.id)
            continue
        near = suggest(kc.key, refs)
        message = f"no entry for citation key {kc.key!r}"
        if near:
            message += "; did you mean " + " or ".join(f"{r.key!r} ({label(r)})" for r in near[:3]) + "?"
        add("no-entry", kc.place, message, citation=c.id, suggestions=[r.id for r in near])

    # entries: duplicates (same key; same work: DOI, or title, year and first author), missing fields,
    # never cited
    first_of_key: dict[str, Reference] = {}
    twins = _same_works(refs)
    parents: set[str] = set()
    for ref in refs:
        raw = entries.raw_fields.get(ref.id, {})
        for k in (raw.get("crossref", "") + "," + raw.get("xdata", "")).split(","):
            if k.strip() and ref.id in cited:
                parents.add(k.strip())
    for ref in refs:
        place = entries.places[ref.id]
        first = first_of_key.setdefault(ref.key, ref)
        if first is not ref:
            add("duplicate-entry", place,
                f"key {ref.key!r} is defined again (first at {first.extra.get('file', '')}:"
                f"{entries.places[first.id].line}); only the first is used, so delete or rename this one",
                reference=ref, suggestions=[first.id])
            continue
        original = twins.get(ref.id)
        if original is not None:
            why = (f"has the same DOI ({ref.fields.doi}) as" if ref.fields.doi and ref.fields.doi == original.fields.doi
                   else "is the same work (title, year and first author) as")
            add("duplicate-entry", place,
                f"entry {ref.key!r} {why} {original.key!r} "
                f"({original.extra.get('file', '')}:{entries.places[original.id].line}); "
                "keep one entry and cite it by one key", reference=ref, suggestions=[original.id])
            if original.id in cited:  # "never cited" would only repeat the duplicate finding
                cited.add(ref.id)
        missing = missing_fields(entries.entry_types.get(ref.id, ""), _inherited(ref, entries, by_key))
        if missing:
            etype = entries.entry_types.get(ref.id, "")
            add("missing-field", place,
                f"@{etype}{{{ref.key}}} lacks {', '.join(missing)}, required for its type", reference=ref)
        if not nocite_all and ref.id not in cited and ref.key not in parents:
            add("uncited", place,
                f"entry {ref.key!r} ({label(ref)}) is never cited; cite it, list it in {nocite_hint}, "
                "or delete it", reference=ref)
    for place, message in entries.problems:
        add("unparsed-entry", place, message)

    return citations, _placed(_unsuppressed(findings, entries, main_text), main_dir)


def _same_works(refs: list[Reference]) -> dict[str, Reference]:
    """Entry id -> the earlier entry it repeats (refcheck.same_work), among entries with distinct keys."""
    from refcheck.same_work import duplicate_pairs

    seen: set[str] = set()
    unique = [r for r in refs if not (r.key in seen or seen.add(r.key))]
    return {unique[j].id: unique[i] for i, j in duplicate_pairs(unique)}


def missing_fields(entry_type: str, raw: dict[str, str]) -> list[str]:
    """The required fields (alternatives joined by "/") an entry of ENTRY_TYPE does not have."""
    out = []
    for alternatives in REQUIRED.get(entry_type, []):
        if not any(raw.get(name, "").strip() for name in alternatives):
            out.append("/".join(alternatives))
    return out


def _inherited(ref: Reference, entries: Entries, by_key: dict[str, Reference]) -> dict[str, str]:
    """An entry's fields with those it inherits through crossref (biblatex: parent title = booktitle)."""
    raw = dict(entries.raw_fields.get(ref.id, {}))
    parent_key = raw.get("crossref", "").strip()
    parent = by_key.get(parent_key) if parent_key else None
    if parent is not None:
        inherited = entries.raw_fields.get(parent.id, {})
        for name, value in inherited.items():
            raw.setdefault(name, value)
        if "title" in inherited:
            raw.setdefault("booktitle", inherited["title"])
    return raw


def _unsuppressed(findings: list[tuple[Finding, Place, Reference | None]],
                  entries: Entries, main_text: str | None = None) -> list[tuple[Finding, Place]]:
    """Drop findings whose real line carries a refcheck: ignore marker (in a .bib: or the line before).

    A finding in another file is also dropped when its anchor line in MAIN_TEXT carries one.
    """
    from refcheck.suppress import is_suppressed, suppressions

    marks: dict[Path, dict[int, set[str]]] = {}
    main_marks = suppressions(main_text) if main_text is not None else {}
    out = []
    for f, place, ref in findings:
        if not place.in_main and is_suppressed(main_marks, place.anchor_line, f.code):
            continue
        if place.path not in marks:
            marks[place.path] = suppressions(entries.texts.get(place.path, ""))
        m = marks[place.path]
        if is_suppressed(m, place.line, f.code):
            continue
        if ref is not None and place.path.suffix.lower() == ".bib" and is_suppressed(m, place.line - 1, f.code):
            continue
        out.append((f, place))
    return out


def _placed(findings: list[tuple[Finding, Place]], main_dir: Path) -> list[Finding]:
    out = []
    for f, place in findings:
        if place.in_main:
            out.append(f)
            continue
        f.path = display_path(place.path, main_dir)
        f.line, f.column = place.line, place.column
        out.append(f)
    return out


def finding_order(f: Finding) -> tuple[bool, str, int, int, int, str]:
    """Sort key of a key-based report's findings: the main file's first, then each other file by path."""
    return (f.path is not None, f.path or "", f.line, f.column, SEVERITY_RANK.get(f.severity, 3), f.code)


def place_citation(c: Citation, place: Place, main_dir: Path) -> None:
    """Point a citation in another file at that file (its path relative to the main file's folder)."""
    if place.in_main:
        return
    c.path = display_path(place.path, main_dir)
    c.line, c.column = place.line, place.column


def label(ref: Reference) -> str:
    """"Smith 2010" — how a person recognizes an entry in a message."""
    f = ref.fields
    names = f.authors or f.editors
    who = names[0].sort_name if names else (f.title or " ".join(ref.raw.split()) or ref.key)[:40]
    if names and (len(names) > 2 or f.et_al):
        who += " et al."
    elif len(names) == 2:
        who += f" and {names[1].sort_name}"
    return f"{who} {f.year}" if f.year else who


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", text.lower())


_STOP = {"et", "al", "etal", "and", "the", "of", "a", "an", "in", "on"}


def _key_parts(key: str) -> tuple[set[str], str | None]:
    """Name-ish words and a year from a key: "SmithJones:2010dna" -> ({"smith","jones","dna"}, "2010")."""
    m = re.search(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)", key)
    year = m.group(1) if m else None
    if year is None:
        m2 = re.search(r"(?<![\d])(\d\d)(?![\d])", key)
        year = m2.group(1) if m2 else None
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", key)
    words = {_fold(w) for w in re.split(r"[^A-Za-z]+", spaced)}
    return {w for w in words if len(w) >= 2 and w not in _STOP}, year


def suggest(key: str, refs: list[Reference]) -> list[Reference]:
    """Entries the author probably meant for an undefined KEY, best first."""
    from rapidfuzz.distance import Levenshtein

    lower = key.lower()
    limit = max(1, min(3, len(key) // 4))
    words, year = _key_parts(key)
    scored: dict[str, tuple[float, Reference]] = {}
    seen_keys: set[str] = set()
    for i, ref in enumerate(refs):
        if ref.key in seen_keys:
            continue
        seen_keys.add(ref.key)
        score = 0.0
        if ref.key.lower() == lower:
            score = 100.0
        else:
            d = Levenshtein.distance(lower, ref.key.lower(), score_cutoff=limit)
            if d <= limit:
                score = 90.0 - 5 * d
        if score == 0.0 and year and words:
            ref_year = ref.fields.year or ""
            year_fits = ref_year[:4] == year or (len(year) == 2 and ref_year[2:4] == year)
            names = ref.fields.authors or ref.fields.editors
            if year_fits and names:
                family = names[0].sort_name
                folded = {_fold(family), _fold(family.split()[-1]) if family.split() else ""}
                if any(w in folded or (len(w) >= 4 and any(f.startswith(w) for f in folded if f))
                       for w in words):
                    score = 70.0
        if score:
            scored[ref.id] = (score - i * 1e-6, ref)  # stable: earlier entries first among equals
    return [ref for _, ref in sorted(scored.values(), key=lambda t: -t[0])]
