"""Pages: prefixes and dash styles removed, ranges written with a hyphen."""

from refcheck.normalizer.pages import normalize_pages


def test_en_dash_range_with_pp_prefix():
    assert normalize_pages("pp. 231–248.") == "231-248"


def test_apa_chapter_pages_in_brackets():
    assert normalize_pages("(pp. 1761–1800).") == "1761-1800"


def test_single_page():
    assert normalize_pages("1048.") == "1048"


def test_electronic_article_number_range():
    assert normalize_pages("e245-e253.") == "e245-e253"


def test_no_digits_gives_none():
    assert normalize_pages("passim") is None
