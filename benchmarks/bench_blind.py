"""The blind sets, dev and sealed halves: `make bench-blind`.

Each ``fixtures/papers_blind<N>`` was written by a helper who never read refcheck's code nor ran it, and split by
``benchmarks/splits/blind<N>.json`` before its first run (``benchmarks/accuracy_first_run_blind<N>.json``). Each half
is scored with ``../shared/tools/score.py`` (its own summary lines, no second scorer) on a copy of its papers and
their gold. Fixes are made against ``dev`` only; the ``sealed`` lines are for reporting, never for reading papers.

    .venv/bin/python benchmarks/bench_blind.py [--shared ../shared] [--half dev|sealed] [--sets 8,9]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def blind_sets() -> list[int]:
    return sorted(int(m.group(1)) for p in (ROOT / "benchmarks" / "splits").glob("blind*.json")
                  if (m := re.fullmatch(r"blind(\d+)\.json", p.name)))


def score_half(n: int, half: str, shared: Path, tool: str) -> list[str]:
    """score.py's last three lines for one half of blind set N."""
    folder = ROOT / "fixtures" / f"papers_blind{n}"
    names = json.loads((ROOT / "benchmarks" / "splits" / f"blind{n}.json").read_text(encoding="utf-8"))[half]
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        papers = Path(tmp) / "papers"
        papers.mkdir()
        for name in names:
            shutil.copy(folder / name, papers / name)
        (Path(tmp) / "gold.json").write_text(json.dumps({k: gold[k] for k in names}), encoding="utf-8")
        done = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), tool, str(papers),
                               str(Path(tmp) / "gold.json")], capture_output=True, text=True, cwd=shared)
    return done.stdout.strip().splitlines()[-3:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--half", choices=("dev", "sealed"), action="append")
    ap.add_argument("--sets", help="comma-separated set numbers (default: every split blind set)")
    ap.add_argument("--tool", default=str(ROOT / ".venv" / "bin" / "refcheck"))
    args = ap.parse_args(argv)
    sets = [int(x) for x in args.sets.split(",")] if args.sets else blind_sets()
    for n in sets:
        for half in args.half or ["dev", "sealed"]:
            lines = score_half(n, half, args.shared.resolve(), args.tool)
            print(f"blind {n} {half}: " + " | ".join(ln for ln in lines if not ln.startswith("by code")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
