"""Build and score the PDF corpus: the same papers as .txt and as PDF, so the PDF reader is
measured against what the text of the same paper gives.

    python tools/pdf_corpus.py build [--out build/pdf_corpus] [--papers 2] [--layouts 1col,...,lo]
    python tools/pdf_corpus.py score [--out build/pdf_corpus] [--half dev|held-out]
        [--renderer latex|libreoffice] [--json FILE]

`build` writes, for every paper x style x layout, `NAME.md` (pandoc source), `NAME.txt` (the
same paper rendered by pandoc to plain text), `NAME.pdf` (pandoc -> LaTeX -> pdflatex) and
`NAME.gold.json` (the list's entries as pandoc printed them). Works are real Crossref records
(../shared/data/crossref); body sentences are filler around real citations. Layouts: one or two
columns, the style's own hanging indent or none, paragraphs separated by a gap or a first-line
indent. The seeds (fixtures/seeds/*.txt) are printed too, each line a paragraph, the list with a
hanging indent.

A second renderer, where LibreOffice is installed (`soffice`; Debian's libreoffice-writer-nogui):
layout `lo` writes the paper to .docx with pandoc (the style's own CSL) and converts it with
`soffice --headless --convert-to pdf`, as a user who writes in Word or Writer would. Without
soffice the variant is skipped with the reason printed.

Halves: papers p02 and p03 are the held-out set (`held_out`), every other paper and the seeds
are development data.

`score` reads every PDF with refcheck and reports: entries found exactly (gold entries whose text
refcheck's entry reproduces, whitespace, emphasis, ’/', U+2010/- and a URL's %5B/%5D for [/]
aside), citation detection (the .txt citations the PDF also yields, by text; in note styles
the .txt's "[1]" note marks are not counted as citations), and the share of papers whose
findings (code and message) equal the .txt's.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CSL_DIR = Path("/usr/share/citation-style-language/styles")
STYLES = ["apa", "modern-language-association", "chicago-author-date", "harvard-cite-them-right", "ieee",
          "american-medical-association", "nature", "chicago-note-bibliography"]
LAYOUTS = {  # name: (two columns, hanging indent kept, first-line indent instead of gaps)
    "1col": (False, True, False),
    "1col-nohang": (False, False, True),
    "2col": (True, True, False),
    "2col-nohang": (True, False, True),
}
LIBREOFFICE = "lo"  # the layout name of the .docx -> LibreOffice variant
HELD_OUT = {2, 3}  # paper numbers scored only, never looked at when fixing the reader
_FILLER = [
    "Earlier work described the same pattern in a smaller sample.",
    "The effect held after adjusting for age and site.",
    "This agrees with what field studies reported over the last decade.",
    "Measurements were repeated under the conditions described there.",
    "Several groups have questioned how far such results generalize.",
    "The method follows the protocol set out in the original study.",
    "Related findings came from very different populations.",
    "We return to this point in the discussion below.",
]
_LATIN = re.compile(r"^[\u0000-\u024f\u2010-\u2027\u00a0]*$")


def _csl_item(msg: dict, key: str) -> dict | None:
    """A Crossref work as CSL-JSON for pandoc's citeproc (Crossref's field names are CSL's)."""
    title = (msg.get("title") or [""])[0]
    authors = [a for a in msg.get("author") or [] if a.get("family")]
    year = ((msg.get("issued") or {}).get("date-parts") or [[None]])[0][0]
    if not title or not authors or not year:
        return None
    text = json.dumps([title, authors, msg.get("container-title")], ensure_ascii=False)
    if not _LATIN.match(text) or "<" in title:
        return None  # pdflatex's default fonts; markup in titles
    kind = {"journal-article": "article-journal", "book-chapter": "chapter", "proceedings-article": "paper-conference",
            "book": "book"}.get(msg.get("type", ""), "article-journal")
    item = {"id": key, "type": kind, "title": title, "issued": {"date-parts": [[year]]},
            "author": [{"family": a["family"], "given": a.get("given", "")} for a in authors[:6]]}
    for src, dst in (("volume", "volume"), ("issue", "issue"), ("page", "page"), ("DOI", "DOI"),
                     ("publisher", "publisher")):
        if msg.get(src):
            item[dst] = msg[src]
    if msg.get("container-title"):
        item["container-title"] = msg["container-title"][0]
    return item


def load_works(shared: Path) -> list[dict]:
    works: dict[str, dict] = {}
    for f in sorted((shared / "data" / "crossref").glob("*.json")):
        try:
            msg = json.loads(f.read_text()).get("message")
        except (ValueError, AttributeError):
            continue
        items = msg.get("items", []) if isinstance(msg, dict) and "items" in msg else [msg]
        for m in items:
            if isinstance(m, dict) and m.get("DOI") and m["DOI"].lower() not in works:
                item = _csl_item(m, f"w{len(works)}")
                if item:
                    works[m["DOI"].lower()] = item
    return list(works.values())


def paper_markdown(rng: random.Random, works: list[dict]) -> tuple[str, list[dict]]:
    """A paper citing 8-16 works, each at least once, in the usual forms."""
    chosen = rng.sample(works, rng.randint(8, 16))
    paras = []
    order = chosen + rng.sample(chosen, len(chosen) // 2)
    i = 0
    while i < len(order):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            if i >= len(order):
                break
            w = order[i]
            form = rng.random()
            if form < 0.15 and i + 1 < len(order) and order[i + 1]["id"] != w["id"]:
                cite = f"[@{w['id']}; @{order[i + 1]['id']}]"
                i += 1
            elif form < 0.3:
                cite = f"[@{w['id']}, p. {rng.randint(2, 300)}]"
            else:
                cite = f"[@{w['id']}]"
            sentences.append(f"{rng.choice(_FILLER)[:-1]} {cite}.")
            sentences.append(rng.choice(_FILLER))
            i += 1
        paras.append(" ".join(sentences))
    md = "# Introduction\n\n" + "\n\n".join(paras) + "\n\n# References\n\n::: {#refs}\n:::\n"
    return md, chosen


def _csl_file(style: str, hang: bool, out: Path) -> Path:
    src = CSL_DIR / f"{style}.csl"
    if hang:
        return src
    dst = out / "csl" / f"{style}-nohang.csl"
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(src.read_text().replace('hanging-indent="true"', 'hanging-indent="false"'))
    return dst


def _pandoc(args: list[str], timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run(["pandoc", *args], capture_output=True, text=True, timeout=timeout)


def _pdf_args(two_col: bool, first_line_indent: bool) -> list[str]:
    args = ["--pdf-engine=pdflatex", "-V", "geometry:margin=2.5cm", "-V", "fontsize=11pt"]
    if two_col:
        args += ["-V", "classoption=twocolumn"]
    if first_line_indent:
        args += ["-V", "indent"]
    return args


def gold_entries(plain: str) -> list[str]:
    """The list's entries as pandoc printed them: paragraphs after the References heading."""
    tail = plain.rsplit("References\n", 1)[-1]
    tail = tail.split("\n\n[1]", 1)[0] if "\n\n[1] " in tail else tail  # footnotes follow in notes styles
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", tail) if p.strip() and not set(p.strip()) <= {"-"}]


def soffice() -> str | None:
    """LibreOffice's command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _libreoffice_pdfs(docxs: list[Path], out: Path) -> list[str]:
    """Convert .docx files to PDF in one LibreOffice process (start-up is most of its cost), with a
    profile of its own under `out` so a running LibreOffice or a read-only home does not matter.
    Returns the names that gave no PDF."""
    for d in docxs:
        (out / f"{d.stem}.pdf").unlink(missing_ok=True)
    if docxs:
        profile = (out / "lo-profile").resolve().as_uri()
        subprocess.run([soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), *map(str, docxs)], capture_output=True, text=True,
                       timeout=120 + 30 * len(docxs))
    return [d.stem for d in docxs if not (out / f"{d.stem}.pdf").exists()]


def build(out: Path, shared: Path, n_papers: int, first: int = 0, seeds: bool = True,
          layouts: list[str] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    layouts = list(LAYOUTS) + [LIBREOFFICE] if layouts is None else layouts
    if LIBREOFFICE in layouts and not soffice():
        print("LibreOffice variant skipped: soffice not found (apt-get install libreoffice-writer-nogui)",
              file=sys.stderr)
        layouts = [x for x in layouts if x != LIBREOFFICE]
    works = load_works(shared)
    print(f"{len(works)} Crossref works usable", file=sys.stderr)
    failed = 0
    docxs: list[Path] = []
    for p in range(first, first + n_papers):
        rng = random.Random(1000 + p)
        md, chosen = paper_markdown(rng, works)
        for style in STYLES:
            if LIBREOFFICE in layouts:
                name = f"p{p:02d}-{style}-{LIBREOFFICE}"
                (out / f"{name}.md").write_text(md)
                (out / f"{name}.json").write_text(json.dumps(chosen, ensure_ascii=False))
                common = [str(out / f"{name}.md"), "--citeproc", f"--bibliography={out / name}.json",
                          f"--csl={CSL_DIR / f'{style}.csl'}"]
                plain = _pandoc(common + ["-t", "plain", "--wrap=none"])
                docx = _pandoc(common + ["-o", str(out / f"{name}.docx")])
                if plain.returncode or docx.returncode:
                    failed += 1
                    print(f"{name}: pandoc failed: {(plain.stderr or docx.stderr)[-300:]}", file=sys.stderr)
                else:
                    (out / f"{name}.txt").write_text(plain.stdout)
                    (out / f"{name}.gold.json").write_text(json.dumps({"entries": gold_entries(plain.stdout)},
                                                                      ensure_ascii=False, indent=1))
                    docxs.append(out / f"{name}.docx")
            for layout, (two_col, hang, indent) in LAYOUTS.items():
                if layout not in layouts:
                    continue
                name = f"p{p:02d}-{style}-{layout}"
                (out / f"{name}.md").write_text(md)
                (out / f"{name}.json").write_text(json.dumps(chosen, ensure_ascii=False))
                csl = _csl_file(style, hang, out)
                common = [str(out / f"{name}.md"), "--citeproc", f"--bibliography={out / name}.json", f"--csl={csl}"]
                plain = _pandoc(common + ["-t", "plain", "--wrap=none"])
                pdf = _pandoc(common + _pdf_args(two_col, indent) + ["-o", str(out / f"{name}.pdf")])
                if plain.returncode or pdf.returncode:
                    failed += 1
                    print(f"{name}: pandoc failed: {(plain.stderr or pdf.stderr)[-300:]}", file=sys.stderr)
                    continue
                (out / f"{name}.txt").write_text(plain.stdout)
                (out / f"{name}.gold.json").write_text(json.dumps({"entries": gold_entries(plain.stdout)},
                                                                  ensure_ascii=False, indent=1))
    for seed in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) if seeds else []:
        for layout in ("1col", "2col"):
            name = f"seed{seed.name[:3]}-{layout}"
            text = _LATEX_UNSAFE.sub("?", seed.read_text())  # what pdflatex prints; the .txt is the same text
            (out / f"{name}.txt").write_text(text)
            (out / f"{name}.md").write_text(_seed_markdown(text))
            r = _pandoc([str(out / f"{name}.md"), "-f", "markdown-smart-auto_identifiers",
                         *_pdf_args(layout == "2col", False), "-o", str(out / f"{name}.pdf")])
            if r.returncode:
                failed += 1
                print(f"{name}: pandoc failed: {r.stderr[-300:]}", file=sys.stderr)
    for name in _libreoffice_pdfs(docxs, out):
        failed += 1
        print(f"{name}: LibreOffice gave no PDF", file=sys.stderr)
    print(f"built in {out} ({failed} failed)", file=sys.stderr)


_LATEX_UNSAFE = re.compile(r"[^\u0000-\u017f\u2013\u2014\u2018\u2019\u201c\u201d\u2026]")
_LIST_HEAD = re.compile(r"^\s*(?:works cited|references?|bibliography|literature cited|sources)\s*:?\s*$", re.I)


def _seed_markdown(text: str) -> str:
    """A plain-text paper as a person would print it: each line a paragraph, the list hanging."""
    out = []
    in_list = False
    for line in text.splitlines():
        if not line.strip():
            continue
        esc = re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", line.strip())
        if _LIST_HEAD.match(line) and not in_list:
            in_list = True
            out.append(f"{esc}\n\n\\setlength{{\\parindent}}{{-2em}}\\setlength{{\\leftskip}}{{2em}}")
            continue
        out.append(esc)
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- scoring

def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("*", "").replace("_", "").replace("’", "'").replace("\u2010", "-")
    s = s.replace("%5B", "[").replace("%5D", "]")  # pandoc's LaTeX escapes brackets in a printed URL
    s = re.sub(r"^\s*(?:\[\d+\]|\d+\.)\s*", "", s)
    # pandoc's plain text writes a superscript it cannot print as "^(...)": "^(3,4)" is "3,4"
    s = re.sub(r"\^\(((?:[^()]|\([^()]*\))*)\)", r"\1", s).replace("^", "")
    return re.sub(r"\s+", "", s).lower()


def _run(path: Path) -> dict:
    from refcheck.errors import InputError
    from refcheck.pipeline import check_document
    from refcheck.readers import read_document

    try:
        doc = read_document(str(path))
    except InputError as exc:
        return {"error": str(exc), "entries": [], "citations": [], "findings": []}
    rep = check_document(doc)
    return {"entries": [r.raw for r in rep.references],
            "citations": [" ".join(c.text.split()) for c in rep.citations],
            "findings": sorted(f"{f.code}: {f.message}" for f in rep.findings)}


def held_out(name: str) -> bool:
    """Whether a corpus PDF (by its file name) belongs to the held-out papers."""
    m = re.match(r"p(\d+)-", name)
    return bool(m) and int(m.group(1)) in HELD_OUT


def renderer(name: str) -> str:
    """Which tool made a corpus PDF: "libreoffice" (.docx -> soffice) or "latex" (pandoc -> pdflatex)."""
    return "libreoffice" if name.endswith(f"-{LIBREOFFICE}") else "latex"


def score(out: Path | list[Path], select: Callable[[str], bool] | None = None) -> dict:
    """Score the PDFs of one or more corpus directories; `select` keeps the names it accepts."""
    totals = Counter()
    worst: list[str] = []
    dirs = [out] if isinstance(out, Path) else out
    for pdf in sorted(p for d in dirs for p in d.glob("*.pdf")):
        name = pdf.stem
        if select is not None and not select(name):
            continue
        folder = pdf.parent
        txt = folder / f"{name}.txt"
        got, ref = _run(pdf), _run(txt)
        gold_file = folder / f"{name}.gold.json"
        gold = json.loads(gold_file.read_text())["entries"] if gold_file.exists() else ref["entries"]
        got_norm = Counter(_norm(e) for e in got["entries"])
        exact = sum(min(n, got_norm[k]) for k, n in Counter(_norm(e) for e in gold).items())
        totals["entries_gold"] += len(gold)
        totals["entries_exact"] += exact
        totals["entries_found"] += len(got["entries"])
        if "-note-" in name:  # pandoc's plain text prints note marks as "[1]": marks, not citations
            ref["citations"] = [c for c in ref["citations"] if not re.fullmatch(r"\[\d+\]", c)]
        cref, cgot = Counter(_norm(c) for c in ref["citations"]), Counter(_norm(c) for c in got["citations"])
        totals["cites_txt"] += sum(cref.values())
        totals["cites_hit"] += sum(min(n, cgot[k]) for k, n in cref.items())
        same = got["findings"] == ref["findings"]
        totals["papers"] += 1
        totals["same_findings"] += same
        group = "seed" if name.startswith("seed") else "gen"
        totals[f"{group}_papers"] += 1
        totals[f"{group}_same"] += same
        if not same or exact < len(gold):
            extra = Counter(got["findings"]) - Counter(ref["findings"])
            worst.append(f"{name}: entries {exact}/{len(gold)} (found {len(got['entries'])}), "
                         f"extra findings {sum(extra.values())}: {list(extra)[:2]}")
    result = {
        "papers": totals["papers"],
        "entries_exact": round(totals["entries_exact"] / max(1, totals["entries_gold"]), 4),
        "entries": f"{totals['entries_exact']}/{totals['entries_gold']} (found {totals['entries_found']})",
        "citation_detection": round(totals["cites_hit"] / max(1, totals["cites_txt"]), 4),
        "citations": f"{totals['cites_hit']}/{totals['cites_txt']}",
        "same_findings": round(totals["same_findings"] / max(1, totals["papers"]), 4),
        "same_findings_generated": f"{totals['gen_same']}/{totals['gen_papers']}",
        "same_findings_seeds": f"{totals['seed_same']}/{totals['seed_papers']}",
    }
    return {"summary": result, "misses": worst}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=["build", "score"])
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "pdf_corpus")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--papers", type=int, default=2)
    ap.add_argument("--first", type=int, default=0, help="number of the first paper (a held-out set: --first 2)")
    ap.add_argument("--no-seeds", action="store_true", help="leave the seeds out")
    ap.add_argument("--layouts", default=",".join([*LAYOUTS, LIBREOFFICE]),
                    help="comma-separated, of: " + ", ".join([*LAYOUTS, LIBREOFFICE]) + " (lo: .docx -> LibreOffice)")
    ap.add_argument("--half", choices=["dev", "held-out"], help="score only this half")
    ap.add_argument("--renderer", choices=["latex", "libreoffice"], help="score only the PDFs of this renderer")
    ap.add_argument("--json", type=Path, help="write the score here too")
    ap.add_argument("--misses", action="store_true", help="list the papers that differ")
    args = ap.parse_args(argv)
    if args.command == "build":
        build(args.out, args.shared, args.papers, args.first, not args.no_seeds, args.layouts.split(","))
        return 0

    def select(name: str) -> bool:
        return ((args.half is None or held_out(name) == (args.half == "held-out"))
                and (args.renderer is None or renderer(name) == args.renderer))

    res = score(args.out, select)
    print(json.dumps(res["summary"], indent=1))
    if args.misses:
        print("\n".join(res["misses"]))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
