"""The tagger's token features: what each word tells the model, and that it never drifts.

The shipped model was trained on these exact feature strings, so
fixtures/features/recorded.json holds them as recorded from the code the model was trained
with (every feature of ~550 words, unfiltered, and of six whole references); a change that
alters any of them means retraining (`make train`) and recording again. Feature order within a
token carries no meaning to the CRF, so lists are compared sorted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refcheck.feature import sequence, token
from refcheck.parser.tagger import get_tagger
from refcheck.parser.tokens import tokenize

RECORDED = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "features" / "recorded.json")
                      .read_text(encoding="utf-8"))


@pytest.fixture
def unfiltered():
    """Every feature, as in training; the parser's model filter is restored afterwards."""
    get_tagger()
    saved = token._known
    token.restrict_to(None)
    yield
    token.restrict_to(saved)


def test_every_recorded_word_has_the_features_the_model_was_trained_on(unfiltered) -> None:
    for word, spec in RECORDED["words"].items():
        info = token.word_info(word)
        assert sorted(info.own) == spec["own"], word
        assert [sorted(x) for x in info.near] == spec["near"], word


def test_whole_references_have_the_recorded_sequence_features(unfiltered) -> None:
    for ref in RECORDED["references"]:
        got = sequence.sequence_features(tokenize(ref["text"])[0])
        assert [sorted(f) for f in got] == ref["features"], ref["text"]


def test_the_model_filter_keeps_exactly_the_features_the_model_has_weights_for() -> None:
    get_tagger()
    known = token._known
    assert known, "the parser runs with the model's attribute filter"
    for word, spec in list(RECORDED["words"].items())[:200]:
        info = token.word_info(word)
        assert sorted(info.own) == [f for f in spec["own"] if f in known], word
        assert [sorted(x) for x in info.near] == [[f for f in x if f in known] for x in spec["near"]], word


def test_a_family_name_with_its_comma_reads_as_a_title_cased_word_ending_in_a_comma(unfiltered) -> None:
    own = token.word_info("Müller,").own
    assert {"w=müller", "case=title", "last=,", "num=none"} <= set(own)


def test_a_parenthesised_year_with_a_letter_is_a_year_inside_brackets(unfiltered) -> None:
    info = token.word_info("(1999a).")
    assert {"num=year", "year_in", "b_open(", "b_close)"} <= set(info.own)
    assert info.year and info.opens_paren and info.closes_paren


def test_a_quoted_title_word_opens_and_closes_its_quote(unfiltered) -> None:
    info = token.word_info("“Title”")
    assert {"q_open", "q_close"} <= set(info.own)
    assert info.opens_quote and info.closes_quote


def test_doi_and_url_tokens_are_recognised_by_form(unfiltered) -> None:
    assert "link=doi" in token.word_info("https://doi.org/10.1000/xyz").own
    assert "link=url" in token.word_info("https://example.org/paper").own


def test_a_month_followed_by_stray_dots_is_still_a_month(unfiltered) -> None:
    assert "dict=month" in token.word_info("Jan..").own


def test_an_initial_with_its_full_stop_is_an_initial(unfiltered) -> None:
    assert {"initial", "case=initial"} <= set(token.word_info("J.").own)


def test_words_after_a_year_and_inside_a_quotation_carry_the_running_state(unfiltered) -> None:
    words = tokenize("Smith, J. (2001). “A study of things.” Journal, 3, 1–9.")[0]
    feats = sequence.sequence_features(words)
    after_year = [i for i, f in enumerate(feats) if "after_year" in f]
    in_quote = [words[i] for i, f in enumerate(feats) if "in_quote" in f]
    assert after_year[0] == words.index("(2001).") + 1
    assert in_quote == ["“A", "study", "of", "things.”"]
    assert "BOS" in feats[0] and "EOS" in feats[-1]


def test_italic_tokens_are_marked() -> None:
    feats = sequence.sequence_features(["Nature", "12"], [True, False])
    assert "italic" in feats[0] and "italic" not in feats[1]
