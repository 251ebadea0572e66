"""The regex cache (refcheck/_regex_cache.py): a pattern built from cached code is the pattern
``re.compile`` makes, a later run reads the code instead of compiling, and anything unexpected
falls back to compiling as usual."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from refcheck import _regex_cache

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = [
    (r"\((?P<names>[A-ZÀ-ÖØ-Þ][\w'’-]+(?: et al\.)?),\s*(?P<year>\d{4}[a-z]?)\)", 0),
    (r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,4}", 0),
    (r"(?<![\w.])ibid\b\.?", re.IGNORECASE),
    (r"""^ \s* \[ (\d+) \] \s+   # a numbered entry
         (?=[A-Z])""", re.VERBOSE | re.MULTILINE),
]
TEXT = "As shown (Müller et al., 2019a) and (Smith, 2001). Ibid. 山田太郎 は\n[12] Jones, A. 2003."


@pytest.fixture
def cache_file(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # as in a user's shell; CI may set it
    _regex_cache.uninstall()
    path = tmp_path / "regex.marshal"
    yield path
    _regex_cache.uninstall()


def _fresh(pattern: str, flags: int) -> re.Pattern[str]:
    re.purge()  # re keeps its own per-process cache in front of the compiler
    return re.compile(pattern, flags)


def test_a_pattern_from_the_cache_is_the_pattern_re_compile_makes(cache_file):
    expected = [_fresh(p, f) for p, f in PATTERNS]
    assert _regex_cache.install(cache_file)
    for (pattern, flags), want in zip(PATTERNS, expected, strict=True):
        got = _fresh(pattern, flags)
        assert (got.pattern, got.flags, got.groups, got.groupindex) == (
            want.pattern, want.flags, want.groups, want.groupindex)
        assert [m.groups() or m.group() for m in got.finditer(TEXT)] == [
            m.groups() or m.group() for m in want.finditer(TEXT)]


def test_a_later_run_builds_the_pattern_from_the_file_without_compiling(cache_file, monkeypatch):
    assert _regex_cache.install(cache_file)
    _fresh(*PATTERNS[0])
    _regex_cache.save()
    assert cache_file.exists()
    _regex_cache.uninstall()
    assert _regex_cache.install(cache_file)

    def no_parsing(*args):
        raise AssertionError("compiled although the cache had the pattern")

    monkeypatch.setattr("re._parser.parse", no_parsing)
    assert _fresh(*PATTERNS[0]).search(TEXT).group("year") == "2019a"


def test_a_damaged_cache_file_is_ignored(cache_file):
    cache_file.write_bytes(b"\x00not marshal data")
    assert _regex_cache.install(cache_file)
    assert _fresh(*PATTERNS[2]).search(TEXT).group() == "Ibid."


def test_nothing_is_written_when_python_is_told_to_write_no_bytecode(cache_file, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert _regex_cache.install(cache_file)
    _fresh(*PATTERNS[1])
    _regex_cache.save()
    assert not cache_file.exists()


def test_the_file_keeps_only_what_the_last_run_used_once_it_is_full(cache_file, monkeypatch):
    monkeypatch.setattr(_regex_cache, "MAX_ENTRIES", 2)
    cache_file.write_bytes(marshal.dumps({(f"old{i}", 0): (0, [], 0, {}) for i in range(5)}))
    assert _regex_cache.install(cache_file)
    _fresh(*PATTERNS[2])
    _regex_cache.save()
    assert list(marshal.loads(cache_file.read_bytes())) == [PATTERNS[2]]


def test_the_command_line_reports_the_same_with_and_without_the_cache(tmp_path):
    paper = ROOT / "fixtures" / "seeds" / "003_a1e76db77d51934e.txt"
    script = ("import sys\nfrom refcheck import _regex_cache\n"
              "if sys.argv[1] == 'off': _regex_cache.install = lambda *a: False\n"
              "from refcheck.cli import main\nsys.exit(main(['check', '--format', 'json', sys.argv[2]]))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # the first run writes
    runs = [subprocess.run([sys.executable, "-c", script, mode, str(paper)], capture_output=True, text=True,
                           cwd=tmp_path, env=env) for mode in ("on", "on", "off")]
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert '"code"' in runs[0].stdout
