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

Yardstick: records written by tools/corpus/labelled.py carry ``printed`` (the printed authors one by
one and the printed issue, from the render marks). By default the author list and the issue are
scored against those (``--yardstick printed``): the segments label an author list as one span and an
issue as volume, and splitting them again from the text misreads "Zhou Y, W. T." (one person),
"E Eyal, S Gerzon" (two) and ACM's "9, 9" (volume and issue). ``--yardstick text`` scores as
bench_parse scores AnyStyle's gold (the figures before the yardstick change). A one-piece CSL name
(``literal``) is right read as an organisation or as a family alone: the item does not say which.
A field with no gold value and no parsed value in a whole style is shown as "-".
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

from bench_parse import FIELDS, _num, gold_fields, predicted_fields, score  # noqa: E402
from corpus_training import fix, unused_sample  # noqa: E402
from fair_names import family_words, initials  # noqa: E402

from refcheck.parser import parse_entries  # noqa: E402
from refcheck.parser.training import read_jsonl  # noqa: E402


def half(work: str) -> str:
    """The half of the held-out works a work belongs to: "dev" (fixes are judged on it) or "sealed"."""
    return "dev" if hashlib.sha256(work.encode("utf-8")).digest()[0] % 2 == 0 else "sealed"


def _given_keys(given: str) -> set[str]:
    """The initials a CSL given name may be printed with: each word's (fair_names.initials: "Wu T" -> "wt",
    "BJ" -> "bj") or citeproc's one initial per word ("BJ" -> "B.")."""
    words = [w for w in re.split(r"[\s.]+", given or "") if w]
    return {initials(given), "".join(w[0].lower() for w in words if w.lower() not in ("jr", "sr"))}


def matches_printed(names: list[list[str]], got: tuple | None) -> bool:
    """Whether the parsed author list GOT reads the printed names NAMES (labelled.printed_fields) person by
    person: family words equal, initials as _given_keys allows; a one-piece CSL name (``literal``) read as
    an organisation or as a family alone (the item does not say which)."""
    if not names or not got or len(got) != len(names):
        return False
    for name, mine in zip(names, got, strict=True):
        if len(name) == 1:
            if mine not in (("org", family_words(name[0])), (family_words(name[0]), "")):
                return False
        elif mine[0] != family_words(name[0]) or mine[1] not in _given_keys(name[1]):
            return False
    return True


def _why(names: list[list[str]]) -> str:
    """Why splitting the printed list again went wrong, for the counts."""
    if any(len(n) == 2 and re.search(r"\s[A-Z]{1,3}$", n[0]) for n in names):
        return "source family ending in initials ('Zhou Y, W. T.')"
    if any(len(n) == 1 for n in names):
        return "one-piece name ('van Hoek', organisations)"
    return "clean names split wrongly from the text ('E Eyal, S Gerzon')"


def printed_gold(rec: dict, g: dict, p: dict, changed: Counter | None = None) -> dict:
    """G (bench_parse's gold fields of REC) with the issue as printed, and the parsed author list taken as
    right when it reads the printed names person by person (matches_printed) though the list split from
    the text says otherwise. CHANGED counts both corrections."""
    printed = rec.get("printed")
    if not printed:
        return g
    changed = Counter() if changed is None else changed
    issue = _num(printed["issue"]) if printed["issue"] else None
    if issue != g["issue"]:
        changed["issue: gold " + ("added" if g["issue"] is None else "removed" if issue is None else "changed")] += 1
    g = dict(g, issue=issue)
    if g["author"] != p["author"] and matches_printed(printed["authors"], p["author"]):
        changed["author: parsed list reads the printed names, " + _why(printed["authors"])] += 1
        g["author"] = p["author"]
    return g


def score_printed(records: list[dict], parsed: list, changed: Counter | None = None
                  ) -> tuple[dict[str, dict[str, float]], list]:
    """bench_parse.score with printed_gold's author list and issue (the other fields as there)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors = []
    for rec, (_, fields) in zip(records, parsed, strict=True):
        p = predicted_fields(fields)
        g = printed_gold(rec, gold_fields(rec), p, changed)
        for f in FIELDS:
            if g[f] == p[f]:
                tp[f] += g[f] is not None
                continue
            fp[f] += p[f] is not None
            fn[f] += g[f] is not None
            errors.append((f, rec["id"], g[f], p[f], rec["text"]))
    table: dict[str, dict[str, float]] = {}
    for f in (*FIELDS, "micro"):
        keys = FIELDS if f == "micro" else (f,)
        t, p_, n_ = (sum(c[x] for x in keys) for c in (tp, fp, fn))
        prec = t / (t + p_) if t + p_ else 0.0
        rec_ = t / (t + n_) if t + n_ else 0.0
        f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
        table[f] = {"precision": prec, "recall": rec_, "f1": f1, "support": t + n_, "parsed": t + p_}
    return table, errors


def _cell(entry: dict) -> str:
    return f"{'-':>7}" if entry.get("support") == 0 and entry.get("parsed") == 0 else f"{entry['f1']:>7.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT / "build" / "corpus" / "labelled")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--dump", type=Path, help="write wrong values here (JSONL), as bench_parse --dump")
    ap.add_argument("--half", choices=("dev", "sealed"), help="score only this half of the held-out works")
    ap.add_argument("--unused", type=int, metavar="N",
                    help="score instead N works per style of the *train* split that training never takes")
    ap.add_argument("--yardstick", choices=("printed", "text"), default="printed",
                    help="author list and issue as printed (the render marks) or split from the text")
    args = ap.parse_args(argv)
    files = sorted(args.corpus.glob("*.test.jsonl"))
    if not files:
        raise SystemExit(f"no *.test.jsonl under {args.corpus}")
    unused = unused_sample(args.corpus, args.unused) if args.unused else []
    results = {}
    shown = [f for f in FIELDS if f not in ("doi", "url", "publisher")]
    print(f"{'style':<42}{'n':>5}{'micro':>7}" + "".join(f"{f[:6]:>7}" for f in shown))
    changed: Counter = Counter()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    for f in files:
        style = f.name.removesuffix(".test.jsonl")
        # the generated labels' known slips corrected as in the training sample (derive_corpus.fix)
        records = [{**r, "id": r.get("id", str(k)), "segments": fix(r["segments"], Counter())}
                   for k, r in enumerate(read_jsonl(f))] if not unused else [
            r for r in unused if r["style"] == style]
        if args.half:
            records = [r for r in records if half(r.get("work", r["id"])) == args.half]
        parsed = parse_entries([r["text"] for r in records])
        table, errors = (score_printed(records, parsed, changed) if args.yardstick == "printed"
                         else score(records, parsed))
        results[style] = {k: round(v["f1"], 4) for k, v in table.items()}
        print(f"{style:<42}{len(records):>5}{table['micro']['f1']:>7.3f}" + "".join(_cell(table[x]) for x in shown))
        if dump:
            for field, rid, g, p, text in errors:
                dump.write(json.dumps({"set": style, "field": field, "id": rid, "gold": g, "got": p, "text": text},
                                      ensure_ascii=False) + "\n")
    if dump:
        dump.close()
    worst = min(results.items(), key=lambda kv: kv[1]["micro"])
    print(f"lowest micro-F1: {worst[0]} {worst[1]['micro']:.3f}")
    for what, n in sorted(changed.items()):
        print(f"yardstick: {what}: {n}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(argv=None))
