"""How faithfully `refcheck format` re-emits a list in the style it was printed in.

Papers are made here: N works from the corpus's CSL-JSON records are printed by pandoc's
citeproc in a style (the same processor `format` uses) under a "References" heading; refcheck
then reads each paper as any paper (find the list, split, parse), and re-emits it in the same
style. An entry counts as reproduced when the re-emitted list holds it, equal modulo whitespace.

    python benchmarks/bench_restyle.py --works ../wt-corpus/build/corpus/works.jsonl

With ``--papers-dir`` it also measures the corpus generator's own clean papers
(``papers/STYLE/clean/*.txt``, STYLE a CSL style name): each paper's list (the paragraphs under
its last "References"/"Works Cited"/"Bibliography" heading, as many as its gold.json has entries:
a note style's footnotes follow the list) against `format --style STYLE`.
Those papers are split as the generator splits them, fixed before any fix was made: even paper
numbers (p000, p002, ...) are the dev half, odd ones the sealed half; each style prints both.
Fixes are made against dev misses only (``--show-misses`` shows dev misses only); the sealed half
is reported, never inspected.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from refcheck.pipeline import check_document
from refcheck.readers import read_document
from refcheck.restyle import STYLES, render_items, restyle


def _paper(items: list[dict], style: str) -> tuple[str, list[str]]:
    printed = [f"{label} {text}" if label else text for _, label, text in render_items(items, style)]
    return "A paper\n\nSome text.\n\nReferences\n\n" + "\n\n".join(printed) + "\n", printed


def measure(works: list[dict], style: str, papers: int, size: int, seed: int, folder: Path) -> tuple[int, int, list]:
    rng = random.Random(f"{seed}-{style}")
    total = reproduced = 0
    misses = []
    for n in range(papers):
        items = [dict(w, id=f"w{i}") for i, w in enumerate(rng.sample(works, size))]
        text, printed = _paper(items, style)
        path = folder / f"{style}-{n}.txt"
        path.write_text(text, encoding="utf-8")
        refs = check_document(read_document(str(path)), citations=False).references
        again = Counter(" ".join(e.printed().split()) for e in restyle(refs, style)) if refs else Counter()
        for entry in printed:
            key = " ".join(entry.split())
            total += 1
            if again[key] > 0:
                again[key] -= 1
                reproduced += 1
            else:
                misses.append(entry)
    return reproduced, total, misses


_HEADING = re.compile(r"^(?:#+\s*)?(?:References|Works Cited|Bibliography|Reference List)\s*$", re.M | re.I)


def half(path: Path) -> str:
    """The generator's split: pNNN with NNN even is dev, odd is sealed."""
    number = re.search(r"(\d+)", path.stem)
    return "dev" if number and int(number.group(1)) % 2 == 0 else "sealed"


# The generator (tools/corpus/papers.py) appends an invisible private-use mark to every title, to find
# where each title landed; the plain text drops the mark, but citeproc rendered with it between the
# title's last character and the style's punctuation, so it merged nothing there as it does for any
# real title: the paper prints "Nanotechnology?." "Ecology.." "See:." "…mansoni:,”" and “…Rosada”. where
# citeproc, given the same title without the mark, prints "Nanotechnology?" "Ecology." "See:" "…mansoni:”"
# and “…Rosada.”. No CSL item can print the unmerged form, so the fair comparison merges that
# punctuation on both sides (the strict count is printed too).
_UNMERGED = (
    (re.compile(r"([?!:])[.,]([”’]?)"), r"\1\2"),   # "?." "?.”" ":." "?,”"
    (re.compile(r"([?!:])([”’])[.,]"), r"\1\2"),    # "?’." "?”."
    (re.compile(r"(?<!\.)\.\.(?!\.)"), "."),         # "Ecology.." (never an ellipsis)
    (re.compile(r"([”’])([.,])"), r"\2\1"),          # “…Rosada”. -> “…Rosada.”
)


def merged(text: str) -> str:
    """TEXT with the punctuation citeproc merges after a title merged (see _UNMERGED)."""
    for pattern, repl in _UNMERGED:
        text = pattern.sub(repl, text)
    return text


def measure_papers(folder: Path, style: str, which: str = "dev") -> tuple[int, int, list, int]:
    """The generator's clean papers in STYLE of one half (dev, sealed): their own list against the
    list re-emitted in STYLE; (reproduced fairly, total, misses, reproduced strictly)."""
    total = reproduced = strict = 0
    misses = []
    gold_file = folder / "gold.json"
    gold = json.loads(gold_file.read_text(encoding="utf-8")) if gold_file.is_file() else {}
    for path in sorted(folder.glob("*.txt")):
        if half(path) != which:
            continue
        text = path.read_text(encoding="utf-8")
        heads = list(_HEADING.finditer(text))
        if not heads:
            continue
        printed = [" ".join(p.split()) for p in text[heads[-1].end():].split("\n\n") if p.strip()]
        if path.name in gold:  # a note style's footnotes follow its list in the plain text: they are no entries
            printed = printed[:len(gold[path.name]["references"])]
        refs = check_document(read_document(str(path)), citations=False).references
        styled = [" ".join(e.printed().split()) for e in restyle(refs, style)] if refs else []
        again, fair = Counter(styled), Counter(merged(e) for e in styled)
        for entry in printed:
            total += 1
            if again[entry] > 0:
                again[entry] -= 1
                strict += 1
            if fair[merged(entry)] > 0:
                fair[merged(entry)] -= 1
                reproduced += 1
            else:
                misses.append((path.name, entry))
    return reproduced, total, misses, strict


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--works", help="JSON lines with a 'csl' item each (the corpus's works.jsonl)")
    ap.add_argument("--papers", type=int, default=6, help="papers per style")
    ap.add_argument("--size", type=int, default=15, help="entries per paper")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--out", default="build/restyle", help="folder for the made papers")
    ap.add_argument("--show-misses", type=int, default=0)
    ap.add_argument("--papers-dir", help="the corpus generator's papers/ folder (STYLE/clean/*.txt)")
    ap.add_argument("--halves", default="dev,sealed", help="of the generator's papers: dev, sealed or both")
    ap.add_argument("--styles", help="comma-separated style folders of --papers-dir (default: all)")
    args = ap.parse_args()
    if not (args.works or args.papers_dir):
        ap.error("give --works, --papers-dir or both")
    if args.papers_dir:
        halves = args.halves.split(",")
        grand = {h: [0, 0, 0] for h in halves}
        wanted = set(args.styles.split(",")) if args.styles else None
        for style_dir in sorted(Path(args.papers_dir).iterdir()):
            if not (style_dir / "clean").is_dir() or (wanted and style_dir.name not in wanted):
                continue
            row = []
            for which in halves:
                ok, total, misses, strict = measure_papers(style_dir / "clean", style_dir.name, which)
                grand[which][0] += ok
                grand[which][1] += total
                grand[which][2] += strict
                row.append(f"{which} {ok:>4}/{total:<4} {ok / max(total, 1):6.1%} (strict {strict:>4})")
                if which == "dev":
                    for name, miss in misses[:args.show_misses]:
                        print(f"    miss {style_dir.name} {name}:", miss)
            print(f"corpus {style_dir.name:<40} " + "   ".join(row), flush=True)
        print(f"corpus {'all':<40} " + "   ".join(
            f"{h} {ok:>4}/{total:<4} {ok / max(total, 1):6.1%} (strict {strict:>4} {strict / max(total, 1):6.1%})"
            for h, (ok, total, strict) in grand.items()))
    if not args.works:
        return 0
    works = [json.loads(line)["csl"] for line in Path(args.works).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    grand = [0, 0]
    for style in STYLES:
        ok, total, misses = measure(works, style, args.papers, args.size, args.seed, folder)
        grand[0] += ok
        grand[1] += total
        if total:
            print(f"{style:<22} {ok:>4}/{total:<4} {ok / total:6.1%}")
        for miss in misses[:args.show_misses]:
            print("    miss:", miss)
    if grand[1]:
        print(f"{'all':<22} {grand[0]:>4}/{grand[1]:<4} {grand[0] / grand[1]:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
