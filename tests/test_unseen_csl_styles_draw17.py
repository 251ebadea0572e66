"""Papers in CSL styles of the seventeenth draw nobody on the project named (benchmarks/styles make_style_papers.py
--sweep 40 --seed sweep-17 --halves, dev half), as pandoc renders them: Revista Ladinia; each test is one of its
habits."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.parser import parse_entry
from refcheck.pipeline import check_document

_LADINIA = ("Several groups reported it (CIPLET 2025). As shown previously (MITTELBACH/MCGILL 2019), the estimate "
            "depends on sample size (RECORD/BOETTIGER/ROLLINSON 2023).\n\nBibliography\n\n"
            "CIPLET, David: Transnational climate activism, in: “Global Environmental Politics,” 25, 2025, 1–20.\n\n"
            "MITTELBACH, Gary G./MCGILL, Brian J.: Evolutionary community ecology, in: Community Ecology, 2019, "
            "307–333.\n\n"
            "RECORD, Sydne/BOETTIGER, Carl/ROLLINSON, Christine R.: Synthesizing forecasts to inform decision‐making "
            "and advance ecological theory, in: “Methods in Ecology and Evolution,” 14, 2023, 728–731.\n")


def test_people_family_first_joined_by_slashes_are_read_one_by_one() -> None:
    _, fields = parse_entry("MITTELBACH, Gary G./MCGILL, Brian J.: Evolutionary community ecology, in: Community "
                            "Ecology, 2019, 307–333.")
    assert [(a.family, a.given) for a in fields.authors] == [("MITTELBACH", "Gary G."), ("MCGILL", "Brian J.")]


def test_people_in_capitals_joined_by_a_slash_in_a_citation_find_their_entry() -> None:
    report = check_document(Document(path="p.txt", text=_LADINIA))
    assert len(report.references) == 3 and report.findings == []


def test_a_docx_entry_opening_with_its_author_and_year_in_brackets_is_an_entry() -> None:
    # J.UCS in a .docx, one paragraph a line: "[Kuschel and Reiss, 2014] Kuschel, T., Reiss, G.: ‘Charges ...’"
    text = ("A study\n\nEarlier work [Kuschel and Reiss, 2014; Retory et al., 2016].\n\nReferences\n"
            "[Kuschel and Reiss, 2014] Kuschel, T., Reiss, G.: ‘Charges ride the spin wave’; Nature Nanotechnology, "
            "10, 1 (2014), 22–24. https://doi.org/10.1038/nnano.2014.279\n"
            "[Retory et al., 2016] Retory, Y., Niedzialkowski, P., de Picciotto, C., Bonay, M., Petitjean, M.: ‘New "
            "Respiratory Inductive Plethysmography (RIP) Method for Evaluating Ventilatory Adaptation during Mild "
            "Physical Activities’; PLOS ONE, 11, 3 (2016), e0151983. https://doi.org/10.1371/journal.pone.0151983\n")
    report = check_document(Document(path="p.docx", text=text, kind="docx"))
    assert len(report.references) == 2 and report.findings == []


def test_entries_numbered_in_parentheses_glued_to_the_family_name_are_entries() -> None:
    # Synthesis (Thieme): "(5)McMahon, T.; Thomas, S.; ..." and pandoc's "^(4–6)" and "⁵" in the text
    text = ("A study\n\nEarlier work^(1,2). As shown previously³.\n\nReferences\n\n"
            "(1)Cheung, C. W.; Ma, J.-A.; Huang, Y.-J.; Nie, J. Synlett 2020, 31, 1107.\n\n"
            "(2)McMahon, T.; Thomas, S.; Amato, N. M. The International Journal of Robotics Research 2018, 37, 779.\n\n"
            "(3)Melo Júnior, J. C. F. Acta Botanica Brasilica 2017, 31, 12.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [r.label for r in report.references] == ["1", "2", "3"] and report.findings == []


def test_a_german_short_note_names_its_author_before_the_colon() -> None:
    # Zeitschrift für Medienwissenschaft, notes only: "[8] Saha: Physical Examinations, 50."
    _, fields = parse_entry("Saha: Physical Examinations, 50.")
    assert ([a.family for a in fields.authors], fields.title) == (["Saha"], "Physical Examinations")
