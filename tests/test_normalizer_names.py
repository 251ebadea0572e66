"""Names: how author, editor and translator spans become Name values."""

from refcheck.model import Name
from refcheck.normalizer.names import is_organization, parse_names


def test_apa_initials_and_ampersand_give_two_people():
    assert parse_names("Finkenaur, J.O. & Voronin, Y.A.") == (
        [Name("Finkenaur", "J.O."), Name("Voronin", "Y.A.")], False)


def test_mla_second_author_is_in_natural_order():
    names, _ = parse_names("Harroff-Tavel , Hélène, and Alix Nasri.")
    assert names == [Name("Harroff-Tavel", "Hélène"), Name("Nasri", "Alix")]


def test_ieee_initials_first_names():
    names, _ = parse_names("D. Georgakopoulos, M. Rusinkiewicz, and A. Sheth.")
    assert [n.family for n in names] == ["Georgakopoulos", "Rusinkiewicz", "Sheth"]
    assert names[0].given == "D."


def test_vancouver_family_then_initials():
    assert parse_names("Smith JA, Jones B,")[0] == [Name("Smith", "JA"), Name("Jones", "B")]


def test_organization_is_kept_whole_even_with_and():
    assert parse_names("United Nations Office on Drugs and Crime")[0] == [
        Name(literal="United Nations Office on Drugs and Crime")]


def test_organization_starting_with_the_is_kept_whole():
    assert parse_names("The International Center for Not-for-Profit Law")[0] == [
        Name(literal="The International Center for Not-for-Profit Law")]


def test_two_word_organization_is_kept_whole():
    assert parse_names("Angel Coalition")[0] == [Name(literal="Angel Coalition")]


def test_a_surname_that_is_an_institution_word_stays_a_person():
    assert not is_organization("Bank, J.")
    assert parse_names("Bank, J.")[0] == [Name("Bank", "J.")]


def test_et_al_is_flagged_and_removed():
    assert parse_names("Smith, Valerie, et al.") == ([Name("Smith", "Valerie")], True)


def test_mla_three_dashes_mean_same_authors_as_above():
    assert parse_names("---.")[0] == [Name(literal="---")]
    assert parse_names("———.")[0] == [Name(literal="---")]


def test_junior_suffix_stays_with_the_given_name():
    names, _ = parse_names("Gates, Henry Louis, Jr., and Nellie McKay, editors.")
    assert names == [Name("Gates", "Henry Louis, Jr."), Name("McKay", "Nellie")]


def test_editor_role_words_are_removed():
    assert parse_names("In J. C. Watson, R. N. Goldman & M. S. Warner (Eds.),")[0] == [
        Name("Watson", "J. C."), Name("Goldman", "R. N."), Name("Warner", "M. S.")]
    assert parse_names("edited by William Zinsser,")[0] == [Name("Zinsser", "William")]


def test_translator_phrase_is_removed():
    assert parse_names("Translated by Constance Borde and Sheila Malovany-Chevallier,")[0] == [
        Name("Borde", "Constance"), Name("Malovany-Chevallier", "Sheila")]


def test_name_particle_stays_with_the_family_name():
    assert parse_names("van Dijk, T. A.")[0] == [Name("van Dijk", "T. A.")]


def test_empty_span_gives_no_names():
    assert parse_names(None) == ([], False)
