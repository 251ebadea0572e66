"""Habits of the papers on the dev halves of blind sets 72-79 (fixtures/papers_blind72 ... papers_blind79:
encyclopedia and Wikipedia exports, veterinary and dental journals, economics working papers, history of science
with archives, clinical guidelines, open-science psychology, philosophy and classics, anthropology; written by
helpers who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def _check(text: str):  # noqa: ANN202 - FileReport
    return check_document(Document(path="p.txt", text=text))


def _read(tmp_path, name: str, text: str):  # noqa: ANN001, ANN202 - Path, FileReport
    from refcheck.app import CheckOptions, check_path

    (tmp_path / name).write_text(text, encoding="utf-8")
    return check_path(str(tmp_path / name), CheckOptions(use_config=False))


_WIKI = ("The overjustification effect occurs when a reward decreases intrinsic motivation.[1][2] People attribute "
         "their behaviour to the most salient cause.[3]\n\n"
         "References[edit]\n"
         "1. ^ a b Deci, Edward L. (1971). \"Effects of externally mediated rewards on intrinsic motivation\". Journal "
         "of Personality and Social Psychology. 18 (1): 105–115.\n"
         "2. ^ a b c Lepper, Mark R.; Greene, David; Nisbett, Richard E. (1973). \"Undermining children's intrinsic "
         "interest with extrinsic reward\". Journal of Personality and Social Psychology. 28 (1): 129–137.\n"
         "3. ^ Bem, Daryl J. (1972). \"Self-perception theory\". Advances in Experimental Social Psychology. Vol. 6. "
         "New York: Academic Press. pp. 1–62.\n\n"
         "Further reading[edit]\n"
         "Kohn, Alfie (1993). Punished by Rewards. Boston: Houghton Mifflin.\n"
         "Pink, Daniel H. (2009). Drive: The Surprising Truth About What Motivates Us. New York: Riverhead.\n\n"
         "External links[edit]\n"
         "\"Overjustification effect\", MathWorld\n"
         "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Overjustification_effect&oldid=1\"\n")


def test_a_wiki_articles_references_are_parsed_without_their_back_links_and_printed_with_them() -> None:
    report = _check(_WIKI)
    assert [r.fields.authors[0].family for r in report.references] == ["Deci", "Lepper", "Bem"]
    assert report.references[0].raw.startswith("^ a b Deci, Edward L. (1971)")


def test_further_reading_and_external_links_after_the_references_are_neither_entries_nor_body() -> None:
    assert _check(_WIKI).findings == []


def test_german_wikipedias_einzelnachweise_with_arrow_back_links_are_the_list() -> None:
    text = ("Wegener veröffentlichte seine Theorie 1912.[1] Das Buch folgte 1915.[2] Er starb 1930 auf dem Eis.[3]"
            "\n\n"
            "Literatur\n\nUlrich Wutzke: Durch die weiße Wüste. Justus Perthes, Gotha 1997.\n\n"
            "Einzelnachweise\n"
            "↑ a b Alfred Wegener: Die Entstehung der Kontinente. In: Petermanns Geographische Mitteilungen. Band 58, "
            "1912, S. 185–195.\n"
            "↑ Alfred Wegener: Die Entstehung der Kontinente und Ozeane. Vieweg, Braunschweig 1915.\n"
            "↑ Johannes Georgi: Im Eis vergraben. Erlebnisse auf Station „Eismitte“. Paul Müller, München 1933.\n\n"
            "Normdaten (Person): GND: 118629832 | LCCN: n50047397 | VIAF: 41852958\n")
    report = _check(text)
    assert [r.raw[:21] for r in report.references] == ["↑ a b Alfred Wegener:", "↑ Alfred Wegener: Die",
                                                       "↑ Johannes Georgi: Im"]  # as printed, one entry a line
    assert report.findings == []


def test_a_markdown_wiki_exports_linked_notes_cite_their_entries(tmp_path) -> None:  # noqa: ANN001
    text = ("Scurvy results from a lack of vitamin C.[[2]](#cite_note-Maxfield2023-2) Early symptoms include "
            "weakness.[[1]](#cite_note-C-1)\n\n## References\n\n"
            "1. ^ [***a***](#cite_ref-C_1-0) Carpenter KJ (1986). *The History of Scurvy and Vitamin C*. Cambridge: "
            "Cambridge University Press.\n"
            "2. ^ [***a***](#cite_ref-M_2-0) Maxfield L, Crane JS (2023). \"Vitamin C Deficiency\". *StatPearls*. "
            "Treasure Island (FL): StatPearls Publishing.\n")
    report = _read(tmp_path, "scurvy.md", text)
    assert [r.fields.authors[0].family for r in report.references] == ["Carpenter", "Maxfield"]
    assert sorted(ref for c in report.citations for ref in c.references) == ["r1", "r2"]
    assert report.findings == []


def test_a_german_forthcoming_year_wrapped_at_its_space_is_read() -> None:
    text = ("Wir knüpfen an Goldfayn-Frank, Kieren und Trautmann (im\nErscheinen) und Goldfayn-Frank und Wohlfart "
            "(2020) an.\n\nLiteratur\n\n"
            "Goldfayn-Frank, O., P. Kieren und S. Trautmann (im Erscheinen), A Choice-Based Experiment on Inflation "
            "Expectations, Journal of Monetary Economics.\n"
            "Goldfayn-Frank, O. und J. Wohlfart (2020), Expectation Formation in a New Environment, Journal of "
            "Monetary Economics 115, S. 301–320.\n")
    assert _check(text).findings == []


def test_a_running_foot_with_its_page_word_and_a_legal_notice_after_the_list_are_neither_entries_nor_body() -> None:
    text = ("Arrears rose in 2022 (Kearns 2019).\n\nReferences\n\n"
            "Kearns J (2019), 'Mortgage Arrears and Buffers', RBA Bulletin, March, pp 1–10.\n"
            "Deutsche Bundesbank Diskussionspapier Nr. 27/2023                        Seite 21\n"
            "Lowe P (2020), 'The Housing Market and the Economy', Address to the AFR Summit, Sydney, 12 March.\n\n"
            "Copyright and Disclaimer Notice\n"
            "The following disclaimer applies to data obtained from CoreLogic (2023) and used in this paper.\n")
    report = _check(text)
    assert len(report.references) == 2
    assert [f.code for f in report.findings] == ["uncited"]


def test_an_entry_opening_with_an_elided_particle_is_an_entry_and_its_narrative_citation_cites_it() -> None:
    text = ("Our paper relates to work on stablecoins. d'Avernas, Maurin,\nand Vandeweyer (2022) model runs, as "
            "Aubert (2006) anticipated.\n\nReferences\n\n"
            "Aubert, P., 2006. Les salariés âgés face aux technologies. Économie et Statistique 397, 3–25.\n"
            "Gorton, G., Metrick, A., 2012. Securitized banking and the run on repo. Journal of Financial\n"
            "Economics 104, 425–451.\n"
            "d'Avernas, A., Maurin, V., Vandeweyer, Q., 2022. Can stablecoins be stable?\n"
            "Unpublished working paper. University of Chicago.\n"
            "Diamond, D.W., Dybvig, P.H., 1983. Bank runs, deposit insurance, and\n"
            "liquidity. Journal of Political Economy 91, 401–419.\n")
    report = _check(text)
    assert len(report.references) == 4
    assert [f.code for f in report.findings] == ["uncited", "uncited"]  # Gorton and Diamond, not cited


_CLASSICS = ("\n\nReferences\n\n"
             "Aristotle. (2014). Nicomachean ethics (C. D. C. Reeve, Trans.). Hackett. (Original work published ca. "
             "350 B.C.E.)\n\n"
             "Diels, H., & Kranz, W. (1951–52). Die Fragmente der Vorsokratiker (6th ed.). Weidmann.\n\n"
             "Plato. (1997). Cratylus (C. D. C. Reeve, Trans.). In J. M. Cooper (Ed.), Complete works. Hackett. "
             "(Original work published ca. 385 B.C.E.)\n")


def test_an_ancient_works_date_before_its_editions_year_and_a_bekker_number_cite_the_edition() -> None:
    text = "Practical wisdom is a reasoned state (Aristotle, ca. 350 B.C.E./2014, 1140b4–6)." + _CLASSICS
    assert [(c.year, c.locator, c.references) for c in _check(text).citations] == [("2014", "1140b4–6", ["r1"])]


def test_chicagos_bracketed_ancient_date_and_a_stephanus_page_cite_the_edition() -> None:
    text = "Everything gives way (Plato [ca. 385 BCE] 1997, 402a)." + _CLASSICS
    assert [(c.year, c.locator, c.references) for c in _check(text).citations] == [("1997", "402a", ["r3"])]


def test_a_years_span_printed_with_two_digits_after_it_cites_the_work() -> None:
    text = "B12 in Diels and Kranz (1951–52, 1:154) says something else." + _CLASSICS
    assert [(c.year, c.references) for c in _check(text).citations] == [("1951", ["r2"])]


def test_a_bibliography_in_parts_by_kind_of_source_is_one_list_whatever_each_part_holds() -> None:
    text = ("Relief was organised by district (Indian Famine Commission 1880; Arnold 1988).\n\n"
            "Bibliography\n\nPrimary sources: printed\n\n"
            "Indian Famine Commission. Report of the Indian Famine Commission. Part I: Famine Relief.\n"
            "     London: HMSO, 1880.\n\n"
            "Secondary sources\n\n"
            "Arnold, David. Famine: Social Crisis and Historical Change. Oxford: Basil Blackwell, 1988.\n")
    report = _check(text)
    assert [r.line for r in report.references] == [7, 12]
    assert report.findings == []


def test_parts_under_sub_headings_after_tables_of_authorities_stay_in_the_list() -> None:
    text = ("Privacy grew from confidence (Moreham 2005).\n\nBibliography\n\nTable of Cases\n"
            "Campbell v MGN Ltd [2004] UKHL 22, [2004] 2 AC 457 .................................. 1\n"
            "Wainwright v Home Office [2003] UKHL 53, [2004] 2 AC 406 ............................ 1\n"
            "ZXC v Bloomberg LP [2022] UKSC 5, [2022] AC 1158 .................................... 3\n\n"
            "Table of Legislation\nHuman Rights Act 1998 ........................................ 1\n\n"
            "Secondary Sources\n"
            "Moreham NA, ‘Privacy in the Common Law’ (2005) 121 LQR 628\n")
    report = _check(text)
    assert report.references[0].raw.startswith("Campbell v MGN")


def test_french_notes_called_in_parentheses_are_notes_and_their_calls_no_page_locators() -> None:
    text = ("La lecture a été discutée par les historiens proches de l'Institut Pasteur (1). Geison a montré que les "
            "essais n'étaient pas achevés (2).\n\n___________\n"
            "(1) P. Debré, Louis Pasteur, Paris, Flammarion, 1994, p. 487-493.\n"
            "(2) G. L. Geison, The Private Science of Louis Pasteur, Princeton, Princeton University Press, 1995, "
            "p. 3-21.\n\n"
            "BIBLIOGRAPHIE\n\n"
            "DEBRÉ Patrice, Louis Pasteur, Paris, Flammarion, 1994.\n"
            "GEISON Gerald L., The Private Science of Louis Pasteur, Princeton, Princeton University Press, 1995.\n")
    report = _check(text)
    assert report.style == "chicago-notes"
    assert report.findings == []
