"""The JSON report: the stable, documented schema (version 1)."""

from __future__ import annotations

import json

from refcheck.model import FileReport

SCHEMA_VERSION = 1


def render(reports: list[FileReport]) -> str:
    doc = {"version": SCHEMA_VERSION, "files": [r.to_json() for r in reports]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
