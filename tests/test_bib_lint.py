"""`refcheck check refs.bib`: each .bib finding at its line and column, with what to do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from refcheck.bibtex.lint import lint_bib


def _codes(tmp_path: Path, body: str) -> list[tuple[str, int, int]]:
    path = tmp_path / "refs.bib"
    path.write_text(body, encoding="utf-8")
    return [(f.code, f.line, f.column) for f in lint_bib(str(path)).findings]


def test_a_repeated_key_is_an_error_at_the_second_key(tmp_path: Path) -> None:
    assert _codes(tmp_path, "@misc{a, title = {One}}\n@misc{a, title = {Two}}\n") == [("duplicate-key", 2, 7)]


def test_the_same_work_under_two_keys_is_found(tmp_path: Path) -> None:
    body = ("@article{lee2019, author = {Lee, K.}, title = {Sleep and memory}, journal = {J}, year = 2019, "
            "pages = {1--9}}\n@article{lee2019b, author = {Lee, Kim}, title = {Sleep and Memory.}, journal = {J}, "
            "year = 2019, pages = {1--9}}\n")
    assert _codes(tmp_path, body) == [("duplicate-entry", 2, 1)]


def test_part_one_and_part_two_are_different_works(tmp_path: Path) -> None:
    body = ("@article{p1, author = {Doe, J.}, title = {Growth: Part I}, journal = {J}, year = 2019}\n"
            "@article{p2, author = {Doe, J.}, title = {Growth: Part {II}}, journal = {J}, year = 2019}\n")
    assert _codes(tmp_path, body) == []


@pytest.mark.parametrize(("field", "value", "code"), [
    ("author", "{Smith, J. and and Jones, K.}", "malformed-name"),
    ("author", "{Smith, J., Jones, K., Lee, M.}", "malformed-name"),
    ("pages", "{1-20}", "page-range-hyphen"),
    ("title", "{A NASA mission}", "unprotected-acronym"),
    ("month", "{March}", "month-as-text"),
    ("doi", "{https://doi.org/10.1/x}", "doi-form"),
    ("doi", "{doi:10.1/x}", "doi-form"),
    ("note", "{Caf\u00e9}", "non-ascii"),
    ("journal", "nosuchmacro", "undefined-string"),
])
def test_field_findings_point_at_the_field(tmp_path: Path, field: str, value: str, code: str) -> None:
    (found,) = _codes(tmp_path, f"@misc{{k,\n  {field} = {value}}}\n")
    assert found[0] == code and found[1] == 2 and found[2] >= 3 + len(field) + 3


def test_clean_fields_give_no_finding(tmp_path: Path) -> None:
    body = ("@string{jde = {J. Dev. Econ.}}\n@article{k, author = {Smith, J. and {Barnes and Noble}}, "
            "title = {A {NASA} mission}, journal = jde, year = 2019, pages = {1--20}, month = mar, "
            "doi = {10.1/x}, url = {https://ex.org/caf\u00e9}}\n")
    assert _codes(tmp_path, body) == []


def test_missing_required_field_counts_what_crossref_supplies(tmp_path: Path) -> None:
    body = ("@inproceedings{p, author = {A, B}, title = {T}, crossref = {proc}}\n"
            "@proceedings{proc, title = {Proc. of X}, year = 2001}\n@inproceedings{q, author = {A, B}, title = {T}}\n")
    assert _codes(tmp_path, body) == [("missing-field", 3, 1)]


def test_unreadable_block_is_reported_and_the_rest_is_checked(tmp_path: Path) -> None:
    body = "@misc{a, title = {unclosed\n@misc{b, pages = {1-2}}\n"
    assert [c for c, _, _ in _codes(tmp_path, body)] == ["unparsed-entry", "page-range-hyphen"]


def test_check_accepts_a_bib_file_and_exits_1_on_an_error(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text("@misc{a, title = {One}}\n@misc{a, title = {Two}}\n")
    proc = subprocess.run([sys.executable, "-m", "refcheck.cli", "check", str(path)], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 1 and f"{path}:2:7: error duplicate-key:" in proc.stdout


def test_inline_marker_silences_a_bib_finding(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text("@misc{k, pages = {1-2}} % refcheck: ignore[page-range-hyphen]\n")
    proc = subprocess.run([sys.executable, "-m", "refcheck.cli", "check", str(path)], capture_output=True,
                          text=True, check=False)
    assert "page-range-hyphen" not in proc.stdout


def test_marker_on_the_line_before_an_entry_silences_its_findings(tmp_path: Path) -> None:
    body = "% refcheck: ignore[page-range-hyphen]\n@misc{k,\n  pages = {1-2}}\n@misc{j,\n  pages = {1-2}}\n"
    assert _codes(tmp_path, body) == [("page-range-hyphen", 5, 12)]
