"""Score refcheck end to end on the held-out papers in fixtures/papers_heldout/.

Unlike tools/eval_citations.py (which feeds hand-parsed reference lists to the
citation checker), this runs the whole pipeline a user runs -- reading, finding
the list, splitting and parsing entries, extracting and matching citations --
through refcheck.app.check_path, offline and without configuration.

Each paper ``X.txt`` has a sidecar ``X.json``::

    {"style": "apa",
     "expected": [{"code": "name-mismatch", "find": "Carskadn, 2011"},
                  {"code": "duplicate-entry", "find": "Edwards, F. (2012)", "nth": 2},
                  {"code": "name-mismatch", "alt": ["name-variant"], "find": "..."},
                  {"code": "no-reference-list", "find": "...", "anyline": true}],
     "citations": ["Owens et al., 2014", "[7]–[10]", ...]}

An expectation is placed on the line where its "find" text (nth occurrence,
from 1) starts; "line" may be given instead. A reported finding counts when one
with the same code (or an "alt" code) is on that line ("anyline": any line).
Info-level findings (name-variant) are not scored unless an expectation names
them as "alt". "citations" lists every in-text citation as printed (one per
cited source, the find text's first line is its line); the detection rate is
the share of them for which refcheck reports a citation on that line sharing a
word or number with the text.

    .venv/bin/python tools/eval_heldout.py [-v] [DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from refcheck.app import CheckOptions, check_path  # noqa: E402

HELDOUT = ROOT / "fixtures" / "papers_heldout"
SCORED = {"no-entry", "name-mismatch", "year-mismatch", "ambiguous", "malformed-citation", "uncited",
          "no-reference-list", "duplicate-entry", "unparsed-entry"}


def line_of(text: str, find: str, nth: int = 1) -> int:
    at = -1
    for _ in range(nth):
        at = text.find(find, at + 1)
        if at == -1:
            raise ValueError(f"expected text {find!r} (occurrence {nth}) not found")
    return text.count("\n", 0, at) + 1


def tokens(s: str) -> set[str]:
    stop = {"et", "al", "and", "in", "qtd", "as", "cited", "see", "pp", "p"}
    return {t.lower() for t in re.findall(r"[^\W\d_]{2,}|\d+", s)} - stop


def score_paper(txt: Path, verbose: bool) -> dict:
    text = txt.read_text(encoding="utf-8")
    side = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    report = check_path(str(txt), CheckOptions(offline=True, use_config=False))
    if report.error:
        raise SystemExit(f"{txt.name}: {report.error}")
    got = [f for f in report.findings if f.code in SCORED]
    extra_ok = [f for f in report.findings if f.code not in SCORED]
    unmatched = list(got)
    tp, fn = 0, []
    for exp in side.get("expected", []):
        line = int(exp["line"]) if "line" in exp else line_of(text, exp["find"], int(exp.get("nth", 1)))
        codes = {exp["code"], *exp.get("alt", [])}
        hit = next((f for f in unmatched if f.code in codes and (exp.get("anyline") or f.line == line)), None)
        if hit is None:
            hit = next((f for f in extra_ok if f.code in codes and f.line == line), None)
            if hit is not None:
                extra_ok.remove(hit)
        else:
            unmatched.remove(hit)
        if hit is not None:
            tp += 1
        else:
            fn.append((line, exp["code"], exp.get("find", "")))
    fp = [(f.line, f.code, f.message) for f in unmatched]
    # citation detection
    cits = list(report.citations)
    detected, missed = 0, []
    for c in side.get("citations", []):
        line = line_of(text, c)
        last = line + c.count("\n")
        want = tokens(c)
        hit = next((k for k in cits if line <= k.line <= last and (tokens(k.text) & want)), None)
        if hit is not None:
            cits.remove(hit)
            detected += 1
        else:
            missed.append((line, c))
    res = {"name": txt.stem, "citations": len(report.citations), "tp": tp, "fp": fp, "fn": fn,
           "want_cits": len(side.get("citations", [])), "detected": detected, "missed": missed,
           "spurious": [(k.line, k.text) for k in cits], "refs": len(report.references)}
    print(f"{txt.stem:26s} refs {len(report.references):3d}  citations {len(report.citations):3d}  "
          f"detected {detected:3d}/{res['want_cits']:3d}  tp {tp:3d}  fp {len(fp):2d}  fn {len(fn):2d}")
    if verbose:
        for line, code, msg in sorted(fp):
            print(f"    FP {line}: {code}: {msg}")
        for line, code, find in sorted(fn):
            print(f"    FN {line}: {code}  ({find!r})")
        for line, c in missed:
            print(f"    MISSED citation {line}: {c!r}")
        for line, t in res["spurious"]:
            print(f"    unlisted citation {line}: {t!r}")
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list each discrepancy")
    ap.add_argument("dir", nargs="?", default=str(HELDOUT))
    args = ap.parse_args()
    results = [score_paper(t, args.verbose) for t in sorted(Path(args.dir).glob("*.txt"))]
    tp = sum(r["tp"] for r in results)
    fp = sum(len(r["fp"]) for r in results)
    fn = sum(len(r["fn"]) for r in results)
    want = sum(r["want_cits"] for r in results)
    det = sum(r["detected"] for r in results)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"TOTAL tp {tp} fp {fp} fn {fn}  precision {p:.3f}  recall {r:.3f}  "
          f"citation detection {det}/{want} = {det / want if want else 1.0:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
