"""How a parsed name goes to CSL-JSON for a style that prints initials."""

from refcheck.report.csl_json import spaced_initials


def test_initials_run_together_become_separate_initials():
    assert spaced_initials("HB") == "H. B."


def test_hyphenated_initials_take_csls_dotted_form():
    assert spaced_initials("P-Y") == "P.-Y."
    assert spaced_initials("K-W") == "K.-W."


def test_a_hyphenated_given_name_is_left_as_written():
    assert spaced_initials("Jean-Pierre") == "Jean-Pierre"
