"""Fuzzed papers (bounded; the long campaign is `make fuzz`): every file ends in a report or in
its one-line error, never an exception, and within seconds."""

from __future__ import annotations

import random

from fuzzgen import KINDS, make, seeds
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from refcheck.app import CheckOptions, check_path, describe_failure
from refcheck.bibtex.fix import LossError, decode, fix_text

TEXTS = seeds()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), kind=st.sampled_from(KINDS))
def test_a_generated_file_is_reported_or_is_one_clean_error(tmp_path, seed, kind):
    path = tmp_path / f"paper{kind}"
    path.write_bytes(make(kind, random.Random(seed), TEXTS))
    if kind == ".bib":
        try:
            fix_text(decode(path.read_bytes()).text)  # what bib --fix does before writing
        except LossError:
            pass  # refused with its own one-line message, nothing written
        except Exception as exc:  # noqa: BLE001 - what matters is the message the CLI would print
            message = describe_failure(str(path), exc)
            assert "internal error" not in message and "\n" not in message
        return
    report = check_path(str(path), CheckOptions(use_config=False))
    if report.error is not None:
        assert "internal error" not in report.error and "\n" not in report.error


@settings(max_examples=40, deadline=None)
@given(text=st.text(min_size=0, max_size=3000))
def test_arbitrary_text_is_checked_without_an_exception(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "paper.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    report = check_path(str(path), CheckOptions(use_config=False))
    assert report.error is None or "internal error" not in report.error
