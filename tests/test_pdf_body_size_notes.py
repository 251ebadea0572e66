"""Footnotes set in the body's own size (LibreOffice's default footnote style for a pandoc .docx)
are read as footnotes when a reader would see them as such: at the column's foot under a wider gap,
each opening with a raised number, numbered consecutively and called in the text above."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import make_layout_pdf, text_width

from refcheck.pipeline import check_document
from refcheck.readers import read_document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "pdf"


def _findings(path: Path) -> list[str]:
    return sorted(f"{f.code}: {f.message}" for f in check_document(read_document(str(path))).findings)


def test_libreoffice_footnotes_in_the_body_size_are_the_papers_notes():
    doc = read_document(str(FIXTURES / "chicago-notes-lo.pdf"))
    # page 2's notes sit under a list whose heading gap is wider than the separator's
    assert "\n[^9]: Iwasa et al., “Phase II Study of Lenvatinib" in doc.text
    assert "\n[^10]: Liu et al., “Genetic Characterization" in doc.text
    assert "¹⁰ Liu et al." not in doc.text
    assert _findings(FIXTURES / "chicago-notes-lo.pdf") == _findings(FIXTURES / "chicago-notes-lo.txt")


def test_a_list_numbered_with_raised_numbers_under_its_heading_stays_the_list(tmp_path):
    entries = ["Bales K. Disposable People: New Slavery in the Global Economy. University of California Press.",
               "Laczko F. Data and research on human trafficking. Int Migr. 2005;43(1-2):5-16."]
    first, second = "This was shown previously.", "Other work agrees with it."
    runs = [(72, 700, first, 10), (72 + text_width(first, 10), 704, "1", 7),
            (72, 686, second, 10), (72 + text_width(second, 10), 690, "2", 7),
            (72, 650, "References", 10, "B")]  # the list under a wider gap than its lines'
    for k, entry in enumerate(entries):
        runs += [(72, 624 - 14 * k, str(k + 1), 7), (78, 620 - 14 * k, entry[:90], 10)]
    p = tmp_path / "paper.pdf"
    p.write_bytes(make_layout_pdf([runs]))
    text = read_document(str(p)).text
    assert "[^1]" not in text and "Notes" not in text
    assert text.index("References") < text.index("¹ Bales K.") < text.index("² Laczko F.")
