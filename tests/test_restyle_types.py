"""`format` takes an entry's type from how its own style printed it, when only the style's punctuation
shows the type (entries of the corpus generator's papers, drawn from real works)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from refcheck.pipeline import check_document
from refcheck.readers import read_document
from refcheck.restyle import restyle

STYLES = Path("/usr/share/citation-style-language/styles")

pytestmark = pytest.mark.skipif(shutil.which("pandoc") is None or not (STYLES / "vancouver.csl").is_file(),
                                reason="pandoc and Debian's citation-style-language-styles are needed")


def _restyled(tmp_path: Path, entries: list[str], style: str) -> list[str]:
    paper = tmp_path / "paper.txt"
    paper.write_text("Body text.\n\nReferences\n\n" + "\n\n".join(entries) + "\n", encoding="utf-8")
    refs = check_document(read_document(str(paper)), citations=False).references
    return [entry.printed() for entry in restyle(refs, style)]


def test_an_article_printed_without_its_journal_is_an_article_by_its_styles_punctuation(tmp_path):
    # Vancouver ends an article's year with ";" (its volume would follow), anything else's with "."
    entries = ["1. Saheki Y, De Camilli P. Synaptic vesicle endocytosis. 2012;",
               "2. Blaner W, Prystowsky J, Smith J, Goodman D. Rat liver retinyl palmitate hydrolase activity. 1984;"]
    assert _restyled(tmp_path, entries, "vancouver") == entries


def test_re_emitted_in_another_style_an_entry_keeps_the_type_its_own_styles_punctuation_shows(tmp_path):
    # IEEE closes an article's title with a comma ("...nurses,” 2006"), a document's with a full stop;
    # Vancouver prints the article's year with ";" where a document's ends "2006."
    entries = ["[1] J. Kevin, “Problems in the supervision and assessment of student nurses,” 2006.",
               "[2] S. Friedman, “Molecular regulation of hepatic fibrosis, an integrated cellular response to "
               "tissue injury,” 2000."]
    assert _restyled(tmp_path, entries, "vancouver") == [
        "1. Kevin J. Problems in the supervision and assessment of student nurses. 2006;",
        "2. Friedman S. Molecular regulation of hepatic fibrosis, an integrated cellular response to tissue injury. "
        "2000;"]


def test_an_unquoted_title_and_a_name_after_it_are_a_work_and_its_publisher_where_the_style_quotes_articles(tmp_path):
    # Harvard and MLA quote an article's title: the name after an unquoted one is its publisher, not a journal
    entries = ["Department for Digital, Culture, Media and Sport (2015) Typage polymorphe d’un langage "
               "algorithmique. HMSO."]
    assert _restyled(tmp_path, entries, "harvard-cite-them-right") == entries
    entries = ["ABBADI, Kamel. Processus Traumatiques, l’essentiel Pour Réviser. FOUCHER, 2011, p. 254."]
    assert _restyled(tmp_path, entries, "modern-language-association-8th-edition") == entries
