"""Vancouver dates with a month (and day) printed before the volume: "2014 Oct;102(4):702–757."."""

from __future__ import annotations

from refcheck.parser import parse_entries


def _fields(text: str):
    return parse_entries([text])[0][1]


def test_month_closed_by_a_semicolon_leaves_volume_issue_and_pages() -> None:
    f = _fields("93. Ballard M, Favero D, Katzarkov L. A category of kernels for equivariant factorizations, II: "
                "Further implications. Journal de Mathématiques Pures et Appliquées. 2014 Oct;102(4):702–757.")
    assert (f.year, f.volume, f.issue, f.pages) == ("2014", "102", "4", "702-757")


def test_day_after_the_month_is_part_of_the_date_not_the_volume() -> None:
    f = _fields("191. Alexandra J. How Do the Cultural Dimensions of Climate Shape Our Understanding of Climate "
                "Change?. Climate. 2021 Apr 10;9(4):63.")
    assert (f.year, f.volume, f.issue, f.pages) == ("2021", "9", "4", "63")


def test_article_number_alone_after_the_month_is_the_pages() -> None:
    f = _fields("107. Chen D, Xiao P, Liang M, Guénard B, Xu Y. Comparison of manual and vacuum cleaner intake "
                "approaches efficiency for sampling subtropical ants using Winkler extractor across different "
                "habitats. Global Ecology and Conservation. 2025 Jun;e03675.")
    assert (f.year, f.volume, f.pages) == ("2025", None, "e03675")


def test_bare_v_before_the_date_leaves_the_volume_after_it() -> None:
    f = _fields("133. Cohnstaedt L, Gillen JI, Munstermann LE. Light-emitting diode technology improves insect "
                "trapping. Journal of American Mosquito Control Association, v. 2008;24:331–334.")
    assert (f.year, f.volume, f.pages) == ("2008", "24", "331-334")


def test_a_month_abbreviation_inside_an_abbreviated_journal_name_is_the_journal() -> None:
    f = _fields("40. Robinson J, Aumeeruddy R, Jörgensen T, Öhman M. Dynamics of camouflage (Epinephelus "
                "polyphekadion) and brown marbled grouper (E. fuscoguttatus) spawning aggregations at a remote atoll, "
                "Seychelles. Bull Mar Sci. 2008;83:415-431.")
    assert (f.container, f.year, f.volume, f.pages) == ("Bull Mar Sci", "2008", "83", "415-431")


def test_year_with_its_letter_closed_by_a_semicolon_is_the_date() -> None:
    f = _fields("Wang K, Nan L, Guo Q. Changes in root endogenous hormone levels and rhizosphere fungi diversity in "
                "alfalfa under drought stress. Plant Growth Regul. 2024a;102:313–24. 10.1007/s10725-023-01062-5.")
    assert (f.year, f.volume, f.pages) == ("2024a", "102", "313-24")


def test_ama_month_and_day_before_the_year_are_the_date_not_the_journal() -> None:
    f = _fields("Searle K, Gow K. Do concerns about climate change lead to distress? Int J Clim Change Strateg "
                "Manag. January 1, 2010;2(4):362–379.")
    assert (f.container, f.year, f.volume, f.issue, f.pages) == (
        "Int J Clim Change Strateg Manag", "2010", "2", "4", "362-379")


def test_ama_month_after_a_one_word_journal_leaves_the_journal_out_of_the_title() -> None:
    f = _fields("Patz JA, Gibbs HK, Foley JA, Rogers JV, Smith KR. Climate change and global health: Quantifying a "
                "growing ethical crisis. EcoHealth. December 1, 2007;4(4):397–405.")
    assert (f.title, f.container) == ("Climate change and global health: Quantifying a growing ethical crisis",
                                      "EcoHealth")


def test_ama_month_after_a_journal_the_tagger_read_as_names_leaves_the_journal() -> None:
    f = _fields("Pihkala P. Anxiety and the ecological crisis: An analysis of eco-anxiety and climate anxiety. "
                "Sustainability. January 2020;12(19):7836.")
    assert (f.container, f.year, f.volume, f.issue, f.pages) == ("Sustainability", "2020", "12", "19", "7836")
