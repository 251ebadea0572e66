"""Numeric papers beyond brackets: numbers in parentheses, superscripts, digits glued by an export (issue 15)."""

from __future__ import annotations

from refcheck.citations import check_citations, extract_citations
from refcheck.document import Document
from refcheck.model import Citation, Fields, Finding, Name, Reference

FAMILIES = ["Siegel", "Hoffman", "Fonseca", "Naso", "Willems", "Renart", "Mountcastle", "Gerwinn", "Ahrens",
            "Seidemann", "Shadlen", "Britten"]
REFS = [Reference(id=f"r{i}", line=100 + i, column=1, raw=f"{i}. {fam} A. A study. J. 2010;1:1-9.",
                  fields=Fields(authors=[Name(fam, "A.")], year="2010", title="A study"), label=str(i))
        for i, fam in enumerate(FAMILIES, start=1)]


def cite(text: str, style: str) -> tuple[list[Citation], list[Finding]]:
    doc = Document(path="p", text=text)
    checked = check_citations(extract_citations(doc, [(0, len(text))], style), REFS, True)
    return checked.citations, checked.findings


def cited(cits: list[Citation]) -> list[str]:
    return [c.keys[0] for c in cits]


VANCOUVER_BODY = ("Prostate cancer is the second leading cause of male cancer death (1). PSA testing is sensitive "
                  "(2,3), and its predictive value is low (2,3). CTSZ changes cell morphology (4). Sickle cell "
                  "anemia is prevalent in Brazil(5). Delays in tooth eruption, (6), (7) malocclusion and pain "
                  "are common (see 8). Several studies agree (9-11). ")


def test_vancouver_numbers_in_parentheses_are_citations() -> None:
    cits, found = cite(VANCOUVER_BODY, "vancouver")
    assert cited(cits) == ["1", "2", "3", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]
    assert [c.references for c in cits][:3] == [["r1"], ["r2"], ["r3"]]
    assert [f.code for f in found] == ["uncited"]  # only entry 12 is never cited


def test_enumerations_and_equation_numbers_in_parentheses_are_not_citations() -> None:
    text = VANCOUVER_BODY + ("We consider two scenarios: (1) recording from neurons and (2) recording from "
                             "populations. The rate follows Eq (3) and, with x = 4 (12), the bound holds.")
    cits, _ = cite(text, "vancouver")
    assert cited(cits) == cited(cite(VANCOUVER_BODY, "vancouver")[0])


def test_parentheses_are_not_read_in_a_paper_that_cites_in_brackets() -> None:
    text = "Noise limits accuracy [1]. Neurons correlate [2, 3]. Prior work [4]. We test: (1) recording (5) and (6)."
    cits, _ = cite(text, "vancouver")
    assert cited(cits) == ["1", "2", "3", "4"]


def test_a_parenthesis_without_a_year_is_never_a_citation_in_a_numeric_paper() -> None:
    text = ("Pattern recognition receptors (PRRs) were measured (Sigma) in the second study (Study 2) [1]. "
            "Also [2], [3].")
    cits, found = cite(text, "ieee")
    assert cited(cits) == ["1", "2", "3"] and not [f for f in found if f.code == "no-entry"]


def test_unicode_superscripts_with_ranges_and_an_ama_page_locator() -> None:
    text = ("Several groups reported comparable results¹. Earlier work agrees⁵⁻⁷ and shows this previously³(p45). "
            "Victims were counted.¹²")
    cits, _ = cite(text, "ama")
    assert cited(cits) == ["1", "5", "6", "7", "3", "12"]
    assert cits[4].locator == "p45"


def test_pandoc_ascii_superscripts() -> None:
    cits, _ = cite("These findings agree^(8,9). As shown previously^(3(p45)), it holds. Also^1,2^ here.", "ama")
    assert cited(cits) == ["8", "9", "3", "1", "2"] and cits[2].locator == "p45"


def test_units_and_exponents_in_superscript_are_not_citations() -> None:
    cits, _ = cite("The area was 5 m² and 3 cm³ with R² = 0.9 and 10⁻³ mol⁻¹. Shown before¹ and again².", "nature")
    assert cited(cits) == ["1", "2"]


def test_a_superscript_number_past_the_list_has_no_entry() -> None:
    _, found = cite("Shown before¹ and again² and once more⁹⁷.", "nature")
    assert [(f.code, f.message.split(" has")[0]) for f in found if f.code == "no-entry"] == [("no-entry", '"⁹⁷"')]


def test_digits_glued_by_an_export_are_citations_when_they_fit_the_list() -> None:
    text = ("Victims were counted.12,11 Estimates vary widely.3 As shown previously.1(p320) Water (H2O) and CO2 "
            "uptake in COVID-19 patients (p<0.05) were studied in 2019 as Fig.2 shows; cells10 divided. The "
            "index was 0.45.")
    cits, found = cite(text, "vancouver")
    assert cited(cits) == ["12", "11", "3", "1", "10"]
    assert cits[3].locator == "p320"
    assert not [f for f in found if f.code == "no-entry"]


def test_glued_digits_past_the_list_are_dropped_not_reported() -> None:
    cits, found = cite("Victims were counted.1 Estimates vary.2 Results differ.3 Values of sample47 were low.",
                       "vancouver")
    assert cited(cits) == ["1", "2", "3"] and not [f for f in found if f.code == "no-entry"]


def test_glued_digits_are_not_read_in_an_author_date_paper() -> None:
    cits, _ = cite("Victims were counted.1 Estimates vary.2 Results differ.3", "apa")
    assert cits == []


def test_a_sentence_opened_by_a_number_is_a_narrative_citation() -> None:
    cits, _ = cite("Qualitative interviews suggest the gap (10). (11) argued that the mechanism is conserved. "
                   "(12) argued that the intervention is effective. Others agree (1).", "vancouver")
    assert cited(cits) == ["10", "11", "12", "1"]


def test_markdown_double_hyphen_ranges_in_parentheses() -> None:
    cits, _ = cite("Longitudinal data agree (6--8). Cells divide (1). Costs fall (2).", "vancouver")
    assert cited(cits) == ["6", "7", "8", "1", "2"]


def test_pandoc_spaced_superscripts_signals_section_locators_and_sentence_openers() -> None:
    text = ("Field observations agree ¹. Simulation work agrees ^(see 2,3). ⁴ argued that costs fall. "
            "Data vary ^(5(sec3)). Others ^(1, e.g., 6,7). The area was 5 m ² wide.")
    cits, _ = cite(text, "nature")
    assert cited(cits) == ["1", "2", "3", "4", "5", "1", "6", "7"] and cits[4].locator == "sec3"


def test_signals_inside_a_parenthesised_group() -> None:
    cits, _ = cite("Costs fall (1,e.g., 5,6). Data vary (2,3,cf. 4). Cells divide (see also 7).", "vancouver")
    assert cited(cits) == ["1", "5", "6", "2", "3", "4", "7"]


def test_a_parenthesised_number_just_past_the_list_has_no_entry_but_a_year_is_ignored() -> None:
    _, found = cite(VANCOUVER_BODY + "Newer work agrees (15). The war ended (1945). Range (1939-1945).", "vancouver")
    assert [(f.code, f.message.split(" has")[0]) for f in found if f.severity == "error"] == [("no-entry", '"15"')]


ACM_BODY = ("Models agree [17,see also 23,37]. The effect is local [e.g., 1]. Costs fall with scale [6:7], "
            "and faster still at scale [10:12–15].")


def test_signals_inside_a_bracket_are_read_past() -> None:
    cits, _ = cite(ACM_BODY, "ieee")
    assert cited(cits)[:4] == ["17", "23", "37", "1"]


def test_a_page_after_a_colon_is_the_bracket_citations_locator() -> None:
    cits, _ = cite(ACM_BODY, "ieee")
    assert [(c.keys[0], c.locator) for c in cits][-2:] == [("6", "p. 7"), ("10", "p. 12–15")]


def test_a_range_written_with_a_double_hyphen_and_its_page_range() -> None:
    cits, _ = cite("Shown before [3]--[5], and again [8, pp. 101--103].", "ieee")
    assert [(c.keys[0], c.locator) for c in cits] == [("3", None), ("4", None), ("5", None), ("8", "pp. 101–103")]


def test_an_ama_page_range_after_a_raised_number_is_its_locator() -> None:
    cits, _ = cite("Exposure precedes the outcome ^(12(pp101-103)). Others agree^(3(p4)-5).", "ama")
    assert cited(cits) == ["12", "3", "4", "5"] and cits[0].locator == "pp101-103"


def test_a_citation_in_parentheses_or_raised_is_printed_as_its_numbers_without_marks_or_signal() -> None:
    cits, _ = cite(VANCOUVER_BODY + "Costs fall (see also 4–6).", "vancouver")
    assert [c.text for c in cits][-3:] == ["4–6", "4–6", "4–6"]
    cits, _ = cite("Data vary ^(see 7,8). Costs fall^(2).", "nature")
    assert [c.text for c in cits] == ["7", "8", "2"]


def test_each_source_of_a_bracket_group_stands_at_its_own_number() -> None:
    text = "Costs fall [see also 2]. Data vary [1,cf. 3,4]."
    cits, _ = cite(text, "ieee")
    assert [(c.text, c.column) for c in cits] == [("[see also 2]", 12), ("1", 37), ("3", 43), ("4", 45)]


def test_a_raised_number_opening_a_paragraph_or_after_a_name_and_initials_is_a_citation() -> None:
    text = "Data vary ¹. Costs fall ².\n\n³ found that the signal is weak. Wang Q⁴ reported it. The R² was high."
    cits, _ = cite(text, "nature")
    assert cited(cits) == ["1", "2", "3", "4"]


def test_a_bracket_never_closed_is_a_malformed_citation_of_its_numbers() -> None:
    text = "Costs fall [2]. Data vary [3, pp. 12–15 as shown before. The interval [0, 1) is open."
    cits, found = cite(text, "ieee")
    assert [(c.keys, c.locator) for c in cits] == [(["2"], None), (["3"], "pp. 12–15")]
    assert [(f.code, f.message) for f in found if f.code != "uncited"] == [
        ("malformed-citation", "unclosed bracket: [3, pp. 12–15 is never closed; close it: [3, pp. 12–15]")]


def test_a_parenthesis_never_closed_in_a_paper_citing_in_parentheses_is_malformed() -> None:
    cits, found = cite(VANCOUVER_BODY + "Cells divide (see also 4. Controlled trials agree.", "vancouver")
    assert [f.code for f in found if f.code != "uncited"] == ["malformed-citation"]
    assert cits[-1].keys == ["4"]


def test_a_bracket_after_an_element_sign_is_an_interval() -> None:
    text = "Noise limits accuracy [1], [2]. The initial counts are n ∈ [5, 80] and n ∈ [5, 120] here [3]."
    cits, found = cite(text, "ieee")
    assert cited(cits) == ["1", "2", "3"] and not [f for f in found if f.code == "no-entry"]


def test_a_pandoc_superscript_opening_a_paragraph_is_a_narrative_citation() -> None:
    cits, _ = cite("Costs fall with scale^(3).\n\n^(12(p33)) argued that the measured response is nonlinear.", "ama")
    assert [(c.keys, c.locator) for c in cits] == [(["3"], None), (["12"], "p33")]


def test_a_two_letter_family_name_opening_a_sentence_takes_its_superscript() -> None:
    cits, _ = cite("Costs fall with scale.¹⁰\n\nLu²⁷ found that the processes interact. The area was 5 m² wide.", "ama")
    assert [c.keys for c in cits] == [["10"], ["27"]]
