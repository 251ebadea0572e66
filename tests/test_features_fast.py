"""The tagger's fast feature code gives exactly the features of the readable composition.

The shipped model is trained on these strings, so refcheck.feature.token.word_info and
refcheck.feature.sequence.sequence_features (inlined and table-driven for speed) must agree
with plain_word_info / plain_sequence_features, token for token and in order, both with the
model's attribute filter (parsing) and without it (training).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from refcheck.feature import sequence, token
from refcheck.parser.tagger import get_tagger
from refcheck.parser.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
EDGE = ["(", ")", "...", "—", "---.", "“Title”", "‘x’.", "(Eds.)", "(1999a).", "1999/2000", "pp.", "p.",
        "123-145.", "12(3),", "4:12–19", "xiv.", "MCMXC", "2nd", "3e", "https://doi.org/10.1/x", "doi:10.1234/ab",
        "www.x.org", "Jan.", "jan..", "St.", "O'Neil,", "J.-P.", "&", "et", "al.", "ÉDITIONS", "Ⅻ", "²", "٣",
        "Müller,", "“", "”", "''", "\"A", "[1]", "{x}", "_", "--", "a", "A.", "ed.", "Trans.,", "Press,"]


def _corpus_words() -> list[list[str]]:
    seqs = []
    for path in sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))[:6]:
        for line in path.read_text(encoding="utf-8").splitlines():
            words, _ = tokenize(line)
            if words:
                seqs.append(words)
    seqs.append(EDGE)
    return seqs


@pytest.fixture
def restore_filter():
    get_tagger()  # the filter the parser runs with
    saved = token._known
    yield saved
    token.restrict_to(saved)


@pytest.mark.parametrize("filtered", [True, False])
def test_fast_features_equal_plain(restore_filter, filtered: bool) -> None:
    token.restrict_to(restore_filter if filtered else None)
    seqs = _corpus_words()
    words = sorted({w for s in seqs for w in s})
    assert len(words) > 500
    for w in words:
        assert token.word_info(w) == token.plain_word_info(w), w
    for s in seqs:
        italic = [i % 3 == 0 for i in range(len(s))]
        assert sequence.sequence_features(s, italic) == sequence.plain_sequence_features(s, italic)
        assert sequence.sequence_features(s) == sequence.plain_sequence_features(s)
    assert sequence.sequence_features(["one"]) == sequence.plain_sequence_features(["one"])
    assert sequence.sequence_features([]) == []
