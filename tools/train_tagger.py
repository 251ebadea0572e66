"""Rebuild the shipped reference tagger (refcheck/data/tagger.crfsuite) from labelled references.

    python tools/train_tagger.py --shared ../shared            # core.jsonl + tools/labelled/*.jsonl
    python tools/train_tagger.py --extra my_refs.jsonl         # add your own labelled references

Deterministic: the same inputs give the same model (L-BFGS, fixed order, no sampling).
Never add ``gold.jsonl``: it is the evaluation set of ``make bench-parse``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from refcheck.feature import sequence_features  # noqa: E402
from refcheck.parser.tagger import ATTRIBUTES_NAME, MODEL_NAME  # noqa: E402
from refcheck.parser.training import read_jsonl, record_sequence  # noqa: E402

PARAMS = {"c1": 0.05, "c2": 0.005, "max_iterations": 250, "feature.possible_transitions": True}


def training_files(shared: Path, extra: list[Path]) -> list[Path]:
    files = [shared / "data" / "anystyle" / "core.jsonl"]
    files += sorted((ROOT / "tools" / "labelled").glob("*.jsonl"))
    files += extra
    for f in files:
        if f.name == "gold.jsonl":
            raise SystemExit(f"refusing to train on the evaluation set {f}")
    return files


def variants(rec: dict) -> list[dict]:
    """The record, plus a copy without Markdown italics when it has any.

    The same reference reaches the parser with italics (from .docx or Markdown) or without
    (from .txt or PDF), so the model must learn both readings from one labelled entry.
    """
    out = [rec]
    if any("*" in text for _, text in rec["segments"]):
        out.append({"segments": [[label, text.replace("*", "")] for label, text in rec["segments"]]})
    return out


def train(files: list[Path], out: Path, params: dict, verbose: bool = False) -> int:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=verbose)
    n = 0
    for f in files:
        for rec in read_jsonl(f):
            for variant in variants(rec):
                words, italic, labels = record_sequence(variant)
                if words:
                    trainer.append(sequence_features(words, italic), labels)
                    n += 1
    trainer.set_params(params)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    trainer.train(str(tmp))
    tmp.replace(out)
    write_attributes(out)
    return n


def write_attributes(model: Path) -> None:
    """List the attributes the model kept, so the parser can skip generating the others."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    attrs = sorted({attr for attr, _ in tagger.info().state_features})
    tagger.close()
    model.with_name(ATTRIBUTES_NAME).write_text("\n".join(attrs) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="folder holding data/anystyle")
    ap.add_argument("--extra", type=Path, action="append", default=[], help="more labelled JSONL files")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "refcheck" / "data" / MODEL_NAME)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    files = training_files(args.shared, args.extra)
    t0 = time.perf_counter()
    n = train(files, args.output, PARAMS, args.verbose)
    size = args.output.stat().st_size
    print(f"trained on {n} references from {len(files)} files in {time.perf_counter() - t0:.1f}s "
          f"-> {args.output} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
