"""Reference entry -> (type, Fields): CRF tagger, then normalizers.

``parse_entry`` is the one-string form of ``parse_entries``; both give the same result.
MLA/Chicago's "---." (same authors as above) comes back as ``authors ==
[Name(literal="---")]``: the pipeline (refcheck.references) replaces it with the previous
entry's authors, since one entry alone cannot know them.

pycrfsuite and the model are only loaded when the first entry is parsed.
"""

from __future__ import annotations

from refcheck.model import Fields

__all__ = ["parse_entry", "parse_entries"]


def parse_entry(text: str) -> tuple[str, Fields]:
    """One reference entry (a single line) -> (type, Fields)."""
    return parse_entries([text])[0]


def parse_entries(texts: list[str]) -> list[tuple[str, Fields]]:
    """Many entries at once: same results as ``parse_entry`` on each."""
    from refcheck.parser.pipeline import parse_many

    return parse_many(texts)
