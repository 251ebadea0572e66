"""BibTeX output: readable unique keys, names, protected titles, escaping, stable bytes."""

from __future__ import annotations

import re

import pytest

from refcheck.bibtex.write import to_bibtex
from refcheck.keys import assign_keys
from refcheck.model import Fields, Name, Reference


def _ref(i: int, kind: str = "article", **fields) -> Reference:
    return Reference(id=f"r{i}", line=i, column=1, raw="", type=kind, fields=Fields(**fields))


def _keys(*refs: Reference) -> list[str]:
    assign_keys(list(refs))
    return [r.key for r in refs]


def test_key_is_family_year_and_first_title_word():
    ref = _ref(1, authors=[Name("Rutland", "Peter")], year="2000", title="Putin’s Rise to Power")
    assert _keys(ref) == ["rutland2000putins"]


def test_colliding_keys_get_letter_suffixes():
    a = _ref(1, authors=[Name("Laczko", "F.")], year="2005", title="Data and research")
    b = _ref(2, authors=[Name("Laczko", "F.")], year="2005", title="Data quality")
    assert _keys(a, b) == ["laczko2005data", "laczko2005dataa"]


def test_organization_key_uses_its_initials():
    ref = _ref(1, "report", authors=[Name(literal="United Nations Office on Drugs and Crime")], year="2009",
               title="Global report on human trafficking")
    assert _keys(ref) == ["unodc2009global"]


def test_title_only_entry_is_keyed_by_its_title():
    assert _keys(_ref(1, "webpage", title="Russia", year="2018")) == ["russia2018"]


def _bib(*refs: Reference) -> str:
    assign_keys(list(refs))
    return to_bibtex(list(refs))


def test_article_fields_and_authors():
    bib = _bib(_ref(1, authors=[Name("Tyldum", "G."), Name("Brunovskis", "A.")], year="2005",
                    title="Describing the unobserved", container="International Migration", volume="43",
                    issue="1/2", pages="17–34", doi="10.1111/j.0020-7985.2005.00310.x"))
    assert bib.startswith("@article{tyldum2005describing,\n")
    assert "  author = {Tyldum, G. and Brunovskis, A.},\n" in bib
    assert "  journal = {International Migration},\n" in bib
    assert "  pages = {17--34},\n" in bib
    assert "  number = {1/2},\n" in bib
    assert "  doi = {10.1111/j.0020-7985.2005.00310.x},\n" in bib


def test_organizations_are_double_braced():
    bib = _bib(_ref(1, "report", authors=[Name(literal="United Nations Office on Drugs and Crime")],
                    year="2009", title="Global report on human trafficking", publisher="UNODC"))
    assert "author = {{United Nations Office on Drugs and Crime}}" in bib


def test_et_al_becomes_and_others():
    bib = _bib(_ref(1, authors=[Name("Smith", "J.")], et_al=True, year="2012", title="T",
                    container="J", volume="1"))
    assert "author = {Smith, J. and others}" in bib


def test_sentence_case_title_protects_proper_nouns_and_acronyms():
    bib = _bib(_ref(1, authors=[Name("Orlova", "A. V.")], year="2004",
                    title="From social dislocation to human trafficking: The Russian case",
                    container="Problems of Post-Communism"))
    assert "title = {From social dislocation to human trafficking: The {Russian} case}" in bib
    bib = _bib(_ref(1, "report", authors=[Name(literal="ICNL")], year="2009", title="NGO law monitor: Russia"))
    assert "{NGO} law monitor" in bib


def test_latex_specials_and_accents_are_escaped():
    bib = _bib(_ref(1, authors=[Name("Harroff-Tavel", "Hélène")], year="2013",
                    title="Reflections on Putin & the Media: 50% of #1_cases", container="Post-Soviet Affairs"))
    assert "Harroff-Tavel, H{\\'e}l{\\`e}ne" in bib
    assert "Putin \\& the Media: 50\\% of \\#1\\_cases" in bib


def test_missing_required_fields_downgrade_to_misc_keeping_the_container():
    bib = _bib(_ref(1, "article", title="Russia", container="Global Slavery Index", date="2018-12", year="2018"))
    assert bib.startswith("@misc{russia2018,")
    assert "howpublished = {Global Slavery Index}" in bib
    assert "month = dec" in bib


def test_no_date_goes_to_note_not_year():
    bib = _bib(_ref(1, "webpage", title="About us", year="n.d.", url="http://example.org/a_b%20c"))
    assert "year =" not in bib
    assert "note = {n.d.}" in bib
    assert "url = {http://example.org/a_b%20c}" in bib


def test_same_input_gives_byte_identical_output():
    refs = [_ref(1, authors=[Name("Bales", "K.")], year="2004", title="Disposable people", publisher="UC Press")]
    assert _bib(*refs) == _bib(*refs)


def test_output_parses_back_with_bibtexparser():
    import bibtexparser

    text = _bib(_ref(1, authors=[Name("Bales", "K.")], year="2004", title="Disposable people {x}",
                     publisher="University of California Press", place="Berkeley"))
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    assert [e.key for e in library.entries] == ["bales2004disposable"]
    assert re.search(r"Disposable people \\\{x\\\}", library.entries[0]["title"])


def test_a_paper_in_proceedings_is_written_as_inproceedings():
    ref = _ref(1, "chapter", authors=[Name("Smith", "J.")], year="2018", title="A paper", pages="1-10",
               container="Proceedings of the ACM Conference on Things")
    ref.key = "smith2018"
    text = to_bibtex([ref])
    assert text.startswith("@inproceedings{smith2018,") and "booktitle = {Proceedings of the ACM" in text


def test_an_organisation_the_parser_split_is_written_as_one_braced_name():
    ref = _ref(1, "book", authors=[Name("School", "Harvard Law")], year="2019", title="Guide", publisher="HLS")
    ref.key = "hls2019"
    assert "author = {{Harvard Law School}}," in to_bibtex([ref])


def test_a_person_with_initials_is_not_taken_for_an_organisation():
    ref = _ref(1, "book", authors=[Name("Union", "J. K.")], year="2019", title="Guide", publisher="P")
    ref.key = "union2019"
    assert "author = {Union, J. K.}," in to_bibtex([ref])


def test_translators_and_genre_are_kept():
    ref = _ref(1, "book", authors=[Name("Tolstoy", "Leo")], translators=[Name("Maude", "Louise")], year="1922",
               title="War and peace", publisher="OUP", genre="Novel")
    ref.key = "tolstoy1922"
    text = to_bibtex([ref])
    assert "translator = {Maude, Louise}," in text and "note = {Novel}," in text


def test_a_full_date_keeps_its_day():
    ref = _ref(1, authors=[Name("Lee", "K.")], year="2018", date="2018-06-19", title="T", container="J")
    ref.key = "lee2018"
    text = to_bibtex([ref])
    assert "month = jun," in text and "date = {2018-06-19}," in text


@pytest.mark.parametrize(("family", "given"), [("Press", "William H."), ("Court", "Margaret"), ("Union", "J. K.")])
def test_people_whose_names_look_institutional_stay_people(family: str, given: str):
    ref = _ref(1, "book", authors=[Name(family, given)], year="2019", title="Guide", publisher="P")
    ref.key = "k"
    assert f"author = {{{family}, {given}}}," in to_bibtex([ref])
