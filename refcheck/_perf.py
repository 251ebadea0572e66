"""Every start-up trick in one place, each with what it saves (measured; see the end of this note).

refcheck runs as a command and as a pre-commit hook, often on one small paper: the start-up is
most of the run. What makes start-up slow in Python is importing modules and compiling regular
expressions that the run never uses. The tricks, and where they are used:

- the regex cache (``refcheck/_regex_cache.py``, installed by ``cli.main``): the compiled code of
  every pattern kept between runs in ``__pycache__``, as Python keeps bytecode; a check of seed 003
  starts in 189 ms instead of 294 ms (medians of 21, 2026-12-08).
- ``lazy(pattern)``: a regular expression compiled on first use (normalizer/, citations/, feature/,
  style.py, parser/tokens.py). CPython compiles every pattern anew in each process.
- ``fewer_collections()``: the cyclic garbage collector run less often while references are parsed
  and checked (parser/pipeline.py, runner.py).
- ``import_deferring(name, deferred)``: import a module while binding modules it imports but rarely
  uses to stand-ins that import them on first use (parser/tagger.py: pycrfsuite's tempfile and
  fractions, needed only to train).
- Conventions kept in the modules themselves, noted here so they are kept:
  * heavy imports only inside the functions that use them (pycrfsuite, rapidfuzz, bibtexparser,
    requests, json, html, docx, pypdf): ``refcheck --help`` imports none of them;
  * ``TYPE_CHECKING = False`` instead of ``from typing import TYPE_CHECKING`` (typing is not
    imported at all on the start-up path);
  * ``refcheck._record.Record`` instead of ``@dataclass`` for the value types on the start-up path;
  * ``refcheck._terminal`` reads the terminal width without importing shutil;
  * ``parser.tagger.model_path`` finds the model by path, not through importlib.resources.

Measured 2026-12-06 with benchmarks/bench_perf_tricks.py on the project's shared 2-core machine,
twice, under other jobs' load (where the runs disagree both are given; re-run it before relying on
a number). Import costs are ``python -X importtime`` cumulative, min of 15 fresh processes:
  typing 1.9-2.1 ms; dataclasses 5.7-6.6 ms (and ~0.6 ms to build each decorated class);
  importlib.resources 6.8-7.2 ms; shutil 1.8-2.0 ms; tempfile + fractions 5.0-5.2 ms (what
  import_deferring keeps out of every process that parses); json 1.2 ms; rapidfuzz 8.2-8.7 ms;
  pycrfsuite 6.7-7.6 ms; bibtexparser 19-51 ms; requests 61-187 ms.
  lazy(): 75 patterns, 18-27 ms to compile them all; checking seed 000 compiles 50 of them, so
  ``--help`` saves all of it and a one-paper check about a third.
  fewer_collections(): parsing the 2,663 entries of 40 real articles, 2283 -> 1669 ms (27%) and
  2973 -> 2485 ms (16%).
  Held by tests/test_startup_imports.py: when the .bib work arrived, same_work.py's frozen dataclass
  (dataclasses + inspect) and io.py's module-level tempfile (with shutil) made `refcheck check` on a
  seed start in 264-270 ms instead of 182-199 ms; a namedtuple and a function-level import brought
  it back to 179-187 ms (min of 15 runs, two rounds each).
"""

from __future__ import annotations

import gc
import re
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# -- regular expressions compiled on first use ------------------------------------------------------

_ATTRS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split",
          "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """Has the compiled pattern's methods and attributes; the first access compiles it and binds
    them onto the object, so later calls cost what a plain attribute lookup costs."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str):  # noqa: ANN204 - only reached before the first compile
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(*self._args)
        for attr in _ATTRS:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]


# -- the garbage collector while checking ------------------------------------------------------------

# Checking allocates a great many small containers that reference counting frees (entries, tokens,
# feature lists, citations); the collector's default young-generation threshold (700) runs it every
# few hundred of them. A higher threshold still collects cycles, only less often.
YOUNG = 10_000


class fewer_collections:  # noqa: N801 - used like a function: `with fewer_collections():`
    """Raise the collector's young-generation threshold for the block; the caller's is restored."""

    def __enter__(self) -> None:
        self.saved = gc.get_threshold()
        if gc.isenabled() and 0 < self.saved[0] < YOUNG:
            gc.set_threshold(YOUNG, *self.saved[1:])

    def __exit__(self, *exc: object) -> None:
        gc.set_threshold(*self.saved)


# -- modules imported on first use -------------------------------------------------------------------


class _OnFirstUse(type(sys)):  # types.ModuleType
    """Stands for a module until an attribute of it is used, then imports the real one."""

    def __getattr__(self, attr: str) -> Any:
        import importlib

        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        return getattr(importlib.import_module(name), attr)


def import_deferring(name: str, deferred: tuple[str, ...]) -> Any:
    """``import NAME``, with the modules in DEFERRED (that NAME imports but rarely uses) bound to
    stand-ins that import them on first use. NAME keeps the stand-ins; sys.modules gets the real
    modules back as soon as one is used (or right away, when NAME did not import them)."""
    if name in sys.modules:
        return sys.modules[name]
    import importlib

    stand_ins = {dep: _OnFirstUse(dep) for dep in deferred if dep not in sys.modules}
    sys.modules.update(stand_ins)
    try:
        return importlib.import_module(name)
    finally:
        for dep, module in stand_ins.items():
            if sys.modules.get(dep) is module:
                del sys.modules[dep]
