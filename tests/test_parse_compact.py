"""Compact number groups ("2019;14(3):153-60.") are split into tokens the tagger labels apart."""

from refcheck.parser import parse_entry
from refcheck.parser.tokens import tokenize
from refcheck.parser.training import record_sequence


def test_vancouver_group_splits_after_semicolon_and_colon():
    assert tokenize("Lancet. 2019;14(3):153-60.")[0] == ["Lancet.", "2019;", "14(3):", "153-60."]


def test_volume_colon_pages_splits_after_the_colon():
    assert tokenize("Nature 50:493–506.")[0] == ["Nature", "50:", "493–506."]


def test_links_and_title_colons_are_not_split():
    assert tokenize("https://doi.org/10.1002/a:1 Title: Subtitle")[0] == [
        "https://doi.org/10.1002/a:1", "Title:", "Subtitle"]


def test_a_compact_token_labelled_once_is_labelled_piece_by_piece_for_training():
    _, _, labels = record_sequence({"segments": [["journal", "BMJ."], ["date", "1994;2(4):"], ["pages", "33-5."]]})
    assert labels == ["journal", "date", "volume", "pages"]


def test_vancouver_reference_gives_year_volume_issue_and_pages():
    _, f = parse_entry("Smith JA, Jones B. Sleep and memory in adolescents. J Sleep Res. 2018;27(4):e12631.")
    assert (f.year, f.volume, f.issue, f.pages) == ("2018", "27", "4", "e12631")


def test_volume_colon_pages_gives_both():
    _, f = parse_entry("Brown T, Green K (1981) Lead in soils near roads. J Environ Qual 10:245–251.")
    assert (f.volume, f.pages) == ("10", "245-251")


def test_after_the_year_and_semicolon_a_lone_number_is_the_volume():
    _, _, labels = record_sequence({"segments": [["journal", "Knowl Eng Rev."], ["pages", "1994;8."]]})
    assert labels[-2:] == ["date", "volume"]


def test_a_doi_glued_to_the_full_stop_after_the_pages_leaves_the_pages_and_the_doi() -> None:
    _, f = parse_entry("56 Crotty S. The 1-1-1 fallacy. Immunol Rev (2012) 247:133–42.10.1111/j.1600-065X.2012.01117.x")
    assert (f.volume, f.pages, f.doi) == ("247", "133-42", "10.1111/j.1600-065x.2012.01117.x")


def test_a_year_glued_to_the_pages_of_an_ama_chapter_is_labelled_the_date_for_training():
    _, _, labels = record_sequence({"segments": [["publisher", "Harvester;"], ["pages", "1991:281-98."]]})
    assert labels[-2:] == ["date", "pages"]


def test_a_month_closed_by_a_semicolon_is_labelled_the_date_for_training():
    _, _, labels = record_sequence({"segments": [["journal", "J Comput Phys."], ["date", "2018 Aug;366:170–190."]]})
    assert labels[-4:] == ["date", "date", "volume", "pages"]
