"""Alphanumeric label citations: BibTeX alpha/amsalpha "[Blo70]", "[CFG+78]", DIN 1505-2 "[StWi94a]".

The list opens each entry with its label ("[Blo70] B. H. Bloom. Space/time ..."), the text cites the
labels in brackets, alone or in groups with a locator: "[BM04, Section 2.1]", "[Knu84; Lam94]",
"[CFG+78, PPR05]", "[see also BTMD12]", "[13; FCGJ10; see StWi94a]" (DIN numbers a work that has no
author to build a label from). A label is one capital, up to a dozen letters (a "+" for the authors
left out), and a two- or four-digit year with an optional letter.

Each label cited becomes a `numeric`-kind citation keyed by the label, so the same lookup that maps
"[12]" to entry 12 maps "[Blo70]" to the entry labelled Blo70. A label with no entry is reported only
when it has the shape of the list's own labels (the same number of year digits, a letter part no longer
than the list's longest); any other bracketed word-and-digits ("[COVID19]") stays tentative and is
dropped unless an entry has it.
"""

from __future__ import annotations

import re

from refcheck.citations.scan import Span
from refcheck.style import ALPHA_LABEL

LABEL = ALPHA_LABEL
LABEL_RE = re.compile(LABEL)
# What may precede a label inside the brackets: "see", "see also", "e.g.,", "cf.".
_PRENOTE = r"(?:(?:see(?:\s+also)?|e\.\s?g\.,?|cf\.|compare|also)\s+)?"
_ITEM_RE = re.compile(rf"\s*{_PRENOTE}(?P<label>{LABEL}|\d{{1,4}}[a-z]?)\s*")
_LOCATOR_RE = re.compile(r"\s*(?P<loc>[^\[\];,]{1,40}?)\s*")
# DIN's page after a label, "[SKUI15, S.50]" (Seite): has a label's shape, is never one
_PAGE_RE = re.compile(r"\s*S\.\s?\d{1,5}(?:\s*[-–]\s*\d{1,5})?\s*")
SHAPE_HINT = "label-shape"

Group = tuple[int, int, list[str], str | None]


def label_items(content: str, digits: bool = False) -> list[tuple[str, str | None]] | None:
    """The (label, locator) pairs of one bracket's content, or None when it is not a label citation.

    Items are separated by ";" or ","; after a label, a comma followed by something that is not a label
    starts that label's locator ("BM04, Section 2.1", "MU05, Ch. 4–5", "Knu98, §6.4"). At least one item
    must be an alphanumeric label, unless `digits`: DIN labels a work with no author by its year ("[08]"),
    which in a labelled list is a label as printed, not the number 8."""
    items: list[tuple[str, str | None]] = []
    content = re.sub(r"\b(e\.\s?g\.|i\.\s?e\.),", r"\1 ", content)  # "[e.g., BeWe05]": the comma is the prenote's
    for chunk in content.split(";"):
        parts = chunk.split(",")
        j = 0
        while j < len(parts):
            m = _ITEM_RE.fullmatch(parts[j])
            if m is None:
                return None
            label, locator = m.group("label"), None
            k = j + 1
            while k < len(parts) and (_ITEM_RE.fullmatch(parts[k]) is None or _PAGE_RE.fullmatch(parts[k])):
                k += 1  # ", pp. 12-15" or ", Section 2.1": the locator of this label
            if k > j + 1:
                locator = ",".join(parts[j + 1:k]).strip()
                if not locator or len(locator) > 40 or not any(ch.isalnum() for ch in locator):
                    return None
            items.append((label, locator))
            j = k
    if not items or not (digits or any(LABEL_RE.fullmatch(label) for label, _ in items)):
        return None
    return items


def label_groups(spans: list[Span]) -> list[tuple[int, int, str, str | None, bool]]:
    """(start, end, label, locator, alone) for every label cited in a closed square bracket of a labelled
    paper; `alone` when the bracket cites that one label (only then can a name before it be its author)."""
    out: list[tuple[int, int, str, str | None, bool]] = []
    for s in spans:
        if s.bracket != "[" or not s.closed or len(s.content) > 200:
            continue
        items = label_items(s.content, digits=True)
        if items:
            out.extend((s.start, s.end, label, locator, len(items) == 1) for label, locator in items)
    return out


def _shape(label: str) -> tuple[int, int]:
    """(letters, year digits) of a label: "CFG+78" -> (3, 2), "StWi94a" -> (4, 2)."""
    core = label.rstrip("abcdefghijklmnopqrstuvwxyz") if label[-1:].islower() and label[-2:-1].isdigit() else label
    digits = len(core) - len(core.rstrip("0123456789"))
    letters = sum(ch.isalpha() for ch in core[: len(core) - digits])
    return letters, digits


def fits_list(label: str, list_labels: list[str]) -> bool:
    """True when a cited label has the shape of the list's labels, so a missing entry is a real error."""
    if label.isdigit():
        return any(x.isdigit() for x in list_labels)
    shapes = [_shape(x) for x in list_labels if LABEL_RE.fullmatch(x)]
    if not shapes:
        return False
    letters, digits = _shape(label)
    return digits in {d for _, d in shapes} and 1 <= letters <= max(n for n, _ in shapes)
