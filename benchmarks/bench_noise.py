"""Does refcheck say the same of a paper pasted from a PDF as of the clean paper?

Users paste papers out of PDF viewers and word processors: lines broken at the column width, words
hyphenated across lines, a running head and a page number every page, ligatures, and a reference
list whose entries are no longer separated by blank lines. None of that changes which citations
and entries the paper has, so every finding that appears only on the damaged copy is a false alarm
caused by the damage, and every finding that disappears is a miss. This benchmark damages each clean
real article (deterministically, per paper) and compares refcheck's findings on both copies:

    new     findings only on the damaged copy (by code and the words of the message)
    lost    findings only on the clean copy
    entries entries parsed on the damaged copy / on the clean copy

Sets: the real-article yardsticks' clean papers (../shared/data/articles and fixtures/papers_real*),
dev halves in detail, sealed halves as totals only (benchmarks/splits).

    .venv/bin/python benchmarks/bench_noise.py --shared ../shared [--sets articles,real2] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tempfile
import textwrap
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_accuracy import run_refcheck  # noqa: E402

_LIST_HEADINGS = ("References", "Bibliography", "Referências", "Referencias", "Literature Cited", "Works Cited")
_LIGATURES = {"fi": "ﬁ", "fl": "ﬂ", "ff": "ﬀ"}
_WORD = re.compile(r"[A-Za-z]{9,}")


def _hyphenate(line: str, rng: random.Random) -> tuple[str, str] | None:
    """Split the last long word of a wrapped line across the break, as a typesetter would."""
    words = list(_WORD.finditer(line))
    if not words or rng.random() > 0.25:
        return None
    w = words[-1]
    if w.end() != len(line.rstrip(".,;:")) or len(w.group()) < 9:
        return None
    cut = w.start() + rng.randint(3, len(w.group()) - 4)
    return line[:cut] + "-", line[cut:]


def _footer(seed: str) -> str:
    """A page's foot as journals print it, with the journal, the paper's DOI or site, and the page (--footer):
    the same line every page but for the page number. "{page}" is left for the page."""
    rng = random.Random(hashlib.sha256(("footer" + seed).encode()).hexdigest())
    year, month = rng.randint(2005, 2024), rng.choice(["January", "March", "June", "September", "November"])
    return rng.choice([
        f"PLOS ONE | https://doi.org/10.1371/journal.pone.{rng.randint(10 ** 6, 10 ** 7 - 1):07d} "
        f"{month} {rng.randint(1, 28)}, {year} {{page}} / {rng.randint(20, 40)}",
        f"Frontiers in Psychology | www.frontiersin.org    {{page}}    {month} {year} | Volume {rng.randint(1, 15)} | "
        f"Article {rng.randint(100, 2000)}",
        f"J Appl Stud {year};{rng.randint(1, 60)}:{rng.randint(100, 900)}–{rng.randint(901, 999)}. "
        f"https://doi.org/10.{rng.randint(1000, 9999)}/jas.{year}.{rng.randint(1000, 9999)}    {{page}}",
        f"© {year} The Authors. Published by Elsevier Ltd. This is an open access article under the CC BY license."])


def damage(text: str, seed: str, widths: tuple[int, int] = (72, 96), footer: bool = False) -> str:
    """The paper as a PDF viewer pastes it (see the module docstring); deterministic per seed. A
    two-column page pastes as lines of 40-55 characters (--narrow); --footer adds each page's foot."""
    foot = _footer(seed) if footer else ""
    rng = random.Random(hashlib.sha256(seed.encode()).hexdigest())
    width = rng.randint(*widths)
    head = rng.choice(["Journal of Applied Studies 2021; 14(3)", "RESEARCH ARTICLE", "Author et al.",
                       "Preprint - not peer reviewed"])
    pasted = ""
    in_list = False
    for para in text.split("\n\n"):
        lines = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [""]
        joined: list[str] = []
        for line in lines:
            if joined and (split := _hyphenate(joined[-1], rng)):
                joined[-1] = split[0]
                line = split[1] + " " + line
            joined.append(line)
        # body paragraphs keep their blank line; the list's entries run on without one
        pasted += ("\n" if in_list else "\n\n") + "\n".join(joined) if pasted else "\n".join(joined)
        in_list = in_list or para.strip() in _LIST_HEADINGS
    for lig, glyph in _LIGATURES.items():
        pasted = pasted.replace(lig, glyph) if rng.random() < 0.5 else pasted
    lines = pasted.split("\n")
    page = rng.randint(1, 30)
    damaged: list[str] = []
    for k, line in enumerate(lines, start=1):
        damaged.append(line)
        if k % 48 == 0:
            page += 1
            damaged += ["", foot.format(page=page - 1)] if foot else []
            damaged += ["", f"{head}    {page}" if page % 2 else f"{page}    {head}", ""]
    return "\n".join(damaged) + "\n"


def _key(finding: dict) -> tuple[str, str]:
    # a duplicate's twin moves with the page breaks; "Redﬁeld" is "Redfield"
    message = unicodedata.normalize("NFKC", re.sub(r"at line \d+", "", finding["message"]))
    words = re.sub(r"[^\w]+", " ", message.replace("-\n", "").replace("\n", " ")).lower()
    return finding["code"], " ".join(words.split())


def compare(clean: dict, noisy: dict) -> tuple[Counter, Counter, list[str]]:
    a = Counter(_key(f) for f in clean.get("findings", []) if f["severity"] in ("error", "warning"))
    b = Counter(_key(f) for f in noisy.get("findings", []) if f["severity"] in ("error", "warning"))
    new, lost = b - a, a - b
    lines = [f"  + {c}: {m[:150]}" for (c, m), n in new.items() for _ in range(n)]
    lines += [f"  - {c}: {m[:150]}" for (c, m), n in lost.items() for _ in range(n)]
    return Counter(c for (c, _), n in new.items() for _ in range(n)), \
        Counter(c for (c, _), n in lost.items() for _ in range(n)), lines


def ents_of(report: dict) -> int:
    return len(report.get("references", []))


def sets(shared: Path) -> dict[str, tuple[Path, dict]]:
    out = {"articles": (shared / "data" / "articles" / "papers", json.loads(
        (ROOT / "benchmarks" / "splits" / "articles.json").read_text(encoding="utf-8")))}
    for split in sorted((ROOT / "benchmarks" / "splits").glob("real*.json")):
        out[split.stem] = (ROOT / "fixtures" / f"papers_{split.stem}" / "papers",
                           json.loads(split.read_text(encoding="utf-8")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sets", help="comma-separated (default: all)")
    ap.add_argument("--show", action="store_true", help="print each dev paper's differing findings")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", default="", help="another damage for the same papers (other widths, breaks, heads)")
    ap.add_argument("--narrow", action="store_true", help="lines of a two-column page (40-55 characters)")
    ap.add_argument("--footer", action="store_true", help="each page's foot too (journal, DOI or site, page)")
    ap.add_argument("--halves", default="dev,sealed", help="which halves to run (dev while fixing)")
    args = ap.parse_args(argv)
    chosen = sets(args.shared)
    if args.sets:
        chosen = {k: v for k, v in chosen.items() if k in args.sets.split(",")}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (folder, split) in chosen.items():
            for half in args.halves.split(","):
                papers = [folder / p for p in split.get(half, []) if (folder / p).exists()]
                noisy = []
                for p in papers:
                    q = Path(tmp) / name / half / p.name
                    q.parent.mkdir(parents=True, exist_ok=True)
                    q.write_text(damage(p.read_text(encoding="utf-8-sig"), args.seed + p.name,
                                        (40, 55) if args.narrow else (72, 96), args.footer), encoding="utf-8")
                    noisy.append(q)
                reports = run_refcheck(papers + noisy, args.jobs)
                new_t: Counter = Counter()
                lost_t: Counter = Counter()
                ents = [0, 0]
                for p, q in zip(papers, noisy, strict=True):
                    a, b = reports.get(str(p.resolve()), {}), reports.get(str(q.resolve()), {})
                    new, lost, lines = compare(a, b)
                    new_t += new
                    lost_t += lost
                    ents[0] += ents_of(b)
                    ents[1] += ents_of(a)
                    if args.show and half == "dev" and (lines or ents_of(a) != ents_of(b)):
                        print(f"{name}/{p.name}: entries {ents_of(b)}/{ents_of(a)}")
                        print("\n".join(lines))
                n = max(1, len(papers))
                print(f"{name:9} {half:6} papers {len(papers):3}  new {sum(new_t.values()):4} "
                      f"({sum(new_t.values()) / n:.2f}/paper)  lost {sum(lost_t.values()):4}  "
                      f"entries {ents[0]}/{ents[1]}  new by code {dict(new_t.most_common())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
