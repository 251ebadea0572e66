"""Word papers in Vancouver/AMA/Nature print citation numbers as superscript runs (issue 15)."""

from __future__ import annotations

import io

import docx

from refcheck.readers.docx import read_docx


def _paper(runs: list[tuple[str, bool]]) -> bytes:
    document = docx.Document()
    paragraph = document.add_paragraph()
    for text, raised in runs:
        paragraph.add_run(text).font.superscript = raised
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_superscript_citation_numbers_become_unicode_superscripts() -> None:
    doc = read_docx(_paper([("Victims were counted.", False), ("12,13", True), (" Shown before", False),
                            ("1-3", True)]), "p.docx")
    assert doc.text == "Victims were counted.¹²,¹³ Shown before¹⁻³"


def test_a_superscript_ordinal_or_mark_is_left_as_written() -> None:
    doc = read_docx(_paper([("the 21", False), ("st", True), (" century", False), ("TM", True)]), "p.docx")
    assert doc.text == "the 21st centuryTM"
