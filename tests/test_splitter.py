"""Splitting a list into entries: every layout, broken lines re-joined, furniture dropped."""

from __future__ import annotations

from pathlib import Path

from refcheck.document import Document
from refcheck.section.find import find_reference_section
from refcheck.section.split import join_wrapped, split_entries


def _entries(text: str) -> list[str]:
    doc = Document(path="p.txt", text=text)
    section = find_reference_section(doc)
    assert section is not None
    return [e.text for e in split_entries(doc, section)]


def test_one_entry_per_paragraph():
    text = ("Works Cited\n\nDean, Laura. “A Stage for Human Trafficking.” Wilson Center, 19 June 2018.\n\n"
            "Lee, Ying Chieh. “Human Trafficking across Borders.” CUNY Academic Works, 2014.\n")
    assert _entries(text) == [
        "Dean, Laura. “A Stage for Human Trafficking.” Wilson Center, 19 June 2018.",
        "Lee, Ying Chieh. “Human Trafficking across Borders.” CUNY Academic Works, 2014.",
    ]


def test_bullets_are_stripped_and_an_unbulleted_last_entry_still_counts():
    text = ("REFERENCES\n\n- Bales, K. (2004). *Disposable people*. Berkeley: University of California Press.\n"
            "- Bhaba, J. (2005). Trafficking, smuggling, and human rights. *Migration Information Source*.\n\n"
            "United States Department of State (2009). *Trafficking in persons report*.")
    entries = _entries(text)
    assert len(entries) == 3
    assert entries[0].startswith("Bales, K. (2004).")
    assert entries[2] == "United States Department of State (2009). *Trafficking in persons report*."


def test_numbered_entries_keep_their_label():
    text = ("References\n[1] A. Smith, “Title one,” J. Things, vol. 1, pp. 1–2, 2001.\n"
            "[2] B. Jones, “Title two,” J. Things, vol. 2, pp. 3–4, 2002.\n")
    doc = Document(path="p.txt", text=text)
    entries = split_entries(doc, find_reference_section(doc))
    assert [e.label for e in entries] == ["1", "2"]
    assert entries[1].text.startswith("B. Jones")


def test_hanging_indent_continues_an_entry():
    text = ("References\n"
            "Ackerberg, D. A., and M. Rysman (2005): “Unobserved Product Differentia-\n"
            "   tion in Discrete-Choice Models,” RAND Journal of Economics, 36(4), 771–788.\n"
            "Bales, K. (2004). Disposable people: New slavery in the global economy.\n"
            "   Berkeley: University of California Press.\n")
    assert _entries(text) == [
        "Ackerberg, D. A., and M. Rysman (2005): “Unobserved Product Differentiation in Discrete-Choice "
        "Models,” RAND Journal of Economics, 36(4), 771–788.",
        "Bales, K. (2004). Disposable people: New slavery in the global economy. Berkeley: University of "
        "California Press.",
    ]


def test_pdf_wrapped_lines_are_rejoined_and_running_heads_dropped():
    text = ("Kannan 4\nReferences\n"
            "Laczko, F. (2005). Data and research on human trafficking. International\n"
            "Migration, 43(1-2), 5-16.\n"
            "Kannan 5\n\f\n"
            "Orlova, A. V. (2004). From social dislocation to human trafficking: The\n"
            "Russian case. Problems of Post Communism, 51(6), 14-22.\n")
    assert _entries(text) == [
        "Laczko, F. (2005). Data and research on human trafficking. International Migration, 43(1-2), 5-16.",
        "Orlova, A. V. (2004). From social dislocation to human trafficking: The Russian case. "
        "Problems of Post Communism, 51(6), 14-22.",
    ]


def test_a_stray_blank_line_inside_an_entry_does_not_split_it():
    text = ("Works Cited\n\nBuckley, Mary. “Public Opinion in Russia on the Politics of Human\n\n"
            "Trafficking.” Europe-Asia Studies, vol. 61, no. 2, 2009, pp. 213–248.\n\n"
            "Dean, Laura. “A Stage for Human Trafficking.” Wilson Center, 19 June 2018.\n")
    entries = _entries(text)
    assert len(entries) == 2
    assert "Human Trafficking.” Europe-Asia" in entries[0]


def test_running_header_with_title_and_page_is_dropped():
    text = ("References\n\nSmith, J. (2001). A study. Journal of Studies, 1, 1-2.\n\n"
            "RUNNING HEAD: TRAFFICKING IN RUSSIA 23\n\nTaylor, K. (2003). Another study. Journal of Studies, 3, 5-9.\n")
    assert len(_entries(text)) == 2


def test_mla_seed_has_fifteen_entries():
    doc = Document(path="000", text=Path("fixtures/seeds/000_2dd45404e1011c92.txt").read_text(encoding="utf-8"))
    entries = split_entries(doc, find_reference_section(doc))
    assert len(entries) == 15
    assert entries[0].text == ("“Addressing the Root Causes of Sex Trafficking.” "
                               "United Nations Office on Drugs and Crime.")
    assert (entries[0].line, entries[0].column) == (29, 2)


def test_apa_seed_has_thirty_entries_including_the_last_line_without_newline():
    doc = Document(path="003", text=Path("fixtures/seeds/003_a1e76db77d51934e.txt").read_text(encoding="utf-8"))
    entries = split_entries(doc, find_reference_section(doc))
    assert len(entries) == 30
    assert entries[-1].text.startswith("United States Department of State (2010).")


def test_hyphen_before_a_capital_is_a_real_hyphen():
    assert join_wrapped("Harroff-", "Tavel, Hélène.") == "Harroff-Tavel, Hélène."


def test_url_broken_across_lines_is_joined_without_a_space():
    assert join_wrapped("Retrieved from http://www.state.gov/g/tip/", "rls/tiprpt/2009/index.htm") == (
        "Retrieved from http://www.state.gov/g/tip/rls/tiprpt/2009/index.htm")


def test_line_end_hyphen_of_a_compound_the_document_spells_whole_is_kept():
    assert join_wrapped("Parfitt, T. (2004). Anti-", "trafficking law stalls.") == (
        "Parfitt, T. (2004). Anti-trafficking law stalls.")
    assert join_wrapped("on state-", "building in Russia", frozenset({"state-building"})) == (
        "on state-building in Russia")
    assert join_wrapped("on state-", "ments by officials") == "on statements by officials"


def test_all_caps_running_head_with_page_number_is_dropped():
    text = ("References\n\nDweck, C. S. (2006). Mindset. Random House.\n\nGROWTH MINDSET INTERVENTIONS 14\n\n"
            "Yeager, D. S. (2019). A national experiment. Nature, 573, 364-369.\n")
    assert len(_entries(text)) == 2


def test_acs_parenthesised_numbers_are_labels_even_without_blank_lines():
    text = ("References\n(1)  Rohe, K.; Qin, T.; Yu, B. Co-Clustering Directed Graphs. *PNAS* 2016, *113* (45), "
            "12679–12684.\n(2)  Fenton, A.; Rands, S. A. The Impact of Parasite Manipulation. *Ecology* 2006, *87* "
            "(11), 2832–2841.\n(3)  Elton, C. The Journal of Animal Ecology. *J. Ecol.* 1939, *27* (2), 535.\n")
    doc = Document(path="p.txt", text=text)
    entries = split_entries(doc, find_reference_section(doc))
    assert [(e.label, e.text[:12]) for e in entries] == [("1", "(1)  Rohe, K"), ("2", "(2)  Fenton,"),
                                                         ("3", "(3)  Elton, ")]


def test_an_entry_opening_with_a_lower_case_particle_is_its_own_entry():
    text = ("Intro\n\nReferences\n\n"
            "Climate Editorial Office (2017) 'Acknowledgement to reviewers', Climate, 5(1), p. 3.\n\n"
            "de Queiroz, K. (2007) 'Species concepts', Systematic Biology, 56, pp. 879-886.\n\n"
            "von Philipsborn (2011) 'Neuronal control of Drosophila courtship song', Neuron, 69, pp. 509-522.\n\n"
            "da Costa. 2015. \"Synthesis by microwave-assisted cycloaddition.\" Molecules 20: 1-12.\n")
    assert [e.split()[0] for e in _entries(text)] == ["Climate", "de", "von", "da"]


def test_a_paragraph_opening_with_a_particle_family_alone_and_a_title_is_its_own_entry():
    # Chicago notes-bibliography and MLA 8th, a one-word family name after its particles, no year after it
    text = ("Intro\n\nBibliography\n\nTsodyks, M, T Kenet, A Grinvald, and A Arieli. “Linking Spontaneous Activity "
            "of Single Cortical Neurons and the Underlying Functional Architecture.” Science 286 (1999): 1943–46.\n\n"
            "van Ooij. “Dynamic Patterns of Subcellular Protein Localization During Spore Coat Morphogenesis in "
            "Bacillus Subtilis.” J Bacteriol 186 (2004): 4441–48.\n\n"
            "van Amerongen. Photosynthetic Excitons. 2000.\n")
    assert [e.split()[0] for e in _entries(text)] == ["Tsodyks,", "van", "van"]


def test_paragraphs_numbered_without_a_dot_are_labelled_in_order():
    text = ("References\n\n1 Anghebem MI, Rego FGM, Picheth G. COVID-19 and Diabetes: two distinct pandemics. "
            "Rev Bras Anal Clin. 2020;52(2):154-9.\n\n2 Rahmani-Kukia N, Abbasi A. Physiological and Immunological "
            "Causes of the Susceptibility. Infection. 2021;14:7.\n\n3 UK Prospective Diabetes Study (UKPDS) Group. "
            "Intensive blood-glucose control. Lancet. 1998;352:837-53.\n")
    doc = Document(path="p.txt", text=text)
    section = find_reference_section(doc)
    assert section is not None
    assert [(e.label, e.text[:12]) for e in split_entries(doc, section)] == [
        ("1", "1 Anghebem M"), ("2", "2 Rahmani-Ku"), ("3", "3 UK Prospec")]


def test_a_wrapped_line_opening_with_a_number_is_no_label():
    text = ("References\n\nSmith J. A study of things. J Things. 2001;12\n\n"
            "3 (suppl): 45-67.\n\nJones K. Another study. J Things. 2003;14:5-9.\n\n"
            "Brown L. A third study. J Things. 2005;16:1-4.\n")
    doc = Document(path="p.txt", text=text)
    section = find_reference_section(doc)
    assert section is not None
    assert all(e.label is None for e in split_entries(doc, section))


def test_a_bibliography_followed_by_numbered_notes_splits_its_own_paragraphs():
    text = ("Bibliography\n\nAmossy, R. La Présentation de Soi. Paris: Presses Universitaires de France, 2010.\n\n"
            "Aslin, and N Richard. “What’s in a Look?” Developmental Science 10 (2007): 48–53.\n\n"
            "[1] Amossy, La Présentation de Soi, 12.\n\n[2] Aslin and Richard, “What’s in a Look?”\n\n"
            "[3] Amossy, La Présentation de Soi, 14.\n")
    assert _entries(text)[:2] == [
        "Amossy, R. La Présentation de Soi. Paris: Presses Universitaires de France, 2010.",
        "Aslin, and N Richard. “What’s in a Look?” Developmental Science 10 (2007): 48–53."]


def test_an_entry_opening_with_a_central_european_capital_starts_a_new_entry():
    text = ("References\n\nMicó E, Smith J, Jones K (2008) Beetles of Spain. Zootaxa 1: 1-2.\n"
            "Šípek P, Král D, Jahn O (2009) Larvae of Cetoniinae. Zootaxa 2: 3-4.\n"
            "Łukasik J (2010) Ground beetles. Zootaxa 3: 5-6.\n")
    assert [e[:5] for e in _entries(text)] == ["Micó ", "Šípek", "Łukas"]


# eLife's list pasted from a PDF (bench_noise): many DOIs of one journal wrap onto lines of the same
# shape, and the page's head opens with its number.
_PASTED_ELIFE = """References
Baker RW, Jeffrey PD, Zick M. 2015. A direct role for the Sec1/Munc18-family protein Vps33.
Science 349:1111–1114. DOI:
https://doi.org/10.1126/science.aac7906
Bustamante C, Marko J, Siggia E, Smith S. 1994. Entropic elasticity of lambda-phage DNA.
Science 265:1599–1600. DOI:
https://doi.org/10.1126/science.8079175
Cecconi C, Shank EA, Bustamante C, Marqusee S. 2005. Direct observation of the folding.
Science 309:2057–2060. DOI:
https://doi.org/10.1126/science.1116702
Krishnakumar SS, Radoff DT, Kümmel D, Giraudo CG, Li F, Khandan L,

48    Author et al.

Baguley SW, Coleman J, Reinisch KM, Pincet F, Rothman JE. 2011. A conformational switch in
complexin. Nature Structural & Molecular Biology 18:934–940.
Kyoung M, Srivastava A, Zhang Y. 2011. In vitro system. PNAS 108:E304–E313.

50    Author et al.

Liang B, Kiessling V, Tamm LK. 2013. Prefusion structure of syntaxin-1A. PNAS 110:19384–19389.

52    Author et al.

"""


def test_wrapped_dois_of_one_shape_are_no_running_head():
    entries = _entries(_PASTED_ELIFE)
    assert entries[0].endswith("DOI: https://doi.org/10.1126/science.aac7906")
    assert entries[2].endswith("https://doi.org/10.1126/science.1116702")


def test_a_running_head_that_opens_with_its_page_number_is_dropped_inside_an_entry():
    entries = _entries(_PASTED_ELIFE)
    assert len(entries) == 6
    assert entries[3].startswith("Krishnakumar SS,") and "Author et al." not in entries[3]
    assert "Baguley SW, Coleman J" in entries[3]


# Ecology and Evolution's list pasted from a PDF (bench_noise, papers_real5 dev): no blank lines,
# the names and year of an entry fill a line of their own.
_PASTED_ECE = """References
Pritchard JK, Stephens M, Donnelly P. 2000. Inference of population structure using
multilocus genotype data. Genetics 155:945–959.
Petit RJ, Pineau E, Demesure B, Bacilieri R, Ducousso A. 1997.
Chloroplast DNA footprints of postglacial recolonization by oaks. Proc.
Natl Acad. Sci. USA 94:9996–10001.
Falush D, Stephens M. 2007. Inference of population structure using
multilocus genotype data: dominant markers and null alleles. Mol. Ecol.
Notes 7:574–578.
Fernald ML. 1910. The North American variations of Juncus effusus.
Rhodora 12:81–93.
"""


def test_a_line_of_names_and_a_year_alone_is_continued_by_the_title():
    entries = _entries(_PASTED_ECE)
    assert entries[1].startswith("Petit RJ, Pineau E, Demesure B, Bacilieri R, Ducousso A. 1997. Chloroplast DNA")


def test_a_journal_name_ending_in_notes_does_not_end_the_list():
    entries = _entries(_PASTED_ECE)
    assert entries[-1] == "Fernald ML. 1910. The North American variations of Juncus effusus. Rhodora 12:81–93."
    falush = next(e for e in entries if e.startswith("Falush D"))
    assert falush.endswith("Mol. Ecol. Notes 7:574–578.")


def test_names_with_a_bracketed_year_open_an_entry_after_an_unpunctuated_one():
    # PhytoKeys pasted from a PDF (papers_real4 dev): "306 pp" and "Toronto" end entries without a stop
    text = ("References\nBorcard D, Gillet F, Legendre P (2011) Numerical Ecology with R. Springer, New York, 306 pp\n"
            "Bradshaw AD (1953) Human influence on hybridization in Crataegus. In: Lousley JE (Ed) The changing\n"
            "flora of Britain. Botanical Society of the British Isles, Arbroath, 181–183.\n"
            "Lin CC (2009) The invasion history of Crataegus monogyna. University of Toronto, Toronto\n"
            "Lo E, Stefanović S, Dickinson TA (2013) Geographical parthenogenesis in Pacific Northwest hawthorns.\n")
    assert [e.split(" (")[0] for e in _entries(text)] == [
        "Borcard D, Gillet F, Legendre P", "Bradshaw AD", "Lin CC", "Lo E, Stefanović S, Dickinson TA"]


def test_an_abnt_list_opens_its_entries_with_capitals_only():
    # Nova Economia pasted from a PDF (articles dev): every entry opens with a SURNAME, so a wrapped
    # line opening "Economia Aplicada, Ribeirão Preto" or "Rio de Janeiro." goes on the entry above
    text = ("REFERÊNCIAS\n"
            "ARAÚJO, P. F. C. Agricultura e desenvolvimento. Revista de Economia, v. 1, n. 2,\np. 3-4, 2001.\n"
            "BARROS, R. P. Pobreza rural no Brasil. Revista de Economia Política, v. 2, n. 1,\np. 5-9, 2002.\n"
            "CASTRO, A. Mercado de trabalho rural. Revista de Economia Política, v. 3, n. 1,\np. 1-9, 2003.\n"
            "DIAS, G. Renda e pobreza no meio rural. Revista de Economia Política, v. 4, n. 1,\np. 1-9, 2004.\n"
            "IBGE - Instituto Brasileiro de Geografia e Estatística. Censo Demográfico de 2010.\n"
            "Rio de Janeiro. Disponível em: http://www.ibge.gov.br. Vários acessos.\n"
            "IBGE - Instituto Brasileiro de Geografia e Estatística. Pesquisa Nacional por\n"
            "Amostra de Domicílios de 2013. Rio de Janeiro.\n"
            "SANTOS, G. C. et al. Mercado de trabalho e rendimento no meio rural brasileiro.\n"
            "Economia Aplicada, Ribeirão Preto, v. 14, n. 3, p. 355-379, set. 2010.\n"
            "SILVA, J. Trabalho e renda no meio rural. Revista de Economia Política, v. 5, n. 1,\np. 1-9, 2005.\n")
    heads = [e.split(" ")[0] for e in _entries(text)]
    assert heads == ["ARAÚJO,", "BARROS,", "CASTRO,", "DIAS,", "IBGE", "IBGE", "SANTOS,", "SILVA,"]


def test_an_apa_author_list_elided_with_dots_runs_on_to_the_last_author():
    # bioRxiv pasted from a PDF (articles dev): APA elides authors as "Gibbs, A.,..." at a line's end
    text = ("References\nBlack, J. A., Frezel, N., Dib-Hajj, S. D., & Waxman, S. G. (2012). Expression of Nav1.7.\n"
            "Flinspach, M., Xu, Q., Piekarz, A. D., Fellows, R., Hagan, R., Gibbs, A.,...\n"
            "Wickenden, A. D. (2017). Insensitivity to pain induced by a potent selective closed-state\n"
            "Nav1.7 inhibitor. Sci Rep, 7, 39662. doi:10.1038/srep39662\n")
    entries = _entries(text)
    assert len(entries) == 2
    assert entries[1].startswith("Flinspach, M.,") and "Wickenden, A. D. (2017)" in entries[1]


def test_an_abbreviated_journal_and_its_volume_on_a_line_of_their_own_go_on_the_entry():
    text = ("References\nAlford, R. F., Fleming, P. J., & Gray, J. J. (2020). Protein Structure Prediction and\n"
            "Design in a Biologically Realistic Implicit Membrane.\n"
            "Biophys J, 118(8), 2042–2055. doi:10.1016/j.bpj.2020.03.006\n"
            "Black, J. A., Frezel, N., Dib-Hajj, S. D., & Waxman, S. G. (2012). Expression of Nav1.7.\n")
    entries = _entries(text)
    assert len(entries) == 2
    assert entries[0].endswith("Biophys J, 118(8), 2042–2055. doi:10.1016/j.bpj.2020.03.006")


# Cambridge Prisms and Ecology Letters pasted from a PDF (papers_real9 dev).
_PASTED_CUP = """References
Ara Begum R, Lempert R, Ali E, Benjaminsen TA, Bernauer T, Cramer W, Cui X, Mach
K, Nagy G, Stenseth NC, Sukumar R and Wester P (2022). Point of Departure and Key Concepts. In
Pörtner H-O and Roberts DC (eds), Climate Change 2022: Impacts, Adaptation and Vulnerability.
Cambridge, UK and New York, NY, USA: Cambridge University Press, pp. 121–196.
Davis TR, Champion C and Coleman MA (2022) Ecological interactions mediate projected loss of kelp
biomass under climate change. Diversity and Distributions 28, 306–317.
de Vargas Ribeiro F, Pessoa LA and Pereira RC (2022) Macroalgal diversity in a changing ocean. Marine
Biology 169, 12.
"""


def test_a_name_broken_before_its_initials_runs_on():
    entries = _entries(_PASTED_CUP)
    assert entries[0].startswith("Ara Begum R,") and "Mach K, Nagy G" in entries[0]


def test_a_books_imprint_on_a_line_of_its_own_goes_on_the_entry():
    entries = _entries(_PASTED_CUP)
    assert entries[0].endswith("Cambridge University Press, pp. 121–196.")
    assert len(entries) == 3


def test_a_two_word_family_name_after_a_particle_opens_an_entry():
    assert _entries(_PASTED_CUP)[2].startswith("de Vargas Ribeiro F, Pessoa LA")


def test_in_an_author_date_list_a_line_of_names_and_a_year_is_continued_by_the_title():
    text = ("References\n"
            "Abramoff, R. Z. , and A. C. Finzi . 2015. “Are Above‐ and Below‐Ground Phenology in Sync?”\n"
            "New Phytologist 205: 1054–1061.\n"
            "Arend, M. , G. Hoch , and A. Kahmen . 2024. “Stem Growth Phenology, Not Canopy Greening,\n"
            "Constrains Deciduous Tree Growth.” Tree Physiology 44: 160.\n"
            "Basler, D. , and C. Körner . 2012. “Photoperiod Sensitivity of Bud Burst in 14 Temperate\n"
            "Forest Tree Species.” Agricultural and Forest Meteorology 165: 73–81.\n"
            "Baumgarten, F. , A. Gessler , and Y. Vitasse . 2023. “No Risk—No Fun: Penalty and Recovery\n"
            "From Spring Frost Damage.” Functional Ecology 37: 648–663.\n"
            "Chuine, I. , and E. G. Beaubien . 2001. “Phenology Is a Major Determinant of Tree Species\n"
            "Range.” Ecology Letters 4: 500–510.\n"
            "Delpierre, N. , Y. Vitasse , and I. Chuine . 2016. “Temperate and Boreal Forest Tree Phenology:\n"
            "From Organ‐Scale Processes.” Annals of Forest Science 73: 5–25.\n"
            "Fu, Y. H. , H. Zhao , and S. Piao . 2015. “Declining Global Warming Effects on the Phenology of\n"
            "Spring Leaf Unfolding.” Nature 526: 104–107.\n"
            "Heuret, P. , C. Meredieu , T. Coudurier , F. Courdier , and D. Barthélémy . 2006.\n"
            "“Ontogenetic Trends in the Morphological Features of Main Stem Annual Shoots of Pinus\n"
            "pinaster (Pinaceae).” American Journal of Botany 93: 1577–1587.\n"
            "Laube, J. , T. H. Sparks , N. Estrella , and A. Menzel . 2014. “Chilling Outweighs Photoperiod\n"
            "in Preventing Precocious Spring Development.” Global Change Biology 20: 170–182.\n"
            "Makoto, K. , S. D. Wilson , T. Sato , G. Blume‐Werry , and J. H. C. Cornelissen . 2020.\n"
            "“Synchronous and Asynchronous Root and Shoot Phenology.” Oikos 129: 643–650.\n")
    entries = _entries(text)
    assert len(entries) == 10
    assert entries[7].startswith("Heuret, P.") and "“Ontogenetic Trends" in entries[7]


def test_an_entry_ending_on_available_at_with_no_link_is_ended_by_a_sure_start():
    # Frontiers pasted from a PDF (papers_real4 dev): the links after "Available at:" are not printed
    text = ("References\nCouncil for International Organizations of Medical Sciences [CIOMS]. (2002). International\n"
            "Ethical Guidelines for Biomedical Research. Geneva: CIOMS. Available at:\n"
            "Council of Europe. (1997). Convention on Human Rights and Biomedicine. Available at:\n"
            "Jefford M., Moore R. (2008). Improvement of informed consent and the quality of consent documents.\n")
    assert [e.split(".")[0] for e in _entries(text)] == [
        "Council for International Organizations of Medical Sciences [CIOMS]", "Council of Europe", "Jefford M"]


def test_a_vancouver_name_with_two_particles_opens_an_entry():
    # Evolutionary Applications pasted from a PDF (papers_real4 dev): the entry above fills its last line
    text = ("References\nHornett EA, Charlat S, Duplouy AMR, Davies N, Roderick GK, Wedell N. 2006. Evolution of\n"
            "male-killer suppression in a natural population of butterflies. PloS Biology 4:1643–1648.\n"
            "van den Hurk AF, Hall-Mendelin S, Pyke AT, Frentiu FD, McElroy K, Day A, Higgs S, Johnson\n"
            "PH, O'Neill SL. 2012. Impact of Wolbachia on infection with chikungunya in Aedes aegypti.\n"
            "Walker T, Johnson PH, Moreira LA, Iturbe-Ormaetxe I, Frentiu FD, McMeniman CJ. 2011. The wMel\n"
            "Wolbachia strain blocks dengue and invades caged Aedes aegypti populations. Nature 476:450.\n")
    assert [e.split(" ")[0] for e in _entries(text)] == ["Hornett", "van", "Walker"]


def test_a_vancouver_name_with_a_capitalised_particle_opens_an_entry():
    # eLife pasted from a PDF (papers_real2 dev): "De la Rossa A," after a DOI that fills its line
    text = ("References\nCederquist GY, Azim E, Shnider SJ, Padmanabhan H, Macklis JD. 2013. Lmo4 establishes\n"
            "rostral motor cortex projection neuron subtype diversity. Journal of Neuroscience 33:6321.\n"
            "Conte WL, Kamishina H, Reep RL. 2009. Multiple neuroanatomical tract-tracing using fluorescent\n"
            "conjugates of cholera toxin. Nature Protocols 4:1157. DOI: https://doi.org/10.1038/nprot.2009.93\n"
            "De la Rossa A, Bellone C, Golding B, Vitali I, Moss J, Toni N, Lüscher C, Carleton A, Gao H,\n"
            "Jabaudon D. 2013. In vivo reprogramming of circuit connectivity in postmitotic neurons. Nat 16.\n")
    assert [e.split(" ")[0] for e in _entries(text)] == ["Cederquist", "Conte", "De"]


def test_a_publisher_place_and_pages_line_goes_on_the_entry():
    # ZooKeys pasted from a PDF (papers_real6 dev): a chapter's imprint wraps onto a line of its own
    text = ("References\nMossakowski D, Roschen A, Vaje S (1986) Hybridization in Chrysocarabus. In: Den Boer PJ (Ed)\n"
            "Carabid Beetles: Their Adaptations and Dynamics.\n"
            "Gustav Fischer, Stuttgart, 281–295.\n"
            "Wulf M (2004) Relative importance of habitat quality and forest continuity. Ecology 12: 1–9.\n")
    entries = _entries(text)
    assert [e.split(" ")[0] for e in entries] == ["Mossakowski", "Wulf"]
    assert entries[0].endswith("Gustav Fischer, Stuttgart, 281–295.")


def test_a_page_range_broken_before_its_last_number_is_no_bullet():
    # eLife pasted from a PDF (papers_real7 dev, second damage seed): "117 –" / "– 121 , 10.1038/..."
    text = ("References\nCardona A Saalfeld S Arganda I Pereanu W Hartenstein V ( 2010 ) Identifying neuronal\n"
            "lineages of Drosophila by sequence analysis of axon tracts . The Journal of Neuroscience 30 : 117\n"
            "– 121 , 10.1523/JNEUROSCI.0186-10.2010\n"
            "Chou YH Spletter ML Yaksi E Leong JC Wilson RI Luo L ( 2010 ) Diversity and wiring variability\n"
            "of olfactory local interneurons in the Drosophila antennal lobe . Nature Neuroscience 13 : 439\n"
            "– 449 , 10.1038/nn.2489\n"
            "Dacks AM Green DS Root CM Nighorn AJ Wang JW ( 2009 ) Serotonin modulates olfactory processing .\n")
    assert [e.split(" ")[0] for e in _entries(text)] == ["Cardona", "Chou", "Dacks"]


def test_two_wrapped_lines_opening_with_a_page_number_make_no_numbered_list():
    # Brazilian Journal of Biology pasted from a PDF (articles dev, second damage seed)
    text = ("REFERENCES\nAHMED, S.K., RAHMAN, A.H., HASSAN, M.A. and CECCHI, G., 2016. An atlas of tsetse and bovine\n"
            "trypanosomosis and of its vectors in the Republic of Sudan. Parasites & Vectors, vol. 9, no. 1, pp\n"
            "194. http://dx.doi.org/10.1186/s13071-016-1485-6.\n"
            "AKSOY, S., 2003. Control of tsetse flies and trypanosomes using molecular genetics. Veterinary\n"
            "Parasitology, vol. 115, no. 2, pp. 125-145.\n"
            "ALANAZI, A.D., PUSCHENDORF, R. and AL-SHEHRI, H.R., 2018. Molecular detection of equine trypanosomiasis.\n"
            "AMIN, Y.A., NOSEER, E.A. and MAHMOUD, H.Y., 2020. Changes of reproductive indices of the testis. Journ\n"
            "in dromedary bulls. Journal of Advanced Veterinary and Animal Research, vol. 7, no. 3, pp\n"
            "301. http://dx.doi.org/10.5455/javar.2020.g451.\n"
            "AQUINO, L.P.C.T.D. and MALHEIROS, E.B., 2002. Hematological aspects of Trypanosoma evansi in dogs.\n"
            "BARGUL, J.L., JUNG, J. and MCOD, F.A., 2016. Species-specific adaptations of trypanosome morphology.\n"
            "BIRHANU, H., FIKRU, R. and SAID, M., 2015. Epidemiology of Trypanosoma evansi in camels in Ethiopia.\n"
            "BORST, P., FASE-FOWLER, F. and GIBSON, W.C., 1987. Kinetoplast DNA of Trypanosoma evansi.\n")
    assert [e.split(",")[0] for e in _entries(text)] == ["AHMED", "AKSOY", "ALANAZI", "AMIN", "AQUINO", "BARGUL",
                                                         "BIRHANU", "BORST"]


def test_an_entry_tail_holding_a_copyright_year_does_not_end_the_list():
    # Bakhtiniana pasted from a PDF (articles dev, third damage seed)
    text = ("References\nGRICE, H. P. Logic and Conversation. William James Lectures, delivered at\n"
            "Harvard University in 1967, and to be published by Harvard University\n"
            "Press. Copyright 1975 by II. Paul Grice.\n"
            "LEVINSON, S. C. Pragmática. Tradução de Aníbal Mari. São Paulo: Martins Fontes, 2007.\n"
            "SEARLE, J. R. Expression and Meaning. New York: Cambridge University Press, 1979.\n")
    assert [e.split(",")[0] for e in _entries(text)] == ["GRICE", "LEVINSON", "SEARLE"]


def test_a_journal_with_its_vancouver_date_and_volume_goes_on_the_entry():
    # FEMS Microbiology Ecology pasted from a PDF (papers_real9 dev, third damage seed)
    text = ("References\nHartmann A, Schmid M, van Tuinen D et al. Plant-driven selection of microbes.\n"
            "Plant Soil. 2009;321:235–57. 10.1007/s11104-008-9814-y.\n"
            "Hassani MA, Durán P, Hacquard S. Microbial interactions within the plant holobiont. Microbiome.\n"
            "2018;6:58.\n")
    assert [e.split(" ")[0] for e in _entries(text)] == ["Hartmann", "Hassani"]


# bioRxiv pasted from a two-column PDF (articles dev, bench_noise --narrow): page ranges alone on a line
_PASTED_NARROW = """References
Klaus A, Saga Y, Taketo MM, Tzahor E,
Birchmeier W (2007) Distinct roles of
Wnt/beta-catenin and Bmp signaling during early
cardiogenesis. Proc Natl Acad Sci U S A 104:
18531–18536
Lasko LM, Jakob CG, Edalji RP, Qiu W,
Montgomery D, Digiammarino EL, Hansen TM, Risi
RM, Frey R, Manaves V et al (2017) Discovery of
a selective catalytic p300/CBP inhibitor that
targets lineage-specific tumours. Nature 550:
128–132
Laugwitz KL, Moretti A, Lam J (2005) Postnatal isl1
cardioblasts enter fully differentiated cardiomyocyte
lineages. Nature 433:
647–653
Liang B, Kiessling V, Tamm LK (2013) Prefusion structure
of syntaxin-1A suggests pathway for folding into neuronal.
Proc Natl Acad Sci U S A 110: 19384–19389
Mononen MM, Leung CY, Xu J, Chien KR (2020) Trajectory
mapping of human embryonic stem cell cardiogenesis.
Stem Cells 38: 1267–1278
"""


def test_a_page_range_alone_on_a_line_is_no_running_head():
    entries = _entries(_PASTED_NARROW)
    assert [e.split(" ")[0] for e in entries] == ["Klaus", "Lasko", "Laugwitz", "Liang", "Mononen"]
    assert entries[0].endswith("104: 18531–18536")


def test_a_journal_with_its_volume_and_pages_on_a_line_of_their_own_goes_on_the_entry():
    text = ("References\nAlmeselmani M, Deshmukh PS, Sairam RK (2006). Protective role of antioxidant enzymes. Front.\n"
            "Plant Sci. 171, 382–388. doi: 10.1016/j.plantsci.2006.04.009\n"
            "Bai X, Zhang Y (2020). Warming and invasion. Front. Plant Sci. 11, 501–510.\n")
    assert [e.split(" ")[0] for e in _entries(text)] == ["Almeselmani", "Bai"]


def test_a_short_last_line_without_a_stop_ends_its_entry():
    # bioRxiv pasted from a two-column PDF (articles dev, --narrow): entries print no volume, "... Nature"
    text = ("References\nLaugwitz KL, Moretti A, Lam J, Gruber P, Chen Y,\n"
            "Woodard S, Lin LZ, Cai CL, Lu MM, Reth M (2005)\n"
            "Postnatal isl1 cardioblasts enter fully\n"
            "differentiated cardiomyocyte lineages in\n"
            "the mouse heart. Nature\n"
            "Lepilina A, Coon AN, Kikuchi K, Holdway JE,\n"
            "Roberts RW, Burns CG, Poss KD (2006) A dynamic\n"
            "epicardial injury response supports progenitor\n"
            "cell activity during zebrafish heart regeneration.\n"
            "Cell 127: 607–619\n")
    assert [e.split(" ")[0] for e in _entries(text)] == ["Laugwitz", "Lepilina"]


def test_a_bodys_yearly_reports_wrapped_alike_are_no_running_heads():
    # Economia e Sociedade pasted from a PDF (papers_real2 dev, fourth damage seed)
    entries = "".join(
        f"NBS – National Bureau of Statistics of China. Migrant workers monitoring report. {y}. Annual\n"
        f"report on rural migrant workers monitoring survey. May 12, {y + 1}. Available\n"
        f"at: https://www.stats.gov.cn/{y}.htm. Last access: Jan. 14, 2024.\n" for y in (2012, 2013, 2014, 2016))
    got = _entries("References\n" + entries)
    assert len(got) == 4
    assert all("report on rural migrant workers monitoring survey" in e for e in got)


def test_a_news_source_and_its_date_on_a_line_of_their_own_go_on_the_entry():
    text = ("REFERENCES\nHE, L. China’s economy will be hobbled for years by the real estate crisis in the cities.\n"
            "CNN, Oct. 6, 2023. Available at: https://edition.cnn.com/2023/10/06/economy/index.html.\n"
            "HOU, J.; GELB, S. The shift in manufacturing employment in China. ODI, Aug. 2017.\n")
    assert [e.split(",")[0] for e in _entries(text)] == ["HE", "HOU"]
