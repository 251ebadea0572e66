"""Notes-bibliography papers (Chicago notes, MHRA): notes are matched to the bibliography (issue 15)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.model import FileReport
from refcheck.pipeline import check_document

BODY = ("Cities After Socialism\n\nWorkers moved to the periphery.1 The forecast trap is familiar to ecologists.2 "
        "Urban power shifted again.3 The same pattern appears in fisheries.4\n\n")
NOTES = [
    "1. Norbert Petrovici, \u201cWorkers and the City: Rethinking the Geographies of Power in Post-Socialist "
    "Urbanisation,\u201d Urban Studies 49, no. 11 (2012): 2377\u201397.",
    "2. Carl Boettiger, \u201cThe Forecast Trap,\u201d Ecology Letters 25, no. 7 (2022): 1655\u201364.",
    "3. Petrovici, \u201cWorkers and the City,\u201d 2380.",
    "4. Ibid., 2390.",
]
BIBLIOGRAPHY = [
    "Boettiger, Carl. \u201cThe Forecast Trap.\u201d Ecology Letters 25, no. 7 (2022): 1655\u201364.",
    "Petrovici, Norbert. \u201cWorkers and the City: Rethinking the Geographies of Power in Post-Socialist "
    "Urbanisation.\u201d Urban Studies 49, no. 11 (2012): 2377\u201397.",
    "Tkaczyk, Dominika, Pawe\u0142 Szostek, and \u0141ukasz Bolikowski. \u201cCERMINE: Automatic Extraction of "
    "Structured Metadata from Scientific Literature.\u201d International Journal on Document Analysis and "
    "Recognition 18, no. 4 (2015): 317\u201335.",
]


def check(notes: list[str], bibliography: list[str] | None = BIBLIOGRAPHY) -> FileReport:
    text = BODY + "Notes\n\n" + "\n".join(notes) + "\n"
    if bibliography is not None:
        text += "\nBibliography\n\n" + "\n".join(bibliography) + "\n"
    return check_document(Document(path="paper.txt", text=text))


def codes(report: FileReport) -> list[str]:
    return [f.code for f in report.findings]


def test_a_notes_paper_is_detected_and_its_notes_are_not_entries() -> None:
    report = check(NOTES)
    assert report.style == "chicago-notes" and len(report.references) == 3


def test_full_short_and_ibid_notes_point_at_their_entries() -> None:
    report = check(NOTES)
    by_id = {r.id: r.fields.title.split(":")[0] for r in report.references}
    assert [(c.kind, [by_id[r] for r in c.references]) for c in report.citations] == [
        ("note", ["Workers and the City"]), ("note", ["The Forecast Trap"]),
        ("note", ["Workers and the City"]), ("note", ["Workers and the City"])]


def test_an_entry_no_note_cites_is_uncited() -> None:
    report = check(NOTES)
    assert codes(report) == ["uncited"] and "Tkaczyk" in report.findings[0].message


def test_a_note_whose_work_is_not_in_the_bibliography_has_no_entry() -> None:
    report = check(NOTES + ["5. Matthew Berman, \u201cLong-Term Effects of Group Rights to Fisheries,\u201d "
                            "PLOS ONE 19, no. 12 (2024): e0312682."])
    assert [f.code for f in report.findings if f.severity == "error"] == ["no-entry"]
    assert "note 5" in report.findings[0].message or "note 5" in report.findings[-1].message


def test_a_misspelt_author_in_a_note_is_a_name_mismatch() -> None:
    notes = NOTES[:2] + ["3. Petrovic, \u201cWorkers and the City,\u201d 2380."] + NOTES[3:]
    errors = [f for f in check(notes).findings if f.severity == "error"]
    assert [f.code for f in errors] == ["name-mismatch"] and "Petrovic" in errors[0].message


def test_a_note_dated_otherwise_than_its_entry_is_a_year_mismatch() -> None:
    notes = [NOTES[0]] + [NOTES[1].replace("(2022)", "(2019)")] + NOTES[2:]
    errors = [f for f in check(notes).findings if f.severity == "error"]
    assert [f.code for f in errors] == ["year-mismatch"] and "2019" in errors[0].message


def test_notes_without_a_bibliography_are_not_an_error() -> None:
    notes = ["1. John Smith, Title of a Book (Chicago: University Press, 1999), 45.", "2. Smith, Title of a Book, 47."]
    report = check_document(Document(path="p.txt", text="A paper\n\nText cites here.1 More here.2\n\n" +
                                     "\n\n".join(notes) + "\n"))
    assert report.findings == []


def test_a_numbered_reference_list_is_not_mistaken_for_notes() -> None:
    text = ("Intro\n\nNoise limits accuracy [1]. Neurons correlate [2].\n\nReferences\n\n"
            "1. Renart A, Machens CK. Variability in neural activity and behavior. Curr Opin Neurobiol. "
            "2014;25:211-20.\n2. Mountcastle V, Steinmetz MA, Romo R. Frequency discrimination in the sense of "
            "flutter. J Neurosci. 1990;10(9):3032-44.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.style == "vancouver" and len(report.references) == 2 and report.findings == []


def test_a_note_printing_a_title_alone_is_tied_to_its_entry_and_never_reported() -> None:
    notes = NOTES + ["5. Long-Term Effects of Group Rights to Fisheries.",
                     "6. \u201cOn Dign\u0101ga\u2019s Names.\u201d"]
    entries = BIBLIOGRAPHY + [
        "Berman, Matthew. \u201cLong-Term Effects of Group Rights to Fisheries.\u201d PLOS ONE 19 (2024): e0312682.",
        "Huanhuan, He. \u201cOn Dign\u0101ga\u2019s Names.\u201d Journal of the International College for "
        "Postgraduate Buddhist Studies 21 (2017): 214\u201354."]
    report = check(notes, entries)
    assert [f.code for f in report.findings] == ["uncited"]  # Tkaczyk only
    assert len(report.citations[-1].references) == 1 and len(report.citations[-2].references) == 1


LONGER = BIBLIOGRAPHY + [
    "Padua, D., and M. J. Wolfe. \u201cAdvanced Compiler Optimizations for Supercomputers.\u201d Communications of "
    "the ACM 29, no. 12 (1986): 1184\u20131201.",
    "Carr, S., K. S. McKinley, and C.-W. Tseng. \u201cCompiler Optimizations for Improving Data Locality.\u201d In "
    "Proceedings of ASPLOS-VI. San Jose, CA, 1994.",
    "Plummer, J. D. Silicon VLSI Technology: Fundamentals, Practice, and Modeling. Prentice Hall, 2000.",
    "Appiah, Kwame Anthony. Cosmopolitanism: Ethics in a World of Strangers. New York: Norton, 2006.",
]
LONGER_NOTES = NOTES + [
    "5. Padua and Wolfe, \u201cAdvanced Compiler Optimizations for Supercomputers.\u201d",
    "6. Carr, McKinley, and Tseng, \u201cCompiler Optimizations for Improving Data Locality.\u201d",
    "7. Appiah, Cosmopolitanism: Ethics in a World of Strangers, 12.",
]


def test_an_uncited_entry_of_a_long_bibliography_is_reported_though_no_parenthesis_cites_anything() -> None:
    report = check(LONGER_NOTES, LONGER)
    assert codes(report) == ["uncited", "uncited"]
    assert {"Tkaczyk", "Plummer"} == {w for f in report.findings for w in ("Tkaczyk", "Plummer") if w in f.message}


def test_a_semicolon_after_an_unclosed_parenthesis_still_separates_two_works() -> None:
    notes = LONGER_NOTES[:6] + ["7. J. D Plummer, Silicon VLSI Technology: Fundamentals, Practice, and Modeling "
                                "((Prentice Hall, 2000); Appiah, Cosmopolitanism: Ethics in a World of Strangers, 12."]
    report = check(notes, LONGER)
    assert codes(report) == ["uncited"] and "Tkaczyk" in report.findings[0].message


def test_a_note_citing_a_work_listed_twice_cites_its_first_copy() -> None:
    entries = LONGER[:4] + ["\u2014\u2014\u2014. \u201cAdvanced Compiler Optimizations for Supercomputers.\u201d "
                            "Communications of the ACM 29, no. 12 (1986)."] + LONGER[4:]
    report = check(LONGER_NOTES, entries)
    padua = next(r.id for r in report.references if r.raw.startswith("Padua"))
    assert report.citations[4].references == [padua]
    assert sorted(codes(report)) == ["duplicate-entry", "uncited", "uncited"]  # Tkaczyk, Plummer; the copy is quiet


def test_a_note_whose_title_quotation_mark_never_closes_is_malformed_and_still_cites_its_entry() -> None:
    notes = NOTES[:2] + ["3. Petrovici, \u201cWorkers and the City, 2380."] + NOTES[3:]
    report = check(notes)
    assert sorted(codes(report)) == ["malformed-citation", "uncited"]
    assert report.citations[2].references == report.citations[0].references


def test_a_short_note_naming_three_authors_before_an_unquoted_title_is_read_whole() -> None:
    entries = LONGER + ["Hastie, T, R Tibshirani, and J Friedman. The Elements of Statistical Learning. New York: "
                        "Springer, 2009."]
    notes = LONGER_NOTES + ["8. Plummer, Silicon VLSI Technology, 4.",
                            "9. Hsatie, Tibshirani, and Friedman, The Elements of Statistical Learning."]
    report = check(notes, entries)
    errors = [f for f in report.findings if f.severity == "error"]
    assert [f.code for f in errors] == ["name-mismatch"] and "Hsatie" in errors[0].message


def test_a_short_note_whose_author_no_entry_has_is_no_entry() -> None:
    report = check(NOTES[:3] + ["4. Bhatla, 101\u20133."])
    assert codes(report).count("no-entry") == 1 and "Bhatla, 101\u20133." in report.findings[0].message


def test_a_short_note_misspelling_an_entry_s_author_is_a_name_mismatch() -> None:
    report = check(NOTES[:3] + ["4. Petrovicci, 2385."])
    found = [f for f in report.findings if f.code == "name-mismatch"]
    assert len(found) == 1 and "Petrovici" in found[0].message


def test_a_short_note_naming_an_editor_printed_in_an_entry_says_nothing() -> None:
    bib = BIBLIOGRAPHY + ["Young, Robert, ed. Untying the Text. Boston: Routledge, 1981."]
    report = check(NOTES[:3] + ["4. Routledge, 45."], bib)
    assert "no-entry" not in codes(report) and "name-mismatch" not in codes(report)


def test_a_note_quoting_a_title_no_entry_shares_is_no_entry() -> None:
    report = check(NOTES[:3] + ["4. \u201cRegulatory B Cells in Vasculitis of the Kidney.\u201d"])
    assert codes(report).count("no-entry") == 1



def test_a_note_printing_a_short_title_alone_cites_its_entry() -> None:
    bib = BIBLIOGRAPHY + ["Wittgenstein, Ludwig. Philosophical Investigations. Oxford: Blackwell, 1953.",
                          "Frege, G. \u201cThe Thought,\u201d 1956.",
                          "Borges, Jorge Luis. \u201cEl Hacedor.\u201d In Obras Completas, Vol. 2. Barcelona: "
                          "Emec\u00e9, 1989.",
                          "King, Stephen. Christine. New York: Viking Press, 1983."]
    notes = ["5. Philosophical Investigations.", "6. \u201cThe Thought.\u201d",
             "7. \u201cEl Hacedor,\u201d in Obras Completas, vol. 2 (Barcelona: Emec\u00e9, 1989).",
             "8. Christine (New York: Viking Press, 1983)."]
    report = check(NOTES + notes, bib)
    assert codes(report) == ["uncited"] and "Tkaczyk" in report.findings[0].message


def test_a_short_note_found_through_its_second_author_misspells_the_first() -> None:
    bib = BIBLIOGRAPHY + ["Libaud, Marie, and Donny Winston. Signals. Paris: Seuil, 2001."]
    report = check(NOTES + ["5. Libaud and Winston, 4.", "6. Libuad and Winston, 7."], bib)
    found = [f for f in report.findings if f.code == "name-mismatch"]
    assert len(found) == 1 and "Libuad" in found[0].message and "note 6" in found[0].message


def test_a_note_whose_entry_title_the_parser_cut_is_found_by_its_printed_words() -> None:
    bib = BIBLIOGRAPHY + ["Moulin, R. L\u2019artiste, l\u2019Institution, Et Le March\u00e9. Paris: Flammarion, 1997."]
    report = check(NOTES + ["5. Moulin, L\u2019artiste, l\u2019Institution, Et Le March\u00e9."], bib)
    assert codes(report) == ["uncited"]


def test_a_short_name_with_another_first_letter_is_no_slip_for_an_author() -> None:
    bib = BIBLIOGRAPHY + ["Elia, N., R. Sougrat, and T. A. Spurlin. Dynamics. Cell, 2009."]
    report = check(NOTES + ["5. Elia, Sougrat, and Spurlin, 3.", "6. Lima et al., 12\u201315."], bib)
    assert "name-mismatch" not in codes(report) and codes(report).count("no-entry") == 1


def test_an_initial_glued_to_an_entry_s_family_is_no_misspelling() -> None:
    bib = BIBLIOGRAPHY + ["Weinberger, B.R., M.Akhtar, and S.C. Gau. \u201cSynthetic Metals.\u201d Synth Met, 1982."]
    report = check(NOTES + ["5. B.R. Weinberger, M. Akhtar, and S.C. Gau, \u201cSynthetic Metals,\u201d 1982."], bib)
    assert "name-mismatch" not in codes(report)


def test_a_full_note_of_an_unlisted_work_by_a_listed_author_is_no_entry() -> None:
    notes = NOTES[:3] + ["4. Carl Boettiger et al., \u201cPSICOV: Precise Structural Contact Prediction Using Sparse "
                         "Inverse Covariance Estimation,\u201d Bioinformatics 28 (2012): 184\u201390."]
    report = check(notes)
    assert [f.code for f in report.findings if f.code != "uncited"] == ["no-entry"]


def test_a_short_note_of_a_title_alone_and_its_page_cites_the_entry_of_that_title() -> None:
    bibliography = [*BIBLIOGRAPHY[:2], "Wordsworth, William. The Prelude. Edited by Jonathan Wordsworth, M. H. Abrams, "
                    "and Stephen Gill. New York, NY: Norton, 1979."]
    report = check([*NOTES, "5. The Prelude, 7."], bibliography)
    assert codes(report) == []
    assert report.citations[-1].references == [report.references[2].id]


def test_a_note_name_the_entry_prints_with_initials_glued_on_is_no_misspelling() -> None:
    bibliography = [*BIBLIOGRAPHY[:2], "Piao, X, Wu L Zhang X, and JG Belasco. \u201cCcr4-NOT Deadenylates mRNA "
                    "Associated with RNA-Induced Silencing Complexes in Human Cells.\u201d Molecular and Cellular "
                    "Biology 30 (2010): 1486\u201394."]
    report = check([*NOTES, "5. See also X Piao, Wu L Zhang X, and JG Belasco, \u201cCcr4-NOT Deadenylates mRNA "
                    "Associated with RNA-Induced Silencing Complexes in Human Cells,\u201d Molecular and Cellular "
                    "Biology 30 (2010): 1486\u201394."], bibliography)
    assert codes(report) == []


def test_a_note_whose_every_word_one_entry_prints_cites_it_when_its_title_was_not_read_apart() -> None:
    bibliography = [*BIBLIOGRAPHY[:2], "Greiner, W., and J. Reinhardt. Field Quantization (Springer-Verlag, Berlin, "
                    "Heidelberg, 1996), 1996."]
    report = check([*NOTES, "5. Field Quantization (Springer-Verlag, Berlin, Heidelberg, 1996)."], bibliography)
    assert codes(report) == []


def test_a_quotation_mark_never_closed_does_not_hide_the_next_work_of_a_note() -> None:
    bibliography = [*BIBLIOGRAPHY, "Takahashi, N, and K Kato. \u201cGALXY: A Web Application That Assists Structural "
                    "Analyses of N-Glycans.\u201d Trends in Glycoscience and Glycotechnology 15 (2003): 235\u201351."]
    report = check([*NOTES, "5. Dominika Tkaczyk, Pawe\u0142 Szostek, and \u0141ukasz Bolikowski, in \u201cCERMINE "
                    "((Springer, 2015), 5; N Takahashi and K Kato, \u201cGALXY: A Web Application That Assists "
                    "Structural Analyses of N-Glycans,\u201d Trends in Glycoscience and Glycotechnology 15 (2003): "
                    "235\u201351."], bibliography)
    takahashi = next(r.id for r in report.references if r.raw.startswith("Takahashi"))
    assert [c.references for c in report.citations if c.keys == ["5"]][1:] == [[takahashi]]
