"""In-text citations: find them in the body, match them to the reference list, report.

The pipeline calls exactly two functions:

* ``extract_citations(doc, regions, style)``: every citation in the body regions,
  one Citation per cited source, ids c1, c2, ... in document order;
* ``check_citations(citations, references, has_list)``: fills each citation's
  ``references`` and returns the findings (no-entry, name-mismatch, year-mismatch,
  ambiguous, malformed-citation, uncited, no-reference-list, name-variant).
"""

from __future__ import annotations

from refcheck.citations.checks import check_citations
from refcheck.citations.extract import extract_citations

__all__ = ["check_citations", "extract_citations"]
