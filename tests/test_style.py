"""Citation style of a document, from its raw entries."""

from refcheck.style import detect_style

APA = [
    "Bales, K. (2004). Disposable people: New slavery in the global economy. Berkeley: University of California Press.",
    "Granville, J. (2004). From russia without love. Demokratizatsiya, 12(1), 147-155.",
    "Angel Coalition (2009). Trafficking victim assistance center report. Moscow, Russia: Angel Coalition.",
]
MLA = [
    "Buckley, Mary. “Public Opinion in Russia.” JSTOR, vol. 61, no. 2, Mar. 2009, pp. 231–248.",
    "Morrison, Toni. Beloved. Knopf, 1987.",
    "Zakirova, Venera. “Gender Inequality in Russia.” Reproductive Health Matters, vol. 22, no. 44, 2014, pp. 202–212.",
]
CHICAGO = [
    "Tilly, Charles. 1998. Durable Inequality. Berkeley: University of California Press.",
    "Swidler, Ann. 1986. “Culture in Action: Symbols and Strategies.” American Sociological Review 51 (2): 273–86.",
    "Putnam, Robert D. 2000. Bowling Alone. New York: Simon & Schuster.",
]
HARVARD = [
    "Baker, S. (2018) ‘River restoration and flood storage’, Journal of Hydrology, 561, pp. 12–25.",
    "Pitt, M. (2008) The Pitt review: learning lessons from the 2007 floods. London: Cabinet Office.",
    "Thorne, C. 2014. Geographies of UK flooding in 2013/4. The Geographical Journal, 180(4), pp.297-309.",
]
IEEE = [
    "[1] J. Dean and S. Ghemawat, “MapReduce: Simplified data processing on large clusters,” Commun. ACM, 2008.",
    "[2] M. Satyanarayanan, “The emergence of edge computing,” Computer, vol. 50, no. 1, pp. 30–39, 2017.",
]


def test_apa_parenthesised_year_after_authors():
    assert detect_style(APA) == "apa"


def test_mla_quoted_titles_and_vol_no_pp():
    assert detect_style(MLA) == "mla"


def test_chicago_author_date_full_given_names_then_year():
    assert detect_style(CHICAGO) == "chicago"


def test_harvard_year_without_full_stop_or_after_initials():
    assert detect_style(HARVARD) == "harvard"


def test_numbered_entries_are_ieee():
    assert detect_style(IEEE) == "ieee"


def test_no_entries_is_unknown():
    assert detect_style([]) == "unknown"


def test_no_clear_winner_is_unknown():
    assert detect_style(APA[:1] + MLA[:2]) == "unknown"


# The numbered medical and science styles (issue 15), as pandoc renders Debian's CSL styles.
VANCOUVER = [
    "[1] Siegel RL, Miller KD, Fuchs HE, Jemal A. Cancer statistics, 2021. CA Cancer J Clin. 2021;71(1):7-33.",
    "[2] Hoffman RM, Gilliland FD, Adams-Cameron M. Prostate-specific antigen testing accuracy. BMC Fam Pract. "
    "2002;3:19.",
]
AMA = [
    "[1] Dannemiller NG, Kechejian S, Kraberger S, et al. Diagnostic uncertainty and the epidemiology of feline "
    "foamy virus in pumas. Sci Rep. 2020;10(1). doi:10.1038/s41598-020-58350-7",
    "[2] Tosatto L, Horrocks MH, Dear AJ, et al. Single-molecule FRET studies on alpha-synuclein oligomerization. "
    "Sci Rep. 2015;5(1). doi:10.1038/srep16696",
]
NATURE = [
    "[1] Razib, A., Dick, S. & Gaudet, V. Log-domain arithmetic for high-speed fuzzy control. in Soft Computing "
    "269–287 (Springer, 2013).",
    "[2] Hoyt, S. F. The ecology of the pileated woodpecker. Ecology 38, 246 (1957).",
]
ACS = [
    "(1) Rohe, K.; Qin, T.; Yu, B. Co-clustering directed graphs to discover asymmetries. Proc. Natl. Acad. Sci. "
    "2016, 113 (45), 12679–12684.",
    "(2) Fenton, A.; Rands, S. A. The impact of parasite manipulation. Ecology 2006, 87 (11), 2832–2841.",
]


def test_vancouver_bare_initials_and_year_semicolon_volume():
    assert detect_style(VANCOUVER) == "vancouver"


def test_ama_is_vancouver_layout_with_doi_colon():
    assert detect_style(AMA) == "ama"


def test_nature_ampersand_and_year_last_in_parentheses():
    assert detect_style(NATURE) == "nature"


def test_acs_parenthesised_labels_and_semicolons_between_authors():
    assert detect_style(ACS) == "acs"


def test_a_mixed_numbered_list_stays_ieee():
    assert detect_style(IEEE + VANCOUVER[:1]) == "ieee"


def test_an_unnumbered_vancouver_layout_is_not_taken_for_a_numeric_paper():
    # SciELO author-date papers print "Batal AB, Parsons CM. ... 2003;82(3):454-62." unnumbered.
    assert detect_style([e.split("] ", 1)[1] for e in VANCOUVER]) not in ("vancouver", "ama", "ieee")


def test_an_apa_year_in_parentheses_is_not_natures_year_at_the_end():
    assert detect_style(APA) == "apa"
