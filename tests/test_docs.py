"""The README documents the public behaviour: every finding code and every CLI flag."""

from __future__ import annotations

from pathlib import Path

from refcheck.cli import _build_parser
from refcheck.codes import CODES

README = Path("README.md").read_text(encoding="utf-8")


def test_every_finding_code_is_documented():
    assert [c for c in CODES if f"`{c}`" not in README] == []


def test_every_cli_flag_is_documented():
    parser = _build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command").choices
    flags = {opt for sub in subparsers.values() for action in sub._actions for opt in action.option_strings
             if opt.startswith("--") and opt != "--help"}
    assert sorted(f for f in flags if f"`{f}" not in README) == []


def test_every_code_the_package_emits_is_registered():
    import re

    emitted: set[str] = set()
    for path in Path("refcheck").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        emitted |= set(re.findall(r"[Ff]inding\w*\(\s*(?:code=)?\"([a-z]+(?:-[a-z]+)*)\"", text))
        emitted |= set(re.findall(r"\bcode=\"([a-z]+(?:-[a-z]+)*)\"", text))
    assert emitted, "the scan found no finding codes at all"
    assert sorted(emitted - set(CODES)) == []
