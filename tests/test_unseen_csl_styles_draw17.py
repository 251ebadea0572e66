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
