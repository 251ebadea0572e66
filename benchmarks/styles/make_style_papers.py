#!/usr/bin/env python3
"""Make small papers in numeric, superscript and notes styles with pandoc --citeproc, for measuring.

Usage: make_style_papers.py OUT_DIR [--papers N] [--sweep N [--seed S] [--split-file PATH]]

Each paper cites real works (Crossref records in ../shared/data/crossref) from a Markdown body with
pandoc citations, rendered with the CSL styles Debian's citation-style-language-styles ships. Written:
OUT_DIR/<style>/<paper>.txt (pandoc -t plain), <paper>.glued.txt for superscript styles (the Unicode
superscripts flattened to plain digits, as PDF and .txt exports leave them), <paper>.docx, and
OUT_DIR/expected.json: per paper the number of entries and of citations (every entry is cited once or
more; the body also holds digits that are not citations: H2O, CO2, COVID-19, p<0.05, years, figures).

--sweep N renders unseen styles instead of the fixed ten: the named families of sweep_styles.py plus N
random independent styles drawn with --seed; expected.json then records each paper's style class and
half (dev or sealed), OUT_DIR/sweep.json the styles, and --split-file writes the split (benchmarks/splits/).
A paper whose body holds Unicode superscript digits also gets the flattened .glued.txt variant.
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sweep_styles import pick  # noqa: E402

CROSSREF = Path(__file__).resolve().parents[3] / "shared" / "data" / "crossref"
CSL_DIR = Path("/usr/share/citation-style-language/styles")
STYLES = ["vancouver", "vancouver-superscript", "american-medical-association", "nature",
          "american-chemical-society", "ieee", "chicago-note-bibliography", "chicago-note-bibliography-with-ibid",
          "chicago-fullnote-bibliography",
          "modern-humanities-research-association"]
SUPERSCRIPT = {"vancouver-superscript", "american-medical-association", "nature", "american-chemical-society"}
_TYPES = {"journal-article": "article-journal", "book-chapter": "chapter", "proceedings-article": "paper-conference",
          "book": "book"}
FILLER = [
    "Water (H2O) and CO2 uptake were measured at 25 °C over 12 h",
    "During the COVID-19 pandemic in 2020 many of these studies paused",
    "The effect was significant (p<0.05; n = 48) as Figure 2 shows",
    "Samples of 10 mg were stored at -80 °C for 3 months (Table 1)",
    "This question has been open since 1998 and remains so",
]
SENTENCES = [
    "Earlier work described this pattern in detail {c}.",
    "Several groups reported comparable results {c}.",
    "The method follows the protocol given elsewhere {c}.",
    "As shown previously {c}, the estimate depends on sample size.",
    "These findings agree with field observations {c}.",
]


def works() -> list[dict]:
    """Crossref journal articles, chapters and books with named authors, one per first-author family."""
    out: list[dict] = []
    seen: set[str] = set()
    for f in sorted(glob.glob(str(CROSSREF / "*works*.json"))):
        try:
            msg = json.loads(Path(f).read_text(encoding="utf-8")).get("message")
        except (ValueError, AttributeError):
            continue
        items = msg.get("items") if isinstance(msg, dict) and "items" in msg else [msg]
        for it in items or []:
            if not isinstance(it, dict) or it.get("type") not in _TYPES:
                continue
            authors = it.get("author") or []
            title = (it.get("title") or [""])[0]
            year = ((it.get("issued") or {}).get("date-parts") or [[None]])[0][0]
            if not authors or not title or not year or not all("family" in a and "given" in a for a in authors):
                continue
            if it["type"] != "book" and not it.get("container-title"):
                continue
            fam = authors[0]["family"]
            if fam in seen or "\n" in title:
                continue
            seen.add(fam)
            out.append(it)
    return out


def csl_item(it: dict, key: str) -> dict:
    item = {"id": key, "type": _TYPES[it["type"]], "title": " ".join(it["title"][0].split()),
            "author": [{"family": a["family"], "given": a["given"]} for a in it["author"]],
            "issued": {"date-parts": [[((it.get("issued") or {}).get("date-parts") or [[None]])[0][0]]]}}
    for k in ("volume", "issue", "page", "DOI", "publisher"):
        if it.get(k):
            item[k] = it[k]
    if it.get("container-title"):
        item["container-title"] = it["container-title"][0]
    return item


def body(keys: list[str], rng: random.Random, notes: bool) -> str:
    """Paragraphs citing every key at least once, single, grouped, ranged and with a page locator."""
    order = list(keys)
    paras: list[str] = []
    sent: list[str] = []
    i = 0
    while i < len(order):
        k = rng.choice([1, 1, 2, 3])
        group = order[i:i + k]
        i += k
        if notes or len(group) == 1:
            cite = "[" + "; ".join(f"@{g}" + (", 45" if rng.random() < 0.2 else "") for g in group) + "]"
        else:
            cite = "[" + "; ".join(f"@{g}" for g in group) + "]"
        sent.append(rng.choice(SENTENCES).format(c=cite))
        if rng.random() < 0.4:
            sent.append(rng.choice(FILLER) + ".")
        if len(sent) >= 4:
            paras.append(" ".join(sent))
            sent = []
    # Cite again: a repeated note becomes a short note or "Ibid." in the notes styles.
    for g in rng.sample(keys, min(3, len(keys))):
        sent.append(f"We return to this point later [@{g}, 50].")
    paras.append(" ".join(sent))
    return "\n\n".join(paras)


def render(out: Path, style: str, p: int, pool: list[dict], notes: bool, glue: bool | None) -> dict:
    """Writes paper p of a style (.json, .md, .txt, .docx, .glued.txt when glue or, with glue None, when
    its body holds superscript digits) and returns its expected.json record."""
    csl = CSL_DIR / f"{style}.csl"
    sdir = out / style
    sdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{style}-{p}")
    chosen = rng.sample(pool, rng.randint(8, 16))
    keys = [f"w{j}" for j in range(len(chosen))]
    refs = [csl_item(it, k) for it, k in zip(chosen, keys, strict=True)]
    md = f"# A study of {style}\n\n{body(keys, rng, notes)}\n\n# References\n"
    name = f"paper{p + 1}"
    (sdir / f"{name}.json").write_text(json.dumps(refs, ensure_ascii=False, indent=1), encoding="utf-8")
    (sdir / f"{name}.md").write_text(md, encoding="utf-8")
    unprinted = 0
    for fmt, suffix in (("plain", ".txt"), ("docx", ".docx")):
        run = subprocess.run(["pandoc", "--citeproc", f"--csl={csl}", f"--bibliography={sdir / name}.json",
                              "--wrap=none", "-t", fmt, "-o", str(sdir / f"{name}{suffix}"),
                              str(sdir / f"{name}.md")], check=True, timeout=120, capture_output=True, text=True)
        unprinted = run.stderr.count("with no printed form")
    text = (sdir / f"{name}.txt").read_text(encoding="utf-8")
    sup = "⁰¹²³⁴⁵⁶⁷⁸⁹"
    if glue or (glue is None and any(c in sup for c in text[:text.find("\nReferences\n")])):
        flat = text.translate(str.maketrans(sup + "⁻⁽⁾", "0123456789-()"))
        (sdir / f"{name}.glued.txt").write_text(flat, encoding="utf-8")
    # "unprinted": works the style prints no bibliography entry for (pandoc warns): their citations'
    # no-entry findings are true ones
    return {"entries": len(keys), "notes": notes, "cites": md.count("@"), "unprinted": unprinted}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--papers", type=int, default=3)
    ap.add_argument("--sweep", type=int, help="render the named unseen families and this many random styles")
    ap.add_argument("--seed", default="sweep-1")
    ap.add_argument("--split-file", help="with --sweep: write the dev/sealed split here")
    ap.add_argument("--beyond", help="with --sweep: split files (comma-separated) whose styles are left out; all "
                    "picked are dev unless --halves")
    ap.add_argument("--halves", action="store_true", help="with --beyond: split the new draw dev/sealed too")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pool = works()
    expected: dict[str, dict] = {}
    if args.sweep is None:
        for style in STYLES:
            notes = "note" in style or "humanities" in style
            for p in range(args.papers):
                expected[f"{style}/paper{p + 1}"] = render(out, style, p, pool, notes, style in SUPERSCRIPT)
    else:
        seen: set[str] = set()
        for f in args.beyond.split(",") if args.beyond else []:
            old = json.loads(Path(f).read_text(encoding="utf-8"))
            seen.update(old.get("dev", []) + old.get("sealed", []))
        sweep = pick(args.sweep, args.seed, frozenset(seen), args.halves)
        (out / "sweep.json").write_text(json.dumps(sweep, indent=1), encoding="utf-8")
        if args.split_file:
            about = (f"CSL styles sweep (make_style_papers.py --sweep {args.sweep} --seed {args.seed}): named "
                     "unseen families plus random independent styles, split once before any fix by "
                     "sweep_styles.split (per CSL class, sha1 order of the style name, alternating dev/sealed). "
                     "Fix against 'dev' only; 'sealed' is reported (numbers only), never inspected.")
            if args.beyond:
                about = (f"CSL styles draw (make_style_papers.py --sweep {args.sweep} --seed {args.seed} --beyond "
                         f"{args.beyond}): random independent styles outside those sweeps, "
                         + ("split once before any fix by sweep_styles.split; fix against 'dev' only."
                            if args.halves else "all dev."))
            split = {"_about": about, "classes": {s["style"]: s["class"] for s in sweep},
                     "dev": sorted(s["style"] for s in sweep if s["half"] == "dev"),
                     "sealed": sorted(s["style"] for s in sweep if s["half"] == "sealed")}
            Path(args.split_file).write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
        for s in sweep:
            for p in range(args.papers):
                try:
                    rec = render(out, s["style"], p, pool, s["class"] == "note", None)
                except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as e:
                    print(f"{s['style']}: pandoc failed: {e}", file=sys.stderr)
                    continue
                expected[f"{s['style']}/paper{p + 1}"] = {**rec, "class": s["class"], "half": s["half"]}
    (out / "expected.json").write_text(json.dumps(expected, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
