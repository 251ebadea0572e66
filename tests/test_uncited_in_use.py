"""An entry no citation reached is not called uncited when the text plainly uses it in a form no reader took apart."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def _uncited(text: str) -> list[int]:
    report = check_document(Document(path="p.txt", text=text))
    return [f.line for f in report.findings if f.code == "uncited"]


_LIST = ("\n\nReferences\n\n"
         "Barun A, Hanson CC, Campbell KJ, Simberloff D (2011) A review of small Indian mongoose management and "
         "eradications on islands. Island Invasives: Eradication and Management. IUCN, Gland, 17–25.\n"
         "Hays WST, Conant S (2007) Biology and impacts of Pacific island invasive species. 1. A worldwide review of "
         "effects of the small Indian mongoose. Pacific Science 61: 3–16.\n"
         "Veron G, Patou ML, Pothet G, Simberloff D, Jennings AP (2007) Systematic status and biogeography of the "
         "Javan and small Indian mongooses. Zoologica Scripta 36: 1–10.\n")


def test_a_taxonomic_paper_naming_author_and_year_in_a_sentence_uses_the_entry() -> None:
    text = ("Both mongooses were introduced to islands (Barun et al. 2011; Veron et al. 2007), see the species "
            "accounts and summary in Hays and Conant 2007 for Herpestes." + _LIST)
    assert _uncited(text) == []


def test_an_entry_named_only_with_an_events_year_is_still_uncited() -> None:
    text = ("Both mongooses were introduced to islands (Barun et al. 2011; Veron et al. 2007). Hays visited the "
            "islands again in the dry season of 2007 and found none." + _LIST)
    assert _uncited(text) == [6]


def test_a_month_that_is_also_a_family_name_does_not_make_its_entry_used() -> None:
    text = ("Mongooses were trapped from May 2007 onwards (Barun et al. 2011; Veron et al. 2007; Hays and Conant "
            "2007).\n\nReferences\n\n"
            "Barun A, Hanson CC, Campbell KJ, Simberloff D (2011) A review of small Indian mongoose management. "
            "Island Invasives: Eradication and Management. IUCN, Gland, 17–25.\n"
            "Hays WST, Conant S (2007) Biology and impacts of Pacific island invasive species. Pacific Science 61: "
            "3–16.\n"
            "May C (2007) Short reports. Health and Social Care in the Community 5: 55–62.\n"
            "Veron G, Patou ML, Pothet G (2007) Systematic status of the Javan mongoose. Zoologica Scripta 36: 1–10.\n")
    assert _uncited(text) == [7]


def test_a_long_run_of_initials_before_no_year_is_read_at_once() -> None:
    from refcheck.matching.in_use import _names_only

    assert not _names_only("A. " * 25 + "x")  # token by token: a backtracking pattern took seconds here
