"""Findings about the list itself: entries that did not parse, works listed twice."""

from __future__ import annotations

import re

from refcheck.findings.build import finding
from refcheck.keys import ascii_fold
from refcheck.model import Finding, Reference
from refcheck.text.patterns import is_legal


def check_entries(refs: list[Reference]) -> list[Finding]:
    return [*_unparsed(refs), *_duplicates(refs)]


# A note that points back at an earlier note, OSCOLA's "Eraslan, Yesilada, and Harper, above n 5, 50." and "supra
# note 5", "Ibid." or "op. cit.": in a list of notes printed as the reference list it names no work of its own.
_BACK_REFERENCE = re.compile(r"\b(?:above|supra)\s+(?:n|note)\.?\s*\d|^(?:ibid|id)\b\.?|\bop\.\s?cit\b", re.IGNORECASE)


def _unparsed(refs: list[Reference]) -> list[Finding]:
    out = []
    for ref in refs:
        f = ref.fields
        if not (f.authors or f.editors) and not f.title and not f.year and not _BACK_REFERENCE.search(ref.raw) \
                and not is_legal(ref.raw):  # a table of cases' "Campbell v MGN Ltd [2004] UKHL 22 ..... 1, 2"
            out.append(finding("unparsed-entry", ref.line, ref.column,
                               f"could not find an author, title or year in {_clip(ref.raw)!r}; "
                               "check that this is a complete reference", reference=ref.id))
    return out


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", ascii_fold(text or "").lower()).strip()


def work_identity(ref: Reference) -> tuple[str, ...] | None:
    """What makes two entries the same work (DOI, or first author, year, title and container);
    None when the entry has too little to say."""
    f = ref.fields
    if f.doi:
        return ("doi", f.doi.lower())
    title = _norm(f.title)
    if not title:
        return None
    first = f.authors[0].sort_name if f.authors else ""
    return ("work", _norm(first), re.sub(r"[a-z]$", "", f.year or ""), title, _norm(f.container))


def _duplicates(refs: list[Reference]) -> list[Finding]:
    """The same work entered twice (refcheck.same_work: same DOI, or near-identical title with the
    same year and first author, volumes and parts kept apart)."""
    from refcheck.same_work import duplicate_pairs

    out = []
    for i, j in duplicate_pairs(refs, parsed=True):
        original, ref = refs[i], refs[j]
        out.append(finding("duplicate-entry", ref.line, ref.column,
                           f"this entry repeats the entry at line {original.line}; delete one of them",
                           reference=ref.id, suggestions=[original.id]))
    return out


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
