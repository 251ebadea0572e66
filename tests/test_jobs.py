"""`check --jobs N` gives exactly the output of a serial run, in every format.

With --jobs the workers render their own file (JSON) and hand the parent only the
findings and counts; this checks that nothing the formats print is lost on the way.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from refcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("papers")
    for sub in ("papers", "seeds"):
        for src in sorted((ROOT / "fixtures" / sub).glob("*.txt")):
            shutil.copy(src, folder / src.name)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.pdf").write_bytes(b"not a pdf at all")  # an unreadable file: report.error, exit 2
    return folder


@pytest.mark.parametrize("fmt", ["json", "text", "github", "sarif"])
def test_jobs_output_equals_serial(papers: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    outputs = []
    for jobs in ("1", "2"):
        status = main(["check", "--no-config", "--jobs", jobs, "--format", fmt, str(papers)])
        captured = capsys.readouterr()
        outputs.append((status, captured.out, captured.err))
    assert outputs[0] == outputs[1]
    assert outputs[0][1].strip()
    assert "empty.txt: file is empty" in outputs[0][2] and outputs[0][0] == 2
    assert len(list(papers.iterdir())) > 10


def test_gc_threshold_restored(papers: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Checking runs the cyclic collector less often, and gives the caller its setting back."""
    import gc

    from refcheck.parser import parse_entries

    before = gc.get_threshold()
    main(["check", "--no-config", "--format", "json", str(papers / "apa_messy.txt")])
    parse_entries(["Smith, J. (2000). A title. Journal, 1(2), 3-4."])
    capsys.readouterr()
    assert gc.get_threshold() == before
