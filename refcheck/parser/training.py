"""Labelled references -> (tokens, italics, labels) for training and evaluation.

Accepts AnyStyle-style JSONL records: ``segments`` (a list of ``[label, text]`` in
reading order) is enough; ``tokens`` is used when given. Segment text may carry
Markdown ``*italics*``, which become the italic flag exactly as at parse time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from refcheck.parser.labels import fold
from refcheck.parser.tokens import tokenize


def record_sequence(rec: dict) -> tuple[list[str], list[bool], list[str]]:
    words: list[str] = []
    italic: list[bool] = []
    labels: list[str] = []
    for label, text in rec["segments"]:
        w, it = tokenize(text)
        words += w
        italic += it
        labels += [fold(label)] * len(w)
    return words, italic, labels


def read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("//"):
                yield json.loads(line)
