"""Every output format in the registry renders the same small paper exactly as its snapshot.

A change to a format's output shows up here as a diff against tests/snapshots/; when the
change is meant, regenerate with ``REFCHECK_UPDATE_SNAPSHOTS=1 pytest tests/test_report_formats.py``
and review the snapshot's diff in the commit.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from report_sample import PAPER, references, report

from refcheck.report import LISTS, REPORTS, RenderOptions, render_list, render_reports

SNAPSHOTS = Path(__file__).parent / "snapshots"
_EXT = {"text": "txt", "json": "json", "github": "txt", "sarif": "sarif", "html": "html", "parsed": "txt",
        "bibtex": "bib", "csl-json": "json", "ris": "ris"}


def _check(name: str, rendered: str) -> None:
    path = SNAPSHOTS / f"{name}.{_EXT[name.split('-', 1)[1]]}"
    if os.environ.get("REFCHECK_UPDATE_SNAPSHOTS"):
        path.write_bytes(rendered.encode("utf-8"))
    assert path.exists(), f"no snapshot {path.name}: run with REFCHECK_UPDATE_SNAPSHOTS=1 and review it"
    assert rendered == path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_report_format_matches_its_snapshot(name):
    rendered = render_reports(name, [report()], RenderOptions(texts={"paper.txt": PAPER}))
    _check(f"report-{name}", rendered)


@pytest.mark.parametrize("name", sorted(LISTS))
def test_list_format_matches_its_snapshot(name):
    _check(f"list-{name}", render_list(name, references()))


def test_every_format_has_a_snapshot_and_no_snapshot_is_orphaned():
    expected = {f"report-{n}.{_EXT[n]}" for n in REPORTS} | {f"list-{n}.{_EXT[n]}" for n in LISTS}
    assert {p.name for p in SNAPSHOTS.iterdir()} == expected


def test_formats_are_imported_only_when_chosen():
    import subprocess
    import sys

    code = ("import sys, refcheck.cli; "
            "print(sorted(m for m in sys.modules if m.startswith('refcheck.report.') or m == 'json'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
