"""The committed sample of the generated corpus (fixtures/corpus_sample: two papers per
CSL style, clean and mutated, with exact gold) must never get worse than the counts
recorded in its baseline.json: no fewer planted problems found, no more false findings.
Runs offline without pandoc; `python -m tools.corpus.sample` re-records the bar."""

from __future__ import annotations

import json

import pytest

from tools.corpus.sample import SAMPLE, check, count, gold_problems, papers

BASELINE = json.loads((SAMPLE / "baseline.json").read_text(encoding="utf-8"))
PAPERS = papers()


def test_sample_has_two_papers_clean_and_mutated_for_each_of_sixteen_styles():
    styles = {path.parent.parent.name for path, _ in PAPERS}
    assert len(styles) == 16
    assert len(PAPERS) == 16 * 2 * 2
    assert set(BASELINE) == {str(path.relative_to(SAMPLE)) for path, _ in PAPERS}


def test_every_mutated_paper_carries_planted_problems():
    for path, gold in PAPERS:
        if path.parent.name == "mutated":
            assert gold_problems(gold, path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize("path,gold", PAPERS, ids=[str(p.relative_to(SAMPLE)) for p, _ in PAPERS])
def test_paper_is_no_worse_than_recorded(path, gold):
    now = count(check(path), gold_problems(gold, path.read_text(encoding="utf-8")))
    bar = BASELINE[str(path.relative_to(SAMPLE))]
    assert now["found"] >= bar["found"], f"planted problems found fell: {now['found']} < {bar['found']}"
    assert now["false"] <= bar["false"], f"false findings rose: {now['false']} > {bar['false']}"
