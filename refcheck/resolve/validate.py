"""Deciding whether a Crossref search candidate *is* the work an entry describes.

Crossref's relevance ranking always returns something, so a search hit alone
proves nothing. Following Crossref's own search-based matcher (SBMV):

1. the relevance score is normalized by the query length (score / characters)
   and candidates below ``min_normalized_score`` (~0.4) are not considered;
2. the candidate must agree with the entry on at least three fields among
   title (fuzzy), first author, year (off by one counts half), container,
   volume and first page;
3. refcheck adds two rules of its own, because a wrong DOI written into a .bib is
   worse than none: at least one *identifying* field (title or first page) must
   agree — author + year + journal is shared by every paper an author published
   in that journal that year — and at most one field may plainly conflict.
   Journal issues are never accepted as matches (Crossref does the same).

When the parser produced no structure at all, fields are looked for in the raw
reference text instead, the way Crossref validates unstructured strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from refcheck.model import Fields
from refcheck.resolve import compare

MIN_SUPPORT = 3.0
MAX_CONFLICTS = 1
_NUMBER = re.compile(r"(?<!\d)\d+(?!\d)")
_DOI_OR_URL = re.compile(r"(?:https?://\S+|(?<!\d)10\.\d{4,9}/\S+)")
_LEADING_LABEL = re.compile(r"^\s*(?:\[\s*\w+\s*\]|\(\d+\)|\d+\.(?!\d))\s*")


@dataclass(slots=True)
class Assessment:
    """How one candidate fared: the evidence behind accepting or rejecting it."""

    item: dict[str, Any]
    normalized_score: float | None
    agreed: dict[str, float] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    accepted: bool = False
    reason: str = ""

    @property
    def doi(self) -> str:
        return str(self.item.get("DOI", "")).lower()

    @property
    def support(self) -> float:
        return sum(self.agreed.values())


def query_text(raw: str) -> str:
    """The reference text to search with: no list label, no URLs or DOIs (they only add noise)."""
    text = _LEADING_LABEL.sub("", raw)
    text = _DOI_OR_URL.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()[:1000]


def _has_structure(fields: Fields) -> bool:
    return bool(fields.title or fields.authors or fields.year)


def assess(fields: Fields, raw: str, item: dict[str, Any], query: str,
           min_normalized_score: float) -> Assessment:
    score = item.get("score")
    norm = float(score) / max(1, len(query)) if isinstance(score, (int, float)) else None
    result = Assessment(item=item, normalized_score=norm)
    if _has_structure(fields):
        _compare_fields(fields, item, result)
    else:
        _compare_raw(raw, item, result)
    if norm is not None and norm < min_normalized_score:
        result.reason = f"relevance {norm:.2f} per character is below {min_normalized_score:g}"
    elif item.get("type") == "journal-issue":
        result.reason = "candidate is a whole journal issue"
    elif result.support < MIN_SUPPORT:
        result.reason = f"agrees on {_fmt(result.support)} field(s), {MIN_SUPPORT:g} needed"
    elif not ({"title", "pages"} & set(result.agreed)):
        result.reason = "neither title nor first page agrees"
    elif not _has_structure(fields) and "title" not in result.agreed and result.support < MIN_SUPPORT + 1:
        # In raw text a lone number can pass for a page ("... 2015 93" is a volume); without the
        # title, demand one more agreeing field.
        result.reason = "title not found in the reference text and too few other fields agree"
    elif len(result.conflicts) > MAX_CONFLICTS:
        result.reason = "conflicting " + ", ".join(result.conflicts)
    else:
        result.accepted = True
        result.reason = "agrees on " + ", ".join(result.agreed)
    return result


def choose(
    fields: Fields, raw: str, query: str, items: list[dict[str, Any]], min_normalized_score: float
) -> tuple[Assessment | None, Assessment | None]:
    """(accepted candidate, best rejected candidate) — either may be None."""
    assessed = [assess(fields, raw, item, query, min_normalized_score) for item in items]
    accepted = [a for a in assessed if a.accepted]
    if accepted:
        best = max(accepted, key=lambda a: (a.support - len(a.conflicts), a.normalized_score or 0))
        return best, None
    near = [a for a in assessed if a.support >= 2 or a.agreed.get("title")]
    best_near = max(near, key=lambda a: (a.support, a.normalized_score or 0), default=None)
    return None, best_near


def _fmt(x: float) -> str:
    return f"{x:g}"


def _compare_fields(fields: Fields, item: dict[str, Any], out: Assessment) -> None:
    sim = compare.title_similarity(fields.title, item)
    if sim is not None:
        if sim >= compare.TITLE_AGREES:
            out.agreed["title"] = 1.0
        elif sim < compare.TITLE_CONFLICTS:
            out.conflicts.append("title")
    if fields.authors:
        author = fields.authors[0]
        family = author.literal if author.is_organization else author.family
        _tally(out, "author", compare.same_person(family, compare.record_first_author(item)))
    year, years = compare.entry_year(fields), compare.record_years(item)
    if year is not None and years:
        if year in years:
            out.agreed["year"] = 1.0
        elif any(abs(year - y) == 1 for y in years):
            out.agreed["year"] = 0.5
        else:
            out.conflicts.append("year")
    _tally(out, "container", compare.same_container(fields.container, item), conflict=False)
    _tally(out, "volume", compare.same_number(fields.volume, item.get("volume")))
    _tally(out, "pages", compare.same_pages(fields.pages, item))


def _tally(out: Assessment, name: str, verdict: bool | None, conflict: bool = True) -> None:
    """Record agreement; a disagreement counts as a conflict unless names vary too much to judge."""
    if verdict:
        out.agreed[name] = 1.0
    elif verdict is False and conflict:
        out.conflicts.append(name)


def _compare_raw(raw: str, item: dict[str, Any], out: Assessment) -> None:
    """Unstructured fallback: find the candidate's fields inside the reference text."""
    from rapidfuzz import fuzz

    text = compare.normalize(query_text(raw))
    numbers = _NUMBER.findall(text)
    titles = compare.record_titles(item)
    if titles and max(fuzz.partial_ratio(compare.normalize(t), text) for t in titles) >= 90:
        out.agreed["title"] = 1.0
    family = compare.normalize(compare.record_first_author(item))
    if family and family in text[: max(60, 3 * len(family))]:
        out.agreed["author"] = 1.0
    for name, value in (("volume", item.get("volume")), ("pages", compare.record_pages(item))):
        found = _NUMBER.findall(str(value or ""))
        if found and found[0] in numbers:
            numbers.remove(found[0])
            out.agreed[name] = 1.0
    years = compare.record_years(item)
    if years:
        if str(years[0]) in numbers:
            out.agreed["year"] = 1.0
        elif str(years[0] - 1) in numbers or str(years[0] + 1) in numbers:
            out.agreed["year"] = 0.5
    if any(compare.normalize(c) and compare.normalize(c) in text for c in compare.record_containers(item)):
        out.agreed["container"] = 1.0
