"""GitHub Actions workflow commands: findings appear as annotations on the diff."""

from __future__ import annotations

from refcheck.model import FileReport
from refcheck.report import RenderOptions

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(reports: list[FileReport], options: RenderOptions | None = None) -> str:
    lines = []
    for report in reports:
        for f in report.findings:
            lines.append(f"::{_LEVEL[f.severity]} file={_escape_prop(f.location(report.path))},line={f.line},"
                         f"col={f.column},title={_escape_prop('refcheck ' + f.code)}::{_escape_data(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
