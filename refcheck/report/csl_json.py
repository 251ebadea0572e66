"""References -> CSL-JSON, the format Zotero imports and pandoc's --citeproc reads.

CSL-JSON is plain JSON over the CSL variable vocabulary, so it needs no library: names are
``{"family", "given"}`` (an organisation is ``{"literal"}``, never split), dates are
``{"date-parts": [[y, m, d]]}``, and ``type`` is a CSL type. What refcheck knows that CSL has
no variable for is kept in ``note`` rather than dropped ("et al." in the printed list).
"""

from __future__ import annotations

import json
import re

from refcheck.model import Name, Reference
from refcheck.text.lexicon import PARTICLES

# refcheck's reference types -> CSL 1.0.2 types (misc is "document", which Zotero maps to Document).
CSL_TYPES = {
    "article": "article-journal",
    "book": "book",
    "chapter": "chapter",
    "report": "report",
    "webpage": "webpage",
    "thesis": "thesis",
    "misc": "document",
}

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
_YEAR = re.compile(r"(\d{4})([a-z])?$")


def render(refs: list[Reference]) -> str:
    """A JSON array of CSL items in list order; same input, byte-identical output."""
    return json.dumps(to_items(refs), ensure_ascii=False, indent=2) + "\n"


def to_items(refs: list[Reference], et_al_as_others: bool = False, compact_initials: bool = False) -> list[dict]:
    """CSL items with ids unique within the list (the entry's key, else its refcheck id).

    ``et_al_as_others``: an "et al." list ends in the name ``{"literal": "others"}``, pandoc's own
    reading of BibTeX's "and others", which its citeproc prints as the style's "et al." (used by
    `format`); the export keeps "et al." in ``note`` instead, since Zotero would import "others"
    as a person; with it, an edited book cited whole goes as the book (edited_volume), where the export keeps
    the parser's reading as RIS does. ``compact_initials``: see csl_name.
    """
    seen: set[str] = set()
    items = []
    for ref in refs:
        item = to_item(ref, compact_initials)
        if et_al_as_others and edited_volume(ref) and "container-title" in item:
            item["type"], item["title"] = "book", item.pop("container-title")
        if et_al_as_others and item.get("author"):
            item["author"] = [name for person in item["author"] for name in _elided(person)]
        # an entry its editors open ("Neville, et al., editors. Waste-Site Stories ...") has their et al.
        people = "author" if "author" in item else "editor"
        if et_al_as_others and ref.fields.et_al and people in item:
            item[people].append({"literal": "others"})
            item["note"] = item["note"].removesuffix("et al.").removesuffix("; ") or None
            if item["note"] is None:
                del item["note"]
        base = item["id"]
        n = 1
        while item["id"] in seen:
            n += 1
            item["id"] = f"{base}-{n}"
        seen.add(item["id"])
        items.append(item)
    return items


def to_item(ref: Reference, compact_initials: bool = False) -> dict:
    """One reference as a CSL item: only the variables it has, in a fixed order.

    ``compact_initials``: see csl_name.
    """
    f = ref.fields
    item: dict = {"id": ref.key or ref.id, "type": csl_type(ref)}
    for variable, names in (("author", f.authors), ("editor", f.editors), ("translator", f.translators)):
        people = [csl_name(n, compact_initials) for n in names if n.literal or n.family]
        if people:
            item[variable] = people
    issued = issued_date(f.year, f.date)
    if issued:
        item["issued"] = issued
    year = _YEAR.match(f.year or "")
    if year and year.group(2):
        item["year-suffix"] = year.group(2)  # "2019a": the letter the paper's list gave it
    if f.year == "in press" or f.year in ("forthcoming", "submitted"):
        item["status"] = f.year
    texts = (("title", printed_title(ref)), ("container-title", printed_container(ref)), ("volume", f.volume),
             ("issue", f.issue),
             ("page", _pages(f.pages)), ("edition", f.edition), ("publisher", f.publisher),
             ("publisher-place", f.place), ("genre", f.genre), *doi_or_link(ref))
    for variable, value in texts:
        if value:
            item[variable] = value
    accessed = _date_parts(f.accessed)
    if accessed:
        item["accessed"] = accessed
    notes = [n for n in (f.note, "et al." if f.et_al else None) if n]
    if notes:
        item["note"] = "; ".join(notes)
    return item


def edited_volume(ref: Reference) -> bool:
    """An edited book cited whole, read as a chapter with no title: its editors open the entry and the
    book follows them ("Binstock, R. H., and L. K. George, editors. Handbook of Aging and the Social
    Sciences. 3rd ed., Academic Press, 1990."; the parser keeps AnyStyle's reading, the book as the
    container); not "In Wrobel, S. (Ed.), Proceedings ...", a part of the book whose title is missing. Only
    where the book's publisher or place was read apart from it ("Brown, L. E., editor. Isokinetics in Human
    Performance. Human Kinetics, 2000." has it in the container, which stays where the entry printed it)."""
    f = ref.fields
    return (not f.authors and bool(f.editors) and not f.title and bool(f.container) and not f.pages
            and bool(f.publisher or f.place) and not ref.raw.lstrip().startswith(("In ", "In:", "in ")))


_PROCEEDINGS = re.compile(r"\b(?:Proc\.?|Proceedings|Conference|Conf\.|Symposium|Workshop)\b", re.I)


def csl_type(ref: Reference) -> str:
    """The CSL type: refcheck's type, except where the entry's own fields say more.

    A "web page" whose only link is its DOI, and an untyped entry with a volume, issue or pages, are
    journal articles (a DOI names a work, not a page; volumes and pages are a periodical's); a chapter
    in a conference's proceedings is CSL's paper-conference.
    """
    f = ref.fields
    if ref.type == "webpage" and f.doi and not f.url:
        return "article-journal"
    if ref.type == "misc" and (f.volume or f.issue or f.pages):
        return "article-journal"
    if ref.type == "chapter" and _PROCEEDINGS.search(f.container or ""):
        return "paper-conference"
    return CSL_TYPES.get(ref.type, "document")


_ELLIPSIS = re.compile(r"^(?:…|\.\.\.)\s*")


def _elided(person: dict[str, str]) -> list[dict[str, str]]:
    """The last author of a list elided "A, B, … Z" (APA: the names after the sixth or the 19th left out,
    the last one printed) as an "…" standing for the names left out, then that author: a style that
    elides the same way prints the list as the paper did, one that prints every name shows the gap."""
    family = person.get("family", "")
    if not _ELLIPSIS.match(family) or not _ELLIPSIS.sub("", family):
        return [person]
    return [{"literal": "…"}, dict(person, family=_ELLIPSIS.sub("", family))]


def printed_title(ref: Reference) -> str | None:
    """The title with the closing bracket the entry printed after it, when the title opens one and
    the field lost it ("... Trial (MRFIT" -> "... Trial (MRFIT)"): the style puts its own stop after;
    and with the space the entry printed before a colon, semicolon, question or exclamation mark
    (French typography: "Chambre d’isolement : quelle protection juridique du patient"), which the
    parser closes up to read the entry."""
    title = ref.fields.title
    if not title:
        return title
    for opening, closing in (("(", ")"), ("[", "]")):
        if title.count(opening) > title.count(closing) and title + closing in ref.raw:
            title += closing
            break
    return _spaced_as_printed(title, ref.raw)


def printed_container(ref: Reference) -> str | None:
    """The journal or book as the entry printed it where the field lost a bracket: one the entry printed
    around it ("In [The Encyclopedia of Optical Engineering]."), the end of one it opens ("Methods in
    molecular biology (Clifton, NJ)", "... Institute of Navigation (ION GPS 1998)"), or a place in brackets
    right after it that no other field holds ("Acta Genet Med Gemellol (Roma), vol. 28")."""
    f = ref.fields
    container, raw = f.container, ref.raw
    if not container or container not in raw:
        return container
    if f"[{container}]" in raw:
        return f"[{container}]"
    at = raw.find(container) + len(container)
    if container.count("(") > container.count(")"):
        closing = _BRACKET_END.match(raw, at)
        return container + closing.group(0) if closing else container
    after = _PLACE_IN_BRACKETS.match(raw, at)
    if after and not any(after.group(1) in (v or "") for v in (f.place, f.publisher, f.note, f.genre, f.title)):
        return container + after.group(0).rstrip(",.;:")
    return container


_BRACKET_END = re.compile(r"[^()\[\].;]{0,40}\)")
_PLACE_IN_BRACKETS = re.compile(r" \(([^\W\d_][^()\d]{0,30})\)[,.;:]")


_SPACED_MARKS = ":;?!"


def _spaced_as_printed(title: str, raw: str) -> str:
    """TITLE with a space before each of its colons, semicolons, question and exclamation marks where
    the entry's text RAW printed one there ("Etrangers à la carte : l’administration ...")."""
    if not any(f" {mark}" in raw or f"\u00a0{mark}" in raw for mark in _SPACED_MARKS):
        return title
    pattern = "".join(r"\s*" + re.escape(c) if c in _SPACED_MARKS else r"\s+" if c == " " else re.escape(c)
                      for c in title)
    found = re.search(pattern, raw)
    return " ".join(found.group(0).split()) if found else title


_OLD_DOI_LINK = re.compile(r"https?://(?:dx\.)?doi\.org/", re.I)


def doi_or_link(ref: Reference) -> tuple[tuple[str, str | None], tuple[str, str | None]]:
    """("DOI", ...), ("URL", ...): a DOI the entry printed only as an old-style link ("http://dx.doi.org/10...")
    stays that link, as the entry gave it; a style prints a DOI variable in its own form."""
    doi, url = printed_doi(ref), ref.fields.url
    if doi and not url:
        at = ref.raw.find(doi)
        links = [m for m in _OLD_DOI_LINK.finditer(ref.raw[:at]) if m.end() == at] if at > 0 else []
        if links and not links[0].group(0).lower().startswith("https://doi.org/") and ref.raw.count(doi) == 1:
            return ("DOI", None), ("URL", ref.raw[links[0].start():at + len(doi)])
    return ("DOI", doi), ("URL", url)


def printed_doi(ref: Reference) -> str | None:
    """The DOI with the letter case the entry printed it in.

    refcheck keeps DOIs lower-cased to compare them (DOIs are case-insensitive); an export gives
    back what the paper wrote, "10.1016/S0955-0674(99)80067-2" rather than "10.1016/s0955-...".
    """
    doi = ref.fields.doi
    if not doi:
        return None
    at = ref.raw.lower().find(doi.lower())
    return ref.raw[at:at + len(doi)] if at >= 0 else doi


def csl_name(name: Name, compact_initials: bool = False) -> dict[str, str]:
    """A person as family/given; an organisation as one literal that no processor splits.

    ``compact_initials``: a given name of two or three capitals ("Akman HB", as Vancouver and AMA print
    initials) goes to CSL as initials, "H. B.": a processor reads "HB" as one given name and initializes
    it to "H". Used when the style initializes given names; a style that prints them as written prints
    "HB" as the paper did.
    """
    if name.literal is not None:
        return {"literal": name.literal}
    if not name.given and name.family and name.family.split(" ", 1)[0] in PARTICLES and " " in name.family:
        # "da Costa", "van Luijtelaar" with no given name: a processor would take the particle apart and
        # a style that demotes it print "Costa, da"; one literal prints as the entry did in any style
        return {"literal": name.family}
    out = {"family": name.family or ""}
    if name.given:
        out["given"] = spaced_initials(name.given) if compact_initials else name.given
    return out


_RUN_OF_INITIALS = re.compile(r"[^\W\d_]{1,3}")
_HYPHENED_INITIALS = re.compile(r"[^\W\d_](?:-[^\W\d_]){1,2}")


def spaced_initials(given: str) -> str:
    """ "HB" -> "H. B." (two or three capitals and nothing else); "P-Y" -> "P.-Y.", CSL's form of
    hyphenated initials (a processor reads "P-Y" as two names and drops the hyphen: "Chen PY")."""
    if len(given) > 1 and _RUN_OF_INITIALS.fullmatch(given) and given.isupper():
        return " ".join(f"{letter}." for letter in given)
    if _HYPHENED_INITIALS.fullmatch(given) and given.isupper():
        return "-".join(f"{letter}." for letter in given.split("-"))
    return given


def issued_date(year: str | None, date: str | None) -> dict | None:
    """The full date where the entry gives one, else the year; "n.d." and "in press" have none."""
    parts = _date_parts(date)
    if parts:
        return parts
    m = _YEAR.match(year or "")
    return {"date-parts": [[int(m.group(1))]]} if m else None


def _date_parts(text: str | None) -> dict | None:
    m = _ISO.match(text or "")
    if not m:
        return None
    parts = [int(p) for p in m.groups() if p]
    return {"date-parts": [parts]}


def _pages(pages: str | None) -> str | None:
    """CSL wants a hyphen between the first and last page; the processor prints the style's dash."""
    return re.sub(r"\s*[-–—]+\s*", "-", pages) if pages else None
