"""One behaviour per test: forms that fresh seeds of the generated corpus (tools/corpus, seeds 41, 43, 47)
print and the dev half did not show enough of. Sentences and entries are the generated papers' own, cut short."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.model import FileReport
from refcheck.pipeline import check_document


def check(body: str, entries: list[str], heading: str = "Works Cited") -> FileReport:
    text = "A Paper\n\n" + body + f"\n\n{heading}\n\n" + "\n\n".join(entries) + "\n"
    return check_document(Document(path="paper.txt", text=text))


def linked(report: FileReport, printed: str) -> list[str]:
    """The entries (their raw text's opening) the citation printed so is tied to."""
    raw = {r.id: r.raw for r in report.references}
    return [raw[i][:20] for c in report.citations if c.text == printed for i in c.references]


def codes(report: FileReport) -> list[str]:
    return [f.code for f in report.findings]


MLA_OTHERS = [
    "Coussens, L. M., et al. “Inflammation and Cancer.” Nature, vol. 420, 2002, pp. 860–67.",
    "Grine, F. E., et al. “Dental Microwear.” Journal of Human Evolution, vol. 51, 2006, pp. 297–319.",
]
MLA_BODY_OTHERS = ("Longitudinal data show that the intervention is effective (Coussens et al. 101–03). "
                   "The review shows that the two processes interact (cf. Grine et al.). ")


def test_a_two_word_family_name_before_a_reporting_verb_cites_its_entry() -> None:
    entries = ["McDavid Harrison, K., et al. “Life Expectancy After HIV Diagnosis Based on National HIV "
               "Surveillance Data from 25 States, United States.” J Acquir Immun Defic Syndr, vol. 53, 2010, "
               "pp. 124–30.", *MLA_OTHERS]
    report = check(MLA_BODY_OTHERS + "McDavid Harrison  found that exposure precedes the outcome.", entries)
    assert codes(report) == []
    assert linked(report, "McDavid Harrison") == ["McDavid Harrison, K."]


def test_a_team_named_before_a_reporting_verb_cites_its_entry() -> None:
    entries = ["R Core Team. R: A Language and Environment for Statistical Computing. 2017.", *MLA_OTHERS]
    report = check(MLA_BODY_OTHERS + "R Core Team argued that costs fall with scale.", entries)
    assert codes(report) == []
    assert linked(report, "R Core Team") == ["R Core Team. R: A La"]


def test_a_body_whose_entry_name_holds_a_comma_cites_it_before_a_reporting_verb() -> None:
    entries = ["Public Health Service, Centers for Disease Control and Prevention. Recommendations for the Use of "
               "Folic Acid to Reduce the Number of Cases of Spina Bifida. 1992.", *MLA_OTHERS]
    report = check(MLA_BODY_OTHERS + "Public Health Service, Centers for Disease Control and Prevention  found that "
                   "exposure precedes the outcome.", entries)
    assert codes(report) == []
    assert linked(report, "Public Health Service, Centers for Disease Control and Prevention") == \
        ["Public Health Servic"]


def test_an_acronym_that_opens_its_entry_cites_it_before_a_reporting_verb() -> None:
    entries = ["WHO. World Health Organization. 2015.", *MLA_OTHERS]
    report = check(MLA_BODY_OTHERS + "WHO  argued that the two processes interact.", entries)
    assert codes(report) == []
    assert linked(report, "WHO") == ["WHO. World Health Or"]


def test_et_al_after_a_two_word_family_name_is_not_a_missing_source() -> None:
    entries = ["McDermott Long, K., et al. “Patterns of Care.” Health Affairs, vol. 12, 2015, pp. 33–41.",
               *MLA_OTHERS]
    report = check(MLA_BODY_OTHERS + "McDermott Long et al. reported that sampling bias explains part of the gap.",
                   entries)
    assert codes(report) == []
    assert linked(report, "McDermott Long et al.") == ["McDermott Long, K., "]


def test_a_name_opening_a_sentence_before_a_reporting_verb_that_no_entry_prints_is_a_missing_source() -> None:
    report = check(MLA_BODY_OTHERS + "This holds for an earlier wave (2004–2006) as well. Lobingier  found that "
                   "sampling bias explains part of the gap.", MLA_OTHERS)
    assert [(f.code, f.message.split('"')[1]) for f in report.findings] == [("no-entry", "Lobingier")]


def test_a_name_opening_a_sentence_before_a_reporting_verb_that_a_listed_title_prints_is_no_source() -> None:
    entries = ["Stevenson, Robert Louis. Strange Case of Dr. Jekyll and Mr. Hyde. 1886. Broadview Press, 2015.",
               *MLA_OTHERS]
    report = check(MLA_BODY_OTHERS + "Stevenson's novella withholds its secret (Stevenson 60). Jekyll describes the "
                   "discovery that he can change.", entries)
    assert codes(report) == []


def test_a_whole_quoted_title_past_two_hundred_characters_picks_the_authors_work() -> None:
    entries = [
        "Heride. “Distance Between Homologous Chromosomes Results from Chromosome Positioning Constraints.” "
        "Journal of Cell Science, vol. 123, 2010, pp. 4063–75.",
        "---. “Seasonal Intermittent Preventive Treatment with Artesunate and Sulfadoxine-Pyrimethamine for "
        "Prevention of Malaria in Senegalese Children: A Randomized, Placebocontrolled,double-Blind Trial.” "
        "Journal of Cell Science, vol. 367, 2010, pp. 659–67.", *MLA_OTHERS]
    cited = ("Heride, “Seasonal Intermittent Preventive Treatment with Artesunate and Sulfadoxine-Pyrimethamine for "
             "Prevention of Malaria in Senegalese Children: A Randomized, Placebocontrolled,double-Blind Trial”")
    report = check(MLA_BODY_OTHERS + "Prior models suggest that the two processes interact (see also " + cited
                   + "). Trials show it (Heride, “Distance Between Homologous Chromosomes Results from Chromosome "
                   "Positioning Constraints”).", entries)
    assert codes(report) == []
    assert linked(report, cited) == ["---. “Seasonal Inter"]


def test_a_surname_in_capitals_with_initials_and_a_title_with_commas_is_one_source_in_a_group() -> None:
    entries = ["MACHADO, I. Chlorination, Chlorination By-Products, and Cancer: A Meta-Analysis. 2021, p. 955.",
               "---. Corpo Grotesco Bem Temperado: Ressonâncias Em Ritmo de Bach. 2021.",
               "MACHADO, Farid. High-Throughput SNP Genotyping on Universal Bead Arrays. 2019, pp. 70–82.",
               "Nathanson, K., et al. “Breast Cancer Genetics.” Nature Medicine, vol. 7, 2001, pp. 552–56.",
               *MLA_OTHERS]
    cited = "I. MACHADO, Chlorination, Chlorination By-Products, and Cancer: A Meta-Analysis"
    report = check(MLA_BODY_OTHERS + f"Field observations confirm that the signal is weak ({cited}; Nathanson et "
                   "al.). Simulation work confirm it (F. MACHADO 101–03).", entries)
    assert codes(report) == ["uncited"]  # "Corpo Grotesco", which the text does not cite
    assert linked(report, cited) == ["MACHADO, I. Chlorina"]


def test_a_title_that_ends_in_editors_initials_is_no_source_of_its_own_in_a_group() -> None:
    entries = ["MACHADO, I. Corpo Grotesco Bem Temperado: Ressonâncias Em Ritmo de Bach, In: BRAIT, B.; GONÇALVES, J. "
               "(Org.). 2021.", *MLA_OTHERS]
    report = check(MLA_BODY_OTHERS + "Simulation work confirm that the signal is weak (see I. MACHADO, Corpo Grotesco "
                   "Bem Temperado: Ressonâncias Em Ritmo de Bach, In: BRAIT, B.; GONÇALVES, J. (Org.)).", entries)
    assert "no-entry" not in codes(report)


def test_a_whole_medline_author_list_without_a_year_is_one_source_in_an_mla_group() -> None:
    names = ("Sanchez-Vega F, Mina M, Armenia J, Chatila WK, Luna A, La KC, Dimitriadoy S, Liu DL, Kantheti HS, "
             "Saghafinia S, Van Allen EM, Cherniack AD, Ciriello G, Sander C, Schultz N, Cancer Genome Atlas "
             "Research Network")
    entries = [f"{names}. “Oncogenic Signaling Pathways in The Cancer Genome Atlas.” Cell, vol. 173, 2018, "
               "pp. 321–37.", "Yagdjian, K. “The Semilinear Klein-Gordon Equation.” Journal of Differential "
               "Equations, vol. 252, 2012, pp. 43–58.", *MLA_OTHERS]
    report = check(MLA_BODY_OTHERS + f"Data agree (see also Yagdjian; {names}).", entries)
    assert codes(report) == []
    assert linked(report, names) == ["Sanchez-Vega F, Mina"]


def test_hyphenated_initials_before_a_name_and_a_long_title_are_one_source_in_a_group() -> None:
    entries = ["Narboux, Jean-Philippe. L’illusion. Éditions Flammarion, 2000.",
               "---. Mapping of Class I and Class II Odorant Receptors to Glomerular Domains by Two Distinct Types of "
               "Olfactory Sensory Neurons in the Mouse. no. 2, Éditions Flammarion, 2000, pp. 220–33.",
               "Hebb, D. O. The Organization of Behavior. Wiley, 1949.", *MLA_OTHERS]
    cited = ("J.-P. Narboux, Mapping of Class I and Class II Odorant Receptors to Glomerular Domains by Two Distinct "
             "Types of Olfactory Sensory Neurons in the Mouse")
    report = check(MLA_BODY_OTHERS + f"Field observations document that the mechanism is conserved ({cited}; "
                   "Hebb). Qualitative interviews indicate it (J.-P. Narboux, L’illusion 12–15).", entries)
    assert codes(report) == []
    assert linked(report, cited) == ["---. Mapping of Clas"]


def test_a_short_title_with_an_asterisk_matches_the_title_the_entry_prints() -> None:
    entries = ["Faul, F., et al. “A Genetically Encoded Fluorescent Sensor for Rapid and Specific in Vivo Detection "
               "of Norepinephrine.” Behavior Research Methods, vol. 12, 2007, pp. 175–91.",
               "---, et al. “G*Power 3: A Flexible Statistical Power Analysis Program for the Social, Behavioral, and "
               "Biomedical Sciences.” Behavior Research Methods, vol. 39, 2007, pp. 175–91.", *MLA_OTHERS]
    cited = "Faul et al. (“G*Power 3: A Flexible Statistical Power Analysis Program for the Social, Behavioral, and " \
            "Biomedical Sciences”)"
    report = check(MLA_BODY_OTHERS + f"{cited} argued that costs fall with scale. Work shows it (Faul et al., “A "
                   "Genetically Encoded Fluorescent Sensor for Rapid and Specific in Vivo Detection of "
                   "Norepinephrine”).", entries)
    assert codes(report) == []
    assert linked(report, cited) == ["---, et al. “G*Power"]


def test_a_short_title_that_runs_past_the_entrys_read_title_picks_the_entry_printing_it() -> None:
    entries = ["Wang, J. DNA Topoisomerases. Annu Rev Biochem 65: 635–692. 1996.",
               "---. Perceptual Decision Making in Less Than 30 Milliseconds. 1996, pp. 379–85.", *MLA_OTHERS]
    report = check(MLA_BODY_OTHERS + "Prior models indicate it (cf. Coussens et al.; J. Wang, DNA Topoisomerases. "
                   "Annu Rev Biochem 65: 635–692). Field work agrees (J. Wang, Perceptual Decision Making in Less Than "
                   "30 Milliseconds).", entries)
    assert codes(report) == []
    assert linked(report, "J. Wang, DNA Topoisomerases. Annu Rev Biochem 65: 635–692") == ["Wang, J. DNA Topoiso"]


def test_a_capitalised_particle_before_a_lower_case_one_stays_in_a_narrative_name() -> None:
    entries = ["Van der Werf YD. (1999). Neuropsychological correlates of a right unilateral lacunar thalamic "
               "infarction. Journal of Neurology, Neurosurgery & Psychiatry, 66(1), 36–42.",
               "Coussens, L. M. (2002). Inflammation and cancer. Nature, 420, 860–867."]
    report = check("This holds for the second survey (March 2019) as well. Van der Werf YD (1999) reported that "
                   "costs fall with scale. Longitudinal data agree (Coussens, 2002).", entries, "References")
    assert codes(report) == []
    assert linked(report, "Van der Werf YD (1999)") == ["Van der Werf YD. (19"]


def test_a_one_letter_family_name_in_a_vancouver_author_list_is_the_family_name() -> None:
    entries = ["W Y, Harvey C, Harvey C (2003) Arsenic in groundwater in Bangladesh: A geostatistical and "
               "epidemiological framework for evaluating health effects. Environ Sci Technol 37:4583–4590",
               "Coussens LM, Werb Z (2002) Inflammation and cancer. Nature 420:860–867"]
    report = check("Prior models agree (Coussens and Werb 2002). W et al. (2003) argued that costs fall with scale.",
                   entries, "References")
    assert codes(report) == []
    assert linked(report, "W et al. (2003)") == ["W Y, Harvey C, Harve"]


def check_notes(notes: list[str], bibliography: list[str]) -> FileReport:
    body = " ".join(f"Sentence {k} holds.{k}" for k in range(1, len(notes) + 1))
    text = ("A Paper\n\n" + body + "\n\nNotes\n\n" + "\n\n".join(f"[{k}] {n}" for k, n in enumerate(notes, 1))
            + "\n\nBibliography\n\n" + "\n\n".join(bibliography) + "\n")
    return check_document(Document(path="paper.txt", text=text))


BRASIL = ["BRASIL. Número de Trabalhadores Em Home Office Diminui Em Novembro de 2020, 2021. https://bit.ly/3CejM3Z.",
          "———. Serum Retinol-Binding Protein: A Link Between Obesity, Insulin Resistance, and Type 2 Diabetes, 2021.",
          "BRASIL, David. “Embryos of an Early Jurassic Prosauropod Dinosaur and Their Evolutionary Significance.” "
          "Marine and Freshwater Research 309 (2026): 761–64."]
BRASIL_NOTES = ["BRASIL, Número de Trabalhadores Em Home Office Diminui Em Novembro de 2020, 2021.",
                "BRASIL, Serum Retinol-Binding Protein: A Link Between Obesity, Insulin Resistance, and Type 2 "
                "Diabetes, 2021, sec. 3.",
                "BRASIL, 4.",
                "David BRASIL, “Embryos of an Early Jurassic Prosauropod Dinosaur and Their Evolutionary "
                "Significance,” Marine and Freshwater Research 309 (2026): 761–64."]


def test_a_note_title_with_commas_and_an_and_is_a_title_not_more_names() -> None:
    report = check_notes(BRASIL_NOTES, BRASIL)
    assert codes(report) == []
    assert linked(report, BRASIL_NOTES[1]) == ["———. Serum Retinol-B"]


def test_a_short_note_naming_an_author_of_several_works_cites_the_one_cited_last() -> None:
    report = check_notes(BRASIL_NOTES, BRASIL)
    assert linked(report, "BRASIL, 4.") == ["———. Serum Retinol-B"]


def test_a_note_naming_a_cyrillic_author_cites_the_entry() -> None:
    entries = ["Маринов, Димитър. История На Българската Литература. Пловдив: Христо Г. Данов, 1887.", *BRASIL]
    notes = ["Димитър Маринов, История На Българската Литература (Пловдив: Христо Г. Данов, 1887).",
             *BRASIL_NOTES, "See Маринов, История На Българската Литература."]
    report = check_notes(notes, entries)
    assert codes(report) == []
    assert linked(report, "Маринов, История На Българската Литература.") == ["Маринов, Димитър. Ис"]


ASA_OTHER = "Coussens, Lisa M. and Zena Werb. 2002. “Inflammation and Cancer.” Nature 420:860–67."


def test_a_body_whose_name_holds_commas_and_its_year_without_a_comma_is_cited() -> None:
    name = ("Department of Health Scottish Office Home and Health Department, Welsh Office, Department of Health and "
            "Social Services, Northern Ireland")
    entries = [f"{name}. 1992. “Report from an Expert Advisory Group on Folic Acid and the Prevention of Neural Tube "
               "Defects.” London: HMSO.", ASA_OTHER]
    report = check(f"Prior models agree (Coussens and Werb 2002). Exposure precedes the outcome ({name} 1992).",
                   entries, "References")
    assert codes(report) == []
    assert linked(report, f"{name} 1992") == ["Department of Health"]


def test_a_body_named_in_sentence_case_and_its_year_without_a_comma_is_cited() -> None:
    entries = ["Agencia Europea para la seguridad y Salud en el Trabajo. 2002. “Prevencion de Accidentes Laborales, "
               "2002.” Retrieved (https://osha.europa.eu/es/publications/magazine/4).", ASA_OTHER]
    report = check("Prior models agree (Coussens and Werb 2002). The effect depends on context (e.g., Agencia Europea "
                   "para la seguridad y Salud en el Trabajo 2002).", entries, "References")
    assert codes(report) == []
    assert linked(report, "Agencia Europea para la seguridad y Salud en el Trabajo 2002") == ["Agencia Europea para"]


def test_a_copy_that_lost_its_journal_and_kept_its_link_is_a_duplicate_not_a_second_work() -> None:
    feng = ("FENG, & X. (2018). The impacts of asset specificity on specialized farmers’ adaptation to climate change: "
            "Evidence from apple farmers in Shaanxi Province. China Rural Survey, n, 4")
    link = "Retrieved from https://kns.cnki.net/kcms/detail/detail.aspx?FileName=ZNCG201804006&DbName=CJFQ2018"
    entries = [f"{feng}, 74–85. {link}", f"{feng}. {link}", "Coussens, L. M. (2002). Inflammation and cancer. "
               "Nature, 420, 860–867."]
    report = check("FENG (2018) argued that baseline levels vary widely. Prior models agree (Coussens, 2002).",
                   entries, "References")
    assert codes(report) == ["duplicate-entry"]
    assert linked(report, "FENG (2018)") == ["FENG, & X. (2018). T"]


def test_an_unclosed_parenthesis_naming_a_body_and_its_page_is_malformed() -> None:
    entries = ["World Health Organization. First Evidence of Dinosaurian Secondary Cartilage. 2014.", *MLA_OTHERS]
    report = check(MLA_BODY_OTHERS + "Simulation work confirm that costs fall with scale (World Health Organization "
                   "12–15. Earlier studies show that the effect depends on context (cf. Grine et al.).", entries)
    assert codes(report) == ["malformed-citation"]
    assert linked(report, "World Health Organization 12–15") == ["World Health Organiz"]


def test_a_name_with_medline_initials_before_a_reporting_verb_is_read_once() -> None:
    entries = ["Wang HY, Li CM, et al. “Relationships Between Polymorphisms.” Gene, vol. 12, 2010, pp. 3–9.",
               *MLA_OTHERS]
    report = check(MLA_BODY_OTHERS + "Wang HY  reported that the intervention is effective.", entries)
    assert codes(report) == []
    assert linked(report, "Wang HY") == ["Wang HY, Li CM, et a"]


INSEE = ["INSEE. Amino Acid Substitutions That Increase the Thermal Stability of the λ Cro Protein. INSEE, 2009.",
         "---. Le Commerce En France. INSEE, 2009.",
         "INSEE, Anna. International Conference on Evaluation and Assessment in Software Engineering. Farrar, "
         "Straus & Giroux, 2007."]


def test_a_bodys_name_alone_is_the_bodys_not_the_person_who_shares_it() -> None:
    report = check(MLA_BODY_OTHERS + "Field observations argue that costs fall with scale (A. INSEE 7). INSEE  "
                   "argued that the signal is weak in small samples.", [*INSEE, *MLA_OTHERS])
    assert codes(report) == []  # the body's two works are both what "INSEE" may mean: neither is uncited
    assert linked(report, "A. INSEE 7") == ["INSEE, Anna. Interna"]


def test_an_unclosed_parenthesis_naming_an_initial_and_a_surname_in_capitals_is_malformed() -> None:
    entries = ["CLSI, Farid. “Chylomicron Remnant Uptake Is Regulated by Heparan Sulfate.” Hepatology, vol. 7, 2002, "
               "pp. 3–9.", *MLA_OTHERS]
    report = check(MLA_BODY_OTHERS + "Earlier studies confirm that baseline levels vary widely (F. CLSI 4. "
                   "Longitudinal data document that the intervention is effective.", entries)
    assert codes(report) == ["malformed-citation"]
    assert linked(report, "F. CLSI 4") == ["CLSI, Farid. “Chylom"]
