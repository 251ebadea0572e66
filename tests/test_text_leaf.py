"""The shared text package is a leaf, and its one organisation list keeps institutions whole."""

import ast
from pathlib import Path

from refcheck.normalizer.names import parse_names
from refcheck.text.fold import fold, words
from refcheck.text.lexicon import ORG_WORDS

TEXT = Path(__file__).resolve().parent.parent / "refcheck" / "text"


def test_text_package_imports_nothing_from_refcheck():
    for path in TEXT.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("refcheck"), f"{path.name} imports {node.module}"
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("refcheck") for a in node.names), path.name


def test_harvard_law_school_stays_one_institution_when_parsed():
    names, _ = parse_names("Harvard Law School")
    assert [n.literal for n in names] == ["Harvard Law School"]


def test_school_is_an_organisation_word():
    assert "school" in ORG_WORDS


def test_folding_ignores_case_accents_and_apostrophes():
    assert fold("Müller") == fold("muller") and fold("O’Brien") == "obrien"


def test_words_drop_punctuation_inside_abbreviations():
    assert words("U.S. Not-for-Profit") == ["us", "not", "for", "profit"]
