"""Papers in CSL styles of the twelfth draw nobody on the project named (benchmarks/styles make_style_papers.py
--sweep 40 --seed sweep-12 --halves, dev half), as pandoc renders them; each test is one of their habits."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.model import FileReport
from refcheck.pipeline import check_document


def check(body: str, entries: list[str]) -> FileReport:
    return check_document(Document(path="paper.txt", text=body + "References\n\n" + "\n\n".join(entries) + "\n"))


ACTA_AMAZONICA_LIST = [
    "Perkins, T.A.; Boettiger, C.; Phillips, B.L. 2016. After the games are over: life‐history trade‐offs drive "
    "dispersal attenuation following range expansion. Ecology and Evolution 6: 6425–6434.",
    "Ryu, E.-S.; Hwang, J.-S.; Yoo, C. 2005. Widget Integration Framework for Context-Aware Middleware. In: Mobility "
    "Aware Technologies and Applications, Springer Berlin Heidelberg, p.161–171.",
]


def test_a_page_glued_to_the_year_is_read_as_the_year_and_its_page() -> None:
    # Acta Amazonica, Palaeontology, Industrial Relations print the locator with no delimiter: "2005" + "45"
    report = check("A study\n\nThe method follows the protocol given elsewhere (Ryu et al. 200545). We return to "
                   "this point later (Perkins et al. 201650).\n\n", ACTA_AMAZONICA_LIST)
    assert [f.code for f in report.findings] == []
    ryu = next(c for c in report.citations if c.authors[:1] == ["Ryu"])
    assert (ryu.year, ryu.locator) == ("2005", "45")


def test_a_glued_number_that_ties_to_no_entry_of_its_year_is_no_finding() -> None:
    # "200645" may be a page glued to 2006 or a specimen number: with no Ryu 2006 entry it says nothing
    report = check("A study\n\nThe method follows the protocol (Ryu et al. 200645), and also (Perkins et al. "
                   "2016).\n\n", ACTA_AMAZONICA_LIST)
    assert [f.code for f in report.findings if f.severity == "error"] == []


THEOLOGY_LIST = [
    "Julien Bénard-Capelle, Victoire Guillonneau, Claire Nouvian, Nicolas Fournier, Karine Le Loët, and Agnès Dettai, "
    "‘Fish mislabelling in France: substitution rates and retail types’, PeerJ, 2 (2015), e714 "
    "<https://doi.org/10.7717/peerj.714>",
    "Stanley F. Hoyt, ‘The Ecology of the Pileated Woodpecker’, Ecology, 38 (1957), 246",
]


def test_a_note_of_an_author_date_citation_with_and_others_is_read() -> None:
    # European Journal of Theology: "[4] Bénard-Capelle and others, 2015: 45." (CSL's English et-al term)
    report = check("A study\n\nThe method follows the protocol.[1] As shown previously.[2]\n\n", THEOLOGY_LIST
                   + ["[1] Bénard-Capelle and others, 2015: 45.", "[2] Hoyt, 1957."])
    assert [f.code for f in report.findings] == []


def test_a_note_of_an_author_date_citation_with_its_page_after_a_colon_is_read() -> None:
    # European Journal of Theology: "[6] Hoyt, 1957: 45."
    report = check("A study\n\nThe method follows the protocol.[1] As shown previously.[2]\n\n", THEOLOGY_LIST
                   + ["[1] Bénard-Capelle and others, 2015.", "[2] Hoyt, 1957: 45."])
    assert [f.code for f in report.findings] == []
    assert next(c for c in report.citations if c.year == "1957").locator == "45"



INFOCLIO_LIST = [
    "Remacle J., « Microbial ecology: Organisms, habitats, activities », Biochemical Systematics and Ecology 17 (6), "
    "1989, pp. 499‑500.",
    "Hoyt Stanley F., « The Ecology of the Pileated Woodpecker », Ecology 38 (2), 1957, pp. 246‑256.",
]


def test_a_french_note_reads_the_title_in_guillemets() -> None:
    # infoclio.ch: "[9] Coronel, Vieira et Filho, « EDITORIAL », *art. cit.*, 2021, p. 50." as a .docx gives it
    report = check("Une étude\n\nLa méthode suit le protocole.[1] Comme on l'a montré.[2]\n\n", INFOCLIO_LIST
                   + ["[1] Hoyt, « The Ecology of the Pileated Woodpecker », *art. cit.*, 1957, p. 250.",
                      "[2] Remacle, « Microbial ecology: Organisms, habitats, activities », *art. cit.*, 1989, p. 50."])
    assert [f.code for f in report.findings] == []
