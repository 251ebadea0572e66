"""CJK author lists as printed: one person per name, "等" as et al., middle dots by script."""

from __future__ import annotations

from refcheck.normalizer.names import parse_names


def _people(text: str) -> tuple[list[tuple[str | None, str | None]], bool]:
    names, et_al = parse_names(text)
    return [(n.family, n.given) for n in names], et_al


def test_chinese_deng_is_et_al() -> None:
    assert _people("张三, 李四, 王五, 等.") == ([("张三", None), ("李四", None), ("王五", None)], True)


def test_japanese_list_in_kanji_split_at_the_nakaguro() -> None:
    assert _people("山田太郎・佐藤花子") == ([("山田太郎", None), ("佐藤花子", None)], False)


def test_katakana_name_keeps_its_nakaguro() -> None:
    assert _people("ジョン・スミス, 山田太郎")[0] == [("ジョン・スミス", None), ("山田太郎", None)]


def test_chinese_transliterated_name_keeps_its_middle_dot() -> None:
    assert _people("约翰·史密斯, 李四")[0] == [("约翰·史密斯", None), ("李四", None)]


def test_spaced_name_is_family_first() -> None:
    assert _people("山田 太郎, 佐藤 花子:")[0] == [("山田", "太郎"), ("佐藤", "花子")]
