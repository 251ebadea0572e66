"""Which year is an entry's date when it prints more than one (refcheck.parser.repair_dates, anchor_rules), and
dates printed in two places: ACM's and Chicago's month beside the issue, AMA's year before the pages."""

from __future__ import annotations

from refcheck.parser import parse_entries


def _fields(text: str):
    return parse_entries([text])[0][1]


def test_abnt_year_after_the_pages_is_the_date_not_a_year_in_the_title() -> None:
    f = _fields("ZHANG, Q. et al. The Evolutionary Characteristics of Apple Production Layout in China from 1978 "
                "to 2016. Ciência Rural, v.51, n.6, p.1-13, 2021. Available from: <Available from: "
                "https://doi.org/10.1590/0103-8478cr20200688 >, Accessed: Aug. 19, 2021.")
    assert f.year == "2021"
    assert f.title.endswith("from 1978 to 2016")


def test_abnt_year_after_the_pages_is_the_date_not_the_access_year() -> None:
    f = _fields("FENG, X.; HUO, X. Total factor productivity of apple industry in China considering non-point "
                "source pollution and its spatial concentration analysis. Transactions of the Chinese Society of "
                "Agricultural Engineering (Transactions of the CSAE), v.31, n.18, p.204-211, 2015. Available from: "
                "<Available from: http://d.wanfangdata.com.cn/periodical/nygcxb201518029 >. Accessed: Apr. 19, 2018. "
                "doi: 10.11975/j.issn.1002-6819.2015.18.029.")
    assert f.year == "2015"


def test_a_year_range_inside_a_title_is_not_the_date() -> None:
    f = _fields("FOUCAULT, M. Le Gouvernement de soi et des autres I. Cours au Collège de France, 1982 - 1983. "
                "Paris: Seuil/Gallimard, 2008.")
    assert f.year == "2008"
    assert "1982 - 1983" in f.title


def test_a_year_after_an_organisation_author_stays_the_date() -> None:
    f = _fields("Brasil. Ministério Público do Estado da Bahia. 2015. Parecer técnico Nº 05/2015. "
                "http://www.ceama.mp.ba.gov.br/biblioteca-virtual-ceama/doc_view/3826.html. 13 Oct. 2022.")
    assert f.year == "2015"


def test_f1000_date_glued_to_the_journal_is_read() -> None:
    f = _fields("Polka JK, Kiley R, Konforti B: Publish peer reviews.Nature.2018;560(7720):545–547. "
                "10.1038/d41586-018-06032-w")
    assert f.year == "2018"
    assert (f.volume, f.issue) == ("560", "7720")


def test_a_title_glued_to_the_bracketed_year_is_split_from_it() -> None:
    # Pensoft (real articles): the italic title lost its space after "(2003)"
    f = _fields("Ayres D, Strong DR, Baye P (2003)Spartina foliosa – a common species on the road to rarity? "
                "Madroño 50: 209–213.")
    assert f.year == "2003"
    assert f.title.startswith("Spartina foliosa")


def test_in_press_between_the_authors_and_a_taxon_authority_stays_the_date() -> None:
    # ZooKeys 282-4402 (papers_real7): the title opens with a genus and its authority
    f = _fields("Bouchard P, Bousquet Y, Kubáň V, Bílý S (in press) Polybothris Dupont, 1833 (Insecta, Coleoptera): "
                "proposed conservation as the correct original spelling. Bulletin of Zoological Nomenclature.")
    assert f.year == "in press"
    assert [a.family for a in f.authors] == ["Bouchard", "Bousquet", "Kubáň", "Bílý"]


def test_the_month_printed_with_the_issue_completes_the_year_opening_the_entry() -> None:
    f = _fields("[13] Xinjuan Chen, Jae-Hun Jung, and Anne Gelb. 2018. Finite Fourier Frame Approximation Using the "
                "Inverse Polynomial Reconstruction Method. Journal of Scientific Computing 76, 2 (February 2018), "
                "1127–1147. DOI:https://doi.org/10.1007/s10915-018-0655-4")
    assert (f.year, f.date, f.volume, f.issue, f.pages) == ("2018", "2018-02", "76", "2", "1127-1147")
    f = _fields("Boyer, Doug M., Séverine Toussaint, and Marc Godinot. 2017. “Postcrania of the Most Primitive "
                "Euprimate and Implications for Primate Origins.” Journal of Human Evolution 111 (October): 202–15.")
    assert (f.year, f.date) == ("2017", "2017-10")


def test_the_year_between_a_semicolon_and_the_pages_is_the_date() -> None:
    f = _fields("7. Zemel RS, Mozer MC, Hinton GE. TRAFFIC: Recognizing objects using hierarchical reference frame "
                "transformations. In: Touretzky DS, ed. Neural Information Processing Systems. Vol 2. Morgan "
                "Kaufmann; 1990:266-273.")
    assert (f.year, f.volume, f.pages, f.publisher) == ("1990", "2", "266-273", "Morgan Kaufmann")
    f = _fields("3. Smith J. Membranes. Biochim Biophys Acta. 2012;1817:1616-1627.")
    assert (f.year, f.volume) == ("2012", "1817")


def test_a_title_glued_to_the_journal_after_its_full_stop_ends_at_the_stop() -> None:
    f = _fields("Foucaud J (1894) Un nouveau Spartina.Annales de la Société des Sciences Naturelles de la "
                "Charente-Maritime 31: 8-9")
    assert (f.title, f.container) == ("Un nouveau Spartina",
                                      "Annales de la Société des Sciences Naturelles de la Charente-Maritime")


def test_a_title_ending_in_an_accented_word_or_a_year_glued_to_the_next_sentence_ends_at_its_stop() -> None:
    f = _fields("Sánchez Gullón E (2001) Spartina versicolor (Poaceae), novedad agrostológica para "
                "anadalucía.Acta Botanica Malacitana 26: 279-280")
    assert (f.title[-10:], f.container) == ("anadalucía", "Acta Botanica Malacitana")
