"""Habits of the papers on blind set 12's dev half (fixtures/papers_blind12, papers in other languages written by a
helper who never read refcheck's code): "in press" and "no date" in their own words, "and" in Dutch and Serbian."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_in_press_and_no_date_in_other_languages_are_a_citations_year() -> None:
    text = ("La deserción es multicausal (Tinto, 1975; Castillo Ramírez, en prensa) y el instituto lo confirma "
            "(Nederlands Jeugdinstituut, z.d.).\n\nReferencias\n\n"
            "Castillo Ramírez, L. M. (en prensa). Acompañamiento académico y permanencia estudiantil. Revista "
            "Colombiana de Educación.\n\n"
            "Nederlands Jeugdinstituut. (z.d.). Prestatiedruk bij jongeren. https://www.nji.nl\n\n"
            "Tinto, V. (1975). Dropout from higher education: A theoretical synthesis of recent research. Review of "
            "Educational Research, 45(1), 89–125.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [c.year for c in report.citations] == ["1975", "in press", "n.d."] and report.findings == []


def test_dutch_en_and_serbian_i_join_two_authors() -> None:
    text = ("Ryan en Deci (2000) beschrijven motivatie; Павловић и Антонић (2007) описују консолидацију.\n\n"
            "Literatuur\n\n"
            "Ryan, R. M., & Deci, E. L. (2000). Self-determination theory and the facilitation of intrinsic "
            "motivation. American Psychologist, 55(1), 68–78.\n\n"
            "Павловић, Д. и Антонић, С. (2007). Консолидација демократских установа у Србији после 2000. године. "
            "Београд: Службени гласник.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [c.authors for c in report.citations] == [["Ryan", "Deci"], ["Павловић", "Антонић"]]
    assert report.findings == []


def test_japanese_author_date_citations_with_a_middle_dot_ta_and_nen_are_read() -> None:
    # "（小杉・堀 2006）", "石田他（2011）" (他: et al.), "宮本（2008年）" (年: year) for entries in kanji
    text = ("非正規雇用の拡大は若年層に集中している（小杉・堀 2006）。石田他（2011）は階層移動を分析し、"
            "宮本（2008年）は福祉政治を論じた。\n\n参考文献\n\n"
            "石田浩・近藤博之・中尾啓子編(2011)『現代の階層社会2 階層と移動の構造』東京大学出版会.\n\n"
            "小杉礼子・堀有喜衣編(2006)『キャリア教育と就業支援』勁草書房.\n\n"
            "宮本太郎(2008)『福祉政治:日本の生活保障とデモクラシー』有斐閣.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert len(report.citations) == 3 and report.findings == []


def test_a_year_closed_by_nen_after_an_event_is_no_citation_unless_listed() -> None:
    # SIST (blind 6): "阪神・淡路大震災(1995年)以降" names the Great Hanshin-Awaji Earthquake, not a work
    text = ("阪神・淡路大震災(1995年)以降、ソーシャル・キャピタルが注目された（稲葉 2007）。\n\n参考文献\n\n"
            "稲葉陽二(2007)『ソーシャル・キャピタル』生産性出版.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.findings == []
