"""Precision and recall of "the same work entered twice" (refcheck/same_work.py) on labelled pairs.

Labelled pairs, all from real data:
- articles: the reference lists of ../shared/data/articles, parsed by refcheck. Positives are the
  gold's `duplicates` (entries printed twice in one paper), pairs in one paper with the same gold
  DOI (one the gold's `duplicates` missed), and pairs of entries in two different papers whose
  gold DOI is the same (one work, two papers' house styles). Negatives are every other
  pair of entries inside one paper, and pairs across papers with the same first author and year
  but different gold DOIs (the hard ones). The detector runs with the DOIs removed from the
  parsed entries, so the figures measure the title/author/year path, not DOI equality.
- bib: every pair of entries with the same year in three .bib files of fixtures/bib_corpus
  (biber's papers.bib, a real bibliography; pybtex's TUGboat bibliography; xampl), labelled by
  hand in benchmarks/data/bib_duplicates.json (how, in its "_about").
- issue: the cases of issue 12 (fixtures/duplicates/issue_pairs.txt), labelled in that file.

Usage: python benchmarks/bench_duplicates.py [--shared ../shared] [--split dev|sealed|all] [--sweep]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from refcheck.same_work import TITLE_THRESHOLD, fold, same_work, work_of  # noqa: E402

Pair = tuple[object, object, bool, str]  # (reference a, reference b, label, source)


def _norm(text: str) -> str:
    return " ".join(text.split())


def article_pairs(shared: Path, split: str) -> list[Pair]:
    from refcheck.pipeline import check_document
    from refcheck.readers import read_document

    gold = json.loads((shared / "data/articles/gold.json").read_text())
    splits = json.loads((ROOT / "benchmarks/splits/articles.json").read_text())
    names = splits["dev"] + splits["sealed"] if split == "all" else splits[split]
    found: dict[str, list[tuple[dict, object]]] = {}
    for name in names:
        report = check_document(read_document(str(shared / "data/articles/papers" / name)), citations=False)
        raws = [(_norm(r.raw), r) for r in report.references]
        mapped = []
        for entry in gold[name]["references"]:
            ref = next((r for raw, r in raws if _norm(entry["has"]) in raw), None)
            if ref is not None:
                ref.fields.doi = None  # measure the title path, not DOI equality
                mapped.append((entry, ref))
        found[name] = mapped
    pairs: list[Pair] = []
    for name, mapped in found.items():
        dup = {frozenset(map(_norm, p)) for p in gold[name].get("duplicates", [])}
        for (ea, wa), (eb, wb) in combinations(mapped, 2):
            same_doi = bool(ea.get("doi")) and (ea.get("doi") or "").lower() == (eb.get("doi") or "").lower()
            label = same_doi or frozenset((_norm(ea["has"]), _norm(eb["has"]))) in dup
            pairs.append((wa, wb, label, "articles"))
    by_doi: dict[str, list[tuple[str, object]]] = defaultdict(list)
    by_author_year: dict[tuple[str, str], list[tuple[str, str, object]]] = defaultdict(list)
    for name, mapped in found.items():
        for entry, work in mapped:
            if entry.get("doi"):
                by_doi[entry["doi"].lower()].append((name, work))
                key = (fold(entry.get("first_author_family")), entry.get("year") or "")
                by_author_year[key].append((name, entry["doi"].lower(), work))
    for group in by_doi.values():
        for (na, wa), (nb, wb) in combinations(group, 2):
            if na != nb:
                pairs.append((wa, wb, True, "articles"))
    for group in by_author_year.values():
        for (na, da, wa), (nb, db, wb) in combinations(group, 2):
            if na != nb and da != db:
                pairs.append((wa, wb, False, "articles"))
    return pairs


def bib_pairs() -> list[Pair]:
    from refcheck.bibtex.lint import comparable_references
    from refcheck.bibtex.read import read_bib_file

    labels = json.loads((ROOT / "benchmarks/data/bib_duplicates.json").read_text())
    same = {(f, frozenset((a, b))) for f, a, b in labels["same"]}
    pairs: list[Pair] = []
    for name in labels["files"]:
        refs = comparable_references(read_bib_file(ROOT / "fixtures/bib_corpus" / name))
        by_year: dict[str, list] = defaultdict(list)
        for ref in refs:
            work = work_of(ref)
            if work.year:
                by_year[work.year].append((ref.key, ref))
        for group in by_year.values():
            for (ka, wa), (kb, wb) in combinations(group, 2):
                stem = name in labels["same_stem"] and ka.split("-")[0] == kb.split("-")[0]
                pairs.append((wa, wb, stem or (name, frozenset((ka, kb))) in same, "bib"))
    return pairs


def issue_pairs() -> list[Pair]:
    from refcheck.model import RawEntry
    from refcheck.references import build_references

    pairs: list[Pair] = []
    lines = (ROOT / "fixtures/duplicates/issue_pairs.txt").read_text(encoding="utf-8").split("\n")
    rows = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    for i in range(0, len(rows), 3):
        label = rows[i].strip() == "same"
        refs = build_references([RawEntry(rows[i + 1], 1, 1), RawEntry(rows[i + 2], 2, 1)])
        pairs.append((refs[0], refs[1], label, "issue"))
    return pairs


def _decide(baseline: bool, threshold: float):  # noqa: ANN202
    """The decision under test: same_work at THRESHOLD, or (BASELINE) the exact identity of before."""
    from refcheck.entry_checks import work_identity

    works: dict[int, object] = {}

    def work(ref):  # noqa: ANN001, ANN202 - one Work per reference, computed once
        if id(ref) not in works:
            works[id(ref)] = work_of(ref)
        return works[id(ref)]

    if baseline:
        return lambda a, b: work_identity(a) is not None and work_identity(a) == work_identity(b)
    return lambda a, b: same_work(work(a), work(b), threshold)


def heldout(baseline: bool) -> tuple[int, int, int]:
    """(planted duplicates found, planted, other entries called duplicates) on the labelled held-out
    papers (fixtures/papers_heldout*), where a duplicate-entry expectation marks the second copy."""
    from refcheck.app import CheckOptions, check_path
    from refcheck.entry_checks import work_identity
    from refcheck.same_work import duplicate_pairs

    found = planted = extra = 0
    for sidecar in sorted(ROOT.glob("fixtures/papers_heldout*/*.json")):
        paper = sidecar.with_suffix(".txt")
        if not paper.exists():
            continue
        text = paper.read_text(encoding="utf-8")
        expected = set()
        for e in json.loads(sidecar.read_text()).get("expected", []):
            if e["code"] == "duplicate-entry":
                at = -1
                for _ in range(e.get("nth", 1)):
                    at = text.find(e["find"], at + 1)
                expected.add(text.count("\n", 0, at) + 1)
        refs = check_path(str(paper), CheckOptions(use_config=False, citations=False)).references
        if baseline:
            first: dict = {}
            said = {r.line for r in refs if (k := work_identity(r)) is not None and first.setdefault(k, r) is not r}
        else:
            said = {refs[j].line for _, j in duplicate_pairs(refs)}
        planted += len(expected)
        found += len(expected & said)
        extra += len(said - expected)
    return found, planted, extra


def score(pairs: list[Pair], threshold: float, baseline: bool = False) -> dict[str, dict[str, float]]:
    decide = _decide(baseline, threshold)
    out: dict[str, dict[str, float]] = {}
    for source in sorted({p[3] for p in pairs}) + ["all"]:
        tp = fp = fn = 0
        for a, b, label, src in pairs:
            if source != "all" and src != source:
                continue
            said = decide(a, b)
            tp += said and label
            fp += said and not label
            fn += label and not said
        n_pos = tp + fn
        n = sum(1 for p in pairs if source in ("all", p[3]))
        out[source] = {"pairs": n, "positives": n_pos, "tp": tp, "fp": fp, "fn": fn,
                       "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / n_pos if n_pos else 1.0}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--split", choices=("dev", "sealed", "all"), default="dev")
    ap.add_argument("--sweep", action="store_true", help="precision and recall for thresholds 80-100")
    ap.add_argument("--show", action="store_true", help="print the wrong decisions (dev split only)")
    ap.add_argument("--baseline", action="store_true", help="score the exact-identity rule refcheck used before")
    args = ap.parse_args()
    pairs = article_pairs(Path(args.shared), args.split) + bib_pairs() + issue_pairs()
    thresholds = range(80, 101, 2) if args.sweep else [TITLE_THRESHOLD]
    for t in thresholds:
        for source, s in score(pairs, float(t), args.baseline).items():
            print(f"threshold {t:5.1f} {source:9s} pairs {s['pairs']:7d} positives {s['positives']:4d} "
                  f"TP {s['tp']:4d} FP {s['fp']:3d} FN {s['fn']:3d} P {s['precision']:.3f} R {s['recall']:.3f}")
    found, planted, extra = heldout(args.baseline)
    print(f"held-out papers: {found} of {planted} planted duplicates found, {extra} other entries called duplicates")
    if args.show and args.split != "sealed":
        decide = _decide(False, TITLE_THRESHOLD)
        for a, b, label, src in pairs:
            if decide(a, b) != label:
                print("FN" if label else "FP", src, work_of(a), work_of(b), sep="\n  ")


if __name__ == "__main__":
    main()
