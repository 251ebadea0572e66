"""Volume and issue: AnyStyle's single volume span split into the two fields."""

from refcheck.normalizer.volume import split_volume


def test_apa_volume_with_issue_in_brackets():
    assert split_volume("106(2),") == ("106", "2")


def test_mla_vol_and_no():
    assert split_volume("vol. 61, no. 2,") == ("61", "2")


def test_colon_form():
    assert split_volume("26:1,") == ("26", "1")


def test_double_issue():
    assert split_volume("43(1/2).") == ("43", "1/2")


def test_geology_v_and_n():
    assert split_volume("v. 435 , n. 7039 ,") == ("435", "7039")


def test_issue_only():
    assert split_volume("no. 24,") == (None, "24")


def test_volume_word_with_part():
    assert split_volume("(Vol. 3, Part A,") == ("3", None)


def test_roman_volume_with_issue():
    assert split_volume("XIV:4") == ("XIV", "4")


def test_an_editors_initial_closing_the_span_is_no_volume():
    assert split_volume("L.)") == (None, None)


def test_a_number_inside_a_word_is_no_volume():
    assert split_volume("(cogsci08),") == (None, None)


def test_a_roman_volume_of_two_letters_is_kept():
    assert split_volume("II,") == ("II", None)


def test_acm_volume_comma_issue():
    assert split_volume("111, 1") == ("111", "1")
    assert split_volume("28, 3/4") == ("28", "3/4")


def test_a_year_after_the_comma_is_no_issue():
    assert split_volume("12, 1994") == ("12", None)
