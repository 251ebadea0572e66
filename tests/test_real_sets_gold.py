"""fixtures/papers_real2 ... papers_real11 are well-formed: their gold points at text that is really in each paper.

Why: these sets' gold is generated from publisher links, never hand-checked; a renderer change that shifts text
would silently turn it into a yardstick of the renderer.  Every `has` must occur in its paper at least `occurrence`
times, every entry `has` exactly once, citations must point at listed entries, and the split must name real files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETS = ("real2", "real3", "real4", "real5", "real6", "real7", "real8", "real9", "real10", "real11")


def _load(name: str) -> tuple[Path, dict, dict]:
    folder = ROOT / "fixtures" / f"papers_{name}"
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    split = json.loads((ROOT / "benchmarks" / "splits" / f"{name}.json").read_text(encoding="utf-8"))
    return folder, gold, split


LOADED = {name: _load(name) for name in SETS}
PAPERS = [(name, doc) for name in SETS for doc in sorted(LOADED[name][1])]


def count_overlapping(text: str, needle: str) -> int:
    """Occurrences as tools/score.py finds them (each search restarts one character after the last hit)."""
    n, i = 0, text.find(needle)
    while i >= 0:
        n += 1
        i = text.find(needle, i + 1)
    return n


@pytest.mark.parametrize(("name", "doc"), PAPERS)
def test_every_citation_has_occurs_as_often_as_its_occurrence_says(name: str, doc: str) -> None:
    folder, gold, _ = LOADED[name]
    text = (folder / "papers" / doc).read_text(encoding="utf-8")
    for c in gold[doc]["citations"]:
        assert count_overlapping(text, c["has"]) >= c.get("occurrence", 1), c


@pytest.mark.parametrize(("name", "doc"), PAPERS)
def test_every_entry_has_occurs_exactly_once_and_citations_point_at_entries(name: str, doc: str) -> None:
    folder, gold, _ = LOADED[name]
    text = (folder / "papers" / doc).read_text(encoding="utf-8")
    entries = [r["has"] for r in gold[doc]["references"]]
    for has in entries:
        assert text.count(has) == 1, has
    listed = set(entries)
    assert {c["ref"] for c in gold[doc]["citations"]} <= listed
    assert set(gold[doc]["uncited"]) <= listed


@pytest.mark.parametrize("name", SETS)
def test_split_names_every_paper_once_and_only_existing_files(name: str) -> None:
    folder, gold, split = LOADED[name]
    dev, sealed = split["dev"], split["sealed"]
    assert not set(dev) & set(sealed)
    assert sorted(dev + sealed) == sorted(gold)
    for doc in dev + sealed:
        assert (folder / "papers" / doc).is_file(), doc


@pytest.mark.parametrize("name", SETS)
def test_provenance_states_an_open_licence_for_every_paper(name: str) -> None:
    folder, gold, _ = LOADED[name]
    prov = json.loads((folder / "provenance.json").read_text(encoding="utf-8"))
    assert sorted(p["doc"] for p in prov) == sorted(gold)
    assert all(p["licence"].startswith(("CC BY", "CC0")) for p in prov)
