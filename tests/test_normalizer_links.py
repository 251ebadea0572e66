"""DOI and URL: recognised by rule anywhere in the entry."""

from refcheck.normalizer.doi import find_doi
from refcheck.normalizer.url import find_url


def test_doi_prefix_is_removed_and_lower_cased():
    assert find_doi("pp. 202–212., doi:10.1016/S0968-8080(14)44806-7.") == "10.1016/s0968-8080(14)44806-7"


def test_doi_resolver_url_gives_the_doi():
    assert find_doi("https://doi.org/10.1037/0000165-000") == "10.1037/0000165-000"


def test_doi_keeps_balanced_brackets_and_drops_the_closing_one():
    assert find_doi("(doi:10.1017/aog.2016.20)") == "10.1017/aog.2016.20"


def test_url_loses_trailing_full_stop():
    assert find_url("Retrieved from http://www.sras.org/about_sras.") == "http://www.sras.org/about_sras"


def test_doi_url_is_not_the_url():
    assert find_url("https://doi.org/10.1093/qje/qju022.") is None


def test_www_url_without_scheme():
    assert find_url("www.nps.gov/articles/women-in-the-civil-war.htm.") == \
        "www.nps.gov/articles/women-in-the-civil-war.htm"
