"""References -> BibTeX text, written through bibtexparser v2.

The entry type says what the work is (a paper in proceedings is
@inproceedings); it falls back to @misc only when a field the classic styles
require is missing, so real bibtex reads the file without a warning, and then
nothing is lost: a journal or book title moves to howpublished, an institution
to publisher. Every field the parser found is written.
"""

from __future__ import annotations

import re

from refcheck.bibtex.latex_escape import escape
from refcheck.bibtex.title_case import protect_title
from refcheck.bibtex.types import BIBTEX_TYPE, MONTHS, REQUIRED
from refcheck.keys import as_organisation
from refcheck.model import Name, Reference

_PROCEEDINGS = re.compile(r"\b(?:proceedings|proc\.|conference|symposium|workshop|congress|colloquium)\b", re.I)


def bibtex_type(ref: Reference) -> str:
    """What the entry is, as a BibTeX type: a chapter of proceedings is @inproceedings."""
    genre = (ref.fields.genre or "").lower()
    if ref.type == "thesis":
        return "mastersthesis" if "master" in genre or "m.a." in genre else "phdthesis"
    if ref.type == "chapter" and _PROCEEDINGS.search(ref.fields.container or ""):
        return "inproceedings"
    return BIBTEX_TYPE.get(ref.type, "misc")


def format_name(name: Name) -> str:
    organisation = as_organisation(name)
    if organisation is not None:
        return "{" + escape(organisation).strip() + "}"  # organizations: never split by bibtex
    family = escape(name.family or "").strip()
    if " " in family or "," in family:
        family = "{" + family + "}"
    if name.given:
        return f"{family}, {escape(name.given).strip()}"
    return family


def format_names(names: list[Name], et_al: bool = False) -> str:
    parts = [format_name(n) for n in names if n.literal or n.family]
    if et_al and parts:
        parts.append("others")
    return " and ".join(parts)


def entry_fields(ref: Reference) -> tuple[str, list[tuple[str, str]]]:
    """(bibtex type, [(field, value already in BibTeX syntax without outer braces)])."""
    f = ref.fields
    kind = bibtex_type(ref)
    out: dict[str, str] = {}
    if f.authors:
        out["author"] = format_names(f.authors, f.et_al)
    if f.editors:
        out["editor"] = format_names(f.editors)
    if f.translators:
        out["translator"] = format_names(f.translators)
    if f.title:
        out["title"] = protect_title(f.title)
    container = escape(f.container).strip() if f.container else None
    if container:
        out[{"article": "journal", "incollection": "booktitle", "inproceedings": "booktitle"}.get(
            kind, "howpublished")] = container
    publisher = escape(f.publisher).strip() if f.publisher else None
    if publisher:
        target = {"techreport": "institution", "phdthesis": "school", "mastersthesis": "school"}.get(
            kind, "publisher")
        out[target] = publisher
    if f.place:
        out["address"] = escape(f.place).strip()
    year = re.match(r"\d{4}", f.year or "")
    if year:
        out["year"] = year.group(0)
    month = _month(f.date)
    if month:
        out["month"] = month
    if f.date and len(f.date) > 7:
        out["date"] = escape(f.date).strip()  # the day too (biblatex reads it; bibtex ignores it)
    for name in ("volume", "edition"):
        value = getattr(f, name)
        if value:
            out[name] = escape(value).strip()
    if f.issue:
        out["number"] = escape(f.issue).strip()
    if f.pages:
        out["pages"] = escape(re.sub(r"\s*[-–—]+\s*", "--", f.pages)).strip()
    notes = []
    if f.year and not year:
        notes.append(f.year)  # "n.d.", "in press"
    if f.note:
        notes.append(f.note)
    if f.genre and kind in ("techreport", "phdthesis", "mastersthesis"):
        out["type"] = escape(f.genre).strip()  # replaces the style's "PhD thesis" / "Technical Report"
    elif f.genre:
        notes.insert(0, f.genre)
    if f.doi:
        out["doi"] = _verbatim(f.doi)
    if f.url:
        out["url"] = _verbatim(f.url)
    if f.accessed:
        out["urldate"] = escape(f.accessed).strip()
    if "author" not in out and "editor" not in out:
        # Styles sort by author; without one, bibtex needs the sort `key` field.
        out["key"] = escape(f.title or f.container or ref.key).strip()
    kind = _downgrade(kind, out)
    if notes:
        out["note"] = "; ".join([*filter(None, [out.get("note")]), *(escape(n).strip() for n in notes)])
    return kind, list(out.items())


def _downgrade(kind: str, out: dict[str, str]) -> str:
    """Use @misc when the type's required fields are missing; keep the information."""
    missing = [names for names in REQUIRED.get(kind, []) if not any(n in out for n in names)
               and not (names == ("author",) and "editor" in out)]  # an edited volume's editors lead it
    if not missing:
        return kind
    for field, target in (("journal", "howpublished"), ("booktitle", "howpublished"),
                          ("institution", "publisher"), ("school", "publisher")):
        if field in out:
            value = out.pop(field)
            out.setdefault(target, value)
    return "misc"


def _month(date: str | None) -> str | None:
    m = re.match(r"\d{4}-(\d{2})", date or "")
    if m and 1 <= int(m.group(1)) <= 12:
        return MONTHS[int(m.group(1)) - 1]
    return None


def _verbatim(value: str) -> str:
    """DOIs and URLs stay as written; only unbalanced braces are dropped."""
    return value.replace("{", "").replace("}", "").replace("\\", "")


def to_bibtex(refs: list[Reference]) -> str:
    """The BibTeX of REFS in list order; same input, byte-identical output."""
    import bibtexparser
    from bibtexparser.library import Library
    from bibtexparser.model import Entry, Field

    library = Library()
    for ref in refs:
        kind, fields = entry_fields(ref)
        bare = {"month"}  # month macros are written without braces
        library.add(Entry(kind, ref.key, [
            Field(name, value if name in bare else "{" + value + "}") for name, value in fields]))
    fmt = bibtexparser.BibtexFormat()
    fmt.indent = "  "
    fmt.block_separator = "\n\n"
    fmt.trailing_comma = True
    text = bibtexparser.write_string(library, unparse_stack=[], bibtex_format=fmt)
    return text.strip() + "\n"
