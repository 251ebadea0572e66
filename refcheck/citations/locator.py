"""Pin-point locators: "p. 3", "p.25", "pp. 3-5", "para. 4", "ch. 2", "Article 67.2.5", bare "45" or "45-47".

A locator says where in a source, never which source; recognizing it lets the
author/year parser ignore it and lets a lone "(p.8)" be told from a citation.
"""

from __future__ import annotations

import re

from refcheck._perf import lazy

_NUM = r"(?:\d{1,5}(?:\.\d{1,3}){0,3}[a-z]?|[ivxlcdm]{1,7})"  # "Article 67.2.5"
# German and Latin "and following": "S. 98 ff.", "S. 12 f."
_FF = r"(?:\s?ff?\b\.?)?"
_RANGE = rf"{_NUM}(?:\s*[-–—]\s*{_NUM})?{_FF}"
_LIST = rf"{_RANGE}(?:\s*(?:,|&|and)\s*{_RANGE}){{0,6}}"
LABEL = _LABEL = (
    r"(?:pp?|pgs?|pages?|paras?|paragraphs?|¶¶?|ch|chaps?|chapters?|sec|sects?|sections?|§§?|"
    r"n|nn|notes?|vols?|volumes?|lines?|ll?|loc|slides?|col|cols|art|arts|"
    r"fol|fols|at|min|minutes?|timestamp|articles?|"
    # the numbered parts of a mathematical or statistical work: "(Callaway and Sant'Anna, 2021, Theorem 1)"
    r"theorems?|thms?|lemmas?|propositions?|props?|corollary|corollaries|cor|remarks?|examples?|eqs?|equations?"
    # Arabic and Persian "ص" (صفحة, page), "صص" (pages); Hebrew "עמ'" (עמוד)
    r"|صص?|עמ'?)"
)
_DRANGE = rf"\d{{1,5}}[a-z]?(?:\s*[-–—]\s*\d{{1,5}}[a-z]?)?{_FF}"
_DLIST = rf"{_DRANGE}(?:\s*(?:,|&|and)\s*{_DRANGE}){{0,6}}"
# Bare page numbers "45", "45-47", "12, 14"; or a time stamp "1:02:33", "00:14:20–00:16:05" (MLA films).
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
TIME_RANGE = rf"{_TIME}(?:\s*[-–]\s*{_TIME})?"
# (and philosophy's standard pages: Kant's A and B editions, "A320/B377", and the Academy edition, "4:285–86")
_KANT = r"[ab]\d{1,4}(?:[-–]\d{1,4})?(?:/[ab]\d{1,4}(?:[-–]\d{1,4})?)?|\d{1,2}:\d{1,4}(?:[-–]\d{1,4})?"
# (and a treatise's book, part and section, "(Hume, 1739–1740/2000, 1.3.14)")
# (and the classics' standard numbers: Aristotle by Bekker page, column and line, "1140b4–6", "987a32–b1"; Plato by
# Stephanus page and section, "352b–358d", "441e–442b")
_CLASSICAL = (r"\d{3,4}[ab]\d{1,2}(?:\s?[-–]\s?(?:\d{3,4}[ab])?\d{1,2}|\s?[-–]\s?[ab]\d{1,2})?"
              r"|\d{1,3}[a-e](?:\s?[-–]\s?\d{0,3}[a-e])?")
# A play's act, scene and lines, an epic's book and lines, a code's article: "3.3.36-38", "5.1.77", "2.4.2"
DIVISIONS = r"\d{1,3}(?:\.\d{1,3}){2,3}(?:\s?[-–]\s?\d{1,4}(?:\.\d{1,3}){0,3})?"
_BARE = rf"{_DLIST}|{TIME_RANGE}|{_KANT}|{_CLASSICAL}|{DIVISIONS}"
# A label runs into its number only when the number is digits ("p8"): "Li, 2009" is a name and a
# year, not the label "l" and the roman numeral "i".
# German "S. 45" (Seite), Czech and Slovak "s. 45" (strana), Russian "с. 45" (страница), Vietnamese "tr. 12"
# (trang), Slavic "str.", Russian "стр."/"ст.", Hungarian "old.", Indonesian "hlm.", Dutch "blz.", Spanish
# "pág.", Greek "σ.", Estonian "lk", Latvian "lpp.", Lithuanian "psl.": with the dot only.
_PAGE_ABBREVIATIONS = r"(?:[sс]|tr|str|стр|ст|old|hlm|blz|págs?|σσ?|lk|lpp|psl)"
# Latvian and Hungarian print the page first, as an ordinal: "55. lpp.", "432.–436. lpp.", "12. old."
_NUMBER_FIRST = r"\d{1,5}\.?(?:\s*[-–]\s*\d{1,5}\.?)?\s(?:lpp|old|psl|lk)\.?"
_LABELLED = rf"{_LABEL}(?:\.\s*{_LIST}|\s+{_LIST}|{_DLIST})|{_PAGE_ABBREVIATIONS}\.\s?{_LIST}|{_NUMBER_FIRST}"
# A numbered part of the work that is not a page: "(Legg et al. 2012: fig. 1)", "(O’Hara and Zhou 2021, table 4)",
# "Davoodi and others (2022, Annex 1)", "(IMF, 2023b, Statistical Table A2)", "Cahuc et al. (2021, sección 2)".
PART_LOCATOR = re.compile(r"(?:(?:figs?|figures?|abb|gr[aá]ficos?)|(?:[a-z]+\s+)?(?:tables?|tabs?|tablas?|cuadros?"
                          r"|annex(?:es)?|anexos?|anhang|appendix|appendices|apps?|box(?:es)?|secci[oó]n|secc"
                          r"|se[cç][aã]o|cap[ií]tulo|cap|kap|abschn))\.?\s*(?:[a-z]?\d{1,3}(?:\.\d{1,2})?[a-z]?|[ivx]{1,5})"
                          r"(?:\s*[-–,]\s*[a-z]?\d{1,3}(?:\.\d{1,2})?[a-z]?)*", re.IGNORECASE)

# Case-insensitive matching, two ways with the same answers: ASCII text is lower-cased
# and matched case-sensitively (every letter in the patterns is lower-case), which
# compiles several times faster than re.IGNORECASE; any other text (where Unicode case
# folding could differ from str.lower) gets the IGNORECASE pattern, compiled on first use.
_BARE_LOWER = re.compile(_BARE)
_LABELLED_LOWER = re.compile(_LABELLED)
LOCATOR_RE = lazy(_BARE, re.IGNORECASE)
_LABELLED_RE = lazy(_LABELLED, re.IGNORECASE)


# "n.d.", "s.d.", "s.f.": no date, not note "d" (a roman numeral) or section "f"
_NO_DATE = re.compile(r"[ns]\.\s?[df]\.?", re.IGNORECASE)


def _is_labelled(t: str) -> bool:
    if _NO_DATE.fullmatch(t):
        return False
    if t.isascii():
        return _LABELLED_LOWER.fullmatch(t.lower()) is not None
    return _LABELLED_RE.fullmatch(t) is not None


def _is_bare(t: str) -> bool:
    if t.isascii():
        return _BARE_LOWER.fullmatch(t.lower()) is not None
    return LOCATOR_RE.fullmatch(t) is not None


def is_locator(text: str, *, bare_numbers: bool = True) -> bool:
    """True when the whole text is a locator. Bare numbers ("45") count only when the
    caller says so: in "(Smith 2010, 45)" they do, in "(126)" after a country name they don't."""
    t = text.strip().strip(".,;:").strip()
    if not t or len(t) > 60:
        return False
    if _is_labelled(t):
        return True
    return bare_numbers and _is_bare(t)


def is_labelled_locator(text: str) -> bool:
    """"p.8", "pp. 3-5", "para. 2": a locator that says it is one."""
    t = text.strip().strip(".,;:").strip()
    return bool(t) and len(t) <= 60 and _is_labelled(t)


def normalize_locator(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().strip(",;:").strip())


def is_book_number(text: str) -> bool:
    """"III", "IV": a book or volume number printed where an author would go ("(III, 1993, p. 321)"),
    not an author; "LI", "XI" and single letters can be names or initials."""
    h = text.strip(" ,.").lower()
    return h not in ("i", "v", "x", "xi") and re.fullmatch(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})", h) is not None


# Front-matter pages in lower-case roman numerals: "(Bradshaw xiv)", "(Said xii-xv)".
_ROMAN = r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_ROMAN_RANGE = rf"(?:pp?\.\s*)?{_ROMAN}(?:\s*[-–]\s*{_ROMAN})?"
ROMAN_LOCATOR = lazy(_ROMAN_RANGE)
ROMAN_PAGES_RE = lazy(rf"(?:,\s*|\s+)({_ROMAN_RANGE})$")
