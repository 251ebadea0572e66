"""Labelled spans -> Fields, through the normalizers, plus the rule-based DOI and URL."""

from __future__ import annotations

import re

from refcheck.model import Fields
from refcheck.normalizer.accessed import ACCESS_WORD, find_accessed
from refcheck.normalizer.container import clean_container
from refcheck.normalizer.date import MONTHS, parse_date, parse_year
from refcheck.normalizer.doi import find_doi
from refcheck.normalizer.edition import normalize_edition
from refcheck.normalizer.kind import entry_type
from refcheck.normalizer.names import parse_names
from refcheck.normalizer.pages import normalize_pages, split_issue_prefix
from refcheck.normalizer.publisher import clean_place, clean_publisher, split_place_publisher
from refcheck.normalizer.text import trim
from refcheck.normalizer.title import clean_title
from refcheck.normalizer.url import find_url
from refcheck.normalizer.volume import split_volume

# A role word printed in the span (all-caps "ED" is initials, "Siggia ED", unless in brackets)
_GBT_TYPE_MARK = re.compile(r"\[?(?:[A-Z]{1,2}|EB)(?:/OL)?\]?(?://)?[.,]?")
_ROLE_MARK = re.compile(r"\b(?:[ÉéEe]ds?|[Ee]ditors?|EDITORS?|[Ee]dited|[Hh]rsg|[Dd]ir|[Cc]omps?|[Tt]rans|In)\b\.?"
                        r"|\((?:[ÉéEe]ds?|EDS?|[Hh]rsg)\.?\)")
# "Elmagarmid A, editor.", "Piveteau J, ed.", "Bauer, A. Raymond, and Kenneth J. Germen, eds.", "Ribaski, N.G. (ed.)"
_EDITOR_ROLE_END = re.compile(r"(?:,\s*|\s\()(?:[Ee]ds?\.?|[Ee]ditors?|EDS?\.?|EDITORS?|[Hh]rsg\.?)\)?[.,:]?$")


def _opens_with(editors: str | None, lead: str | None) -> bool:
    """Whether the editors' span opens the entry (an edited book cited whole), not "In Wrobel, S. (Ed.), ..."."""
    return lead in ("editor", "author") and bool(editors) and not editors.lstrip().startswith(("In ", "in "))


# A given name that reads like the editor's role: "Aniket Kittur, Ed H. Chi, and Bongwon Suh. 2008." (no stop after it)
_ED_GIVEN = re.compile(r"(?:^|,\s*)Ed$")


def _ed_given_name(spans: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """The names "Kittur, Ed" tagged editor before "H. Chi, and Bongwon Suh" tagged author: one author list."""
    for k in range(len(spans) - 1):
        (la, va, ea), (lb, vb, _) = spans[k], spans[k + 1]
        if la == "editor" and lb == "author" and _ED_GIVEN.search(va.strip()):
            return [*spans[:k], ("author", f"{va.strip()} {vb.strip()}", ea), *spans[k + 2:]]
    return spans


def build_fields(spans: list[tuple[str, str, bool]], text: str) -> tuple[str, Fields]:
    spans = _ed_given_name(spans)
    first: dict[str, str] = {}
    dates: list[str] = []
    for label, value, _ in spans:
        if label == "volume" and not any(c.isdigit() for c in first.get("volume", "0")):
            # Brazilian "Científica, v. 2016;44:520.": the bare "v." before the date is not the volume
            first["volume"] = value
        first.setdefault(label, value)
        if label == "date":
            dates.append(value)
    f = Fields()
    editors = first.get("editor")
    lead = next((label for label, _, _ in spans if label != "citation-number"), None)
    if lead == "editor" and not first.get("author") and not _ROLE_MARK.search(editors):
        # "Marko JF, Siggia ED." opening the entry, read as editors for its initials "ED": no role
        # word anywhere in it, so these are the authors
        first["author"], editors = editors, None
    if editors is None and first.get("author") and _EDITOR_ROLE_END.search(first["author"]):
        # the names an edited book opens with, their role printed after them: its editors
        editors = first.pop("author")
    f.authors, f.et_al = parse_names(first.get("author"))
    f.editors, ed_et_al = parse_names(editors)
    f.translators, _ = parse_names(first.get("translator"))
    if not f.authors and f.editors and (not first.get("container-title") or _opens_with(editors, lead)):
        # the editors' "et al." is the entry's when no author precedes them: "Neville, et al., editors. Title."
        f.et_al = f.et_al or ed_et_al
    _dates(f, dates, first)
    f.title = clean_title(first.get("title"))
    f.container = clean_container(first.get("journal") or first.get("container-title"))
    if f.title and f.title[:1] in "「『":  # Japanese 「title」 and 『journal』 brackets
        f.title = f.title.strip("「」『』") or None
    if f.container and f.container[:1] in "「『":
        f.container = f.container.strip("「」『』") or None
    f.volume, f.issue = split_volume(first.get("volume"))
    issue, pages = split_issue_prefix(first.get("pages"))
    f.pages = normalize_pages(pages)
    if issue and not f.issue:
        f.issue = issue
    f.edition = normalize_edition(first.get("edition"))
    _publisher(f, first)
    _repeated_container(f)
    f.doi = find_doi(text)
    f.url = find_url(text)
    f.accessed = find_accessed(first.get("accessed") or first.get("note") or text)
    f.genre = trim(first["genre"]) if first.get("genre") else None
    if f.genre and _GBT_TYPE_MARK.fullmatch(f.genre):
        f.genre = None  # GB/T 7714's "[J]", "[M]", "[EB/OL]": the entry's type, which the type already says
    f.note = trim(first["note"]) if first.get("note") else None
    if f.url and "url" not in first:
        first["url"] = f.url
    return entry_type(first, text), f


def _dates(f: Fields, dates: list[str], first: dict[str, str]) -> None:
    """The first date that is not an access date is the work's date."""
    for d in dates:
        if ACCESS_WORD.search(d):
            continue
        year = parse_year(d)
        if year:
            f.year = year
            f.date = parse_date(d) or _month_after(dates[dates.index(d) + 1:], year)
            return
    if dates:
        f.year = parse_year(dates[0])


_MONTH_ALONE = re.compile(r"^\(?(?P<month>[A-Za-zéû]{3,9})\.?\)?[.,:;]?$")


def _month_after(later: list[str], year: str) -> str | None:
    """ACM's "2018. Title. Journal 76, 2 (February 2018), 1127–1147." and Chicago's "Journal 111
    (October): 202–15.": the year opens the entry, its month comes with the issue; the full date is
    the month of that year (a later date of another year is not this one's)."""
    for d in later:
        if ACCESS_WORD.search(d):
            continue
        full = parse_date(d)
        if full:
            return full if full[:4] == year[:4] else None
        m = _MONTH_ALONE.match(d.strip())
        if m and m.group("month").lower() in MONTHS:
            return f"{year[:4]}-{MONTHS[m.group('month').lower()]:02d}"
    return None


def _publisher(f: Fields, first: dict[str, str]) -> None:
    pub = first.get("publisher")
    place = first.get("location")
    if pub and not place and ":" in pub:
        f.place, f.publisher = split_place_publisher(pub)
        return
    f.publisher = clean_publisher(pub)
    f.place = clean_place(place)


def _repeated_container(f: Fields) -> None:
    """MLA "Foreign Policy, Foreign Policy," is a site and its publisher that share a name."""
    if not f.container or "," not in f.container:
        return
    head, _, tail = f.container.partition(", ")
    if head and head == tail:
        f.container = head
        f.publisher = f.publisher or tail
