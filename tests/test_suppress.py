"""Inline suppression markers in LaTeX and Markdown comments."""

from __future__ import annotations

from refcheck.model import Finding
from refcheck.suppress import suppressed, suppressions


def _f(line: int, code: str = "no-entry") -> Finding:
    return Finding(code, "error", line, 1, "m")


def test_latex_comment_marker_suppresses_that_code_on_its_line() -> None:
    text = "a \\cite{x}\nb \\cite{y} % refcheck: ignore[no-entry]\n"
    assert [f.line for f in suppressed(text, [_f(1), _f(2)])] == [1]


def test_markdown_comment_marker_suppresses_that_code() -> None:
    text = "[@x] <!-- refcheck: ignore[no-entry] -->\n"
    assert suppressed(text, [_f(1)]) == []


def test_marker_for_another_code_does_not_suppress() -> None:
    text = "x % refcheck: ignore[uncited]\n"
    assert len(suppressed(text, [_f(1, "no-entry")])) == 1


def test_bare_marker_suppresses_every_code() -> None:
    text = "x % refcheck: ignore\n"
    assert suppressed(text, [_f(1, "no-entry"), _f(1, "uncited")]) == []


def test_several_codes_in_one_marker() -> None:
    assert suppressions("x <!-- refcheck: ignore[no-entry, uncited] -->")[1] == {"no-entry", "uncited"}


def test_marker_only_covers_its_own_line() -> None:
    text = "x % refcheck: ignore\ny\n"
    assert [f.line for f in suppressed(text, [_f(1), _f(2)])] == [2]


def test_similar_words_are_not_a_marker() -> None:
    assert suppressions("refcheck: ignored the warning; refcheck: ignore-file") == {}


def test_text_without_markers_keeps_every_finding() -> None:
    findings = [_f(1), _f(2)]
    assert suppressed("plain text\n", findings) == findings
