"""The same reference list read from a PDF (wrapped lines, page headers) and a .docx as from text."""

from __future__ import annotations

import textwrap
from pathlib import Path

from pdfmaker import make_pdf

from refcheck.document import Document
from refcheck.readers import read_document
from refcheck.section.find import find_reference_section
from refcheck.section.split import split_entries

APA = Path("fixtures/seeds/003_a1e76db77d51934e.txt")


def _seed_entries() -> list[str]:
    doc = Document(path="003", text=APA.read_text(encoding="utf-8"))
    return [e.text for e in split_entries(doc, find_reference_section(doc))]


def _pdf_pages(entries: list[str]) -> list[list[str]]:
    """Lay the list out as a PDF would: hanging lines wrapped at 80 columns, 25 lines a page,
    each page headed by a running head and footed by its page number."""
    body = ["REFERENCES"]
    for entry in entries:
        plain = entry.replace("*", "").replace("<", "").replace(">", "")
        body += textwrap.wrap(plain, 80, break_on_hyphens=False)
    pages = []
    for n, start in enumerate(range(0, len(body), 25), start=60):
        pages.append(["HUMAN TRAFFICKING IN RUSSIA " + str(n), *body[start:start + 25], str(n)])
    return pages


def test_pdf_list_with_wrapped_lines_and_running_heads_gives_the_same_entries(tmp_path):
    entries = _seed_entries()
    pdf = tmp_path / "thesis.pdf"
    pdf.write_bytes(make_pdf(_pdf_pages(entries)))
    doc = read_document(str(pdf))
    got = [e.text for e in split_entries(doc, find_reference_section(doc))]
    expected = [e.replace("*", "").replace("<", "").replace(">", "") for e in entries]
    assert got == expected


def test_docx_list_gives_the_same_entries_with_italics_kept(tmp_path):
    import re

    import docx

    entries = _seed_entries()
    d = docx.Document()
    d.add_paragraph("Body text (Bales, 2004).")
    d.add_paragraph("References")
    for entry in entries:
        para = d.add_paragraph()
        for i, part in enumerate(re.split(r"\*", entry)):
            if part:
                para.add_run(part).italic = bool(i % 2)
    path = tmp_path / "thesis.docx"
    d.save(str(path))
    doc = read_document(str(path))
    assert [e.text for e in split_entries(doc, find_reference_section(doc))] == entries
