"""Repairs of an entry's title span, kept apart from refcheck.parser.repair for its size limit."""

from __future__ import annotations

import re

Span = tuple[str, str, bool]
# what the tagger opens after a title word at a bracket: a note, a series, a journal, a publisher
_GLUED_LABELS = frozenset({"note", "collection-title", "container-title", "journal", "publisher"})
_SENTENCE_CLOSE = re.compile(r"[.?!][”\"’»)]?[;,]?$")


def title_through_bracket(spans: list[Span]) -> list[Span]:
    """"Infection in South American coati (Nasua nasua): hematological ... changes.", "Life expectancy
    in people with HIV-1: UK Collaborative HIV Cohort (UK CHIC) Study.": a bracket opened right after a
    title word, with no separator, and followed by a colon or by more words of the same sentence, is the
    title's; the title runs on to the end of that sentence (the rest keeps its label). A bracket closed
    by a stop or a comma is left alone: "(Princeton: Princeton University Press, 1992)." holds the
    work's imprint, "(TRIPOD 1)." may be a report's number."""
    for i in range(len(spans) - 1):
        label, text, italic = spans[i]
        if label != "title":
            continue
        nxt_label, nxt_text, nxt_italic = spans[i + 1]
        words = nxt_text.split()
        if (nxt_label not in _GLUED_LABELS or not text[-1:].isalnum() or italic != nxt_italic
                or not words or not words[0].startswith("(") or words[0].startswith("((")):
            return spans
        close = _closing_word(words)
        if close is None or close + 1 >= len(words) and not words[close].endswith("):"):
            return spans
        if not words[close].endswith("):") and not (words[close].endswith(")") and words[close + 1][:1].isalpha()):
            return spans
        if ": " in " ".join(words[:close + 1]):  # "(London: Penguin ...)": an imprint
            return spans
        end = next((j for j in range(close + 1, len(words)) if _SENTENCE_CLOSE.search(words[j])), len(words) - 1)
        head, rest = " ".join(words[:end + 1]), " ".join(words[end + 1:])
        out = [*spans[:i], (label, f"{text} {head}", italic)]
        if rest:
            out.append((nxt_label, rest, nxt_italic))
        return out + spans[i + 2:]
    return spans


def _closing_word(words: list[str]) -> int | None:
    """The index of the word that closes the bracket WORDS open with."""
    depth = 0
    for j, word in enumerate(words):
        depth += word.count("(") - word.count(")")
        if depth <= 0:
            return j
    return None
