"""Plain text and Markdown: decode bytes, normalize line ends, keep positions.

Only transformations that keep line numbers intact are applied here (CRLF and
lone CR become LF, a BOM is dropped), so every later position points at the
same line in the user's editor.
"""

from __future__ import annotations

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
    return Document(path=path, text=text, kind=kind, warnings=warnings)


def unescape_brackets(text: str) -> str:
    """Markdown's escaped brackets as the rendered page shows them: pandoc's writer prints "[21]" as
    "\\[21\\]" in both the text and the list. The two backslashes become spaces before the bracket
    ("  [21]"), so the text keeps its length and every line its number; an escaped pandoc citation
    "\\[@key\\]" is literal text and stays as it is."""
    import re

    return re.sub(r"\\\[(?!@)([^\n\\\]]{0,200})\\\]", lambda m: "  [" + m.group(1) + "]", text)


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
