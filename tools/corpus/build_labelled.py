"""Write labelled reference strings for every style, split into train/test by work.

    python -m tools.corpus.build_labelled --shared ../shared --out build/corpus [--per-style 2000]

Output: OUT/works.jsonl (every work with its provenance) and
OUT/labelled/<style>.{train,test}.jsonl, one reference a line:
{"id", "work", "source", "style", "text", "segments"}. The split is by work
(sha256 of seed and work id), the same in every style, so a work in a test file
is never seen in training in any style.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.corpus.labelled import label_entry, mark_csl  # noqa: E402
from tools.corpus.metadata import all_works  # noqa: E402
from tools.corpus.render import STYLES, bibliography_entries  # noqa: E402

CHUNK = 200  # works per pandoc call: citeproc's disambiguation grows with the list


def is_test(work_id: str, seed: int, share: float = 0.2) -> bool:
    """The work-level split: the same answer for a work in every style and every run."""
    digest = hashlib.sha256(f"{seed}:{work_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") < share * 2**32


def write_works(works: list[dict], out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "works.jsonl", "w", encoding="utf-8") as fh:
        for w in works:
            rec = dict(w, split="test" if is_test(w["id"], seed) else "train")
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def style_records(style: str, works: list[dict], per_style: int, seed: int) -> list[dict]:
    """A seeded sample of works rendered and labelled in one style."""
    rng = random.Random(f"{seed}:{style}")
    sample = sorted(rng.sample(works, min(per_style, len(works))), key=lambda w: w["id"])
    rng.shuffle(sample)  # chunks mix sources
    by_id = {w["id"]: w for w in sample}
    records = []
    for start in range(0, len(sample), CHUNK):
        chunk = sample[start:start + CHUNK]
        entries = bibliography_entries([mark_csl(w["csl"]) for w in chunk], style)
        for work_id, marked in entries.items():
            w = by_id[work_id]
            rec = label_entry(marked, w["csl"])
            records.append({"id": f"{style}:{work_id}", "work": work_id, "source": w["source"], "style": style,
                            **rec})
    records.sort(key=lambda r: r["work"])
    return records


def build(shared: Path, out: Path, per_style: int, seed: int, styles: list[str]) -> None:
    works = all_works(shared / "data")
    write_works(works, out, seed)
    (out / "labelled").mkdir(parents=True, exist_ok=True)

    def one(style: str) -> str:
        records = style_records(style, works, per_style, seed)
        for split in ("train", "test"):
            path = out / "labelled" / f"{style}.{split}.jsonl"
            rows = [r for r in records if (split == "test") == is_test(r["work"], seed)]
            tmp = path.with_suffix(".tmp")
            tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            tmp.replace(path)
        return f"{style}: {len(records)} labelled references"

    with ThreadPoolExecutor(max_workers=2) as pool:
        for line in pool.map(one, styles):
            print(line, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path("build/corpus"))
    ap.add_argument("--per-style", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--styles", nargs="*", default=STYLES)
    args = ap.parse_args()
    build(args.shared, args.out, args.per_style, args.seed, args.styles)


if __name__ == "__main__":
    main()
