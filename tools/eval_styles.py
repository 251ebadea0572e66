"""Per-style field accuracy on the corpus issue's held-out works (the *test* split of 16 CSL styles).

    python tools/eval_styles.py [--corpus build/corpus/labelled] [--json out.json]

Scored exactly as benchmarks/bench_parse.py scores AnyStyle's gold (fair author comparison,
compact groups read as printed), after the generated labels' known slips are corrected as
tools/corpus_training.py corrects the training sample. The works of the test split are never trained
on: tools/corpus_training.py takes ``make train``'s sample from the train split only.
Target: micro-F1 >= 0.97 per style.

``--half dev`` / ``--half sealed`` scores one half of the held-out works (split by sha256 of the work
id, the same works in every style): fixes are judged on *dev*, *sealed* is reported, never inspected.
``--unused N`` scores N works per style of the *train* split that the training sample never takes:
a larger set to count error categories on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

from bench_parse import FIELDS, score  # noqa: E402
from corpus_training import fix, unused_sample  # noqa: E402

from refcheck.parser import parse_entries  # noqa: E402
from refcheck.parser.training import read_jsonl  # noqa: E402


def half(work: str) -> str:
    """The half of the held-out works a work belongs to: "dev" (fixes are judged on it) or "sealed"."""
    return "dev" if hashlib.sha256(work.encode("utf-8")).digest()[0] % 2 == 0 else "sealed"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT / "build" / "corpus" / "labelled")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--dump", type=Path, help="write wrong values here (JSONL), as bench_parse --dump")
    ap.add_argument("--half", choices=("dev", "sealed"), help="score only this half of the held-out works")
    ap.add_argument("--unused", type=int, metavar="N",
                    help="score instead N works per style of the *train* split that training never takes")
    args = ap.parse_args(argv)
    files = sorted(args.corpus.glob("*.test.jsonl"))
    if not files:
        raise SystemExit(f"no *.test.jsonl under {args.corpus}")
    unused = unused_sample(args.corpus, args.unused) if args.unused else []
    results = {}
    shown = [f for f in FIELDS if f not in ("doi", "url", "publisher")]
    print(f"{'style':<42}{'n':>5}{'micro':>7}" + "".join(f"{f[:6]:>7}" for f in shown))
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    for f in files:
        style = f.name.removesuffix(".test.jsonl")
        # the generated labels' known slips corrected as in the training sample (derive_corpus.fix)
        records = [{**r, "id": r.get("id", str(k)), "segments": fix(r["segments"], Counter())}
                   for k, r in enumerate(read_jsonl(f))] if not unused else [
            r for r in unused if r["style"] == style]
        if args.half:
            records = [r for r in records if half(r.get("work", r["id"])) == args.half]
        table, errors = score(records, parse_entries([r["text"] for r in records]))
        results[style] = {k: round(v["f1"], 4) for k, v in table.items()}
        print(f"{style:<42}{len(records):>5}{table['micro']['f1']:>7.3f}"
              + "".join(f"{table[x]['f1']:>7.3f}" for x in shown))
        if dump:
            for field, rid, g, p, text in errors:
                dump.write(json.dumps({"set": style, "field": field, "id": rid, "gold": g, "got": p, "text": text},
                                      ensure_ascii=False) + "\n")
    if dump:
        dump.close()
    worst = min(results.items(), key=lambda kv: kv[1]["micro"])
    print(f"lowest micro-F1: {worst[0]} {worst[1]['micro']:.3f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(argv=None))
