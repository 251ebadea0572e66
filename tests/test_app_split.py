"""The command line is a thin shell: the per-file service is refcheck.app, the pool refcheck.runner."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMPORTS_CLI = re.compile(r"^\s*(from refcheck\.cli import|from refcheck import cli\b|import refcheck\.cli)", re.M)


def test_cli_stays_under_250_lines() -> None:
    assert len((ROOT / "refcheck" / "cli.py").read_text(encoding="utf-8").splitlines()) < 250


def test_inside_the_package_only_the_entry_point_imports_the_cli() -> None:
    importers = [p.relative_to(ROOT).as_posix() for p in (ROOT / "refcheck").rglob("*.py")
                 if IMPORTS_CLI.search(p.read_text(encoding="utf-8"))]
    assert importers == ["refcheck/__main__.py"]


def test_tools_and_tests_take_the_service_from_app_and_runner() -> None:
    """They may drive the command line itself (main, its parser), never take the service from it."""
    service = re.compile(r"from refcheck\.cli import [^\n]*\b(CheckOptions|check_path|expand_paths|run_checks)\b")
    offenders = [p.relative_to(ROOT).as_posix() for folder in ("tools", "tests", "benchmarks")
                 for p in (ROOT / folder).rglob("*.py") if service.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_check_path_turns_an_unreadable_file_into_its_error(tmp_path: Path) -> None:
    from refcheck.app import CheckOptions, check_path

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    report = check_path(str(empty), CheckOptions(use_config=False))
    assert report.error is not None and "empty.txt" in report.error and not report.findings
