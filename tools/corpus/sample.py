"""The committed regression sample of the generated corpus, and today's counts on it.

    .venv/bin/python -m tools.corpus.sample [--write-papers]

fixtures/corpus_sample/<style>/{clean,mutated}/p00{0,1}.txt with gold.json are
two papers per style drawn with their own seed (1013: not in the benchmark's
dev or sealed halves). baseline.json beside them records, per paper, how many
of its planted problems refcheck finds and how many problem findings it makes
that the gold does not have -- counted by line, so the test needs neither
pandoc nor ../shared. tests/test_corpus_sample.py fails when a paper gets
worse: fewer problems found or more false findings than recorded here. Run
this again (without --write-papers) after an improvement to raise the bar.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "fixtures" / "corpus_sample"
SEED = 1013
PROBLEMS = {"no-entry", "name-mismatch", "year-mismatch", "ambiguous", "malformed-citation", "uncited",
            "duplicate-entry"}


def line_of(text: str, has: str, occurrence: int = 1) -> int:
    """1-based line of the occurrence-th occurrence of `has` (overlaps counted, as score.py does)."""
    i = -1
    for _ in range(occurrence):
        i = text.find(has, i + 1)
        if i < 0:
            return 0
    return text.count("\n", 0, i) + 1


def gold_problems(gold: dict, text: str) -> list[tuple[str, tuple[int, ...]]]:
    """Every problem the gold plants: (code, the lines a finding for it may sit on)."""
    out = []
    for c in gold["citations"]:
        if c["expect"] in PROBLEMS:
            out.append((c["expect"], (line_of(text, c["has"], c.get("occurrence", 1)),)))
    for has in gold.get("uncited", []):
        out.append(("uncited", (line_of(text, has),)))
    for pair in gold.get("duplicates", []):
        out.append(("duplicate-entry", tuple(line_of(text, has) for has in pair)))
    return out


def allowed(gold: dict, text: str) -> set[tuple[str, int]]:
    """Findings the gold neither requires nor counts false: an 'uncited' on an entry of `uncited_allowed`."""
    return {("uncited", line_of(text, has)) for has in gold.get("uncited_allowed", [])}


def count(findings: list[tuple[str, int]], problems: list[tuple[str, tuple[int, ...]]],
          neutral: set[tuple[str, int]] = frozenset()) -> dict[str, int]:
    """Problems found (a finding of that code on its line) and false findings (problem codes matching nothing)."""
    left = [f for f in findings if f[0] in PROBLEMS and f not in neutral]
    found = 0
    for code, lines in problems:
        hit = next((f for f in left if f[0] == code and f[1] in lines), None)
        if hit is not None:
            left.remove(hit)
            found += 1
    planted_lines = {(code, line) for code, lines in problems for line in lines}
    # a second finding on a planted line is no false alarm
    false = [f for f in left if (f[0], f[1]) not in planted_lines]
    return {"found": found, "false": len(false), "problems": len(problems)}


def check(path: Path) -> list[tuple[str, int]]:
    """refcheck's findings on one paper, offline and without configuration, as (code, line)."""
    import importlib

    try:  # the per-file service lives in refcheck.app since the app/runner split (issue 14)
        service = importlib.import_module("refcheck.app")
    except ModuleNotFoundError:
        service = importlib.import_module("refcheck.cli")
    report = service.check_path(str(path), service.CheckOptions(offline=True, use_config=False))
    return [(f.code, f.line) for f in report.findings]


def papers() -> list[tuple[Path, dict]]:
    out = []
    for gold_path in sorted(SAMPLE.glob("*/*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out += [(gold_path.parent / name, g) for name, g in sorted(gold.items()) if not name.startswith("_")]
    return out


def write_papers(shared: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from tools.corpus.build_papers import build_paper
    from tools.corpus.metadata import all_works
    from tools.corpus.render import STYLES

    pool = [w["csl"] for w in all_works(shared / "data")]
    for style in STYLES:
        golds = [build_paper(pool, style, n, SEED, SAMPLE / "_build", False) for n in range(2)]
        for variant in ("clean", "mutated"):
            folder = SAMPLE / style / variant
            folder.mkdir(parents=True, exist_ok=True)
            gold = {}
            for g in golds:
                for name, value in g[variant].items():
                    if name.endswith(".txt"):
                        src = SAMPLE / "_build" / "papers" / style / variant / name
                        (folder / name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
                        value = {k: v for k, v in value.items() if k != "split"}
                        gold[name] = value
            (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    import shutil

    shutil.rmtree(SAMPLE / "_build")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write-papers", action="store_true", help="regenerate the sample papers (needs pandoc)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    if args.write_papers:
        write_papers(args.shared)
    baseline = {}
    for path, gold in papers():
        text = path.read_text(encoding="utf-8")
        baseline[str(path.relative_to(SAMPLE))] = count(check(path), gold_problems(gold, text), allowed(gold, text))
    (SAMPLE / "baseline.json").write_text(json.dumps(baseline, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    found = sum(v["found"] for v in baseline.values())
    print(f"{len(baseline)} papers: {found}/{sum(v['problems'] for v in baseline.values())} planted problems found, "
          f"{sum(v['false'] for v in baseline.values())} false findings")


if __name__ == "__main__":
    main()
