"""Measure the citation checker: precision and recall of findings over test papers.

Each paper under fixtures/papers/ (``X.txt``) has a sidecar ``X.json`` with a
hand-parsed reference list and the findings a careful editor expects; the
seeds' sidecars live in fixtures/papers/seeds/. A finding counts as found when
one with the same code is reported on the same line.

    .venv/bin/python tools/eval_citations.py [-v] [--time]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from refcheck.citations import check_citations, extract_citations  # noqa: E402

sys.path.insert(0, str(ROOT / "tests" / "support"))
from citation_papers import expected_findings, load_paper  # noqa: E402

SEEDS = ROOT / "fixtures" / "seeds"
PAPERS = ROOT / "fixtures" / "papers"


def papers() -> list[tuple[str, Path, Path]]:
    out = []
    for side in sorted((PAPERS / "seeds").glob("*.json")):
        txt = next(SEEDS.glob(f"{side.stem}_*.txt"))
        out.append((f"seed {side.stem}", txt, side))
    for txt in sorted(PAPERS.glob("*.txt")):
        out.append((txt.stem, txt, txt.with_suffix(".json")))
    return out


def evaluate(verbose: bool = False) -> tuple[int, int, int]:
    tp_all = fp_all = fn_all = 0
    for name, txt, side_path in papers():
        doc, regions, refs, style, has_list, side = load_paper(txt, side_path)
        t0 = time.perf_counter()
        cits = extract_citations(doc, regions, style)
        checked = check_citations(cits, refs, has_list)
        found, cits = checked.findings, checked.citations
        elapsed = time.perf_counter() - t0
        got = Counter((f.code, f.line) for f in found)
        want = Counter(expected_findings(side, doc, refs))
        tp = sum((got & want).values())
        fp = sum((got - want).values())
        fn = sum((want - got).values())
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        print(f"{name:28s} citations {len(cits):4d}  findings {len(found):3d}  tp {tp:3d}  fp {fp:2d}  fn {fn:2d}"
              f"  {elapsed * 1000:6.1f} ms")
        if verbose:
            for code, line in sorted((got - want).elements(), key=lambda p: p[1]):
                msg = next(f.message for f in found if (f.code, f.line) == (code, line))
                print(f"    FP {line}: {code}: {msg}")
            for code, line in sorted((want - got).elements(), key=lambda p: p[1]):
                print(f"    FN {line}: {code}")
    precision = tp_all / (tp_all + fp_all) if tp_all + fp_all else 1.0
    recall = tp_all / (tp_all + fn_all) if tp_all + fn_all else 1.0
    print(f"TOTAL tp {tp_all} fp {fp_all} fn {fn_all}  precision {precision:.3f}  recall {recall:.3f}")
    return tp_all, fp_all, fn_all


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list each false positive and negative")
    args = ap.parse_args()
    evaluate(args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
