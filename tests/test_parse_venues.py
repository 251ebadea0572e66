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
