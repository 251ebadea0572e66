"""`make bench`: cold start, the scale series, batch speed-up, parse throughput.

Every figure is a whole-process wall time (what a user or a pre-commit hook
pays), measured on this machine in this run, side by side with its baseline.
The load average is printed with each section: on a 2-core machine another
busy process halves the batch speed-up and slows everything else, so a figure
measured under load is marked as such rather than trusted.

The package's bytecode is compiled first (as `pip install` does): with
PYTHONDONTWRITEBYTECODE set, an edited module would otherwise be compiled
anew in every process and the cold start would measure the compiler. For the
same reason one check runs first with bytecode writing allowed, as a user's
first run does: it leaves the compiled regular expressions in the regex cache
(refcheck/_regex_cache.py) that every later run reads.
"""

from __future__ import annotations

import argparse
import compileall
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import make_paper  # noqa: E402

PY = sys.executable
REFCHECK = [PY, "-m", "refcheck"]
SEED_003 = ROOT / "fixtures/seeds/003_a1e76db77d51934e.txt"
_MEASURE = (
    "import resource, sys, time\n"
    "t = time.perf_counter()\n"
    "from refcheck.cli import main\n"
    "import io, contextlib\n"
    "with contextlib.redirect_stdout(io.StringIO()):\n"
    "    rc = main(sys.argv[1:])\n"
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
)


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _wall(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def cold_start(rounds: int) -> dict:
    base, ours = [], []
    for _ in range(rounds):  # interleaved so both see the same machine state
        base.append(_wall([PY, "-c", "pass"]))
        ours.append(_wall([*REFCHECK, "check", str(SEED_003)]))
    b, o = statistics.median(base), statistics.median(ours)
    return {"python_c_pass_s": round(b, 4), "refcheck_check_003_s": round(o, 4), "ratio": round(o / b, 2),
            "min_ratio": round(min(ours) / min(base), 2), "target_ratio": 5.0, "load": _load()}


def _measure(args: list[str]) -> tuple[float, float]:
    t = time.perf_counter()
    proc = subprocess.run([PY, "-c", _MEASURE, *args], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t
    try:
        _, rss_kb = proc.stderr.strip().splitlines()[-1].split()
    except ValueError:
        raise SystemExit(f"benchmark run failed: {proc.stderr[-2000:]}") from None
    return wall, int(rss_kb) / 1024


def scale(sizes: list[int], tmp: Path) -> list[dict]:
    """One paper per size (5 citations per entry); wall time and peak RSS of the whole check.
    x_per_doubling is the growth of wall time normalised to a doubling of the size: 2.0 is linear."""
    rows = []
    prev = None
    for n in sizes:
        paper = tmp / f"scale_{n}.md"
        paper.write_text(make_paper(n), encoding="utf-8")
        wall, rss = _measure(["check", "--format", "json", str(paper)])
        row = {"entries": n, "citations": n * 5, "wall_s": round(wall, 3), "peak_mb": round(rss, 1), "load": _load()}
        if prev:
            row["x_per_doubling"] = round((wall / prev[1]) ** (1 / max(1e-9, math.log2(n / prev[0]))), 2)
        rows.append(row)
        prev = (n, wall)
        paper.unlink()
    return rows


def batch(n_papers: int, tmp: Path, rounds: int) -> dict:
    """N small papers (30 entries, 150 citations each) checked with --jobs 1 and --jobs 2,
    interleaved, best of ROUNDS each."""
    folder = tmp / "batch"
    folder.mkdir(exist_ok=True)
    for i in range(n_papers):
        (folder / f"paper_{i:03d}.md").write_text(make_paper(30, seed=i), encoding="utf-8")
    times: dict[int, list[float]] = {1: [], 2: []}
    loads = [_load()]  # the first is other work; later ones include this benchmark's own two workers
    for _ in range(rounds):
        for jobs in (1, 2):
            times[jobs].append(_wall([*REFCHECK, "check", "--jobs", str(jobs), "--format", "json", str(folder)]))
        loads.append(_load())
    j1, j2 = min(times[1]), min(times[2])
    pairs = sorted(a / b for a, b in zip(times[1], times[2], strict=True))
    return {"papers": n_papers, "jobs1_s": round(j1, 2), "jobs2_s": round(j2, 2), "speedup": round(j1 / j2, 2),
            "pair_speedups": [round(x, 2) for x in pairs], "rounds": rounds, "load_before": loads[0],
            "load": max(loads)}


def parse_throughput(shared: Path, tmp: Path) -> dict | None:
    gold = shared / "data/anystyle/gold.jsonl"
    if not gold.exists():
        return None
    texts = [json.loads(line)["text"] for line in gold.open(encoding="utf-8")]
    lines = tmp / "gold.txt"
    lines.write_text("\n".join(t.replace("\n", " ") for t in texts) + "\n", encoding="utf-8")
    wall = min(_wall([*REFCHECK, "parse", "--lines", "--format", "json", str(lines)]) for _ in range(3))
    return {"references": len(texts), "wall_s": round(wall, 2), "refs_per_s": round(len(texts) / wall),
            "load": _load()}


def _prime_regex_cache() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "refcheck", "check", str(ROOT / "fixtures" / "seeds" /
                    "003_a1e76db77d51934e.txt")], env=env, cwd=ROOT, capture_output=True, check=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=21)
    ap.add_argument("--max-entries", type=int, default=10000)
    ap.add_argument("--papers", type=int, default=200)
    ap.add_argument("--batch-rounds", type=int, default=3)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    sizes = [n for n in (100, 200, 400, 800, 1600, 3200, 6400, 10000) if n <= args.max_entries]
    os.environ.setdefault("NO_COLOR", "1")
    compileall.compile_dir(str(ROOT / "refcheck"), quiet=1)
    _prime_regex_cache()
    print(f"{os.cpu_count()} cores, load average {_load()} at start")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        results: dict = {"cores": os.cpu_count(), "cold_start": cold_start(args.rounds)}
        cs = results["cold_start"]
        print(f"cold start: python -c pass {cs['python_c_pass_s'] * 1000:.0f} ms, refcheck check 003 "
              f"{cs['refcheck_check_003_s'] * 1000:.0f} ms (medians of {args.rounds}, interleaved) -> "
              f"{cs['ratio']}x (fastest runs: {cs['min_ratio']}x; target <= 5x), load {cs['load']}")
        results["scale"] = scale(sizes, tmp)
        print(f"{'entries':>8} {'citations':>9} {'wall s':>8} {'peak MB':>8} {'x/doubling':>10} {'load':>5}")
        for row in results["scale"]:
            print(f"{row['entries']:>8} {row['citations']:>9} {row['wall_s']:>8} {row['peak_mb']:>8} "
                  f"{row.get('x_per_doubling', ''):>10} {row['load']:>5}")
        results["batch"] = b = batch(args.papers, tmp, args.batch_rounds)
        print(f"batch: {b['papers']} papers, --jobs 1 {b['jobs1_s']} s, --jobs 2 {b['jobs2_s']} s "
              f"-> {b['speedup']}x (best of {b['rounds']}; interleaved pairs {b['pair_speedups']}; "
              f"load {b['load_before']} before)")
        results["parse"] = p = parse_throughput(args.shared, tmp)
        if p:
            print(f"parse: {p['references']} references in {p['wall_s']} s -> {p['refs_per_s']} refs/s "
                  f"(`refcheck parse --lines --format json`, whole process; load {p['load']})")
    (ROOT / "benchmarks" / "results_cli.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
