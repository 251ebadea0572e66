"""The line classifier: which lines of a document are its reference list."""

from pathlib import Path

from refcheck.section.lines import classify_lines, drop_stray_refs

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def test_one_label_per_line_from_the_five_labels():
    lines = ["Introduction", "", "Some body text that runs on for a while, as body text does.", "12"]
    labels = classify_lines(lines)
    assert len(labels) == len(lines)
    assert set(labels) <= {"ref", "text", "title", "meta", "blank"}


def test_empty_document_gives_no_labels():
    assert classify_lines([]) == []


def test_blank_lines_are_blank():
    assert classify_lines(["", "   "]) == ["blank", "blank"]


def test_apa_thesis_reference_lines_are_found_without_using_the_heading():
    lines = (SEEDS / "003_a1e76db77d51934e.txt").read_text(encoding="utf-8").split("\n")
    lines[584] = ""  # hide the "REFERENCES" heading: the list must be recognised by its lines
    labels = classify_lines(lines)
    refs = [i + 1 for i, lab in enumerate(labels) if lab == "ref"]
    # All inside the list, and at most its first entry (right after the body) missed.
    assert all(587 <= n <= 619 for n in refs)
    assert len(refs) >= 29 and refs[-1] == 619


def test_mla_works_cited_lines_are_references_and_the_body_is_not():
    lines = (SEEDS / "000_2dd45404e1011c92.txt").read_text(encoding="utf-8").split("\n")
    labels = classify_lines(lines)
    assert [i + 1 for i, lab in enumerate(labels) if lab == "ref"] == list(range(29, 58, 2))


def test_wrapped_pdf_list_with_page_furniture():
    lines = [
        "       flexibility and the role of agency in later work (see Table 3).",
        "",
        "                                  References",
        "Abele, A. E. (2003). The dynamics of masculine-agentic and feminine-communal",
        "       traits: Findings from a prospective study. Journal of Personality and Social",
        "       Psychology, 85, 768-776.",
        "Ajzen, I., & Fishbein, M. (1977). Attitude-behavior relations: A theoretical analysis",
        "       and review of empirical research. Psychological Bulletin, 84, 888-918.",
        "                                                                      77",
        "\fBaken, D. (1966). The duality of human nature. Chicago: Rand McNally.",
        "Bem, S. L. (1974). The measurement of psychological androgyny. Journal of",
        "       Consulting and Clinical Psychology, 42, 155-162.",
    ]
    labels = classify_lines(lines)
    assert labels[3:8] == ["ref"] * 5
    assert labels[8] == "meta"
    assert labels[9:] == ["ref"] * 3


def test_a_few_stray_reference_lines_in_body_text_are_body_text():
    labels = ["text", "ref", "blank", "ref", "text"]
    assert drop_stray_refs(["x"] * 5, labels) == ["text", "text", "blank", "text", "text"]
