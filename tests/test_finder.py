"""Finding the reference list: headings in any dress, and where the list stops."""

from __future__ import annotations

from pathlib import Path

import pytest

from refcheck.document import Document
from refcheck.section.find import find_reference_section, is_reference_heading

SEEDS = "fixtures/seeds/"
ENTRY = "Bales, K. (2004). Disposable people: New slavery in the global economy. Berkeley: UC Press."


@pytest.mark.parametrize("heading", [
    "References", "REFERENCES", "Works Cited:", " Works Cited:", "\u00a0Works Cited:", "## References",
    "# Bibliography", "7. References", "VII. References", "**Reference List**", "Literature Cited",
    "Works Consulted", "Sources", "References:",
])
def test_reference_headings_are_recognized_in_any_dress(heading):
    assert is_reference_heading(heading)


@pytest.mark.parametrize("line", [
    "REFERENCES\t60", "The references below are incomplete.", "Referencing styles differ in detail", "",
])
def test_lines_that_only_mention_references_are_not_headings(line):
    assert not is_reference_heading(line)


def _doc(text: str) -> Document:
    return Document(path="p.txt", text=text)


def test_the_last_heading_wins_over_a_table_of_contents():
    text = f"CONTENTS\nReferences\nIntro\n\nBody (Bales, 2004).\n\nReferences\n\n{ENTRY}\n"
    section = find_reference_section(_doc(text))
    assert section is not None and section.heading_line == 7


def test_list_ends_at_an_appendix_heading():
    text = f"Body.\n\nReferences\n\n{ENTRY}\n\nAppendix A: Interview questions\n\n1. What do you do?\n"
    section = find_reference_section(_doc(text))
    assert section is not None and (section.start_line, section.end_line) == (4, 7)


def test_list_ends_at_web_page_furniture():
    text = f"Body.\n\nSources\n\n{ENTRY}\n\nRECENT POSTS\n\nInnovation in Women's Healthcare\n"
    section = find_reference_section(_doc(text))
    assert section is not None and section.end_line == 7


def test_mla_seed_list_starts_after_its_works_cited_heading():
    doc = Document(path="000", text=Path(SEEDS + "000_2dd45404e1011c92.txt").read_text(encoding="utf-8"))
    section = find_reference_section(doc)
    assert section is not None and section.heading_line == 27 and section.end_line == len(doc.lines) + 1


def test_apa_thesis_list_comes_after_its_appendix():
    doc = Document(path="003", text=Path(SEEDS + "003_a1e76db77d51934e.txt").read_text(encoding="utf-8"))
    section = find_reference_section(doc)
    assert section is not None and section.heading == "REFERENCES" and section.heading_line == 585


@pytest.mark.parametrize("seed", ["001_0a95f96968b16d4a", "002_948d106112327174", "004_0c2d9722b0995de9"])
def test_documents_without_a_list_have_no_section(seed):
    doc = Document(path=seed, text=Path(f"{SEEDS}{seed}.txt").read_text(encoding="utf-8"))
    assert find_reference_section(doc) is None


def _without_heading(path: str) -> Document:
    text = Path(path).read_text(encoding="utf-8")
    lines = ["" if is_reference_heading(line) else line for line in text.split("\n")]
    return Document(path=path, text="\n".join(lines))


@pytest.mark.parametrize(("path", "first_line", "entries"), [
    ("fixtures/seeds/003_a1e76db77d51934e.txt", 587, 30),
    ("fixtures/seeds/000_2dd45404e1011c92.txt", 29, 15),
])
def test_a_list_without_heading_is_found_by_the_line_classifier(path, first_line, entries):
    from refcheck.section.split import split_entries

    doc = _without_heading(path)
    section = find_reference_section(doc)
    assert section is not None and section.heading_line == 0 and section.start_line == first_line
    assert len(split_entries(doc, section)) == entries


def test_body_paragraphs_dense_with_citations_are_not_taken_for_a_headless_list():
    doc = _without_heading("fixtures/papers/apa_messy.txt")
    section = find_reference_section(doc)
    assert section is not None
    assert "Vogel (2012) had predicted" not in "\n".join(doc.lines[section.start_line - 1:])


def test_portuguese_and_german_list_headings_are_found():
    for heading in ("REFERÊNCIAS", "Referências Bibliográficas", "Literatur"):
        text = f"Texto (SILVA, 2005).\n\n{heading}\n\nSILVA, J. Trabalho e renda. Revista, v. 5, n. 1, p. 1-9, 2005.\n"
        section = find_reference_section(Document(path="p.txt", text=text))
        assert section is not None and section.heading == heading
