"""Dates: the citation year and, where printed, the full date."""

from refcheck.normalizer.accessed import find_accessed
from refcheck.normalizer.date import parse_date, parse_year


def test_apa_parenthesised_year():
    assert parse_year("(1999).") == "1999"


def test_year_suffix_is_kept():
    assert parse_year("(2020b).") == "2020b"


def test_no_date_and_in_press_are_kept_as_words():
    assert parse_year("(n.d.).") == "n.d."
    assert parse_year("(in press).") == "in press"


def test_mla_day_month_year_becomes_iso():
    assert parse_date("9 May 2014,") == "2014-05-09"


def test_us_month_day_year_becomes_iso():
    assert parse_date("October 3, 2018.") == "2018-10-03"


def test_apa_year_month_day_becomes_iso():
    assert parse_date("(2017, October 2).") == "2017-10-02"


def test_abbreviated_month_and_year_give_year_month():
    assert parse_date("Mar. 2009,") == "2009-03"


def test_year_alone_has_no_full_date():
    assert parse_date("2014,") is None


def test_mla_access_date():
    assert find_accessed("Accessed 2 Feb. 2021.") == "2021-02-02"


def test_apa_retrieval_date():
    assert find_accessed("Retrieved March 3, 2020, from") == "2020-03-03"


def test_a_page_number_in_the_years_range_is_not_the_year():
    # ABNT "Resources Science, v.41, n.10, p.1923-1934, 2019." (real article, Ciência Rural)
    assert parse_year("p.1923-1934, 2019.") == "2019"
    assert parse_year("pp. 1999-2004, 2010") == "2010"


def test_a_year_range_gives_its_first_year():
    assert parse_year("1999-2000") == "1999"
