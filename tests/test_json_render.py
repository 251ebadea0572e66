"""The JSON report, rendered a file and an item at a time, is json.dumps of the whole document.

render_file renders entries, citations and findings one by one (so --jobs workers can render
their own file, and a long list never holds its whole report as dicts at once); the result
must stay byte for byte what ``json.dumps(doc, ensure_ascii=False, indent=2)`` gives.
"""

from __future__ import annotations

import json
from pathlib import Path

from refcheck.app import CheckOptions
from refcheck.model import FileReport
from refcheck.report.json_report import SCHEMA_VERSION, render
from refcheck.runner import expand_paths, run_checks

ROOT = Path(__file__).resolve().parent.parent


def _plain(reports: list[FileReport]) -> str:
    doc = {"version": SCHEMA_VERSION, "files": [r.to_json() for r in reports]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def test_render_equals_json_dumps() -> None:
    paths, _ = expand_paths([str(ROOT / "fixtures" / "papers"), str(ROOT / "fixtures" / "seeds")])
    reports = run_checks(paths, CheckOptions(use_config=False))
    assert sum(len(r.references) for r in reports) > 100
    odd = [FileReport(path="a\nb “é”", error="cannot read"), FileReport(path="empty.txt"),
           FileReport(path="x.md", style="apa")]
    for sample in (reports, reports[:1], odd, [], reports[:2] + odd):
        assert render(sample) == _plain(sample)
