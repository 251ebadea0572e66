"""Reading .bib files into References with bibtexparser v2."""

from __future__ import annotations

from pathlib import Path

import pytest

from refcheck.bibtex.read import read_bib, read_bib_file
from refcheck.errors import InputError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "latex"


def _one(tmp_path: Path, body: str):
    path = tmp_path / "r.bib"
    path.write_text(body, encoding="utf-8")
    (ref,) = read_bib(path)
    return ref


def test_entries_get_ids_keys_and_one_based_lines() -> None:
    refs = read_bib(FIXTURES / "natbib" / "refs.bib")
    assert [(r.id, r.key, r.line) for r in refs[:3]] == [("r1", "smith2010", 3), ("r2", "jones2015", 14),
                                                         ("r3", "garcia2018", 22)]


def test_latex_accents_in_names_are_decoded(tmp_path: Path) -> None:
    ref = _one(tmp_path, "@misc{k, author = {M{\\\"u}ller, J{\\\"o}rg and Garc{\\'\\i}a, Mar{\\'\\i}a}}")
    assert [(n.family, n.given) for n in ref.fields.authors] == [("Müller", "Jörg"), ("García", "María")]


def test_braced_organization_stays_one_literal_name(tmp_path: Path) -> None:
    ref = _one(tmp_path, "@report{k, author = {{United Nations Office on Drugs and Crime}}}")
    assert [n.literal for n in ref.fields.authors] == ["United Nations Office on Drugs and Crime"]


def test_von_particle_belongs_to_the_family_name(tmp_path: Path) -> None:
    ref = _one(tmp_path, "@misc{k, author = {van der Berg, Anna}}")
    assert (ref.fields.authors[0].family, ref.fields.authors[0].given) == ("van der Berg", "Anna")


def test_first_last_order_is_split_too(tmp_path: Path) -> None:
    ref = _one(tmp_path, "@misc{k, author = {Donald E. Knuth}}")
    assert (ref.fields.authors[0].family, ref.fields.authors[0].given) == ("Knuth", "Donald E.")


def test_and_others_sets_et_al(tmp_path: Path) -> None:
    ref = _one(tmp_path, "@misc{k, author = {Grimmond, C. and others}}")
    assert ref.fields.et_al and len(ref.fields.authors) == 1


def test_title_braces_and_markup_are_removed(tmp_path: Path) -> None:
    ref = _one(tmp_path, "@misc{k, title = {A {DNA} Study of \\emph{Things} \\& More}}")
    assert ref.fields.title == "A DNA Study of Things & More"


def test_doi_is_normalized(tmp_path: Path) -> None:
    ref = _one(tmp_path, "@misc{k, doi = {https://doi.org/10.1016/J.X.2019.01}}")
    assert ref.fields.doi == "10.1016/j.x.2019.01"


def test_pages_use_a_single_hyphen(tmp_path: Path) -> None:
    assert _one(tmp_path, "@misc{k, pages = {231--248}}").fields.pages == "231-248"


def test_biblatex_date_and_journaltitle_fill_year_and_container(tmp_path: Path) -> None:
    ref = _one(tmp_path, "@article{k, journaltitle = {Nature}, date = {2019-04-01}}")
    assert (ref.fields.year, ref.fields.date, ref.fields.container) == ("2019", "2019-04-01", "Nature")


def test_string_macros_are_resolved(tmp_path: Path) -> None:
    ref = _one(tmp_path, "@string{jde = \"J. Dev. Econ.\"}\n@article{k, journal = jde}")
    assert ref.fields.container == "J. Dev. Econ."


@pytest.mark.parametrize(("bibtype", "kind"), [("article", "article"), ("book", "book"),
                                               ("incollection", "chapter"), ("inproceedings", "chapter"),
                                               ("techreport", "report"), ("phdthesis", "thesis"),
                                               ("online", "webpage"), ("misc", "misc")])
def test_entry_types_map_to_reference_types(tmp_path: Path, bibtype: str, kind: str) -> None:
    assert _one(tmp_path, f"@{bibtype}{{k, title={{T}}}}").type == kind


def test_thesis_school_is_the_publisher_and_type_the_genre(tmp_path: Path) -> None:
    ref = _one(tmp_path, "@phdthesis{k, school = {MIT}}")
    assert (ref.fields.publisher, ref.fields.genre) == ("MIT", "PhD thesis")


def test_url_and_urldate(tmp_path: Path) -> None:
    ref = _one(tmp_path, "@online{k, url = {https://example.org/a\\_b}, urldate = {2024-01-02}}")
    assert (ref.fields.url, ref.fields.accessed) == ("https://example.org/a_b", "2024-01-02")


def test_duplicate_key_is_kept_and_linked_to_the_first(tmp_path: Path) -> None:
    path = tmp_path / "r.bib"
    path.write_text("@misc{a, title={One}}\n@misc{a, title={Two}}\n")
    bib = read_bib_file(path)
    assert [r.key for r in bib.references] == ["a", "a"] and bib.duplicate_of == {"r2": "r1"}


def test_unparsable_block_is_a_problem_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "r.bib"
    path.write_text("@misc{broken, title = {unclosed\n@misc{ok, title={Fine}}\n")
    bib = read_bib_file(path)
    assert [r.key for r in bib.references] == ["ok"]
    assert [line for line, _ in bib.problems] == [1]


def test_reference_carries_its_file(tmp_path: Path) -> None:
    assert _one(tmp_path, "@misc{k}").extra["file"] == str(tmp_path / "r.bib")


def test_raw_is_the_entry_as_written(tmp_path: Path) -> None:
    assert _one(tmp_path, "@misc{k, title = {T}}\n").raw == "@misc{k, title = {T}}"


def test_latin1_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "r.bib"
    path.write_bytes("@misc{k, author = {Müller, Jörg}}".encode("latin-1"))
    assert read_bib(path)[0].fields.authors[0].family == "Müller"


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such .bib file"):
        read_bib(tmp_path / "none.bib")


@pytest.mark.parametrize(("latex", "text"), [
    ("Ne{\\v s}et{\\v r}il", "Nešetřil"),
    ("\\c{C}elik", "Çelik"),
    ("Stra{\\ss}e", "Straße"),
    ("{\\O}stergaard", "Østergaard"),
    ("R\\&D at 50\\%", "R&D at 50%"),
    ("The {\\TeX}book", "The TeXbook"),
    ("Hale~and~Guan", "Hale and Guan"),
])
def test_common_latex_in_fields_is_decoded(tmp_path: Path, latex: str, text: str) -> None:
    assert _one(tmp_path, f"@misc{{k, title = {{{latex}}}}}").fields.title == text


def test_a_doubled_and_does_not_make_an_and_name(tmp_path: Path) -> None:
    ref = _one(tmp_path, "@misc{k, author = {Smith, John and and Jones, Ann}}")
    assert [(n.family, n.given) for n in ref.fields.authors] == [("Smith", "John"), ("Jones", "Ann")]
