"""Title, container, publisher and edition clean-up."""

from refcheck.normalizer.container import clean_container
from refcheck.normalizer.edition import normalize_edition
from refcheck.normalizer.publisher import clean_publisher, split_place_publisher
from refcheck.normalizer.title import clean_title


def test_mla_quoted_title_loses_quotes_and_full_stop():
    assert clean_title("“Human Trafficking In and Out of Russia.”") == "Human Trafficking In and Out of Russia"


def test_title_keeps_question_mark():
    assert clean_title("Russians' rights imperiled: Has anybody noticed?") == \
        "Russians' rights imperiled: Has anybody noticed?"


def test_title_keeps_inner_quotes():
    assert clean_title("The “natasha” trade – the transnational shadow market.") == \
        "The “natasha” trade – the transnational shadow market"


def test_title_markdown_italics_are_removed():
    assert clean_title("*Disposable people: New slavery in the global economy*.") == \
        "Disposable people: New slavery in the global economy"


def test_container_in_prefix_is_removed():
    assert clean_container("In *The Handbook of Cultural Sociology*,") == "The Handbook of Cultural Sociology"


def test_publisher_trailing_punctuation_is_removed():
    assert clean_publisher("University of California Press.") == "University of California Press"


def test_place_and_publisher_together_are_split():
    assert split_place_publisher("Moscow, Russia: Angel Coalition.") == ("Moscow, Russia", "Angel Coalition")


def test_ordinal_edition_becomes_a_number():
    assert normalize_edition("(7th ed.).") == "7"
    assert normalize_edition("2nd edn.") == "2"


def test_revised_edition():
    assert normalize_edition("Rev. ed.,") == "Revised"


def test_abbreviated_journal_keeps_its_final_full_stop():
    assert clean_container("IEEE Commun. Surveys Tuts.,") == "IEEE Commun. Surveys Tuts."
    assert clean_container("Journal of International Affairs.") == "Journal of International Affairs"


def test_vancouver_internet_marker_is_not_part_of_the_journal_name():
    from refcheck.normalizer.container import clean_container

    assert clean_container("J Opt Soc Am [Internet].") == "J Opt Soc Am"
    assert clean_container("Phys. Rev. D") == "Phys. Rev. D"


def test_a_closing_bracket_the_field_opened_is_kept():
    assert clean_container("European Conference on Computer Vision (ECCV),") == \
        "European Conference on Computer Vision (ECCV)"
    assert clean_title("Light control of elongation of filament in sunflower (Helianthus annuus L.).") == \
        "Light control of elongation of filament in sunflower (Helianthus annuus L.)"


def test_a_closing_bracket_that_closes_nothing_is_a_separator():
    assert clean_container("Journal of Hydrology),") == "Journal of Hydrology"
