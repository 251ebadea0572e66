"""Structural repairs of the tagger's spans (refcheck.parser.repair), on spans as the tagger gives them."""

from refcheck.parser import parse_entries
from refcheck.parser.repair import repair


def test_title_is_not_cut_at_a_quotation_inside_it():
    spans = [("author", "Molden, D. C., & Dweck, C. S.", False), ("date", "(2006).", False),
             ("title", "Finding “meaning”", False),
             ("journal", "in psychology: A lay theories approach. American Psychologist,", False)]
    out = repair(spans)
    assert out[2] == ("title", "Finding “meaning” in psychology: A lay theories approach.", False)
    assert out[3] == ("journal", "American Psychologist,", False)


def test_a_quoted_title_keeps_its_end():
    spans = [("title", "“Tricked and Trapped.”", False), ("publisher", "International Labor Organization,", False)]
    assert repair(spans)[0] == ("title", "“Tricked and Trapped.”", False)


def test_chapter_title_ends_before_in_and_the_book_follows():
    spans = [("author", "Fisher, J. A.", False),
             ("title", "The Myth of Anthropomorphism. In Interpretation and Explanation,", False),
             ("editor", "Bekoff, M., Eds.;", False)]
    out = repair(spans)
    assert out[1] == ("title", "The Myth of Anthropomorphism.", False)
    assert out[2] == ("container-title", "In Interpretation and Explanation,", False)


def test_in_inside_a_title_is_left_when_a_container_was_found():
    spans = [("title", "Life. In Memoriam.", False), ("journal", "Poetry,", False)]
    assert repair(spans)[0] == ("title", "Life. In Memoriam.", False)


def test_title_opening_with_a_quotation_runs_on_past_it():
    spans = [("title", "“Thing is”", False), ("journal", "constructions: The right analysis? English Language,", False)]
    out = repair(spans)
    assert out[0] == ("title", "“Thing is” constructions: The right analysis?", False)
    assert out[1] == ("journal", "English Language,", False)


def test_quoted_title_closed_by_its_comma_is_not_extended_into_in():
    spans = [("title", "“Seabed following,”", False), ("container-title", "in OCEANS, 2001.", False)]
    assert repair(spans)[0] == ("title", "“Seabed following,”", False)


def test_a_name_like_word_after_the_title_ends_the_title():
    spans = [("author", "Darnell, R.", False), ("title", "HITS-CLIP: regulation in living", False),
             ("author", "cells.", False), ("date", "(2010)", False)]
    assert repair(spans)[1] == ("title", "HITS-CLIP: regulation in living cells.", False)


def test_the_title_after_a_chapters_editors_is_its_book():
    spans = [("author", "Dayan J.", False), ("title", "Poe, Persons, and Property.", False),
             ("editor", "In: Kennedy JG, Weissberg L, editors.", False), ("title", "Romancing the Shadow.", False),
             ("location", "New York:", False), ("publisher", "Oxford University Press;", False)]
    assert repair(spans)[3] == ("container-title", "Romancing the Shadow.", False)


def test_a_bare_in_before_the_year_is_neither_container_nor_publisher():
    spans = [("author", "Akin E.", False), ("title", "The geometry of population genetics.", False),
             ("publisher", "In", False), ("date", "1979.", False)]
    assert [label for label, _, _ in repair(spans)] == ["author", "title", "date"]


def test_names_and_date_followed_by_one_untitled_span_make_it_the_title():
    spans = [("author", "Glaz J, Naus J, Wallenstein S", False), ("date", "(2013)", False),
             ("publisher", "Scan Statistics and Applications", False)]
    assert repair(spans)[2] == ("title", "Scan Statistics and Applications", False)


def test_published_online_opens_the_date_and_is_no_journal():
    spans = [("author", "Wohrer A, Romo R.", False), ("title", "Linear readout from a neural population.", False),
             ("container-title", "Published online", False), ("date", "2010.", False)]
    assert [label for label, _, _ in repair(spans)] == ["author", "title", "date"]


def test_an_untitled_journal_with_its_numbers_stays_a_journal():
    spans = [("author", "Govoni F., Feretti L.,", False), ("date", "2004,", False), ("note", "IJMPD, 13, 1549", False)]
    assert repair(spans)[2][0] == "note"


def test_a_year_closing_the_titles_sentence_is_the_titles_when_a_date_follows():
    spans = [("author", "ZHANG Q.", False), ("title", "The Evolutionary Characteristics of Apple Layout", False),
             ("container-title", "in China from 1978 to", False), ("date", "2016. 2021;", False)]
    out = repair(spans)
    assert out[1] == ("title", "The Evolutionary Characteristics of Apple Layout in China from 1978 to 2016.", False)
    assert out[2:] == [("date", "2021;", False)]


def test_a_bracketed_year_closing_the_title_stays_in_it():
    spans = [("title", "Reproductive movement of brown-marbled grouper, Epinephelus fuscoguttatus (Forsskål,", False),
             ("date", "1775).", False), ("journal", "Coral Reefs", False), ("volume", "31,", False),
             ("pages", "443–453", False), ("date", "(2012).", False)]
    out = repair(spans)
    assert out[0][1].endswith("(Forsskål, 1775).") and out[1] == ("journal", "Coral Reefs", False)


def test_a_lone_year_after_the_title_stays_the_date():
    spans = [("title", "Scan Statistics and Applications", False), ("date", "2013.", False)]
    assert repair(spans) == spans


def test_a_title_runs_on_to_its_full_stop_across_a_journal_opened_mid_phrase():
    spans = [("title", "Adoption of the Open Access Business Model in Scientific", False),
             ("journal", "Journal Publishing: A Cross-disciplinary Study.", False), ("date", "(2020).", False)]
    out = repair(spans)
    assert out[0] == ("title", "Adoption of the Open Access Business Model in Scientific Journal Publishing: "
                               "A Cross-disciplinary Study.", False)
    assert out[1] == ("date", "(2020).", False)


def test_a_publisher_in_brackets_after_the_title_stays_the_publisher():
    spans = [("title", "Metaphysical Song: An Essay on Opera", False),
             ("publisher", "(Princeton University Press,", False), ("date", "1999).", False)]
    assert repair(spans)[1] == ("publisher", "(Princeton University Press,", False)


def test_acs_publisher_and_place_labelled_as_one_place_are_split_at_the_colon():
    spans = [("container-title", "In Lecture Notes in Physics;", False),
             ("editor", "Plionis, M., Lopez-Cruz, O., Hughes, D., Eds.;", False),
             ("location", "Springer: Dordrecht,", False), ("date", "2008;", False)]
    out = repair(spans)
    assert out[2:4] == [("publisher", "Springer:", False), ("location", "Dordrecht,", False)]


def test_a_name_after_the_title_followed_by_a_volume_is_the_journal():
    spans = [("author", "Ley, S.; Ingham, R.", False), ("title", "Machine-Assisted Organic Synthesis.", False),
             ("publisher", "Angewandte Chemie International Edition", False), ("date", "2015,", False),
             ("volume", "54 (35),", False), ("pages", "10122–10136.", False)]
    assert repair(spans)[2] == ("journal", "Angewandte Chemie International Edition", False)


def test_a_books_publisher_stays_the_publisher():
    spans = [("author", "Barth, J.", False), ("title", "The End of the Road.", False),
             ("publisher", "Doubleday,", False), ("location", "Garden City,", False), ("date", "1967.", False)]
    assert repair(spans)[2] == ("publisher", "Doubleday,", False)


def test_the_one_span_between_the_names_and_the_date_of_an_untitled_entry_is_its_title():
    spans = [("citation-number", "(98)", False), ("author", "Zhang, Y.; Wei, X.; Cai, J.", False),
             ("publisher", "Weakly Supervised Fine-Grained Image Categorization;", False), ("date", "2015.", False)]
    assert repair(spans)[2] == ("title", "Weakly Supervised Fine-Grained Image Categorization;", False)


def test_the_books_last_sentence_closed_by_a_comma_before_the_place_is_its_publisher():
    spans = [("editor", "In: Fussell SR (ed)", False),
             ("container-title", "The verbal communication of emotions. Lawrence Erlbaum,", False),
             ("location", "Mahwah, NJ,", False), ("pages", "pp 151–165", False)]
    out = repair(spans)
    assert out[1:3] == [("container-title", "The verbal communication of emotions.", False),
                        ("publisher", "Lawrence Erlbaum,", False)]


def test_a_year_closing_the_title_before_published_online_stays_in_the_title():
    spans = [("title", "Antimicrobial resistance in urinary tract infections in Paris", False),
             ("publisher", "in", False), ("date", "2015. Published online 2018.", False)]
    out = repair(spans)
    assert out == [("title", "Antimicrobial resistance in urinary tract infections in Paris in 2015.", False),
                   ("date", "Published online 2018.", False)]


def test_a_year_range_before_vancouvers_medium_stays_in_the_title():
    spans = [("title", "Adult mortality estimates by country", False),
             ("date", "1970–2010 [Internet]. 2012.", False)]
    assert repair(spans) == [("title", "Adult mortality estimates by country 1970–2010", False),
                             ("date", "[Internet]. 2012.", False)]


def test_the_book_opens_after_the_editors_role_word():
    spans = [("editor", "In: Cronon W, editor. Uncommon Ground:", False),
             ("container-title", "Rethinking the Human Place in Nature.", False), ("location", "New York:", False)]
    assert repair(spans)[:2] == [("editor", "In: Cronon W, editor.", False),
                                 ("container-title", "Uncommon Ground: Rethinking the Human Place in Nature.", False)]


def test_chicagos_ed_before_the_names_is_not_split():
    spans = [("container-title", "In Insular Latin Studies,", False), ("editor", "ed. Michael Herren.", False)]
    assert repair(spans) == spans


def test_an_ama_chapters_book_ends_before_its_publisher_closed_by_a_semicolon():
    spans = [("editor", "In: Burchell G, Gordon C, Miller P, eds.", False),
             ("journal", "The Foucault Effect: Studies in Governmentality. Harvester;", False),
             ("volume", "1991:", False), ("pages", "281-98.", False)]
    assert repair(spans)[1:3] == [("journal", "The Foucault Effect: Studies in Governmentality.", False),
                                  ("publisher", "Harvester;", False)]


def test_a_given_name_read_as_a_month_between_names_is_a_name():
    spans = [("author", "Wood, Frank,", False), ("date", "Jan", False),
             ("author", "Gasthaus, Cédric Archambeau, and Yee Whye Teh.", False), ("date", "2011.", False),
             ("title", "“The Sequence Memoizer.”", False)]
    out = repair(spans)
    assert out[0] == ("author", "Wood, Frank, Jan Gasthaus, Cédric Archambeau, and Yee Whye Teh.", False)
    assert out[1] == ("date", "2011.", False)


def test_no_date_and_in_prep_in_parentheses_are_the_date_not_part_of_a_name():
    from refcheck.parser.pipeline import parse_many

    _, undated = parse_many(["Anonymous (no date) BC shoreline invasion: Spartina. ID card. http://cmnbc.ca/x.pdf"])[0]
    _, unpublished = parse_many(["FNA Editorial Committee (in prep) Flora of North America North of Mexico. Vol. 9. "
                                 "Oxford University Press, New York"])[0]
    assert ([a.family for a in undated.authors], undated.year) == (["Anonymous"], "n.d.")
    assert ([a.literal for a in unpublished.authors], unpublished.year) == (["FNA Editorial Committee"], "in press")


def test_an_acronym_dash_and_a_bodys_name_is_one_author():
    from refcheck.parser.pipeline import parse_many

    _, f = parse_many(["NBS – National Bureau of Statistics of China. National data. Beijing: NBS, 2024."])[0]
    assert ([a.literal for a in f.authors], f.title, f.year) == (
        ["NBS – National Bureau of Statistics of China"], "National data", "2024")


def test_a_body_named_with_lower_case_words_before_its_year_is_the_author():
    from refcheck.parser.pipeline import parse_many

    _, f = parse_many(["Agencia Europea para la seguridad y Salud en el Trabajo (2002), Prevencion de Accidentes "
                       "Laborales, 2002. (En línea). Disponible en: https://osha.europa.eu"])[0]
    agency = "Agencia Europea para la seguridad y Salud en el Trabajo"
    assert ([a.literal for a in f.authors], f.year) == ([agency], "2002")


def test_the_book_after_a_chapters_editors_is_the_container_when_an_imprint_follows_it() -> None:
    f = parse_entries(["Bradshaw AD (1953) Human influence on hybridization in Crataegus. In: Lousley JE (Ed) The "
                       "changing flora of Britain. Botanical Society of the British Isles, T. Buncle, Arbroath, "
                       "U.K., 181-183"])[0][1]
    assert (f.title, f.container[:30]) == ("Human influence on hybridization in Crataegus",
                                           "The changing flora of Britain.")


def test_vancouver_names_opened_by_in_before_the_editor_role_are_editors_not_the_book() -> None:
    f = parse_entries(["Ajala OA, Ajibade FO, Oluwadipe OR et al. Microbial impact on climate-smart agricultural "
                       "practices. In: Kumar J, Singh J, Ferreira LFR (eds.). Microbiome under Changing Climate. "
                       "Woodhead Publishing: Elsevier, Cambridge (MA), 2022, 349–70."])[0][1]
    assert f.container == "Microbiome under Changing Climate"


def test_editors_with_hyphenated_initials_opened_by_in_are_editors_not_the_book() -> None:
    f = parse_entries(["IPCC (2022) Climate change 2022: Impacts, adaptation and vulnerability. In Pörtner H-O, "
                       "Roberts DC, Tignor M, Poloczanska ES, Mintenbeck K, Alegría A, Craig M, Langsdorf S, "
                       "Löschke S, Möller V, Okem A and Rama B (eds.), Contribution of Working Group II to the Sixth "
                       "Assessment Report of the Intergovernmental Panel on Climate Change. Cambridge, UK and New "
                       "York: Cambridge University Press."])[0][1]
    assert f.container.startswith("Contribution of Working Group II")


def test_a_bracket_glued_to_a_title_word_and_followed_by_a_colon_or_more_words_is_the_titles():
    entries = [
        "HERRERA HM, ALESSI AC, MARQUES LC, et al. Experimental Trypanosoma evansi infection in South American "
        "coati (Nasua nasua): hematological, biochemical and histopathological changes. Published online 2002. "
        "doi:10.1016/S0001-706X(01)00204-2",
        "Kieschnick, R.; McCullough, B. Regression Analysis of Variates Observed on (0, 1): Percentages, "
        "Proportions and Fractions. 2003. https://doi.org/10.1191/1471082X03st053oa.",
        "May M, Gompels M, Delpech V, Porter K, Post F. Impact of late diagnosis and treatment on life "
        "expectancy in people with HIV-1: UK Collaborative HIV Cohort (UK CHIC) Study. Published online 2011.",
    ]
    titles = [fields.title for _, fields in parse_entries(entries)]
    assert titles == [
        "Experimental Trypanosoma evansi infection in South American coati (Nasua nasua): hematological, "
        "biochemical and histopathological changes",
        "Regression Analysis of Variates Observed on (0, 1): Percentages, Proportions and Fractions",
        "Impact of late diagnosis and treatment on life expectancy in people with HIV-1: UK Collaborative HIV "
        "Cohort (UK CHIC) Study"]


def test_the_et_al_of_editors_opening_an_entry_is_the_entrys():
    (_, fields), = parse_entries(["Bakola, E., et al., editors. Greek Comedy and the Discourse of Genres. "
                                  "Cambridge University Press, 2013."])
    assert [n.family for n in fields.editors] == ["Bakola"] and not fields.authors
    assert fields.et_al


def test_an_imprints_publisher_runs_from_the_colon_to_the_comma_before_the_year():
    (_, fields), = parse_entries(["S. Warner, The Wide, Wide World. New York: The Feminist Press at the City "
                                  "University of New York, 1987."])
    assert (fields.place, fields.publisher) == ("New York", "The Feminist Press at the City University of New York")


def test_the_one_span_between_the_date_and_a_books_imprint_is_its_title():
    (_, fields), = parse_entries(["Wordsworth, William. 1995. The Prelude: The Four Texts (1798, 1799, 1805, 1850). "
                                  "London: Penguin."])
    assert (fields.title, fields.place, fields.publisher) == (
        "The Prelude: The Four Texts (1798, 1799, 1805, 1850)", "London", "Penguin")
