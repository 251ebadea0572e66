"""Habits of the styles on blind set 5's dev half (fixtures/papers_blind5, written by a helper who never read
refcheck's code): a Chinese GB/T 7714 paper whose English references keep the standard's type marks, and
reference-list headings in the languages papers are written in."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.parser import parse_entry
from refcheck.pipeline import check_document
from refcheck.section.find import is_reference_heading


def test_a_chinese_reference_heading_with_a_full_width_colon_opens_the_list() -> None:
    assert is_reference_heading("参考文献：")


def test_reference_headings_of_other_languages_open_the_list() -> None:
    for heading in ("Riferimenti bibliografici", "Literatuur", "Piśmiennictwo", "Список литературы", "참고문헌",
                    "Kaynakça", "Daftar Pustaka"):
        assert is_reference_heading(heading), heading


def test_a_gbt7714_type_mark_after_a_latin_title_ends_the_title() -> None:
    kind, f = parse_entry("[1] LECUN Y, BENGIO Y, HINTON G. Deep learning[J]. Nature, 2015, 521(7553): 436-444.")
    assert (kind, f.title, f.container, f.volume, f.issue, f.pages) == (
        "article", "Deep learning", "Nature", "521", "7553", "436-444")
    assert [a.family for a in f.authors] == ["LECUN", "BENGIO", "HINTON"]
    assert f.genre is None  # "[J]" is the type, not a note


def test_a_gbt7714_proceedings_mark_puts_what_follows_the_slashes_in_the_container() -> None:
    kind, f = parse_entry("[9] RONNEBERGER O, FISCHER P, BROX T. U-Net: convolutional networks for biomedical image "
                          "segmentation[C]//Medical Image Computing and Computer-Assisted Intervention – MICCAI "
                          "2015. Cham: Springer, 2015: 234-241.")
    assert f.title == "U-Net: convolutional networks for biomedical image segmentation"
    assert f.container is not None and f.container.startswith("Medical Image Computing")


def test_the_same_work_printed_in_capitals_and_in_title_case_is_a_duplicate() -> None:
    text = ("引　言\n\n文献[1]和文献[2]提出了U-Net。\n\n参考文献：\n"
            "[1] RONNEBERGER O, FISCHER P, BROX T. U-Net: convolutional networks for biomedical image\n"
            "segmentation[C]//Medical Image Computing and Computer-Assisted Intervention – MICCAI\n"
            "2015. Cham: Springer, 2015: 234-241.\n"
            "[2] Ronneberger O, Fischer P, Brox T. U-Net: Convolutional Networks for Biomedical Image\n"
            "Segmentation[C]//MICCAI 2015, LNCS 9351. Springer, 2015: 234-241.\n")
    report = check_document(Document(path="paper.txt", text=text))
    assert [f.code for f in report.findings] == ["duplicate-entry"]


def test_affiliation_marks_in_an_author_byline_are_not_citations() -> None:
    from refcheck.citations.superscript import unicode_groups

    for byline in ("王思远¹，陈晓雯¹，刘　洋²", "Ana Souza¹, João Lima² and Rui Costa¹"):
        assert unicode_groups(byline, 0, len(byline)) == []


def test_superscript_sources_in_a_sentence_stay_citations() -> None:
    from refcheck.citations.superscript import unicode_groups

    sentence = "Prior studies found this effect¹, and others did not²."
    assert [g[2] for g in unicode_groups(sentence, 0, len(sentence))] == [[1], [2]]


AAA_LIST = """References Cited

Appadurai, Arjun
     1986 Introduction: Commodities and the Politics of Value. In The Social Life of
          Things: Commodities in Cultural Perspective. Arjun Appadurai, ed. Pp. 3–63.
          Cambridge: Cambridge University Press.
     1988 How to Make a National Cuisine: Cookbooks in Contemporary India. Comparative
          Studies in Society and History 30(1):3–24.
Mintz, Sidney W.
     1985 Sweetness and Power: The Place of Sugar in Modern History. New York: Viking.
"""


def test_each_year_line_under_a_name_line_is_an_entry_of_that_author() -> None:
    # American Anthropologist's classic list: the name once, each work under it opening with its year
    report = check_document(Document(path="paper.txt", text="Body (Appadurai 1986, 13; Appadurai 1988; Mintz 1985)."
                                     "\n\n" + AAA_LIST))
    assert [(r.fields.authors[0].family, r.fields.year) for r in report.references] == [
        ("Appadurai", "1986"), ("Appadurai", "1988"), ("Mintz", "1985")]
    assert report.findings == []


def test_a_list_of_names_over_year_lines_is_read_as_author_date() -> None:
    # so "Mintz (1985)" in running text is a narrative citation, as in any author-date paper
    report = check_document(Document(path="paper.txt", text="As Mintz (1985) argued, and Apadurai (1988) showed."
                                     "\n\n" + AAA_LIST))
    assert [(f.code, f.severity) for f in report.findings] == [("name-mismatch", "error"), ("uncited", "warning")]
