"""PDF papers read as a person sees them: columns, indents, raised numbers, running heads, notes."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from pdfmaker import make_layout_pdf, make_pdf, paragraph_runs, text_width

from refcheck.errors import InputError
from refcheck.pipeline import check_document
from refcheck.readers import read_document
from refcheck.section.find import find_reference_section
from refcheck.section.split import split_entries

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

ENTRIES = [
    ["Bales, K. (2004). Disposable people: New slavery in the global",
     "economy. University of California Press."],
    ["Hughes, D. M. (2000). The \"Natasha\" trade: The transnational shadow",
     "market of trafficking in women. Journal of International Affairs,",
     "53(2), 625-648."],
    ["Laczko, F. (2005). Data and research on human trafficking.",
     "International Migration, 43(1-2), 5-16."],
]


def _read(tmp_path: Path, pages: list[list[tuple]], name: str = "paper.pdf"):
    p = tmp_path / name
    p.write_bytes(make_layout_pdf(pages))
    return read_document(str(p))


def _entries(doc) -> list[str]:
    return [e.text for e in split_entries(doc, find_reference_section(doc))]


def _list_page(hanging: bool) -> list[tuple]:
    runs = [(72, 700, "References", 14, "B")]
    y = 670.0
    for lines in ENTRIES:
        para, y = paragraph_runs(lines, 72, y, indent=24, hanging=hanging)
        runs += para
    return runs


def _flush_list_page(lines: list[str]) -> list[tuple]:
    """A "References" heading over lines printed flush left, 12 pt apart, with no indent to split on."""
    return [(72, 700, "References", 14, "B")] + [(72, 670 - 12 * k, line) for k, line in enumerate(lines)]


def test_hanging_indent_entries_are_split_where_the_outdented_line_starts(tmp_path):
    doc = _read(tmp_path, [_list_page(hanging=True)])
    assert _entries(doc) == [" ".join(lines) for lines in ENTRIES]


def test_first_line_indent_entries_are_split_where_the_indented_line_starts(tmp_path):
    doc = _read(tmp_path, [_list_page(hanging=False)])
    assert _entries(doc) == [" ".join(lines) for lines in ENTRIES]


def test_two_columns_are_read_left_column_first(tmp_path):
    left = [(72, 700 - 12 * i, f"Left line {i} of the first column") for i in range(10)]
    right = [(320, 700 - 12 * i, f"Right line {i} of the second column") for i in range(10)]
    doc = _read(tmp_path, [left + right])
    text = doc.text
    assert text.index("Left line 9") < text.index("Right line 0")
    assert "Left line 0 of the first column Left line 1" in text  # no row read across the gutter


def test_an_address_overflowing_the_last_line_of_the_left_column_stays_in_it(tmp_path):
    left = [(72, 700 - 12 * i, f"Left line {i} of the first column goes on") for i in range(12)]
    url = "https://www.childtrafficking.org/pdf/user/Unicef_RussiaTraffickingMar06_and_more.pdf"
    right = [(320, 700 - 12 * i, f"Right line {i} of the second column") for i in range(4)]
    doc = _read(tmp_path, [left + [(90, 700 - 12 * 12, url)] + right])
    assert doc.text.index("Left line 11") < doc.text.index(url) < doc.text.index("Right line 0")


def test_words_joined_by_a_slash_at_a_line_end_do_not_end_the_paragraph(tmp_path):
    lines = ["According to the United Nations/International",
             "Organization for Migration (2005), the shadow economy is twice the size",
             "of that in developed countries, and it keeps growing every single year."]
    doc = _read(tmp_path, [[(72, 700 - 12 * k, line) for k, line in enumerate(lines)]])
    assert doc.lines[0] == " ".join(lines)


def test_a_wrapped_line_that_reads_like_a_heading_word_stays_in_its_entry(tmp_path):
    entries = [["12. Remacle J. Microbial ecology: Or-", "ganisms, habitats, activities. Bio-",
                "chemical Systematics. 1989."],
               ["13. Fenner M. The rise of the (science)", "newsletter. 2023."],
               ["14. Yildiz T, Ulman A, Karakulak FS,", "Uzer U. Bio-economic indicators of",
                "fisheries. PeerJ. 2023."]]
    runs, y = [(72, 700, "References", 14, "B")], 670.0
    for lines in entries:
        para, y = paragraph_runs(lines, 72, y, indent=20, hanging=True)
        runs += para
    doc = _read(tmp_path, [runs])
    assert _entries(doc)[1] == "Fenner M. The rise of the (science) newsletter. 2023."


def test_an_address_closed_by_a_full_stop_ends_its_entry_before_a_name_in_a_list_without_indents(tmp_path):
    lines = ["Renear, Miles. 1979. “A Therapeutic Funeral.” Journal of Pastoral",
             "Care 33 (4): 252–53. https://doi.org/10.1177/002234097903300411.",
             "Steffens, Thalya Miriam de Mattos, Hindra Ruana Campos Severo,",
             "and Raiziane da Silva. 2023. “Modelo de Gestão e Estrutura de",
             "Governança.” Revista de Gestão e Organizações Cooperativas 9 (18).",
             "Vukina, Tomislav. 2018. “Organic Price Premiums.” PeerJ 5."]
    doc = _read(tmp_path, [_flush_list_page(lines)])
    paragraphs = [ln for ln in doc.lines if ln]
    assert paragraphs[1] == " ".join(lines[:2]) and paragraphs[2].startswith("Steffens, Thalya")


def test_raised_numbers_become_unicode_superscript_digits(tmp_path):
    body = "Many were victims."
    x = 72 + text_width(body, 10)
    doc = _read(tmp_path, [[(72, 700, body, 10), (x, 704, "12,13", 7)]])
    assert "victims.¹²,¹³" in doc.text


def test_running_heads_and_page_numbers_are_dropped(tmp_path):
    pages = []
    for n in range(1, 4):
        pages.append([(72, 760, "TRAFFICKING IN RUSSIA", 9), (300, 40, str(n), 9),
                      (72, 700, f"Body text of page {n} goes on and on across the whole line here"),
                      (72, 688, f"and ends on page {n}.")])
    doc = _read(tmp_path, pages)
    assert "TRAFFICKING IN RUSSIA" not in doc.text
    assert [ln for ln in doc.lines if ln.strip()] == [
        f"Body text of page {n} goes on and on across the whole line here and ends on page {n}." for n in range(1, 4)]


def test_footnotes_are_kept_apart_under_notes_and_their_marks_are_not_citations(tmp_path):
    body = "The claim is disputed."
    x = 72 + text_width(body, 10)
    page = [(72, 700, body, 10), (x, 704, "1", 7),
            (72, 688, "More body text follows here, and it runs on to the right margin.", 10),
            (72, 100, "1", 6), (76, 96, "Bales, Disposable People, 12.", 8)]
    doc = _read(tmp_path, [page, [(72, 700, "Second page text.", 10)]])
    lines = [ln for ln in doc.lines if ln.strip()]
    assert lines[0] == "The claim is disputed.[^1]"
    assert lines[-2:] == ["Notes", "[^1]: Bales, Disposable People, 12."]
    assert doc.text.index("Second page text.") < doc.text.index("Notes")


def test_a_note_carried_to_the_next_column_above_more_notes_stays_a_note(tmp_path):
    left = [(72, 700 - 12 * i, f"Left body line {i} of the first column text") for i in range(30)]
    left += [(72, 330, "11", 6), (76, 326, "Oh and Vukina, “Substitutability Between Organic and", 8)]
    right = [(320, 700 - 12 * i, f"Right body line {i} of the second column") for i in range(25)]
    right += [(320, 380, "Poultry Products and Organic Price Premiums.”", 8),
              (320, 374, "12", 6), (324, 370, "Raoult et al., “Stress Profile Influences Learning.”", 8)]
    doc = _read(tmp_path, [left + right])
    assert "[^11]: Oh and Vukina, “Substitutability Between Organic and Poultry Products" in doc.text
    assert "[^12]: Raoult et al., “Stress Profile Influences Learning.”" in doc.lines


def test_end_of_line_hyphenation_is_repaired(tmp_path):
    doc = _read(tmp_path, [[(72, 700, "The traf-"), (72, 688, "ficking of women is significant.")]])
    assert doc.lines[0] == "The trafficking of women is significant."


def test_a_page_number_wrapped_to_a_line_start_is_not_a_list_number(tmp_path):
    lines = ["Chhabra, Sherry, and Lincoln J. Greenhill. 2021. “Imaging Spectroscopy",
             "of Solar Radio Bursts.” The Astrophysical Journal 906 (2):",
             "132. https://doi.org/10.3847/1538-4357/abc94b.",
             "Davis, Morris C. 1943. “The Investigation of Renal Function.” Medical",
             "Journal of Australia 1 (13): 267–79."]
    doc = _read(tmp_path, [_flush_list_page(lines)])
    assert _entries(doc)[0].endswith("Journal 906 (2): 132. https://doi.org/10.3847/1538-4357/abc94b.")


def test_a_compound_broken_at_its_hyphen_keeps_it(tmp_path):
    doc = _read(tmp_path, [[(72, 700, "Shankar, V. (2018). Mesh-"),
                            (72, 688, "free semi-Lagrangian methods for transport on a sphere.")]])
    assert doc.lines[0] == "Shankar, V. (2018). Mesh-free semi-Lagrangian methods for transport on a sphere."


def test_a_word_the_document_writes_whole_is_joined_after_a_prefix_like_break(tmp_path):
    doc = _read(tmp_path, [[(72, 700, "Labour exploitation is widespread, and sexual ex-"),
                            (72, 688, "ploitation is not the only form it takes.")]])
    assert doc.lines[0] == "Labour exploitation is widespread, and sexual exploitation is not the only form it takes."


def test_a_prefix_that_is_also_a_first_syllable_is_joined_unless_the_rest_is_a_word_of_the_document(tmp_path):
    doc = _read(tmp_path, [[(72, 700, "An Algorithm for Template-Based Pre-"),
                            (72, 688, "diction of RNA Structures, by a co-"),
                            (72, 676, "author of the first author of the method.")]])
    assert doc.lines[0] == ("An Algorithm for Template-Based Prediction of RNA Structures, "
                            "by a co-author of the first author of the method.")


def test_ligature_glyphs_are_expanded():
    from refcheck.readers.pdf_layout import Glyph, group_lines

    letters = ["s", "i", "g", "n", "i", "\ufb01", "c", "a", "n", "t"]
    glyphs = [Glyph(t, 72 + 5 * i, 77 + 5 * i, 700, 10, False, False) for i, t in enumerate(letters)]
    assert group_lines(glyphs, 1)[0].text == "significant"


def test_italic_runs_are_marked_like_docx_italics(tmp_path):
    lead = "Bales, K. (2004). "
    title = "Disposable people"
    x = 72 + text_width(lead, 10)
    doc = _read(tmp_path, [[(72, 700, lead), (x, 700, title, 10, "I"),
                            (x + text_width(title, 10, "I"), 700, ". Berkeley.")]])
    assert doc.lines[0] == "Bales, K. (2004). *Disposable people*. Berkeley."


def test_each_line_knows_its_page(tmp_path):
    first = [(72, 700, "The first page holds a long line of text that ends here"), (72, 688, "First page.")]
    doc = _read(tmp_path, [first, [(72, 700, "Second page.")]])
    line = doc.lines.index("Second page.") + 1
    assert doc.page(line) == 2 and doc.page(1) == 1 and doc.page(10 ** 6) is None


def test_seed_000_printed_to_pdf_gives_the_texts_15_entries_and_findings():
    txt = check_document(read_document(str(FIXTURES / "seeds" / "000_2dd45404e1011c92.txt")))
    for name in ("seed000-1col.pdf", "seed000-2col.pdf"):
        pdf = check_document(read_document(str(FIXTURES / "pdf" / name)))
        # pdflatex prints the typed ' as ’: the same text, as printed
        assert [r.raw.replace("’", "'") for r in pdf.references] == [r.raw.replace("’", "'") for r in txt.references]
        assert [(f.code, f.message) for f in pdf.findings] == [(f.code, f.message) for f in txt.findings]


def test_findings_in_a_pdf_name_their_page():
    from refcheck.app import CheckOptions, check_path
    from refcheck.report.text import render

    out = render([check_path(str(FIXTURES / "pdf" / "seed000-1col.pdf"), CheckOptions())])
    assert 'seed000-1col.pdf:p2:19:887: error name-mismatch: "Ruthland" has no entry' in out


def test_two_column_superscript_paper_gives_its_numbered_list():
    doc = read_document(str(FIXTURES / "pdf" / "ama-2col.pdf"))
    report = check_document(doc)
    assert len(report.references) == 14
    assert "below¹. This agrees" in doc.text and "below³,⁴." in doc.text


def test_encrypted_pdf_is_one_clear_error(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.append(pypdf.PdfReader(io.BytesIO(make_pdf([["Secret text (Smith, 2000)."]]))))
    writer.encrypt("secret")
    buf = io.BytesIO()
    writer.write(buf)
    p = tmp_path / "locked.pdf"
    p.write_bytes(buf.getvalue())
    with pytest.raises(InputError, match="encrypted"):
        read_document(str(p))


def test_a_decompression_bomb_is_refused_before_it_is_inflated(tmp_path, monkeypatch):
    from refcheck.readers import pdf_layout

    monkeypatch.setattr(pdf_layout, "MAX_STREAM", 1024 * 1024)
    bomb = zlib.compress(b"\0" * (4 * 1024 * 1024), 9)
    data = (b"%PDF-1.4\n1 0 obj\n<< /Length " + str(len(bomb)).encode() + b" /Filter /FlateDecode >>\nstream\n"
            + bomb + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    p = tmp_path / "bomb.pdf"
    p.write_bytes(data)
    with pytest.raises(InputError, match="decompression bomb"):
        read_document(str(p))


def test_a_pdf_over_the_page_limit_is_refused_before_reading(tmp_path):
    from refcheck.readers import pdf_layout

    p = tmp_path / "huge.pdf"
    p.write_bytes(make_pdf([["x"]] * (pdf_layout.MAX_PAGES + 1)))
    with pytest.raises(InputError, match=f"at most {pdf_layout.MAX_PAGES}"):
        read_document(str(p))


def test_reading_stops_at_the_time_limit_with_one_clear_error(tmp_path, monkeypatch):
    from refcheck.readers import pdf_layout

    monkeypatch.setattr(pdf_layout, "READ_SECONDS", 0.001)
    p = tmp_path / "slow.pdf"
    p.write_bytes(make_layout_pdf([[(72, 700 - 12 * k, "A line of body text " * 4) for k in range(50)]] * 20))
    with pytest.raises(InputError, match="took over"):
        read_document(str(p))
