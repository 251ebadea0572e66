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

from refcheck.citations.checks import CitationCheck, check_citations
from refcheck.citations.extract import extract_citations

__all__ = ["CitationCheck", "check_citations", "extract_citations"]
