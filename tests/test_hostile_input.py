"""Hostile input (issue 17): bounded work, one clear line per bad file, the other files still checked."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from refcheck.cli import main
from refcheck.errors import InputError
from refcheck.readers import MAX_TEXT_BYTES, read_document, sniff

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "fixtures" / "seeds" / "000_2dd45404e1011c92.txt"
LONG = "a" * 300


def docx_bytes(paragraph_xml: str = '<w:p><w:r><w:t>Smith, J. (2000). A title. Journal, 1, 2-3.</w:t></w:r></w:p>',
               extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal .docx: a real python-docx package with its document.xml body replaced."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode()
                start, end = text.index("<w:body>") + len("<w:body>"), text.index("<w:sectPr")
                data = (text[:start] + paragraph_xml + text[end:]).encode()
            target.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("line", [f"% !TEX root = {LONG}.tex", f"\\input{{{LONG}}}", f"\\addbibresource{{{LONG}.bib}}"])
def test_a_300_character_name_in_a_latex_paper_is_that_files_error_and_the_batch_goes_on(tmp_path, capsys, line):
    paper = tmp_path / "l.tex"
    paper.write_text(f"{line}\n\\documentclass{{article}}\\begin{{document}}\\cite{{x}}"
                     f"\\bibliography{{{LONG}}}\\end{{document}}\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_bytes(GOOD.read_bytes())
    for jobs in ("1", "2"):
        status = main(["check", "--no-config", "--jobs", jobs, "--format", "json", str(paper), str(good)])
        captured = capsys.readouterr()
        assert status == 2 and "good.txt" in captured.out
        errors = [x for x in captured.err.splitlines() if x.startswith("refcheck: error:")]
        assert len(errors) == 1 and "l.tex: cannot read" in errors[0] and "Traceback" not in captured.err


def test_a_300_character_bibliography_name_in_pandoc_front_matter_is_one_line(tmp_path, capsys):
    paper = tmp_path / "p.md"
    paper.write_text(f"---\nbibliography: {LONG}.bib\n---\nText [@x].\n", encoding="utf-8")
    assert main(["check", "--no-config", str(paper)]) == 2
    err = capsys.readouterr().err
    assert err.count("refcheck: error:") == 1 and "p.md: cannot read" in err


def test_an_unexpected_failure_in_one_file_is_its_error_not_the_runs(tmp_path, capsys, monkeypatch):
    import refcheck.app

    good = tmp_path / "good.txt"
    good.write_bytes(GOOD.read_bytes())
    bad = tmp_path / "bad.txt"
    bad.write_text("x", encoding="utf-8")
    real = refcheck.app._check_path

    def explode(path, opts):
        if path.endswith("bad.txt"):
            raise MemoryError
        return real(path, opts)

    monkeypatch.setattr(refcheck.app, "_check_path", explode)
    assert main(["check", "--no-config", str(bad), str(good)]) == 2
    captured = capsys.readouterr()
    assert "bad.txt: not enough memory" in captured.err and "good.txt" in captured.out


def test_the_issues_upper_case_reference_list_is_checked_in_well_under_a_second(tmp_path):
    paper = tmp_path / "r.txt"
    paper.write_text("x (Smith, 2010).\n\nReferences\n\nSmith, " + "A" * 38 + "!\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "refcheck", "check", "--no-config", str(paper)],
                          capture_output=True, text=True, timeout=60)  # 12.6 s before, doubling every 2 capitals
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr


def test_a_docx_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    bomb = docx_bytes('<w:p><w:r><w:t>' + "A" * (30 * 1024 * 1024) + '</w:t></w:r></w:p>')
    assert len(bomb) < 200_000
    paper = tmp_path / "bomb.docx"
    paper.write_bytes(bomb)
    with pytest.raises(InputError, match="limit"):
        read_document(str(paper))


def test_a_highly_compressed_part_is_refused_as_a_zip_bomb(tmp_path):
    paper = tmp_path / "bomb.docx"
    paper.write_bytes(docx_bytes(extra={"word/media/blob.bin": b"\0" * (5 * 1024 * 1024)}))
    with pytest.raises(InputError, match="zip bomb"):
        read_document(str(paper))


def test_text_over_the_limit_is_one_clear_error(tmp_path):
    paper = tmp_path / "huge.txt"
    paper.write_bytes(b"Smith, J. (2000). A title.\n" * (MAX_TEXT_BYTES // 27 + 10))
    with pytest.raises(InputError, match="MB limit"):
        read_document(str(paper))


def test_docx_hyperlinks_keep_their_dois(tmp_path):
    link = ('<w:p><w:r><w:t xml:space="preserve">Smith, J. (2000). A title. Journal, 1, 2-3. </w:t></w:r>'
            '<w:hyperlink w:history="1"><w:r><w:t>https://doi.org/10.1000/xyz123</w:t></w:r></w:hyperlink></w:p>')
    paper = tmp_path / "links.docx"
    paper.write_bytes(docx_bytes(link))
    assert read_document(str(paper)).text.endswith("2-3. https://doi.org/10.1000/xyz123")


@pytest.mark.parametrize(("data", "kind"), [
    (b"PK\x03\x04rest", ".docx"), (b"%PDF-1.7\n", ".pdf"), (b"\\documentclass{article}", "latex"),
    (b"---\ntitle: x\n---\n", "markdown"), (b"# Heading\n\nText.", "markdown"), (b"Plain text (Smith, 2000).", "text"),
])
def test_stdin_is_sniffed(data, kind):
    assert sniff(data) == kind


def test_a_docx_on_stdin_is_read_as_a_docx(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(docx_bytes())))
    doc = read_document("-")
    assert doc.kind == "docx" and "Smith, J. (2000)" in doc.text


def test_bib_on_a_directory_says_so(tmp_path, capsys):
    assert main(["bib", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_bib_in_place_with_an_output_is_a_usage_error(tmp_path, capsys):
    bib = tmp_path / "refs.bib"
    bib.write_text("@article{a, title={T}}\n", encoding="utf-8")
    assert main(["bib", "--fix", "--in-place", "-o", str(tmp_path / "out.bib"), str(bib)]) == 2
    assert "--in-place goes with --fix and without -o" in capsys.readouterr().err


def test_bib_without_a_reference_list_is_exit_2(tmp_path, capsys):
    paper = tmp_path / "essay.txt"
    paper.write_text("An essay without any references at all.\n", encoding="utf-8")
    assert main(["bib", str(paper)]) == 2
    assert "no reference list found" in capsys.readouterr().err


def latex_paper(folder: Path, bib: str, extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    paper = folder / "paper.tex"
    paper.write_text(f"\\documentclass{{article}}\\begin{{document}}\\cite{{k}}{extra}"
                     f"\\addbibresource{{{bib}}}\\end{{document}}\n", encoding="utf-8")
    return paper


def test_a_bib_file_outside_the_project_is_not_read(tmp_path, capsys):
    secret = tmp_path / "secret.bib"
    secret.write_text("@article{k, title={SECRET CONTENT}}\n", encoding="utf-8")
    paper = latex_paper(tmp_path / "project", "../secret.bib")
    assert main(["check", "--no-config", "--format", "json", str(paper)]) == 2
    captured = capsys.readouterr()
    assert "secret.bib" in captured.err and "outside the project directory" in captured.err
    assert "SECRET" not in captured.out + captured.err


def test_allow_outside_widens_the_scope(tmp_path, capsys):
    secret = tmp_path / "shared" / "refs.bib"
    secret.parent.mkdir()
    secret.write_text("@article{k, author={Smith, J.}, title={A title}, journal={J}, year={2000}}\n", encoding="utf-8")
    paper = latex_paper(tmp_path / "project", "../shared/refs.bib")
    assert main(["check", "--no-config", "--allow-outside", str(secret.parent), str(paper)]) in (0, 1)
    assert "refcheck: error" not in capsys.readouterr().err


def test_a_non_bib_file_is_not_read_as_a_bibliography(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("@article{k, title={PRIVATE NOTES}}\n", encoding="utf-8")
    paper = latex_paper(tmp_path, "notes.txt")
    assert main(["check", "--no-config", str(paper)]) == 2
    captured = capsys.readouterr()
    assert "only .bbl, .bib, .bibtex, .ltx, .tex files are read" in captured.err and "PRIVATE" not in captured.err


def test_an_absolute_input_outside_the_project_is_skipped_with_a_warning(tmp_path, capsys):
    (tmp_path / "refs.bib").write_text("@article{k, author={Smith, J.}, title={T}, journal={J}, year={2000}}\n",
                                       encoding="utf-8")
    paper = latex_paper(tmp_path / "project", "refs.bib", extra="\\input{/etc/passwd}")
    (tmp_path / "project" / "refs.bib").write_bytes((tmp_path / "refs.bib").read_bytes())
    main(["check", "--no-config", str(paper)])
    captured = capsys.readouterr()
    assert "/etc/passwd" in captured.err and "not read" in captured.err and "root:" not in captured.out


@pytest.mark.parametrize(("path", "uri"), [("my paper.tex", "my%20paper.tex"), ("dir/a#b.txt", "dir/a%23b.txt"),
                                           ("/tmp/x y.txt", "file:///tmp/x%20y.txt")])
def test_sarif_locations_are_uris(path, uri):
    from refcheck.report.sarif import artifact_uri

    assert artifact_uri(path) == uri


def test_a_sici_doi_is_kept_whole():
    from refcheck.normalizer.doi import find_doi

    sici = "10.1002/1096-9861(20010212)430:3<283::aid-cne1031>3.0.co;2-v"
    assert find_doi(f"Journal of Comparative Neurology, 430(3), 283-290. https://doi.org/{sici}") == sici
    assert find_doi("<https://doi.org/10.1000/abc>.") == "10.1000/abc"


def test_a_surname_hyphenated_across_lines_stays_in_its_entry(tmp_path):
    from refcheck.app import parse_input

    paper = tmp_path / "list.txt"
    paper.write_text(
        "References\n\n"
        "Pekkanen, J., Timonen, K. L., Ruuskanen, J., Reponen, A., & Mirme, A. & Yli-\n"
        "Tuomi, T. (1997). Effects of ultrafine and fine particles in urban air on peak expiratory flow among\n"
        "children with asthmatic symptoms. Environmental Research, 74(1), 24-33.\n"
        "Smith, J. (2000). A title of some length that wraps onto the next line because it is long enough to\n"
        "do so. Journal of Things, 1(2), 3-4.\n", encoding="utf-8")
    refs = parse_input(str(paper))
    assert len(refs) == 2 and "Yli-Tuomi" in refs[0].raw


def chapter_project(tmp_path: Path) -> tuple[Path, Path, Path]:
    (tmp_path / ".git").mkdir()
    bib = tmp_path / "refs.bib"
    bib.write_text("@article{known, author={Smith, J.}, title={A title}, journal={J}, year={2000}}\n",
                   encoding="utf-8")
    chapter = tmp_path / "chapters" / "intro.tex"
    chapter.parent.mkdir()
    chapter.write_text("As shown \\cite{known} and \\cite{missing}.\n", encoding="utf-8")
    main_tex = tmp_path / "main.tex"
    main_tex.write_text("\\documentclass{article}\\begin{document}\\input{chapters/intro}\n"
                        "\\bibliography{refs}\\end{document}\n", encoding="utf-8")
    return main_tex, chapter, bib


def test_a_chapter_without_tex_root_is_checked_against_the_main_file_that_includes_it(tmp_path, capsys):
    _, chapter, _ = chapter_project(tmp_path)
    assert main(["check", "--no-config", str(chapter)]) == 1
    out = capsys.readouterr().out
    assert "missing" in out and "no-entry" in out


def test_a_bib_file_checks_the_papers_that_use_it(tmp_path, capsys):
    main_tex, _, bib = chapter_project(tmp_path)
    assert main(["check", "--no-config", str(bib)]) == 1  # deleting a cited entry is caught
    out = capsys.readouterr().out
    assert "main.tex" in out and "no-entry" in out


def test_the_hook_runs_on_bib_files():
    import re

    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    pattern = re.search(r"id: refcheck\n(?:.*\n)*?  files: (.*)", hooks).group(1)
    assert re.search(pattern, "refs.bib") and re.search(pattern, "chapters/intro.tex")


def test_a_docx_with_a_mangled_zip_version_is_a_corrupt_file_not_an_internal_error(tmp_path):
    data = bytearray(docx_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 0xA4  # "version needed to extract" 16.4: zipfile raises NotImplementedError
    paper = tmp_path / "odd.docx"
    paper.write_bytes(bytes(data))
    with pytest.raises(InputError, match="not a valid .docx file"):
        read_document(str(paper))
