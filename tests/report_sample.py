"""One small checked paper, built by hand, that every output format is rendered from in the tests.

It has what the formats must carry: a person and an organisation as authors, an "et al." entry,
a full date, pages, a DOI and URL, an entry nobody cites, an error tied to a citation, a
warning tied to an entry, and a finding in another file (a chapter).
"""

from __future__ import annotations

from refcheck.model import Citation, Fields, FileReport, Finding, Name, Reference

PAPER = """Rivers and floods

Flooding is rising (Kundzewicz et al., 2014). The agency agrees (World Health Organization, 2019).
Smith (2020) disagrees.

References

Kundzewicz, Z. W., Kanae, S., et al. (2014). Flood risk and climate change. Hydrological Sciences Journal, 59(1), 1-28. https://doi.org/10.1080/02626667.2013.857411
World Health Organization. (2019, June 3). Floods. Geneva: WHO. https://www.who.int/floods
Brown, A. (2018). Unread book (2nd ed.). Oxford University Press.
"""


def references() -> list[Reference]:
    return [
        Reference("r1", 8, 1, PAPER.split("\n")[7], type="article", key="kundzewicz2014flood", fields=Fields(
            authors=[Name("Kundzewicz", "Z. W."), Name("Kanae", "S.")], et_al=True, year="2014",
            title="Flood risk and climate change", container="Hydrological Sciences Journal", volume="59",
            issue="1", pages="1-28", doi="10.1080/02626667.2013.857411"),
            extra={"resolution": {"status": "matched", "doi": "10.1080/02626667.2013.857411", "score": 0.97,
                                  "differences": {}, "reason": ""}}),
        Reference("r2", 9, 1, PAPER.split("\n")[8], type="webpage", key="worldhealthorganization2019floods",
                  fields=Fields(authors=[Name(literal="World Health Organization")], year="2019", date="2019-06-03",
                                title="Floods", publisher="WHO", place="Geneva", url="https://www.who.int/floods",
                                accessed="2020-01-05")),
        Reference("r3", 10, 1, PAPER.split("\n")[9], type="book", key="brown2018unread", fields=Fields(
            authors=[Name("Brown", "A.")], year="2018", title="Unread book", edition="2nd",
            publisher="Oxford University Press")),
    ]


def report(path: str = "paper.txt") -> FileReport:
    citations = [
        Citation("c1", 3, 21, "Kundzewicz et al., 2014", "parenthetical", authors=["Kundzewicz"], year="2014",
                 et_al=True, references=["r1"]),
        Citation("c2", 3, 66, "World Health Organization, 2019", "parenthetical",
                 authors=["World Health Organization"], year="2019", references=["r2"]),
        Citation("c3", 4, 1, "Smith (2020)", "narrative", authors=["Smith"], year="2020"),
    ]
    findings = [
        Finding("no-entry", "error", 4, 1, '"Smith (2020)" has no entry in the reference list; add the entry or '
                "correct the citation", citation="c3"),
        Finding("uncited", "warning", 10, 1, '"Brown, A. (2018)" is not cited in the text', reference="r3"),
        Finding("no-entry", "error", 2, 5, '"Lee (2001)" has no entry in the reference list', path="ch1.txt"),
    ]
    return FileReport(path=path, style="apa", references=references(), citations=citations, findings=findings)
