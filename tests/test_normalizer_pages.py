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


def test_french_issue_printed_before_the_pages_is_the_issue():
    from refcheck.normalizer.pages import split_issue_prefix

    assert split_issue_prefix("n°58. p. 17-60.") == ("58", "p. 17-60.")
    assert split_issue_prefix("no 15, p. 3-9") == ("15", "p. 3-9")


def test_issue_number_alone_is_not_a_page():
    from refcheck.normalizer.pages import split_issue_prefix

    assert split_issue_prefix("n°2780.") == ("2780", None)
    assert split_issue_prefix("pp. 17-60") == (None, "pp. 17-60")


def test_agu_article_number_with_the_journal_letters_is_kept_whole():
    assert normalize_pages("e2021GL094128.") == "e2021GL094128"
