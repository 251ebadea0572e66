"""fixtures/papers_real5 is well-formed: its gold points at text that is really in each paper.

Why: the set's gold is generated from publisher links, never hand-checked; a renderer change that shifts text
would silently turn it into a yardstick of the renderer.  Every `has` must occur in its paper at least `occurrence`
times, every entry `has` exactly once, citations must point at listed entries, and the split must name real files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "fixtures" / "papers_real5"
GOLD = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
SPLIT = json.loads((ROOT / "benchmarks" / "splits" / "real5.json").read_text(encoding="utf-8"))


def count_overlapping(text: str, needle: str) -> int:
    """Occurrences as tools/score.py finds them (each search restarts one character after the last hit)."""
    n, i = 0, text.find(needle)
    while i >= 0:
        n += 1
        i = text.find(needle, i + 1)
    return n


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_citation_has_occurs_as_often_as_its_occurrence_says(name: str) -> None:
    text = (SET / "papers" / name).read_text(encoding="utf-8")
    for c in GOLD[name]["citations"]:
        assert count_overlapping(text, c["has"]) >= c.get("occurrence", 1), c


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_entry_has_occurs_exactly_once_and_citations_point_at_entries(name: str) -> None:
    text = (SET / "papers" / name).read_text(encoding="utf-8")
    entries = [r["has"] for r in GOLD[name]["references"]]
    for has in entries:
        assert text.count(has) == 1, has
    listed = set(entries)
    assert {c["ref"] for c in GOLD[name]["citations"]} <= listed
    assert set(GOLD[name]["uncited"]) <= listed


def test_split_names_every_paper_once_and_only_existing_files() -> None:
    dev, sealed = SPLIT["dev"], SPLIT["sealed"]
    assert not set(dev) & set(sealed)
    assert sorted(dev + sealed) == sorted(GOLD)
    for name in dev + sealed:
        assert (SET / "papers" / name).is_file(), name


def test_provenance_states_an_open_licence_for_every_paper() -> None:
    prov = json.loads((SET / "provenance.json").read_text(encoding="utf-8"))
    assert sorted(p["doc"] for p in prov) == sorted(GOLD)
    assert all(p["licence"].startswith(("CC BY", "CC0")) for p in prov)
