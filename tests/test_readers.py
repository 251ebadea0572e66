"""Reading documents: encodings, .docx italics, PDF text, and clear errors for bad input."""

from __future__ import annotations

import io

import pytest
from pdfmaker import make_pdf

from refcheck.errors import InputError
from refcheck.readers import read_document

ENTRY = "Rutland, Peter. 2000. “Putin’s Rise to Power,” Post-Soviet Affairs."


def test_utf8_with_bom_is_read_without_the_bom(tmp_path):
    p = tmp_path / "paper.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ENTRY.encode("utf-8"))
    doc = read_document(str(p))
    assert doc.text == ENTRY
    assert doc.warnings == []


def test_cp1252_is_decoded_with_a_warning(tmp_path):
    p = tmp_path / "paper.txt"
    p.write_bytes(ENTRY.encode("cp1252"))
    doc = read_document(str(p))
    assert "“Putin’s Rise to Power,”" in doc.text
    assert "read as Windows-1252" in doc.warnings[0]


def test_crlf_line_ends_keep_line_numbers(tmp_path):
    p = tmp_path / "paper.md"
    p.write_bytes(b"# Title\r\n\r\nText (Smith, 2000).\r\n")
    doc = read_document(str(p))
    assert doc.kind == "markdown"
    assert doc.lines[2] == "Text (Smith, 2000)."
    assert doc.position(doc.text.index("(Smith")) == (3, 6)


def test_docx_paragraphs_become_lines_and_italics_become_emphasis(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Body text cites (Bales, 2004).")
    d.add_paragraph("References")
    para = d.add_paragraph("Bales, K. (2004). ")
    para.add_run("Disposable people: New slavery in the global economy").italic = True
    para.add_run(". Berkeley: University of California Press.")
    p = tmp_path / "paper.docx"
    d.save(str(p))
    doc = read_document(str(p))
    assert doc.lines[0] == "Body text cites (Bales, 2004)."
    assert doc.lines[2] == ("Bales, K. (2004). *Disposable people: New slavery in the global economy*. "
                            "Berkeley: University of California Press.")


def test_pdf_text_keeps_the_page_of_each_line(tmp_path):
    p = tmp_path / "paper.pdf"
    p.write_bytes(make_pdf([["First page (Smith, 2000)."], ["References"]]))
    doc = read_document(str(p))
    assert doc.kind == "pdf"
    assert doc.page(doc.lines.index("References") + 1) == 2


def test_stdin_is_read_with_dash(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ENTRY.encode())))
    assert read_document("-").text == ENTRY


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("paper.odt", b"x", "unsupported file type '.odt'"),
        ("empty.txt", b"", "file is empty"),
        ("blank.md", b"  \n\n ", "file is empty"),
        ("binary.txt", b"\x00\x01\x02binary\x00" * 50, "binary file"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "docx"),
        ("broken.pdf", b"%PDF-1.4\n garbage", "corrupt PDF"),
        ("fake.pdf", b"hello", "not a PDF"),
    ],
)
def test_bad_input_raises_one_clear_error_naming_the_file(tmp_path, name, content, problem):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_document(str(p))
    assert str(info.value).startswith(str(p))
    assert problem in str(info.value)


def test_missing_file_and_directory_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(str(tmp_path / "nope.txt"))
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(InputError, match="is a directory"):
        read_document(str(tmp_path / "dir.txt"))


def test_markdown_escaped_brackets_read_as_brackets_at_the_same_positions(tmp_path):
    from refcheck.readers import read_document

    text = "Shown before \\[3\\]--\\[5\\] and \\[@key\\].\n\nReferences\n\n\\[3\\] A. B. Smith, \"T,\" 2001.\n"
    path = tmp_path / "paper.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(str(path))
    assert len(doc.text) == len(text)
    assert "  [3]--  [5]" in doc.text and "\\[@key\\]" in doc.text and "\n  [3] A. B. Smith" in doc.text
