"""In-text citations: find them in the body, match them to the reference list, report.

The pipeline calls exactly two functions:

* ``extract_citations(doc, regions, style)``: every citation in the body regions,
  one Citation per cited source, ids c1, c2, ... in document order;
* ``check_citations(citations, references, has_list)``: fills each citation's
  ``references`` and returns the findings (no-entry, name-mismatch, year-mismatch,
  ambiguous, malformed-citation, uncited, no-reference-list, name-variant).
"""

from __future__ import annotations

from refcheck.citations.checks import check_citations as _check_author_date
from refcheck.citations.extract import extract_citations as _extract_author_date

__all__ = ["check_citations", "extract_citations"]


# --- styles hook (issue 15): numeric and notes papers are routed to their readers; by_style.py owns it.
def extract_citations(doc, regions, style):  # noqa: ANN001, ANN201 - same signature as extract.extract_citations
    from refcheck.citations.by_style import extract_for_style

    return extract_for_style(doc, regions, style, _extract_author_date)


def check_citations(citations, references, has_list):  # noqa: ANN001, ANN201 - same as checks.check_citations
    from refcheck.citations.by_style import check_for_style

    return check_for_style(citations, references, has_list, _check_author_date)
# --- end styles hook
