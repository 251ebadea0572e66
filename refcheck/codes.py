"""The registry of finding codes: each code's default severity, one-line summary and fix.

The one table behind --select/--ignore, the configuration's severity overrides, the SARIF rule
list, the README and every finding refcheck builds (findings/build.py looks the severity up here,
so a code cannot exist in one place and be unknown in another). Codes are public and stable.
A leaf module: the value types in model.py read it, and findings/ builds on both.
"""

from __future__ import annotations

from refcheck._record import Record


class Code(Record):
    """What a finding code means and what to do about it."""

    __slots__ = ("severity", "summary", "fix")
    severity: str
    summary: str
    fix: str  # the default action, when the finding has no more specific one

    def __init__(self, severity: str, summary: str, fix: str) -> None:
        self.severity = severity
        self.summary = summary
        self.fix = fix


REGISTRY: dict[str, Code] = {
    "unparsed-entry": Code("warning", "an entry with no recognizable author, title or year",
                   "check the entry's punctuation: author, year, title in the style's order"),
    "duplicate-entry": Code("warning", "the same work is listed twice",
                   "remove the second copy, or cite it and tell the two apart"),
    "missing-field": Code("warning", "a .bib entry lacks a field its type requires",
                   "add the field to the .bib entry"),
    "no-entry": Code("error", "a citation with no entry in the reference list",
                   "add the entry or correct the citation"),
    "name-mismatch": Code("error", "no exact entry, but one whose name is spelled almost the same",
                   "correct the name in the text or in the list"),
    "year-mismatch": Code("error", "the author matches an entry but the year does not",
                   "correct the year in the text or in the list"),
    "ambiguous": Code("warning", "two or more entries fit the citation and nothing tells them apart",
                   "label the entries 2009a/2009b or add a short title to the citation"),
    "malformed-citation": Code("warning", "an unclosed quote or parenthesis, or a garbled citation",
                   "close or open the parenthesis or quotation mark"),
    "uncited": Code("warning", "an entry no citation points to",
                   "cite it where it is used or remove it"),
    "no-reference-list": Code("error", "the text cites sources but has no reference list",
                   "add a References (or Works Cited) section with an entry for each source"),
    "name-variant": Code("info", "the citation matches an entry up to accents or spelling variants",
                   "spell the name as in the entry"),
    "doi-not-found": Code("error", "the entry's DOI does not exist in Crossref",
                   "correct the DOI or remove it"),
    "metadata-mismatch": Code("warning", "the entry disagrees with the Crossref record for its DOI",
                   "compare the entry with the Crossref record and correct it"),
    "unverified": Code("warning", "a scholarly-looking entry that could not be found in Crossref",
                   "check the entry against the publisher's page"),
    "retracted": Code("error", "the work has been retracted",
                   "do not rely on the work, or say that it was retracted"),
    "doi-added": Code("info", "no DOI in the entry; a validated Crossref match was found and added",
                   "keep the DOI refcheck added, after checking it"),
    "crossref-candidate": Code("info", "a close but unconfirmed Crossref match, for you to check",
                   "check the suggested record; add its DOI if it is the work"),
    "expression-of-concern": Code("info", "an expression of concern has been published about the work",
                   "read the notice and say so where the work is cited"),
    "correction-notice": Code("info", "a correction (erratum) has been published for the work",
                   "cite the corrected version"),
    "not-crossref": Code("info", "the DOI is registered with another agency (DataCite, arXiv, ...), not checked there",
                   "nothing to do; check the DOI at its own agency if needed"),
    "not-in-crossref": Code("info", "a book or other work Crossref does not have (common; nothing to do)",
                   "nothing to do"),
    "unchecked": Code("info", "Crossref or a link could not be asked (outage, rate limit, --offline)",
                   "run again online, or later"),
    "dead-link": Code("warning", "a URL answers 404/410 or its host does not resolve",
                   "replace the link with a working or archived one"),
    # a .bib file on its own (refcheck check refs.bib; bib --fix settles the fixable ones)
    "duplicate-key": Code("error", "a .bib key is defined twice; bibtex keeps only the first",
                   "rename one of the keys, or remove the second entry if it is the same work"),
    "malformed-name": Code("warning", "a name list with an empty name ('Smith and and Jones') or too many commas",
                   "write the names as 'Family, Given and Family, Given'"),
    "page-range-hyphen": Code("info", "a page range with one hyphen or a Unicode dash instead of --",
                   "write the range with -- (refcheck bib --fix does it)"),
    "unprotected-acronym": Code("warning", "a title word with inner capitals (NASA, iPhone) a style would lower-case",
                   "brace the word: {NASA} (refcheck bib --fix does it)"),
    "month-as-text": Code("warning", "a month written as text ({March}) instead of a month macro (mar)",
                   "use the month macro: month = mar (refcheck bib --fix does it)"),
    "doi-form": Code("warning", "a DOI written as a URL or with a doi: prefix",
                   "keep the bare DOI, 10.xxxx/...: (refcheck bib --fix does it)"),
    "undefined-string": Code("warning", "a @string macro used but not defined above; bibtex leaves the field empty",
                   "define the macro with @string before its first use, or brace the value"),
    "non-ascii": Code("info", "a non-ASCII character in a field classic 8-bit bibtex may mis-sort or break",
                   "write it as a LaTeX accent ({\\'e}) or use biber (refcheck bib --fix does it)"),
}

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


CODES: dict[str, tuple[str, str]] = {name: (c.severity, c.summary) for name, c in REGISTRY.items()}


def default_severity(code: str) -> str:
    return CODES.get(code, ("warning", ""))[0]
