"""LaTeX papers: citation commands, \\input, .bib files, and the exact findings on the fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from refcheck.errors import InputError
from refcheck.keyed import check_latex
from refcheck.keyed.latex.bibfiles import bib_sources, detect_style
from refcheck.keyed.latex.cites import find_citations
from refcheck.keyed.latex.reader import read_latex, strip_comments

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "latex"


def _findings(report):
    return [(f.path, f.line, f.column, f.severity, f.code) for f in report.findings]


def _keys(code: str) -> list[str]:
    return [u.key for u in find_citations(code)]


# --- citation commands -------------------------------------------------------

@pytest.mark.parametrize("command", ["cite", "citep", "citet", "parencite", "textcite", "autocite", "footcite",
                                     "Textcite", "citeauthor", "citeyearpar", "smartcite", "supercite"])
def test_each_citation_command_yields_its_key(command: str) -> None:
    assert _keys(f"see \\{command}{{smith2010}} here") == ["smith2010"]


def test_starred_command_is_a_citation() -> None:
    assert _keys(r"\citet*{jones2015}") == ["jones2015"]


def test_optional_arguments_give_prenote_and_postnote() -> None:
    (use,) = find_citations(r"\citep[see][p.~3]{smith2010}")
    assert (use.key, use.prenote, use.postnote) == ("smith2010", "see", "p. 3")


def test_single_optional_argument_is_the_postnote() -> None:
    (use,) = find_citations(r"\parencite[ch.~2]{garcia2018}")
    assert (use.prenote, use.postnote) == (None, "ch. 2")


def test_several_keys_in_one_command_each_point_at_their_own_column() -> None:
    code = r"\cite{a2001, b2002,c2003}"
    uses = find_citations(code)
    assert [u.key for u in uses] == ["a2001", "b2002", "c2003"]
    assert [code[u.offset:u.offset + len(u.key)] for u in uses] == ["a2001", "b2002", "c2003"]


def test_multicite_command_reads_every_group() -> None:
    assert _keys(r"\parencites(global)[3]{a}[see][]{b}") == ["a", "b"]


def test_arguments_may_follow_on_the_next_line() -> None:
    assert _keys("\\cite\n{smith2010}") == ["smith2010"]


def test_nocite_star_is_marked_as_nocite() -> None:
    (use,) = find_citations(r"\nocite{*}")
    assert (use.key, use.nocite) == ("*", True)


def test_unclosed_citation_is_skipped_without_error() -> None:
    assert _keys(r"\cite{smith2010" + " x" * 5000) == []


def test_similar_commands_that_do_not_cite_are_ignored() -> None:
    assert _keys(r"\citestyle{aa} \bibliographystyle{plain} \citation{x}") == []


# --- reading -----------------------------------------------------------------

def test_comments_are_blanked_keeping_positions() -> None:
    text = "a \\cite{x} % \\cite{ghost}\n50\\% \\cite{y}\n"
    code = strip_comments(text)
    assert len(code) == len(text) and code.count("\n") == 2
    assert _keys(code) == ["x", "y"]


def test_verbatim_and_iffalse_blocks_are_not_read() -> None:
    text = "\\begin{verbatim}\n\\cite{v}\n\\end{verbatim}\n\\iffalse \\cite{f} \\fi \\cite{kept}"
    assert _keys(strip_comments(text)) == ["kept"]


def test_input_files_are_followed_relative_to_the_main_file() -> None:
    paper = read_latex(FIXTURES / "natbib" / "paper.tex")
    assert [s.path.name for s in paper.sources] == ["paper.tex", "intro.tex"]


def test_missing_input_file_is_listed_not_fatal(tmp_path: Path) -> None:
    main = tmp_path / "main.tex"
    main.write_text("\\documentclass{article}\\input{nothere}\n")
    paper = read_latex(main)
    assert [t.name for _, _, t in paper.missing] == ["nothere.tex"]


def test_input_cycle_terminates(tmp_path: Path) -> None:
    (tmp_path / "a.tex").write_text("\\input{b}")
    (tmp_path / "b.tex").write_text("\\input{a}")
    assert len(read_latex(tmp_path / "a.tex").sources) == 2


def test_bibliography_names_several_files_with_bib_added(tmp_path: Path) -> None:
    found = bib_sources(r"\bibliography{refs, more.bib}", tmp_path)
    assert [b.path for b in found] == [tmp_path / "refs.bib", tmp_path / "more.bib"]


def test_addbibresource_keeps_the_name_and_skips_remote(tmp_path: Path) -> None:
    found = bib_sources(r"\addbibresource{lib.bib}\addbibresource[location=remote]{http://x/y.bib}", tmp_path)
    assert [b.path for b in found] == [tmp_path / "lib.bib"]


@pytest.mark.parametrize(("code", "style"), [
    (r"\bibliographystyle{plainnat}", "harvard"),
    (r"\bibliographystyle{IEEEtran}", "ieee"),
    (r"\usepackage[style=apa]{biblatex}", "apa"),
    (r"\usepackage{biblatex}", "ieee"),
    (r"\usepackage[style=chicago-authordate]{biblatex}", "chicago"),
    ("no style at all", "unknown"),
])
def test_style_is_detected_from_the_preamble(code: str, style: str) -> None:
    assert detect_style(code) == style


# --- the natbib paper -----------------------------------------------------------

@pytest.fixture(scope="module")
def natbib():
    return check_latex(FIXTURES / "natbib" / "paper.tex")


def test_natbib_paper_gives_exactly_these_findings(natbib) -> None:
    # the main file's findings first, then each other file's (by path) at its real line and column
    assert _findings(natbib) == [
        (None, 22, 61, "error", "no-entry"),                  # \citep{smith2011}
        (None, 23, 52, "error", "no-entry"),                  # \citet{GarciaLopez18}
        ("chapters/intro.tex", 3, 54, "error", "no-entry"),   # \citet{jonse2015}
        ("refs.bib", 22, 1, "warning", "missing-field"),      # garcia2018 has no journal
        ("refs.bib", 45, 1, "warning", "duplicate-entry"),    # lee2019b: same DOI as lee2019a
        ("refs.bib", 53, 1, "warning", "duplicate-entry"),    # knuth1984 defined twice
        ("refs.bib", 68, 1, "warning", "uncited"),            # unusedwork2001
    ]


def test_near_key_is_suggested(natbib) -> None:
    f = next(f for f in natbib.findings if "smith2011" in f.message)
    assert f.message == ("no entry for citation key 'smith2011'; did you mean 'smith2010' "
                         "(Smith and Müller 2010)?")
    assert f.suggestions == ["r1"]


def test_entry_whose_author_and_year_fit_is_suggested(natbib) -> None:
    f = next(f for f in natbib.findings if "GarciaLopez18" in f.message)
    assert "did you mean 'garcia2018' (García López 2018)?" in f.message


def test_finding_in_an_input_file_names_its_real_place(natbib) -> None:
    f = next(f for f in natbib.findings if "jonse2015" in f.message)
    assert (f.path, f.line, f.column) == ("chapters/intro.tex", 3, 54)
    assert f.message.startswith("no entry for citation key 'jonse2015'; did you mean 'jones2015'")


def test_bib_findings_name_the_bib_file_and_line(natbib) -> None:
    got = [(f.path, f.line, f.column, f.message) for f in natbib.findings if f.code != "no-entry"]
    assert got == [
        ("refs.bib", 22, 1, "@article{garcia2018} lacks journal/journaltitle, required for its type"),
        ("refs.bib", 45, 1, "entry 'lee2019b' has the same DOI (10.1016/j.worlddev.2019.01.001) as 'lee2019a' "
                            "(refs.bib:37); keep one entry and cite it by one key"),
        ("refs.bib", 53, 1, "key 'knuth1984' is defined again (first at refs.bib:30); only the first is used, "
                            "so delete or rename this one"),
        ("refs.bib", 68, 1, "entry 'unusedwork2001' (Brown 2001) is never cited; cite it, list it in \\nocite, "
                            "or delete it"),
    ]


def test_nocite_key_counts_as_cited(natbib) -> None:
    assert not any("background2005" in f.message for f in natbib.findings)


def test_commented_out_citation_is_not_reported(natbib) -> None:
    assert all(c.text != "ghost2000" for c in natbib.citations)


def test_inline_suppression_silences_the_line(natbib) -> None:
    memo = next(c for c in natbib.citations if c.text == "internalmemo")
    assert memo.references == [] and not any(f.citation == memo.id for f in natbib.findings)


def test_citations_are_in_document_order_with_locators(natbib) -> None:
    got = [(c.id, c.path, c.text, c.locator, c.references) for c in natbib.citations[:8]]
    assert got == [
        ("c1", None, "smith2010", None, ["r1"]),
        ("c2", "chapters/intro.tex", "smith2010", None, ["r1"]),
        ("c3", "chapters/intro.tex", "jonse2015", None, []),
        ("c4", "chapters/intro.tex", "knuth1984", "Chapter 4", ["r4"]),
        ("c5", None, "jones2015", None, ["r2"]),
        ("c6", None, "smith2010", "p. 3", ["r1"]),
        ("c7", None, "jones2015", "p. 3", ["r2"]),
        ("c8", None, "smith2011", None, []),
    ]


def test_references_come_from_the_bib_with_file_and_line(natbib) -> None:
    r1 = natbib.references[0]
    assert (r1.id, r1.key, r1.line, r1.extra["file"], r1.type) == ("r1", "smith2010", 3, "refs.bib", "article")
    assert [a.display() for a in r1.fields.authors] == ["Smith, John", "Müller, Jörg"]


def test_natbib_paper_style_comes_from_bibliographystyle(natbib) -> None:
    assert natbib.style == "harvard"


# --- the biblatex thesis ----------------------------------------------------------

@pytest.fixture(scope="module")
def biblatex():
    return check_latex(FIXTURES / "biblatex" / "thesis.tex")


def test_biblatex_thesis_gives_exactly_these_findings(biblatex) -> None:
    assert [(f.path, f.line, f.column, f.code, f.message) for f in biblatex.findings] == [
        ("chapter2.tex", 3, 33, "no-entry", "no entry for citation key 'chapman2017'; "
                                            "did you mean 'chapman2016' (Chapman 2016)?"),
        ("chapter2.tex", 5, 18, "no-entry", "no entry for citation key 'Voogt2003'; "
                                            "did you mean 'voogt2003' (Voogt and Oke 2003)?"),
        ("library.bib", 73, 1, "missing-field", "@online{wmo2023} lacks url/doi/eprint, required for its type"),
        ("library.bib", 79, 1, "duplicate-entry", "entry 'stewart2012dup' has the same DOI "
                                                  "(10.1175/bams-d-11-00019.1) as 'stewart2012' (library.bib:20); "
                                                  "keep one entry and cite it by one key"),
    ]


def test_nocite_star_silences_every_uncited(biblatex) -> None:
    assert not any(f.code == "uncited" for f in biblatex.findings)


def test_crossref_parent_supplies_required_fields(biblatex) -> None:
    assert not any("grimmond2010" in f.message for f in biblatex.findings)


def test_verbatim_and_iffalse_citations_are_not_read(biblatex) -> None:
    assert {c.text for c in biblatex.citations}.isdisjoint({"not-a-citation-in-verbatim", "dropped-draft-citation"})


def test_biblatex_style_option_is_the_style(biblatex) -> None:
    assert biblatex.style == "apa"


# --- other layouts -------------------------------------------------------------------

def test_thebibliography_items_are_the_entries() -> None:
    report = check_latex(FIXTURES / "thebibliography" / "note.tex")
    assert [r.key for r in report.references] == ["nesetril2012", "dvorak2013", "grohe2017", "reed1997"]
    assert _findings(report) == [(None, 8, 28, "error", "no-entry"), (None, 24, 17, "warning", "uncited")]
    assert report.findings[0].message.startswith(
        "no entry for citation key 'nesetril2021'; did you mean 'nesetril2012'")


def test_chapter_with_tex_root_is_checked_against_the_main_bibliography() -> None:
    report = check_latex(FIXTURES / "fragment" / "sections" / "related.tex")
    assert [(f.path, f.line, f.column, f.code) for f in report.findings] == [(None, 4, 58, "no-entry")]
    assert "did you mean 'smith2010' (Smith 2010)?" in report.findings[0].message


def test_chapter_without_root_reports_citations_but_no_findings(tmp_path: Path) -> None:
    chapter = tmp_path / "chapter.tex"
    chapter.write_text("\\section{A}\nAs shown by \\citet{anyone2020}.\n")
    report = check_latex(chapter)
    assert [c.text for c in report.citations] == ["anyone2020"] and report.findings == []


def test_document_without_bibliography_reports_no_reference_list_once(tmp_path: Path) -> None:
    paper = tmp_path / "p.tex"
    paper.write_text("\\documentclass{article}\n\\begin{document}\\cite{a}\\cite{b}\\end{document}\n")
    assert [f.code for f in check_latex(paper).findings] == ["no-reference-list"]


def test_clean_paper_has_no_findings() -> None:
    assert check_latex(FIXTURES / "clean" / "paper.tex").findings == []


def test_missing_bib_file_is_an_input_error_naming_it(tmp_path: Path) -> None:
    paper = tmp_path / "p.tex"
    paper.write_text("\\documentclass{article}\n\\bibliography{gone}\n")
    with pytest.raises(InputError, match="bibliography file 'gone.bib' not found"):
        check_latex(paper)


def test_case_only_key_difference_is_reported_with_the_right_key(tmp_path: Path) -> None:
    (tmp_path / "r.bib").write_text("@book{Smith2010, author={Smith, A}, title={T}, publisher={P}, year={2010}}\n")
    paper = tmp_path / "p.tex"
    paper.write_text("\\documentclass{article}\n\\cite{smith2010}\n\\bibliography{r}\n")
    (f,) = [f for f in check_latex(paper).findings if f.code == "no-entry"]
    assert f.suggestions == ["r1"] and "did you mean 'Smith2010'" in f.message


def test_crlf_paper_reports_the_same_lines(tmp_path: Path) -> None:
    (tmp_path / "r.bib").write_text("@misc{a, title={T}}\r\n")
    paper = tmp_path / "p.tex"
    paper.write_bytes(b"\\documentclass{article}\r\n\r\n\\cite{b}\r\n\\bibliography{r}\r\n")
    assert [(f.path, f.line, f.code) for f in check_latex(paper).findings] == [
        (None, 3, "no-entry"), ("r.bib", 1, "uncited")]


def _chaptered(tmp_path: Path, main_extra: str = "", chapter_extra: str = "", bib_marker: str = "") -> Path:
    """main.tex (\\input{ch} on line 3, \\bibliography{r} on line 4), ch.tex citing a missing key on line 2."""
    (tmp_path / "r.bib").write_text("@misc{a, title={T}}\n")
    (tmp_path / "ch.tex").write_text("\\section{C}\nSee \\cite{nokey}." + chapter_extra + "\n")
    main = tmp_path / "main.tex"
    main.write_text("\\documentclass{article}\n\\begin{document}" + main_extra + "\n\\input{ch}\n"
                    "\\bibliography{r}" + bib_marker + "\n\\end{document}\n")
    return main


def test_findings_in_other_files_carry_their_path_and_real_place(tmp_path: Path) -> None:
    report = check_latex(_chaptered(tmp_path))
    assert [(f.path, f.line, f.column, f.code, f.message) for f in report.findings] == [
        ("ch.tex", 2, 11, "no-entry", "no entry for citation key 'nokey'"),
        ("r.bib", 1, 1, "uncited", "entry 'a' (T) is never cited; cite it, list it in \\nocite, or delete it"),
    ]


def test_main_file_marker_does_not_silence_another_files_line_of_the_same_number(tmp_path: Path) -> None:
    report = check_latex(_chaptered(tmp_path, main_extra=" % refcheck: ignore"))  # main.tex line 2
    assert [(f.path, f.line, f.code) for f in report.findings] == [("ch.tex", 2, "no-entry"),
                                                                    ("r.bib", 1, "uncited")]


def test_marker_on_the_real_line_or_the_bringing_in_line_silences(tmp_path: Path) -> None:
    in_chapter = check_latex(_chaptered(tmp_path, chapter_extra=" % refcheck: ignore[no-entry]"))
    assert [f.code for f in in_chapter.findings] == ["uncited"]
    on_bibliography = check_latex(_chaptered(tmp_path, bib_marker=" % refcheck: ignore[uncited]"))
    assert [f.code for f in on_bibliography.findings] == ["no-entry"]


# --- routing -------------------------------------------------------------------------------

def test_check_keyed_routes_tex_and_pandoc_and_declines_prose(tmp_path: Path) -> None:
    from refcheck.document import Document
    from refcheck.keyed import check_keyed

    pandoc_md = Path(__file__).resolve().parent.parent / "fixtures" / "pandoc" / "paper.md"
    md = Document(str(pandoc_md), pandoc_md.read_text(encoding="utf-8"), kind="markdown")
    prose = Document("essay.md", "# Essay\n\nText (Smith, 2010).\n", kind="markdown")
    assert check_keyed(FIXTURES / "clean" / "paper.tex") is not None
    assert check_keyed(pandoc_md, md).style == "apa"
    assert check_keyed("essay.md", prose) is None


# --- robustness ----------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = [*"\\{}[]()%*@,; \nabcite", "\\cite", "\\begin{verbatim}", "\\iffalse", "\\fi", "\\input{"]
_LATEXISH = st.lists(st.sampled_from(_PIECES)).map("".join)


@settings(max_examples=200, deadline=None)
@given(_LATEXISH)
def test_scanning_arbitrary_latex_never_fails(text: str) -> None:
    code = strip_comments(text)
    assert len(code) == len(text)
    for use in find_citations(code):
        assert 0 <= use.offset < len(code)


def test_pathological_input_is_scanned_quickly() -> None:
    import time

    text = "\\cite{" * 20000 + "[" * 20000 + "%" * 20000 + "\\iffalse " * 2000
    start = time.perf_counter()
    find_citations(strip_comments(text))
    assert time.perf_counter() - start < 2.0
