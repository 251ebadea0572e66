"""PDF papers read as a person sees them (see pdf_layout and pdf_blocks for how).

The text has one line per paragraph (a reference entry is a paragraph), each followed by a
blank line; footnotes follow, as paragraphs of their own, the paragraph that closes their
page. Italics are carried as ``*...*`` like a .docx, raised citation numbers as Unicode
superscript digits ("victims.¹²,¹³"). ``Document.pages`` gives each line's page.
"""

from __future__ import annotations

from refcheck.document import Document
from refcheck.errors import InputError


def read_pdf(data: bytes, path: str) -> Document:
    if not data.startswith(b"%PDF"):
        raise InputError(path, "not a PDF file (no %PDF header)")
    from refcheck.readers.pdf_blocks import body_size, drop_furniture, page_flows, paragraphs
    from refcheck.readers.pdf_layout import read_pages

    pages = read_pages(data, path)
    body = body_size(pages)
    drop_furniture(pages)
    flows, notes = page_flows(pages, body)
    paras = paragraphs(flows, body)
    text, page_of_line = _assemble(paras, notes)
    if not text.strip():
        raise InputError(path, "PDF has no text layer (scanned image?); run OCR first")
    return Document(path=path, text=text, kind="pdf", pages=page_of_line)


def _assemble(paras, notes) -> tuple[str, list[int]]:  # noqa: ANN001 - pdf_blocks values
    """Paragraph texts (one line each, blank line after) and each line's page; a page's
    footnotes come after the paragraph that closes that page."""
    from refcheck.splitter import hyphenated_words

    compounds = hyphenated_words(" ".join(ln.plain for para in paras for ln in para))
    lines: list[str] = []
    pages: list[int] = []
    pending = sorted(notes)

    def emit(block, page: int) -> None:  # noqa: ANN001
        lines.append(_join(block, compounds))
        lines.append("")
        pages.extend((page, page))

    for para in paras:
        while pending and pending[0] < para[0].page:
            for note in notes[pending.pop(0)]:
                emit(note, note[0].page)
        emit(para, para[0].page)
    for p in pending:
        for note in notes[p]:
            emit(note, note[0].page)
    return "\n".join(lines), pages


def _join(block, compounds: frozenset[str]) -> str:  # noqa: ANN001 - list[Line]
    from refcheck.splitter import join_wrapped

    out = ""
    for ln in block:
        right = ln.text
        if out.endswith("*") and right.startswith("*") and not out.endswith("**"):
            out, right = out[:-1], right[1:]  # one italic span across the line break
            out = join_wrapped(out, right, compounds) if out.endswith("-") else out + " " + right
            continue
        out = join_wrapped(out, right, compounds)
    return out
