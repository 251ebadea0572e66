"""Citations in a PDF as a reader sees them: raised numbers with raised page locators (AMA), and the
footnotes of a notes-bibliography paper read as its citations."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import make_layout_pdf, text_width

from refcheck.pipeline import check_document
from refcheck.readers import read_document

AMA_LIST = [
    "1. Bales K. Disposable People: New Slavery in the Global Economy. University of California Press; 2004.",
    "2. Laczko F. Data and research on human trafficking. Int Migr. 2005;43(1-2):5-16.",
]


def _read(tmp_path: Path, pages: list[list[tuple]]):
    p = tmp_path / "paper.pdf"
    p.write_bytes(make_layout_pdf(pages))
    return read_document(str(p))


def _raised_after(x: float, y: float, body: str, mark: str) -> list[tuple]:
    """BODY at (x, y) in 10 pt, then MARK raised 4 pt in 7 pt right after it, as LaTeX prints \\textsuperscript."""
    return [(x, y, body, 10), (x + text_width(body, 10), y + 4, mark, 7)]


def _ama_page() -> list[tuple]:
    runs = _raised_after(72, 700, "This was shown previously.", "1(p320)")
    runs += _raised_after(72, 686, "Other work agrees.", "2")
    runs += [(72, 650, "References", 14, "B")]
    runs += [(72, 630 - 14 * k, entry[:95], 9) for k, entry in enumerate(AMA_LIST)]
    return runs


def test_a_raised_number_with_a_raised_page_locator_is_one_citation_with_its_locator(tmp_path):
    doc = _read(tmp_path, [_ama_page()])
    assert "previously.¹⁽ᵖ³²⁰⁾" in doc.text
    first = check_document(doc).citations[0]
    assert (first.kind, first.keys, first.locator, first.text) == ("numeric", ["1"], "p320", "¹⁽ᵖ³²⁰⁾")


NOTES_BODY = ["The claim has been disputed for decades.", "Later studies found the same pattern again."]
NOTES = ["Bales, Disposable People, 12.", "Laczko, “Data and Research on Human Trafficking,” 7."]
BIBLIOGRAPHY = [
    "Bales, Kevin. Disposable People: New Slavery in the Global Economy. Berkeley: University of California, 2004.",
    "Laczko, Frank. “Data and Research on Human Trafficking.” International Migration 43 (2005): 5-16.",
]


def _notes_paper() -> list[list[tuple]]:
    """Page 1: body sentences ending in raised note numbers, the notes at the foot in 8 pt;
    page 2: the bibliography, one entry a paragraph."""
    page1: list[tuple] = []
    for k, sentence in enumerate(NOTES_BODY):
        page1 += _raised_after(72, 700 - 14 * k, sentence, str(k + 1))
    for k, note in enumerate(NOTES):
        page1 += [(72, 110 - 12 * k, str(k + 1), 6), (76, 106 - 12 * k, note, 8)]
    page2: list[tuple] = [(72, 700, "Bibliography", 14, "B")]
    for k, entry in enumerate(BIBLIOGRAPHY):
        head, tail = entry[:80].rsplit(" ", 1)
        page2 += [(72, 670 - 30 * k, head, 10), (96, 658 - 30 * k, entry[len(head) + 1:], 10)]
    return [page1, page2]


def test_footnotes_of_a_notes_paper_are_its_citations_matched_to_the_bibliography(tmp_path):
    report = check_document(_read(tmp_path, _notes_paper()))
    notes = [c for c in report.citations if c.kind == "note"]
    assert [(c.keys, c.text) for c in notes] == [(["1"], NOTES[0]), (["2"], NOTES[1])]
    assert [n.references for n in notes] == [[report.references[0].id], [report.references[1].id]]
    assert not [f for f in report.findings if f.code in ("uncited", "no-entry")]


HARVARD_LIST = [
    "Fenner, M. et al. (2016) A Data Citation Roadmap for Scholarly Data Repositories. bioRxiv.",
    "Fenner, M. (2016) Eating your own Dog Food. Front Matter.",
]


def _italic_et_al(x: float, y: float, before: str, after: str) -> list[tuple]:
    """BEFORE, "et al." in italics (as Harvard, Cite Them Right prints it), then AFTER."""
    x1 = x + text_width(before, 10)
    x2 = x1 + text_width("et al.", 10, "I")
    return [(x, y, before, 10), (x1, y, "et al.", 10, "I"), (x2, y, after, 10)]


def test_an_italic_et_al_in_a_citation_cites_the_entry_with_more_authors(tmp_path):
    runs = _italic_et_al(72, 700, "Earlier work agrees (Fenner ", ", 2016). One study (Fenner, 2016) disagrees.")
    runs += _italic_et_al(72, 686, "As Fenner ", " (2016) showed, the roadmap is followed.")
    runs += [(72, 650, "References", 14, "B")]
    runs += [(72, 630 - 14 * k, entry, 10) for k, entry in enumerate(HARVARD_LIST)]
    report = check_document(_read(tmp_path, [runs]))
    roadmap, dog_food = (r.id for r in report.references)
    cited = {c.text: (c.et_al, c.references) for c in report.citations}
    assert cited == {"Fenner *et al.*, 2016": (True, [roadmap]), "Fenner, 2016": (False, [dog_food]),
                     "Fenner *et al.* (2016)": (True, [roadmap])}
    assert not [f for f in report.findings if f.code == "uncited"]
