"""The parse of one entry, stage by stage: tokens -> labels -> spans -> fields."""

from __future__ import annotations

from refcheck._perf import fewer_collections
from refcheck.model import Fields
from refcheck.parser.anchors import tag_with_anchors
from refcheck.parser.fields import build_fields
from refcheck.parser.repair import align_to_punctuation, repair
from refcheck.parser.spans import group
from refcheck.parser.tagger import get_tagger
from refcheck.parser.tokens import clean, split


def parse_many(texts: list[str]) -> list[tuple[str, Fields]]:
    with fewer_collections():
        return _parse_many(texts)


def _parse_many(texts: list[str]) -> list[tuple[str, Fields]]:
    from refcheck.feature import sequence_features

    tagger = get_tagger()
    out: list[tuple[str, Fields]] = []
    for text in texts:
        cleaned = clean(text)
        words, italic = split(cleaned)
        if not words:
            out.append(("misc", Fields()))
            continue
        labels = tag_with_anchors(tagger, sequence_features(words, italic), words)
        spans = repair(group(words, align_to_punctuation(words, labels), italic))
        out.append(build_fields(spans, cleaned))
    return out
