"""The same work entered twice: the cases of issue 12, as printed in real papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from refcheck.model import Fields, Name, RawEntry, Reference
from refcheck.references import build_references
from refcheck.same_work import duplicate_pairs, same_work, work_of

PAIRS = Path(__file__).resolve().parent.parent / "fixtures" / "duplicates" / "issue_pairs.txt"


def _cases() -> list[tuple[str, str, str]]:
    rows = [ln for ln in PAIRS.read_text(encoding="utf-8").split("\n") if ln.strip() and not ln.startswith("#")]
    return [(rows[i], rows[i + 1], rows[i + 2]) for i in range(0, len(rows), 3)]


@pytest.mark.parametrize(("label", "a", "b"), _cases(), ids=lambda x: x[:30] if isinstance(x, str) else x)
def test_issue_cases(label: str, a: str, b: str) -> None:
    first, second = build_references([RawEntry(a, 1, 1), RawEntry(b, 2, 1)])
    assert same_work(work_of(first), work_of(second)) is (label == "same")


def _ref(i: int, kind: str = "article", **fields) -> Reference:
    return Reference(id=f"r{i}", line=i, column=1, raw="", type=kind, fields=Fields(**fields))


def test_same_doi_is_the_same_work_whatever_the_titles() -> None:
    a = _ref(1, doi="10.1/x", title="A", year="2001")
    b = _ref(2, doi="10.1/x", title="Something else", year="2002")
    assert duplicate_pairs([a, b]) == [(0, 1)]


def test_different_dois_are_different_works() -> None:
    a = _ref(1, doi="10.1/x", title="Same title here", year="2001", authors=[Name("Lee", "K.")])
    b = _ref(2, doi="10.1/y", title="Same title here", year="2001", authors=[Name("Lee", "K.")])
    assert duplicate_pairs([a, b]) == []


def test_a_report_and_the_paper_it_became_are_kept_apart() -> None:
    a = _ref(1, "chapter", title="On exact algorithms for treewidth", year="2006", authors=[Name("Bodlaender", "H.")])
    b = _ref(2, "report", title="On exact algorithms for treewidth", year="2006", authors=[Name("Bodlaender", "H.")])
    assert duplicate_pairs([a, b]) == []


def test_given_and_family_swapped_is_the_same_author() -> None:
    a = _ref(1, "thesis", title="Fast parallel algorithms for partial k-trees", year="1989",
             authors=[Name("Chandrasekharan", "Narayanan")])
    b = _ref(2, "thesis", title="Fast parallel algorithms for partial k-trees", year="1989",
             authors=[Name("Narayanan", "Ch.")])
    assert duplicate_pairs([a, b]) == [(0, 1)]


def test_three_copies_all_point_at_the_first() -> None:
    refs = [_ref(i, title="The power of feedback", year="2007", authors=[Name("Hattie", "J.")]) for i in range(3)]
    assert duplicate_pairs(refs) == [(0, 1), (0, 2)]


def test_two_printed_entries_sharing_a_short_misread_title_are_two_works() -> None:
    a = Reference(id="r1", line=1, column=1, raw="32. US, et al. ex rel. Boise v. Cephalon, Inc (2008 January 3) "
                  "Civil Action 2:04-CV-04401-TON.", fields=Fields(authors=[Name("US")], year="2008", title="ex rel"))
    b = Reference(id="r2", line=2, column=1, raw="41. US, et al. ex rel. Wetta v. AstraZeneca Corporation (2008 "
                  "August 1) Civil Action 2:04-CV-03479-BMS.",
                  fields=Fields(authors=[Name("US")], year="2008", title="ex rel"))
    assert duplicate_pairs([a, b], parsed=True) == []
    copy = Reference(id="r3", line=3, column=1, raw=a.raw, fields=a.fields)
    assert duplicate_pairs([a, copy], parsed=True) == [(0, 1)]


def test_a_printed_copy_with_a_short_title_that_stops_early_is_still_the_same_work() -> None:
    a = Reference(id="r1", line=1, column=1, raw="Ben-Tal, A., L. El Ghaoui, and A. Nemirovski. 2009a. Robust "
                  "Optimization. Princeton University Press.",
                  fields=Fields(authors=[Name("Ben-Tal", "A.")], year="2009", title="Robust Optimization"))
    b = Reference(id="r2", line=2, column=1, raw="Ben-Tal, A., L. El Ghaoui, and A. Nemirovski. 2009b. Robust "
                  "Optimization.", fields=a.fields)
    assert duplicate_pairs([a, b], parsed=True) == [(0, 1)]



def test_one_doi_printed_on_two_different_works_of_a_paper_is_no_duplicate() -> None:
    doi = "10.1126/science.1191634"
    a = Reference(id="r1", line=1, column=1, raw="Allmann S, Baldwin IT. 2010. Insects betray themselves in nature "
                  "to predators by rapid isomerization of green leaf volatiles. Science 329:1075–1078.",
                  fields=Fields(authors=[Name("Allmann", "S")], year="2010", doi=doi,
                                title="Insects betray themselves in nature to predators by rapid isomerization"))
    b = Reference(id="r2", line=2, column=1, raw="Allmann S, Halitschke R, Schuurink RC, Baldwin IT. 2010. Oxylipin "
                  "channelling in Nicotiana attenuata. Plant Cell Environ 33:2028–2040.",
                  fields=Fields(authors=[Name("Allmann", "S")], year="2010", doi=doi,
                                title="Oxylipin channelling in Nicotiana attenuata"))
    assert duplicate_pairs([a, b], parsed=True) == []
    assert duplicate_pairs([a, b]) == [(0, 1)]  # a .bib file's DOI decides alone


def test_one_doi_printed_on_part_one_and_part_two_is_no_duplicate() -> None:
    entries = ["28. Ewing B, Green P Base-calling of automated sequencer traces using phred. II. Error probabilities. "
               "Genome Res 1998; 8:175-185 10.1101/gr.8.3.175",
               "29. Ewing B, Hillier L, Wendl MC, Green P Base-calling of automated sequencer traces using phred. I. "
               "Accuracy assessment. Genome Res 1998; 8:175-185 10.1101/gr.8.3.175"]
    refs = build_references([RawEntry(text=t, line=i + 1, column=1) for i, t in enumerate(entries)])
    assert duplicate_pairs(refs, parsed=True) == []


def test_a_printed_copy_that_lost_a_number_or_its_journal_is_still_a_duplicate() -> None:
    entries = [
        "Beaglehole, R., Bonita, R., Horton, R., Adams, C., Alleyne, G., & Asaria, P. (2011a). Priority actions for "
        "the non-communicable disease crisis. Lancet, 377, 1438–1447.",
        "Beaglehole, R., Bonita, R., Horton, R., Adams, C., Alleyne, G., & Asaria, P. (2011b). Priority actions for "
        "the non-communicable disease crisis. Lancet, 377.",
        "Hormander, Lars. 1971a. “Fourier Integral Operators. I.” Acta Mathematica 127(1).",
        "Hormander, Lars. 1971b. “Fourier Integral Operators. I.” Acta Mathematica (1).",
    ]
    refs = build_references([RawEntry(t, i, 1) for i, t in enumerate(entries, start=1)])
    assert duplicate_pairs(refs, parsed=True) == [(0, 1), (2, 3)]


def test_two_printed_volumes_of_one_long_title_stay_two_works() -> None:
    entries = ["Smith, J. (2011). Annual survey of the regional labour market. Labour Review, 12, 100–110.",
               "Smith, J. (2011). Annual survey of the regional labour market. Labour Review, 13, 200–210."]
    refs = build_references([RawEntry(t, i, 1) for i, t in enumerate(entries, start=1)])
    assert duplicate_pairs(refs, parsed=True) == []
