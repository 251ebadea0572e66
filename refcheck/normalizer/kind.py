"""Entry type from which fields the tagger found and a few telling words.

The labels carry most of the signal (a journal means an article, an editor plus a
container means a chapter); words such as "thesis" or "report" settle the rest.
"""

from __future__ import annotations

import re

from refcheck._perf import lazy

_THESIS = lazy(r"\b(thesis|dissertation|diss\.|doctoral|ph\.?\s?d\.?|master'?s|mémoire|doktorarbeit)\b", re.I)
_REPORT = lazy(r"\b(report|working paper|technical|tech\. rep|white paper|policy brief|discussion paper|"
                     r"occasional paper|briefing)\b", re.I)
_CHAPTER = lazy(r"(^|\s)(in|dans):?\s", re.I)
_IN_BEFORE = lazy(r"(?:^|\s)(?:in|dans):?\s*$", re.I)
# a title printed in quotation marks: styles that quote titles (Chicago, MLA, IEEE, ASA, Harvard) quote an
# article's, a chapter's or a page's and italicise a whole work's (a book, a report, a thesis)
_QUOTED = lazy(r"^\s*[“\"‘']\S.*\S[”\"’'][.,]?\s*$|^\s*[“\"]\S.*[.,?!][”\"]\s*$")
# a link other than a DOI's (a DOI names a work, not a web page)
_LINK = lazy(r"(?:https?://|www\.)(?!(?:dx\.)?doi\.org/)", re.I)
_DOI_LINK = lazy(r"https?://(?:dx\.)?doi\.org/", re.I)
_PROCEEDINGS = lazy(r"\b(proceedings|proc\.|conference|symposium|workshop|congress)\b", re.I)


def entry_type(spans: dict[str, str], text: str) -> str:
    """article|book|chapter|report|webpage|thesis|misc."""
    genre = spans.get("genre", "") + " " + spans.get("note", "")
    container = spans.get("container-title", "")
    journal = spans.get("journal", "")
    if _THESIS.search(genre) or (not journal and not container and _THESIS.search(text)):
        return "thesis"
    if journal and (spans.get("volume") or spans.get("pages") or not spans.get("publisher")):
        return "article"
    if container:
        if spans.get("volume") and not spans.get("editor") and not _CHAPTER.match(container):
            return "article"
        if spans.get("editor") or _CHAPTER.search(container) or _PROCEEDINGS.search(container) or \
                spans.get("pages") or spans.get("publisher"):
            return "chapter"
        if spans.get("url") or spans.get("accessed"):
            return "webpage"
        if spans.get("volume") or not _printed_in(container, text):
            return "article"  # a container alone, not printed "In ...": a periodical's name
        return "chapter"
    if _REPORT.search(genre) or _REPORT.search(spans.get("title", "")) and spans.get("publisher"):
        return "report"
    if journal:
        return "article"
    if spans.get("publisher") or spans.get("edition") or spans.get("isbn"):
        return "book"
    if spans.get("url") or _LINK.search(text):
        return "webpage"
    if _DOI_LINK.search(text):
        return "article"  # its only link is its DOI's: a work, most often a journal article
    if _QUOTED.search(spans.get("title", "")) and not spans.get("genre"):
        return "article"  # a title in quotes is a part's title; on its own, an article's
    return "misc"


def _printed_in(container: str, text: str) -> bool:
    """Whether the entry prints "In" (or "in:", "Dans") just before its container."""
    at = text.find(container.strip()[:30])
    return at > 0 and bool(_IN_BEFORE.search(text[:at]))
