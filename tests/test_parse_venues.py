"""Venues and heads the tagger misreads, repaired on spans (refcheck/parser/repair_venues.py)."""

from refcheck.parser import parse_entries


def _fields(text: str):
    return parse_entries([text])[0][1]


def test_inverted_transactions_name_stays_in_the_container():
    f = _fields("Hoyle, D. (2011). Accuracy of pseudo-inverse covariance learning–a random matrix theory analysis. "
                "Pattern Analysis and Machine Intelligence, IEEE Transactions on, 33, 1470–1481.")
    assert f.container == "Pattern Analysis and Machine Intelligence, IEEE Transactions on"
    assert f.publisher is None


def test_conference_acronym_after_the_title_is_the_container():
    f = _fields("(135) Huang, G. B.; Lee, H.; Learned-Miller, E. Learning Hierarchical Representations for Face "
                "Verification with Convolutional Deep Belief Networks. CVPR 2012.")
    assert (f.container, f.publisher, f.year) == ("CVPR", None, "2012")


def test_acronym_publisher_with_its_comma_stays_publisher():
    f = _fields("Nickle, K. F. The Collection. SCM, 1966.")
    assert (f.container, f.publisher) == (None, "SCM")


def test_acm_title_opening_with_the_is_not_a_publisher():
    f = _fields("[104] V. Larivière, S. Haustein, and P Mongeon. 2015. The Oligopoly of Academic Publishers in the "
                "Digital Era. (2015). DOI:https://doi.org/10.1371/journal.pone.0127502")
    assert f.title == "The Oligopoly of Academic Publishers in the Digital Era"
    assert f.publisher is None


def test_long_author_list_is_not_cut_into_editors():
    f = _fields("[190] H Wickham, M Averick, J Bryan, W Chang, L McGowan, R François, G Grolemund, A Hayes, L Henry, "
                "J Hester, M Kuhn, T Pedersen, E Miller, S Bache, K Müller, J Ooms, D Robinson, D Seidel, V Spinu, "
                "K Takahashi, D Vaughan, C Wilke, K Woo, and H Yutani. 2019. Welcome to the Tidyverse. "
                "J Open Source Softw 4, (2019), 1686.")
    assert len(f.authors) == 24 and not f.editors
    assert f.authors[-1].family == "Yutani"


def test_report_agency_acronym_before_retrieved_stays_publisher():
    f = _fields("COMMISSION ON ENHANCING NATIONAL CYBERSECURITY (2016). REPORT ON SECURING AND GROWING THE DIGITAL "
                "ECONOMY. NIST. Retrieved 9/6/2017 from https://www.nist.gov/sites/default/files/documents/2016/12/"
                "02/cybersecurity-commission-report-final-post.pdf")
    assert (f.container, f.publisher) == (None, "NIST")


def test_mla_bare_year_after_the_title_is_the_date_not_an_access_date():
    f = _fields("Centro de Gestão e Estudos Estratégicos. Boletim Anual OCTI 2022. 2023, "
                "https://www.cgee.org.br/documents/10195/11009696/CGEE_OCTI_Boletim_Anual_do_OCTI_2022.pdf.")
    assert (f.title, f.year) == ("Boletim Anual OCTI 2022", "2023")


def test_year_after_a_season_closing_the_title_is_the_titles_when_the_journal_has_its_own():
    f = _fields("(110) Fo. Wind Driven Currents in the Channel of São Sebastião: Winter, 1979. Boletim do Instituto "
                "Oceanográfico 1990, 38, 111–132.")
    assert f.title == "Wind Driven Currents in the Channel of São Sebastião: Winter, 1979"
    assert (f.year, f.container) == ("1990", "Boletim do Instituto Oceanográfico")


def test_a_vancouver_journal_in_plain_words_before_the_date_is_not_the_titles_last_sentence() -> None:
    f = parse_entries(["82 Beck M, Claassen M, Aebersold R. Comprehensive proteomics. Current opinion in "
                       "biotechnology. 2011;22(1):3–8. doi: 10.1016/j.copbio.2010.09.002 20888217."])[0][1]
    assert (f.title, f.container) == ("Comprehensive proteomics", "Current opinion in biotechnology")


def test_a_place_closing_a_vancouver_title_after_its_comma_is_not_the_journals_first_word() -> None:
    f = parse_entries(["4 Krefis AC, Schwarz NG, Nkrumah B, Acquah S, Loag W, et al (2010) Principal component "
                       "analysis of socioeconomic factors and their association with malaria in children from the "
                       "Ashanti region, Ghana. Malar J 9: 201"])[0][1]
    assert (f.title[-13:], f.container) == ("region, Ghana", "Malar J")


def test_place_names_inside_a_title_cut_at_its_comma_are_the_titles() -> None:
    f = parse_entries(["[32] Tam K-P, Chan H-W, Clayton S. Climate change anxiety in China, India, Japan, and the "
                       "United States. J Environ Psychol. 2023;87:1–14."])[0][1]
    assert (f.title, f.place, f.container) == (
        "Climate change anxiety in China, India, Japan, and the United States", None, "J Environ Psychol")


def test_the_words_announcing_a_link_are_not_the_publisher() -> None:
    f = parse_entries(["8 Lindenmayer DB, Lacy RC, Pope ML (2000) Testing a simulation model for population viability "
                       "analysis. Ecol Appl 10: 580-597. Available online at: "
                       "doi:10.1890/1051-0761(2000)010[0580:TASMFP]2.0.CO;2"])[0][1]
    assert (f.container, f.publisher) == ("Ecol Appl", None)


def test_a_chicago_note_imprint_in_the_dates_bracket_is_the_publisher_not_the_title() -> None:
    f = parse_entries(["21 C. Cameron, Climate Change Financing and Aid Effectiveness: Ghana Case Study (UNEP, CTCN, "
                       "2011), http://www.eldis.org/document/A61721."])[0][1]
    assert (f.title, f.publisher, f.year) == ("Climate Change Financing and Aid Effectiveness: Ghana Case Study",
                                             "UNEP, CTCN", "2011")


def test_a_journal_after_a_taxonomic_title_before_volume_and_pages_is_the_journal() -> None:
    f = parse_entries(["Mesibov R (2009c) A new millipede genus and a new species of Asphalidesmus Silvestri, 1910 "
                       "(Diplopoda, Polydesmida, Dalodesmidea) from southern Tasmania, Australia. "
                       "ZooKeys 7: 55-74."])[0][1]
    assert (f.title.endswith("from southern Tasmania, Australia"), f.container, f.volume, f.pages) == (
        True, "ZooKeys", "7", "55-74")
