"""Reference lists pasted as bare hard-wrapped lines (PDF or plain text): where entries begin."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.section.find import find_reference_section
from refcheck.section.split import split_entries


def _entries(text: str) -> list[str]:
    doc = Document(path="p.txt", text=text)
    section = find_reference_section(doc)
    assert section is not None
    return [e.text for e in split_entries(doc, section)]


MLA_WRAPPED = """Works Cited

Ghosh, Amitav. The Great Derangement: Climate Change and the Unthinkable. U of Chicago P, 2016.
---. The Nutmeg's Curse: Parables for a Planet in Crisis. U of Chicago P, 2021.
Heise, Ursula K. Sense of Place and Sense of Planet: The Environmental Imagination of the
Global. Oxford UP, 2008.
Trexler, Adam. Anthropocene Fictions: The Novel in a Time of Climate Change. U of Virginia P,
2015.
United Nations. “Climate Storytelling.” UN Climate Action, 2021, www.un.org/en/climatechange.
Whyte, Kyle Powys. “Indigenous Science (Fiction) for the Anthropocene.” Environment and
Planning E, vol. 1, no. 1-2, 2018, pp. 224-42.
"""


def test_a_given_name_ending_in_an_initial_opens_an_entry() -> None:
    assert _entries(MLA_WRAPPED)[2].startswith("Heise, Ursula K. Sense of Place")


def test_an_organisation_author_after_a_finished_line_opens_an_entry() -> None:
    assert _entries(MLA_WRAPPED)[4].startswith("United Nations. “Climate Storytelling.”")


def test_wrapped_entries_are_rejoined_whole() -> None:
    assert len(_entries(MLA_WRAPPED)) == 6
    assert _entries(MLA_WRAPPED)[3].endswith("U of Virginia P, 2015.")


def test_a_publisher_and_year_line_is_the_end_of_the_entry_above() -> None:
    text = ("Works Cited\n\n"
            "Elkin, Lauren. Flâneuse: Women Walk the City in Paris, New York, Tokyo, Venice, and London.\n"
            "Farrar, Straus and Giroux, 2017.\n"
            "Lee, Hermione. Virginia Woolf. Chatto and Windus, 1996.\n"
            "Parsons, Deborah L. Streetwalking the Metropolis: Women, the City and Modernity. Oxford UP,\n"
            "2000.\n")
    assert _entries(text)[0].endswith("Venice, and London. Farrar, Straus and Giroux, 2017.")
    assert len(_entries(text)) == 3


def test_a_short_finished_line_ends_its_entry_whatever_opens_the_next() -> None:
    text = ("References\n\n"
            "Kramer, S. L. (1996). Geotechnical earthquake engineering. Prentice Hall, Upper Saddle River,\n"
            "New Jersey.\n"
            "“Measles cases and outbreaks.” (2019). Centers for Disease Control and Prevention. Retrieved\n"
            "from https://www.cdc.gov/measles/cases-outbreaks.html\n"
            "Wang, G. (2011). A ground motion selection and modification method capturing response spectrum\n"
            "characteristics and variability of scenario earthquakes. Soil Dynamics, 31(4), 611–625.\n")
    entries = _entries(text)
    assert len(entries) == 3 and entries[1].startswith("“Measles cases")


def test_a_place_and_publisher_line_continues_the_entry() -> None:
    text = ("Bibliography\n\n"
            "Brennan, Timothy. At Home in the World: Cosmopolitanism Now. Convergences: Inventories.\n"
            "Cambridge, Mass.: Harvard University Press, 1997.\n"
            "Buell, Lawrence. The Environmental Imagination: Thoreau, Nature Writing, and the Formation\n"
            "of American Culture. Cambridge, Mass.: Harvard University Press, 1995.\n")
    assert len(_entries(text)) == 2


def test_an_author_list_running_onto_the_next_line_is_not_a_new_entry() -> None:
    text = ("References\n\n"
            "Miyake, A., Kost-Smith, L. E., Finkelstein, N. D., Pollock, S. J., Cohen, G.\n"
            "L., & Ito, T. A. (2010). Reducing the gender achievement gap in college science. Science,\n"
            "330(6008), 1234–1237.\n"
            "Jensen, J., Smith, A.J., Willeit, M., Crawley, A.P., Mikulis, D.J., Vitcu, I., and\n"
            "Kapur, S. (2007). Separate brain regions code for salience vs. valence. Human Brain Mapping,\n"
            "29(1), 1–12.\n")
    assert len(_entries(text)) == 2


def test_a_year_alone_on_a_line_is_kept_however_often_it_recurs() -> None:
    text = ("Works Cited\n\n"
            "Clark, Timothy. Ecocriticism on the Edge: The Anthropocene as a Threshold Concept. Bloomsbury,\n"
            "2015.\n"
            "Nixon, Rob. Slow Violence and the Environmentalism of the Poor. Harvard University Press,\n"
            "2011.\n"
            "Trexler, Adam. Anthropocene Fictions: The Novel in a Time of Climate Change. U of Virginia P,\n"
            "2015.\n")
    assert [e[-5:] for e in _entries(text)] == ["2015.", "2011.", "2015."]


def test_a_running_head_with_its_page_number_at_the_right_margin_is_dropped() -> None:
    text = ("References\n\n"
            "Kohler, M. (2008). Green facades—a view back and some visions. Urban Ecosystems, 11(4),\n"
            "423-436.\n"
            "GREEN ROOFS AND URBAN HEAT                                                    14\n"
            "Mees, H. L. P., Driessen, P. P. J., & Stamatelos, J. (2013). Who governs climate adaptation?\n"
            "Journal of Environmental Planning and Management, 56(6), 802-825.\n")
    entries = _entries(text)
    assert len(entries) == 2 and "GREEN ROOFS" not in " ".join(entries)


def test_one_entry_a_line_with_nothing_wrapped() -> None:
    text = ("Works Cited\n\n"
            "García Márquez, Gabriel. One Hundred Years of Solitude. Harper and Row, 1970.\n"
            "Ortega y Gasset, José. The Revolt of the Masses. Norton, 1932.\n"
            "Woolf, Virginia. Mrs. Dalloway. Harcourt, 1925.\n"
            "“Fiction for a Hot Planet.” The Economist, 12 Nov. 2020, p. 78.\n")
    assert len(_entries(text)) == 4


def test_a_family_name_in_capitals_before_the_given_name_opens_an_entry_after_a_full_line() -> None:
    text = ("Bibliographie\n\n"
            "DONNAT Olivier, 2009, Les Pratiques culturelles des Français à l'ère numérique. Enquête\n"
            "2008, Paris, La Découverte/Ministère de la Culture et de la Communication en France.\n"
            "GRIGNON Claude et PASSERON Jean-Claude, 1989, Le Savant et le populaire. Misérabilisme\n"
            "et populisme en sociologie et en littérature, Paris, Gallimard/Le Seuil.\n"
            "LAHIRE Bernard, 2004, La Culture des individus. Dissonances culturelles et distinction\n"
            "de soi, Paris, La Découverte.\n")
    entries = _entries(text)
    assert [e.split(",")[0] for e in entries] == ["DONNAT Olivier", "GRIGNON Claude et PASSERON Jean-Claude",
                                                  "LAHIRE Bernard"]


def test_a_year_opening_a_wrapped_line_is_the_entry_s_date_not_a_list_number() -> None:
    text = ("References\n\n"
            "Iyengar, Shanto, Gaurav Sood, and Yphtach Lelkes. 2012. \"Affect, Not Ideology: A Social\n"
            "Identity Perspective on Polarization.\" Public Opinion Quarterly 76 (3): 405–31.\n"
            "Iyengar, Shanto, Yphtach Lelkes, Matthew Levendusky, Neil Malhotra, and Sean J. Westwood.\n"
            "2019. \"The Origins and Consequences of Affective Polarization in the United States.\"\n"
            "Annual Review of Political Science 22: 129–46.\n"
            "Levitsky, Steven, and Daniel Ziblatt. 2018. How Democracies Die. New York: Crown.\n")
    entries = _entries(text)
    assert len(entries) == 3
    assert "Westwood. 2019. \"The Origins" in entries[1]


def test_a_manuscript_running_head_inside_the_list_is_not_an_entry() -> None:
    text = ("References\n\n"
            "Qin, J., Li, R., Raes, J., Arumugam, M., Burgdorf, K.S., Manichanh, C., Nielsen, T.,\n"
            "Pons, N., Levenez, F., Yamada, T., et al. (2010). A human gut microbial gene catalogue\n"
            "established by metagenomic sequencing. Nature 464, 59–65.\n"
            "Okafor et al. Page 17\n"
            "Round, J.L., and Mazmanian, S.K. (2009). The gut microbiota shapes intestinal immune\n"
            "responses during health and disease. Nat. Rev. Immunol. 9, 313–323.\n")
    entries = _entries(text)
    assert len(entries) == 2 and not any("Page 17" in e for e in entries)


def test_an_organisation_with_a_spanish_no_date_mark_opens_an_entry() -> None:
    text = ("Referencias\n\n"
            "Pérez Cañado, M. L. (2012). CLIL research in Europe: Past, present, and future.\n"
            "International Journal of Bilingual Education and Bilingualism, 15(3), 315–341.\n"
            "Real Academia Española. (s.f.). Bilingüismo. En Diccionario de la lengua española\n"
            "(23.ª ed.). Recuperado el 12 de marzo de 2024, de https://dle.rae.es/bilingüismo\n")
    entries = _entries(text)
    assert len(entries) == 2 and entries[1].startswith("Real Academia Española. (s.f.)")
