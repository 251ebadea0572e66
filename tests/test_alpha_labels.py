"""Alphanumeric label papers (BibTeX alpha/amsalpha, DIN 1505-2): "[Blo70]" cites the entry labelled Blo70."""

from __future__ import annotations

from refcheck.citations.labels import fits_list, label_items
from refcheck.document import Document
from refcheck.model import FileReport
from refcheck.pipeline import check_document

AMSALPHA = [
    "[Blo70] B. H. Bloom. Space/time trade-offs in hash coding with allowable errors. Communications of the "
    "ACM, 13(7):422-426, 1970.",
    "[BM04] A. Broder and M. Mitzenmacher. Network applications of Bloom filters: A survey. Internet "
    "Mathematics, 1(4):485-509, 2004.",
    "[CFG+78] L. Carter, R. Floyd, J. Gill, G. Markowsky, and M. Wegman. Exact and approximate membership "
    "testers. In Proceedings of the 10th Annual ACM Symposium on Theory of Computing, pages 59-65, 1978.",
    "[Knu98] D. E. Knuth. The Art of Computer Programming, Volume 3: Sorting and Searching. Addison-Wesley, "
    "2nd edition, 1998.",
]
BODY = ("Filters\n\nThe idea goes back to Bloom [Blo70] and to the analysis of membership testers by Carter et "
        "al. [CFG+78]. Broder and Mitzenmacher [BM04, Section 2.1] survey variants used in networking; the "
        "false positive rate is about 0.6185^(m/n) [Blo70; BM04], within a constant of the bound [CFG+78, "
        "BM04]. For open addressing the classic reference remains Knuth [Knu98, §6.4].\n\n")


def check(body: str = BODY, entries: list[str] = AMSALPHA) -> FileReport:
    return check_document(Document(path="paper.txt", text=body + "References\n\n" + "\n\n".join(entries) + "\n"))


def codes(report: FileReport) -> list[str]:
    return [f.code for f in report.findings]


def test_a_labelled_list_is_the_alpha_style_and_its_labels_are_not_entry_text() -> None:
    report = check()
    assert report.style == "alpha"
    assert [r.label for r in report.references] == ["Blo70", "BM04", "CFG+78", "Knu98"]
    assert not report.references[0].raw.startswith("[")


def test_every_label_citation_finds_its_entry_and_nothing_is_uncited() -> None:
    report = check()
    assert codes(report) == []
    assert sorted({k for c in report.citations for k in c.keys}) == ["BM04", "Blo70", "CFG+78", "Knu98"]


def test_a_comma_after_a_label_starts_its_locator_unless_a_label_follows() -> None:
    assert label_items("BM04, Section 2.1") == [("BM04", "Section 2.1")]
    assert label_items("CFG+78, PPR05") == [("CFG+78", None), ("PPR05", None)]
    assert label_items("13; FCGJ10; see StWi94a") == [("13", None), ("FCGJ10", None), ("StWi94a", None)]
    assert label_items("e.g., BeWe05") == [("BeWe05", None)]


def test_a_bracket_with_no_label_is_not_a_label_citation() -> None:
    assert label_items("sic") is None
    assert label_items("12; 14") is None
    assert label_items("Garrett and Grisham, 2005") is None


def test_a_cited_label_of_the_lists_shape_with_no_entry_is_no_entry() -> None:
    report = check(BODY + "Later work tightened the analysis [PPR05].\n\n")
    assert codes(report) == ["no-entry"]
    assert "PPR05" in report.findings[0].message


def test_a_bracketed_word_not_shaped_like_the_lists_labels_is_dropped() -> None:
    report = check(BODY + "The dataset is described elsewhere [COVIDDATASETS2020].\n\n")
    assert codes(report) == []


def test_label_shape_compares_year_digits_and_letter_count() -> None:
    labels = ["Blo70", "CFG+78", "StWi94a"]
    assert fits_list("PPR05", labels)
    assert not fits_list("Lambda2020", labels)
    assert not fits_list("12", labels)
    assert fits_list("12", [*labels, "11"])


def test_din_labels_a_work_without_authors_by_number_and_cites_it_so() -> None:
    entries = [
        "[11] UNITED STATES JUDICIARY: Public Access to Court Electronic Records. 2019",
        "[AdTs74] ADLER, J ; TSO, WW: Decision-making in bacteria: chemotactic response of Escherichia coli to "
        "conflicting stimuli. In: Science Bd. 184 (1974), S. 1292-1294",
        "[SiCl11] SIMONS, BD ; CLEVERS, H: Strategies for homeostatic stem cell self-renewal in adult tissues. "
        "In: Cell Bd. 145 (2011), S. 851-862",
    ]
    body = ("Einleitung\n\nAdler [AdTs74] argued that exposure precedes the outcome [11; see SiCl11]. Controlled "
            "trials document it [e.g., SiCl11, pp. 12-15].\n\n")
    report = check(body, entries)
    assert report.style == "alpha"
    assert codes(report) == []
    assert sorted(k for c in report.citations for k in c.keys) == ["11", "AdTs74", "SiCl11", "SiCl11"]


def test_two_entries_printed_with_one_label_are_both_cited_by_it() -> None:
    entries = [*AMSALPHA, AMSALPHA[3].replace("Volume 3: Sorting and Searching", "Volume 1: Fundamental Algorithms")]
    report = check(entries=entries)
    assert "uncited" not in codes(report)
