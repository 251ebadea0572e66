"""Generate the papers: every style, clean and mutated, as .txt, .md and .docx with exact gold.

    python -m tools.corpus.build_papers --shared ../shared --out build/corpus [--papers 24] [--seed 13]

Writes OUT/papers/<style>/{clean,mutated}/pNNN.{txt,md,docx} and a gold.json in
each folder (keyed by file name, the project's gold format; the .docx shares its
.txt gold). Paper NNN is drawn from seed (seed, style, NNN), so a paper does not
change when more papers are asked for. Even-numbered papers are the `dev` half
(fix against them), odd-numbered ones the `sealed` half (report only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.corpus.gold import citation_gold, entry_gold, locate, year_of  # noqa: E402
from tools.corpus.metadata import all_works  # noqa: E402
from tools.corpus.mutate import Plan, add_source_problems, hide_twin_uncited, invisible, plant_in_text  # noqa: E402
from tools.corpus.papers import Paper, make_paper  # noqa: E402
from tools.corpus.render import GOLD_STYLE, NOTE_STYLES, STYLES, convert, pandoc  # noqa: E402

NUMERIC = {"ieee", "association-for-computing-machinery", "vancouver", "american-medical-association", "nature",
           "american-chemical-society"}
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "0"}  # .docx without today's date: the same bytes every run
MD_FORMAT = "markdown-citations-fenced_divs-native_divs-bracketed_spans-native_spans-raw_html"


def style_kind(style: str) -> str:
    if style in NOTE_STYLES:
        return "note"
    return "numeric" if style in NUMERIC else "author-date"


def half(number: int) -> str:
    """The dev/sealed split of the generated corpus: by paper number."""
    return "dev" if number % 2 == 0 else "sealed"


def paper_gold(paper: Paper, marked: str, markdown: bool, plan: Plan | None) -> tuple[str, dict]:
    """Clean text and gold of one rendering."""
    kind = style_kind(paper.style)
    loc = locate(marked, markdown=markdown, with_notes=kind == "note")
    entries = entry_gold(paper, loc)
    cites = citation_gold(paper, loc, kind, entries, markdown=markdown)
    gold = {"style": GOLD_STYLE[paper.style], "csl_style": paper.style, "references": list(entries.values()),
            "citations": cites, "uncited": [], "duplicates": [],
            "not_citations": sorted({n for n in paper.not_citations if n in loc.text})}
    unresolved_pair(paper, loc, kind, entries, cites, plan.duplicate if plan is not None else None)
    if plan is not None:
        ambiguous = [entries[k]["has"] for k in plan.ambiguous if k in entries]
        for item in cites:
            code = plan.expect.get((item["cite"], item["key"]))
            if code and item["expect"] == "ok":
                item["expect"] = code
                if code == "no-entry":
                    item["ref"] = None
                if code == "ambiguous":
                    item["ref"], item["refs"] = None, ambiguous
        gold["uncited"] = [entries[k]["has"] for k in plan.uncited if k in entries]
        if plan.uncited_allowed:
            gold["uncited_allowed"] = [entries[k]["has"] for k in plan.uncited_allowed if k in entries]
        if plan.duplicate and all(k in entries for k in plan.duplicate):
            gold["duplicates"] = [[entries[k]["has"] for k in plan.duplicate]]
        gold["planted"] = plan.planted
    return loc.text, gold


def unresolved_pair(paper: Paper, loc, kind: str, entries: dict[str, dict], cites: list[dict],
                    duplicate: tuple[str, str] | None = None) -> None:
    """Same authors, same year, and citeproc printed no a/b letters (apa-6th does this when it
    disambiguates by given name first): the rendered citations fit both entries, so the gold says so."""
    pair = paper.pairs.get("ab", [])
    if kind != "author-date" or not all(k in entries for k in pair):
        return
    if paper.style.startswith("modern-language"):
        mla_same_authors(paper, loc, entries, cites, duplicate)
        return
    # the planted pair, and any two drawn works that happen to share authors and year ("Luhanga, F, O Yonge,
    # and F Myrick. 2008." and "———. 2008.")
    for group in [pair] + [g for g in same_authors_and_year(paper, duplicate) if set(g) != set(pair)]:
        if not all(k in entries for k in group):
            continue
        year = year_of(paper.refs[int(group[0][1:])]) or ""
        texts = [loc.text[slice(*loc.entries[int(k[1:])])] for k in group]
        if any(re.search(re.escape(year) + r"[a-z]\b", t) for t in texts):
            continue
        for item in cites:
            if item["key"] in group and item["expect"] == "ok":
                item.update(expect="ambiguous", ref=None, refs=[entries[k]["has"] for k in group])


def same_authors_and_year(paper: Paper, duplicate: tuple[str, str] | None) -> list[list[str]]:
    """Keys of the works that share their whole author list and year (a planted duplicate's copy aside)."""
    groups: dict[tuple, list[str]] = {}
    for ref in paper.refs:
        if duplicate and ref["id"] == duplicate[1]:
            continue
        names = tuple((n.get("family") or n.get("literal") or "").lower() for n in ref.get("author") or [])
        if names and year_of(ref):
            groups.setdefault((names, year_of(ref)), []).append(ref["id"])
    return [g for g in groups.values() if len(g) > 1]


def mla_same_authors(paper: Paper, loc, entries: dict[str, dict], cites: list[dict],
                     duplicate: tuple[str, str] | None) -> None:
    """MLA tells works of the same authors apart by a short title (the list prints the second as "---.").
    When citeproc printed a citation of one without its title ("(Ma)" for "Ma. “Reconstitution ...”" and
    "---. “Α-SNAP Enhances ...”"; "(Joron et al.)"), the printed citation fits both entries: a
    parenthesis is ambiguous, and a name in running text may be read either way (allowed, not required)."""
    groups: list[list[str]] = []
    for i, (a, b) in sorted(loc.entries.items(), key=lambda kv: kv[1]):
        key = paper.refs[i]["id"]
        if groups and loc.text[a:b].lstrip().startswith(("---", "———")):
            groups[-1].append(key)
        else:
            groups.append([key])
    copy = duplicate[1] if duplicate else None  # a planted duplicate is the same work, not another one
    group_of = {k: g for g in groups if len([x for x in g if x != copy]) > 1 for k in g
                if all(x in entries for x in g)}
    for item in cites:
        group = group_of.get(item["key"])
        if group is None or item["expect"] != "ok":
            continue
        printed = item["has"]
        if "part" in item:
            pieces = printed.strip("()").split(";")
            printed = pieces[item["part"] - 1] if item["part"] - 1 < len(pieces) else printed
        words = set(re.findall(r"\w{4,}", (entries[item["key"]].get("title_has") or "").lower()))
        if set(re.findall(r"\w{4,}", printed.lower())) & words:
            continue  # its short title tells it apart
        if item["has"].startswith("("):
            item.update(expect="ambiguous", ref=None, refs=[entries[k]["has"] for k in group])
        else:
            item["allow"] = ["ambiguous"]


def docx(markdown_text: str, out: Path) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".md", encoding="utf-8", delete=False) as fh:
        fh.write(markdown_text)
    try:
        subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", fh.name, "-o", str(out)], check=True, env=ENV,
                       capture_output=True, timeout=300)
    finally:
        Path(fh.name).unlink()


def build_paper(pool: list[dict], style: str, number: int, seed: int, out: Path, with_docx: bool) -> dict:
    """Render one paper clean and mutated in .txt and .md (and .docx); return its gold by folder and file."""
    digest = hashlib.sha256(f"{seed}:{style}:{number}".encode()).hexdigest()
    rng = random.Random(digest)
    pid = f"p{number:03d}"
    paper = make_paper(rng, pool, style, pid)
    plan = Plan()
    mutated = add_source_problems(rng, paper, pool, plan)
    mut_seed = rng.random()
    kind = style_kind(style)
    golds: dict[str, dict] = {"clean": {}, "mutated": {}, "planted": [], "skipped": []}
    for variant, src in (("clean", paper), ("mutated", mutated)):
        folder = out / "papers" / style / variant
        folder.mkdir(parents=True, exist_ok=True)
        texts = {}
        ast = pandoc(src.body, src.refs, style, "json")
        for ext, fmt in (("txt", "plain"), ("md", MD_FORMAT)):
            marked = convert(ast, fmt)
            variant_plan = None
            if variant == "mutated":
                variant_plan = Plan(uncited=list(plan.uncited), duplicate=plan.duplicate, planted=list(plan.planted))
                before = marked
                marked = plant_in_text(random.Random(mut_seed), src, marked, kind, kind == "note", variant_plan)
                notes, md = kind == "note", ext == "md"
                final = locate(marked, md, notes)
                hide_twin_uncited(variant_plan, src, final, kind)
                wrong = invisible(variant_plan, locate(before, md, notes), final, notes)
                if wrong:
                    raise AssertionError(f"{style}/{pid}.{ext}: planted but not in the text: {'; '.join(wrong)}")
                golds["planted"] += [p.split(" ")[0] for p in variant_plan.planted]
                golds["skipped"] += variant_plan.skipped
            text, gold = paper_gold(src, marked, ext == "md", variant_plan)
            gold["split"] = half(number)
            (folder / f"{pid}.{ext}").write_text(text, encoding="utf-8")
            golds[variant][f"{pid}.{ext}"] = gold
            texts[ext] = text
        if with_docx:
            docx(texts["md"], folder / f"{pid}.docx")
            golds[variant][f"{pid}.docx"] = golds[variant][f"{pid}.txt"]
    return golds


def build(shared: Path, out: Path, papers: int, seed: int, styles: list[str], docx_papers: int, jobs: int) -> None:
    pool = [w["csl"] for w in all_works(shared / "data")]
    tasks = [(style, n) for style in styles for n in range(papers)]
    with ThreadPoolExecutor(max_workers=jobs) as ex:  # pandoc waits more than it computes
        results = list(ex.map(lambda t: build_paper(pool, t[0], t[1], seed, out, docx_papers < 0 or t[1] < docx_papers),
                              tasks))
    for style in styles:
        for variant in ("clean", "mutated"):
            gold = {"_about": f"generated by tools/corpus (seed {seed}); pNNN even = dev, odd = sealed"}
            for (s, _n), r in zip(tasks, results, strict=True):
                if s == style:
                    gold.update(r[variant])
            path = out / "papers" / style / variant / "gold.json"
            path.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    planted = Counter(k for r in results for k in r["planted"])
    skipped = Counter(k for r in results for k in r["skipped"])
    print(f"{len(styles)} styles x {papers} papers, clean and mutated, under {out / 'papers'}; planted and "
          f"visible (.txt + .md): {sum(planted.values())} {dict(sorted(planted.items()))}; skipped (no place "
          f"where the text would carry it): {sum(skipped.values())} {dict(sorted(skipped.items()))}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path("build/corpus"))
    ap.add_argument("--papers", type=int, default=20, help="papers per style (>= 20 for the benchmark)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--styles", nargs="*", default=STYLES)
    ap.add_argument("--docx-papers", type=int, default=-1,
                    help="write .docx for the first N papers of each style only (-1: all)")
    ap.add_argument("--jobs", type=int, default=4, help="papers rendered at once (pandoc mostly waits)")
    args = ap.parse_args()
    build(args.shared, args.out, args.papers, args.seed, args.styles, args.docx_papers, args.jobs)


if __name__ == "__main__":
    main()
