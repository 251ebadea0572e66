"""ACS books, "Title; Publisher: Place, Year.": the title ends at the semicolon, the publisher at the colon."""

from __future__ import annotations

from refcheck.parser import parse_entries


def _fields(text: str):
    return parse_entries([text])[0][1]


def test_publisher_is_whole_when_the_tagger_cut_it_before_the_colon() -> None:
    f = _fields("(59) Sutherland, I. Sketchpad: A Man-Machine Graphical Communication System; MIT Lincoln Labs: "
                "Cambridge, MA, 1963.")
    assert f.title == "Sketchpad: A Man-Machine Graphical Communication System"
    assert f.publisher == "MIT Lincoln Labs"


def test_title_stops_at_the_semicolon_before_the_publisher() -> None:
    f = _fields("(120) Béland, J.-P. L’homme Biotech: Humain Ou Posthumain; Presses de l’université de Laval: "
                "Laval, 2006.")
    assert f.title == "L’homme Biotech: Humain Ou Posthumain"
    assert f.publisher == "Presses de l’université de Laval"


def test_a_sentence_after_the_semicolon_is_not_an_acs_publisher() -> None:
    f = _fields("Hovland, C. I., I. L. Janis, and H. H Kelley. Communication and Persuasion; Psychological "
                "Studies of Opinion Change. New Haven, CT: Yale University Press, 1953.")
    assert f.publisher == "Yale University Press"


def test_a_book_imprint_with_its_page_count_is_publisher_place_and_pages() -> None:
    f = _fields("Lindroth CH (1992) Ground beetles of Fennoscandia. Intercept, Andover, 814 pp.")
    assert (f.title, f.container, f.publisher, f.place, f.volume, f.pages) == (
        "Ground beetles of Fennoscandia", None, "Intercept", "Andover", None, "814")
