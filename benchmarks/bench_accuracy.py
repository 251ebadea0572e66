"""Accuracy on every yardstick, per style: `make bench-accuracy`.

Yardsticks:
- the generated corpus (tools/corpus, `make corpus`): per CSL style, clean and
  mutated, split into a `dev` half (even paper numbers: fix against it) and a
  `sealed` half (odd: report only);
- the real articles in ../shared/data/articles, clean and mutated, split by
  benchmarks/splits/articles.json into `dev` and `sealed`;
- fixtures/papers_real2, papers_real3 (40 unseen articles each), papers_real4 (60), papers_real5 (40),
  papers_real6 (43), papers_real7 (41), papers_real8 (25), papers_real9 (39), papers_real10 (31) and
  papers_real11 (33), clean only, unreviewed publisher-link gold, split by benchmarks/splits/real2.json … real11.json;
- the regression sets: fixtures/papers_heldout* and the seeds (tools/eval_heldout.py);
- the PDF corpus, if built (`make pdf-corpus`; never built here): tools/pdf_corpus.py's own scoring
  per half (papers p02-p03 held out) and renderer: entries found exactly, citation detection, same
  findings as the paper's .txt.

Scoring is ../shared/tools/score.py's own `score_doc` and `summarize`, imported
from that file (no second scorer); refcheck runs once per batch of files with
`--format json --jobs N` instead of once per file, which is what makes the run
affordable on two cores. Columns: findings precision and recall (on the mutated
papers), citation detection and linking accuracy, false findings per clean
paper, entries found, field accuracy (clean and mutated together).

    .venv/bin/python benchmarks/bench_accuracy.py [--shared ../shared] [--corpus build/corpus]
        [--papers 20] [--jobs 2] [--json OUT] [--skip corpus,articles,real2,…,real11,regression,pdf]
        [--pdf-corpus build/pdf_corpus [--pdf-corpus DIR ...]]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFCHECK = str(ROOT / ".venv" / "bin" / "refcheck")
BATCH = 120  # files per refcheck process


def load_scorer(shared: Path):
    """../shared/tools/score.py as a module (its functions, not a copy)."""
    spec = importlib.util.spec_from_file_location("shared_score", shared / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_refcheck(paths: list[Path], jobs: int) -> dict[str, dict]:
    """One JSON report per file, refcheck started once per batch."""
    reports: dict[str, dict] = {}
    for start in range(0, len(paths), BATCH):
        chunk = [str(p) for p in paths[start:start + BATCH]]
        proc = subprocess.run([REFCHECK, "check", "--format", "json", "--no-config", "--jobs", str(jobs), *chunk],
                              capture_output=True, text=True, timeout=3600)
        try:
            data = json.loads(proc.stdout)
        except json.JSONDecodeError:
            print(f"refcheck gave no JSON (exit {proc.returncode}): {proc.stderr.strip()[-300:]}", file=sys.stderr)
            continue
        for report in data.get("files", []):
            reports[str(Path(report["path"]).resolve())] = report
    return reports


def score_set(scorer, docs: Path, gold: dict, reports: dict[str, dict]) -> tuple[Counter, int]:
    """Summed score.py counts over the papers of one gold file; a missing report counts as all missed."""
    total: Counter = Counter()
    n = 0
    for name, g in gold.items():
        path = (docs / name).resolve()
        text = path.read_text(encoding="utf-8-sig")
        report = reports.get(str(path))
        if report is None:
            c = Counter(cit_gold=len(g["citations"]), refs_gold=len(g["references"]))
            for gc in g["citations"]:
                if gc["expect"] not in scorer.QUIET_EXPECT:
                    c[f"fn_{gc['expect']}"] += 1
            c["fn_uncited"] += len(g.get("uncited", []))
        else:
            c, _notes = scorer.score_doc(report, g, text)
        total.update(c)
        n += 1
    return total, n


def row(scorer, clean: Counter, n_clean: int, mutated: Counter) -> dict:
    """One table row: P/R on the mutated papers, false findings per clean paper, the rest over both."""
    m = scorer.summarize(mutated)
    both = scorer.summarize(clean + mutated)
    fp_clean = sum(v for k, v in clean.items() if k.startswith("fp_"))
    return {"papers": n_clean, "precision": m["precision"], "recall": m["recall"],
            "citations": both["cit_recall"], "linking": both["link_acc"],
            "fp_per_clean": round(fp_clean / n_clean, 2) if n_clean else 0.0,
            "entries": both["refs_found"], "fields": both["field_acc"]}


HEADER = "| {:<40} | papers | P | R | citations | linking | false/clean paper | entries | fields |".format("")
RULE = "|" + "---|" * 9


def print_table(title: str, rows: dict[str, dict]) -> None:
    print(f"\n{title}\n")
    print(HEADER)
    print(RULE)
    for name, r in rows.items():
        print(f"| {name:<40} | {r['papers']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['citations']:.3f} | "
              f"{r['linking']:.3f} | {r['fp_per_clean']:.2f} | {r['entries']} | {r['fields']:.3f} |")


def corpus_tables(scorer, corpus: Path, papers: int, jobs: int) -> dict:
    root = corpus / "papers"
    styles = sorted(p.name for p in root.iterdir() if p.is_dir()) if root.exists() else []
    if not styles:
        print(f"\nno generated corpus under {root}: run `make corpus` first")
        return {}
    golds, paths = {}, []
    for style in styles:
        for variant in ("clean", "mutated"):
            gold = json.loads((root / style / variant / "gold.json").read_text(encoding="utf-8"))
            gold = {k: v for k, v in gold.items() if k.endswith(".txt") and int(k[1:4]) < papers}
            golds[(style, variant)] = gold
            paths += [root / style / variant / k for k in gold]
    reports = run_refcheck(paths, jobs)
    result = {}
    for half in ("dev", "sealed"):
        rows, sums = {}, [Counter(), 0, Counter()]
        for style in styles:
            part = {}
            for variant in ("clean", "mutated"):
                gold = {k: v for k, v in golds[(style, variant)].items() if v.get("split") == half}
                part[variant] = score_set(scorer, root / style / variant, gold, reports)
            rows[style] = row(scorer, part["clean"][0], part["clean"][1], part["mutated"][0])
            sums[0] += part["clean"][0]
            sums[1] += part["clean"][1]
            sums[2] += part["mutated"][0]
        rows["all styles"] = row(scorer, sums[0], sums[1], sums[2])
        print_table(f"Generated corpus, {half} half (clean + mutated, .txt)", rows)
        result[half] = rows
    return result


def articles_table(scorer, shared: Path, jobs: int) -> dict:
    data = shared / "data" / "articles"
    split = json.loads((ROOT / "benchmarks" / "splits" / "articles.json").read_text(encoding="utf-8"))
    clean = {k: v for k, v in json.loads((data / "gold.json").read_text(encoding="utf-8")).items()
             if not k.startswith("_")}
    mutated = {k: v for k, v in json.loads((data / "mutated_gold.json").read_text(encoding="utf-8")).items()
               if not k.startswith("_")}
    reports = run_refcheck([data / "papers" / k for k in clean] + [data / "mutated" / k for k in mutated], jobs)
    rows = {}
    for half in ("dev", "sealed"):
        names = set(split[half])
        c, n = score_set(scorer, data / "papers", {k: v for k, v in clean.items() if k in names}, reports)
        m, _ = score_set(scorer, data / "mutated", {k: v for k, v in mutated.items() if k in names}, reports)
        rows[f"real articles, {half}"] = row(scorer, c, n, m)
    print_table("Real articles (../shared/data/articles)", rows)
    return rows


def real2_table(scorer, jobs: int, name: str = "real2") -> dict:
    """fixtures/papers_real2 (or papers_real3 … papers_real11): 40 (real4: 60, real6: 43, real7: 41, real8: 25,
    real9: 39, real10: 31, real11: 33) unseen articles, clean only (no planted problems), gold = the publishers' links,
    unreviewed. P/R and false findings are over the clean papers themselves: a lower bound on precision, since real
    inconsistencies in the papers are gold "ok"."""
    data = ROOT / "fixtures" / f"papers_{name}"
    split = json.loads((ROOT / "benchmarks" / "splits" / f"{name}.json").read_text(encoding="utf-8"))
    gold = {k: v for k, v in json.loads((data / "gold.json").read_text(encoding="utf-8")).items()
            if not k.startswith("_")}
    reports = run_refcheck([data / "papers" / k for k in gold], jobs)
    rows = {}
    for half in ("dev", "sealed"):
        names = set(split[half])
        c, n = score_set(scorer, data / "papers", {k: v for k, v in gold.items() if k in names}, reports)
        rows[f"papers_{name}, {half}"] = row(scorer, c, n, c)
    print_table(f"Unseen real articles (fixtures/papers_{name}; unreviewed link gold, clean papers only)", rows)
    return rows


def seeds_folder(tmp: Path) -> Path:
    """The seeds beside their sidecars (fixtures/papers/seeds/NNN.json), as tools/eval_heldout.py reads them."""
    for txt in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")):
        side = ROOT / "fixtures" / "papers" / "seeds" / f"{txt.name[:3]}.json"
        if side.exists():
            shutil.copy(txt, tmp / txt.name)
            gold = json.loads(side.read_text(encoding="utf-8"))
            for exp in gold.get("expected", []):  # an uncited entry is named by "entry": its line is where it starts
                if "find" not in exp and "line" not in exp and "entry" in exp:
                    exp["find"] = exp["entry"]
            (tmp / f"{txt.stem}.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp


def regression_table() -> dict:
    rows = {}
    with tempfile.TemporaryDirectory(prefix="seeds-") as tmp:
        folders = sorted((ROOT / "fixtures").glob("papers_heldout*")) + [seeds_folder(Path(tmp))]
        for folder in folders:
            proc = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "tools" / "eval_heldout.py"),
                                   str(folder)], capture_output=True, text=True, timeout=1800)
            total = [line for line in proc.stdout.splitlines() if line.startswith("TOTAL")]
            name = folder.name if folder.parent == ROOT / "fixtures" else "seeds"
            rows[name] = total[-1] if total else f"failed: {proc.stderr.strip()[-200:]}"
    print("\nRegression sets (tools/eval_heldout.py)\n")
    for name, line in rows.items():
        print(f"  {name:<18} {line}")
    return rows


def pdf_row(name: str, summary: dict) -> str:
    """One PDF table row from tools/pdf_corpus.py's summary ("794/794 (found 794)" and its share)."""
    exact, _, found = summary["entries"].partition(" (found ")
    n = summary["papers"]
    same = round(summary["same_findings"] * n)
    return (f"| {name:<40} | {n} | {exact} = {summary['entries_exact']:.3f} (found {found.rstrip(')')}) | "
            f"{summary['citations']} = {summary['citation_detection']:.3f} | "
            f"{same}/{n} = {summary['same_findings']:.2f} |")


def pdf_table(dirs: list[Path]) -> dict:
    """The PDF rows, scored on corpus directories already built; a missing corpus is said, not built
    (rendering takes minutes and needs TeX)."""
    built = [d for d in dirs if d.is_dir() and any(d.glob("*.pdf"))]
    if not built:
        print("\nno PDF corpus: run make pdf-corpus")
        return {}
    sys.path.insert(0, str(ROOT / "tools"))
    import pdf_corpus

    rows = {}
    for renderer, label in (("latex", "pandoc -> pdflatex"), ("libreoffice", ".docx -> LibreOffice")):
        for half in ("dev", "held-out"):
            summary = pdf_corpus.score(built, lambda n, r=renderer, h=half: pdf_corpus.renderer(n) == r
                                       and pdf_corpus.held_out(n) == (h == "held-out"))["summary"]
            if summary["papers"]:
                rows[f"PDF ({label}), {half}"] = summary
    print(f"\nPDF corpus ({', '.join(map(str, built))}): the PDF against the same paper's .txt\n")
    print(f"| {'':<40} | papers | entries found exactly | citation detection | same findings |")
    print("|" + "---|" * 5)
    for name, summary in rows.items():
        print(pdf_row(name, summary))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--corpus", type=Path, default=ROOT / "build" / "corpus")
    ap.add_argument("--papers", type=int, default=20, help="papers per style to score (the first N)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", type=Path, help="write the tables as JSON here")
    ap.add_argument("--skip", default="",
                    help="comma-separated: corpus, articles (+ papers_real2-11), real2 … real11 (one set), "
                         "regression, pdf")
    ap.add_argument("--pdf-corpus", type=Path, action="append",
                    help="a built PDF corpus directory (repeatable; default build/pdf_corpus)")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    scorer = load_scorer(args.shared)
    out = {}
    if "corpus" not in skip:
        out["corpus"] = corpus_tables(scorer, args.corpus, args.papers, args.jobs)
    if "articles" not in skip:
        out["articles"] = articles_table(scorer, args.shared, args.jobs)
        for name in ("real2", "real3", "real4", "real5", "real6", "real7", "real8", "real9", "real10", "real11"):
            if name not in skip:
                out[name] = real2_table(scorer, args.jobs, name)
    if "regression" not in skip:
        out["regression"] = regression_table()
    if "pdf" not in skip:
        out["pdf"] = pdf_table(args.pdf_corpus or [ROOT / "build" / "pdf_corpus"])
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
