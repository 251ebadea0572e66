"""Compiler-style report: file:line:col: severity code: message, then a summary.

Colour is used only when the stream is a terminal and NO_COLOR is unset, so
logs, pipes and pre-commit output stay plain.

Everything taken from the paper (entry text quoted in a message, file names) is shown with its
control characters escaped: a paper must not be able to drive the reader's terminal (ESC/OSC
sequences retitle windows, hide text, forge hyperlinks), nor start a line of its own that a
script reading one finding a line would take for a finding.
"""

from __future__ import annotations

import os
import re

from refcheck.model import FileReport
from refcheck.report import RenderOptions

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~5 ms)
if TYPE_CHECKING:
    from typing import TextIO

_COLOURS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m"}
_BOLD, _RESET = "\033[1m", "\033[0m"


def use_colour(stream: TextIO, choice: str = "auto") -> bool:
    if choice in ("always", "never"):
        return choice == "always"
    return hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ


def visible(text: str) -> str:
    """TEXT with every control character written as an escape (``\\n``, ``\\x1b``, ``\\u202e``).

    C0 and C1 controls and DEL, and the bidirectional overrides and isolates that reorder what a
    terminal shows ("Trojan Source"); tabs become a space. Printable text is untouched.
    """
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(_escape, text)


def _escape(m: re.Match[str]) -> str:
    ch = m.group(0)
    if ch == "\t":
        return " "
    if ch in "\n\r":
        return "\\n" if ch == "\n" else "\\r"
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def render(reports: list[FileReport], options: RenderOptions | None = None) -> str:
    colour = options is not None and options.colour
    lines: list[str] = []
    totals = {"error": 0, "warning": 0, "info": 0}
    for report in reports:
        if report.error is not None:
            continue  # already said on stderr
        for f in report.findings:
            totals[f.severity] = totals.get(f.severity, 0) + 1
            sev = f"{_COLOURS[f.severity]}{f.severity}{_RESET}" if colour else f.severity
            page = f"p{f.page}:" if f.page is not None else ""  # PDF (readers/pdf.py): paper.pdf:p3:12:5:
            loc = f"{visible(f.location(report.path))}:{page}{f.line}:{f.column}:"
            if colour:
                loc = f"{_BOLD}{loc}{_RESET}"
            lines.append(f"{loc} {sev} {f.code}: {visible(f.message)}")
        lines.append(_file_summary(report))
    if len(reports) > 1:
        lines.append(f"total: {_counts(totals)} in {len(reports)} files")
    return "\n".join(lines) + ("\n" if lines else "")


def _file_summary(report: FileReport) -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in report.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    refs = len(report.references)
    style = f" ({report.style})" if report.style != "unknown" and refs else ""
    return (f"{visible(report.path)}: {refs} reference{'s' if refs != 1 else ''}{style}, "
            f"{len(report.citations)} citation{'s' if len(report.citations) != 1 else ''}: {_counts(counts)}")


def _counts(counts: dict[str, int]) -> str:
    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'s' if n != 1 else ''}"

    return ", ".join([plural(counts["error"], "error"), plural(counts["warning"], "warning"),
                      f"{counts['info']} info"])
