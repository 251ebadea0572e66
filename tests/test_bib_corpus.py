"""The round-trip property on real .bib files (fixtures/bib_corpus, sources in SOURCES.md).

For every entry of every file, the (field, meaning) pairs after `bib --fix` equal those before,
modulo the documented normalizations; classic bibtex and pybtex read every output with no
warning they did not give for the input.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from refcheck.bibtex.fix import decode, fix_text
from refcheck.bibtex.read import expand
from refcheck.bibtex.rules import meaning
from refcheck.bibtex.syntax import scan

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "bib_corpus"
FILES = sorted(CORPUS.glob("*.bib"))


@cache
def _fixed(name: str) -> tuple[str, str, str]:
    source = decode((CORPUS / name).read_bytes())
    fixed, _, _ = fix_text(source.text, escape=source.encoding == "utf-8")
    return source.text, fixed, source.encoding


def _entries(text: str, meanings_of: set[int] | None = None) -> list[tuple[str, str, Counter]]:
    """(type, key, Counter of (field, meaning)) per entry; with MEANINGS_OF, meanings only for the
    entries with those indexes (the others get Counter of (field, raw text))."""
    strings: dict[str, str] = {}
    out = []
    for block in scan(text):
        if block.kind == "string":
            strings[block.fields[0].name] = expand(block.fields[0].value, text, strings)
        elif block.kind == "entry":
            deep = meanings_of is None or len(out) in meanings_of
            out.append((block.entry_type, block.key, Counter(
                (f.name, meaning(f.name, expand(f.value, text, strings)) if deep
                 else text[f.value.start:f.value.end]) for f in block.fields)))
    return out


def _changed_entries(before: str, after: str) -> set[int]:
    spans = [[t[b.start:b.end] for b in scan(t) if b.kind == "entry"] for t in (before, after)]
    return {i for i, (b, a) in enumerate(zip(*spans, strict=True)) if b != a}


def test_the_corpus_is_large_and_varied() -> None:
    entries = [e for f in FILES for e in _entries(_fixed(f.name)[0], set())]
    assert len(FILES) >= 50 and len(entries) >= 5_000
    assert len({etype for etype, _, _ in entries}) >= 25
    assert len({name for _, _, fields in entries for name, _ in fields}) >= 150


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_entry_keeps_its_fields_and_their_meaning(path: Path) -> None:
    before, after, _ = _fixed(path.name)
    changed = _changed_entries(before, after)  # an entry written as it was means what it meant
    assert _entries(after, changed) == _entries(before, changed)
    kept = [b.kind for b in scan(before) if b.kind != "entry"]
    assert [b.kind for b in scan(after) if b.kind != "entry"] == kept


def _bibtex_warnings(directory: Path, text: str, encoding: str) -> Counter:
    (directory / "refs.bib").write_bytes(text.encode(encoding))
    (directory / "doc.aux").write_text("\\citation{*}\n\\bibdata{refs}\n\\bibstyle{plain}\n")
    subprocess.run(["bibtex", "-terse", "doc"], cwd=directory, capture_output=True, check=False, timeout=120)
    log = (directory / "doc.blg").read_text(errors="replace")
    lines = [re.sub(r"\d+", "N", ln) for ln in log.splitlines()
             if ln.startswith("Warning--") or "error message" in ln or ln.startswith("I was expecting")
             or "---line" in ln]
    return Counter(lines)


CHANGED = [p for p in FILES if _fixed(p.name)[0] != _fixed(p.name)[1]]


@pytest.mark.skipif(shutil.which("bibtex") is None, reason="bibtex is not installed (`make bibtex` installs it)")
@pytest.mark.parametrize("path", CHANGED, ids=lambda p: p.name)
def test_bibtex_gives_no_new_warning_on_the_fixed_file(path: Path, tmp_path: Path) -> None:
    before, after, encoding = _fixed(path.name)
    old = _bibtex_warnings(tmp_path, before, encoding)
    new = _bibtex_warnings(tmp_path, after, encoding)
    assert new - old == Counter()


@pytest.mark.parametrize("path", CHANGED, ids=lambda p: p.name)
def test_pybtex_gives_no_new_error_on_the_fixed_file(path: Path) -> None:
    from pybtex.database import parse_string
    from pybtex.errors import capture, set_strict_mode

    before, after, _ = _fixed(path.name)

    def problems(text: str) -> tuple[Counter, int]:
        set_strict_mode(False)
        try:
            with capture() as errors:
                data = parse_string(text, "bibtex")
        finally:
            set_strict_mode(True)
        return Counter(re.sub(r"\d+", "N", str(e)) for e in errors), len(data.entries)

    (old, n_old), (new, n_new) = problems(before), problems(after)
    assert n_new == n_old and new - old == Counter()


def test_files_the_rules_leave_alone_are_byte_identical() -> None:
    unchanged = [p for p in FILES if p not in CHANGED]
    assert unchanged and all(_fixed(p.name)[0] == _fixed(p.name)[1] for p in unchanged)
