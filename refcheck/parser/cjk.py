"""Chinese, Japanese and Korean references as printed, read by their punctuation.

The tagger was trained on Latin-script references only: a CJK token carries none of the features it
learnt from (capitals, initials, dictionary words), so "张三, 李四, 王五. 标题[J]. 期刊, 2019, 12(3):
45-67." came out as one run of "genre". These forms are regular enough to be pinned by rule:

- GB/T 7714 (Chinese): ``[1] 张三, 李四, 王五. 标题[J]. 期刊, 2019, 12(3): 45-67.`` and books
  ``刘洋, 陈静. 中国经济发展报告[M]. 北京: 科学出版社, 2018: 12-20.``;
- Japanese (SIST-like): ``山田太郎, 佐藤花子: 論文タイトル. 雑誌名, 12(3), 45-67 (2019)`` and
  ``山田太郎・佐藤花子 (2019)「論文タイトル」『雑誌名』12(3), 45-67.``;
- Korean (APA-like): ``김철수, 이영희. (2019). 제목. 학술지, 12(3), 45-67.``

The names come first, closed by a full stop or colon (or followed by the bracketed year), then the
title to its full stop (or inside 「」), an optional GB/T type mark ("[J]", "[M]", "[C]//"), then the
container or "Place: Publisher", then the numbers. Only entries whose names are CJK are read here;
anything else is left to the tagger (:func:`cjk_anchors` returns no pins).
"""

from __future__ import annotations

import re

from refcheck.text.patterns import CAPS, CJK_CHARS

# Arabic-script (Arabic, Persian, Urdu) and Hebrew names have no capitals either, and their APA-like lists print as
# Korean's do: "بركات، حليم. (2000). المجتمع العربي في القرن العشرين. بيروت: مركز دراسات الوحدة العربية."
_CASELESS = "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff"
HAS_CJK = re.compile(f"[{CJK_CHARS}{_CASELESS}]")
_NAME = re.compile(f"^[{CJK_CHARS}{_CASELESS}·・、]{{1,24}}[,，、.:;]?$")
_ET_AL = re.compile(r"^(?:等|他|ほか|외|et|al)[.,:]?$")
_NUMBER = re.compile(r"^\[?\d{1,4}[\].]?$")
_PAREN_YEAR = re.compile(r"^[(（](?:1[5-9]\d\d|20\d\d)[a-z]?[)）][.,:]?$")
_YEAR = re.compile(r"^\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?[.,:;]?$")
# GB/T 7714's online dates: "(2020-05-01)[2021-03-02]." (updated, then cited)
_ONLINE_DATE = re.compile(r"^\((?:1[5-9]\d\d|20\d\d)[-\d]*\)(?:\[[-\d]+\])?[.,]?$")
_MARK = re.compile(r"^\[(?:[A-Z]{1,2}|EB)(?:/OL)?\](?://)?[.,]?$")
_VOLUME = re.compile(r"^(?:\d+\s?\(\d+(?:[-–]\d+)?\)|\(\d+(?:[-–]\d+)?\)|\d+)[,:;.]?$")
_PAGES = re.compile(r"^[A-Za-z]?\d+(?:[-–~][A-Za-z]?\d+)?[.,]?$")
_END = re.compile(r"[.。?!？！]$")
_NO_MARK_BOOK = frozenset({"M", "D", "R", "S", "P", "G", "Z", "A", "N"})


def cjk_anchors(words: list[str]) -> dict[int, str]:
    """Token index -> label for an entry whose names are printed in CJK, or a GB/T 7714 entry with a type
    mark whose names are Latin ("LECUN Y, BENGIO Y, HINTON G. Deep learning[J]. Nature, 2015, ..."); empty
    for any other."""
    if not words:
        return {}
    cjk = HAS_CJK.match(words[0]) or len(words) > 1 and HAS_CJK.match(words[1])
    if not cjk and not any("]" in w and _MARK.match(w) for w in words[2:40]):
        return {}
    fixed: dict[int, str] = {}
    i = 0
    if words and _NUMBER.match(words[0]) and len(words) > 1:
        fixed[0] = "citation-number"
        i = 1
    end = _names_end(words, i) if cjk else _latin_names_end(words, i)
    if end is None:
        return {}
    for j in range(i, end):
        fixed[j] = "author"
    i = end
    if i < len(words) and _PAREN_YEAR.match(words[i]):
        fixed[i] = "date"
        i += 1
    i, mark = _title(words, i, fixed)
    if i >= len(words):
        return fixed
    _tail(words, i, mark, fixed)
    return fixed


def _names_end(words: list[str], i: int) -> int | None:
    """The index after the names opening at I, or None when they are not CJK names."""
    for j in range(i, min(len(words), i + 40)):
        w = words[j]
        if not (_NAME.match(w) or j > i and _ET_AL.match(w)):
            return None
        if j == i and not HAS_CJK.match(w):
            return None
        if w[-1] in ".:;" or j + 1 < len(words) and (
                _PAREN_YEAR.match(words[j + 1]) or words[j + 1][:1] in "「『“"):
            return j + 1
    return None


# GB/T 7714's Latin names, family first and initials after: "LECUN Y,", "Ronneberger O,", "KOHL S A A,", "LE FOLGOC L,"
_LATIN_FAMILY = re.compile(r"^[" + CAPS + r"][\w'’-]*,?$")
_LATIN_INITIALS = re.compile(r"^[" + CAPS + r"]{1,3}[,.]?$")


def _latin_names_end(words: list[str], i: int) -> int | None:
    """The index after GB/T 7714's Latin names opening at I (closed by the full stop after an initial or
    "et al."), or None when the entry does not open so."""
    seen_initials = False
    for j in range(i, min(len(words), i + 60)):
        w = words[j]
        if j > i and w in ("et", "al.", "al") and seen_initials:
            if w == "al.":
                return j + 1
            continue
        if _LATIN_INITIALS.match(w) and j > i:
            seen_initials = True
            if w.endswith("."):
                return j + 1
            continue
        if not _LATIN_FAMILY.match(w):
            return None
    return None


def _title(words: list[str], i: int, fixed: dict[int, str]) -> tuple[int, str]:
    """Pin the title opened at I (and the type mark after it); return the next index and the mark."""
    quoted = words[i][:1] == "「" if i < len(words) else False
    for j in range(i, min(len(words), i + 60)):
        w = words[j]
        if not quoted and j > i and (_MARK.match(w) or _YEAR.match(w)):
            return _mark(words, j, fixed)
        fixed[j] = "title"
        if quoted and "」" in w or not quoted and _END.search(w):
            return _mark(words, j + 1, fixed)
    return len(words), ""


def _mark(words: list[str], j: int, fixed: dict[int, str]) -> tuple[int, str]:
    if j < len(words) and _MARK.match(words[j]):
        fixed[j] = "genre"
        return j + 1, words[j][1:words[j].index("]")].split("/")[0]
    return j, ""


def _tail(words: list[str], i: int, mark: str, fixed: dict[int, str]) -> None:
    """Container (or "Place: Publisher"), then year, volume(issue) and pages."""
    k = i
    while k < len(words) and not any(c.isdigit() for c in words[k]) and "://" not in words[k]:
        k += 1
    text_words = list(range(i, k))
    colon = next((j for j in text_words if words[j].endswith(":")), None)
    if colon is not None and (mark in _NO_MARK_BOOK or mark == "C" or not mark and colon < k - 1):
        # "北京: 科学出版社," and a proceedings' "//编者. 文集题名. 北京: 出版社,"
        before = [j for j in text_words if j < colon]
        ends = [j for j in before if _END.search(words[j])]
        for j in text_words:
            fixed[j] = "publisher" if j > colon else "location"
        if mark == "C" and before:
            for j in before:
                fixed[j] = "editor" if len(ends) >= 2 and j <= ends[0] else "container-title"
    else:
        label = "container-title" if mark == "C" or words[i - 1].endswith("//") else "journal"
        for j in text_words:
            fixed[j] = label
    prev = ""
    for j in range(k, len(words)):
        w = words[j]
        if (_YEAR.match(w) or _ONLINE_DATE.match(w)) and prev != "volume":
            fixed[j] = prev = "date"
        elif prev in ("", "date", "journal") and _VOLUME.match(w) and mark not in _NO_MARK_BOOK:
            fixed[j] = prev = "volume"
        elif prev in ("volume", "date") and _PAGES.match(w):
            fixed[j] = prev = "pages"
        else:
            return
