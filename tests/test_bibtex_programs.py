"""The .bib written for each seed with a list is read cleanly by real bibtex and by pybtex."""

from __future__ import annotations

import shutil
import subprocess
import warnings
from pathlib import Path

import pytest

from refcheck.bibtex.write import to_bibtex
from refcheck.pipeline import check_document
from refcheck.readers import read_document

SEEDS_WITH_LISTS = ["000_2dd45404e1011c92", "003_a1e76db77d51934e"]


def _bib_for(seed: str) -> str:
    report = check_document(read_document(f"fixtures/seeds/{seed}.txt"), citations=False)
    return to_bibtex(report.references)


@pytest.mark.parametrize("seed", SEEDS_WITH_LISTS)
def test_real_bibtex_reads_the_file_without_warnings(seed, tmp_path: Path):
    if shutil.which("bibtex") is None:
        pytest.skip("bibtex is not installed and `make test` could not install it (no apt-get / no root)")
    (tmp_path / "refs.bib").write_text(_bib_for(seed), encoding="utf-8")
    (tmp_path / "paper.aux").write_text("\\citation{*}\n\\bibdata{refs}\n\\bibstyle{plain}\n")
    proc = subprocess.run(["bibtex", "paper"], cwd=tmp_path, capture_output=True, text=True, check=False)
    log = proc.stdout + (tmp_path / "paper.blg").read_text(errors="replace")
    assert proc.returncode == 0, log
    assert "Warning--" not in log and "error message" not in log, log
    assert (tmp_path / "paper.bbl").read_text(errors="replace").count("\\bibitem") == len(
        _bib_for(seed).split("\n@")), log


@pytest.mark.parametrize("seed", SEEDS_WITH_LISTS)
def test_pybtex_parses_the_file_without_errors_or_warnings(seed):
    from pybtex.database import parse_string
    from pybtex.errors import set_strict_mode

    set_strict_mode(True)  # any pybtex warning becomes an exception
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = parse_string(_bib_for(seed), "bibtex")
    assert len(data.entries) == {"000_2dd45404e1011c92": 15, "003_a1e76db77d51934e": 30}[seed]
    for entry in data.entries.values():
        for person in entry.persons.get("author", []):
            assert str(person).strip()
