"""Token labels -> labelled spans (consecutive tokens with one label)."""

from __future__ import annotations


def group(words: list[str], labels: list[str], italic: list[bool]) -> list[tuple[str, str, bool]]:
    """(label, text, all-italic) for each run of equal labels, in reading order."""
    spans: list[tuple[str, str, bool]] = []
    start = 0
    for i in range(1, len(words) + 1):
        if i == len(words) or labels[i] != labels[start]:
            spans.append((labels[start], " ".join(words[start:i]), all(italic[start:i])))
            start = i
    return spans


def first_spans(spans: list[tuple[str, str, bool]]) -> dict[str, str]:
    """The first span of each label; a second date (e.g. a reprint or access date) is kept apart."""
    out: dict[str, str] = {}
    for label, text, _ in spans:
        if label not in out:
            out[label] = text
    return out
