"""One behaviour per test: forms the generated corpus (tools/corpus, dev half) prints with real
entries' metadata through the CSL styles, read as the citations they are. Sentences are the corpus's own."""

from __future__ import annotations

from refcheck.citations import check_citations, extract_citations
from refcheck.document import Document
from refcheck.model import Citation, Fields, Finding, Name, Reference


def ref(rid: str, family: str, year: str, title: str = "A title") -> Reference:
    return Reference(id=rid, line=100, column=1, raw=f"{family} A ({year}) {title}.",
                     fields=Fields(authors=[Name(family, "A")], year=year, title=title))


def case(rid: str, name: str, year: str) -> Reference:
    return Reference(id=rid, line=100, column=1, raw=f"{name} ({year}) Civil Action 1:96-CV-11651-PBS",
                     fields=Fields(authors=[Name(literal=name)], year=year))


def cite(text: str, refs: list[Reference], style: str = "apa") -> tuple[list[Citation], list[Finding]]:
    doc = Document(path="p", text=text)
    checked = check_citations(extract_citations(doc, [(0, len(text))], style), refs, True)
    return checked.citations, checked.findings


def problems(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings if f.code != "uncited"]


def test_a_court_case_after_a_signal_in_a_group_is_cited() -> None:
    marchese = case("r1", "US ex rel. Marchese v. Cell Therapeutics, Inc., et al", "2007")
    refs = [ref("r2", "Constas", "1992"), marchese, ref("r3", "Protass", "2016")]
    cits, findings = cite("Prior work shows it (Constas 1992; see US ex rel. Marchese v. Cell Therapeutics, Inc., "
                          "et al 2007; Protass 2016).", refs)
    assert problems(findings) == [] and [f for f in findings if f.code == "uncited"] == []
    assert [c.references for c in cits] == [["r2"], ["r1"], ["r3"]]


def test_a_court_case_with_a_page_after_its_year_is_cited() -> None:
    gallagher = case("r1", "US ex rel. Gallagher v. Intermune, Inc.", "2004")
    cits, findings = cite("Costs fall with scale (US ex rel. Gallagher v. Intermune, Inc 2004:33).", [gallagher], "apa")
    assert findings == []
    assert [(c.references, c.locator) for c in cits] == [(["r1"], "33")]


def test_a_court_case_named_before_its_year_is_cited() -> None:
    gallagher = case("r1", "US ex rel. Gallagher v. Intermune, Inc.", "2004")
    cits, findings = cite("The gap is real.\nUS ex rel. Gallagher v. Intermune, Inc (2004) found that costs fall "
                          "with scale.", [gallagher])
    assert findings == []
    assert [(c.text, c.references) for c in cits] == [("US ex rel. Gallagher v. Intermune, Inc (2004)", ["r1"])]


def test_a_court_case_named_before_its_year_needs_no_entry() -> None:
    _, findings = cite("As in Brown v. Board of Education (1954) we see it.", [ref("r1", "Smith", "2001")])
    assert problems(findings) == []


def test_a_whole_medline_author_list_in_a_group_cites_its_first_authors_work() -> None:
    names = ("Verhaak RG, Hoadley KA, Purdom E, Wang V, Qi Y, Wilkerson MD, Miller CR, Ding L, Golub T, Mesirov JP, "
             "Alexe G, Lawrence M, O’Kelly M, Tamayo P, Weir BA, Gabriel S, Winckler W, Gupta S, Jakkula L, Feiler HS, "
             "Hodgson JG, James CD, Sarkaria JN, Brennan C, Kahn A, Spellman PT, Wilson RK, Speed TP, Gray JW, "
             "Meyerson M, Getz G, Perou CM, Hayes DN, Cancer Genome Atlas Research Network")
    verhaak = Reference(id="r2", line=100, column=1, raw=f"{names} (2010) Integrated genomic analysis.",
                        fields=Fields(authors=[Name("Verhaak", "RG"), Name("Hoadley", "KA")], year="2010",
                                      title="Integrated genomic analysis"))
    cits, findings = cite(f"Exposure precedes the outcome (Cooper 1990; {names} 2010; Padovan-Merhar et al. 2015).",
                          [ref("r1", "Cooper", "1990"), verhaak, ref("r3", "Padovan-Merhar", "2015")])
    assert findings == []
    assert [c.references for c in cits] == [["r1"], ["r2"], ["r3"]]


def test_a_narrative_with_initials_before_the_name_is_surely_a_citation() -> None:
    _, findings = cite("Qualitative interviews indicate it (Camargo 2006). E. Danahy et al. (2014) argued that the "
                       "intervention is effective.", [ref("r1", "Camargo", "2006")], "chicago")
    assert problems(findings) == ["no-entry"]


def test_a_narrative_list_of_surnames_in_capitals_is_surely_a_citation() -> None:
    hirano = Reference(id="r1", line=100, column=1, raw="Hirano, K., G. Imbens, and G. Ridder. 2003. “Efficient.”",
                       fields=Fields(authors=[Name("Hirano", "K."), Name("Imbens", "G."), Name("Ridder", "G.")],
                                     year="2003", title="Efficient"))
    _, findings = cite("Prior models document it (Chan et al. 2008). HIIRANO, IMBENS, and RIDDER (2003) reported that "
                       "the signal is weak in small samples.", [hirano, ref("r2", "Chan", "2008")], "chicago")
    assert problems(findings) == ["name-mismatch"]
    assert [f for f in findings if f.code == "uncited"] == []


def test_family_and_medline_initials_before_a_year_stay_unsure() -> None:
    saarela = ref("r1", "Saarela", "2010", "Inference of phylogenetic relationships")
    _, findings = cite("Citation: Saarela JM (2012) Taxonomic synopsis of invasive and native Spartina.", [saarela])
    assert problems(findings) == []


def test_a_body_named_in_sentence_case_is_cited_when_listed() -> None:
    name = "Agencia Europea para la seguridad y Salud en el Trabajo"
    agency = Reference(id="r1", line=100, column=1, raw=f"{name}. (2002). Informe anual.",
                       fields=Fields(authors=[Name(literal=name)], year="2002", title="Informe anual"))
    cits, findings = cite(f"Costs fall with scale ({name}, 2002; Lavis et al., 2002). Levels vary ({name}, 2002, "
                          "p. 33).", [agency, ref("r2", "Lavis", "2002")])
    assert findings == []
    assert [c.references for c in cits] == [["r1"], ["r2"], ["r1"]]


def test_a_body_named_in_sentence_case_needs_no_entry_when_unlisted() -> None:
    _, findings = cite("Costs fall (Instituto para la vivienda y el suelo urbano, 2002).", [ref("r1", "Lavis", "2002")])
    assert problems(findings) == []


def test_an_mla_body_cited_as_its_entry_prints_it_is_found() -> None:
    brasil = "BRASIL. Agência Nacional de Vigilância Sanitária – ANVISA"
    entries = [Reference(id="r1", line=100, column=1, raw=f"{brasil}. Resolução RDC n^(o) 50. 2002.",
                         fields=Fields(authors=[Name(literal=brasil)], year="2002", title="Resolução RDC")),
               Reference(id="r2", line=102, column=1, raw="Agencia Europea para la seguridad y Salud en el Trabajo. "
                         "Prevencion de Accidentes Laborales, 2002.", fields=Fields(title="Prevencion de Accidentes"))]
    cits, findings = cite(f"Levels vary (cf. {brasil}). Costs fall with scale (Agencia Europea para la seguridad y "
                          "Salud en el Trabajo).", entries, "mla")
    assert findings == []
    assert [c.references for c in cits] == [["r1"], ["r2"]]


def test_an_mla_body_no_entry_prints_needs_no_entry() -> None:
    _, findings = cite("Levels vary (National Office of the Sort Nobody Lists).", [ref("r1", "Lavis", "2002")], "mla")
    assert problems(findings) == []


def test_an_mla_body_named_with_a_dash_in_running_text_is_found() -> None:
    bahia = Reference(id="r1", line=100, column=1, raw="Brasil - Estado da Bahia. Decreto N^(o) 8.702. 2003.",
                      fields=Fields(authors=[Name(literal="Brasil - Estado da Bahia")], title="Decreto N^(o) 8.702"))
    cits, findings = cite("The gap is real.\nBrasil - Estado da Bahia argued that the two processes interact.",
                          [bahia], "mla")
    assert findings == []
    assert [(c.text, c.references) for c in cits] == [("Brasil - Estado da Bahia", ["r1"])]


def test_a_name_in_cyrillic_finds_its_entry() -> None:
    marinov = Reference(id="r1", line=100, column=1, raw="Маринов, Димитър. История На Българската Литература. 1887.",
                        fields=Fields(authors=[Name("Маринов", "Димитър")], year="1887",
                                      title="История На Българската Литература"))
    cits, findings = cite("The mechanism is conserved (Маринов 33). Costs fall (Lavis 12).",
                          [marinov, ref("r2", "Lavis", "2002")], "mla")
    assert findings == []
    assert [c.references for c in cits] == [["r1"], ["r2"]]


def test_a_medline_author_list_longer_than_any_citation_still_cites_its_work() -> None:
    names = ", ".join(f"{w.title()} {w[:2].upper()}" for w in ("adams celniker holt evans gocayne amanatides scherer "
                                                                "hoskins galle george lewis richards " * 12).split())
    adams = Reference(id="r1", line=100, column=1, raw=f"{names} (2000) The genome sequence of Drosophila.",
                      fields=Fields(authors=[Name("Adams", "AD")], year="2000", title="The genome sequence"))
    assert len(names) > 900
    cits, findings = cite(f"The mechanism is conserved ({names} 2000).", [adams])
    assert findings == []
    assert [c.references for c in cits] == [["r1"]]


def test_a_name_with_a_combining_accent_is_read() -> None:
    name = "Stru\u0308mpfer"  # "ü" as u and a combining diaeresis (NFD), as the corpus text prints it
    cits, findings = cite(f"The intervention is effective (Connolly 1979; Taylor 2008; {name} 2012).",
                          [ref("r1", "Connolly", "1979"), ref("r2", "Taylor", "2008"), ref("r3", name, "2012")])
    assert findings == []
    assert [c.references for c in cits] == [["r1"], ["r2"], ["r3"]]


def test_a_body_named_with_its_parent_and_another_year_is_a_year_mismatch() -> None:
    name = "European Commission, Joint Research Centre"
    jrc = Reference(id="r1", line=100, column=1, raw=f"{name} (2005) Soil atlas of Europe.",
                    fields=Fields(authors=[Name(literal=name)], year="2005", title="Soil atlas of Europe"))
    _, findings = cite(f"The gap is real.\n{name} (2004) argued that the measured response is nonlinear.", [jrc])
    assert [f.code for f in findings] == ["year-mismatch"]


def test_a_sentence_opening_with_a_medline_author_list_cites_its_first_authors_work() -> None:
    blum = Reference(id="r1", line=100, column=1, raw="Blum D, Hao H, McCarthy M, Reproducibility Project: Cancer "
                     "Biology. 2015. “Registered Report.” eLife 4:e04024.",
                     fields=Fields(authors=[Name("Blum", "D"), Name("Hao", "H"), Name("McCarthy", "M")], year="2015",
                                   title="Registered Report"))
    cits, findings = cite("The gap is real.\nBlum D, Hao H, McCarthy M, Reproducibility Project: Cancer Biology (2015) "
                          "reported that costs fall with scale.", [blum])
    assert findings == []
    assert [(c.authors, c.references) for c in cits] == [(["Blum"], ["r1"])]


def test_an_unclosed_citation_with_initials_is_malformed() -> None:
    for text, refs in (("It depends on context (Huang X and Partridge 2013. A recent review agrees.",
                        [ref("r1", "Huang", "2013")]),
                       ("It explains the gap (E. Wierzbicki, 2013, pp. 101–103. Qualitative interviews agree.",
                        [ref("r1", "Wierzbicki", "2013")])):
        _, findings = cite(text, refs)
        assert [f.code for f in findings] == ["malformed-citation"], text


def test_a_surname_in_capitals_that_an_entry_has_is_a_sure_narrative() -> None:
    hox = Reference(id="r1", line=100, column=1, raw="HOX, J. (2002). Multilevel analysis: Techniques and "
                    "applications.", fields=Fields(authors=[Name("HOX", "J.")], year="2002", title="Multilevel"))
    _, findings = cite("The gap is real.\nHOX (2001) found that sampling bias explains part of the gap.", [hox])
    assert [f.code for f in findings] == ["year-mismatch"]


def test_an_acronym_no_entry_has_stays_unsure() -> None:
    _, findings = cite("The gap is real.\nCEM (2009) found that sampling bias explains part of the gap.",
                       [ref("r1", "Smith", "2009")])
    assert problems(findings) == []


def test_a_narrative_name_ending_in_jr_is_read() -> None:
    koshland = ref("r1", "Koshland Jr.", "1962", "Role of flexibility in enzyme action")
    cits, findings = cite("The measured response is nonlinear.\n\nKoshland Jr. (1962) found that the two processes "
                          "interact.", [koshland], "chicago")
    assert findings == []
    assert [(c.text, c.references) for c in cits] == [("Koshland Jr. (1962)", ["r1"])]


def test_an_mla_name_in_running_text_with_a_particle_or_medline_initials_links_its_entry() -> None:
    sighem = ref("r1", "van Sighem", "2010", "Life Expectancy of Recently Diagnosed Asymptomatic HIV")
    wang = Reference(id="r2", line=102, column=1, raw="Wang HY, Li CM, et al. “Relationships Between Polymorphisms.”",
                     fields=Fields(authors=[Name("Wang", "HY"), Name("Li", "CM")], title="Relationships Between"))
    refs = [sighem, wang, ref("r3", "Lavis", "")]
    cits, findings = cite("It precedes the outcome (Lavis 12). van Sighem reported that the two processes interact. "
                          "Wang HY  reported that the intervention is effective.", refs, "mla")
    assert problems(findings) == []
    named = [(c.text, c.references) for c in cits if c.text != "Lavis 12"]
    assert named == [("van Sighem", ["r1"]), ("Wang HY", ["r2"])]


def test_an_mla_name_in_running_text_opening_with_a_latin_extended_capital_links_its_entry() -> None:
    # fresh corpus, seed 31 (MLA 8): "Şener MK et al. found that ..." for "Şener MK, Lu D., et al."
    sener = Reference(id="r1", line=100, column=1, raw="Şener MK, Lu D., et al. “Design of a Biological Half Adder.”",
                      fields=Fields(authors=[Name("Şener", "MK"), Name("Lu", "D.")], title="Design of a Biological"))
    cits, findings = cite("It precedes the outcome (Lavis 12). Şener MK et al. found that the response is nonlinear.",
                          [sener, ref("r2", "Lavis", "")], "mla")
    assert problems(findings) == []
    assert [(c.text, c.references) for c in cits if c.text != "Lavis 12"] == [("Şener MK et al.", ["r1"])]


def test_an_mla_short_title_with_a_comma_or_a_year_inside_is_read_as_a_title() -> None:
    morgan = Reference(id="r1", line=100, column=1, raw="Morgan, DO. The Cell Cycle, Principles of Control. 2007.",
                       fields=Fields(authors=[Name("Morgan", "DO")], year="2007",
                                     title="The Cell Cycle, Principles of Control"))
    other = Reference(id="r2", line=102, column=1, raw="Morgan, DO. A Model of Human Cooperation. 2007.",
                      fields=Fields(authors=[Name("Morgan", "DO")], year="2007", title="A Model of Human Cooperation"))
    cits, findings = cite("It varies (cf. Hoehne 4; D. Morgan, The Cell Cycle, Principles of Control; Yang et al.).",
                          [morgan, other, ref("r3", "Hoehne", "2001"), ref("r4", "Yang", "2001")], "mla")
    assert problems(findings) == []
    assert [(c.authors, c.references) for c in cits][1] == (["D. Morgan"], ["r1"])
    cits, _ = cite("Also (Walker et al.; Mathers et al., The Global Burden of Disease: 2004 Update).", [], "mla")
    assert [(c.authors, c.title) for c in cits][1] == (["Mathers"], "The Global Burden of Disease: 2004 Update")


def test_a_body_named_by_its_acronym_a_dash_and_its_name_finds_its_entry() -> None:
    bfg = Reference(id="r1", line=100, column=1, raw="BFG - The Brazil Flora Group. 2021. “Leveraging the Power.”",
                    fields=Fields(authors=[Name(literal="BFG - The Brazil Flora Group")], year="2021",
                                  title="Leveraging the Power"))
    cits, findings = cite("It depends on context (Yagdjian 2012). BFG - The Brazil Flora Group (2021) argued that the "
                          "two processes interact.", [bfg, ref("r2", "Yagdjian", "2012")], "chicago")
    assert findings == []
    assert [c.references for c in cits] == [["r2"], ["r1"]]


def test_a_family_name_joined_by_an_en_dash_is_a_name() -> None:
    cits, findings = cite("Cells yield it (Español–Suñer 2012).", [ref("r1", "Español–Suñer", "2012")])
    assert findings == []
    assert [c.references for c in cits] == [["r1"]]


def test_two_months_joined_by_an_en_dash_and_a_year_are_a_period() -> None:
    _, findings = cite("During the two months of the project (July–August 2011), 48 users took part.",
                       [ref("r1", "Smith", "2011")])
    assert problems(findings) == []


def test_a_body_acronym_that_is_also_a_common_word_opens_a_narrative() -> None:
    who = Reference(id="r1", line=100, column=1, raw="WHO. 2017. WHO Publishes List of Bacteria.",
                    fields=Fields(authors=[Name(literal="WHO")], year="2017", title="WHO Publishes List of Bacteria"))
    cits, findings = cite("Costs fall with scale.\nWHO (2017) found that the signal is weak.", [who], "chicago")
    assert findings == []
    assert [c.references for c in cits] == [["r1"]]


def test_a_narrative_body_after_its_country_and_a_full_stop_finds_its_entry() -> None:
    name = "Brasil. Ministério Público do Estado da Bahia"
    mp = Reference(id="r1", line=100, column=1, raw=f"{name} (2015) Relatório anual.",
                   fields=Fields(authors=[Name(literal=name)], year="2015", title="Relatório anual"))
    cits, findings = cite(f"Costs fall with scale.\n{name} (2015, pp. 101–103) argued that the two processes "
                          "interact.", [mp])
    assert findings == []
    assert [c.references for c in cits] == [["r1"]]


def test_an_unclosed_citation_of_a_name_opening_with_an_accented_capital_is_malformed() -> None:
    ozuak = ref("r1", "Özüak", "2014", "Dorsoventral Polarity of the Nasonia Embryo")
    _, findings = cite("The two processes interact (Özüak et al., sec.3. Then it falls (Lee 4).",
                       [ozuak, ref("r2", "Lee", "2001")], "mla")
    assert [f.code for f in findings] == ["malformed-citation"]
