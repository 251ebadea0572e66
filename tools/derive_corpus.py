"""Derive tools/labelled/corpus16.jsonl from the corpus issue's labelled references in 16 CSL styles.

    python tools/derive_corpus.py --corpus ../wt-corpus/build/corpus/labelled [--per-style 60]

The corpus build (CSL styles applied to Crossref records, split train/test by work) is large
and slow to regenerate, so training does not depend on it: this tool takes a fixed sample of
each style's *train* split (the first PER_STYLE works in file order, so the same input gives
the same file) and commits it as a compact training file. The test split is never read here;
tools/eval_styles.py scores it.

Three systematic slips of the generated labels are corrected on the way (counts printed):
an ACS number "(224)" inside the author span is a citation number; "ed."/"editor." labelled
edition or author right after an editor span belongs to the editor; nothing else is changed
(compact groups such as "2018;6:e5066." are relabelled piece by piece at training time by
refcheck.parser.training.compact_labels, the same rule for every source).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_LEADING_NUMBER = re.compile(r"^(\(\d+\)|\[\d+\]|\d+\.)\s+")
_EDITOR_TAIL = re.compile(r"^(?:ed|eds|editor|editors)\.?,?$", re.I)


def fix(segments: list[list[str]], fixes: Counter) -> list[list[str]]:
    out: list[list[str]] = []
    for label, text in segments:
        if label == "author" and not out:
            m = _LEADING_NUMBER.match(text)
            if m:
                out.append(["citation-number", m.group(1)])
                text = text[m.end():]
                fixes["number inside author"] += 1
        if out and out[-1][0] == "editor" and label in ("edition", "author") and (
                _EDITOR_TAIL.match(text) or text.rstrip(".").endswith(("editor", "editors"))):
            out[-1] = ["editor", f"{out[-1][1]} {text}"]
            fixes["editor role labelled apart"] += 1
            continue
        out.append([label, text])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "wt-corpus" / "build" / "corpus" / "labelled")
    ap.add_argument("--per-style", type=int, default=60)
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "tools" / "labelled" / "corpus16.jsonl")
    args = ap.parse_args(argv)
    files = sorted(args.corpus.glob("*.train.jsonl"))
    if not files:
        raise SystemExit(f"no *.train.jsonl under {args.corpus}")
    fixes: Counter = Counter()
    lines = ["// Derived by tools/derive_corpus.py from the corpus issue's CSL-styled Crossref records "
             f"(train split only, {args.per_style} per style, {len(files)} styles); regenerate, never edit."]
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if k >= args.per_style:
                    break
                rec = json.loads(line)
                segs = fix(rec["segments"], fixes)
                lines.append(json.dumps({"id": rec["id"], "style": rec.get("style"), "segments": segs},
                                        ensure_ascii=False))
    tmp = args.output.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(args.output)
    print(f"{len(lines) - 1} references from {len(files)} styles -> {args.output}; fixes: {dict(fixes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
