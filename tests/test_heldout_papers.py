"""Whole-pipeline checks on the held-out papers, written by people who had not seen refcheck.

Each paper carries its editor's labels (tools/eval_heldout.py explains the format): the
problems a careful reader finds and every in-text citation. A correct citation must stay
silent on every paper; across the sets the planted problems must be found and the
citations detected at the issue's aims (precision >= 0.97, recall >= 0.95).
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from eval_heldout import score_paper  # noqa: E402

SETS = [ROOT / "fixtures" / name for name in ("papers_heldout", "papers_heldout2", "papers_heldout3")]
PAPERS = sorted(p for d in SETS for p in d.glob("*.txt"))


def _score(path: Path) -> dict:
    with contextlib.redirect_stdout(io.StringIO()):
        return score_paper(path, verbose=False)


@pytest.fixture(scope="module")
def scores() -> dict[Path, dict]:
    return {p: _score(p) for p in PAPERS}


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_finding_the_editor_did_not_find(paper: Path, scores: dict[Path, dict]) -> None:
    assert scores[paper]["fp"] == []


def test_planted_problems_are_found(scores: dict[Path, dict]) -> None:
    tp = sum(s["tp"] for s in scores.values())
    fn = sum(len(s["fn"]) for s in scores.values())
    assert tp / (tp + fn) >= 0.95, [f for s in scores.values() for f in s["fn"]]


def test_citations_are_detected(scores: dict[Path, dict]) -> None:
    want = sum(s["want_cits"] for s in scores.values())
    got = sum(s["detected"] for s in scores.values())
    assert got / want >= 0.95, [m for s in scores.values() for m in s["missed"]]
