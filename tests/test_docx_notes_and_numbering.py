"""Word .docx: footnotes/endnotes read as a notes paper's notes, automatic list numbers kept (issue 15)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from refcheck.pipeline import check_document
from refcheck.readers.docx import read_docx

needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc writes the .docx under test")

NOTES_PAPER = """Cities After Socialism

Workers moved to the periphery.[^1] The forecast trap is familiar to ecologists.[^2] Urban power shifted again.[^3]

[^1]: Norbert Petrovici, "Workers and the City: Rethinking the Geographies of Power in Post-Socialist
    Urbanisation," *Urban Studies* 49, no. 11 (2012): 2377-97.
[^2]: Carl Boettiger, "The Forecast Trap," *Ecology Letters* 25, no. 7 (2022): 1655-64.
[^3]: Petrovici, "Workers and the City," 2380.

Bibliography

Boettiger, Carl. "The Forecast Trap." *Ecology Letters* 25, no. 7 (2022): 1655-64.

Petrovici, Norbert. "Workers and the City: Rethinking the Geographies of Power in Post-Socialist
Urbanisation." *Urban Studies* 49, no. 11 (2012): 2377-97.
"""

NUMBERED_LIST = """Filters

Filters were introduced early [1] and surveyed later [2].

References

3. Bloom BH. Space/time trade-offs in hash coding with allowable errors. Commun ACM. 1970;13(7):422-6.
4. Broder A, Mitzenmacher M. Network applications of Bloom filters: a survey. Internet Math. 2004;1(4):485-509.
"""


def docx_of(markdown: str, tmp_path: Path) -> bytes:
    out = tmp_path / "paper.docx"
    subprocess.run(["pandoc", "-f", "markdown", "-o", str(out)], input=markdown, text=True, check=True)
    return out.read_bytes()


@needs_pandoc
def test_footnotes_become_numbered_notes_in_reference_order(tmp_path: Path) -> None:
    doc = read_docx(docx_of(NOTES_PAPER, tmp_path), "paper.docx")
    lines = doc.text.splitlines()
    assert "Notes" in lines
    assert lines[-3].startswith("1. Norbert Petrovici, ")
    assert lines[-1] == "3. Petrovici, \u201cWorkers and the City,\u201d 2380."


@needs_pandoc
def test_a_docx_notes_paper_is_read_as_notes_and_cites_every_entry(tmp_path: Path) -> None:
    report = check_document(read_docx(docx_of(NOTES_PAPER, tmp_path), "paper.docx"))
    assert report.style == "chicago-notes"
    assert [f.code for f in report.findings] == []


@needs_pandoc
def test_word_list_numbers_are_kept_as_the_entries_labels(tmp_path: Path) -> None:
    doc = read_docx(docx_of(NUMBERED_LIST, tmp_path), "paper.docx")
    assert "3. Bloom BH." in doc.text and "4. Broder A" in doc.text
    report = check_document(doc)
    assert [r.label for r in report.references] == ["3", "4"]
    assert sorted(f.code for f in report.findings) == ["no-entry", "no-entry", "uncited", "uncited"]


def test_a_docx_without_notes_or_lists_reads_as_before() -> None:
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Plain text with no notes.")
    buf = io.BytesIO()
    d.save(buf)
    assert read_docx(buf.getvalue(), "plain.docx").text == "Plain text with no notes."
