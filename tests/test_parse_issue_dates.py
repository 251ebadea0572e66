"""Dates printed in two places: ACM's and Chicago's month beside the issue, AMA's year before the pages."""

from __future__ import annotations

from refcheck.parser import parse_entries


def _fields(text: str):
    return parse_entries([text])[0][1]


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
