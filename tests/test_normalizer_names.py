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


def test_vancouver_four_initials_stay_the_given_names():
    # eLife (real articles): "Dirks PHGM, Berger LR" was read as family "PHGM"
    assert parse_names("Dirks PHGM, Berger LR,")[0] == [Name("Dirks", "PHGM"), Name("Berger", "LR")]


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


# --- issue 16: short families, run-together lists, suffixes, CJK -----------------------------------

def test_two_letter_family_before_initials_is_a_family_not_initials():
    assert parse_names("Oh, E. C., and Katsanis, N.")[0] == [Name("Oh", "E. C."), Name("Katsanis", "N.")]


def test_vancouver_short_family_names_keep_their_order():
    assert parse_names("Yu W, Harvey C")[0] == [Name("Yu", "W"), Name("Harvey", "C")]
    assert parse_names("Xu C, Bian C")[0] == [Name("Xu", "C"), Name("Bian", "C")]


def test_vancouver_first_author_is_not_taken_as_a_compound_family():
    assert parse_names("Fobert PR, Després C.")[0] == [Name("Fobert", "PR"), Name("Després", "C.")]


def test_spaced_initials_after_the_family_name():
    assert parse_names("Smith J R, Jones A B")[0] == [Name("Smith", "J R"), Name("Jones", "A B")]


def test_capitalised_four_letter_family_is_not_initials():
    assert parse_names("DUDLEY, S. & RIOS, V.")[0] == [Name("DUDLEY", "S."), Name("RIOS", "V.")]
    assert parse_names("LAPP, Aymeric.")[0] == [Name("LAPP", "Aymeric")]


def test_initials_tr_are_not_the_translator_role():
    assert parse_names("Insel, TR.")[0] == [Name("Insel", "TR")]


def test_suffix_printed_after_the_family_name_moves_to_the_given_name():
    assert parse_names("Koshland Jr., D. E.")[0] == [Name("Koshland", "D. E., Jr")]


def test_inverted_names_separated_by_full_stops():
    assert parse_names("Heinrichs, SC. Koob, GF.")[0] == [Name("Heinrichs", "SC."), Name("Koob", "GF")]


def test_cjk_names_are_kept_as_printed_one_person_each():
    assert parse_names("王晓明, 李华")[0] == [Name("王晓明"), Name("李华")]
    assert parse_names("田中太郎、鈴木一郎")[0] == [Name("田中太郎"), Name("鈴木一郎")]


def test_particle_printed_after_vancouver_initials_stays_with_the_given_name():
    assert parse_names("Zuilen CM van, Maas PJM")[0] == [Name("Zuilen", "CM van"), Name("Maas", "PJM")]


def test_capital_initials_ed_are_not_the_editor_role():
    assert parse_names("Marko JF, Siggia ED.")[0] == [Name("Marko", "JF"), Name("Siggia", "ED")]
    assert parse_names("Smith, J., ed.")[0] == [Name("Smith", "J.")]


def test_capitalised_family_that_is_also_a_particle_is_a_family():
    assert parse_names("Sajal K Das, Diane J Cook")[0] == [Name("Das", "Sajal K"), Name("Cook", "Diane J")]


def test_all_caps_initials_that_spell_a_particle_open_a_natural_order_name():
    names, _ = parse_names("SJ Demarest, J Gardner, DA Grueneberg, LE Walker, NW Blake")
    assert [(n.family, n.given) for n in names] == [("Demarest", "SJ"), ("Gardner", "J"), ("Grueneberg", "DA"),
                                                      ("Walker", "LE"), ("Blake", "NW")]


def test_a_family_name_in_capitals_before_the_given_name_is_the_family():
    names, _ = parse_names("BOLTANSKI Luc et THÉVENOT Laurent")
    assert names == [Name("BOLTANSKI", "Luc"), Name("THÉVENOT", "Laurent")]
    assert parse_names("PETERSON Richard A.")[0] == [Name("PETERSON", "Richard A.")]


def test_capital_initials_before_a_family_name_stay_initials():
    assert [n.family for n in parse_names("DA Evans, JRR Tolkien, AJE Smith")[0]] == ["Evans", "Tolkien", "Smith"]


def test_an_organisation_whose_name_holds_commas_is_kept_whole():
    for name in ("Department for Digital, Culture, Media and Sport",
                 "National Academies of Sciences, Engineering, and Medicine",
                 "European Commission, Joint Research Centre"):
        assert parse_names(name)[0] == [Name(literal=name)]


def test_people_whose_family_names_are_organisation_words_stay_people():
    names, _ = parse_names("Bank, Andrew, and Union, Mary")
    assert [(n.family, n.given) for n in names] == [("Bank", "Andrew"), ("Union", "Mary")]


def test_vancouver_initials_with_accented_capitals_are_initials():
    assert parse_names("Marini MÂ, Garcia FI")[0] == [Name(family="Marini", given="MÂ"),
                                                     Name(family="Garcia", given="FI")]
    assert parse_names("Tkaczyk D, Tarnawski B, Bolikowski Ł")[0][-1] == Name(family="Bolikowski", given="Ł")


def test_a_family_name_printed_with_its_particle_alone_has_no_given_name():
    assert parse_names("van Luijtelaar")[0] == [Name(family="van Luijtelaar")]
    assert parse_names("Ludwig van Beethoven")[0] == [Name(family="van Beethoven", given="Ludwig")]


def test_a_body_heading_a_list_of_its_members_is_one_literal_then_people():
    names, _ = parse_names("The Cancer Genome Atlas Research Network, Weinstein JN, Collisson EA")
    assert names == [Name(literal="The Cancer Genome Atlas Research Network"), Name("Weinstein", "JN"),
                     Name("Collisson", "EA")]
    names, _ = parse_names("EFSA Panel on Food Additives and Nutrient Sources (ANS), Maged Younes, Peter Aggett")
    assert [n.literal or n.family for n in names] == ["EFSA Panel on Food Additives and Nutrient Sources (ANS)",
                                                     "Younes", "Aggett"]


def test_a_body_after_a_person_in_a_list_is_one_literal_author():
    names, _ = parse_names("MacDonald, N. E., & SAGE Working Group on Vaccine Hesitancy")
    assert names == [Name("MacDonald", "N. E."), Name(literal="SAGE Working Group on Vaccine Hesitancy")]


def test_capital_e_and_y_in_a_list_are_initials_not_conjunctions():
    names, _ = parse_names("C Bustamante, J Marko, E Siggia, and S Smith")
    assert names[2:] == [Name("Siggia", "E"), Name("Smith", "S")]
    names, _ = parse_names("Nogami, S, Y Ohya, and G Yvert")
    assert [n.family for n in names] == ["Nogami", "Ohya", "Yvert"]


def test_a_medline_family_with_initials_before_dotted_initials_is_one_person():
    names, _ = parse_names("Britton, J., Lockwood WK, L. L., Cohen, S., & Edgar, B.")
    assert names == [Name("Britton", "J."), Name("Lockwood WK", "L. L."), Name("Cohen", "S."), Name("Edgar", "B.")]


def test_a_vancouver_name_with_a_second_initials_group_keeps_the_first_in_the_family():
    names, _ = parse_names("Qin J LY, Cai Z LS, Zhu J")
    assert names == [Name("Qin J", "LY"), Name("Cai Z", "LS"), Name("Zhu", "J")]
    assert parse_names("Smith J R, Jones K")[0][0] == Name("Smith", "J R")


def test_two_medline_names_run_together_given_first_are_one_person():
    names, _ = parse_names("Feng, J, Ko MJ Groen AC, and JD Parvin")
    assert names[1] == Name("Groen AC", "Ko MJ")
    names, _ = parse_names("L. C. Murray DT, F. Gao, and T. Cross")
    assert names[0] == Name("Murray DT", "L. C.")
    assert parse_names("J. Smith III")[0][0].family != "Smith III"  # a suffix, not initials


def test_four_initials_before_a_trailing_particle_keep_the_family_first():
    from refcheck.normalizer.names import parse_names

    names, _ = parse_names("Saint-Hilaire AFCP de")
    assert (names[0].family, names[0].given) == ("Saint-Hilaire", "AFCP de")


def test_spanish_and_portuguese_bodies_are_organisations():
    assert is_organization("Agencia Europea para la seguridad y Salud en el Trabajo")
    assert is_organization("Instituto Brasileiro de Geografia e Estatística")


def test_a_generation_suffix_after_vancouver_initials_is_not_the_family():
    # ZooKeys (real articles): "Mendelson JR 3rd, Lips KR" was read as family "3rd"
    names, _ = parse_names("Mendelson JR 3rd, Lips KR,")
    assert [n.family for n in names] == ["Mendelson", "Lips"]
    assert names[0].given == "JR, 3rd"


def test_people_with_dotted_initials_and_no_commas_between_them_are_split():
    # Frontiers in Psychology (papers_real7): "Range F. Horn L. ... Huber L. (2009a)."
    names, _ = parse_names("Range F. Horn L. Gajdon G. K. Huber L.")
    assert [(n.family, n.given) for n in names] == [("Range", "F."), ("Horn", "L."), ("Gajdon", "G. K."),
                                                    ("Huber", "L.")]


def test_one_person_with_dotted_initials_stays_one():
    assert parse_names("Smith J. A.")[0] == [Name("Smith", "J. A.")]


def test_a_name_opening_with_dotted_initials_takes_no_given_name_after_it():
    # IEEE "K. Rohe, T. Qin, and B. Yu": "B. Yu" is the next person, not T. Qin's given names
    names, _ = parse_names("K. Rohe, T. Qin, and B. Yu")
    assert names == [Name("Rohe", "K."), Name("Qin", "T."), Name("Yu", "B.")]
    names, _ = parse_names("S. Kumashiro, Lu, Y.F., K. Tomizawa")
    assert names[:2] == [Name("Kumashiro", "S."), Name("Lu", "Y.F.")]
    names, _ = parse_names("J. C. Phillips, A. D. Mackerell, Jr., K. Schulten")
    assert names[1] == Name("Mackerell", "A. D., Jr.")


def test_three_capitals_are_initials_in_a_list_of_initials_first_names():
    names, _ = parse_names("AM Herskind, M McGue, NV Holm, TIA Sørensen, and B Harvald")
    assert names[3] == Name("Sørensen", "TIA")
    assert parse_names("BOURDIEU Pierre")[0] == [Name("BOURDIEU", "Pierre")]


def test_a_lone_family_name_with_a_capital_particle_is_one_family_name():
    assert parse_names("De Robertis")[0] == [Name("De Robertis")]


def test_a_body_whose_name_holds_commas_is_not_split_at_a_body_named_like_a_person():
    t = ("Department of Health Scottish Office Home and Health Department, Welsh Office, "
         "Department of Health and Social Services, Northern Ireland")
    assert parse_names(t)[0] == [Name(literal=t)]


def test_editors_in_brackets_with_their_role_lose_the_brackets():
    assert parse_names("(A. Ross, Ed.)")[0] == [Name("Ross", "A.")]
    assert parse_names("(eds. Katz, R. & HaCohen, R.)")[0] == [Name("Katz", "R."), Name("HaCohen", "R.")]
    assert parse_names("Thackery, E., Harris, M., Eds.;")[0] == [Name("Thackery", "E."), Name("Harris", "M.")]


def test_capitalised_words_after_dotted_initials_are_all_the_family_name():
    names, _ = parse_names("N. VAN VINH CHAU, L. BUU CHAU, M. DESQUESNES, and N. PHU HUONG LAN")
    assert [n.family for n in names] == ["VAN VINH CHAU", "BUU CHAU", "DESQUESNES", "PHU HUONG LAN"]
    assert parse_names("K. Kelly Tanaka")[0] == [Name("Tanaka", "K. Kelly")]  # mixed case: a middle name


def test_a_long_name_with_for_inside_is_an_organisation():
    assert is_organization("UN Inter-agency for Child Mortality Estimates")
    assert not is_organization("John Smith of Cambridge and Mary Jones")


def test_a_roman_generation_after_vancouver_initials_is_a_suffix_not_the_initials():
    # PLOS ONE (JATS set, dev): "Pettijohn TF II, Sacco DF Jr, Yerkes MJ" was read as family "Pettijohn TF"
    names, _ = parse_names("Pettijohn TF II, Sacco DF Jr, Yerkes MJ")
    assert [(n.family, n.given) for n in names] == [("Pettijohn", "TF, II"), ("Sacco", "DF, Jr"), ("Yerkes", "MJ")]
    assert parse_names("Xu II, Li J")[0][0] == Name("Xu", "II")


def test_two_particles_after_vancouver_initials_stay_with_the_given_name() -> None:
    # Springer's Journal of Plant Ecology: "Pluijm I van der, Garinis GA, Brandt RMC, et al. (2006)"
    assert parse_names("Pluijm I van der, Garinis GA")[0] == [Name("Pluijm", "I van der"), Name("Garinis", "GA")]
