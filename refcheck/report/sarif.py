"""SARIF 2.1.0, for code-scanning dashboards that ingest static-analysis results."""

from __future__ import annotations

import json

from refcheck import __version__
from refcheck.codes import CODES
from refcheck.model import FileReport
from refcheck.report import RenderOptions

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """SARIF wants a URI: a relative path percent-encoded ("my paper.tex" -> "my%20paper.tex"),
    an absolute one as a file:// URI."""
    from pathlib import PurePath
    from urllib.parse import quote

    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix())


def render(reports: list[FileReport], options: RenderOptions | None = None) -> str:
    rules = [{"id": code, "shortDescription": {"text": text},
              "defaultConfiguration": {"level": _LEVEL[sev]}} for code, (sev, text) in CODES.items()]
    index = {code: i for i, code in enumerate(CODES)}
    results = []
    for report in reports:
        for f in report.findings:
            result = {
                "ruleId": f.code,
                "level": _LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(f.location(report.path))},
                    "region": {"startLine": f.line, "startColumn": f.column}}}],
            }
            if f.code in index:
                result["ruleIndex"] = index[f.code]
            results.append(result)
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "refcheck", "version": __version__,
                                      "informationUri": "https://pypi.org/project/refcheck/", "rules": rules}},
                  "results": results}],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
