#!/usr/bin/env python3
"""Measure refcheck on the papers make_style_papers.py wrote: per style and variant (txt, glued, docx),
entries parsed, citations found against the citations written, and findings by code (every paper is
correct, so each finding is a false one, but for the no-entry of a work the style printed no entry for:
'unpr' counts those works).

Usage: measure_styles.py DIR [REFCHECK] [--half dev|sealed] [--summary-only] [--json OUT]
(REFCHECK defaults to .venv/bin/refcheck; a command with spaces, e.g. "python -m refcheck", is split.)
--half keeps the papers of one half of a sweep (expected.json records it); --summary-only prints the
totals per variant and class, not the styles (the way to report a sealed half); --json writes the rows.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

VARIANTS = (("txt", ".txt"), ("glued", ".glued.txt"), ("docx", ".docx"))
COUNTS = ("papers", "entries", "parsed", "cites", "found", "unprinted")


def run(tool: list[str], paths: list[Path]) -> list[dict]:
    """refcheck's JSON report per file, in the order given (one process for all)."""
    out = subprocess.run([*tool, "check", "--format", "json", *map(str, paths)], capture_output=True, text=True)
    files = {f["path"]: f for f in json.loads(out.stdout)["files"]}
    return [files.get(str(p)) or next(f for k, f in files.items() if Path(k).resolve() == p.resolve())
            for p in paths]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("tool", nargs="?", default=".venv/bin/refcheck")
    ap.add_argument("--half", choices=["dev", "sealed"])
    ap.add_argument("--summary-only", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    root = Path(args.dir)
    tool = shlex.split(args.tool)
    expected = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    rows: dict[tuple[str, str], Counter] = defaultdict(Counter)
    styles_seen: dict[tuple[str, str], Counter] = defaultdict(Counter)
    classes: dict[str, str] = {}
    by_style: dict[str, list[tuple[str, dict, str, Path]]] = defaultdict(list)
    for key, exp in sorted(expected.items()):
        if args.half and exp.get("half") != args.half:
            continue
        style, name = key.split("/")
        classes[style] = exp.get("class", "note" if exp["notes"] else "numeric")
        for variant, suffix in VARIANTS:
            path = root / style / f"{name}{suffix}"
            if path.exists():
                by_style[style].append((variant, exp, name, path))
    for style, items in sorted(by_style.items()):
        for (variant, exp, _, _), f in zip(items, run(tool, [i[3] for i in items]), strict=True):
            row = rows[(style, variant)]
            row["papers"] += 1
            row["entries"] += exp["entries"]
            row["parsed"] += len(f["references"])
            row["cites"] += exp["cites"]
            row["found"] += len(f["citations"])
            row["unprinted"] += exp.get("unprinted", 0)  # works the style printed no entry for
            styles_seen[(style, variant)][f["style"]] += 1
            for finding in f["findings"]:
                row[finding["code"]] += 1
    codes = sorted({c for r in rows.values() for c in r} - set(COUNTS))
    head = f"{'pp':>3} {'ent':>4} {'prs':>4} {'cit':>4} {'fnd':>4} {'unpr':>4} " + \
        " ".join(f"{c[:10]:>10}" for c in codes)

    def cells(r: Counter) -> str:
        return " ".join(f"{r[c]:>{3 if c == 'papers' else 4}}" for c in COUNTS) + " " + \
            " ".join(f"{r[c]:>10}" for c in codes)

    if not args.summary_only:
        print(f"{'style':44} {'var':5} {head}  detected")
        for (style, variant), r in sorted(rows.items()):
            print(f"{style[:44]:44} {variant:5} {cells(r)}  " +
                  ",".join(f"{s}:{n}" for s, n in styles_seen[(style, variant)].items()))
    totals: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for (style, variant), r in rows.items():
        totals[(classes[style], variant)].update(r)
        totals[("all", variant)].update(r)
    print(f"{'class (styles)':22} {'var':5} {head}  false")
    for (cls, variant), r in sorted(totals.items()):
        n = len({s for (s, v) in rows if v == variant and (cls == "all" or classes[s] == cls)})
        false = sum(r[c] for c in codes)
        print(f"{f'{cls} ({n})':22} {variant:5} {cells(r)}  {false}")
    if args.json:
        data = {"styles": {f"{s}/{v}": dict(r) for (s, v), r in sorted(rows.items())},
                "totals": {f"{c}/{v}": {**r, "false": sum(r[k] for k in codes)}
                           for (c, v), r in sorted(totals.items())}}
        if args.summary_only:
            data.pop("styles")
        Path(args.json).write_text(json.dumps(data, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
