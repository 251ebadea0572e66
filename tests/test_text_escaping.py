"""The text report shows a paper's control characters as escapes: it cannot drive the terminal
(ESC/OSC sequences) or forge a finding line of its own."""

from __future__ import annotations

from refcheck.model import FileReport, Finding
from refcheck.report.text import render, visible


def _report(message: str, path: str = "paper.txt") -> FileReport:
    return FileReport(path=path, findings=[Finding("no-entry", "error", 3, 1, message)])


def test_an_escape_sequence_in_entry_text_is_shown_not_sent():
    out = render([_report('"Smith\x1b]0;pwned\x07 (2020)" has no entry')])
    assert "\x1b" not in out and "\x07" not in out
    assert '"Smith\\x1b]0;pwned\\x07 (2020)" has no entry' in out


def test_a_newline_in_a_message_cannot_start_a_line_of_its_own():
    out = render([_report('"A (2020)\npaper.txt:1:1: error no-entry: forged"')])
    assert out.count("\n") == 2  # one finding line and the summary line
    assert "\\npaper.txt:1:1: error no-entry: forged" in out


def test_control_characters_in_a_file_name_are_escaped_everywhere_it_is_shown():
    out = render([_report("x", path="evil\x1b[2J.txt")])
    assert "\x1b" not in out
    assert out.startswith("evil\\x1b[2J.txt:3:1:") and "evil\\x1b[2J.txt: 0 references" in out


def test_bidirectional_overrides_are_escaped_and_ordinary_text_is_untouched():
    assert visible("abc\u202edef") == "abc\\u202edef"
    assert visible("Müller, “Ωμέγα” — 東京 (2020)") == "Müller, “Ωμέγα” — 東京 (2020)"


def test_colour_codes_refcheck_adds_itself_still_work():
    from refcheck.report import RenderOptions

    out = render([_report("x\x1b")], RenderOptions(colour=True))
    assert "\033[1;31merror\033[0m" in out and "x\\x1b" in out


def test_an_error_line_escapes_the_file_name_it_names(tmp_path):
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "refcheck.cli", "check", str(tmp_path / "gone\x1b[31m.txt")],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 2 and "\x1b" not in run.stderr
    assert "gone\\x1b[31m.txt: no such file or directory" in run.stderr


def test_the_parsed_list_escapes_control_characters_in_field_values():
    from refcheck.model import Fields, Reference
    from refcheck.report.parsed import render as parsed

    out = parsed([Reference("r1", 1, 1, "x", key="k\x1b", fields=Fields(title="T\x1b]8;;evil\x07"))])
    assert "\x1b" not in out and "title      T\\x1b]8;;evil\\x07" in out
