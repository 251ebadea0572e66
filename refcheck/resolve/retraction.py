"""Editorial notices attached to a record: retractions, expressions of concern, corrections.

Crossref carries them in ``updated-by`` (publishers' Crossmark deposits and,
since 2023, Retraction Watch's database): each item names the notice's DOI,
its ``type`` and when it was issued. Citing a retracted work is an error the
author must act on; a correction or an expression of concern is worth knowing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

RETRACTING = frozenset({"retraction", "partial_retraction", "withdrawal", "removal"})
CONCERN = frozenset({"expression_of_concern"})
CORRECTING = frozenset({"correction", "corrigendum", "erratum", "addendum", "clarification"})


@dataclass(frozen=True, slots=True)
class Notice:
    kind: str  # "retraction" | "concern" | "correction"
    type: str  # Crossref's update type, e.g. "partial_retraction"
    doi: str | None
    label: str
    date: str | None
    source: str | None

    def describe(self) -> str:
        where = f" (notice {self.doi}" + (f", {self.date}" if self.date else "") + ")" if self.doi else ""
        by = " according to Retraction Watch" if self.source == "retraction-watch" else ""
        return f"{self.label}{where}{by}"


def _kind(update_type: str) -> str | None:
    t = update_type.lower().replace("-", "_").replace(" ", "_")
    if t in RETRACTING:
        return "retraction"
    if t in CONCERN:
        return "concern"
    if t in CORRECTING:
        return "correction"
    return None  # new_version, new_edition, ...: not editorial warnings


def notices(record: dict[str, Any]) -> list[Notice]:
    """Editorial notices on a record, retractions first, one per notice DOI."""
    found: dict[tuple[str, str | None], Notice] = {}
    for update in record.get("updated-by") or []:
        if not isinstance(update, dict):
            continue
        kind = _kind(str(update.get("type") or ""))
        if kind is None:
            continue
        parts = (update.get("updated") or {}).get("date-parts") or [[]]
        date = "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts[0])) if parts[0] else None
        doi = str(update["DOI"]).lower() if update.get("DOI") else None
        label = str(update.get("label") or update.get("type")).replace("_", " ")
        found.setdefault((kind, doi), Notice(kind, str(update.get("type")), doi, label, date,
                                             update.get("source")))
    order = {"retraction": 0, "concern": 1, "correction": 2}
    return sorted(found.values(), key=lambda n: order[n.kind])
