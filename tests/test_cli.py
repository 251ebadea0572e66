"""The command line: exit statuses, one-line errors, formats, outputs written safely."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path("fixtures/seeds")
MLA = SEEDS / "000_2dd45404e1011c92.txt"
APA = SEEDS / "003_a1e76db77d51934e.txt"
WEB = SEEDS / "002_948d106112327174.txt"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "refcheck", *args], capture_output=True, text=True,
                          input=stdin, env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"}, check=False)


def test_a_paper_with_error_findings_exits_1_with_compiler_style_lines():
    proc = run("check", str(MLA))
    assert proc.returncode == 1
    first = proc.stdout.splitlines()[0]
    assert first.startswith(f"{MLA}:")
    assert proc.stdout.rstrip().splitlines()[-1].startswith(f"{MLA}: 15 references (mla)")


def test_a_paper_with_nothing_to_report_exits_0():
    proc = run("check", str(WEB))
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout.strip() == f"{WEB}: 0 references, 0 citations: 0 errors, 0 warnings, 0 info"


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("bad.odt", b"x", "unsupported file type"),
    ("empty.txt", b"", "file is empty"),
    ("bin.txt", b"\x00\x01" * 100, "binary"),
    ("corrupt.docx", b"PK\x03\x04junk", ".docx"),
    ("corrupt.pdf", b"%PDF-1.7 junk", "corrupt PDF"),
])
def test_bad_input_is_one_line_exit_2_and_other_files_still_checked(tmp_path, name, content, problem):
    bad = tmp_path / name
    bad.write_bytes(content)
    proc = run("check", str(bad), str(WEB))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"refcheck: error: {bad}: ") and problem in proc.stderr
    assert f"{WEB}: 0 references" in proc.stdout


def test_missing_file_and_directory_argument(tmp_path):
    proc = run("check", str(tmp_path / "missing.txt"))
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"refcheck: error: {tmp_path / 'missing.txt'}: no such file or directory"


def test_a_directory_is_walked_for_papers(tmp_path):
    shutil.copy(WEB, tmp_path / "a.txt")
    (tmp_path / "notes.csv").write_text("x")
    proc = run("check", str(tmp_path))
    assert proc.returncode == 0
    assert f"{tmp_path / 'a.txt'}: 0 references" in proc.stdout


def test_unknown_finding_code_is_a_usage_error():
    proc = run("check", "--select", "no-such-code", str(WEB))
    assert proc.returncode == 2
    assert "unknown finding code 'no-such-code'" in proc.stderr


def test_json_report_follows_the_schema():
    proc = run("check", "--format", "json", str(MLA))
    doc = json.loads(proc.stdout)
    assert doc["version"] == 2
    f = doc["files"][0]
    assert f["path"] == str(MLA) and f["style"] == "mla"
    ref = f["references"][0]
    assert set(ref) >= {"id", "line", "raw", "type", "key", "fields"}
    assert set(ref["fields"]) >= {"authors", "editors", "year", "title", "container", "volume", "issue",
                                  "pages", "publisher", "place", "edition", "doi", "url", "accessed"}
    finding = f["findings"][0]
    assert set(finding) == {"code", "severity", "line", "column", "message", "fix", "citation", "reference",
                            "suggestions"}
    assert finding["fix"]  # what to do, as its own field


def test_github_format_emits_workflow_annotations():
    proc = run("check", "--format", "github", str(MLA))
    assert proc.stdout.startswith("::")
    assert f"file={MLA}," in proc.stdout.splitlines()[0]


def test_sarif_format_is_sarif_2_1_0():
    doc = json.loads(run("check", "--format", "sarif", str(MLA)).stdout)
    assert doc["version"] == "2.1.0"
    assert doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] > 0


def test_ignore_removes_codes_and_strict_counts_warnings():
    proc = run("check", "--ignore", "no-entry,name-mismatch,year-mismatch,no-reference-list", str(MLA))
    assert " error " not in proc.stdout
    assert proc.returncode == 0
    assert run("check", "--strict", "--ignore", "no-entry,name-mismatch,year-mismatch", str(MLA)).returncode == 1


def test_bib_writes_stdout_or_a_file_atomically(tmp_path):
    out = tmp_path / "refs.bib"
    proc = run("bib", str(MLA), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    text = out.read_text()
    assert text.count("\n@") + text.startswith("@") == 15
    assert not list(tmp_path.glob(".refs.bib.*"))  # no temp file left behind
    assert run("bib", str(MLA)).stdout == text


def test_bib_refuses_to_overwrite_its_input(tmp_path):
    paper = tmp_path / "paper.txt"
    shutil.copy(MLA, paper)
    before = paper.read_bytes()
    proc = run("bib", str(paper), "-o", str(paper))
    assert proc.returncode == 2
    assert "refusing to overwrite the input file" in proc.stderr
    assert paper.read_bytes() == before


def test_parse_lines_reads_one_reference_per_line():
    text = ("Bales, K. (2004). Disposable people: New slavery in the global economy. Berkeley: "
            "University of California Press.\n"
            "Laczko, F. (2005). Data and research on human trafficking. International Migration, 43(1-2), 5-16.\n")
    refs = json.loads(run("parse", "--lines", "--format", "json", "-", stdin=text).stdout)
    assert [r["fields"]["year"] for r in refs] == ["2004", "2005"]


def test_parse_takes_a_pasted_list_without_heading():
    text = ("Bales, K. (2004). Disposable people. Berkeley: University of California Press.\n\n"
            "Laczko, F. (2005). Data and research on human trafficking. International Migration, 43(1-2), 5-16.\n")
    refs = json.loads(run("parse", "--format", "json", "-", stdin=text).stdout)
    assert len(refs) == 2


BIB = """@article{smith2000,
  author = {Smith, John and M{\\"u}ller, J.},
  title = {A study of {NATO} \\& friends},
  journal = {J. Things}, year = 2000, pages = {1-10},
  doi = {https://doi.org/10.1000/ABC}
}
"""


def test_bib_fix_normalizes_a_bib_file_into_a_new_file(tmp_path):
    src = tmp_path / "refs.bib"
    src.write_text(BIB)
    out = tmp_path / "clean.bib"
    assert run("bib", "--fix", str(src), "-o", str(out)).returncode == 0
    text = out.read_text()
    assert "pages = {1--10}" in text and "doi = {10.1000/ABC}" in text and "@article{smith2000," in text
    assert src.read_text() == BIB


def test_bib_fix_in_place_replaces_the_bib_file(tmp_path):
    src = tmp_path / "refs.bib"
    src.write_text(BIB)
    assert run("bib", "--fix", "--in-place", str(src)).returncode == 0
    assert "pages = {1--10}" in src.read_text()
