"""How many of refcheck's findings on correct published papers come from a misparsed first author.

Issue 16 asks that real-article false findings caused by misparsed authors go to zero. For every
clean paper of a real-article set this runs refcheck once, aligns each printed entry with its gold
entry (the gold `has` is a verbatim prefix of the entry as printed) and counts the findings that
involve an entry whose parsed first-author family differs from the gold `first_author_family`:
`uncited` for that entry, `ambiguous` / `year-mismatch` / `name-mismatch` that point to it, and a
`no-entry` whose cited name is that gold family (the entry was there, under a misread name).
Sealed halves are reported as totals only.

    .venv/bin/python benchmarks/misparsed_authors.py --shared ../shared [--sets articles,real2,real3,real4]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_accuracy import run_refcheck  # noqa: E402

from refcheck.text.fold import fold  # noqa: E402

ENTRY_CODES = ("uncited", "ambiguous", "year-mismatch", "name-mismatch")


def _sets(shared: Path) -> dict[str, tuple[Path, Path, Path]]:
    out = {"articles": (shared / "data/articles/papers", shared / "data/articles/gold.json",
                        ROOT / "benchmarks/splits/articles.json")}
    for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11):
        d = ROOT / f"fixtures/papers_real{n}"
        if d.is_dir():
            out[f"real{n}"] = (d / "papers", d / "gold.json", ROOT / f"benchmarks/splits/real{n}.json")
    return out


def _misparsed(report: dict, gold: dict) -> dict[str, str]:
    """Entry id -> gold family, for each printed entry whose parsed first family is not the gold one."""
    out = {}
    for ref in report["references"]:
        raw = " ".join(ref["raw"].split())
        g = next((g for g in gold["references"] if raw.startswith(" ".join(g["has"].split()))
                  or " ".join(g["has"].split()) in raw[:len(g["has"]) + 12]), None)
        if g is None or not g.get("first_author_family"):
            continue
        names = ref["fields"].get("authors") or ref["fields"].get("editors") or []
        parsed = (names[0].get("family") or names[0].get("literal") or "") if names else ""
        if not _same_name(parsed, g["first_author_family"]):
            out[ref["id"]] = g["first_author_family"]
    return out


def _same_name(parsed: str, gold: str) -> bool:
    """The same name up to the gold's conventions: "IPDAS" / "IPDAS.", "Central Intelligence Agency" /
    "Central Intelligence", "DE PRUSA" / "PRUSA" (one holds the other, word for word)."""
    a, b = fold(parsed).replace(".", " ").split(), fold(gold).replace(".", " ").split()
    if not a or not b:
        return a == b
    return " ".join(a) in " ".join(b) or " ".join(b) in " ".join(a)


def count(report: dict, gold: dict) -> tuple[int, int]:
    """(findings at warning or error level, those that involve a misparsed entry)."""
    bad = _misparsed(report, gold)
    families = {fold(f) for f in bad.values()}
    total = hits = 0
    for f in report["findings"]:
        if f["severity"] == "info":
            continue
        total += 1
        involved = {f.get("reference")} | set(f.get("suggestions") or [])
        by_entry = f["code"] in ENTRY_CODES and bool(involved & set(bad))
        by_name = f["code"] == "no-entry" and any(fam and fam in fold(f["message"]) for fam in families)
        hits += by_entry or by_name
    return total, hits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sets", default="articles,real2,real3,real4,real5,real6,real7,real8,real9,real10,real11")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    for name, (papers, gold_path, split_path) in _sets(args.shared).items():
        if name not in args.sets.split(","):
            continue
        gold = json.loads(gold_path.read_text())
        split = json.loads(split_path.read_text())
        for half in ("dev", "sealed"):
            docs = [papers / d for d in split[half] if d in gold and (papers / d).exists()]
            reports = run_refcheck(docs, args.jobs)
            tally: Counter = Counter()
            where = []
            for doc in docs:
                report = reports.get(str(doc.resolve()))
                if report is None:
                    continue
                total, hits = count(report, gold[doc.name])
                tally["findings"] += total
                tally["misparsed"] += hits
                if hits and half == "dev":
                    where.append(f"{doc.name}: {hits}")
            print(f"{name:9} {half:6} papers {len(docs):3}  warnings+errors {tally['findings']:4}  "
                  f"involving a misparsed first author {tally['misparsed']:3}")
            for w in where:
                print("    " + w)


if __name__ == "__main__":
    main()
