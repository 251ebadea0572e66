"""Entry type from the labelled spans."""

from refcheck.normalizer.kind import entry_type


def test_journal_with_volume_is_an_article():
    assert entry_type({"journal": "Demokratizatsiya,", "volume": "12(1),"}, "") == "article"


def test_container_with_editor_is_a_chapter():
    assert entry_type({"container-title": "Handbook", "editor": "In J. Smith (Ed.),"}, "") == "chapter"


def test_publisher_only_is_a_book():
    assert entry_type({"title": "Disposable people.", "publisher": "University of California Press."}, "") == "book"


def test_dissertation_genre_is_a_thesis():
    assert entry_type({"genre": "[Doctoral dissertation, University of Michigan]."}, "") == "thesis"


def test_report_word_with_publisher_is_a_report():
    assert entry_type({"title": "Trafficking victim assistance center report.", "publisher": "Angel Coalition."},
                      "") == "report"


def test_url_only_is_a_webpage():
    assert entry_type({"title": "About sras.", "url": "http://www.sras.org/about_sras"}, "") == "webpage"
