"""Every finding code refcheck can report, with its default severity (a view of findings.registry).

Kept for the modules that read ``CODES`` as (severity, summary) pairs: --select/--ignore
validation, the configuration's overrides and the SARIF rule list. The table itself, with each
code's fix, lives in refcheck/findings/registry.py.
"""

from __future__ import annotations

from refcheck.findings.registry import REGISTRY, SEVERITY_RANK

CODES: dict[str, tuple[str, str]] = {name: (c.severity, c.summary) for name, c in REGISTRY.items()}

__all__ = ["CODES", "SEVERITY_RANK", "default_severity"]


def default_severity(code: str) -> str:
    return CODES.get(code, ("warning", ""))[0]
