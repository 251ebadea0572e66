"""The corpus's labelled references as the tagger's training data (tools/corpus_training.py):
the generated labels' known slips are corrected, and the sample never reaches a held-out work."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tools/ is not installed

from tools.corpus_training import fix, training_sample, unused_sample  # noqa: E402


def test_a_given_name_opening_with_a_month_labelled_date_goes_back_to_the_author_list():
    segments = [["author", "Chertow,"], ["date", "Marian,"], ["author", "Reid Lifset, and Tom Yang."],
                ["date", "2018."], ["title", "“Industrial Ecology.”"]]
    fixes: Counter = Counter()
    assert fix(segments, fixes) == [["author", "Chertow, Marian, Reid Lifset, and Tom Yang."], ["date", "2018."],
                                    ["title", "“Industrial Ecology.”"]]
    assert fixes["given name labelled date"] == 1


def test_a_given_name_printed_before_the_year_in_one_date_span_is_split_off():
    fixed = fix([["author", "Perloff,"], ["date", "Marjorie. 1981."], ["title", "The Poetics of Indeterminacy."]],
                Counter())
    assert fixed[:2] == [["author", "Perloff, Marjorie."], ["date", "1981."]]


def test_a_real_date_after_the_authors_stays_a_date():
    segments = [["author", "Fortes, Ana Margarida, and Noam Alkan."], ["date", "July 2019,"], ["date", "(n.d.)."]]
    assert fix(segments, Counter()) == segments


def _write(folder: Path, name: str, works: list[str], source: str = "crossref") -> None:
    style = name.split(".")[0]
    rows = [{"id": f"{style}:{w}", "work": w, "source": source, "style": style, "text": f"Smith, J. ({w}).",
             "segments": [["author", "Smith, J."], ["date", f"({w})."]]} for w in works]
    with open(folder / name, "a", encoding="utf-8") as fh:
        fh.write("".join(json.dumps(r) + "\n" for r in rows))


def test_the_training_sample_reads_only_train_files_and_is_the_same_on_every_run(tmp_path: Path):
    for style in ("apa", "ieee"):
        _write(tmp_path, f"{style}.train.jsonl", [f"w{k:05d}" for k in range(1, 21)])
        _write(tmp_path, f"{style}.test.jsonl", ["w90001", "w90002"])
    first = training_sample(tmp_path, per_style=5)
    assert [r["id"] for r in first] == [r["id"] for r in training_sample(tmp_path, per_style=5)]
    assert len(first) == 10
    assert not any(r["id"].endswith(("w90001", "w90002")) for r in first)
    by_style = {s: {r["id"].split(":")[1] for r in first if r["style"] == s} for s in ("apa", "ieee")}
    assert by_style["apa"] != by_style["ieee"]  # each style contributes its own works


def test_works_rendered_from_an_evaluation_set_are_never_sampled(tmp_path: Path):
    _write(tmp_path, "apa.train.jsonl", ["w00001", "w00002"], source="anystyle-gold")
    _write(tmp_path, "apa.train.jsonl", ["w00003", "w00004"], source="articles")
    _write(tmp_path, "apa.train.jsonl", ["w00005"], source="anystyle-core")
    assert [r["id"] for r in training_sample(tmp_path, per_style=10)] == ["apa:w00005"]
    assert [r["id"] for r in unused_sample(tmp_path, per_style=10, trained=0)] == ["apa:w00005"]


def test_the_unused_sample_shares_no_work_with_the_training_sample(tmp_path: Path):
    _write(tmp_path, "apa.train.jsonl", [f"w{k:05d}" for k in range(1, 31)])
    trained = {r["id"] for r in training_sample(tmp_path, per_style=25)}
    unused = {r["id"] for r in unused_sample(tmp_path, per_style=15, trained=25)}
    assert len(unused) == 5
    assert not trained & unused
