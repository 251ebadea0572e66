"""Papers in CSL styles of the sixteenth draw nobody on the project named (benchmarks/styles make_style_papers.py
--sweep 40 --seed sweep-16 --halves, dev half), as pandoc renders them: Hochschule Pforzheim (German author-date
notes); each test is one of its habits."""

from __future__ import annotations

from refcheck.citations.note_parts import author_date, parts


def test_co_authors_separated_by_semicolons_in_a_note_are_one_citation() -> None:
    # "[4] Ballard; Deliu; Favero; u. a. (2016); Coronel; Vieira; Filho (2021), S. 45"
    got = parts("Ballard; Deliu; Favero; u. a. (2016); Coronel; Vieira; Filho (2021), S. 45; Retory; Niedzialkowski; "
                "de Picciotto; u. a. (2016)")
    assert [author_date(p) for p in got] == [(["ballard", "deliu", "favero"], "2016", None),
                                             (["coronel", "vieira", "filho"], "2021", "S. 45"),
                                             (["retory", "niedzialkowski", "picciotto"], "2016", None)]


def test_two_works_of_single_authors_in_a_note_stay_two_parts() -> None:
    assert parts("Ciplet (2025); Radev (2022), S. 45") == ["Ciplet (2025)", "Radev (2022), S. 45"]
