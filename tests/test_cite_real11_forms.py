"""Citation forms of real articles of fixtures/papers_real11 (dev half), each on the paper's own text: read as
what they are, not as missing or uncited sources."""

from __future__ import annotations

from pathlib import Path

from refcheck.document import Document
from refcheck.pipeline import check_document

PAPERS = Path(__file__).resolve().parent.parent / "fixtures/papers_real11/papers"


def _findings(name: str) -> list[str]:
    text = (PAPERS / name).read_text(encoding="utf-8")
    report = check_document(Document(path="p.txt", text=text))
    return [f"{f.code}: {f.message}" for f in report.findings]


def test_a_work_read_second_hand_apud_another_is_cited_when_the_list_has_it() -> None:
    # "(Williams 1932 apud Newhall and Melson 1983)": the list has both works; Williams is cited too
    found = _findings("scielo-0001-3765202020180981.txt")
    assert not [f for f in found if f.startswith("uncited") and "WILLIAMS" in f]


def test_bodies_listed_together_are_one_author_of_the_entry() -> None:
    # "(WHO, UNICEF, and World Bank 2018; ...)" for "WHO, UNICEF, World Bank . 2018. Nurturing Care for ..."
    found = _findings("wiley-mcn-70196.txt")
    assert not [f for f in found if "World Bank" in f]


def test_one_doi_printed_on_two_numbered_parts_of_a_series_is_no_duplicate() -> None:
    # "17. W. Niessen, “Tandem Mass Spectrometry of Small-Molecule Antiviral Drugs: 1. HIV-Related Antivirals,” ...
    # 10.1016/j.ijms.2020.116377" and "19. ... Drugs: 3. Antiviral Agents Against Herpes, ..." with the same DOI
    found = _findings("wiley-jms-70071.txt")
    assert not [f for f in found if f.startswith("duplicate-entry")]


def test_bodies_named_with_a_number_are_read_in_the_entry_and_the_citation() -> None:
    # "(FAO and FHI 360 2016)" for "FAO & FHI 360 . 2016. Minimum Dietary Diversity for Women: ..."
    found = _findings("wiley-mcn-70195.txt")
    assert not [f for f in found if "FAO" in f]
