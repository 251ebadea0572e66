"""What each start-up trick in refcheck/_perf.py saves, re-measured (the numbers in its docstring).

    .venv/bin/python benchmarks/bench_perf_tricks.py [--articles ../shared/data/articles]

Import costs are ``python -X importtime`` cumulative microseconds, min over fresh processes; the
lazy patterns are counted by watching ``_perf.lazy`` while every module is imported; the collector
is timed on the reference entries of real articles (the seeds when the articles are absent).
"""

from __future__ import annotations

import argparse
import gc
import glob
import importlib
import pkgutil
import re
import subprocess
import sys
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import refcheck  # noqa: E402
import refcheck._perf as perf  # noqa: E402

IMPORTS = (("typing",), ("dataclasses",), ("importlib.resources",), ("shutil",), ("tempfile", "fractions"),
           ("json",), ("rapidfuzz",), ("pycrfsuite",), ("bibtexparser",), ("requests",))


def import_ms(modules: tuple[str, ...], runs: int) -> float:
    """Cumulative import time of MODULES in a fresh interpreter, min over RUNS."""
    best = float("inf")
    for _ in range(runs):
        err = subprocess.run([sys.executable, "-X", "importtime", "-c", "import " + ", ".join(modules)],
                             capture_output=True, text=True, check=True).stderr
        total = sum(int(cols[1]) for cols in (line.split("|") for line in err.splitlines())
                    if len(cols) == 3 and cols[2].startswith(" ") and not cols[2].startswith("  ")
                    and cols[2].strip() in modules)
        best = min(best, total / 1000)
    return best


def lazy_patterns() -> tuple[int, float, int]:
    """(patterns declared through lazy(), ms to compile them all, how many checking seed 000 compiles)."""
    declared: list[tuple[str, int]] = []
    real = perf.lazy

    def watching(pattern: str, flags: int = 0) -> re.Pattern[str]:
        declared.append((pattern, flags))
        return real(pattern, flags)

    perf.lazy = watching
    for module in pkgutil.walk_packages(refcheck.__path__, "refcheck."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    perf.lazy = real

    def compile_all() -> None:
        re.purge()
        for pattern, flags in declared:
            re.compile(pattern, flags)

    ms = min(timeit.repeat(compile_all, number=1, repeat=15)) * 1000
    from refcheck.pipeline import check_document
    from refcheck.readers import read_document

    check_document(read_document(str(ROOT / "fixtures" / "seeds" / "000_2dd45404e1011c92.txt")))
    lazies = [o for o in gc.get_objects() if isinstance(o, perf.LazyPattern)]
    return len(declared), ms, sum(1 for o in lazies if "match" in o.__dict__)


def collector(articles: Path) -> tuple[int, float, float]:
    """(entries, ms with the default threshold, ms under fewer_collections) for parsing a corpus's lists."""
    from refcheck.parser.pipeline import parse_many
    from refcheck.readers import read_document
    from refcheck.section.find import find_reference_section
    from refcheck.section.split import split_entries

    files = sorted(glob.glob(str(articles / "**" / "*.txt"), recursive=True))[:40] or sorted(
        glob.glob(str(ROOT / "fixtures" / "seeds" / "*.txt")))
    texts = []
    for path in files:
        doc = read_document(path)
        section = find_reference_section(doc)
        if section:
            texts += [e.text for e in split_entries(doc, section)]
    young = perf.YOUNG
    perf.YOUNG = 0  # fewer_collections leaves the threshold alone: the default collector
    plain = min(timeit.repeat(lambda: parse_many(texts), number=1, repeat=5)) * 1000
    perf.YOUNG = young
    fewer = min(timeit.repeat(lambda: parse_many(texts), number=1, repeat=5)) * 1000
    return len(texts), plain, fewer


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "data" / "articles")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    for modules in IMPORTS:
        print(f"import {', '.join(modules):24s} {import_ms(modules, args.runs):6.1f} ms")
    n, ms, used = lazy_patterns()
    print(f"lazy(): {n} patterns, {ms:.1f} ms to compile them all; checking seed 000 compiles {used}")
    entries, plain, fewer = collector(args.articles)
    print(f"fewer_collections(): parsing {entries} entries, {plain:.0f} -> {fewer:.0f} ms "
          f"({(plain - fewer) / plain * 100:.0f}% saved)")


if __name__ == "__main__":
    main()
