"""Habits of the papers on blind set 20's dev half (fixtures/papers_blind20, student and early-career writing,
written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_harvard_agps_entries_one_a_line_with_bare_initials_are_each_an_entry() -> None:
    # Australian (AGPS) Harvard: "Family, II Year, ‘Title’" with no stops after the initials and no brackets
    text = ("Flows shape wetlands (Bunn & Arthington 2002; Kingsford 2000), and the basin is drying "
            "(Leblanc et al. 2012; Leopold 1949, p. 204).\n\nReferences\n"
            "Bunn, SE & Arthington, AH 2002, ‘Basic principles and ecological consequences of altered flow regimes "
            "for aquatic biodiversity’, Environmental Management, vol. 30, no. 4, pp. 492–507.\n"
            "Kingsford, RT 2000, ‘Ecological impacts of dams, water diversions and river management on floodplain "
            "wetlands in Australia’, Austral Ecology, vol. 25, no. 2, pp. 109–127.\n"
            "Leblanc, M, Tweed, S, Van Dijk, A & Timbal, B 2012, ‘A review of historic and future hydrological "
            "changes in the Murray-Darling Basin’, Global and Planetary Change, vol. 80–81, pp. 226–246.\n"
            "Leopold, A 1949, A Sand County almanac, and sketches here and there, Oxford University Press, New "
            "York.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [r.raw[:9] for r in report.references] == ["Bunn, SE ", "Kingsford", "Leblanc, ", "Leopold, "]
    assert [f.code for f in report.findings if f.severity == "error"] == []


def test_a_near_spelling_of_the_numbered_entrys_author_is_left_alone() -> None:
    # "Banburry et al. [2]" for entry [2] by Banbury: reporting such near spellings raised false name-mismatches on
    # real articles (names a PDF or the parser changed), so only a name no entry near it spells is reported
    text = ("Keyword spotting on microcontrollers was benchmarked by Zhang et al. [1] and Banburry et al. [2]; "
            "MLPerf Tiny [2] and earlier work [1] set the baselines.\n\nREFERENCES\n\n"
            "[1] Y. Zhang, N. Suda, L. Lai, and V. Chandra, “Hello edge: Keyword spotting on microcontrollers,” "
            "arXiv:1711.07128, 2017.\n"
            "[2] C. Banbury et al., “MLPerf Tiny benchmark,” in Proc. NeurIPS Datasets and Benchmarks, 2021.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [c.references for c in report.citations] == [["r1"], ["r2"], ["r2"], ["r1"]]
    assert report.findings == []
