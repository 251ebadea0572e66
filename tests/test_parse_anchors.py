"""Labels the printed form makes certain are kept, and the rest of the entry re-read around them."""

from __future__ import annotations

from refcheck.model import RawEntry
from refcheck.parser import parse_entries
from refcheck.references import build_references


def _fields(text: str):
    return parse_entries([text])[0][1]


def test_in_press_apa_entry_keeps_its_authors_and_title() -> None:
    f = _fields("Hecht, C. A., Yeager, D. S., Dweck, C. S., & Murphy, M. C. (in press). Beliefs, affordances, "
                "and adolescent development. Child Development Perspectives.")
    assert [a.family for a in f.authors] == ["Hecht", "Yeager", "Dweck", "Murphy"]
    assert f.year == "in press" and f.title == "Beliefs, affordances, and adolescent development"


def test_an_honorific_opening_a_title_stays_in_the_title() -> None:
    f = _fields("Woolf, Virginia. Mrs. Dalloway. Harcourt, 1925.")
    assert f.title == "Mrs. Dalloway" and f.publisher == "Harcourt"


def test_an_honorific_closing_an_inverted_name_stays_in_the_name() -> None:
    f = _fields("Seuss, Dr. The Lorax. Random House, 1971.")
    assert f.title == "The Lorax"


def test_repeated_author_dash_reads_as_the_previous_author() -> None:
    refs = build_references([RawEntry("Woolf, Virginia. The Years. Hogarth Press, 1937.", 3, 1),
                             RawEntry("---. Mrs. Dalloway. 1925. Harcourt, 1981.", 4, 1)])
    assert refs[1].fields.title == "Mrs. Dalloway"
    assert refs[1].fields.authors[0].family == "Woolf"


def test_two_word_family_name_of_a_first_author() -> None:
    f = _fields("García Márquez, Gabriel. One Hundred Years of Solitude. Harper and Row, 1970.")
    assert [(a.family, a.given) for a in f.authors] == [("García Márquez", "Gabriel")]


def test_plural_institution_word_makes_an_organisation() -> None:
    f = _fields("Centers for Disease Control and Prevention. (2017). Sleep and sleep disorders. "
                "https://www.cdc.gov/sleep")
    assert [a.literal for a in f.authors] == ["Centers for Disease Control and Prevention"]


def test_a_one_word_title_after_an_inverted_name_is_the_title() -> None:
    f = _fields("Morrison, Toni. Beloved. 1987. Vintage International, 2004.")
    assert [(a.family, a.given) for a in f.authors] == [("Morrison", "Toni")] and f.title == "Beloved"


def test_no_date_after_an_organisation_is_the_date_not_part_of_the_name() -> None:
    f = _fields('Europäisches Hansemuseum. n.d. "The Hanse: A Network of Cities." Accessed May 4, 2024. '
                "https://www.hansemuseum.eu/en/the-hanse/.")
    assert f.year == "n.d."
    assert f.title == "The Hanse: A Network of Cities"


def test_natural_order_name_list_ends_at_the_last_family_name() -> None:
    f = _fields("[9] Eric Brown, Eddie Epstein, J William Murdock, and Tong-Haing Fin. Tools and methods for "
                "building watson.")
    assert [a.family for a in f.authors] == ["Brown", "Epstein", "Murdock", "Fin"]
    assert f.title == "Tools and methods for building watson"


def test_shipped_weight_tables_belong_to_the_shipped_model() -> None:
    from refcheck.parser.anchors import _stored_tables, _Weights
    from refcheck.parser.tagger import get_tagger

    tagger = get_tagger()
    stored = _stored_tables(tagger)
    assert stored is not None, "rebuild with `make train`: tagger.weights.json is missing or stale"
    from_dump = _Weights(tagger)
    assert stored["trans"] == from_dump.trans
    assert {a: [list(x) for x in v] for a, v in from_dump.state.items()} == stored["state"]


def test_vancouver_list_ends_at_the_initials_with_a_full_stop() -> None:
    f = _fields("191. Spirtes P, Glymour C, Scheines R. Causation, Prediction, and Search. New York: Springer; 1993.")
    assert [a.family for a in f.authors] == ["Spirtes", "Glymour", "Scheines"]
    assert f.title == "Causation, Prediction, and Search"


def test_a_lone_given_name_and_initial_is_not_read_as_vancouver() -> None:
    f = _fields("Joseph A. Schumpeter, Capitalism, Socialism and Democracy (London: Routledge, 1992).")
    assert f.authors[0].family == "Schumpeter"


def test_an_organisations_own_acronym_after_the_title_is_its_publisher() -> None:
    f = _fields("World Health Organization. (2020). Guidelines on physical activity, sedentary "
                "behaviour and sleep. WHO.")
    assert (f.publisher, f.container) == ("WHO", None)


def test_an_own_acronym_printed_as_the_titles_last_sentence_is_the_publisher() -> None:
    f = _fields("Organisation for Economic Co-operation and Development. (2019). Education at a glance. OECD.")
    assert (f.title, f.publisher) == ("Education at a glance", "OECD")


def test_a_semicolon_name_list_ends_at_the_initials_before_a_namelike_title_word() -> None:
    f = _fields("(126) Schultz, P. H.; D’Hondt, S. Cretaceous-Tertiary (Chicxulub) Impact Angle and Its "
                "Consequences. Geology 1996, 24 (11), 963–967.")
    assert [a.family for a in f.authors] == ["Schultz", "D’Hondt"]
    assert f.title == "Cretaceous-Tertiary (Chicxulub) Impact Angle and Its Consequences"


def test_initials_closed_by_a_comma_leave_a_semicolon_list_to_the_tagger() -> None:
    f = _fields("99. Chandra, B.; Afzali, A.; Khare, N.; El-Ashry, M. M.; Tulevski, G. S., Stable Charge-Transfer "
                "Doping of Transparent Single-Walled Carbon Nanotube Films. Chem. Mater. 22, (18), 5179-5183.")
    assert f.authors[-1].given == "G. S." and f.title.startswith("Stable")


def test_a_bare_year_closing_a_vancouver_entry_is_its_date() -> None:
    f = _fields("179. Habel J, Segerer A, Ulrich W, Torchyk O, Weisser W, Schmitt T. Butterfly community shifts "
                "over 2 centuries. 2015;")
    assert f.year == "2015" and f.title == "Butterfly community shifts over 2 centuries" and f.container is None


def test_an_acs_book_prints_its_publisher_before_the_place() -> None:
    f = _fields("(1) Charles, K.; Neil, M. Nations Abroad, Diaspora Politics and International Relations in the "
                "Former Soviet Union; Westview: Boulder, 1998.")
    assert (f.publisher, f.place) == ("Westview", "Boulder")


def test_a_lone_author_closed_by_all_caps_initials_ends_before_the_title() -> None:
    f = _fields("Rozhdestvensky, AK. Hadrosaurs of Kazakhstan. 1968.")
    assert [(a.family, a.given) for a in f.authors] == [("Rozhdestvensky", "AK")]
    assert f.title == "Hadrosaurs of Kazakhstan"


def test_a_nature_name_list_ends_at_the_initials_after_the_ampersand() -> None:
    f = _fields("43. Spirtes, P., Glymour, C. & Scheines, R. Causation, Prediction, and Search. (Springer, 1993).")
    assert [(a.family, a.given) for a in f.authors][-1] == ("Scheines", "R.")
    assert f.title == "Causation, Prediction, and Search"


def test_a_lone_name_with_initials_ends_at_the_initials_full_stop() -> None:
    f = _fields("(78) Frege, G. Über Sinn Und Bedeutung. Zeitschrift für Philosophie und philosophische Kritik "
                "1892, 100, 25–50.")
    assert [(a.family, a.given) for a in f.authors] == [("Frege", "G.")]
    assert f.title == "Über Sinn Und Bedeutung"


def test_a_given_name_printed_after_the_initial_stays_in_the_name() -> None:
    f = _fields("Woodworth, G. Walter. The Money Market and Monetary Management. New York: Harper and Row, 1965.")
    assert f.title == "The Money Market and Monetary Management"


def test_an_acs_title_runs_on_to_its_semicolon_after_the_names():
    f = _fields("(63) Spirtes, P.; Glymour, C.; Scheines, R. Causation, Prediction, and Search; "
                "Springer-Verlag: New York, 1993.")
    assert f.title == "Causation, Prediction, and Search"
    assert (f.publisher, f.place, f.year) == ("Springer-Verlag", "New York", "1993")


def test_an_untitled_acs_entry_keeps_its_journal_and_numbers():
    f = _fields("Smith, J.; Jones, K. Nature 2010, 465, 12–15.")
    assert (f.container, f.volume, f.pages) == ("Nature", "465", "12-15")


def test_an_untitled_acs_entry_with_an_abbreviated_journal_keeps_it_whole():
    f = _fields("Smith, J.; Jones, K. J. Am. Chem. Soc. 2010, 132, 12–15.")
    assert [(a.family, a.given) for a in f.authors] == [("Smith", "J."), ("Jones", "K.")]
    assert (f.title, f.container, f.volume) == (None, "J. Am. Chem. Soc.", "132")


def test_an_acs_title_before_an_abbreviated_journal_stays_the_title():
    f = _fields("Smith, J.; Jones, K. Title of the work. J. Am. Chem. Soc. 2010, 132, 12–15.")
    assert (f.title, f.container) == ("Title of the work", "J. Am. Chem. Soc.")


def test_the_year_after_vancouvers_internet_medium_is_the_date():
    f = _fields("167. Karpenko S. Programs closed-loop phototaxis [Internet]. 2019. Available from: "
                "https://gitlab.com/Phiasso/programs_closed-loop_phototaxis.git")
    assert (f.year, f.title) == ("2019", "Programs closed-loop phototaxis")


def test_names_followed_by_their_editor_role_are_the_editors():
    f = _fields("17. Elmagarmid A, editor. Transaction Models for Advanced Database Applications. "
                "Morgan-Kaufmann; 1992.")
    assert (f.authors, [e.family for e in f.editors]) == ([], ["Elmagarmid"])
    assert f.title == "Transaction Models for Advanced Database Applications"


def test_names_before_a_bracketed_editor_role_are_the_books_editors():
    f = _fields("[135] Colin Renfrew. 1973. Monuments, Mobilization and Social Organization in Neolithic Wessex. "
                "In The Explanation of Culture Change: Models in Prehistory, Colin Renfrew (ed.). University of "
                "Pittsburgh Press, Pittsburgh, Pennsylvania, 539–559.")
    assert f.container == "The Explanation of Culture Change: Models in Prehistory"
    assert [e.family for e in f.editors] == ["Renfrew"]


def test_inverted_editors_before_the_role_are_left_to_the_tagger():
    f = _fields("Hart, D. (2007). Predation on primates: A biogeographical analysis. In Gursky-Doyen, S. & Nekaris, "
                "K. A. I. (eds.) Primate Anti-Predator Strategies. New York: Springer.")
    assert f.container == "Primate Anti-Predator Strategies"


def test_an_ieee_name_list_ends_at_the_family_name_no_initials_follow():
    f = _fields("[13] F. Tavo, Woman, Mother and Bride: An Exegetical Investigation Into the “Ecclesial” Notions of "
                "the Apocalypse. Massachusetts: Peeters Press, 2007.")
    assert [(a.family, a.given) for a in f.authors] == [("Tavo", "F.")]
    assert f.title.startswith("Woman, Mother and Bride")


def test_an_ieee_list_before_an_abbreviated_journal_is_left_to_the_tagger():
    f = _fields("J. P. Ibbetson, P. T. Fini, and U. K. Mishra, Appl. Phys. Lett. 77, pp. 250–2 (2000)")
    assert f.title is None and f.volume == "77"


def test_an_organisation_opening_a_vancouver_entry_is_its_author():
    f = _fields("22. Institute for Health Metrics and Evaluation. Adult mortality estimates by country 1970–2010. "
                "Published 2012. http://www.healthmetricsandevaluation.org/")
    assert [a.literal for a in f.authors] == ["Institute for Health Metrics and Evaluation"]
    assert (f.title, f.year) == ("Adult mortality estimates by country 1970–2010", "2012")


def test_a_person_named_with_initials_is_no_organisation():
    f = _fields("100. Fischer H. Centre Pompidou. Deutsche Bauzeitung. 2000;134:20–21.")
    assert [(a.family, a.given) for a in f.authors] == [("Fischer", "H.")]
    assert (f.title, f.container) == ("Centre Pompidou", "Deutsche Bauzeitung")


def test_acs_year_volume_and_pages_after_the_journal_even_when_the_volume_looks_like_a_year():
    f = _fields("(37) Adams, P.; Hunter, C. Adaptation of Intracytoplasmic Membranes to Altered Light Intensity. "
                "Biochimica et Biophysica Acta 2012, 1817, 1616–1627.")
    assert (f.year, f.volume, f.pages) == ("2012", "1817", "1616-1627")


def test_an_acs_chapters_year_between_semicolons_before_the_pages_is_the_date():
    f = _fields("(121) Anderson, S. J.; Iagnemma, K. Constraint-Based Planning and Control for Safe, Semi-Autonomous "
                "Operation of Vehicles. In IEEE Intelligent Vehicles Symposium; 2012; pp 383–388.")
    assert (f.year, f.volume, f.pages) == ("2012", None, "383-388")


def test_a_lone_name_in_a_list_numbered_with_a_stop_ends_at_its_initials():
    f = _fields("34. Carroll J. Evolution and Literary Theory. University of Missouri Press; 1995.")
    assert [(a.family, a.given) for a in f.authors] == [("Carroll", "J.")]
    assert f.title.startswith("Evolution and Literary Theory")


def test_a_title_word_read_as_a_month_after_vancouver_initials_is_the_titles():
    f = _fields("51. Puterman ML. Markov Decision Problems. Wiley; 1994.")
    assert (f.title, f.year) == ("Markov Decision Problems", "1994")


def test_a_natural_order_name_in_a_bracket_numbered_list_is_not_vancouver():
    f = _fields("[45] Ronald L. Diercks and Tom Clement Ludvigsen. 2015. Clinical Symptoms and Physical Examinations. "
                "In Shoulder Stiffness. Springer Berlin Heidelberg, 13–26.")
    assert [a.family for a in f.authors] == ["Diercks", "Ludvigsen"]


def test_f1000_colon_ends_a_single_authors_initials_before_a_lower_case_title() -> None:
    # f1000-14013 (real article): the whole entry was read as a title, so its citation found no author
    fields = _fields("Chamberlain S: rgbif: Interface to the Global ‘Biodiversity’ Information Facility ‘API’. "
                     "R package version 0.9.8.2017. Reference Source")
    assert [a.family for a in fields.authors] == ["Chamberlain"]
    assert fields.title.startswith("rgbif: Interface")


def test_the_number_between_a_journal_and_its_bracketed_year_is_the_volume() -> None:
    f = _fields("Keen, JE, LL Hungerford, ET Littledike, TE Wittum, and J Kwang. “Effect of Ewe Ovine Lentivirus "
                "Infection on Ewe and Lamb Productivity.” Prev Vet Med 30 (1997): 155–69.")
    assert (f.container, f.volume, f.year, f.pages) == ("Prev Vet Med", "30", "1997", "155-69")
