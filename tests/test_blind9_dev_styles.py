"""Habits of the styles on blind set 9's dev half (fixtures/papers_blind9, written by a helper who never read
refcheck's code): Ukrainian DSTU 8302's list heading and page locators, lists with no heading
(a Nature letter, and blind set 8's AIP paper pasted from a PDF)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document

DSTU = """Децентралізація

Теорію бюджетного федералізму заклав Тібу [1], а Оутс уточнив її [2, с. 35]. Закон [3, ст. 64] визначає
повноваження громад.

Список використаних джерел

1. Tiebout C. M. A Pure Theory of Local Expenditures. Journal of Political Economy. 1956. Vol. 64, No. 5.
P. 416–424.
2. Oates W. E. Fiscal Federalism. New York : Harcourt Brace Jovanovich, 1972. 256 p.
3. Бюджетний кодекс України : Закон України від 08.07.2010 № 2456-VI. Відомості Верховної Ради України.
2010. № 50–51. Ст. 572.
"""


def test_a_ukrainian_list_of_sources_used_is_the_reference_list() -> None:
    report = check_document(Document(path="p.txt", text=DSTU))
    assert len(report.references) == 3


def test_a_bracket_number_with_a_cyrillic_page_cites_its_entry() -> None:
    report = check_document(Document(path="p.txt", text=DSTU.replace("Список використаних джерел", "References")))
    assert len(report.citations) == 3 and report.findings == []


NATURE = """Ocean-driven thinning of buttressing ice shelves

Ice shelves restrain the flow of the grounded ice behind them1,2. Volume loss has accelerated over the past
three decades3, and models project its effect on sea-level rise4,5.

Received: 2 June 2023; Accepted: 19 January 2024

1.\tRignot, E., Jacobs, S., Mouginot, J. & Scheuchl, B.
\tIce-shelf melting around Antarctica. Science 341,
\t266–270 (2013).
2.\tPritchard, H. D. et al. Antarctic ice-sheet loss
\tdriven by basal melting of ice shelves. Nature 484,
\t502–505 (2012).
3.\tPaolo, F. S., Fricker, H. A. & Padman, L. Volume loss
\tfrom Antarctic ice shelves is accelerating. Science
\t348, 327–331 (2015).

4 | NATURE | VOL 627 | 14 MARCH 2024
Letter RESEARCH

4.\tThe IMBIE team. Mass balance of the Antarctic Ice
\tSheet from 1992 to 2017. Nature 558, 219–222 (2018).
5.\tDeConto, R. M. & Pollard, D. Contribution of Antarc-
\ttica to past and future sea-level rise. Nature 531,
\t591–597 (2016).

Acknowledgements We thank the European Space Agency.
"""


def test_a_list_with_no_heading_numbered_from_one_after_the_body_is_the_reference_list() -> None:
    report = check_document(Document(path="p.txt", text=NATURE))
    assert [r.label for r in report.references] == ["1", "2", "3", "4", "5"] and report.findings == []


AIP = """Two-level systems

Losses in superconducting resonators are set by the dielectrics from which it is made.1,2 They dominate at
microwave frequencies,3 and were measured by Gao et al.4 and others.5

DATA AVAILABILITY

The data that support the findings of this study are available from the corresponding author.

1J. Koch, T. M. Yu, J. Gambetta, A. A. Houck, D. I. Schuster, J. Majer, A. Blais, M. H. Devoret, S. M.
Girvin, and R. J. Schoelkopf, Phys. Rev. A 76, 042319 (2007).
2M. H. Devoret and R. J. Schoelkopf, Science 339, 1169 (2013).
3J. M. Martinis, K. B. Cooper, R. McDermott, M. Steffen, M. Ansmann, K. D. Osborn, K. Cicak, S. Oh,
D. P. Pappas, R. W. Simmonds, and C. C. Yu, Phys. Rev. Lett. 95, 210503 (2005).
4J. Gao, M. Daal, A. Vayonakis, S. Kumar, J. Zmuidzinas, B. Sadoulet, B. A. Mazin, P. K. Day, and H.
G. Leduc, Appl. Phys. Lett. 92, 152505 (2008).
5J. Zmuidzinas, Annu. Rev. Condens. Matter Phys. 3, 169 (2012).
"""


def test_aip_entries_whose_raised_number_is_glued_to_the_initial_are_a_numbered_list() -> None:
    report = check_document(Document(path="p.txt", text=AIP))
    assert [r.label for r in report.references] == ["1", "2", "3", "4", "5"] and report.findings == []


def test_a_number_introduced_by_ref_in_parentheses_is_a_citation_in_a_superscript_paper() -> None:
    text = NATURE.replace("three decades3,", "three decades,").replace(
        "sea-level rise4,5.", "sea-level rise4,5. Melt doubled in 2003–2012 (ref. 3), as feared2.")
    report = check_document(Document(path="p.txt", text=text))
    assert "3" in {k for c in report.citations for k in c.keys} and report.findings == []


APA7 = """Ego depletion

The term has a dictionary entry (American Psychological Association, n.d.-a), as has the Stroop test (American
Psychological Association, n.d.-b). Power was computed with G*Power (Faul et al., 2007), and the effect was
questioned by a multilab replication (Hagger et al., 2016).

References

American Psychological Association. (n.d.-a). Ego depletion. In APA dictionary of
psychology.
    Retrieved March 3, 2024, from https://dictionary.apa.org/ego-depletion
American Psychological Association. (n.d.-b). Stroop color-word interference test. In APA
    dictionary of psychology. Retrieved March 3, 2024, from
    https://dictionary.apa.org/stroop-color-word-interference-test
Faul, F., Erdfelder, E., Lang, A.-G., & Buchner, A. (2007). G*Power 3: A flexible
statistical
    power analysis program for the social, behavioral, and biomedical sciences. Behavior
    Research Methods, 39(2), 175–191.
Hagger, M. S., Chatzisarantis, N. L. D., Alberts, H., Anggono, C. O., Batailler, C., Birt,
    A. R., Brand, R., Brandt, M. J., Brewer, G., Bruyneel, S., Calvillo, D. P., Campbell,
    W. K., . . . Zwienenberg, M. (2016). A multilab preregistered
replication
    of the ego-depletion effect. Perspectives on Psychological Science, 11(4), 546–573.
"""


def test_a_line_broken_flush_left_in_lower_case_runs_on_in_a_hanging_list() -> None:
    report = check_document(Document(path="p.txt", text=APA7))
    assert len(report.references) == 4


def test_undated_works_lettered_n_d_a_and_n_d_b_are_told_apart() -> None:
    report = check_document(Document(path="p.txt", text=APA7))
    assert report.findings == []
