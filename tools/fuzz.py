"""`make fuzz`: the long fuzz campaign (issue 17). Generates N hostile files across
.txt/.md/.tex/.bib/.docx/.pdf (tests/support/fuzzgen.py) and runs each through the command line's
own code (`check`, or `bib --fix` for a .bib) in child processes with a memory limit.

Reported: tracebacks (an exception out of the CLI, or an "internal error" line), exit codes
outside 0/1/2, runs over 2 s per MB (files under 1 MB count as 1 MB), children killed (memory
limit, crash), and the peak memory of any child. A child that dies is replaced and the run
goes on; its file is counted as a crash.

    python tools/fuzz.py [--files 10000] [--jobs 2] [--seed 17] [--memory-mb 2048] [--keep DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))


def child(folder: str, names: list[str], memory_mb: int) -> None:
    """Run the files NAMES in FOLDER; one JSON line per file on stdout as each finishes."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 1024 * 1024, memory_mb * 1024 * 1024))
    from refcheck.cli import main

    out = sys.stdout
    for name in names:
        path = os.path.join(folder, name)
        argv = ["bib", "--fix", path] if name.endswith(".bib") else ["check", "--no-config", path]
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        err = io.StringIO()
        start = time.perf_counter()
        traceback = None
        try:
            with redirect_stdout(io.StringIO()), redirect_stderr(err):
                status = main(argv)
        except BaseException as exc:  # noqa: BLE001 - exactly what the campaign counts
            status, traceback = None, f"{type(exc).__name__}: {str(exc)[:200]}"
        took = time.perf_counter() - start
        if traceback is None and "internal error" in err.getvalue():
            traceback = err.getvalue().strip().splitlines()[-1][:300]
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        out.write(json.dumps({"name": name, "status": status, "took": took, "traceback": traceback,
                              "peak_kb": peak, "grew_kb": peak - before}) + "\n")
        out.flush()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--memory-mb", type=int, default=2048)
    ap.add_argument("--keep", help="keep the generated files in this directory")
    ap.add_argument("--child", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        child(args.child[0], args.child[1:], args.memory_mb)
        return
    from fuzzgen import KINDS, make, seeds

    texts = seeds()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="refcheck-fuzz-"))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    names, sizes = [], {}
    start = time.monotonic()
    for i in range(args.files):
        kind = KINDS[i % len(KINDS)]
        name = f"f{i:05d}{kind}"
        data = make(kind, random.Random(rng.randrange(2**32)), texts)
        (folder / name).write_bytes(data)
        names.append(name)
        sizes[name] = len(data)
    print(f"generated {len(names)} files ({sum(sizes.values()) / 1e6:.1f} MB) in {time.monotonic() - start:.0f} s",
          flush=True)
    results = run_all(folder, names, args.jobs, args.memory_mb)
    report(results, sizes, time.monotonic() - start)
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def run_all(folder: Path, names: list[str], jobs: int, memory_mb: int) -> dict[str, dict]:
    """Children over slices of NAMES; a child that dies is restarted after the file it died on."""
    results: dict[str, dict] = {}
    queues = [names[i::jobs] for i in range(jobs)]
    procs: list[tuple[subprocess.Popen, list[str]]] = []

    def spawn(todo: list[str]) -> None:
        if todo:
            cmd = [sys.executable, __file__, "--memory-mb", str(memory_mb), "--child", str(folder), *todo]
            procs.append((subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True), todo))

    for q in queues:
        spawn(q)
    while procs:
        proc, todo = procs.pop(0)
        done = 0
        for line in proc.stdout:  # type: ignore[union-attr]
            row = json.loads(line)
            results[row["name"]] = row
            done += 1
        code = proc.wait()
        if done < len(todo):
            dead = todo[done]
            results[dead] = {"name": dead, "status": None, "took": 0.0, "traceback": f"child died (exit {code})",
                             "peak_kb": 0, "grew_kb": 0, "killed": True}
            spawn(todo[done + 1:])
    return results


def report(results: dict[str, dict], sizes: dict[str, int], wall: float) -> None:
    rows = list(results.values())
    tracebacks = [r for r in rows if r["traceback"]]
    odd = [r for r in rows if r["status"] not in (0, 1, 2)]
    slow = [r for r in rows if r["took"] > 2.0 * max(1.0, sizes[r["name"]] / 1e6)]
    killed = [r for r in rows if r.get("killed")]
    statuses = Counter(r["status"] for r in rows)
    peak = max(rows, key=lambda r: r["peak_kb"])
    grew = max(rows, key=lambda r: r["grew_kb"])
    longest = max(rows, key=lambda r: r["took"])
    print(f"files {len(rows)}  wall {wall:.0f} s  exit statuses {dict(sorted(statuses.items(), key=str))}")
    print(f"tracebacks {len(tracebacks)}  exit codes outside 0/1/2 {len(odd)}  runs over 2 s/MB {len(slow)}  "
          f"children killed {len(killed)}")
    print(f"peak memory of a child {peak['peak_kb'] / 1024:.0f} MB; largest growth on one file "
          f"{grew['grew_kb'] / 1024:.0f} MB ({grew['name']}); longest run {longest['took']:.2f} s ({longest['name']})")
    for r in (tracebacks + slow)[:20]:
        print(f"  {r['name']}: {r['traceback'] or ''} {r['took']:.2f} s")


if __name__ == "__main__":
    main()
