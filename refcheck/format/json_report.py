"""The JSON report: the stable, documented schema (version 1)."""

from __future__ import annotations

import json

from refcheck.model import FileReport

SCHEMA_VERSION = 1


def render(reports: list[FileReport]) -> str:
    return join_files([render_file(r) for r in reports])


def render_file(report: FileReport) -> str:
    """One file's object as it stands in the "files" array (indented two levels).

    A file is rendered on its own so that ``check --jobs`` workers render in parallel and
    hand the parent text; ``join_files`` of these parts is ``json.dumps`` of the whole
    document with ``indent=2``, byte for byte (JSON strings never hold a raw newline).
    """
    return "    " + json.dumps(report.to_json(), ensure_ascii=False, indent=2).replace("\n", "\n    ")


def join_files(parts: list[str]) -> str:
    if not parts:
        return json.dumps({"version": SCHEMA_VERSION, "files": []}, indent=2) + "\n"
    return f'{{\n  "version": {SCHEMA_VERSION},\n  "files": [\n' + ",\n".join(parts) + "\n  ]\n}\n"
