"""Numeric citations in brackets, read from real articles of fixtures/papers_real10 (dev half)."""

from __future__ import annotations

from pathlib import Path

from refcheck.document import Document
from refcheck.pipeline import check_document

PAPERS = Path(__file__).resolve().parent.parent / "fixtures/papers_real10/papers"


def _cited_in(name: str, run: str) -> list[int]:
    text = (PAPERS / name).read_text(encoding="utf-8")
    at = text.index(run)
    line = text.count("\n", 0, at) + 1
    column = at - text.rfind("\n", 0, at)
    report = check_document(Document(path="p.txt", text=text))
    return sorted({int(k) for c in report.citations if c.line == line and column <= c.column < column + len(run)
                   for k in c.keys})


def test_a_bracket_of_thirty_six_numbers_cites_each_of_them() -> None:
    run = ("[7,11,12,13,14,15,19,20,22,24,25,26,27,28,29,31,34,36,41,42,43,48,52,55,56,57,58,59,60,61,63,67,70,73,"
           "74,76]")
    assert _cited_in("mdpi-ijerph-23020164.txt", run) == [int(n) for n in run.strip("[]").split(",")]


def test_a_pair_before_a_unit_of_measure_is_an_interval_not_a_citation() -> None:
    run = "rotation interval of [150, 180] degrees"
    assert _cited_in("plos-pone-0117688.txt", run) == []


def test_pairs_continuing_a_run_of_intervals_from_zero_are_not_citations() -> None:
    assert _cited_in("plos-pone-0117688.txt", "[45, 90] | Isotropic | 1.0 | 0.0001 | 0.442") == []


def test_fusion_locants_glued_to_a_ring_name_are_not_citations() -> None:
    assert _cited_in("mdpi-molbank-m577.txt", "1H-Phenanthro[9,10-d]- [1,2,3]triazole (1)") == []


def test_a_quantum_codes_parameters_in_double_brackets_are_not_citations() -> None:
    assert _cited_in("aps-prx-7-021022.txt", "[[7,1,3]] Steane code") == []


def test_an_interval_from_zero_elsewhere_leaves_a_later_pair_a_citation() -> None:
    text = ("Scores are normalised to [0, 1] before training. Related systems are compared in detail, and the "
            "duty cycle bounds network capacity [1, 2].\n\nReferences\n\n"
            "[1] M. Centenaro, “Long-range communications in unlicensed bands,” IEEE Wireless Commun., 2016.\n\n"
            "[2] F. Adelantado, “Understanding the limits of LoRaWAN,” IEEE Commun. Mag., 2017.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert sorted(k for c in report.citations for k in c.keys) == ["1", "2"]
