"""Columns found as a reader finds them: a short page of one-column text has no gutter where its word
spaces happen to line up, a right column of two lines is still a column, and a column holding only
the indented lines of an entry carried over is not its own margin."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import justified, make_layout_pdf, text_width

from refcheck.readers import read_document
from refcheck.section.find import find_reference_section
from refcheck.section.split import split_entries


def _read(tmp_path: Path, pages: list[list[tuple]]):
    p = tmp_path / "paper.pdf"
    p.write_bytes(make_layout_pdf(pages))
    return read_document(str(p))


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
        second += justified(left, 700 - 12 * k, 72, 300) + justified(right, 700 - 12 * k, 303, 540)
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


def test_a_heading_set_over_the_lists_first_line_comes_first_and_does_not_take_its_number(tmp_path):
    runs = [(72, 720 - 12 * k, BODY) for k in range(10)]
    # pdflatex can print "References" 2.4 pt under the baseline of the first entry, over it
    first = "N. Dissmeyer, S. Rivas, and E. Graciet, \u201cLife and death of proteins after protease"
    runs += [(72, 505.4, "References", 14, "B"), (72, 507.8, "[1]"), (96, 507.8, first),
             (96, 495.8, "cleavage,\u201d New Phytologist, 2017."),
             (72, 481.8, "[2]"), (96, 481.8, "A. Burton, \u201cThe Scholix Framework,\u201d D-Lib Magazine, 2017.")]
    doc = _read(tmp_path, [runs])
    lines = [ln for ln in doc.lines if ln.strip()]
    assert lines[-3:] == ["References", f"[1] {first} cleavage,\u201d New Phytologist, 2017.",
                          "[2] A. Burton, \u201cThe Scholix Framework,\u201d D-Lib Magazine, 2017."]


def test_a_number_wrapped_to_a_columns_foot_is_text_not_a_page_number(tmp_path):
    runs = [(72, 720 - 12 * k, BODY) for k in range(10)] + [(72, 590, "References", 14, "B")]
    runs += [(72, 100, "7. Dannemiller NG, Crooks KR. Feline Foamy Virus in Pumas. Scientific Reports."),
             (96, 88, "2020;10(1). doi:10.1038/s41598-020-58350-"), (96, 76, "7"), (300, 40, "1")]
    doc = _read(tmp_path, [runs])
    lines = [ln for ln in doc.lines if ln.strip()]
    assert lines[-1].endswith("doi:10.1038/s41598-020-58350-7")


def test_the_gutter_the_pages_share_wins_over_one_an_overfull_address_pushes_right(tmp_path):
    page1 = _two_columns([f"Left column line {k} of the first page." for k in range(40)],
                         [f"Right column line {k} of the first page." for k in range(40)])
    page2 = [(72, 720 - 12 * k, f"Left column line {k} of the last page.") for k in range(30)]
    page2 += [(72, 360, "https://doi.org/10.3366/edinburgh/9781474450751.003.0005")]  # into the gutter, to x = 338
    page2 += [(320, 720, "16."), (350, 720, "Stravopodis. Human bladder cancer")]
    page2 += [(350, 708 - 12 * k, f"cells, line {k} of the right column.") for k in range(3)]
    doc = _read(tmp_path, [page1, page2])
    assert "16. Stravopodis. Human bladder cancer cells, line 0" in doc.text
    assert "of the last page. 16." not in doc.text


def test_raised_marks_in_the_size_of_the_notes_still_call_them(tmp_path):
    body = "The claim is disputed by most of the later studies."
    x = 72 + text_width(body, 10)
    note = "Bales, Disposable People: New Slavery in the Global Economy, 12."
    page = [(72, 700, body, 10), (x, 704, "1", 7), (72, 688, BODY, 10),
            (72, 100, "1", 5), (75, 97, note, 7), (72, 89, "Notes at the size of the raised marks run on here.", 7)]
    doc = _read(tmp_path, [page, [(72, 700, "Second page text.", 10)]])
    lines = [ln for ln in doc.lines if ln.strip()]
    assert lines[0] == body + "[^1]"
    assert any(ln.startswith(f"[^1]: {note}") for ln in lines)


def test_a_carried_entry_takes_the_margin_even_where_more_list_lines_start_at_the_indent(tmp_path):
    page1 = [(72, 720, "References", 14, "B")]
    y = 690.0
    for k in range(10):  # four-line entries: three lines at the indent for each at the margin
        page1 += [(72, y, f"Author{k}, A. (2015). A title of the work that runs on to the next line and"),
                  (96, y - 12, "further, in a journal of a long name that also runs on to the next line,"),
                  (96, y - 24, "and a third one for the volume, the issue and the pages of the work at"),
                  (96, y - 36, "https://doi.org/10.1000/example.")]
        y -= 48
    page1 += [(72, y, "Turbelin, A. J., Malamud, B. D., & Francis, R. A.")]
    page2 = [(96, 720, "(2016). Mapping the global state of invasive alien species: patterns of"),
             (96, 708, "invasion and policy responses. Global Ecology and Biogeography, 26(1),"),
             (96, 696, "78-92. https://doi.org/10.1111/geb.12517")]
    doc = _read(tmp_path, [page1, page2])
    last = [ln for ln in doc.lines if ln.strip()][-1]
    assert last.startswith("Turbelin, A. J.") and last.endswith("10.1111/geb.12517")
