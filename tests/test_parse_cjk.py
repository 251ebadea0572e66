"""Chinese (GB/T 7714), Japanese and Korean references as printed, read end to end by the parser."""

from __future__ import annotations

from refcheck.parser import parse_entries


def _fields(text: str):
    return parse_entries([text])[0][1]


def _people(f) -> list[tuple[str | None, str | None]]:
    return [(a.family, a.given) for a in f.authors]


def test_gbt_journal_article_gives_each_author_and_its_numbers() -> None:
    f = _fields("8. 庞亮, 兰艳艳, 徐君, 等. 深度文本匹配综述[J]. 计算机学报, 2017, 40(4): 985-1003.")
    assert _people(f) == [("庞亮", None), ("兰艳艳", None), ("徐君", None)] and f.et_al
    assert (f.title, f.container) == ("深度文本匹配综述", "计算机学报")
    assert (f.year, f.volume, f.issue, f.pages) == ("2017", "40", "4", "985-1003")


def test_gbt_full_width_punctuation_and_glued_number() -> None:
    f = _fields("[19]雷元武，窦勇，郭松．基于 FPGA 的高精度科学计算加速器研究[J]. 计算机学报,2012,35(1): 112-122.")
    assert _people(f) == [("雷元武", None), ("窦勇", None), ("郭松", None)]
    assert f.title == "基于 FPGA 的高精度科学计算加速器研究" and f.container == "计算机学报"
    assert (f.year, f.volume, f.issue, f.pages) == ("2012", "35", "1", "112-122")


def test_gbt_journal_with_a_bracketed_edition_in_its_name() -> None:
    f = _fields("[21] 王亚群, 杨青, 文斗, 王莹, 王翔宇. 一种基于双模态的睡眠分期研究[J]. 郑州大学学报(理学版), 2025, "
                "57(3): 81-87.")
    assert len(f.authors) == 5 and f.container == "郑州大学学报(理学版)"
    assert (f.year, f.volume, f.issue, f.pages) == ("2025", "57", "3", "81-87")


def test_gbt_book_reads_place_and_publisher() -> None:
    f = _fields("[2] 李四. 制造业转型升级研究[M]. 北京: 机械工业出版社, 2019.")
    assert _people(f) == [("李四", None)] and f.title == "制造业转型升级研究"
    assert (f.place, f.publisher, f.year) == ("北京", "机械工业出版社", "2019")


def test_gbt_proceedings_after_the_double_slash_is_the_container() -> None:
    f = _fields("[2] 王五, 赵六. 稀疏视角三维重建方法[C]//中国计算机大会论文集. 北京: 电子工业出版社, 2025: 120-128.")
    assert f.title == "稀疏视角三维重建方法" and f.container == "中国计算机大会论文集"
    assert (f.publisher, f.year, f.pages) == ("电子工业出版社", "2025", "120-128")


def test_gbt_online_resource_dated_by_its_update_date() -> None:
    f = _fields("[8] 张三. 网络文章[EB/OL]. (2020-05-01)[2021-03-02]. https://www.example.cn/a.html.")
    assert f.title == "网络文章" and f.year == "2020"


def test_japanese_names_colon_then_title_and_year_last() -> None:
    f = _fields("山田太郎, 佐藤花子: 論文タイトル. 雑誌名, 12(3), 45-67 (2019)")
    assert _people(f) == [("山田太郎", None), ("佐藤花子", None)]
    assert (f.title, f.container) == ("論文タイトル", "雑誌名")
    assert (f.year, f.volume, f.issue, f.pages) == ("2019", "12", "3", "45-67")


def test_japanese_spaced_names_are_family_then_given() -> None:
    f = _fields("山田 太郎, 佐藤 花子: 機械学習による文書分類. 情報処理学会論文誌, 60(2), 123-135 (2019).")
    assert _people(f) == [("山田", "太郎"), ("佐藤", "花子")]
    assert f.container == "情報処理学会論文誌" and f.year == "2019"


def test_japanese_bracketed_title_and_journal() -> None:
    f = _fields("山田太郎・佐藤花子 (2019)「論文タイトル」『雑誌名』12(3), 45-67.")
    assert _people(f) == [("山田太郎", None), ("佐藤花子", None)]
    assert (f.title, f.container, f.year, f.volume, f.pages) == ("論文タイトル", "雑誌名", "2019", "12", "45-67")


def test_korean_apa_form_with_the_year_after_the_names() -> None:
    f = _fields("김철수, 이영희. (2019). 제목. 학술지, 12(3), 45-67.")
    assert _people(f) == [("김철수", None), ("이영희", None)]
    assert (f.title, f.container) == ("제목", "학술지")
    assert (f.year, f.volume, f.issue, f.pages) == ("2019", "12", "3", "45-67")


def test_korean_names_joined_by_a_middle_dot_are_two_people() -> None:
    f = _fields("김철수·이영희 (2019). 딥러닝 기반 자연어 처리 연구. 한국정보과학회논문지, 47(5), 501-510.")
    assert _people(f) == [("김철수", None), ("이영희", None)]
    assert f.title == "딥러닝 기반 자연어 처리 연구" and f.container == "한국정보과학회논문지"


def test_latin_entry_is_left_to_the_tagger() -> None:
    f = _fields("Smith, J. (2019). A study of things. Journal of Stuff, 12(3), 45-67.")
    assert _people(f) == [("Smith", "J.")] and f.container == "Journal of Stuff"
