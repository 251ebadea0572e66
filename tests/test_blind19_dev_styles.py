"""Habits of the papers on blind set 19's dev half (fixtures/papers_blind19, numeric citation systems in medicine and
the natural sciences, written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document

_LIST = "".join(f"{n}. Author{chr(64 + n)} A, Writer B ({1990 + n}) Study number {n} of boron. J Geol {n}:1–{n + 9}.\n"
                for n in range(1, 10))


def test_numbers_after_ref_or_refs_in_running_text_are_citations() -> None:
    # PNAS and Nature: "refs. 7 and 13", "refs 4–6", "(see ref. 3 for a discussion)"
    text = ("Boron isotopes track pH (1, 2). The proxy was calibrated in refs. 7 and 13 and refined in refs 4–6 (see "
            "ref. 3 for a discussion); the record (8, 9) agrees with ice cores (2) and with leaf stomata (1, 8).\n\n"
            "References\n\n" + _LIST)
    report = check_document(Document(path="p.txt", text=text))
    assert sorted({int(c.keys[0]) for c in report.citations}) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 13]
    assert [(f.code, f.message[:18]) for f in report.findings] == [("no-entry", '"13" has no entry ')]


def test_angewandtes_lettered_parts_joined_by_a_comma_cite_their_entry() -> None:
    from refcheck.citations.numeric import bracket_numbers

    assert bracket_numbers("2a,b") == ([2], None)
    assert bracket_numbers("2a,3b") == ([2, 3], None)


def test_an_equation_number_in_brackets_is_the_locator_of_a_bracket_citation() -> None:
    from refcheck.citations.numeric import bracket_numbers

    assert bracket_numbers("8, Eq. (12)") == ([8], "Eq. (12)")


def test_natures_glued_number_after_the_second_of_two_names_is_a_citation() -> None:
    from refcheck.citations.superscript import glued_groups

    text = "as Huss and Hock8 showed for the Alps, while Python3 is a language"
    assert [g[2] for g in glued_groups(text, 0, len(text))] == [[8]]
