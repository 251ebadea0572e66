"""One behaviour per test: forms that fresh seeds of the generated corpus (tools/corpus, seeds 59, 61, 67; six weak
styles, 40 papers each) print and earlier seeds did not show. Sentences and entries are the generated papers' own,
cut short."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.model import FileReport
from refcheck.pipeline import check_document


def check(text: str) -> FileReport:
    return check_document(Document(path="paper.txt", text=text))


def codes(report: FileReport) -> list[str]:
    return [f.code for f in report.findings]


def messages(report: FileReport, code: str) -> list[str]:
    return [f.message for f in report.findings if f.code == code]


CHICAGO_BIB = [
    "Cavrois, M, J Neidleman, JF Kreisberg, and WC Greene. “Human Immunodeficiency Virus Fusion to Dendritic Cells "
    "Declines as Cells Mature.” J Virol 80 (2006): 1992–99.",
    "Kim, E, S Harrison, and B Archibald. “Newly Identified and Diverse Plastid-Bearing Branch on the Eukaryotic Tree "
    "of Life.” Proc Natl Acad Sci U S A 108 (2011): 1496–1500.",
    "Monroe, D. “Looking for Chinks in the Armor of Bacterial Biofilms.” PLoS Biol 5 (2007): e307.",
    "Weiss, S., and I Kapouleas. “An Empirical Comparison of Pattern Recognition, Neural Nets, and Machine Learning "
    "Classification Methods.” In Proceedings of the 11th International Joint Conference, 781–87. 1989.",
    "Wynn-Williams, DD. “Antarctic Microbial Diversity: The Basis of Polar Ecosystem Processes,” 1996.",
    "Boxall, J. Arduino Worskhop: A Hands-on Introduction with 65 Projects. California: No Starch Press, 2013.",
]


def test_notes_that_print_titles_alone_after_the_bibliography_are_notes_not_a_numbered_list() -> None:
    body = ("Weiss[1] reported that the mechanism is conserved. Kim[2] reported that the intervention is effective. "
            "Prior models estimate that the mechanism is conserved [3]. Cavrois[4] reported that the response is "
            "nonlinear. D Monroe[5] found that the two processes interact. Earlier work agrees [6].")
    notes = ["“An Empirical Comparison of Pattern Recognition, Neural Nets, and Machine Learning Classification "
             "Methods,” in Proceedings of the 11th International Joint Conference, 1989, 781–87.",
             "“Newly Identified and Diverse Plastid-Bearing Branch on the Eukaryotic Tree of Life,” Proc Natl Acad "
             "Sci U S A 108 (2011): 1496–1500.",
             "DD Wynn-WWilliams, “Antarctic Microbial Diversity: The Basis of Polar Ecosystem Processes,” 1996, 7.",
             "“Human Immunodeficiency Virus Fusion to Dendritic Cells Declines as Cells Mature,” J Virol 80 (2006): "
             "1992–99.",
             "“Looking for Chinks in the Armor of Bacterial Biofilms,” PLoS Biol 5 (2007): e307.",
             "Cf. J. Bosall, Arduino Worskhop: A Hands-on Introduction with 65 Projects (No Starch Press, California, "
             "2013), 2013."]
    text = ("A Paper\n\nIntroduction\n\n" + body + "\n\nReferences\n\n" + "\n\n".join(CHICAGO_BIB) + "\n\n"
            + "\n\n".join(f"[{k}] {n}" for k, n in enumerate(notes, 1)) + "\n")
    report = check(text)
    assert report.style == "chicago-notes"
    assert sorted(codes(report)) == ["name-mismatch", "name-mismatch"]


def notes_paper(notes: list[str], bibliography: list[str]) -> FileReport:
    body = " ".join(f"Sentence {k} holds.{k}" for k in range(1, len(notes) + 1))
    return check("A Paper\n\n" + body + "\n\nNotes\n\n" + "\n\n".join(f"{k}. {n}" for k, n in enumerate(notes, 1))
                 + "\n\nBibliography\n\n" + "\n\n".join(bibliography) + "\n")


METZ = ["Metz, Anna. “Activation of Notch Signaling During Ex Vivo Expansion Maintains Donor Muscle Cell "
        "Engraftment.” Limnology and Oceanography 30 (2006): 2212–20.",
        "Metz, JAJ, SD Mylius, and O Diekmann. “N-Gram Feature Selection for Authorship Identification,” 2008, 77–86.",
        *CHICAGO_BIB[:3]]


def test_a_misspelt_short_note_of_an_author_with_two_listed_works_is_a_name_mismatch() -> None:
    notes = ["JAJ Metz, SD Mylius, and O Diekmann, “N-Gram Feature Selection for Authorship Identification,” 2008.",
             "Anna Metz, “Activation of Notch Signaling During Ex Vivo Expansion Maintains Donor Muscle Cell "
             "Engraftment,” Limnology and Oceanography 30 (2006): 2212–20.",
             "Monroe, “Looking for Chinks in the Armor of Bacterial Biofilms.”",
             "Mettz, 7."]
    report = notes_paper(notes, METZ)
    assert codes(report) == ["name-mismatch", "uncited", "uncited"]
    assert "Mettz" in messages(report, "name-mismatch")[0]


def test_a_short_note_after_a_note_on_an_unlisted_work_of_that_author_is_no_entry() -> None:
    notes = ["Monroe, “Looking for Chinks in the Armor of Bacterial Biofilms.”",
             "Z.-F. Bi et al., “High-Efficiency Second-Harmonic Generation in Doubly- Resonant χ(2) Microring "
             "Resonators,” Optics Express 20 (2012): 33.",
             "Bi et al., 33.",
             "Anna Metz, “Activation of Notch Signaling During Ex Vivo Expansion Maintains Donor Muscle Cell "
             "Engraftment,” 2212–20."]
    report = notes_paper(notes, METZ)
    assert [f.code for f in report.findings if f.severity == "error"] == ["no-entry", "no-entry"]
    assert "note 3 cites \"Bi et al., 33.\"" in messages(report, "no-entry")[1]


APA_PRESS = ("Press, W., Teukolsky, S., Vetterling, W., & Flannery, B. (2007). Section 3.7.1. Radial Basis Function "
             "Interpolation. In Numerical Recipes: The Art of Scientific Computing. New York: Cambridge University "
             "Press.")
APA_OTHER = ("Sumpter, D. (2010). Collective animal behavior. Princeton, NJ: Princeton University Press.")


def test_a_parenthetical_list_of_people_whose_first_is_also_a_body_word_cites_its_entry() -> None:
    report = check("A Paper\n\nComparative analyses confirm that sampling bias explains part of the gap (e.g., Press, "
                   "Teukolsky, Vetterling, & Flannery, 2007; Sumpter, 2010).\n\nReferences\n\n" + APA_PRESS + "\n\n"
                   + APA_OTHER + "\n")
    assert codes(report) == []


def test_a_narrative_list_ending_in_a_vancouver_initial_cites_its_entry() -> None:
    entry = ("Liu, J., Siemian, J., Seaman, R., & Zhang Y, L. J. (2017). Role of TAAR1 within the subregions of the "
             "mesocorticolimbic dopaminergic system in Cocaine-Seeking behavior. The Journal of Neuroscience, 37, "
             "882–892.")
    report = check("A Paper\n\nA recent review agrees (Sumpter, 2010). Liu, Siemian, Seaman, & Zhang Y (2017) reported "
                   "that the mechanism is conserved.\n\nReferences\n\n" + entry + "\n\n" + APA_OTHER + "\n")
    assert codes(report) == []


def test_a_long_narrative_list_whose_first_name_is_misspelt_is_a_name_mismatch() -> None:
    entry = ("Ensrud, K., Ewing, S., Stone, K., Cauley, J., & Bowman, P. (2003). Intentional and unintentional weight "
             "loss increases bone loss and hip fracture risk in older men. J Am Geriatr Soc, 51, 1740–1747.")
    report = check("A Paper\n\nA recent review agrees (Sumpter, 2010). Ensruud, Ewing, Stone, Cauley, & Bowman (2003) "
                   "reported that the measured response is nonlinear.\n\nReferences\n\n" + entry + "\n\n" + APA_OTHER
                   + "\n")
    assert codes(report) == ["name-mismatch"]


ANVISA = ("BRASIL. Agência Nacional de Vigilância Sanitária – ANVISA. Resolução RDC n^(o) 50, de 21 de fevereiro de "
          "2002, (2002).")
WEAVER = "Weaver, A. E., & Madden, E. H. (1949). The theory of communication. Urbana: University of Illinois Press."


def test_a_body_cited_with_its_acronym_after_a_dash_cites_its_entry() -> None:
    report = check("A Paper\n\nLongitudinal data argue that the measured response is nonlinear (BRASIL. Agência "
                   "Nacional de Vigilância Sanitária – ANVISA, 2002; Weaver & Madden, 1949).\n\nReferences\n\n"
                   + ANVISA + "\n\n" + WEAVER + "\n")
    assert codes(report) == []


def test_a_first_author_printed_without_a_given_name_before_and_is_a_person_of_their_own() -> None:
    entries = ["Martin, David. “Community Colleges: A Route of Upward Economic Mobility.” Trends Parasitol, 2005.",
               "Martin, and K. Robert. “Being in Youth Ministry: The Imperative of Incarnational Leadership.” Loving "
               "God, Loving Neighbor, edited by Sondra Higgins Matthaei, 2008, pp. 1–10."]
    report = check("A Paper\n\nA recent review argues that the effect depends on context (Martin 4). Martin and Robert "
                   "argued that the effect depends on context.\n\nWorks Cited\n\n" + "\n\n".join(entries) + "\n")
    assert codes(report) == []


def test_a_body_whose_name_holds_commas_with_an_asa_year_and_page_is_cited() -> None:
    entry = ("Department of Health Scottish Office Home and Health Department, Welsh Office, Department of Health and "
             "Social Services, Northern Ireland. 1992. “Report from an Expert Advisory Group on Folic Acid and Neural "
             "Tube Defects.” London: HMSO.")
    other = "Coussens, Lisa M. and Zena Werb. 2002. “Inflammation and Cancer.” Nature 420:860–67."
    report = check("A Paper\n\nSimulation work document that sampling bias explains part of the gap (Department of "
                   "Health Scottish Office Home and Health Department, Welsh Office, Department of Health and Social "
                   "Services, Northern Ireland 1992:3). Others agree (Coussens and Werb 2002).\n\nReferences\n\n"
                   + entry + "\n\n" + other + "\n")
    assert codes(report) == []


def test_an_mla_family_name_that_is_a_month_cites_its_entry_in_a_group() -> None:
    entries = ["Habel, JC, et al. Butterfly Community Shifts over Two Centuries. 2016.",
               "May, Carl. “Planning and Managing Teams.” Health & Social Care in the Community, vol. 5, no. 4, June "
               "2007, pp. 269–83.",
               "Rillig, MC, et al. “Interchange of Entire Communities.” New Phytologist, vol. 205, 2015, pp. 1389–93."]
    report = check("A Paper\n\nComparative analyses show that costs fall with scale (Habel et al.; May; Rillig et al.)."
                   "\n\nWorks Cited\n\n" + "\n\n".join(entries) + "\n")
    assert codes(report) == []


def test_a_misspelt_surname_in_capitals_before_a_year_is_a_name_mismatch_where_the_list_prints_capitals() -> None:
    entries = ["COLLECTIF. (2009). L’écriture, un outil de reconnaissance pour les aides-soignants. Paris: Lamarre.",
               "DULONG, R. (1997). La sociologie de l’expertise. Paris: PUF.", WEAVER]
    report = check("A Paper\n\nCOLLECTIF (2009) argued that the intervention is effective. DUOLNG (1997) reported that "
                   "the mechanism is conserved (Weaver & Madden, 1949).\n\nReferences\n\n" + "\n\n".join(entries)
                   + "\n")
    assert codes(report) == ["name-mismatch"]
    assert "DUOLNG" in messages(report, "name-mismatch")[0]


def test_a_note_printing_a_one_word_title_and_its_year_cites_the_entry_that_prints_both() -> None:
    entries = ["LEVINSON, S. C. Pragmática, 2007.", *CHICAGO_BIB[:3]]
    notes = ["Monroe, “Looking for Chinks in the Armor of Bacterial Biofilms.”", "Pragmática, 2007.",
             "E Kim, S Harrison, and B Archibald, “Newly Identified and Diverse Plastid-Bearing Branch on the "
             "Eukaryotic Tree of Life,” 2011.",
             "M Cavrois et al., “Human Immunodeficiency Virus Fusion to Dendritic Cells Declines as Cells Mature,” "
             "J Virol 80 (2006): 1992–99."]
    report = notes_paper(notes, entries)
    assert codes(report) == []


def test_a_copy_printed_as_the_opening_of_its_original_is_a_duplicate_not_a_second_work() -> None:
    entries = ["Schramm WL (1988) The story of human communication: Cave painting to microchip. Harpercollins College "
               "Division",
               "Schramm WL (1988) The story of human communication: Cave painting to microchip",
               "Canning M (2018) Wasps of the world. Academic Press, London"]
    report = check("A Paper\n\nSchramm (1988) reported that the mechanism is conserved (Schramm 1988; Canning 2018)."
                   "\n\nReferences\n\n" + "\n\n".join(entries) + "\n")
    assert codes(report) == ["duplicate-entry"]
