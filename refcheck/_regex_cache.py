"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode.

CPython compiles every regular expression anew in each process, and refcheck has several hundred:
checking one paper compiles ~550 of them, 155 ms of a ~290 ms cold start (measured 2026-12-08 on
seed 003 by timing ``re._compiler.compile``; the Unicode letter and CJK classes cost 1.5-3.5 ms
each, because the compiler walks every code point of a range in Python). Compiling has two
halves: parsing the pattern and generating the matcher's code (pure Python: nearly all the cost),
then building the Pattern object from that code (C: microseconds). The code is a list of ints that
depends only on the pattern, its flags and the Python build.

``install()`` keeps that list in refcheck's ``__pycache__`` (one file per Python build, written
atomically at exit when the run compiled something new) and builds the Pattern from it on the next
run. The Pattern is the one ``re.compile`` would make (tests/test_regex_cache.py compares them), so
nothing else changes: ``re.compile``, ``re.sub`` and refcheck's ``lazy()`` patterns all go through
it. Anything unexpected (another Python, a damaged file, an unwritable directory, bytecode writing
turned off) falls back to compiling as usual.

It uses two private functions of the ``re`` package (``_parser.parse`` and ``_compiler._code``),
stable since Python 3.11 (which refcheck requires); the file name carries the Python build and
``_sre.MAGIC``, so another build never reads this one's code, and ``install()`` checks itself on
one pattern before it takes over.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import sys
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from re import Pattern

# Patterns built from a paper's own words (a name to look for, the forms of an organisation) are new
# in every run; the file keeps what the last run used once it holds more than this many.
MAX_ENTRIES = 3000
_CHECK = r"(?P<family>[A-Z][a-z]+)(?:,\s*(?P<year>\d{4})[a-z]?)?|\[(\d+)\]"

_Entry = tuple  # (flags, code, groups, groupindex)
_cache: dict[tuple[str, int], _Entry] = {}
_used: dict[tuple[str, int], _Entry] = {}
_state = {"path": None, "new": False}
_original: Callable[..., Pattern[str]] | None = None


def cache_path(directory: Path | None = None) -> Path:
    """The file for this Python build: its tag, full version and the regex engine's magic number."""
    import _sre

    stamp = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
    return (directory or Path(__file__).parent / "__pycache__") / f"regex.{stamp}.marshal"


def install(path: Path | None = None) -> bool:
    """Route this process's regex compiling through the cache at PATH (default: ``cache_path()``).
    Returns False, changing nothing, when the cache cannot be used here."""
    global _original
    from re import _compiler

    if _original is not None:
        return True
    try:
        ours, theirs = _build(_CHECK, 0, _code_for(_CHECK, 0)), _compiler.compile(_CHECK, 0)
        if (ours.groupindex, ours.match("Smith, 2019a").groups()) != (theirs.groupindex,
                                                                     theirs.match("Smith, 2019a").groups()):
            return False
    except Exception:  # noqa: BLE001 - a Python whose re internals differ: compile as usual
        return False
    _state["path"] = path or cache_path()
    _cache.update(_load(_state["path"]))
    _original = _compiler.compile
    _compiler.compile = _compile
    atexit.register(save)
    return True


def uninstall() -> None:
    """Compile as usual again (tests)."""
    global _original
    from re import _compiler

    if _original is not None:
        _compiler.compile = _original
        _original = None
    atexit.unregister(save)
    _cache.clear()
    _used.clear()
    _state.update(path=None, new=False)


def _compile(pattern, flags=0):  # noqa: ANN001, ANN202 - re._compiler.compile's signature
    if type(pattern) is not str or flags & 128:  # bytes patterns and re.DEBUG: as usual
        return _original(pattern, flags)
    key = (pattern, int(flags))
    entry = _cache.get(key)
    if entry is None:
        entry = _cache[key] = _code_for(pattern, flags)
        _state["new"] = True
    _used[key] = entry
    try:
        return _build(pattern, flags, entry)
    except Exception:  # noqa: BLE001 - an entry the engine refuses: compile it as usual
        _cache.pop(key, None)
        _used.pop(key, None)
        return _original(pattern, flags)


def _code_for(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` computes in Python: the engine's code and the group table."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    return (int(flags | parsed.state.flags), list(map(int, code)),  # opcodes are an int subclass
            parsed.state.groups - 1, dict(parsed.state.groupdict))


def _build(pattern: str, flags: int, entry: _Entry) -> Pattern[str]:
    """The Pattern object, as ``re._compiler.compile`` builds it from the code."""
    import _sre

    all_flags, code, groups, groupindex = entry
    indexgroup = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(pattern, all_flags, code, groups, groupindex, tuple(indexgroup))


def _load(path: Path) -> dict[tuple[str, int], _Entry]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if type(data) is dict else {}


def save() -> None:
    """Write the cache if this run compiled something new (atomically: a temporary file, then a
    rename), unless Python itself writes no bytecode here."""
    path = _state["path"]
    if path is None or not _state["new"] or sys.dont_write_bytecode:
        return
    keep = _cache if len(_cache) <= MAX_ENTRIES else _used
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        tmp.write_bytes(marshal.dumps(keep))
        os.replace(tmp, path)
        _state["new"] = False
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink()
