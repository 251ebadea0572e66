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
        return "article" if spans.get("volume") else "chapter"
    if _REPORT.search(genre) or _REPORT.search(spans.get("title", "")) and spans.get("publisher"):
        return "report"
    if journal:
        return "article"
    if spans.get("publisher") or spans.get("edition") or spans.get("isbn"):
        return "book"
    if spans.get("url") or "http://" in text or "https://" in text or "www." in text:
        return "webpage"
    return "misc"
