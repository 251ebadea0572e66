"""`refcheck bib --fix`: the issue's data-loss cases, and the documented normalizations, one each."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from refcheck.bibtex.fix import LossError, fix_text, verify
from refcheck.bibtex.syntax import scan

THESIS = r"""% Bibliography of my thesis
@string{acm = "ACM"}

@inproceedings{a, author = {Doe, Jane}, title = {Fast Things},
  booktitle = {Proceedings of the } # acm # { Conference}, month = dec, year = 2019,
  abstract = {We do things.}, keywords = {things, speed}, file = {a.pdf}, eprint = {1901.00001},
  archiveprefix = {arXiv}, series = {LNCS}, crossref = {proc}, mycustom = {kept}}
@book{b, author = {Knuth, Donald E.}, title = {The Art of Computer Programming}, publisher = {Addison-Wesley},
  year = {1968}, month = {March}, isbn = {0-201-13447-0}}
@misc{c, title = {Situation report 51}, howpublished = {\url{https://www.who.int/sitrep-51.pdf}}, year = 2020}
@preamble{"\newcommand{\noopsort}[1]{}"}
@comment{jabref-meta: databaseType:bibtex;}
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "refcheck.cli", *args], capture_output=True, text=True,
                          cwd=cwd, check=False)


def test_fix_keeps_types_months_isbn_urls_unknown_fields_strings_preamble_and_comments(tmp_path: Path) -> None:
    src = tmp_path / "refs.bib"
    src.write_text(THESIS)
    proc = run("bib", "--fix", "--in-place", str(src))
    assert proc.returncode == 0, proc.stderr
    out = src.read_text()
    for kept in ("@inproceedings{a,", "month = dec", "isbn = {0-201-13447-0}", r"\url{https://www.who.int/sitrep-51.pdf}",
                 "abstract = {We do things.}", "keywords = {things, speed}", "file = {a.pdf}", "eprint = {1901.00001}",
                 "series = {LNCS}", "crossref = {proc}", "mycustom = {kept}", '@string{acm = "ACM"}',
                 "# acm #", "@preamble{", "@comment{jabref-meta", "% Bibliography of my thesis"):
        assert kept in out, kept
    assert "month = mar," in out  # {March} -> the month macro: a documented normalization


def test_a_file_the_rules_do_not_touch_comes_back_byte_for_byte(tmp_path: Path) -> None:
    text = "@misc{k,\r\n  title = {A   title},\r\n  note = {x}}\r\n\r\n% end\r\n"
    src = tmp_path / "refs.bib"
    src.write_bytes(text.encode())
    out = tmp_path / "out.bib"
    assert run("bib", "--fix", str(src), "-o", str(out)).returncode == 0
    assert out.read_bytes() == text.encode()


def test_an_unbalanced_brace_keeps_the_whole_file_and_is_reported_with_its_line(tmp_path: Path) -> None:
    body = "@article{ok1, title = {Fine}}\n@article{a, title = {xxxx\n@article{ok2, title = {Fine too}}\n"
    src = tmp_path / "v.bib"
    src.write_text(body)
    proc = run("bib", "--fix", "--in-place", str(src))
    assert src.read_text() == body
    assert f"{src}:2:1: warning unparsed-entry:" in proc.stderr and "never closed" in proc.stderr


def test_an_unbalanced_brace_at_the_end_of_the_file_is_kept(tmp_path: Path) -> None:
    src = tmp_path / "v.bib"
    src.write_text("@article{a, title = {xxxx\n")
    run("bib", "--fix", "--in-place", str(src))
    assert src.read_text() == "@article{a, title = {xxxx\n"


def test_each_change_is_one_line_and_the_summary_counts_them(tmp_path: Path) -> None:
    src = tmp_path / "refs.bib"
    src.write_text("@article{k,\n  author = {A, B},\n  pages = {1-20},\n  doi = {doi:10.1000/x}}\n")
    proc = run("bib", "--fix", str(src), "-o", str(tmp_path / "o.bib"))
    assert f'{src}:3: pages "1-20" -> "1--20"' in proc.stderr.splitlines()
    assert f'{src}:4: doi "doi:10.1000/x" -> "10.1000/x"' in proc.stderr.splitlines()
    assert "2 change(s) in 1 entry" in proc.stderr


def test_quiet_prints_only_the_summary(tmp_path: Path) -> None:
    src = tmp_path / "refs.bib"
    src.write_text("@article{k, pages = {1-20}}\n")
    proc = run("bib", "--fix", "--quiet", str(src), "-o", "-")
    assert proc.stdout == "@article{k, pages = {1--20}}\n"
    assert proc.stderr.splitlines() == [f"refcheck: {src}: 1 change(s) in 1 entry"]


@pytest.mark.parametrize(("field", "before", "after"), [
    ("pages", "{1-20}", "{1--20}"),
    ("pages", "{1 – 20}", "{1--20}"),
    ("pages", "{e1234}", "{e1234}"),
    ("month", "{sept.}", "sep"),
    ("month", '"March"', "mar"),
    ("month", "{March 15}", "{March 15}"),
    ("doi", "{https://doi.org/10.1/ABC}", "{10.1/ABC}"),
    ("author", "{Smith, J. and and Jones, K.}", "{Smith, J. and Jones, K.}"),
    ("author", "{{Barnes and Noble}}", "{{Barnes and Noble}}"),
    ("title", "{Why NASA uses the iPhone}", "{Why {NASA} uses the {iPhone}}"),
    ("title", "{{NASA} and $O(N)$ \\LaTeX}", "{{NASA} and $O(N)$ \\LaTeX}"),
    ("title", "{M\u00fcller's work}", "{M{\\\"u}ller's work}"),
    ("url", "{https://ex.org/\u00e9}", "{https://ex.org/\u00e9}"),
])
def test_documented_normalizations(field: str, before: str, after: str) -> None:
    fixed, _, _ = fix_text(f"@misc{{k, {field} = {before}}}")
    assert fixed == f"@misc{{k, {field} = {after}}}"


def test_an_output_that_loses_a_field_is_refused() -> None:
    text = "@misc{k, title = {A}, note = {B}}"
    with pytest.raises(LossError, match="fields"):
        verify(text, scan(text), "@misc{k, title = {A}}")


def test_an_output_that_changes_a_meaning_is_refused() -> None:
    text = "@misc{k, title = {A}, note = {B}}"
    with pytest.raises(LossError, match="note"):
        verify(text, scan(text), "@misc{k, title = {A}, note = {C}}")


def test_an_output_that_loses_a_comment_block_is_refused() -> None:
    text = "@comment{x}\n@misc{k, title = {A}}"
    with pytest.raises(LossError, match="comment"):
        verify(text, scan(text), "@misc{k, title = {A}}")


def test_latin1_file_is_written_back_in_latin1(tmp_path: Path) -> None:
    src = tmp_path / "refs.bib"
    src.write_bytes("@misc{k, author = {M\u00fcller, J.}, pages = {1-2}}\n".encode("latin-1"))
    run("bib", "--fix", "--in-place", str(src))
    assert src.read_bytes() == "@misc{k, author = {M\u00fcller, J.}, pages = {1--2}}\n".encode("latin-1")


def test_in_place_keeps_mode_and_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.bib"
    real.write_text("@misc{k, pages = {1-2}}\n")
    real.chmod(0o640)
    link = tmp_path / "link.bib"
    link.symlink_to(real.name)
    assert run("bib", "--fix", "--in-place", str(link)).returncode == 0
    assert link.is_symlink() and "1--2" in real.read_text()
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.bib", "real.bib"]


def test_fix_refuses_a_file_that_is_not_a_bib(tmp_path: Path) -> None:
    src = tmp_path / "paper.txt"
    src.write_text("x")
    proc = run("bib", "--fix", str(src))
    assert proc.returncode == 2 and "--fix takes a .bib file" in proc.stderr


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_missing_bib_is_one_error_line(tmp_path: Path) -> None:
    proc = run("bib", "--fix", str(tmp_path / "none.bib"))
    assert proc.returncode == 2 and proc.stderr.startswith("refcheck: error:") and "Traceback" not in proc.stderr


def test_a_lossy_rewrite_writes_nothing_and_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import refcheck.bibtex.fix as fix

    src = tmp_path / "refs.bib"
    src.write_text("@misc{k, title = {A}, note = {B}, pages = {1-2}}\n")
    monkeypatch.setattr(fix, "apply", lambda text, changes: text.replace(", note = {B}", ""))
    assert fix.fix_file(str(src), str(src)) == 2
    assert src.read_text() == "@misc{k, title = {A}, note = {B}, pages = {1-2}}\n"
    assert "nothing written" in capsys.readouterr().err


def test_in_place_on_a_clean_file_does_not_touch_it(tmp_path: Path) -> None:
    src = tmp_path / "refs.bib"
    src.write_text("@misc{k, pages = {1--2}}\n")
    os.utime(src, (1_000_000_000, 1_000_000_000))
    assert run("bib", "--fix", "--in-place", str(src)).returncode == 0
    assert src.stat().st_mtime == 1_000_000_000


def test_an_entry_type_at_the_very_end_of_the_file_is_text_not_a_crash() -> None:
    assert [b.kind for b in scan("Notes on the list\n@article")] == ["text"]
