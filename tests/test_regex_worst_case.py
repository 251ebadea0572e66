"""No regular expression in refcheck backtracks catastrophically on hostile text (issue 17)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "support"


@pytest.mark.slow
def test_every_pattern_stays_polynomial_on_its_worst_inputs() -> None:
    """Runs of 300 units: an ordinary pattern takes well under 50 ms on each; the exponential
    splitter pattern never finished and the cubic "et al." one took 0.75 s. Run in a child
    process so that a pattern that never finishes fails the test instead of hanging it."""
    code = "import regex_audit, sys; slow = regex_audit.slow_patterns(300, 0.25); print('\\n'.join(slow))"
    try:
        done = subprocess.run([sys.executable, "-c", code], cwd=HERE, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        pytest.fail("a pattern did not finish in 300 s: run `python tests/support/regex_audit.py 40` to find it")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_a_run_of_capitals_after_a_surname_is_not_exponential() -> None:
    """The issue's reproduction: "Smith, " + 38 capitals + "!" took 12.6 s in the splitter."""
    from refcheck.section.cues import _START_RES

    assert _START_RES[3].match("Smith, " + "A" * 38 + "!") is None
    assert _START_RES[3].match("Smith, " + "A" * 5000 + "!") is None
    assert _START_RES[3].match("Smith, J. A. (2010). Title.")
    assert _START_RES[3].match("Van der Berg, Anna, and Tom Lee.")
