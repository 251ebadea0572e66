"""References -> RIS, the tagged format Zotero, EndNote and Mendeley import.

Written by hand: RIS is one ``TAG  - value`` line per field, and what matters is choosing the tags
those three programs agree on (T2 for the journal or book a part is in, ED for editors, SP/EP
for pages, DA/Y2 as YYYY/MM/DD), which no writer library decides for us. The tests read the
output back with ``rispy`` from PyPI. Lines end in CRLF as Zotero's own RIS export does.
"""

from __future__ import annotations

import re

from refcheck.model import Name, Reference
from refcheck.report.csl_json import printed_doi

# refcheck's reference types -> RIS types.
RIS_TYPES = {
    "article": "JOUR",
    "book": "BOOK",
    "chapter": "CHAP",
    "report": "RPRT",
    "webpage": "ELEC",
    "thesis": "THES",
    "misc": "GEN",
}

_EOL = "\r\n"


def render(refs: list[Reference]) -> str:
    """One record per reference, in list order, each closed by ``ER  -``."""
    return "".join(record(ref) for ref in refs)


def record(ref: Reference) -> str:
    """One reference's RIS record (lines ending CRLF, a blank line after ER)."""
    f = ref.fields
    lines = [("TY", RIS_TYPES.get(ref.type, "GEN"))]
    lines += [("AU", ris_name(n)) for n in f.authors if n.literal or n.family]
    lines += [("ED", ris_name(n)) for n in f.editors if n.literal or n.family]
    lines += [("A4", ris_name(n)) for n in f.translators if n.literal or n.family]
    lines += [("TI", f.title), ("T2", f.container)]
    year = re.match(r"\d{4}", f.year or "")
    lines.append(("PY", year.group(0) if year else None))
    lines.append(("DA", _slashed(f.date)))
    first, last = split_pages(f.pages)
    lines += [("VL", f.volume), ("IS", f.issue), ("SP", first), ("EP", last), ("ET", f.edition),
              ("PB", f.publisher), ("CY", f.place), ("M3", f.genre), ("DO", printed_doi(ref)), ("UR", f.url),
              ("Y2", _slashed(f.accessed))]
    notes = [n for n in (f.note, None if year or not f.year else f.year, "et al." if f.et_al else None) if n]
    lines.append(("N1", "; ".join(notes) if notes else None))
    if ref.key:
        lines.append(("ID", ref.key))
    body = "".join(f"{tag}  - {_one_line(value)}{_EOL}" for tag, value in lines if value)
    return body + "ER  - " + _EOL + _EOL


def ris_name(name: Name) -> str:
    """"Family, Given" for a person; an organisation as written, without a comma to split on."""
    if name.literal is not None:
        return name.literal.replace(",", "")
    return f"{name.family}, {name.given}" if name.given else (name.family or "")


def split_pages(pages: str | None) -> tuple[str | None, str | None]:
    """("231", "248") from "231-248"; an article number or a single page is the start page only."""
    if not pages:
        return None, None
    parts = re.split(r"\s*[-–—]+\s*", pages.strip(), maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 and parts[1] else (parts[0], None)


def _slashed(date: str | None) -> str | None:
    """"2018/06/19" from "2018-06-19"; RIS dates are YYYY/MM/DD with trailing parts optional."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", date or "")
    return "/".join(p for p in m.groups() if p) if m else None


def _one_line(value: str) -> str:
    """A field value on one line: a line break inside it would end the field early."""
    return " ".join(value.split())
