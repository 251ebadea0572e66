"""A read document: its text plus the means to point back into the source file.

Every reader (text, Markdown, docx, PDF, LaTeX) produces this one shape, so the
later stages never care where the text came from. Positions are 1-based
line:column in the text as read (for .docx a "line" is a paragraph).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from refcheck._record import Record

# (and their digits, Arabic-Indic "٢٠٠٤" and Persian "۱۹۹۷", are the digits they are)
_ARABIC_PUNCTUATION = str.maketrans({"،": ",", "؛": ";", **{chr(0x660 + d): str(d) for d in range(10)},
                                     **{chr(0x6F0 + d): str(d) for d in range(10)}})
_ARABIC_MARKS = re.compile("[،؛\u0660-\u0669\u06f0-\u06f9]")
# Chinese, Japanese and Korean papers print citations in full-width brackets and punctuation: "稲葉（2011）",
# "（Aldrich 2012；稲葉 2011）", "（三隅 2013: 3-10）"
_FULL_WIDTH = str.maketrans({"（": "(", "）": ")", "；": ";", "：": ":", "，": ",", "．": ".", "。": ".", "、": ","})


class Document(Record):
    __slots__ = ("path", "text", "kind", "warnings", "_line_starts", "pages", "margins")
    path: str
    text: str
    kind: str  # text|markdown|docx|pdf|latex
    warnings: list[str]
    _line_starts: list[int] | None
    pages: list[int] | None  # PDF: the 1-based page of each line; None for other kinds
    margins: list[int] | None  # the width taken off each line's start as read (a manuscript's line number)

    def __init__(self, path: str, text: str, kind: str = "text", warnings: list[str] | None = None,
                 _line_starts: list[int] | None = None, pages: list[int] | None = None,
                 margins: list[int] | None = None) -> None:
        self.path = path
        # Arabic-script papers (Persian, Arabic, Urdu) separate names and citations with "،" and "؛": read as the
        # comma and semicolon they are (one character each, so every position stays where it was)
        self.text = text.translate(_ARABIC_PUNCTUATION) if _ARABIC_MARKS.search(text) else text
        if "（" in self.text or "，" in self.text:  # (one character each too)
            self.text = self.text.translate(_FULL_WIDTH)
        self.kind = kind
        self.warnings = [] if warnings is None else warnings
        self._line_starts = _line_starts
        self.pages = pages
        self.margins = margins

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        return self._line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset, as the source file counts them."""
        starts = self.line_starts
        idx = bisect_right(starts, offset) - 1
        return idx + 1, offset - starts[idx] + 1 + self.margin(idx + 1)

    def offset(self, line: int, column: int = 1) -> int:
        """Character offset of a 1-based (line, column) of the source file (a column inside a line's stripped
        margin is the line's first character)."""
        return self.line_starts[line - 1] + max(0, column - 1 - self.margin(line))

    def margin(self, line: int) -> int:
        """How many characters the reader took off the start of a 1-based line (its line number)."""
        return self.margins[line - 1] if self.margins and line <= len(self.margins) else 0

    def page(self, line: int) -> int | None:
        """The page a 1-based line is printed on (PDF only), else None."""
        if not self.pages or not 1 <= line <= len(self.pages):
            return None
        return self.pages[line - 1]

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")
