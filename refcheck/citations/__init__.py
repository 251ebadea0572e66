"""In-text citations: find them in the body, match them to the reference list, report.

The pipeline calls exactly two functions:

* ``extract_citations(doc, regions, style)``: every citation in the body regions,
  one Citation per cited source, ids c1, c2, ... in document order;
* ``check_citations(citations, references, has_list)``: matches them (refcheck.matching)
  and returns a CitationCheck: the citations kept, each with its ``references``, the
  findings (no-entry, name-mismatch, year-mismatch, ambiguous, malformed-citation,
  uncited, no-reference-list, name-variant) and the count of each match outcome. The
  citations passed in are not changed.
"""

from __future__ import annotations

from refcheck.citations.checks import CitationCheck
from refcheck.citations.checks import check_citations as _check_author_date
from refcheck.citations.extract import extract_citations as _extract_author_date

__all__ = ["CitationCheck", "check_citations", "extract_citations"]


# Numeric, superscript and notes papers are routed to their readers; citations/by_style.py owns the routing.
def extract_citations(doc, regions, style, *, footnotes=False):  # noqa: ANN001, ANN201 - as extract.extract_citations
    """Every citation in the body regions, in document order; with FOOTNOTES (the list is the paper's Markdown
    footnotes) each footnote call "[^3]" too."""
    from refcheck.citations.by_style import extract_for_style

    found = extract_for_style(_as_read(doc), regions, style, _extract_author_date)
    if not footnotes:
        return found
    from refcheck.citations.footnotes import footnote_calls

    found = sorted(found + footnote_calls(doc, regions), key=lambda c: (c.line, c.column))
    for i, c in enumerate(found, start=1):
        c.id = f"c{i}"
    return found


def _as_read(doc):  # noqa: ANN001, ANN202 - Document
    """The text as a reader sees it, character for character (every position stays where it was):
    typographic hyphens in names are hyphens ("Batista‐Brito")."""
    from refcheck.document import Document
    from refcheck.text.fold import HYPHENS

    text = doc.text
    if "\u2010" in text or "\u2011" in text:
        text = text.translate(HYPHENS)
    if text is doc.text:
        return doc
    return Document(doc.path, text, doc.kind, doc.warnings, pages=doc.pages)


def check_citations(citations, references, has_list) -> CitationCheck:  # noqa: ANN001 - as checks.check_citations
    from refcheck.citations.by_style import check_for_style

    return check_for_style(citations, references, has_list, _check_author_date)
