"""The command line is a thin shell: the per-file service is refcheck.app, the pool refcheck.runner.

(That only the entry point imports the CLI, and its size, are held by tests/test_layering.py.)
"""

from __future__ import annotations

from pathlib import Path


def test_check_path_turns_an_unreadable_file_into_its_error(tmp_path: Path) -> None:
    from refcheck.app import CheckOptions, check_path

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    report = check_path(str(empty), CheckOptions(use_config=False))
    assert report.error is not None and "empty.txt" in report.error and not report.findings
