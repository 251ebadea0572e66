"""Habits of the styles on blind set 6's dev half (fixtures/papers_blind6, written by a helper who never read
refcheck's code): Turkish APA, Japanese author-date, Portuguese NP 405, Science's untitled numbered notes."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.normalizer.names import parse_names
from refcheck.pipeline import check_document

TURKISH_LIST = """Kaynakça

Harris, J. R. ve Todaro, M. P. (1970). Migration, unemployment and development: A two-sector analysis. American
Economic Review, 60(1), 126–142.

Türkiye İstatistik Kurumu. (2023). Adrese dayalı nüfus kayıt sistemi sonuçları, 2022. TÜİK.
"""


def test_turkish_ve_joins_two_authors_in_a_citation_and_in_an_entry() -> None:
    report = check_document(Document(path="p.txt", text="Harris ve Todaro (1970) gösterdi (Türkiye İstatistik "
                                     "Kurumu [TÜİK], 2023).\n\n" + TURKISH_LIST))
    assert report.findings == []
    assert [a.family for a in report.references[0].fields.authors] == ["Harris", "Todaro"]


def test_every_languages_and_splits_a_list_of_names() -> None:
    for printed, families in (("Andersen, T. og Hansen, K.", ["Andersen", "Hansen"]),
                              ("Anna Lindqvist och Maria Berg", ["Lindqvist", "Berg"]),
                              ("Jan Kowalski i Adam Nowak", ["Kowalski", "Nowak"])):
        names, _ = parse_names(printed)
        assert [n.family for n in names] == families, printed


def test_an_acronym_with_a_dotted_capital_introduced_in_brackets_cites_its_body() -> None:
    report = check_document(Document(path="p.txt", text="Veriler (Türkiye İstatistik Kurumu [TÜİK], 2023) ve "
                                     "TÜİK (2023) raporu.\n\n" + TURKISH_LIST.split("\n\nHarris")[0]
                                     + "\n\nTürkiye İstatistik Kurumu. (2023). Adrese dayalı nüfus kayıt sistemi "
                                     "sonuçları, 2022. TÜİK.\n"))
    assert report.findings == []


def test_full_width_brackets_and_semicolons_are_read_as_ascii() -> None:
    doc = Document(path="p.txt", text="Coleman（1988）によれば（Aldrich 2012；Putnam 2000: 19）")
    assert doc.text == "Coleman(1988)によれば(Aldrich 2012;Putnam 2000: 19)"


def test_two_untitled_entries_alike_are_a_duplicate() -> None:
    # Science's "References and Notes" print no titles
    text = ("Shown before (1), and again (2, 3).\n\nReferences and Notes\n\n1. L. Cong et al., Science 339, 819 "
            "(2013).\n2. H. Hsu et al., Cell 157, 1262 (2014).\n3. L. Cong et al., Science 339, 819 (2013).\n")
    report = check_document(Document(path="p.txt", text=text))
    assert "duplicate-entry" in [f.code for f in report.findings]


def test_two_untitled_entries_of_one_journal_volume_are_two_works() -> None:
    text = ("Shown before (1), and again (2).\n\nReferences and Notes\n\n1. L. Cong et al., Science 339, 819 "
            "(2013).\n2. L. Cong et al., Science 339, 823 (2013).\n")
    report = check_document(Document(path="p.txt", text=text))
    assert "duplicate-entry" not in [f.code for f in report.findings]


def test_an_academic_year_after_a_name_is_no_citation_unless_listed() -> None:
    text = ("Mestrado em Geografia Humana | Seminário de Geografia Urbana (2022/2023)\n\nA cidade mudou (Glass, "
            "1964).\n\nReferências\n\nGLASS, Ruth (1964) London: Aspects of Change. London: MacGibbon & Kee.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.findings == []


JAPANESE_LIST = """

参考文献

稲葉陽二（2011）『ソーシャル・キャピタル入門――孤立から絆へ』中央公論新社．

Aldrich, D. P. (2012) Building Resilience: Social Capital in Post-Disaster Recovery. Chicago: University of Chicago
Press.
"""


def test_a_japanese_family_cites_the_entry_its_full_name_opens() -> None:
    # Japanese prints family and given names unspaced ("稲葉陽二") and cites the family alone ("（稲葉 2011）")
    report = check_document(Document(path="p.txt", text="はじめに\n\nこの点は議論がある（稲葉 2011）．"
                                     "そして Aldrich（2012）も論じた．" + JAPANESE_LIST))
    assert report.findings == []


def test_a_name_glued_to_a_bracket_in_a_japanese_sentence_is_a_narrative_citation() -> None:
    # no space before a bracket or after the sentence before: "である．Aldrich（2012: 15）は"; "稲葉（2011）による"
    report = check_document(Document(path="p.txt", text="はじめに\n\n資源である．Aldrich（2012: 15）は，"
                                     "阪神を比較した．稲葉（2011）による入門書もある．" + JAPANESE_LIST))
    assert report.findings == [] and len(report.citations) == 2


def test_a_japanese_name_found_only_by_the_list_is_no_evidence_for_another_year() -> None:
    # the name is told only by the entry that opens with it: another year of it says nothing, never a false error
    report = check_document(Document(path="p.txt", text="はじめに\n\n議論がある（稲葉 2015）．そして Aldrich（2012）"
                                     "も論じた．稲葉（2011）．" + JAPANESE_LIST))
    assert [f.code for f in report.findings if f.severity == "error"] == []
