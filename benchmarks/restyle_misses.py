"""Why `format` misses an entry of the corpus generator's papers: one category per dev miss.

    python benchmarks/restyle_misses.py --papers-dir build/corpus/papers --shared ../shared [--dump misses.jsonl]

The generator draws each paper from a seed (tools/corpus), so the CSL items it rendered the paper
from can be drawn again: each entry of the paper's list is matched to its item (the generator's
invisible entry mark shows which), and each entry `format` misses is classified by counterfactuals,
all rendered by the same citeproc:

- ``split``: refcheck did not give the entry back as the paper printed it (no parsed entry's text
  is the entry);
- ``generator``: the generator's own item, without the invisible mark it appends to each title,
  does not print as the paper's entry either (the mark stops citeproc merging punctuation); no
  export can reproduce it;
- ``VARIABLE``: refcheck's item printed right once that one CSL variable is the generator's;
- ``several``: no single variable is enough;
- ``order``: the text is right but the number before it is not (a numeric style sorted by name).

Dev papers only (even pNNN); the sealed half is never looked at here.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_restyle import _HEADING, half  # noqa: E402
from refcheck.pipeline import check_document  # noqa: E402
from refcheck.readers import read_document  # noqa: E402
from refcheck.report.csl_json import to_items  # noqa: E402
from refcheck.restyle import initializes_given_names, render_items, typed_as_printed  # noqa: E402
from tools.corpus.metadata import all_works  # noqa: E402
from tools.corpus.papers import make_paper  # noqa: E402

_MARKS = re.compile("[\ue000-\uf8ff]")
SEED = 13
# a same-author-same-year letter: the paper's citeproc run (with the text's citations) may print none
_YEAR_LETTER = re.compile(r"\b((?:1[5-9]|20)\d\d)[a-z]\b")
_LABEL = re.compile(r"^(?:\[\d+\]|\(\d+\)|\d+\.)\s+")  # a numeric style's number, when citeproc leaves it in the text


def _norm(text: str) -> str:
    return " ".join(text.split())


def generator_items(pool: list[dict], style: str, number: int) -> list[dict]:
    """The CSL items of paper NUMBER in STYLE, as tools/corpus/build_papers drew them (marks kept)."""
    digest = hashlib.sha256(f"{SEED}:{style}:{number}".encode()).hexdigest()
    return make_paper(random.Random(digest), pool, style, f"p{number:03d}").refs


def _render(items: list[dict], style: str) -> dict[str, tuple[str | None, str]]:
    return {ident: (label, _norm(text)) for ident, label, text in render_items(items, style)}


def classify_paper(path: Path, style: str, pool: list[dict], n_entries: int | None) -> list[dict]:
    """One record per printed entry of PATH's list: reproduced or the category of its miss."""
    text = path.read_text(encoding="utf-8")
    heads = list(_HEADING.finditer(text))
    printed = [_norm(p) for p in text[heads[-1].end():].split("\n\n") if p.strip()]
    if n_entries is not None:
        printed = printed[:n_entries]
    gold = generator_items(pool, style, int(re.search(r"\d+", path.stem).group(0)))
    marked = _render(gold, style)
    bodies = {_YEAR_LETTER.sub(r"\1", _LABEL.sub("", _norm(_MARKS.sub("", body)))): ident
              for ident, (_, body) in marked.items()}
    clean_gold = [dict(g, title=_MARKS.sub("", g["title"])) for g in gold]
    gold_by_id = {g["id"]: g for g in clean_gold}
    refs = check_document(read_document(str(path)), citations=False).references
    items = to_items(refs, et_al_as_others=True, compact_initials=initializes_given_names(style))
    items = typed_as_printed(items, refs, style, render_items(items, style))  # as `format` types them
    ours = _render(items, style)
    item_of: dict[str, dict] = {}
    for ref, item in zip(refs, items, strict=True):
        raw = _norm(ref.raw)
        for entry in printed:
            if entry == raw or entry.endswith(" " + raw):
                item_of.setdefault(entry, item)
    records, misses = [], []
    for entry in printed:
        gid = bodies.get(_YEAR_LETTER.sub(r"\1", _LABEL.sub("", entry)))
        item = item_of.get(entry)
        rec = {"paper": f"{style}/{path.name}", "entry": entry, "gold": gold_by_id.get(gid), "ours": item}
        records.append(rec)
        if item is None:
            rec["category"] = "split" if gid else "unmatched"
            continue
        label, body = ours[item["id"]]
        rec["got"] = f"{label} {body}" if label else body
        if rec["got"] == entry:
            rec["category"] = "ok"
        elif gid is None:
            rec["category"] = "unmatched"
        elif _LABEL.sub("", entry) == _LABEL.sub("", body):
            rec["category"] = "order"
        else:
            misses.append(rec)
    _counterfactuals(misses, items, style)
    return records


def _variables(ours: dict, gold: dict) -> list[str]:
    keys = (set(ours) | set(gold)) - {"id"}
    return sorted(k for k in keys if ours.get(k) != gold.get(k))


def _counterfactuals(misses: list[dict], items: list[dict], style: str) -> None:
    """Render all of a paper's items with, for each miss, its item replaced by the generator's (round 0)
    or with its k-th differing variable swapped for the generator's (round k)."""
    if not misses:
        return
    for rec in misses:
        rec["diff"] = _variables(rec["ours"], rec["gold"])
    rounds = max(len(rec["diff"]) for rec in misses)
    for k in range(rounds + 1):
        swapped = {}
        for rec in misses:
            if k == 0:
                swapped[rec["ours"]["id"]] = dict(rec["gold"], id=rec["ours"]["id"])
            elif k <= len(rec["diff"]):
                var = rec["diff"][k - 1]
                new = copy.deepcopy(rec["ours"])
                if var in rec["gold"]:
                    new[var] = rec["gold"][var]
                else:
                    new.pop(var, None)
                swapped[new["id"]] = new
        out = _render([swapped.get(i["id"], i) for i in items], style)
        for rec in misses:
            ident = rec["ours"]["id"]
            if ident not in swapped:
                continue
            body = _LABEL.sub("", out[ident][1])  # the number may move when other entries change
            fixed = _LABEL.sub("", rec["entry"]) == body
            if k == 0:
                rec["gold_got"] = body
                if not fixed:
                    rec["category"] = "generator"
            elif fixed and "category" not in rec:
                rec["category"] = rec["diff"][k - 1]
    for rec in misses:
        rec.setdefault("category", "several")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--papers-dir", required=True)
    ap.add_argument("--shared", default="../shared", help="the folder the corpus was generated from")
    ap.add_argument("--styles", help="comma-separated style folders (default: all)")
    ap.add_argument("--dump", help="write every dev record here as JSON lines")
    args = ap.parse_args()
    pool = [w["csl"] for w in all_works(Path(args.shared) / "data")]
    wanted = set(args.styles.split(",")) if args.styles else None
    total: Counter = Counter()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    for style_dir in sorted(Path(args.papers_dir).iterdir()):
        folder = style_dir / "clean"
        if not folder.is_dir() or (wanted and style_dir.name not in wanted):
            continue
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        counts: Counter = Counter()
        for path in sorted(folder.glob("*.txt")):
            if half(path) != "dev":
                continue
            n = len(gold[path.name]["references"]) if path.name in gold else None
            for rec in classify_paper(path, style_dir.name, pool, n):
                counts[rec["category"]] += 1
                if dump:
                    dump.write(json.dumps(rec, ensure_ascii=False) + "\n")
        total += counts
        print(f"{style_dir.name:<40} " + ", ".join(f"{k} {v}" for k, v in counts.most_common()), flush=True)
    print(f"{'all':<40} " + ", ".join(f"{k} {v}" for k, v in total.most_common()))
    if dump:
        dump.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
