"""The corpus issue's labelled references in 16 CSL styles as training data for the field tagger.

    python tools/corpus_training.py [--corpus build/corpus/labelled] [--per-style 200]   # counts only
    python tools/corpus_training.py --per-style 60 --write tools/labelled/corpus16.jsonl  # a training file

``make corpus`` renders Crossref and other records in 16 CSL styles and splits them into train and
test by *work* (the same works held out in every style). tools/train_tagger.py reads a fixed sample
of each style's *train* file through :func:`training_sample`; the test files are never read here
(tools/eval_styles.py scores them).

Only works from TRAINING_SOURCES are taken (never those rendered from AnyStyle's gold or from the
real articles: both are evaluation sets). The sample is deterministic and varied: in each style the
PER_STYLE works with the smallest sha256 of "style:work" (so each style contributes different works,
not the same ones 16 times), kept in file order.

Three systematic slips of the generated labels are corrected on the way by :func:`fix`, the same
correction tools/eval_styles.py applies to the test files: an ACS number "(224)" inside the
author span is a citation number; "ed."/"editor." labelled edition or author right after an
editor span belongs to the editor. Compact groups such as "2018;6:e5066." are relabelled piece
by piece at training time by refcheck.parser.training.compact_labels, the same rule for every source.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "build" / "corpus" / "labelled"
PER_STYLE = 200
# The corpus renders works from four sources (tools/corpus/metadata.py). Two are evaluation sets and
# are never trained on, in any style: "anystyle-gold" (make bench-parse) and "articles", the real
# articles' entries (bench_accuracy's real-article rows, dev and sealed).
TRAINING_SOURCES = frozenset({"crossref", "anystyle-core"})
_LEADING_NUMBER = re.compile(r"^(\(\d+\)|\[\d+\]|\d+\.)\s+")
_EDITOR_TAIL = re.compile(r"^(?:ed|eds|editor|editors)\.?,?$", re.I)


def fix(segments: list[list[str]], fixes: Counter) -> list[list[str]]:
    """SEGMENTS with the generated labels' known slips corrected, each counted in FIXES."""
    out: list[list[str]] = []
    for label, text in _given_names_out_of_dates(segments, fixes):
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


_DATE_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december spring summer fall autumn winter n nd d".split())
_LEADING_NAME = re.compile(r"^(?:[^\W\d_][\w’'-]*[.,]?\s*)+")


def _given_names_out_of_dates(segments: list[list[str]], fixes: Counter) -> list[list[str]]:
    """A given name that opens with a month's letters ("Marian", "Julien", "Margarida") is labelled
    date by the corpus labeller when it follows the family name ("Chertow," "Marian," "Reid Lifset");
    its leading words go back to the author, and an author span after it joins on."""
    out: list[list[str]] = []
    moved = False
    for label, text in segments:
        if moved and label == "author":
            out[-1] = ["author", f"{out[-1][1]} {text}"]
            moved = False
            continue
        moved = False
        if label == "date" and out and out[-1][0] == "author":
            m = _LEADING_NAME.match(text)
            words = re.findall(r"[^\W\d_]+", m.group(0)) if m else []
            if words and all(w.lower() not in _DATE_WORDS for w in words):
                out[-1] = ["author", f"{out[-1][1]} {m.group(0).strip()}"]
                text = text[m.end():].strip()
                fixes["given name labelled date"] += 1
                moved = not text
                if moved:
                    continue
        out.append([label, text])
    return out


def _rank(style: str, work: str) -> bytes:
    return hashlib.sha256(f"{style}:{work}".encode()).digest()


def dev_article_works(corpus: Path) -> frozenset[str]:
    """The works rendered from entries of the real articles' *dev* half (benchmarks/splits/articles.json):
    the sealed half's are never trained on."""
    import json

    dev = set(json.loads((ROOT / "benchmarks" / "splits" / "articles.json").read_text(encoding="utf-8"))["dev"])
    out = set()
    with open(corpus.parent / "works.jsonl", encoding="utf-8") as fh:
        for line in fh:
            w = json.loads(line)
            if w["source"] == "articles" and w["origin"].split("#")[0] in dev:
                out.add(w["id"])
    return frozenset(out)


def training_sample(corpus: Path = CORPUS, per_style: int = PER_STYLE,
                    fixes: Counter | None = None, dev_articles: bool = False) -> list[dict]:
    """PER_STYLE labelled references from each ``*.train.jsonl`` under CORPUS, corrected by fix().

    Raises SystemExit when the corpus is missing, so that a model is never silently trained
    without it (``make train`` builds it first)."""
    from refcheck.parser.training import read_jsonl

    files = sorted(corpus.glob("*.train.jsonl"))
    if not files:
        raise SystemExit(f"no *.train.jsonl under {corpus}: run `make corpus` first")
    fixes = Counter() if fixes is None else fixes
    extra = dev_article_works(corpus) if dev_articles else frozenset()
    out: list[dict] = []
    for f in files:
        style = f.name.removesuffix(".train.jsonl")
        records = [r for r in read_jsonl(f) if r.get("source") in TRAINING_SOURCES or r["work"] in extra]
        keep = {r["work"] for r in sorted(records, key=lambda r: _rank(style, r["work"]))[:per_style]}
        out += [{"id": r["id"], "style": style, "source": r["source"], "segments": fix(r["segments"], fixes)}
                for r in records if r["work"] in keep]
    return out


def unused_sample(corpus: Path = CORPUS, per_style: int = 100, fixes: Counter | None = None,
                  trained: int = PER_STYLE) -> list[dict]:
    """Up to PER_STYLE references from each style's *train* file that training_sample(..., TRAINED)
    never takes (the works ranked last), corrected by fix(): a development set for counting error
    categories that holds no held-out work and no evaluation source."""
    from refcheck.parser.training import read_jsonl

    fixes = Counter() if fixes is None else fixes
    out: list[dict] = []
    for f in sorted(corpus.glob("*.train.jsonl")):
        style = f.name.removesuffix(".train.jsonl")
        records = [r for r in read_jsonl(f) if r.get("source") in TRAINING_SOURCES]
        rest = sorted(records, key=lambda r: _rank(style, r["work"]))[trained:]
        keep = {r["work"] for r in rest[max(0, len(rest) - per_style):]}
        out += [{**r, "segments": fix(r["segments"], fixes)} for r in records if r["work"] in keep]
    return out


def main(argv: list[str] | None = None) -> int:
    import json

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--per-style", type=int, default=PER_STYLE)
    ap.add_argument("--write", type=Path, help="write the sample here as a training file (tools/labelled/*.jsonl)")
    args = ap.parse_args(argv)
    fixes: Counter = Counter()
    sample = training_sample(args.corpus, args.per_style, fixes)
    print(f"{len(sample)} references from {len(Counter(r['style'] for r in sample))} styles; fixes: {dict(fixes)}")
    if args.write:
        head = (f"// Written by tools/corpus_training.py from the corpus's train split ({args.per_style} per style, "
                f"sources {', '.join(sorted(TRAINING_SOURCES))}); regenerate, never edit.")
        args.write.write_text("\n".join([head, *(json.dumps(r, ensure_ascii=False) for r in sample)]) + "\n",
                              encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
