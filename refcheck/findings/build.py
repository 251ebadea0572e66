"""Findings are built here only: the severity comes from the registry, the fix is its own field."""

from __future__ import annotations

from refcheck.codes import REGISTRY, SEVERITY_RANK
from refcheck.model import Finding


def finding(code: str, line: int, column: int, message: str, *, fix: str | None = None,
            citation: str | None = None, reference: str | None = None, suggestions: list[str] | None = None,
            path: str | None = None) -> Finding:
    """A finding of a registered code (KeyError otherwise), with the code's default severity and
    ``fix`` (the specific action when given, else the code's default one)."""
    entry = REGISTRY[code]
    return Finding(code=code, severity=entry.severity, line=line, column=column, message=message,
                   citation=citation, reference=reference, suggestions=suggestions, path=path,
                   fix=fix or entry.fix)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """The one order of findings: by position, then severity (errors first), then code."""
    return sorted(findings, key=lambda f: (f.path or "", f.line, f.column, SEVERITY_RANK.get(f.severity, 3), f.code))
