"""The committed sample of the generated corpus (fixtures/corpus_sample: two papers per
CSL style, clean and mutated, with exact gold) must never get worse than the counts
recorded in its baseline.json: no fewer planted problems found, no more false findings.
Runs offline without pandoc; `python -m tools.corpus.sample` re-records the bar."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tools/ is not installed

from tools.corpus.sample import SAMPLE, allowed, check, count, gold_problems, papers  # noqa: E402

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
    text = path.read_text(encoding="utf-8")
    now = count(check(path), gold_problems(gold, text), allowed(gold, text))
    bar = BASELINE[str(path.relative_to(SAMPLE))]
    assert now["found"] >= bar["found"], f"planted problems found fell: {now['found']} < {bar['found']}"
    assert now["false"] <= bar["false"], f"false findings rose: {now['false']} > {bar['false']}"


def test_field_marks_read_back_as_anystyle_labels():
    from tools.corpus.labelled import label_entry

    csl = {"author": [{"family": "Lieber", "given": "Richard L."}], "issued": {"date-parts": [[1997]]},
           "type": "article-journal"}
    marked = ("\ue001Lieber\ue0ff, R. L. (1997). \ue004Growth hormone\ue0ff. \ue010Journal of Research\ue0ff, "
              "\ue00715\ue0ff(\ue0084\ue0ff), \ue009519–527\ue0ff.")
    assert label_entry(marked, csl)["segments"] == [
        ["author", "Lieber, R. L."], ["date", "(1997)."], ["title", "Growth hormone."],
        ["journal", "Journal of Research,"], ["volume", "15(4),"], ["pages", "519–527."]]


def test_citation_marks_give_exact_offsets_in_the_stripped_text():
    from tools.corpus.gold import locate

    loc = locate("See \ue400(Smith, 2019)\ue3ff and \ue401Jones (2020)\ue3ff.\n\nReferences\n\nSmith, J.\ue200 2019.\n")
    assert loc.text.startswith("See (Smith, 2019) and Jones (2020).")
    assert [loc.text[a:b] for a, b in loc.cites.values()] == ["(Smith, 2019)", "Jones (2020)"]
    assert loc.text[slice(*loc.entries[0])] == "Smith, J. 2019."


def test_numeric_runs_expand_brackets_ranges_and_superscripts():
    from tools.corpus.gold import numbers

    assert numbers("[2]–[4]") == [2, 3, 4]
    assert numbers("1,3") == [1, 3]
    assert numbers("¹⁻³") == [1, 2, 3]


def test_a_misspelt_name_is_never_another_entrys_name():
    import random

    from tools.corpus.mutate import misspell

    for seed in range(50):
        wrong = misspell(random.Random(seed), "Smith", {"smith", "smiht", "smyth"})
        assert wrong and wrong.casefold() not in {"smith", "smiht", "smyth"}


def test_a_compact_year_volume_pages_token_is_one_segment_but_three_exact_spans():
    from tools.corpus.labelled import label_entry

    csl = {"author": [{"family": "Lee", "given": "I"}], "issued": {"date-parts": [[1992]]}}
    rec = label_entry("\ue001Lee\ue0ff I. \ue004Change in body weight\ue0ff. \ue010JAMA\ue0ff. "
                      "1992;\ue007268\ue0ff:\ue0092045–2049\ue0ff.", csl)
    assert rec["segments"][-1] == ["date", "1992;268:2045–2049."]
    assert [(label, rec["text"][a:b]) for label, a, b in rec["spans"]][-3:] == [
        ("date", "1992;"), ("volume", "268:"), ("pages", "2045–2049.")]


def _pair_paper():
    """Two works of Hipólito 2013 cited once each; citeproc sorts r001's title first, so r001 is 2013a."""
    from tools.corpus.papers import Paper

    refs = [{"id": "r000", "author": [{"family": "Hipólito", "given": "J."}], "issued": {"date-parts": [[2013]]},
             "title": "The pollination\ue200"},
            {"id": "r001", "author": [{"family": "Hipólito", "given": "J."}], "issued": {"date-parts": [[2013]]},
             "title": "Support tools\ue201"}]
    marked = ("See \ue400(Hipólito, 2013b)\ue3ff and \ue401Hipólito (2013a)\ue3ff.\n\nReferences\n\n"
              "Hipólito, J. (2013a). Support tools\ue201.\n\nHipólito, J. (2013b). The pollination\ue200.\n")
    return Paper("p000", "apa", refs, "", cites=[["r000"], ["r001"]], pairs={"ab": ["r000", "r001"]}), marked


def test_ab_plant_removes_the_letters_citeproc_printed_whatever_the_key_order():
    import random

    from tools.corpus.gold import locate
    from tools.corpus.mutate import Plan, invisible, plant_in_text

    paper, marked = _pair_paper()
    plan = Plan()
    planted = plant_in_text(random.Random(0), paper, marked, "author-date", False, plan)
    text = locate(planted).text
    assert "2013a" not in text and "2013b" not in text
    assert plan.expect[(0, "r000")] == plan.expect[(1, "r001")] == "ambiguous"
    assert invisible(plan, locate(marked), locate(planted), notes=False) == []


def test_a_recorded_plant_the_text_does_not_carry_is_reported():
    from tools.corpus.gold import locate
    from tools.corpus.mutate import Plan, invisible

    _paper, marked = _pair_paper()
    plan = Plan(expect={(0, "r000"): "ambiguous"}, ambiguous=["r000", "r001"])
    assert invisible(plan, locate(marked), locate(marked), notes=False) == [
        "ambiguous citation 0 (r000) reads as before",
        "ambiguous entry r000 still prints a year letter", "ambiguous entry r001 still prints a year letter"]
