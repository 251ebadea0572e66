"""The tagger's label set and how AnyStyle's labels map onto it.

AnyStyle's rare labels (film credits, media, sources) are folded into ``note``
so the model does not spend parameters on labels a paper almost never needs.
"""

from __future__ import annotations

LABELS = (
    "citation-number", "author", "editor", "translator", "date", "title", "journal", "container-title",
    "collection-title", "volume", "pages", "edition", "publisher", "location", "doi", "url", "isbn",
    "accessed", "genre", "note",
)

_FOLD = {"director": "author", "producer": "editor", "medium": "note", "source": "note"}


def fold(label: str) -> str:
    label = _FOLD.get(label, label)
    return label if label in LABELS else "note"
