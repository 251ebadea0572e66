"""Field-by-field comparison of a parsed entry with a Crossref record.

Shared by verification (an entry's own DOI: which fields disagree?) and by
search validation (does a candidate agree on enough fields to be the same
work?). Comparisons are deliberately forgiving about form — case, accents,
HTML in titles, subtitles, journal abbreviations, abbreviated page ranges,
online-vs-print years — and strict about substance.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

from refcheck.model import Fields

_TAGS = re.compile(r"<[^>]+>")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_STOP = frozenset(
    ["a", "an", "and", "the", "of", "on", "in", "for", "to", "at",
     "de", "der", "des", "du", "la", "le", "et", "und", "fur"]
)

TITLE_AGREES = 0.85  # similarity at or above which two titles name the same work
TITLE_CONFLICTS = 0.5  # below this the titles are plainly different works


def normalize(text: str | None) -> str:
    """Lower-case ASCII-folded words: "Über <i>Fish</i>-Eyes" -> "uber fish eyes"."""
    if not text:
        return ""
    text = html.unescape(_TAGS.sub(" ", text))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _NON_WORD.sub(" ", text.casefold().replace("_", " "))
    return _SPACE.sub(" ", text).strip()


def similarity(a: str | None, b: str | None) -> float:
    """0..1 similarity of two normalized strings, tolerant of word order and small typos."""
    from rapidfuzz import fuzz

    na, nb = normalize(a), normalize(b)
    if not na or not nb:
        return 0.0
    return max(fuzz.ratio(na, nb), fuzz.token_sort_ratio(na, nb)) / 100.0


# -- record accessors ---------------------------------------------------------------------------


def first(values: Any) -> str | None:
    if isinstance(values, list):
        return next((str(v) for v in values if v), None)
    return str(values) if values else None


def record_titles(record: dict[str, Any]) -> list[str]:
    """The record's title, and title plus subtitle, since entries write either."""
    title = first(record.get("title"))
    if not title:
        return []
    out = [title]
    subtitle = first(record.get("subtitle"))
    if subtitle:
        out.append(f"{title}: {subtitle}")
    return out


def record_title(record: dict[str, Any]) -> str | None:
    titles = record_titles(record)
    return titles[-1] if titles else None


def record_years(record: dict[str, Any]) -> list[int]:
    """Every year the record could honestly be cited under (issued, print, online)."""
    years: list[int] = []
    for key in ("issued", "published-print", "published-online", "published"):
        parts = (record.get(key) or {}).get("date-parts") or []
        if parts and parts[0] and isinstance(parts[0][0], int) and parts[0][0] not in years:
            years.append(parts[0][0])
    return years


def record_first_author(record: dict[str, Any]) -> str | None:
    for role in ("author", "editor"):
        people = record.get(role) or []
        if people:
            person = people[0]
            return person.get("family") or person.get("name")
    return None


def record_containers(record: dict[str, Any]) -> list[str]:
    names = (record.get("container-title") or []) + (record.get("short-container-title") or [])
    return [c for c in names if c]


def record_pages(record: dict[str, Any]) -> str | None:
    return record.get("page") or record.get("article-number")


# -- field comparisons --------------------------------------------------------------------------


def entry_year(fields: Fields) -> int | None:
    match = re.match(r"\s*(\d{4})", fields.year or "")
    return int(match.group(1)) if match else None


_PART = re.compile(r"\b(?:part|pt|vol|volume|book|teil)\s+([ivxlc]+|\d+|one|two|three)\b|\b([ivx]+)\s*$")


def part_markers(title: str | None) -> set[str]:
    """'Part II', 'Vol. 2', a trailing roman numeral: what tells the parts of a series apart."""
    return {a or b for a, b in _PART.findall(normalize(title))}


def title_similarity(entry_title: str | None, record: dict[str, Any]) -> float | None:
    """Best similarity against title or title+subtitle; None when either side has no title.

    Titles that differ in their part number ("... Part II") name different works
    however alike the rest reads, so they score as plainly different.
    """
    titles = record_titles(record)
    if not entry_title or not titles:
        return None
    best = 0.0
    for title in titles:
        sim = similarity(entry_title, title)
        if part_markers(entry_title) != part_markers(title):
            sim = min(sim, TITLE_CONFLICTS - 0.01)
        best = max(best, sim)
    return best


def same_person(entry_family: str | None, record_family: str | None) -> bool | None:
    if not entry_family or not record_family:
        return None
    a, b = normalize(entry_family), normalize(record_family)
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return True
    # "van der Berg" vs "Berg", double-barrelled names written with one half
    wa, wb = set(a.split()) - _STOP, set(b.split()) - _STOP
    return bool(wa & wb) and (wa <= wb or wb <= wa)


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _STOP)


def same_container(entry: str | None, record: dict[str, Any]) -> bool | None:
    """Journal names match in full, fuzzily, as an abbreviation, or as an acronym ("IJDAR")."""
    candidates = record_containers(record)
    if not entry or not candidates:
        return None
    e = normalize(entry)
    for cand in candidates:
        c = normalize(cand)
        if not c:
            continue
        if e == c or similarity(e, c) >= 0.9:
            return True
        if _is_abbreviation(e.split(), c.split()) or _is_abbreviation(c.split(), e.split()):
            return True
        parenthetical = re.findall(r"\(([^)]+)\)", cand)
        if any(normalize(p) == e for p in parenthetical):
            return True
        if len(e) >= 3 and " " not in e and e == _acronym(c.split()):
            return True
    return False


def _is_abbreviation(short: list[str], full: list[str]) -> bool:
    """ISO-4 style: each short word is a prefix of the next significant full word, in order.

    "j exp biol" ~ "journal of experimental biology"; stop words in the full
    title may be skipped, but every short word must be used.
    """
    if not short or len(short) > len(full):
        return False
    i = 0
    for word in full:
        if i < len(short) and word.startswith(short[i]):
            i += 1
        elif word not in _STOP:
            return False
    return i == len(short) and len(short) >= 2


def _page_numbers(pages: str | None) -> tuple[str, str | None] | None:
    """(first, last) with an abbreviated last page completed: "1425-37" -> ("1425", "1437")."""
    if not pages:
        return None
    parts = re.split(r"\s*[-\u2010-\u2015\u2212]+\s*", pages.strip())
    firsts = re.sub(r"^[^\w]+", "", parts[0]).lower()
    if not firsts:
        return None
    last = parts[1].lower() if len(parts) > 1 and parts[1] else None
    if last and firsts.isdigit() and last.isdigit() and len(last) < len(firsts):
        last = firsts[: len(firsts) - len(last)] + last
    return firsts, last


def same_pages(entry_pages: str | None, record: dict[str, Any]) -> bool | None:
    """First pages equal (article numbers count as pages; "e33693" matches "e33693")."""
    a, b = _page_numbers(entry_pages), _page_numbers(record_pages(record))
    if not a or not b:
        return None
    return _page_key(a[0]) == _page_key(b[0])


def same_page_range(entry_pages: str | None, record: dict[str, Any]) -> bool | None:
    """Whole range equal where both sides give one (for reporting differences, not for matching)."""
    first_agrees = same_pages(entry_pages, record)
    if not first_agrees:
        return first_agrees
    a, b = _page_numbers(entry_pages), _page_numbers(record_pages(record))
    assert a is not None and b is not None
    return a[1] is None or b[1] is None or _page_key(a[1]) == _page_key(b[1])


def _page_key(page: str) -> str:
    """PLOS-style article numbers appear as "e0033693", "e33693" or "33693"."""
    return page.lower().lstrip("e").lstrip("0") or "0"


def same_number(entry: str | None, record_value: Any) -> bool | None:
    """Volumes and issues: compare the leading number ("12(3)" vs "12") or the whole text."""
    if not entry or not record_value:
        return None
    ea, rb = _DIGITS.findall(str(entry)), _DIGITS.findall(str(record_value))
    if ea and rb:
        return ea[0].lstrip("0") == rb[0].lstrip("0")
    return normalize(str(entry)) == normalize(str(record_value))


def differences(fields: Fields, record: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Fields present on both sides that disagree, as {field: {"entry": ..., "crossref": ...}}.

    A field missing on either side is not a difference: entries legitimately
    omit issues, and Crossref lacks pages for many online-first articles.
    """
    out: dict[str, dict[str, str]] = {}
    sim = title_similarity(fields.title, record)
    if sim is not None and sim < TITLE_AGREES:
        out["title"] = {"entry": fields.title or "", "crossref": record_title(record) or ""}
    if fields.authors:
        author = fields.authors[0]
        family = author.literal if author.is_organization else author.family
        rec_family = record_first_author(record)
        if same_person(family, rec_family) is False:
            out["author"] = {"entry": family or "", "crossref": rec_family or ""}
    year, years = entry_year(fields), record_years(record)
    if year is not None and years and year not in years:
        out["year"] = {"entry": fields.year or "", "crossref": str(years[0])}
    if same_container(fields.container, record) is False:
        out["container"] = {"entry": fields.container or "", "crossref": record_containers(record)[0]}
    if same_number(fields.volume, record.get("volume")) is False:
        out["volume"] = {"entry": fields.volume or "", "crossref": str(record.get("volume"))}
    if same_number(fields.issue, record.get("issue")) is False:
        out["issue"] = {"entry": fields.issue or "", "crossref": str(record.get("issue"))}
    if same_page_range(fields.pages, record) is False:
        out["pages"] = {"entry": fields.pages or "", "crossref": record_pages(record) or ""}
    return out


def describe(diffs: dict[str, dict[str, str]]) -> str:
    """'year: entry 2001, Crossref 2002; volume: entry 7, Crossref 8'."""
    return "; ".join(f"{name}: entry {d['entry']}, Crossref {d['crossref']}" for name, d in diffs.items())
