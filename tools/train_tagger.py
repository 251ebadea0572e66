"""Rebuild the shipped reference tagger (refcheck/data/tagger.crfsuite) from labelled references.

    python tools/train_tagger.py --shared ../shared            # core.jsonl + tools/labelled/*.jsonl
    python tools/train_tagger.py --per-style 200               # + 200 a style from build/corpus (make corpus)
    python tools/train_tagger.py --extra my_refs.jsonl         # add your own labelled references

Deterministic: the same inputs give the same model (L-BFGS, fixed order, no sampling).
Never add ``gold.jsonl``: it is the evaluation set of ``make bench-parse``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from refcheck.feature import sequence_features  # noqa: E402
from refcheck.parser.tagger import ATTRIBUTES_NAME, MODEL_NAME  # noqa: E402
from refcheck.parser.training import read_jsonl, record_sequence  # noqa: E402
from refcheck.section.lines import MODEL_NAME as LINES_MODEL  # noqa: E402
from tools.corpus_training import CORPUS, PER_STYLE, training_sample  # noqa: E402

PARAMS = {"c1": 0.1, "c2": 0.005, "max_iterations": 250, "feature.possible_transitions": True}


def training_files(shared: Path, extra: list[Path]) -> list[Path]:
    files = [shared / "data" / "anystyle" / "core.jsonl"]
    files += sorted((ROOT / "tools" / "labelled").glob("*.jsonl"))
    files += extra
    for f in files:
        if f.name == "gold.jsonl":
            raise SystemExit(f"refusing to train on the evaluation set {f}")
    return files


def variants(rec: dict) -> list[dict]:
    """The record, plus a copy without Markdown italics when it has any, plus (for one record
    in three, chosen by a checksum of its text) a copy with PDF-like damage.

    The same reference reaches the parser with italics (from .docx or Markdown) or without
    (from .txt or PDF), so the model must learn both readings from one labelled entry.
    """
    out = [rec]
    plain = rec
    if any("*" in text for _, text in rec["segments"]):
        plain = {"segments": [[label, text.replace("*", "")] for label, text in rec["segments"]]}
        out.append(plain)
    noisy = pdf_noise(plain)
    if noisy is not None:
        out.append(noisy)
    return out


_LIGATURES = (("ffi", "ﬃ"), ("ffl", "ﬄ"), ("fi", "ﬁ"), ("fl", "ﬂ"), ("ff", "ﬀ"))
_LONG_WORD = re.compile(r"\b([A-Za-z]{4,})([a-z]{4,})\b")
_AFTER_SEPARATOR = re.compile(r"(?<=[,.;:])\s(?=\S)")


def pdf_noise(rec: dict) -> dict | None:
    """A copy of REC as text extracted from a PDF often reads: ligature characters ("ﬁ"), a word
    hyphenated at a line end ("Mur- phy"), a space lost after a separator ("Smith,J." "2005.Title"
    within a field). Deterministic: the kind and place come from a checksum of the text. Damage
    stays inside one labelled segment, so the labels still hold."""
    text = "".join(t for _, t in rec["segments"])
    h = zlib.crc32(text.encode("utf-8"))
    if h % 3:
        return None
    kind = (h // 3) % 3
    segs = [list(s) for s in rec["segments"]]
    if kind == 0:
        for s in segs:
            for a, b in _LIGATURES:
                s[1] = s[1].replace(a, b)
    else:
        order = [i for i, (label, _) in enumerate(segs) if label in (("title", "journal", "container-title")
                                                                    if kind == 1 else ("author", "title", "journal"))]
        for i in order:
            rx = _LONG_WORD if kind == 1 else _AFTER_SEPARATOR
            matches = list(rx.finditer(segs[i][1]))
            if matches:
                m = matches[(h // 9) % len(matches)]
                t = segs[i][1]
                segs[i][1] = t[:m.start()] + m.group(1) + "- " + m.group(2) + t[m.end():] if kind == 1 \
                    else t[:m.start()] + t[m.end():]
                break
        else:
            return None
    return {"segments": segs}


# Where the journal-abbreviation lexicon comes from: the abbreviations of the ISSN International
# Centre's List of Title Word Abbreviations (LTWA, the ISO 4 word list, 2021-07-02 edition) as shipped
# in the PyPI package pyiso4 0.1.6 (MIT), plus words printed abbreviated inside the journal names of
# the training files. The other LTWA package on PyPI, iso4 (2021), states no licence: not used.
JOURNAL_LEXICON_SOURCE = "the LTWA (pyiso4 0.1.6) and the training files' journal names"
_ABBREVIATED = re.compile(r"^([^\W\d_]{1,9})\.[,;:]?$")


def ltwa_abbreviations() -> set[str]:
    """Every abbreviated word form of the LTWA ("Phys.", "Pollut.", "Engl."), lower-case, no stop."""
    import csv
    from importlib.resources import files as package_files

    import pyiso4

    table = next(p for p in package_files(pyiso4).iterdir() if p.name.startswith("LTWA_") and p.name.endswith(".csv"))
    out: set[str] = set()
    with table.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) >= 2 and row[1].strip() not in ("", "n.a.", "ABBREVIATIONS"):
                for part in row[1].split():
                    m = _ABBREVIATED.match(part)
                    if m and len(m.group(1)) >= 2:
                        out.add(m.group(1).lower())
    return out


def journal_lexicon(records: list[dict]) -> frozenset[str]:
    """LTWA abbreviations plus words printed with an abbreviating stop in the training journal names
    ("J.", seen 3 times or more), less the words that run through titles and names unabbreviated more
    often than they stand abbreviated in journals ("and", "new", "art": an LTWA form that is a common
    word would fire on every title)."""
    from collections import Counter

    from refcheck.feature.dictionary import MONTHS
    from refcheck.feature.lexical import core

    in_journals: Counter[str] = Counter()
    elsewhere: Counter[str] = Counter()
    for rec in records:
        for label, text in rec["segments"]:
            for w in text.replace("*", "").split():
                if label in ("journal", "container-title"):
                    m = _ABBREVIATED.match(w)
                    if m:
                        in_journals[m.group(1).lower()] += 1
                elif label in ("title", "author", "publisher") and not w.endswith("."):
                    elsewhere[core(w).lower()] += 1
    words = ltwa_abbreviations() | {w for w, n in in_journals.items() if n >= 3}
    return frozenset(w for w in words if w not in MONTHS and (elsewhere[w] < 2 or in_journals[w] >= elsewhere[w]))


def write_lexicon(records: list[dict], out: Path) -> int:
    from refcheck.feature.token import reload_journal_abbreviations

    words = journal_lexicon(records)
    out.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    reload_journal_abbreviations(words)
    return len(words)


def train(records: list[dict], out: Path, params: dict, verbose: bool = False, noise: bool = True) -> int:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=verbose)
    n = 0
    for rec in records:
        for variant in (variants(rec) if noise else [rec]):
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
    write_weights(model)


def write_weights(model: Path) -> None:
    """The model's weights as JSON tables for constrained decoding (refcheck/parser/anchors.py),
    so a process that pins a label loads them in ~10 ms instead of parsing the model's dump."""
    import json

    import pycrfsuite

    from refcheck.parser.anchors import WEIGHTS_NAME, _Weights, model_sha256

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    tables = _Weights(tagger).tables(model_sha256(model))
    tagger.close()
    model.with_name(WEIGHTS_NAME).write_text(json.dumps(tables, separators=(",", ":")) + "\n", encoding="utf-8")


# --- the line classifier (reference / body / heading / page furniture) ------------------------------

def read_ttx(path: Path) -> tuple[list[str], list[str]]:
    """AnyStyle finder format: a 14-character label column (blank = same as above), "| ", the line."""
    lines, labels = [], []
    label = "text"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if len(raw) < 15 or raw[14] != "|":
            continue
        label = raw[:14].strip() or label
        lines.append(raw[16:])
        labels.append(label)
    return lines, labels


_TOC = ["Introduction", "Literature Review", "Method", "Participants", "Results", "Discussion", "Study 1",
        "Study 2", "General Discussion", "Limitations and Future Directions", "Conclusion", "Appendix A",
        "Gender Stereotypes and the Lack of Fit Problem", "Overview of Studies", "Practical Implications"]


class _SyntheticDoc:
    """One synthetic paper being written line by line, with each line's label."""

    def __init__(self, rng, wrapped: bool) -> None:  # noqa: ANN001 - random.Random
        self.rng = rng
        self.wrapped = wrapped
        self.width = rng.choice([70, 80, 95])
        self.margin = " " * rng.choice([0, 0, 4, 7])  # PDF text keeps the page's left margin
        self.double = wrapped and rng.random() < 0.3  # double-spaced theses: a blank line after every line
        self.head = rng.choice(["SOCIAL MEDIA AND SLEEP", "Running head: TRAFFICKING IN RUSSIA", "Kannan",
                                "Smith et al.", "Journal of Urban Studies", "FLOOD RISK"])
        self.page = rng.randint(1, 30)
        self.lines: list[str] = []
        self.labels: list[str] = []

    def put(self, line: str, label: str) -> None:
        self.lines.append(line)
        self.labels.append(label)

    def add(self, text: str, label: str, indent: str = "") -> None:
        """A paragraph, heading or entry: wrapped with a hanging indent and page furniture for PDFs."""
        import textwrap

        rng = self.rng
        if self.wrapped:
            first = "     " if label == "text" and rng.random() < 0.5 else ""
            for k, part in enumerate(textwrap.wrap(first + text, self.width) or [""]):
                self.put(self.margin + (indent if k else "") + part, label)
                if self.double:
                    self.put("", "blank")
                if len(self.lines) % 46 == 45:
                    self.page += 1
                    furniture = rng.choice([f"{self.page}", f"{self.head} {self.page}", self.head, f"Page {self.page}"])
                    self.put(" " * rng.choice([0, 30, 60]) + furniture, "meta")
                    if rng.random() < 0.5:
                        self.put("\f", "blank")
        else:
            self.put(text, label)
        if rng.random() < (0.3 if self.wrapped else 0.8):
            self.put("", "blank")


def synthetic_documents(refs: list[str], prose: list[str], n_docs: int, seed: int = 7) -> list[tuple[list, list]]:
    """Papers assembled from labelled parts, in the layouts refcheck reads.

    Text files and .docx give one paragraph per line; PDFs give wrapped lines with hanging
    indents, page numbers and running heads, sometimes a form feed; lists come numbered or
    not, with or without a heading, followed sometimes by an appendix.
    """
    import random

    rng = random.Random(seed)
    docs = []
    for d in range(n_docs):
        doc = _SyntheticDoc(rng, wrapped=d % 2 == 0)
        if rng.random() < 0.5:  # a table of contents: short lines ending in page numbers (body text)
            doc.add("TABLE OF CONTENTS", "title")
            p = 1
            for entry in rng.sample(_TOC, rng.randint(4, len(_TOC))):
                p += rng.randint(1, 12)
                doc.put(doc.margin + " " * rng.choice([0, 0, 7]) + entry.ljust(rng.choice([50, 68])) + str(p), "text")
                if doc.double or rng.random() < 0.5:
                    doc.put("", "blank")
        doc.add(rng.choice(["Abstract", "Introduction", "1. Introduction", "I. INTRODUCTION"]), "title")
        for _ in range(rng.randint(3, 12)):
            doc.add(" ".join(rng.sample(prose, rng.randint(2, 6))), "text")
            if rng.random() < 0.15:  # a list in the body: numbered questions, bullet points
                style = rng.choice(["{k}. ", "- ", "• "])
                for k in range(1, rng.randint(3, 9)):
                    doc.add(style.format(k=k) + rng.choice(prose)[: rng.randint(30, 120)], "text")
            if rng.random() < 0.2:
                doc.add(rng.choice(["Methods", "2. Results", "Discussion", "Conclusion", "LIMITATIONS"]), "title")
            if rng.random() < 0.15:  # a table: rows of numbers and short labels (body text)
                doc.add(f"Table {rng.randint(1, 9)}", "title")
                for _ in range(rng.randint(2, 8)):
                    cells = [rng.choice(["M", "SD", "n", "Male", "Female", "DV: Trust", "Control"])] + [
                        f"{rng.uniform(-5, 99):.2f}" for _ in range(rng.randint(2, 6))]
                    doc.put(doc.margin + "    ".join(cells), "text")
        if rng.random() < 0.6:
            doc.add(rng.choice(["References", "REFERENCES", "Works Cited", "Bibliography", "# References",
                                "7. References", "Literature Cited", "Sources"]), "title")
        numbered = rng.random() < 0.3
        bullets = not doc.wrapped and rng.random() < 0.3  # Markdown or docx lists
        for k, ref in enumerate(sorted(rng.sample(refs, rng.randint(4, 40))), start=1):
            text = f"[{k}] {ref}" if numbered else f"- {ref}" if bullets else ref
            doc.add(text, "ref", indent=" " * rng.choice([3, 4, 7]))
        if rng.random() < 0.3:
            doc.add(rng.choice(["Appendix A", "APPENDIX", "Appendix: Survey items"]), "title")
            for _ in range(rng.randint(1, 4)):
                doc.add(" ".join(rng.sample(prose, rng.randint(2, 5))), "text")
        docs.append((doc.lines, doc.labels))
    return docs


def train_lines(shared: Path, out: Path, ref_files: list[Path]) -> int:
    import pycrfsuite

    from refcheck.feature.line import content_features

    finder = shared / "data" / "anystyle" / "finder" / "bd413nt2715.ttx"
    real_lines, real_labels = read_ttx(finder)
    prose = [x.strip() for x, lab in zip(real_lines, real_labels, strict=True) if lab == "text" and len(x.strip()) > 40]
    refs = [rec.get("text") or " ".join(t for _, t in rec["segments"]) for f in ref_files for rec in read_jsonl(f)]
    refs = [r.replace("*", "") for r in refs]
    trainer = pycrfsuite.Trainer(verbose=False)
    docs = [(real_lines, real_labels), *synthetic_documents(refs, prose, 120)]
    for lines, labels in docs:
        keep, feats = content_features(lines)
        trainer.append(feats, [labels[i] for i in keep])
    trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    tmp = out.with_suffix(".tmp")
    trainer.train(str(tmp))
    tmp.replace(out)
    return len(docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="folder holding data/anystyle")
    ap.add_argument("--extra", type=Path, action="append", default=[], help="more labelled JSONL files")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "refcheck" / "data" / MODEL_NAME)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--skip", action="append", default=[], help="leave out a tools/labelled file (by name)")
    ap.add_argument("--no-noise", action="store_true", help="no PDF-noise copies (to measure what they add)")
    ap.add_argument("--only", choices=("fields", "lines"), help="rebuild only one of the two models")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus build's labelled/ folder")
    ap.add_argument("--per-style", type=int, default=0,
                    help=f"also train on N references of each style's train split read from --corpus (e.g. "
                         f"{PER_STYLE}; 0, the default: none, no corpus needed, tools/labelled/corpus16.jsonl "
                         "holds a committed sample)")
    args = ap.parse_args(argv)
    files = [f for f in training_files(args.shared, args.extra) if f.name not in args.skip]
    t0 = time.perf_counter()
    if args.only != "fields":
        # hard_*.jsonl teach the field tagger rare shapes; they are kept out of the line classifier's
        # synthetic papers so that adding one does not reshuffle (and retune) those documents.
        # corpus16.jsonl and the corpus sample (the 16 CSL styles) are kept out for the same reason.
        line_refs = [f for f in files if not f.name.startswith("hard_") and f.name != "corpus16.jsonl"]
        n_docs = train_lines(args.shared, args.output.with_name(LINES_MODEL), line_refs)
        print(f"line classifier: {n_docs} documents in {time.perf_counter() - t0:.1f}s -> "
              f"{args.output.with_name(LINES_MODEL)}")
        if args.only == "lines":
            return 0
        t0 = time.perf_counter()
    from refcheck.feature.dictionary import JOURNAL_ABBREVIATIONS_FILE

    records = [rec for f in files for rec in read_jsonl(f)]
    sample = training_sample(args.corpus, args.per_style) if args.per_style > 0 else []
    print(f"training records: {len(records)} from {len(files)} files, {len(sample)} read from the corpus's "
          f"train split ({args.per_style} per style)")
    # The lexicon is built from the hand-labelled files only: in the corpus's generated references,
    # Vancouver initials ("AM", "BR") and title words ("Cell") would outvote LTWA forms such as "Am."
    # and "Br." (283 words lost with 250 references per style).
    n_words = write_lexicon(records, args.output.with_name(JOURNAL_ABBREVIATIONS_FILE.name))
    records += sample
    print(f"journal-abbreviation lexicon: {n_words} words from {JOURNAL_LEXICON_SOURCE}")
    n = train(records, args.output, PARAMS, args.verbose, noise=not args.no_noise)
    size = args.output.stat().st_size
    print(f"trained on {n} sequences (with italic-free and PDF-noise copies) in {time.perf_counter() - t0:.1f}s "
          f"-> {args.output} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
