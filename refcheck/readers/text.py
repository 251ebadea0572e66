"""Plain text and Markdown: decode bytes, normalize line ends, keep positions.

Only transformations that keep line numbers intact are applied here (CRLF and
lone CR become LF, a BOM is dropped), so every later position points at the
same line in the user's editor.
"""

from __future__ import annotations

import re
from collections import Counter

from refcheck.document import Document
from refcheck.errors import InputError

# Control characters that never occur in a real text document; a few of them
# (outside tab, newline, carriage return and form feed) mean "this is binary".
_BINARY_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32))


def decode(data: bytes, path: str, kind: str) -> Document:
    """Decode UTF-8 (with or without BOM), falling back to cp1252 with a warning."""
    if _looks_binary(data):
        raise InputError(path, "looks like a binary file, not text")
    text, bad_byte = decode_text(data)
    warnings = [f"{path}: not valid UTF-8 (byte {bad_byte}); read as Windows-1252"] if bad_byte is not None else []
    if not text.strip():
        raise InputError(path, "file is empty")
    if kind == "markdown" and ("\\[" in text or "\\]" in text):
        text = unescape_brackets(text)
    if kind == "markdown" and (":::" in text or "]{" in text or "<div" in text or "<span" in text or "```" in text
                               or "](" in text):
        text = blank_markup(text)
    if "¨" in text:
        text = _SPACING_DIAERESIS.sub("\u0308", text)
    text, margins = strip_line_numbers(text)
    return Document(path=path, text=text, kind=kind, warnings=warnings, margins=margins)


# A PDF's umlaut printed as a character of its own after its vowel, "Ha¨ußermann", "Neue Urbanita¨t": the combining
# diaeresis it stands for (one character for one, so every position stays; names then fold as "Häußermann"). Other
# spacing accents come before their letter as often as after it ("Roy´e" is Royé), so they are left as printed.
_SPACING_DIAERESIS = re.compile(r"(?<=[AEIOUaeiou])¨(?=[a-zß])")


_LINE_NUMBER = re.compile(r"^(\d{1,4})(?:[ \t]+|$)", re.MULTILINE)


def strip_line_numbers(text: str) -> tuple[str, list[int] | None]:
    """A manuscript under review numbers its lines ("64 REFERENCES", "65 Boyden, E.S., ..."), on every line or every
    fifth, counting on through the paper or from 1 on each page: the numbers (and the spaces after them) come off,
    and each line's margin says how wide they were, so positions still point into the file. Numbers count as line
    numbers when there are 30 or more, spread from the first quarter of the text to its last, and each grows from
    the one before by no more than the lines between them (a page may start again at 1); a reference list's own
    labels ("12 Smith J") sit in one place and never pass."""
    found: list[tuple[int, int, int, int]] = []  # (line, number, start, end)
    line, at = 0, 0
    for m in _LINE_NUMBER.finditer(text):
        line, at = line + text.count("\n", at, m.start()), m.start()
        found.append((line, int(m.group(1)), m.start(), m.end()))
    lines = line + text.count("\n", at) + 1
    # (numbered every fifth line, "5", "10", "15" five lines apart and again from 5 on each page, a dozen are enough:
    # Copernicus discussion papers)
    fifths = len(found) >= 12 and sum(1 for (a, x, _, _), (b, y, _, _) in zip(found, found[1:], strict=False)
                                      if x % 5 == 0 and (y - x == 5 == b - a or y == 5)) >= 0.9 * (len(found) - 1)
    if (len(found) < 30 and not fifths) or found[0][0] > lines / 4 or found[-1][0] < lines * 3 / 4:
        return text, None
    steady = sum(1 for (a, x, _, _), (b, y, _, _) in zip(found, found[1:], strict=False)
                 if 0 < y - x <= b - a or (fifths and y == 5))
    if steady < 0.8 * (len(found) - 1):
        return text, None
    margins = [0] * lines
    pieces, last = [], 0
    for n, _, start, end in found:
        pieces.append(text[last:start])
        margins[n], last = end - start, end
    pieces.append(text[last:])
    text = "".join(pieces)
    if fifths:  # the lines between keep the numbers' width in spaces: take it off them too, so indents compare
        width = Counter(m for m in margins if m).most_common(1)[0][0]
        rows = text.split("\n")
        for n, row in enumerate(rows):
            if not margins[n] and row[:width].isspace() and len(row) > width:
                rows[n], margins[n] = row[width:], width
        text = "\n".join(rows)
    return text, margins


def unescape_brackets(text: str) -> str:
    """Markdown's escaped brackets as the rendered page shows them: pandoc's writer prints "[21]" as
    "\\[21\\]" in both the text and the list. The two backslashes become spaces before the bracket
    ("  [21]"), so the text keeps its length and every line its number; an escaped pandoc citation
    "\\[@key\\]" is literal text and stays as it is."""
    return re.sub(r"\\\[(?!@)([^\n\\\]]{0,200})\\\]", lambda m: "  [" + m.group(1) + "]", text)


# The markup pandoc and Quarto leave around a rendered list: fenced divs ("::: {#ref-he2016 .csl-entry}", ":::"),
# bracketed spans ("[\\[3\\] ]{.csl-left-margin}[K. He ... 2016.]{.csl-right-inline}") and, in GitHub Markdown, the
# same as raw HTML ('<div id="ref-he2016" class="csl-entry">', '<span class="csl-left-margin">').
_FENCED_DIV = re.compile(r"^[ \t]*:{3,}[^\n]*$", re.MULTILINE)
_HTML_BLOCK_TAG = re.compile(r"</?(?:div|span)\b[^<>]*>", re.IGNORECASE)
_SPAN_CLOSE = re.compile(r"\]\{[.#][^{}\n]*\}")
# a notebook's code cell, "``` python" ... "```": code, whose "x[1]" cites nothing
# A Markdown link's target after its text, "[text](#anchor)", "[text](https://...)": what a reader sees is the text.
_LINK_TARGET = re.compile(r"\](\((?:#|https?://|www\.|/)[^()\s]{0,300}\))")
_CODE_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?^[ \t]{0,3}\1[ \t]*$", re.MULTILINE | re.DOTALL)


def blank_markup(text: str) -> str:
    """The text without that markup and without fenced code, each blanked to spaces: lines and columns stay where
    they were."""
    chars = list(text)

    def blank(a: int, b: int) -> None:
        chars[a:b] = [" "] * (b - a)

    for m in (*_FENCED_DIV.finditer(text), *_HTML_BLOCK_TAG.finditer(text)):
        blank(m.start(), m.end())
    for m in _CODE_FENCE.finditer(text):
        for line in re.finditer(r"[^\n]+", text[m.start():m.end()]):
            blank(m.start() + line.start(), m.start() + line.end())
    for m in _LINK_TARGET.finditer(text):
        blank(m.start(1), m.end(1))  # "[[2]](#cite_note-Maxfield2023-2)" reads "[[2]]", a link's text
    for m in _SPAN_CLOSE.finditer(text):
        depth, i = 0, m.start() - 1
        while i >= max(0, m.start() - 2000):  # the span's "[": its brackets inside ("[15]") balance
            depth += {"]": 1, "[": -1}.get(text[i], 0)
            if depth < 0:
                blank(i, i + 1)
                blank(m.start(), m.end())
                break
            i -= 1
    return "".join(chars)


def decode_text(data: bytes, fallback: str = "cp1252") -> tuple[str, int | None]:
    """Text with LF line ends; and the offset of the first non-UTF-8 byte when FALLBACK was used.

    A BOM is dropped and CR/CRLF become LF, so lines count as the user's editor counts them.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    bad: int | None = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text, bad = data.decode(fallback, errors="replace"), exc.start
    return text.replace("\r\n", "\n").replace("\r", "\n"), bad


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    bad = sum(1 for b in sample if b in _BINARY_CONTROL)
    return bad > max(8, len(sample) // 100)
