"""Columns found as a reader finds them: a short page of one-column text has no gutter where its word
spaces happen to line up, a right column of two lines is still a column, and a column holding only
the indented lines of an entry carried over is not its own margin."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import make_layout_pdf, text_width

from refcheck.readers import read_document
from refcheck.section.find import find_reference_section
from refcheck.section.split import split_entries


def _read(tmp_path: Path, pages: list[list[tuple]]):
    p = tmp_path / "paper.pdf"
    p.write_bytes(make_layout_pdf(pages))
    return read_document(str(p))


def _justified(line: str, y: float, left: float, right: float) -> list[tuple]:
    """LINE set flush on both sides between LEFT and RIGHT, its word spaces stretched."""
    words = line.split()
    gap = (right - left - sum(text_width(w, 10) for w in words)) / (len(words) - 1)
    runs, x = [], left
    for w in words:
        runs.append((x, y, w, 10))
        x += text_width(w, 10) + gap
    return runs


BODY = "Body text of the paper runs on in one column across the page, as it does in most journals."


def test_word_spaces_lining_up_on_a_short_one_column_page_are_not_a_gutter(tmp_path):
    first = [(72, 720 - 12 * k, BODY) for k in range(40)]
    halves = [("Martin, R. (2015). Shakespeare and Ecology.", "Oxford University Press. https://doi.org/10.1093"),
              ("Reid, A., & Singh, S. (1994). Implementing", "Fudgets with Standard Widget Sets. In Workshops"),
              ("Computing (pp. 222-235). Springer London.", "https://doi.org/10.1007/978-1-4471-3236-3_18 and"),
              ("Smith, J. (2001). A title that runs on here", "and on, in a journal of the same long name.")]
    second = []
    for k, (left, right) in enumerate(halves):
        # every row has a word space of 3 pt at x = 300-303, as justified TeX lines may
        second += _justified(left, 700 - 12 * k, 72, 300) + _justified(right, 700 - 12 * k, 303, 540)
    doc = _read(tmp_path, [first, second])
    assert "Shakespeare and Ecology. Oxford University Press." in doc.text
    assert "Implementing Fudgets with Standard Widget Sets." in doc.text


def _two_columns(left: list[str], right: list[str]) -> list[tuple]:
    return [(72, 720 - 12 * k, t) for k, t in enumerate(left)] + [(320, 720 - 12 * k, t) for k, t in enumerate(right)]


def test_a_right_column_of_two_lines_is_read_after_the_left_column(tmp_path):
    page1 = _two_columns([f"Left column line {k} of the first page." for k in range(40)],
                         [f"Right column line {k} of the first page." for k in range(40)])
    page2 = _two_columns([f"Left column line {k} of the last page." for k in range(30)],
                         ["The right column of the last page", "holds two lines only."])
    doc = _read(tmp_path, [page1, page2])
    assert "Left column line 0 of the last page. Right" not in doc.text
    assert doc.text.index("holds two lines only.") > doc.text.index("Left column line 29 of the last page.")


def test_an_entry_carried_to_a_page_of_indented_lines_stays_one_entry(tmp_path):
    page1 = [(72, 720 - 12 * k, BODY) for k in range(20)] + [(72, 460, "References", 14, "B")]
    entries = [["Bales, K. (2004). Disposable people: New slavery in the global economy. University",
                "of California Press."],
               ["Hughes, D. M. (2000). The \u201cNatasha\u201d trade: The transnational shadow market of",
                "trafficking in women. Journal of International Affairs, 53(2), 625-648."]] * 12
    y = 436.0
    for lines in entries:
        page1 += [(72, y, lines[0]), (96, y - 12, lines[1])]
        y -= 24
    page1 += [(72, y, "Tkaczyk, D., & Bolikowski, L. (2015). Extracting contextual information from")]
    page2 = [(96, 720, "scientific literature using CERMINE system. In Semantic Web Evaluation"),
             (96, 708, "Challenges (pp. 93-104). Springer International Publishing."),
             (96, 696, "https://doi.org/10.1007/978-3-319-25518-7_8")]
    doc = _read(tmp_path, [page1, page2])
    last = [ln for ln in doc.lines if ln.strip()][-1]
    assert last.startswith("Tkaczyk") and last.endswith("978-3-319-25518-7_8")
    assert [e.text for e in split_entries(doc, find_reference_section(doc))][-1] == last
