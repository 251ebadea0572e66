"""The CRF tagger: labels, tokenisation, lazy loading and the shipped model."""

import subprocess
import sys

from refcheck.parser.repair import align_to_punctuation
from refcheck.parser.spans import group
from refcheck.parser.tagger import model_path, tag
from refcheck.parser.tokens import tokenize


def labelled(text: str) -> list[tuple[str, str]]:
    words, italic = tokenize(text)
    return [(label, span) for label, span, _ in group(words, tag(words, italic), italic)]


def test_model_ships_inside_the_package_and_is_small():
    path = model_path()
    assert path.exists()
    assert path.stat().st_size < 5_000_000


def test_apa_journal_article_is_labelled_field_by_field():
    assert labelled("Laczko, F. (2005). Data and research on human trafficking. International Migration, "
                    "43(1-2), 5-16.") == [
        ("author", "Laczko, F."), ("date", "(2005)."), ("title", "Data and research on human trafficking."),
        ("journal", "International Migration,"), ("volume", "43(1-2),"), ("pages", "5-16."),
    ]


def test_ieee_entry_starts_with_its_citation_number():
    spans = labelled("[2] W. Shi, J. Cao, Q. Zhang, Y. Li, and L. Xu, “Edge computing: Vision and challenges,” "
                     "IEEE Internet Things J., vol. 3, no. 5, pp. 637–646, Oct. 2016.")
    assert spans[0] == ("citation-number", "[2]")
    assert spans[1][0] == "author"
    assert ("title", "“Edge computing: Vision and challenges,”") in spans


def test_chicago_author_date_book_has_place_and_publisher():
    spans = dict(labelled("Tilly, Charles. 1998. Durable Inequality. Berkeley: University of California Press."))
    assert spans["date"] == "1998."
    assert spans["location"] == "Berkeley:"
    assert spans["publisher"] == "University of California Press."


def test_markdown_italics_mark_tokens_and_are_removed():
    words, italic = tokenize("Bales, K. (2004). *Disposable people*. Berkeley: Press.")
    assert words[3:5] == ["Disposable", "people."]
    assert italic == [False, False, False, True, True, False, False]


def test_space_before_comma_is_closed_up():
    assert tokenize("Buckley , Mary.")[0] == ["Buckley,", "Mary."]


def test_angle_bracket_url_is_unwrapped():
    assert tokenize("Retrieved from <http://www.angelcoalition.com>")[0][-1] == "http://www.angelcoalition.com"


def test_boundary_between_container_and_publisher_moves_to_the_comma():
    words = "National Human Trafficking Hotline, Polaris, 2018.".split()
    labels = ["container-title"] * 3 + ["publisher", "publisher", "date"]
    assert align_to_punctuation(words, labels) == ["container-title"] * 4 + ["publisher", "date"]


def test_importing_the_parser_does_not_load_crfsuite():
    code = "import sys, refcheck.parser; print('pycrfsuite' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
