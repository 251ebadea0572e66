"""Entry type from the entry's printed form: how styles print a container and a title tells the type
(entries of the corpus generator's papers, drawn from real works)."""

from __future__ import annotations

from pathlib import Path

from refcheck.pipeline import check_document
from refcheck.readers import read_document


def _types(tmp_path: Path, entries: list[str]) -> list[str]:
    paper = tmp_path / "paper.txt"
    paper.write_text("Body text.\n\nReferences\n\n" + "\n\n".join(entries) + "\n", encoding="utf-8")
    return [ref.type for ref in check_document(read_document(str(paper)), citations=False).references]


def test_a_container_printed_without_in_is_a_periodical(tmp_path):
    # a chapter's book is printed "In Book" by nearly every style; a journal's name stands alone
    assert _types(tmp_path, ["Yglesias, Matthew. 2014. “Obama’s Biggest Economic Policy Mistake.” Vox.",
                             "Creyghton, David. 2015. “Management of Time Series Data.” Lancet."]) == ["article"] * 2


def test_a_container_printed_after_in_is_still_a_book(tmp_path):
    assert _types(tmp_path, ["Tobias, Richard. 1991. “Thurber, James.” In Encyclopedia Americana."]) == ["chapter"]


def test_a_quoted_title_with_nothing_else_is_an_article(tmp_path):
    # styles that quote titles quote a part's (an article's) and italicise a whole work's
    assert _types(tmp_path, [
        "[1] J. Kevin, “Problems in the supervision and assessment of student nurses,” 2006.",
        "[2] S. Friedman, “Molecular regulation of hepatic fibrosis, an integrated cellular response to tissue "
        "injury,” 2000."]) == ["article"] * 2


def test_a_title_not_quoted_with_nothing_else_stays_untyped(tmp_path):
    assert _types(tmp_path, ["Saheki Y, De Camilli P. Synaptic vesicle endocytosis. 2012."]) == ["misc"]


def test_an_entry_whose_only_link_is_its_doi_is_no_web_page(tmp_path):
    assert _types(tmp_path, [
        "DYER, N.A., ROSE, C., EJEH, N.O., and A ACOSTA-SERRANO. 2013a. “Flying Tryps: Survival and Maturation of "
        "Trypanosomes in Tsetse Flies.” https://doi.org/10.1016/j.pt.2013.02.003."]) == ["article"]
