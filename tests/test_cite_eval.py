"""Precision and recall of findings over the hand-checked test papers and seeds."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_findings_precision_and_recall_on_the_test_papers() -> None:
    spec = importlib.util.spec_from_file_location("eval_citations", ROOT / "tools" / "eval_citations.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    tp, fp, fn = mod.evaluate()
    assert tp / (tp + fp) >= 0.97
    assert tp / (tp + fn) >= 0.95
