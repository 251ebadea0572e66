"""The findings a note gives: its work's author misspelt, its year not the entry's (notes.py matches)."""

from __future__ import annotations

import re

from refcheck.findings.build import finding
from refcheck.model import Citation, Finding, Reference
from refcheck.text.fold import fold


def similar(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    if a == b or min(len(a), len(b)) < 4 or (min(len(a), len(b)) <= 5 and a[0] != b[0]):
        return False  # "Lima" is not a slip for "Elia": a short name keeps its first letter
    return SequenceMatcher(None, a, b).ratio() >= 0.75


def finding_for(code: str, cit: Citation, message: str, ref: Reference | None = None,
                others: list[Reference] | None = None) -> Finding:
    shown = ([ref] if ref else []) + [r for r in others or [] if r is not ref]
    return finding(code, cit.line, cit.column, message, citation=cit.id, reference=ref.id if ref else None,
                   suggestions=[r.id for r in shown])


_ELIDED = re.compile(r"^(?:l|d|dell|dall|all|sull)(?=[aeiouh])")  # folded: "l'Aréopagite" is "lareopagite"


def misspelt(named: list[str], families: list[str]) -> tuple[str, str] | None:
    """(as the note spells it, as the entry does) for a name the entry lacks but spells almost alike."""
    for name in named:
        if name in families or any(re.sub(r"^(?:[a-z]\.\s?)+", "", f) == name or name in f.split()
                                   or _ELIDED.sub("", f) == _ELIDED.sub("", name) for f in families):
            continue  # "Akhtar" for an entry read as "M.Akhtar", "Chen" for "Chen B": the name with initials glued on;
            # "Aréopagite" for "L'ARÉOPAGITE": an elided article the note or the entry leaves with the name
        close = [f for f in families if similar(name, f) and f not in named]
        if close:
            return name, close[0]
    return None


def name_finding(cit: Citation, ref: Reference | None, wrong: str, right: str,
                 others: list[Reference] | None = None) -> Finding:
    shown = next((w for w in re.findall(r"[\w'’-]+", cit.text) if fold(w) == wrong), wrong)
    if not cit.title:
        return finding_for("name-mismatch", cit, f"note {cit.keys[0]} names \"{shown}\", who has no entry; did you "
                        f"mean \"{right.title()}\"? correct the spelling in the note or in the entry", ref, others)
    return finding_for("name-mismatch", cit,
                    f"note {cit.keys[0]} spells the author \"{shown}\" but the bibliography entry for "
                    f"\"{cit.title}\" has \"{right.title()}\"; correct the spelling in the note or in the entry", ref)


def year_check(cit: Citation, ref: Reference) -> Finding | None:
    year = (ref.fields.year or "")[:4]
    if cit.year and year.isdigit() and cit.year != year and cit.year not in ref.raw:  # else our misreading
        return finding_for("year-mismatch", cit,
                        f"note {cit.keys[0]} dates \"{cit.title}\" {cit.year} but its bibliography entry says "
                        f"{year}; correct the year in the note or in the entry", ref)
    return None
