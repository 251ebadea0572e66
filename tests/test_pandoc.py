"""Pandoc / Quarto Markdown: front matter, citation syntax, and the exact findings on the fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from refcheck.document import Document
from refcheck.errors import InputError
from refcheck.keyed.pandoc import check_pandoc, find_citations, front_matter, is_pandoc_markdown

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "pandoc"


def _doc(path: Path) -> Document:
    return Document(path=str(path), text=path.read_text(encoding="utf-8"), kind="markdown")


def _keys(text: str) -> list[str]:
    return [k for k, _, _ in find_citations(text)]


# --- detection and front matter ------------------------------------------------------

def test_front_matter_with_bibliography_is_pandoc() -> None:
    assert is_pandoc_markdown(Document("p.md", "---\ntitle: x\nbibliography: refs.bib\n---\nText\n"))


def test_front_matter_without_bibliography_is_not_pandoc() -> None:
    assert not is_pandoc_markdown(Document("p.md", "---\ntitle: x\n---\nText with @smith2010\n"))


def test_plain_markdown_is_not_pandoc() -> None:
    assert not is_pandoc_markdown(Document("p.md", "# Title\n\nReferences\n\nSmith, J. (2010).\n"))


def test_bibliography_may_be_a_flow_list() -> None:
    fm = front_matter("---\nbibliography: [a.bib, 'b.bib']\n---\n")
    assert [v.value for v in fm.keys["bibliography"]] == ["a.bib", "b.bib"]


def test_bibliography_block_list_keeps_each_items_line() -> None:
    fm = front_matter("---\ntitle: t\nbibliography:\n  - a.bib\n  - \"b.bib\"\n---\n")
    assert [(v.value, v.line) for v in fm.keys["bibliography"]] == [("a.bib", 4), ("b.bib", 5)]


# --- citation syntax ------------------------------------------------------------------

def test_bracketed_group_gives_each_key_with_its_locator() -> None:
    got = [(k, loc) for k, _, loc in find_citations("[see @smith2010, p. 3; @other]")]
    assert got == [("smith2010", "p. 3"), ("other", None)]


def test_author_suppressed_citation_is_a_citation() -> None:
    assert _keys("Some disagree [-@gradisar2013].") == ["gradisar2013"]


def test_in_text_citation_with_bracketed_locator() -> None:
    assert find_citations("@hale2015 [p. 12] argue")[0][2] == "p. 12"


def test_in_text_citation_followed_by_a_comma_has_no_locator() -> None:
    assert find_citations("As @hale2015, and others, show")[0][2] is None


def test_trailing_punctuation_is_not_part_of_the_key() -> None:
    assert _keys("as argued by @smith2010. Then @jones:2015: and") == ["smith2010", "jones:2015"]


def test_braced_key_may_hold_any_character() -> None:
    assert _keys("[@{ISO 690:2010}]") == ["ISO 690:2010"]


def test_email_address_is_not_a_citation() -> None:
    assert _keys("write to jane.doe@example.org today") == []


def test_quarto_and_pandoc_crossref_labels_are_not_citations() -> None:
    assert _keys("See @fig-map, @tbl-sites, @sec:intro and @eq-balance.") == []


def test_code_comments_and_urls_are_masked() -> None:
    text = "```\n@incode\n```\n`@span` <!-- @comment --> <https://x.org/@handle> [link](https://y.org/@h)\n@real"
    assert _keys(text) == ["real"]


def test_positions_point_at_the_at_sign() -> None:
    text = "line one\nsee [@smith2010]\n"
    (_, offset, _), = find_citations(text)
    assert text[offset:offset + 10] == "@smith2010"


# --- the paper fixture -------------------------------------------------------------------

@pytest.fixture(scope="module")
def paper():
    path = FIXTURES / "paper.md"
    return check_pandoc(_doc(path), path)


def test_pandoc_paper_gives_exactly_these_findings(paper) -> None:
    # the paper's own findings first, then the .bib's at their real line and column
    assert [(f.path, f.line, f.column, f.code, f.message) for f in paper.findings] == [
        (None, 26, 33, "no-entry",
         "no entry for citation key 'Hale2015'; did you mean 'hale2015' (Hale and Guan 2015)?"),
        (None, 27, 15, "no-entry",
         "no entry for citation key 'owens2041'; did you mean 'owens2014' (Owens 2014)?"),
        ("references.bib", 31, 1, "missing-field",
         "@article{gradisar2013} lacks journal/journaltitle, required for its type"),
        ("references.bib", 44, 1, "uncited",
         "entry 'national2019' (National Sleep Foundation 2019) is never cited; "
         "cite it, list it in nocite (front matter), or delete it"),
    ]


def test_pandoc_citations_keep_their_locators(paper) -> None:
    got = [(c.line, c.column, c.text, c.locator) for c in paper.citations[:7]]
    assert got == [
        (8, 3, "carskadon2011", None),
        (14, 40, "hale2015", None),
        (14, 51, "owens2014", None),
        (15, 1, "hale2015", "p. 12"),
        (16, 6, "cain2010", "pp. 735-737"),
        (16, 30, "owens2014", "ch. 3"),
        (17, 25, "gradisar2013", None),
    ]


def test_front_matter_nocite_counts_as_cited(paper) -> None:
    assert not any("carskadon2011" in f.message for f in paper.findings)


def test_html_comment_suppresses_the_line(paper) -> None:
    assert not any("district-records" in f.message for f in paper.findings)


def test_csl_file_name_gives_the_style(paper) -> None:
    assert paper.style == "apa"


# --- the Quarto report ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def quarto():
    path = FIXTURES / "quarto" / "report.qmd"
    return check_pandoc(_doc(path), path)


def test_quarto_report_gives_exactly_these_findings(quarto) -> None:
    assert [(f.path, f.line, f.column, f.code, f.message) for f in quarto.findings] == [
        (None, 28, 2, "no-entry",
         "no entry for citation key 'Scanlon2006a'; did you mean 'scanlon2006' (Scanlon et al. 2006)?"),
        ("bib/methods.bib", 8, 1, "duplicate-entry",
         "key 'healy2010' is defined again (first at bib/hydrology.bib:12); "
         "only the first is used, so delete or rename this one"),
    ]


def test_inline_yaml_references_are_entries(quarto) -> None:
    assert "usgs-site-notes" in [r.key for r in quarto.references]


def test_quarto_without_csl_is_pandocs_default_chicago(quarto) -> None:
    assert quarto.style == "chicago"


def test_missing_bibliography_file_is_an_input_error(tmp_path: Path) -> None:
    p = tmp_path / "p.md"
    p.write_text("---\nbibliography: gone.bib\n---\n[@a]\n")
    with pytest.raises(InputError, match="bibliography file 'gone.bib' not found"):
        check_pandoc(_doc(p), p)


def test_bib_findings_follow_markers_in_the_bib_and_on_the_bibliography_line_only(tmp_path: Path) -> None:
    (tmp_path / "r.bib").write_text("\n" * 4 + "@misc{a, title={T}}\n@misc{b, title={U}}\n")
    p = tmp_path / "p.md"
    # line 5 of the paper carries a marker: it must not silence line 5 of r.bib
    p.write_text("---\nbibliography: r.bib\n---\nText.\nMore. <!-- refcheck: ignore -->\n")
    assert [(f.path, f.line, f.code) for f in check_pandoc(_doc(p), p).findings] == [
        ("r.bib", 5, "uncited"), ("r.bib", 6, "uncited")]
    p.write_text("---\nbibliography: r.bib # refcheck: ignore[uncited]\n---\nText.\n")
    assert check_pandoc(_doc(p), p).findings == []


def test_clean_pandoc_paper_has_no_findings(tmp_path: Path) -> None:
    (tmp_path / "r.bib").write_text("@book{a, author={A, B}, title={T}, publisher={P}, year={2001}}\n")
    p = tmp_path / "p.md"
    p.write_text("---\nbibliography: r.bib\n---\nAs shown [@a, p. 2].\n")
    assert check_pandoc(_doc(p), p).findings == []


# --- robustness ----------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("@[]-;,`~<>!- \nab1:.") + ["```", "<!--", "-->", "---\n"])).map("".join))
def test_arbitrary_markdown_never_fails(text: str) -> None:
    for key, offset, _ in find_citations(text):
        assert key and text[offset] == "@"
    front_matter(text)


def test_pathological_markdown_is_scanned_quickly() -> None:
    import time

    text = "`" * 30000 + "[@a" * 20000 + "<!--" * 10000 + "\n```\n" * 2000
    start = time.perf_counter()
    find_citations(text)
    assert time.perf_counter() - start < 2.0
