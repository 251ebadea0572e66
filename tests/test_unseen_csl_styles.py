"""Papers in CSL styles nobody on the project named, as pandoc renders them (benchmarks/styles
make_style_papers.py --sweep, dev half): GOST R 7.0.5-2008, DIN 1505-2 alphanumeric, ..."""

from __future__ import annotations

import io

import docx

from refcheck.citations.labels import label_items
from refcheck.document import Document
from refcheck.model import FileReport
from refcheck.normalizer.names import parse_names
from refcheck.pipeline import check_document
from refcheck.readers.docx import read_docx

GOST_LIST = [
    "3. Burton A. и др. The Scholix Framework for Interoperability in Data-Literature Information Exchange // "
    "D-Lib Magazine. 2017. Т. 23. № 1/2.",
    "5. Lehsnau A. Ground water modelling // Hydrogeology Journal. 2007. Т. 15. № 2. С. 12–19.",
    "9. Rivera I. S. и др. GWAS and 3D chromatin mapping identifies multicancer risk genes associated with "
    "hormone-dependent cancers // PLOS Genetics. 2024. Т. 20. № 11. С. e1011490.",
    "12. Roy A. и др. Machine-assisted authentication of paper currency: an experiment on Indian banknotes // "
    "International Journal on Document Analysis and Recognition (IJDAR). 2015. Т. 18. № 3. С. 271–285.",
]


def check(body: str, entries: list[str]) -> FileReport:
    return check_document(Document(path="paper.txt", text=body + "References\n\n" + "\n\n".join(entries) + "\n"))


def test_gost_russian_et_al_in_a_citation_names_the_first_author() -> None:
    report = check("A study\n\nSeveral groups reported comparable results [Lehsnau, 2007; Roy и др., 2015]. "
                   "Earlier work [Burton и др., 2017].\n\nWe return to this point later [Rivera и др., 2024].\n\n",
                   GOST_LIST)
    assert [f.code for f in report.findings] == []
    roy = next(c for c in report.citations if c.authors[:1] == ["Roy"])
    assert roy.et_al and roy.year == "2015"


def test_gost_russian_et_al_ends_an_entrys_author_list() -> None:
    report = check("A study\n\nAs shown [Roy и др., 2015].\n\n", GOST_LIST[3:])
    ref = report.references[0]
    assert [a.family for a in ref.fields.authors] == ["Roy"] and ref.fields.et_al


def test_gost_page_locator_s_dot_after_the_year() -> None:
    report = check("A study\n\nThe method follows the protocol given elsewhere [Rivera и др., 2024, с. 45]. We "
                   "return to this point later [Lehsnau, 2007, с. 50].\n\n", GOST_LIST[1:3])
    assert [f.code for f in report.findings] == []
    assert sorted(c.locator for c in report.citations) == ["с. 45", "с. 50"]


DIN_LIST = [
    "[LRRŠ15] LINHART, PAVEL ; RATCLIFFE, VICTORIA F. ; REBY, DAVID ; ŠPINKA, MAREK: Expression of Emotional "
    "Arousal in Two Different Piglet Call Types. In: PLOS ONE Bd. 10, Public Library of Science (PLoS) (2015), "
    "Nr. 8, S. e0135414",
    "[SKUI15] SHAFAIT, FAISAL ; KARATZAS, DIMOSTHENIS ; UCHIDA, SEIICHI ; IWAMURA, MASAKAZU: Preface. In: "
    "International Journal on Document Analysis and Recognition (IJDAR) Bd. 18, Springer Nature (2015), Nr. 2, "
    "S. 109–110",
    "[VKMD16] VOUDANTA, ELENI ; KORMAS, KONSTANTINOS AR ; MONCHY, SEBASTIÉN ; DELEGRANGE, ALICE ; VINCENT, "
    "DOROTHÉE ; GENITSARIS, SAVVAS ; CHRISTAKI, URANIA: Mussel biofiltration effects on attached bacteria and "
    "unicellular eukaryotes in fish-rearing seawater. In: PeerJ Bd. 4, PeerJ (2016), S. e1829",
]


def test_din_page_after_a_label_is_its_locator_not_a_label() -> None:
    assert label_items("SKUI15, S.50") == [("SKUI15", "S.50")]
    report = check("A study\n\nThe method follows the protocol given elsewhere [VKMD16, S.45]. We return to this "
                   "point later [SKUI15, S.50]. Also [LRRŠ15].\n\n", DIN_LIST)
    assert [f.code for f in report.findings] == []


def test_din_label_with_a_latin_extended_letter_opens_its_entry() -> None:
    report = check("A study\n\nThese findings agree with field observations [LRRŠ15]. See [SKUI15] and "
                   "[VKMD16].\n\n", DIN_LIST)
    assert [r.label for r in report.references] == ["LRRŠ15", "SKUI15", "VKMD16"]
    assert [f.code for f in report.findings] == []


def test_usgs_and_others_in_a_citation_names_the_first_author() -> None:
    entries = [
        "D’Addabbo, A., Bucci, C., Canonica, L., Di Domizio, S., Gorla, P., Marini, L., Nucciotti, A., Nutini, I., "
        "Rusconi, C., and Welliver, B., 2018, An active noise cancellation technique for the CUORE Pulse Tube "
        "cryocoolers: Cryogenics, v. 93, p. 56–65., doi: 10.1016/j.cryogenics.2018.05.001.",
        "Clayton, B.R., 2018, The Changing Way of the Bodhisattva: Oxford University Press, doi: "
        "10.1093/oxfordhb/9780198746140.013.5.",
    ]
    report = check("A study\n\nThe method follows the protocol given elsewhere (Clayton, 2018; D’Addabbo and "
                   "others, 2018). We return to this point later (D’Addabbo and others, 2018, p. 50).\n\n", entries)
    assert [f.code for f in report.findings] == []
    assert len(report.citations) == 3 and all(c.et_al for c in report.citations if c.authors[0] != "Clayton")


def test_a_citation_listing_all_thirteen_authors_is_read() -> None:
    entries = [
        "Iwasa, S., N. Okita, A. Kuchiba, G. Ogawa, M. Kawasaki, K. Nakamura, H. Shoji, Y. Honma, A. Takashima, "
        "K. Kato, T. Hamaguchi, N. Boku and Y. Yamada (2020) “Phase II study of lenvatinib for metastatic "
        "colorectal cancer refractory to standard chemotherapy: the LEMON study (NCCH1503),” ESMO Open 5,. "
        "Elsevier BV, e000776 doi:10.1136/esmoopen-2020-000776",
        "Fouladi, R. and B. Araabi (2015) “Sparse coding,” Neural Networks 12, 1–9",
    ]
    report = check("A study\n\nSeveral groups reported comparable results (Fouladi and Araabi 2015; Iwasa, Okita, "
                   "Kuchiba, Ogawa, Kawasaki, Nakamura, Shoji, Honma, Takashima, Kato, Hamaguchi, Boku and Yamada "
                   "2020).\n\n", entries)
    assert [f.code for f in report.findings] == []
    assert len(report.citations) == 2


# Annual Reviews author-date as the .docx reader gives it: one paragraph a line, no blank lines between
# entries, an entry ending on the publisher with no stop or on "106(6):" when the work has no pages.
ANNUAL_REVIEWS_DOCX = (
    "A study\nEarlier work (Cook 2018; Fridley et al. 2025; Mittelbach & McGill 2019; Reid & Singh 1994).\n"
    "References\n"
    "Cook KH. 2018. *Climate Change Scenarios and African Climate Change*. Oxford University Press\n"
    "Fridley J, Griffin‐Nolan RJ, Bensaddek L, Decocq G, Hikosaka K, et al. 2025. Joining the locals: Plant "
    "invaders shift leaf defenses to match native neighbors. *Ecology*. 106(6):\n"
    "Mittelbach GG, McGill BJ. 2019. Evolutionary community ecology. In *Community Ecology*, pp. 307–33. Oxford "
    "University Press\n"
    "Reid A, Singh S. 1994. Implementing Fudgets with Standard Widget Sets. In *Workshops in Computing*, pp. "
    "222–35. Springer London\n")


def test_docx_entry_paragraphs_ending_without_a_stop_are_separate_entries() -> None:
    report = check_document(Document(path="paper.docx", text=ANNUAL_REVIEWS_DOCX, kind="docx"))
    assert [r.fields.authors[0].family for r in report.references] == ["Cook", "Fridley", "Mittelbach", "Reid"]
    assert [f.code for f in report.findings] == []


def test_science_italic_citation_numbers_in_a_docx_read_as_numbers() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    # Science (pandoc -t docx): "Earlier work described this pattern in detail (*4*–*6*). ... (*10*, *11*)."
    for text, italic in [("Earlier work described this pattern in detail (", False), ("4", True), ("–", False),
                         ("6", True), ("). Several groups reported comparable results (", False), ("10", True),
                         (", ", False), ("11", True), (").", False)]:
        paragraph.add_run(text).italic = italic
    out = io.BytesIO()
    document.save(out)
    text = read_docx(out.getvalue(), "p.docx").text
    assert "(4–6)" in text and "(10, 11)" in text


# Journal of Global Health as the .docx reader gives it: "1<tab>Dennunzio A, ..." one paragraph an entry.
GLOBAL_HEALTH_DOCX = (
    "A study\nEarlier work described this pattern in detail [1]. As shown previously [2,3], the estimate "
    "depends on sample size.\nReferences\n"
    "1  Dennunzio A, Formenti E, Manzoni L. Reaction systems and extremal combinatorics properties. Theoretical "
    "Computer Science. 2015;598:138–49. doi:10.1016/j.tcs.2015.06.001\n"
    "2  Kramer SJ, Jones EL, Estapa ML, Paul NL, Rynearson TA, Santoro AE, et al. Sinking particles exporting "
    "diatoms and Hacrobia predict the magnitude of oceanic POC flux. The ISME Journal. 2025;19. "
    "doi:10.1093/ismejo/wraf105\n"
    "3  Veysey Powell JS, Babbitt KJ. Despite Buffers, Experimental Forest Clearcuts Impact Amphibian Body Size "
    "and Biomass. PLOS ONE. 2015;10:e0143505. doi:10.1371/journal.pone.0143505\n")


def test_docx_entry_paragraphs_opening_with_a_bare_number_are_numbered() -> None:
    report = check_document(Document(path="paper.docx", text=GLOBAL_HEALTH_DOCX, kind="docx"))
    assert [r.label for r in report.references] == ["1", "2", "3"]
    assert [f.code for f in report.findings] == [] and len(report.citations) == 3


MAISON_LIST = [
    "Berressem 2020: H. Berressem, “Schizoanalytic Ecology,” in Felix Guattari’s Schizoanalytic Ecology, s.l., "
    "Edinburgh University Press, 2020, pp. 183–232.",
    "Chiari et al. 2020: M. Chiari, A. C. B. M. Anhê, W. R. Costa, A. P. M. dos S. Senhuk, “Biomonitoring of air "
    "pollution: a dichotomous key for lichen species identification,” Ciência e Natura 42, 2020, pp. e77.",
    "Kirby et al. 2020: E. N. Kirby, K. M. Gilbert, I. Escala, J. Wojno, P. Guhathakurta, S. R. Majewski, R. L. "
    "Beaton, “Elemental Abundances in M31: The Kinematics and Chemical Evolution of Dwarf Spheroidal Satellite "
    "Galaxies,” The Astronomical Journal 159/2, 2020, pp. 46.",
    "Turbelin, Malamud, Francis 2016: A. J. Turbelin, B. D. Malamud, R. A. Francis, “Mapping the global state of "
    "invasive alien species: patterns of invasion and policy responses,” Global Ecology and Biogeography 26/1, "
    "2016, pp. 78–92.",
]
MAISON_NOTES = ("[1] Berressem 2020; Kirby et al. 2020; Turbelin, Malamud, Francis 2016, p. 45\n\n"
                "[2] Chiari et al. 2020\n\n[3] Turbelin, Malamud, Francis 2016, p. 50\n")


def test_notes_holding_author_date_citations_cite_their_entries() -> None:
    text = ("A study\n\nThe method follows the protocol given elsewhere.[1] As shown previously,[2] the estimate "
            "depends on sample size. We return to this point later.[3]\n\nReferences\n\n" + "\n\n".join(MAISON_LIST)
            + "\n\n" + MAISON_NOTES)
    report = check_document(Document(path="paper.txt", text=text))
    assert [f.code for f in report.findings] == []
    assert [c.year for c in report.citations] == ["2020", "2020", "2016", "2020", "2016"]


def test_docx_entries_keyed_by_author_and_year_open_entries() -> None:
    listed = [e.replace(" et al. 2020:", " *et al.* 2020:") for e in MAISON_LIST]
    text = ("A study\nThe method follows the protocol given elsewhere.1 As shown previously,2 the estimate depends "
            "on sample size.\nReferences\n" + "\n".join(listed) + "\n\nNotes\n\n"
            "1. Berressem 2020; Kirby *et al.* 2020; Turbelin, Malamud, Francis 2016, p. 45\n2. Chiari *et al.* 2020\n")
    report = check_document(Document(path="paper.docx", text=text, kind="docx"))
    assert [r.fields.authors[0].family for r in report.references] == ["Berressem", "Chiari", "Kirby", "Turbelin"]


def test_grur_slash_separated_authors_of_an_entry_are_people() -> None:
    names, _ = parse_names("Osterwalder/Sohn/Herzog")
    assert [n.family for n in names] == ["Osterwalder", "Sohn", "Herzog"]
    names, _ = parse_names("Tosatto/Horrocks/Dear/Knowles/Dalla Serra/Cremades/Dobson/Klenerman")
    assert [n.family for n in names][3:5] == ["Knowles", "Dalla Serra"]


def test_grur_slash_separated_authors_of_a_note_name_its_entry() -> None:
    entries = [
        "Osterwalder/Sohn/Herzog, Global state of sunscreens, 2014, 62",
        "Salisbury, The Ecology of Scrub, 1918, 234",
        "Taylor/Wedel, Novel pneumatic features in the ribs of Brachiosaurus altithorax, 2023",
        "May, Short reports, 2007, 55",
    ]
    notes = ["Salisbury, 1918, 234; Osterwalder/Sohn/Herzog, 2014, 62 (45)", "Taylor/Wedel, 2023", "May, 2007, 55",
             "Osterwalder/Sohn/Herzog, 2014, 62 (50)"]
    text = ("A study\n\nThe method follows the protocol given elsewhere.[1] Several groups reported comparable "
            "results.[2] As shown previously.[3] We return to this point later.[4]\n\nReferences\n\n"
            + "\n\n".join(entries) + "\n\n" + "\n\n".join(f"[{i}] {n}" for i, n in enumerate(notes, 1)) + "\n")
    report = check_document(Document(path="paper.txt", text=text))
    assert [f.code for f in report.findings] == []


def test_grur_notes_beside_a_list_opening_with_slashed_names_are_notes() -> None:
    entries = [
        "Burton/Aryani/Koers/Manghi/La Bruzzo/Stocker/Diepenbroek/Schindler/Fenner, The Scholix Framework for "
        "Interoperability in Data-Literature Information Exchange, 2017",
        "Cooke, Smut Ecology, 1957, 671",
        "Dissmeyer/Rivas/Graciet, Life and death of proteins after protease cleavage: protein degradation by the "
        "N‐end rule pathway, 2017, 929",
        "Qian/Li/Chen/Hsu/Bopp/Ma/Tao/Liu, Large optical nonlinearity enabled by coupled metallic quantum wells, 2019",
        "Weber/Ringold, River metrics by the public, for the public, 2019, e0214986",
    ]
    notes = ["Burton u. a., 2017; Dissmeyer/Rivas/Graciet, 2017, 929", "Weber/Ringold, 2019, e0214986",
             "Qian u. a., 2019", "Cooke, 1957, 671", "Weber/Ringold, 2019, e0214986 (50)"]
    text = ("A study\n\nThe method follows the protocol given elsewhere.[1] Several groups reported comparable "
            "results.[2] As shown previously.[3] Earlier work.[4] We return to this point later.[5]\n\nReferences\n\n"
            + "\n\n".join(entries) + "\n\n" + "\n\n".join(f"[{i}] {n}" for i, n in enumerate(notes, 1)) + "\n")
    report = check_document(Document(path="paper.txt", text=text))
    assert report.style == "chicago-notes" and len(report.references) == 5
    assert [f.code for f in report.findings] == []


def _numbered(n: int, marker: str = "{}. ") -> str:
    works = [
        "Iwasa, S., Okita, N., Kuchiba, A. and Yamada, Y. Phase II study of lenvatinib for metastatic colorectal "
        "cancer, ESMO Open 5(4), e000776 (2020).",
        "Wickett, K. M., Urban, R. J. and Renear, A. H. Towards a logical form for descriptive metadata, Proceedings "
        "of the 2012 iConference, ACM Press (2012).",
        "Kirby, E. N., Gilbert, K. M. and Escala, I. Elemental Abundances in M31, The Astronomical Journal 159(2), 46 "
        "(2020).",
        "Tsikliras, A. C. and Polymeros, K. Fish market prices drive overfishing of the “big ones”, PeerJ 2, e638 "
        "(2014).",
        "Cooke, W. B. Smut Ecology, Ecology 38(4), 671 (1957).",
    ]
    return "\n\n".join(marker.format(i) + w for i, w in enumerate(works[:n], 1))


def test_pandoc_superscript_group_printed_in_parentheses_is_read() -> None:
    # Radiation Protection Dosimetry: "^((1,2))", "^((3p45))" and "⁽⁶⁾" in pandoc's plain text
    report = check("A study\n\nAs shown previously^((1,2)), the estimate depends on sample size. These findings "
                   "agree with field observations^((3p45)). Several groups reported comparable results^((4,5)). "
                   "Earlier work described this pattern in detail^((2,3)). The method follows the protocol given "
                   "elsewhere⁽⁴⁾. Also⁽⁵⁾.\n\n", [_numbered(5)])
    assert [f.code for f in report.findings] == []
    assert sorted(k for c in report.citations for k in c.keys) == ["1", "2", "2", "3", "3", "4", "4", "5", "5"]


def test_entries_numbered_with_a_hyphen_are_a_numbered_list() -> None:
    # Mediterranean Journal of Chemistry: "1- A. Marrazzo, M. Gibertini, ..."
    report = check("A study\n\nEarlier work described this pattern in detail¹. The method follows the protocol given "
                   "elsewhere^(2,3). Also⁴ and⁵.\n\n", [_numbered(5, "{}- ")])
    assert [r.label for r in report.references] == ["1", "2", "3", "4", "5"]
    assert [f.code for f in report.findings] == []


def test_italic_parenthesised_citation_numbers_in_a_docx_read_as_numbers() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    # Science Translational Medicine (pandoc -t docx): "comparable results *(3–5)*. ... elsewhere *(6, 7)*."
    for text, italic in [("Several groups reported comparable results ", False), ("(3–5)", True),
                         (". The method follows the protocol given elsewhere ", False), ("(6, 7)", True), (".", False)]:
        paragraph.add_run(text).italic = italic
    out = io.BytesIO()
    document.save(out)
    text = read_docx(out.getvalue(), "p.docx").text
    assert "results (3–5)." in text and "elsewhere (6, 7)." in text


def test_notes_of_author_date_citations_alone_are_told_from_the_list() -> None:
    # World Politics: the notes "[2] Remacle 1989; Roy et al. 2015" name no title and hold no comma
    entries = [
        "Boettiger, Carl. 2022. “The Forecast Trap.” Ecology Letters 25, no. 7 Wiley: 1655–64.",
        "Remacle, J. 1989. “Microbial Ecology: Organisms, Habitats, Activities.” Biochemical Systematics and Ecology "
        "17, no. 6 Elsevier BV: 499–500.",
        "Roy, Ankush, Biswajit Halder, Utpal Garain, and David S. Doermann. 2015. “Machine-Assisted Authentication "
        "of Paper Currency: An Experiment on Indian Banknotes.” International Journal on Document Analysis and "
        "Recognition (IJDAR) 18, no. 3 Springer: 271–85.",
        "Veysey Powell, Jessica S., and Kimberly J. Babbitt. 2015. “Despite Buffers, Experimental Forest Clearcuts "
        "Impact Amphibian Body Size and Biomass.” PLOS ONE 10, no. 11 Public Library of Science (PLoS): e0143505.",
    ]
    notes = ["Veysey Powell and Babbitt 2015, 45", "Remacle 1989; Roy et al. 2015", "Boettiger 2022",
             "Roy et al. 2015, 50"]
    text = ("A study\n\nThe method follows the protocol given elsewhere.[1] Several groups reported comparable "
            "results.[2] As shown previously.[3] We return to this point later.[4]\n\nReferences\n\n"
            + "\n\n".join(entries) + "\n\n" + "\n\n".join(f"[{i}] {n}" for i, n in enumerate(notes, 1)) + "\n")
    report = check_document(Document(path="paper.txt", text=text))
    assert report.style == "chicago-notes" and len(report.references) == 4
    assert [f.code for f in report.findings] == []


def test_docx_raised_digits_in_plain_parentheses_are_citations() -> None:
    # Radiation Protection Dosimetry as the .docx reader gives it: Word raises the digits, not the parentheses
    body = ("A study\nAs shown previously(¹–³), the estimate depends on sample size. Several groups reported "
            "comparable results(⁴,⁵). These findings agree with field observations(²).\nReferences\n")
    report = check_document(Document(path="paper.docx", text=body + _numbered(5).replace("\n\n", "\n"), kind="docx"))
    assert [f.code for f in report.findings] == []
    assert sorted(k for c in report.citations for k in c.keys) == ["1", "2", "2", "3", "4", "5"]
