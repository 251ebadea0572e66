"""Inline suppression: a comment on a line silences findings on that line.

An author who knows better than refcheck (a key defined by a package, a
citation to a work refcheck cannot know) marks the line rather than turning a
check off for the whole project:

    \\cite{knuth:tex} % refcheck: ignore[no-entry]
    [@internal-memo] <!-- refcheck: ignore[no-entry, uncited] -->
    ... refcheck: ignore            (every code on that line)

The marker is recognised anywhere on the line, so it works in LaTeX (%),
Markdown/HTML comments, and plain-text papers that have no comment syntax.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from refcheck.model import Finding

ALL = "*"

# "refcheck: ignore" optionally followed by "[code, code]"; "noqa"-like but namespaced, so a stray
# "ignore" in prose never matches.
_MARKER = re.compile(r"refcheck:\s*ignore(?![\w-])(?:\s*\[([^\]\n]*)\])?", re.IGNORECASE)


def suppressions(text: str) -> dict[int, set[str]]:
    """Map 1-based line numbers to the codes suppressed there ({"*"} means all codes)."""
    out: dict[int, set[str]] = {}
    if "refcheck" not in text.lower():  # fast path: almost no paper has a marker
        return out
    for lineno, line in enumerate(text.split("\n"), start=1):
        for m in _MARKER.finditer(line):
            codes = out.setdefault(lineno, set())
            if m.group(1) is None or not m.group(1).strip():
                codes.add(ALL)
            else:
                codes.update(c.strip().lower() for c in m.group(1).split(",") if c.strip())
    return out


def is_suppressed(marks: dict[int, set[str]], line: int, code: str) -> bool:
    codes = marks.get(line)
    return bool(codes) and (ALL in codes or code in codes)


def suppressed(doc_text: str, findings: Iterable[Finding]) -> list[Finding]:
    """The findings that are left once the markers in DOC_TEXT have been applied."""
    findings = list(findings)
    marks = suppressions(doc_text)
    if not marks:
        return findings
    return [f for f in findings if not is_suppressed(marks, f.line, f.code)]
