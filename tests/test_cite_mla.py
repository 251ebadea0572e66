"""MLA forms (issue 15): one behaviour per test, on sentences as MLA papers print them."""

from __future__ import annotations

from refcheck.citations.scan import find_spans
from refcheck.model import Fields, Name, Reference
from tests.test_cite_forms import cite, ref

CHAN = ref("r1", [Name("Chen", "Lili"), Name("Wu", "K.")], None, "Human Body Shape")
OCKINGER = ref("r2", [Name("Öckinger", "E."), Name("Smith", "H. G.")], None, "Semi-natural grasslands")
MOGGI = ref("r3", [Name("Moggi", "L.")], None, "Wetlands of the Po Valley")
GRAY = ref("r4", [Name("Gray", "A.")], None, "Field Notes")


def mla_ref(rid: str, raw: str, authors: list[Name], title: str, doi: str | None = None) -> Reference:
    return Reference(id=rid, line=100, column=1, raw=raw, fields=Fields(authors=authors, title=title, doi=doi))


def codes(found: list) -> list[tuple[str, str | None]]:
    return [(f.code, f.reference) for f in found]


def test_mla_running_name_with_et_al_before_a_reporting_verb_is_a_citation() -> None:
    cits, found = cite("Chan et al. argued that the intervention is effective (Gray 4). Brown et al. found "
                       "that costs fall with scale.", "mla", [CHAN, GRAY])
    assert [f.code for f in found] == ["name-mismatch", "no-entry"]
    assert found[0].suggestions == ["r1"]


def test_mla_running_single_name_nearly_an_author_is_a_name_mismatch() -> None:
    _, found = cite("Öckinrer reported that exposure precedes the outcome (Gray 4).", "mla", [OCKINGER, GRAY])
    assert [(f.code, f.suggestions) for f in found] == [("name-mismatch", ["r2"])]


def test_mla_running_single_name_with_no_entry_is_no_finding() -> None:
    _, found = cite("Freud argued that the uncanny returns (Gray 4).", "mla", [GRAY])
    assert found == []


def test_mla_running_name_the_paper_cites_elsewhere_is_a_citation() -> None:
    _, found = cite("Controlled trials agree (Lobingier 12–15). Lobingier found that sampling bias explains part "
                    "of the gap (Gray 4).", "mla", [GRAY])
    assert [f.code for f in found] == ["no-entry", "no-entry"]


def test_mla_running_name_that_fits_two_entries_leaves_both_cited() -> None:
    hotez = ref("r5", [Name("Hotez", "P. J."), Name("Daar", "A. S.")], None, "The CNCDs and the NTDs")
    hotez2 = ref("r6", [Name("Hotez", "P. J."), Name("Lee", "K."), Name("Wu", "M.")], None, "Integrating NTDs")
    _, found = cite("Hotez reported that the intervention is effective (Gray 4). Others agree (Hotez et al. 3).",
                    "mla", [hotez, hotez2, GRAY])
    assert found == []


def test_mla_initials_before_a_running_name_pick_the_entry() -> None:
    theys = ref("r5", [Name("Theys", None)], None, "How to Become More Grateful?")
    farid = ref("r6", [Name("Theys", "Farid")], None, "Regulation of Potassium Transport")
    cits, found = cite("F. Theys found that the measured response is nonlinear (Theys, “How to Become” 4).",
                       "mla", [theys, farid])
    assert [c.references for c in cits] == [["r6"], ["r5"]] and found == []


def test_mla_names_after_the_full_stop_of_an_unclosed_parenthesis_are_running_text() -> None:
    kocyigit = ref("r5", [Name("Koçyiğit", "M."), Name("Karadağ", "E.")], None, "Developing an Ethical Scale")
    kamath = ref("r6", [Name("Kamath", "M."), Name("Ramamritham", "K.")], None, "Failure Handling")
    _, found = cite("Costs fall with scale (cf. Kamath and Ramamritham. Koçyiğit and Karadağ argued that the two "
                    "processes interact.", "mla", [kocyigit, kamath])
    assert [f.code for f in found] == ["malformed-citation"]


def test_mla_whole_title_with_commas_after_the_author_is_a_short_title() -> None:
    chou = ref("r5", [Name("Chou", "E. L.")], None, "Predictors of Treatment Acceptability, Willingness to See a "
               "Counselor, and Counselor Preferences for Asian-Americans and Whites")
    cits, found = cite("The effect depends on context (Chou, Predictors of Treatment Acceptability, Willingness to "
                       "See a Counselor, and Counselor Preferences for Asian-Americans and Whites; Gray).",
                       "mla", [chou, GRAY])
    assert [c.references for c in cits] == [["r5"], ["r4"]] and found == []


def test_mla_quotation_inside_a_title_is_not_the_short_title() -> None:
    pages = [ref("r5", [Name("Pagès", "M."), Name("Lee", "K."), Name("Wu", "M.")], None,
                 "Phenological, Physicochemical, and Productive Characteristics of “Vênus”"),
             ref("r6", [Name("Pagès", "M."), Name("Lee", "K."), Name("Wu", "M.")], None, "L’emprise de l’organisation")]
    cits, found = cite("Costs fall (cf. Pagès et al., Phenological, Physicochemical, and Productive Characteristics of "
                       "“Vênus” Grapevine onto Rootstocks).", "mla", pages)
    assert [c.references for c in cits] == [["r5"]] and codes(found) == [("uncited", "r6")]


def test_mla_semicolons_inside_a_quoted_title_do_not_split_the_group() -> None:
    pessoa = ref("r5", [Name("Pessoa", "E."), Name("Alves", "M.")], None, "Love and Loss; Grief and Growth")
    cits, found = cite("Controlled trials agree (Pessoa and Alves, “Love and Loss; Grief and Growth”; Gray).", "mla",
                       [pessoa, GRAY])
    assert [c.references for c in cits] == [["r5"], ["r4"]] and found == []


def test_mla_name_in_a_group_of_sources_is_a_citation_without_a_page() -> None:
    kristeva = ref("r5", [Name("Kristeva", "Julia")], None, "Powers of Horror")
    _, found = cite("Costs fall with scale (e.g., Defoe; Kristeva; Chan et al.).", "mla", [kristeva, CHAN])
    assert [f.code for f in found] == ["no-entry", "name-mismatch"]


def test_mla_name_with_its_page_in_parentheses_is_a_narrative_citation() -> None:
    jarosz = ref("r5", [Name("Jarosz", "D. F."), Name("Lindquist", "S.")], None, "Hsp90 and Environmental Stress")
    cits, found = cite("Jarsoz and Lindquist (12–15) found that sampling bias explains part of the gap. As "
                       "Equation (4) shows, it holds.", "mla", [jarosz])
    assert [(c.text, c.locator) for c in cits] == [("Jarsoz and Lindquist (12–15)", "12–15")]
    assert [(f.code, f.suggestions) for f in found] == [("name-mismatch", ["r5"])]


def test_a_parenthesis_never_closed_in_a_paragraph_of_many_parentheses_is_unclosed() -> None:
    text = "Studies agree (Wagner. This holds for an earlier wave (2004–2006) as well" + " (n = 4)" * 12 + "."
    spans = find_spans(text, 0, len(text))
    assert (spans[0].start, spans[0].closed, spans[0].content) == (14, False, "Wagner. This holds for an earlier wave ")


def test_mla_unclosed_citation_with_a_surname_in_capitals() -> None:
    faraco = ref("r5", [Name("FARACO", "C. A.")], None, "Mikhail Bakhtin")
    cits, found = cite("Sampling bias explains part of the gap (FARACO. This holds as well.", "mla", [faraco])
    assert [c.references for c in cits] == [["r5"]] and [f.code for f in found] == ["malformed-citation"]


def test_mla_place_after_a_comma_is_not_a_misspelt_author() -> None:
    lung = ref("r5", [Name("Lung", "D."), Name("Lee", "K."), Name("Wu", "M.")], None, "Intrinsic and Extrinsic")
    _, found = cite("This holds for a small district (Lund, Sweden) as well (Lung et al. 4).", "mla", [lung])
    assert found == []


def test_a_copy_that_lost_its_doi_is_one_work_with_its_original() -> None:
    title = "Assessment of Student Nurses in Practice"
    hunt = [mla_ref("r5", f"Hunt, LA, et al. {title}. 2012, https://doi.org/10.1016/j.nedt.2011.05.010.",
                    [Name("Hunt", "LA")], title, doi="10.1016/j.nedt.2011.05.010"),
            mla_ref("r6", f"---, et al. {title}. 2012.", [Name("Hunt", "LA")], title)]
    cits, found = cite("Costs fall with scale (Hunt et al., Assessment of Student Nurses in Practice, sec.3).", "mla",
                       hunt)
    assert [c.references for c in cits] == [["r5"]] and found == []


def test_entries_printed_alike_but_for_a_link_are_one_work() -> None:
    hipp = [mla_ref("r5", "Hipp, DR, et al. SQLite. 2015, https://www.sqlite.org/.", [Name("Hipp", "DRSQLite")], ""),
            mla_ref("r6", "---, et al. SQLite. 2015.", [Name("Hipp", "DRSQLite")], "")]
    cits, found = cite("The effect depends on context (Hipp et al.).", "mla", hipp)
    assert [c.references for c in cits] == [["r5"]] and found == []


def test_an_entry_run_into_the_one_before_it_is_still_found() -> None:
    theys = mla_ref("r5", "Theys. “Selectivity for Shape.” Journal of Neuroscience, vol. 32, 2012, pp. 12038–50. "
                    "van Amerongen. Photosynthetic Excitons. 2000.", [Name("Theys", None)], "Selectivity for Shape")
    cits, found = cite("The signal is weak (Theys 4; van Amerongen 12).", "mla", [theys, CHAN])
    assert [c.references for c in cits] == [["r5"], ["r5"]] and codes(found) == [("uncited", "r1")]


def test_mla_organisation_the_parser_left_unread_is_named_in_running_text() -> None:
    capes = mla_ref("r5", "Coordenação de Aperfeiçoamento de Pessoal de Nível Superior. Relatório de Avaliação. "
                    "2017.", [], "Coordenação de Aperfeiçoamento de Pessoal de Nível Superior.")
    cits, found = cite("Coordenação de Aperfeiçoamento de Pessoal de Nível Superior reported that the intervention is "
                       "effective (Gray 4).", "mla", [capes, GRAY])
    assert cits[0].references == ["r5"] and found == []


def test_mla_name_and_page_range_with_et_al_is_a_citation_with_no_entry() -> None:
    _, found = cite("Orr et al. (101–03) found that the effect depends on context. Dayan (chap.2) argued the same "
                    "(Gray 4).", "mla", [GRAY])
    assert [f.code for f in found] == ["no-entry", "no-entry"]


def test_mla_name_without_page_beside_the_same_name_with_one_is_a_citation() -> None:
    _, found = cite("The response is nonlinear (Racelis). Costs fall with scale (Racelis 12; Gray 4).", "mla", [GRAY])
    assert [f.code for f in found] == ["no-entry", "no-entry"]


def test_an_entry_run_into_the_one_before_it_without_a_space_is_still_found() -> None:
    uyoga = mla_ref("r5", "Uyoga, S., et al. “Glucose-6-Phosphate.” The Lancet Haematology, vol. 2, 2015, p. e437, "
                    "https://doi.org/10.1016/S2352-3026(15)00152-0.van Hoek. “The Effect of Stochasticity.” PLoS "
                    "Comput Biol, vol. 3, 2007.", [Name("Uyoga", "S.")], "Glucose-6-Phosphate")
    cits, found = cite("The effect depends on context (van Hoek 101–03; Uyoga et al. 4).", "mla", [uyoga])
    assert [c.references for c in cits] == [["r5"], ["r5"]] and found == []


def test_an_organisation_printed_as_acronym_dash_name_is_one_author() -> None:
    ibge = mla_ref("r5", "IBGE - Instituto Brasileiro de Geografia e Estatística. Portal de Mapas. 2022.",
                   [Name("de Geografia", "IBGE - Instituto Brasileiro")], "Portal de Mapas")
    cits, found = cite("Earlier studies agree (White et al.; IBGE - Instituto Brasileiro de Geografia e Estatística).",
                       "mla", [ibge, CHAN])
    assert cits[-1].references == ["r5"] and codes(found) == [("no-entry", None), ("uncited", "r1")]


def test_mla_organisation_whose_name_holds_commas_cited_with_a_page() -> None:
    name = ("Department of Health Scottish Office Home and Health Department, Welsh Office, Department of Health "
            "and Social Services, Northern Ireland")
    dh = mla_ref("r5", f"{name}. Dietary Reference Values. HMSO, 1991.", [Name(literal=name)], "Dietary Values")
    cits, found = cite(f"Earlier studies document that the signal is weak ({name} 12–15).", "mla", [dh])
    assert [(c.references, c.locator) for c in cits] == [(["r5"], "12–15")] and found == []


def test_mla_organisation_in_running_text_after_a_heading_and_with_initials() -> None:
    nas = "National Academies of Sciences, Engineering, and Medicine"
    refs = [mla_ref("r5", f"{nas}. Design of Genetic Networks. HMSO, 2011.", [Name(literal=nas)], "Design"),
            mla_ref("r6", "U.S. Department of Health and Human Services. Insect Herbivory. HMSO, 2018.",
                    [Name(literal="U.S. Department of Health and Human Services")], "Insect Herbivory")]
    cits, found = cite(f"Introduction\n\n{nas} argued that exposure precedes the outcome. U.S. Department of Health "
                       "and Human Services found that the mechanism is conserved.", "mla", refs)
    assert [c.references for c in cits] == [["r5"], ["r6"]] and found == []


def test_mla_medline_name_and_spanish_particles_in_a_group() -> None:
    refs = [ref("r5", [Name("Galloway", "GP"), Name("Singleton", "EG")], None, "An Examination of Drug Craving"),
            ref("r6", [Name("Yarza De los Ríos", None)], None, "Corrientes Pedagógicas"),
            ref("r7", [Name("Holm", "S.")], None, "A Simple Sequentially Rejective Test")]
    cits, found = cite("Simulation work agrees (e.g., Galloway GP, Singleton EG, Buscemi R, Methamphetamine Treatment "
                       "Project Corporate Authors; Yarza De los Ríos; Holm).", "mla", refs)
    assert [c.references for c in cits] == [["r5"], ["r6"], ["r7"]] and found == []


def test_mla_unclosed_citation_with_a_double_full_stop_a_particle_or_names_in_capitals() -> None:
    refs = [ref("r5", [Name("Di Veroli", "G.")], None, "Dose Response"),
            ref("r6", [Name("JÄNTTI", "J."), Name("JENKINS", "R.")], None, "Growth"),
            ref("r7", [Name("Qian", "L."), Name("Lee", "K."), Name("Wu", "M.")], None, "Pricing")]
    _, found = cite("It holds (Di Veroli. Earlier studies agree (e.g., JÄNTTI and JENKINS. It is conserved (Qian et "
                    "al.. Bekc et al. argued that the intervention is effective.", "mla", refs)
    assert [f.code for f in found] == ["malformed-citation"] * 3 + ["no-entry"]


def test_mla_surname_in_capitals_misspelt_without_a_page_is_a_name_mismatch() -> None:
    favier = ref("r5", [Name("FAVIER", "J.")], None, "Dynamique de l’eau")
    _, found = cite("The signal is weak in small samples (FAVIEER). It holds (FAVIER 4).", "mla", [favier])
    assert [(f.code, f.suggestions) for f in found] == [("name-mismatch", ["r5"])]


def test_mla_short_title_printed_in_an_entry_whose_title_the_parser_missed() -> None:
    refs = [mla_ref("r5", "LEVINSON, S. C. “Physical Oceanographic Conditions.” Ocean, 2007.",
                    [Name("LEVINSON", "S. C.")], "Physical Oceanographic Conditions"),
            mla_ref("r6", "---. Pragmática. Martins Fontes, 2007.", [Name("LEVINSON", "S. C.")], "")]
    cits, found = cite("It holds (S. C. LEVINSON, Pragmática 101–03).", "mla", refs)
    assert [c.references for c in cits] == [["r6"]] and codes(found) == [("uncited", "r5")]


def test_mla_names_added_until_the_works_differ_pick_the_entry() -> None:
    four = [Name("Falcón-Pérez", "JM"), Name("Nazarian", "R."), Name("Sabatti", "C."), Name("Dell’Angelica", "EC")]
    refs = [ref("r5", four, None, "Distribution and Dynamics"),
            ref("r6", [*four, Name("Winston", "Donny"), Name("Lee", "K.")], None, "Prevalence of Trypanosoma")]
    cits, found = cite("It holds (Falcón-Pérez, Nazarian, Sabatti, Dell’Angelica, Winston, et al.; Falcón-Pérez, "
                       "Nazarian, Sabatti, and Dell’Angelica 4).", "mla", refs)
    assert [c.references for c in cits] == [["r6"], ["r5"]] and found == []


def test_mla_group_keeps_its_sources_beside_a_part_it_cannot_read() -> None:
    refs = [ref("r5", [Name("Zaridze", "D."), Name("Lee", "K."), Name("Wu", "M.")], None, "Molecular Characterization"),
            mla_ref("r6", "US ex rel. Liter v. Pfizer, Inc. Civil Action 1:04-CV-0. 2009.", [], "US ex rel. Liter")]
    cits, found = cite("It holds (May; Zaridze et al.; Rozhdestvensky). It holds (US ex rel. Liter v. Pfizer, Inc; "
                       "Zaridze et al. 4).", "mla", refs)
    assert [c.references for c in cits] == [["r5"], ["r6"], ["r5"]] and found == []


def test_mla_name_printed_letter_for_letter_or_with_its_given_name_picks_the_entry() -> None:
    refs = [ref("r5", [Name("Ahmed", "X."), Name("Lee", "K."), Name("Wu", "M.")], None, "Proposal of Double-Cropping"),
            ref("r6", [Name("AHMED", "Y."), Name("Lee", "K."), Name("Wu", "M.")], None, "An Atlas of Tsetse"),
            ref("r7", [Name("Abbey", "Edward")], None, "The Monkey Wrench Gang"),
            ref("r8", [Name("Abbey", "Elif")], None, "Modeling, Correctness and Systems")]
    cits, found = cite("It holds (AHMED et al.; Ahmed et al. 4; Elif Abbey; Edward Abbey 7).", "mla", refs)
    assert [c.references for c in cits] == [["r6"], ["r5"], ["r8"], ["r7"]] and found == []


def test_a_parenthesis_closed_past_the_longest_citation_is_no_unclosed_citation() -> None:
    names = ", ".join(f"Adams{chr(65 + k % 26)}{k} MD" for k in range(120))
    _, found = cite(f"Baseline levels vary widely ({names}). It holds (Gray 4).", "mla", [GRAY])
    assert "malformed-citation" not in [f.code for f in found]


def test_mla_whole_title_holding_a_name_and_year_or_a_year_in_quotes_is_one_source() -> None:
    refs = [ref("r5", [Name("Woodworth", "G. W.")], None, "Reproductive Movement, Residency and Fisheries"),
            ref("r6", [Name("Sorg", "M."), Name("Lee", "K."), Name("Wu", "M.")], None, "Ermittlung Der Biomassen")]
    cits, found = cite("It holds (G. W. Woodworth, Reproductive Movement, Residency and Fisheries Vulnerability of "
                       "Brown-Marbled Grouper, Epinephelus Fuscoguttatus (Forsskål, 1775)). It holds (see Sorg et "
                       "al., “Ermittlung Der Biomassen in Den Jahren 1989 Und 2013”).", "mla", refs)
    assert [c.references for c in cits] == [["r5"], ["r6"]] and found == []

