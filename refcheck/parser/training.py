"""Labelled references -> (tokens, italics, labels) for training and evaluation.

Accepts AnyStyle-style JSONL records: ``segments`` (a list of ``[label, text]`` in
reading order) is enough; ``tokens`` is used when given. Segment text may carry
Markdown ``*italics*``, which become the italic flag exactly as at parse time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from refcheck.parser.labels import fold
from refcheck.parser.tokens import clean, compact_pieces, split_compact, tokenize
from refcheck.text.lexicon import MONTHS

_NUMBER_LABELS = frozenset({"date", "volume", "pages", "issue"})
_YEAR_PIECE = re.compile(r"^\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?;$")


def record_sequence(rec: dict) -> tuple[list[str], list[bool], list[str]]:
    """Tokens, italic flags and labels of one labelled reference, tokenised as at parse time.

    A compact number group is one token in AnyStyle's data ("1994;2(4):" labelled date) but
    several at parse time; its pieces are labelled by their printed role (see compact_labels).
    """
    words: list[str] = []
    italic: list[bool] = []
    labels: list[str] = []
    for label, text in rec["segments"]:
        label = fold(label)
        w, it = tokenize(text)
        words += w
        italic += it
        if label in _NUMBER_LABELS and len(w) != len(clean(text).replace("*", "").split()):
            labels += compact_labels(clean(text).replace("*", "").split(), label)
        else:
            labels += [label] * len(w)
    return words, italic, labels


def compact_labels(raw_words: list[str], label: str) -> list[str]:
    """Labels of the pieces of RAW_WORDS split as split_compact does, in a date/volume/pages span:
    a year or day closed by ";" is the date, "14(3):" or "50:" the volume, the last piece the pages
    when a ":" comes before it (after a ";" it is the volume: "1994;8."). A year opening a span the
    renderer labelled pages is the date: AMA prints a chapter's year glued to its pages
    ("Harvester; 1991:281-98."), and no renderer puts a volume inside a pages span; so is a month
    closed by ";" ("2018 Aug;366:170-190.")."""
    out: list[str] = []
    for w in raw_words:
        pieces = compact_pieces(w) if (";" in w or ":" in w) else [w]
        if len(pieces) == 1:
            out.append(label)
            continue
        for k, p in enumerate(pieces):
            year_in_pages = k == 0 and label == "pages" and p.endswith(":") and _YEAR_PIECE.match(p[:-1] + ";")
            if year_in_pages or p.endswith(";") and (_YEAR_PIECE.match(p) or p[:-1].lower().rstrip(".") in MONTHS
                                                     or p[:-1].isdigit() and k == 0 and label != "volume"):
                out.append("date")
            elif k < len(pieces) - 1 or p.endswith((":", ";")) or pieces[k - 1].endswith(";"):
                out.append("volume")  # "14(3):", and "8." after "1994;" (Vancouver with no pages)
            else:
                out.append("pages")
    assert len(out) == len(split_compact(raw_words))
    return out


def read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("//"):
                yield json.loads(line)
