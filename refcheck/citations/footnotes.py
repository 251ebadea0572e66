"""Markdown footnote calls as citations, for a paper whose sources are its footnotes ("...default.[^3]" with
"[^3]: FIDO Alliance, ..." at its end; refcheck.section.find reads those definitions as the list, each under its
key): each call cites the footnote it names, and a call whose footnote is not defined is a citation with no entry."""

from __future__ import annotations

import re

from refcheck.document import Document
from refcheck.model import Citation
from refcheck.text.patterns import FOOTNOTE_KEY

_FOOTNOTE_CALL = re.compile(rf"\[\^({FOOTNOTE_KEY})\](?!:)")


def footnote_calls(doc: Document, regions: list[tuple[int, int]]) -> list[Citation]:
    """Each "[^3]" in the body regions, in document order."""
    out = []
    for lo, hi in regions:
        for m in _FOOTNOTE_CALL.finditer(doc.text, max(0, lo), min(len(doc.text), hi)):
            line, col = doc.position(m.start())
            out.append(Citation(id="", line=line, column=col, text=m.group(0), kind="numeric", keys=["^" + m.group(1)]))
    return out
