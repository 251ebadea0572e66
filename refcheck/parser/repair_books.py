"""Repairs of book entries' tails, kept apart from refcheck.parser.repair for its size limit."""

from __future__ import annotations

import re

Span = tuple[str, str, bool]
_BOOK_TAIL = frozenset({"title", "publisher", "location"})
# "Sketchpad: A ... System; MIT Lincoln Labs: Cambridge, MA," (ACS): the title up to its semicolon,
# then a publisher without ";" or ":" in it, a colon, and the place.
_TITLE_PUBLISHER_PLACE = re.compile(r"^(?P<title>[^;]+;)\s+(?P<pub>[^;:]+):\s+(?P<place>[^;:]+)$")
# a sentence closed inside the title or publisher: not this form ("Persuasion; Psychological Studies of
# Opinion Change. New Haven, CT: Yale", "... human reality. New York ; Oxford: Oxford University Press")
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{2}[.?!]\s")


def acs_publisher_colon_place(spans: list[Span]) -> list[Span]:
    """ACS prints a book "Title; Publisher: Place, Year.": where the words between the authors and the
    date are only title, publisher and place, however the tagger cut them ("MIT Lincoln | Labs:
    Cambridge", "Writing | Center; Utah State ... Press: Logan", "Posthumain; Presses de l’université
    de Laval: | Laval,"), the title ends at the semicolon, the publisher at the colon."""
    labels = [s[0] for s in spans]
    if "title" not in labels or "date" not in labels:
        return spans
    a = labels.index("title")
    d = next((k for k in range(a + 1, len(labels)) if labels[k] == "date"), 0)
    part = spans[a:d]
    if len(part) < 2 or any(s[0] not in _BOOK_TAIL for s in part) or not any(
            s[0] in ("publisher", "location") for s in part):
        return spans
    m = _TITLE_PUBLISHER_PLACE.match(" ".join(s[1] for s in part))
    if not m or _SENTENCE_BREAK.search(m.group("title")) or _SENTENCE_BREAK.search(m.group("pub")):
        return spans
    italic = part[0][2]
    return [*spans[:a], ("title", m.group("title"), italic), ("publisher", m.group("pub") + ":", False),
            ("location", m.group("place"), False), *spans[d:]]
