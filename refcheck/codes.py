"""Every finding code refcheck can report, with its default severity.

One table serves --select/--ignore validation, the configuration's severity
overrides, the SARIF rule list and the README, so a code cannot exist in one
place and be unknown in another. Codes are public and stable.
"""

from __future__ import annotations

CODES: dict[str, tuple[str, str]] = {
    # reference list (core)
    "unparsed-entry": ("warning", "an entry with no recognizable author, title or year"),
    "duplicate-entry": ("warning", "the same work is listed twice"),
    "missing-field": ("warning", "a .bib entry lacks a field its type requires"),
    # citations
    "no-entry": ("error", "a citation with no entry in the reference list"),
    "name-mismatch": ("error", "no exact entry, but one whose name is spelled almost the same"),
    "year-mismatch": ("error", "the author matches an entry but the year does not"),
    "ambiguous": ("warning", "two or more entries fit the citation and nothing tells them apart"),
    "malformed-citation": ("warning", "an unclosed quote or parenthesis, or a garbled citation"),
    "uncited": ("warning", "an entry no citation points to"),
    "no-reference-list": ("error", "the text cites sources but has no reference list"),
    "name-variant": ("info", "the citation matches an entry up to accents or spelling variants"),
    # Crossref and links
    "doi-not-found": ("error", "the entry's DOI does not exist in Crossref"),
    "metadata-mismatch": ("warning", "the entry disagrees with the Crossref record for its DOI"),
    "unverified": ("warning", "a scholarly-looking entry that could not be found in Crossref"),
    "retracted": ("error", "the work has been retracted"),
    "doi-added": ("info", "no DOI in the entry; a validated Crossref match was found and added"),
    "crossref-candidate": ("info", "a close but unconfirmed Crossref match, for you to check"),
    "expression-of-concern": ("info", "an expression of concern has been published about the work"),
    "correction-notice": ("info", "a correction (erratum) has been published for the work"),
    "not-crossref": ("info", "the DOI is registered with another agency (DataCite, arXiv, ...), not checked there"),
    "not-in-crossref": ("info", "a book or other work Crossref does not have (common; nothing to do)"),
    "unchecked": ("info", "Crossref or a link could not be asked (outage, rate limit, --offline)"),
    "dead-link": ("warning", "a URL answers 404/410 or its host does not resolve"),
    # a .bib file on its own (refcheck check refs.bib; bib --fix settles the fixable ones)
    "duplicate-key": ("error", "a .bib key is defined twice; bibtex keeps only the first"),
    "malformed-name": ("warning", "a name list with an empty name ('Smith and and Jones') or too many commas"),
    "page-range-hyphen": ("info", "a page range with one hyphen or a Unicode dash instead of --"),
    "unprotected-acronym": ("warning", "a title word with inner capitals (NASA, iPhone) a style would lower-case"),
    "month-as-text": ("warning", "a month written as text ({March}) instead of a month macro (mar)"),
    "doi-form": ("warning", "a DOI written as a URL or with a doi: prefix"),
    "undefined-string": ("warning", "a @string macro used but not defined above; bibtex leaves the field empty"),
    "non-ascii": ("info", "a non-ASCII character in a field classic 8-bit bibtex may mis-sort or break"),
}

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def default_severity(code: str) -> str:
    return CODES.get(code, ("warning", ""))[0]
