#!/usr/bin/env python3
"""Measure refcheck on the papers make_style_papers.py wrote: per style and variant (txt, glued, docx),
entries parsed, citations found against the citations written, and findings by code (every paper is
correct, so each finding is a false one).

Usage: measure_styles.py DIR [REFCHECK]   (REFCHECK defaults to .venv/bin/refcheck)
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    tool = argv[1] if len(argv) > 1 else ".venv/bin/refcheck"
    expected = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    rows: dict[tuple[str, str], Counter] = defaultdict(Counter)
    styles_seen: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for key, exp in sorted(expected.items()):
        style, name = key.split("/")
        for variant, suffix in (("txt", ".txt"), ("glued", ".glued.txt"), ("docx", ".docx")):
            path = root / style / f"{name}{suffix}"
            if not path.exists():
                continue
            out = subprocess.run([tool, "check", str(path), "--format", "json"], capture_output=True, text=True)
            f = json.loads(out.stdout)["files"][0]
            row = rows[(style, variant)]
            row["papers"] += 1
            row["entries"] += exp["entries"]
            row["parsed"] += len(f["references"])
            row["cites"] += exp["cites"]
            row["found"] += len(f["citations"])
            styles_seen[(style, variant)][f["style"]] += 1
            for finding in f["findings"]:
                row[finding["code"]] += 1
    codes = sorted({c for r in rows.values() for c in r} - {"papers", "entries", "parsed", "cites", "found"})
    print(f"{'style':44} {'var':5} {'pp':>2} {'ent':>4} {'prs':>4} {'cit':>4} {'fnd':>4} " +
          " ".join(f"{c[:10]:>10}" for c in codes) + "  detected")
    for (style, variant), r in sorted(rows.items()):
        print(f"{style:44} {variant:5} {r['papers']:>2} {r['entries']:>4} {r['parsed']:>4} {r['cites']:>4} "
              f"{r['found']:>4} " + " ".join(f"{r[c]:>10}" for c in codes) + "  " +
              ",".join(f"{s}:{n}" for s, n in styles_seen[(style, variant)].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
