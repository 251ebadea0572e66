"""Habits of the papers on blind set 17's dev half (fixtures/papers_blind17, Markdown and word-processor exports,
written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document

_NATURE_LIST = (
    "\n\n## References\n\n"
    "1. Hobday, A. J. et al. A hierarchical approach to defining marine heatwaves. *Prog. Oceanogr.* **141**, "
    "227–238 (2016).\n"
    "2. Oliver, E. C. J. et al. Longer and more frequent marine heatwaves over the past century. *Nat. Commun.* "
    "**9**, 1324 (2018).\n"
    "3. Wernberg, T. et al. Climate-driven regime shift of a temperate marine ecosystem. *Science* **353**, "
    "169–172 (2016).\n")


def test_html_superscripts_in_markdown_are_citation_numbers() -> None:
    # Markdown written by hand or saved from a web page keeps HTML's <sup>: "climatology<sup>1</sup>"
    text = ("# Kelp forests\n\nHeatwaves are defined against a climatology<sup>1</sup> and have grown longer over the "
            "past century<sup>2</sup>. Regime shifts followed<sup>1,3</sup>; Hobday et al.<sup>1</sup> set the "
            "thresholds." + _NATURE_LIST)
    report = check_document(Document(path="p.md", text=text))
    assert [c.text for c in report.citations] == ["1", "2", "1", "3", "1"]
    assert report.findings == []


def test_an_html_superscript_past_the_list_is_a_citation_with_no_entry() -> None:
    text = "# Kelp\n\nHeatwaves recur<sup>1,2</sup> and kill kelp<sup>3</sup> and urchins<sup>4</sup>." + _NATURE_LIST
    report = check_document(Document(path="p.md", text=text))
    assert [(f.code, f.line) for f in report.findings] == [("no-entry", 3)]


def test_a_spanish_enumeration_joined_by_y_is_no_citation_and_the_numbered_apa_list_reads_author_date() -> None:
    # an APA list typed as a Markdown "1." list: the text's "(1) ... y (2) ..." numbers two questions
    text = ("# Lectura\n\nLa comprensión lectora predice el rendimiento (OCDE, 2019; Kintsch, 1998). Según Hattie "
            "(2009), la enseñanza recíproca es eficaz (Palincsar y Brown, 1984).\n\n"
            "Nos planteamos dos preguntas: (1) ¿mejora la enseñanza recíproca la comprensión? y (2) ¿se mantiene el "
            "efecto en los lectores con menor nivel?\n\n## Referencias\n\n"
            "1. Hattie, J. (2009). *Visible learning*. Routledge.\n"
            "2. Kintsch, W. (1998). *Comprehension: A paradigm for cognition*. Cambridge University Press.\n"
            "3. OCDE. (2019). *PISA 2018 results*. OECD Publishing.\n"
            "4. Palincsar, A. S., y Brown, A. L. (1984). Reciprocal teaching of comprehension-fostering and "
            "comprehension-monitoring activities. *Cognition and Instruction, 1*(2), 117–175.\n")
    report = check_document(Document(path="p.md", text=text))
    assert report.style == "apa"
    assert all(c.kind != "numeric" for c in report.citations)
    assert report.findings == []


def test_google_docs_endnotes_under_a_rule_with_no_heading_are_the_papers_list() -> None:
    # a Google Docs "Download as plain text": endnotes "[n]" under a line of underscores, notes-only (Chicago)
    text = ("Policy Brief No. 7\n\nLandfills emit methane.[1] Households waste most food.[2] Retail losses are "
            "large.[3] Cities spend heavily on waste.[4] Methane warms fast.[5]\n\n________________\n"
            "[1] U.S. Environmental Protection Agency, “Basic Information about Landfill Gas,” last updated 2023, "
            "https://www.epa.gov/lmop/basic-information-about-landfill-gas.\n"
            "[2] Dana Gunders, “Wasted: How America Is Losing Up to 40 Percent of Its Food from Farm to Fork to "
            "Landfill,” NRDC Issue Paper (New York: Natural Resources Defense Council, August 2012), 4.\n"
            "[3] Jean C. Buzby, Hodan F. Wells, and Jeffrey Hyman, The Estimated Amount, Value, and Calories of "
            "Postharvest Food Losses (Washington, DC: USDA Economic Research Service, 2014), 12.\n"
            "[4] Silpa Kaza et al., What a Waste 2.0: A Global Snapshot of Solid Waste Management to 2050 "
            "(Washington, DC: World Bank, 2018), 3–5.\n"
            "[5] Christian Reynolds et al., “Review: Consumption-Stage Food Waste Reduction Interventions,” Food "
            "Policy 83 (2019): 7–27.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert len(report.references) == 5
    assert [c.references for c in report.citations] == [["r1"], ["r2"], ["r3"], ["r4"], ["r5"]]
    assert report.findings == []
