"""How well the splitter recovers entries from re-wrapped reference lists.

Takes the labelled references of ../shared/data/anystyle/gold.jsonl (never
used for training), sorts them into lists of 25 as a bibliography would be,
lays each list out the ways papers arrive -- bare lines hard-wrapped at a
random width (PDF or plain-text paste), hanging indent, one paragraph per
entry, one line per entry -- and counts the entries split back out exactly.

    .venv/bin/python tools/eval_split.py [--shared ../shared] [-v]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from refcheck.document import Document  # noqa: E402
from refcheck.section.cues import without_marker  # noqa: E402
from refcheck.section.find import Section  # noqa: E402
from refcheck.section.split import split_entries  # noqa: E402


def layout(entries: list[str], how: str, rng: random.Random) -> str:
    width = rng.randint(60, 95) if how != "oneline" else 10_000
    out = ["References", ""]
    for e in entries:
        lines = textwrap.wrap(e, width=width, break_on_hyphens=False, break_long_words=False)
        if how == "hanging":
            lines = [lines[0]] + ["    " + ln for ln in lines[1:]]
        out.extend(lines)
        if how == "paragraph":
            out.append("")
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--layout", default="bare", help="which layout -v reports on")
    args = ap.parse_args()
    # Lists are consistent: a paper numbers all its entries or none, so the
    # odd numbered entry of the gold set is unnumbered here.
    gold = Path(args.shared) / "data/anystyle/gold.jsonl"
    refs = [without_marker(json.loads(x)["text"]) for x in gold.open(encoding="utf-8")]
    rng = random.Random(7)
    rng.shuffle(refs)
    groups = [sorted(refs[i:i + 25]) for i in range(0, len(refs), 25)]
    for how in ("bare", "hanging", "paragraph", "oneline"):
        exact = total = merged = broken = 0
        for group in groups:
            text = layout(group, how, rng)
            doc = Document("<eval>", text)
            got = [" ".join(e.text.split()) for e in split_entries(doc, Section(1, 3, text.count("\n") + 2))]
            want = [" ".join(e.split()) for e in group]
            total += len(want)
            gotset = set(got)
            for w in want:
                if w in gotset:
                    exact += 1
                elif any(g.startswith(w) or w in g for g in got):
                    merged += 1
                    if args.v and how == args.layout:
                        print("MERGED", w[:110])
                else:
                    broken += 1
                    if args.v and how == args.layout:
                        print("BROKEN", w[:110])
                        for g in got:
                            if g and g in w:
                                print("    piece:", g[:110])
        print(f"{how:10s} entries {total}  exact {exact / total:.3f}  "
              f"merged-into-another {merged}  split-apart {broken}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
