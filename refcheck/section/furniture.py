"""Page furniture inside a reference list: running heads and feet, link buttons, download stamps, and lines that
recur a page apart (the paper's title in capitals, "Author et al. Page 17")."""

from __future__ import annotations

import re

from refcheck.section.cues import CAPITAL_NAME_RE, looks_like_entry_start
from refcheck.text.patterns import DOWNLOAD_STAMP_RE, LINK_BUTTONS_RE, RUNNING_HEAD_RE, YEAR_RE

_PAGE_FIRST_RE = re.compile(r"\d{1,4}\s+[^\W\d]")
_LINK_RE = re.compile(r"https?://|www\.|doi\.org|\b10\.\d{4,9}/", re.IGNORECASE)


MIN_PAGE_LINES = 15


def repeated_furniture(lines: list[str]) -> set[str]:
    """Short lines that recur a page apart with only their digits changing, or word for word: running heads and
    footers."""
    seen: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        s = line.strip()
        # A running head or footer has no closing punctuation ("2015." alone is an entry's wrapped tail, however
        # often it recurs), unless it opens with its page number ("46    Author et al."); nor is a wrapped DOI or
        # link, nor a wrapped page range alone ("18531–18536"): a head has words.
        if 0 < len(s) <= 80 and re.search(r"\d", s) and (s[-1] not in ".,;:)]" or _PAGE_FIRST_RE.match(s)) \
                and not _LINK_RE.search(s) and re.search(r"[^\W\d_]", s):
            seen.setdefault(re.sub(r"\d+", "#", s), []).append(n)
        elif _CAPITALS_HEAD_RE.fullmatch(s) or (0 < len(s) <= 60 and s[-1] not in ",;:" and _WORDS_RE.search(s)
                                                and (s[-1] != "." or _LICENCE_RE.search(s))):
            # "TEMPERATURAS EXTREMAS E INGRESOS ... POR CAUSAS RENALES..." (twice is enough for the paper's title in
            # capitals), a review PDF's "Ecology Letters" and "For Review Only" on every page, a preprint's
            # "https://doi.org/10.5194/tc-2023-187" and "c Author(s) 2023. CC BY 4.0 License."
            seen.setdefault(s, []).append(n)
    # A page's head recurs a page apart; a body's yearly reports ("report on rural migrant workers monitoring
    # survey. May 12, 2014. Avail-") wrap alike a few lines apart.
    # (a line that recurs word for word may also stand once near another: the journal's name atop the first page)
    return {k for k, at in seen.items() if len(at) >= (2 if _CAPITALS_HEAD_RE.fullmatch(k) else 3)
            and _gap([b - a for a, b in zip(at, at[1:], strict=False)], strict="#" in k)
            >= MIN_PAGE_LINES}


def _gap(gaps: list[int], strict: bool) -> int:
    return min(gaps) if strict or len(gaps) < 3 else sorted(gaps)[len(gaps) // 2]


# a licence or copyright line, the only page foot that ends in a full stop ("... University Press, 2015." never is one)
_LICENCE_RE = re.compile(r"\b(?:licen[cs]e|copyright|all rights reserved|author\(s\))|©", re.IGNORECASE)
_RULE_RE = re.compile(r"[─━═—–_=*·•~-]{10,}")
_WORDS_RE = re.compile(r"[^\W\d_]{3}")
_CAPITALS_HEAD_RE = re.compile(r"(?=(?:\S+\s+){3})[^\W\d_a-z][^\da-z]{15,100}")


# A page's or report's copyright foot, whatever its length, in Markdown's emphasis too: "*© 2024 Halden & Meyer
# Hospitality Advisory GmbH. This report is for information only and does not constitute investment advice.*"
# A repository's stamp on every page: SSRN's "Electronic copy available at: https://ssrn.com/abstract=4412345"
_REPOSITORY_FOOT_RE = re.compile(r"Electronic copy available at:\s*https?://\S+$")
_COPYRIGHT_FOOT_RE = re.compile(r"[*_]{0,2}©\s?(?:1[5-9]|20)\d\d\b.{10,240}")


def is_furniture(s: str, repeated: set[str]) -> bool:
    if _COPYRIGHT_FOOT_RE.fullmatch(s) or _REPOSITORY_FOOT_RE.match(s):
        return True
    if RUNNING_HEAD_RE.match(s) or LINK_BUTTONS_RE.match(s) or DOWNLOAD_STAMP_RE.match(s) or _RULE_RE.fullmatch(s):
        return True  # (a rule drawn across a page, "────────────", never an entry: a repeated author's dashes are 3)
    # (a body's yearly reports print alike, "NBS – National Bureau of Statistics of China. ... 2012. Annual")
    if s in repeated:
        return True  # the paper's title in capitals verbatim on two pages, a preprint's DOI and licence on every page
    return len(s) <= 80 and re.sub(r"\d+", "#", s) in repeated and not looks_like_entry_start(s) \
        and not CAPITAL_NAME_RE.match(s)


# The next page's running head after a page's folio, its two parts set apart as a PDF's layout printed them:
# "Raumforschung und Raumordnung 81 (3)             Kasper und Ebner" (journal and issue left, authors right).
_GAPPED_HEAD_RE = re.compile(r"[^\s.]\S*(?: \S+){0,7} {5,}\S+(?: \S+){0,7}[^.,;:]")


def is_page_head(s: str, after_folio: bool) -> bool:
    """Whether S, a line right after a page's folio or foot (AFTER_FOLIO), is the next page's running head."""
    return after_folio and len(s) <= 100 and _GAPPED_HEAD_RE.fullmatch(s) is not None \
        and _WORDS_RE.search(s) is not None


# A meta-analysis's note on its list: "References marked with an asterisk indicate studies included in the
# meta-analysis.", "Las referencias precedidas de un asterisco (*) corresponden a los estudios incluidos ...",
# "Les références précédées d'un astérisque ...", "Mit * gekennzeichnete Studien ...": a sentence, not an entry.
_MARK_WORD = r"(?:an? )?(?:asterisks?|asterisco|asteriscos|astérisques?|sternchen|\(\*\)|\*|daggers?|\(†\)|†)"
_NOTE_SUBJECT = (r"(?:(?:the|las|los|les|die|as|os) )?(?:references?|studies|entries|works|sources|articles|referencias"
                 r"|referências|références|estudios|estudos|études|studien|quellen|literatur)")
_NOTE_MARKED = (r"(?:marked|preceded|indicated|flagged|precedidas?|precedidos?|marcad[oa]s|señalad[oa]s|précédé(?:e?s)?"
                r"|marqué(?:e?s)?|gekennzeichnet(?:e|en)?|markiert(?:e|en)?)")
_NOTE_VERB = r"(?:indicates?|denotes?|marks?|identifies|indica|señala|marca|indique|désigne|kennzeichnet|markiert)"
_LIST_NOTE_RE = re.compile(
    rf"{_NOTE_SUBJECT}\b[^.]{{0,40}}?\b{_NOTE_MARKED}\b[^.]{{0,20}}?{_MARK_WORD}"
    rf"|(?:an? )?{_MARK_WORD}(?:\s\(\*\))?\s{_NOTE_VERB}\b"
    r"|(?:die )?mit (?:einem )?(?:\*|sternchen)\s(?:gekennzeichnet|markiert)", re.IGNORECASE)


def is_list_note(text: str) -> bool:
    """A sentence a list prints about its marks (which entries a meta-analysis included), not an entry."""
    return len(text) < 300 and _LIST_NOTE_RE.match(text.strip()) is not None and YEAR_RE.search(text) is None


def list_note_lines(lines: list[str], start_line: int, end_line: int) -> set[int]:
    """The 1-based numbers of the lines in [START_LINE, END_LINE) of a short paragraph that is a note on the list's
    marks (it may wrap: "... corresponden a los estudios incluidos en el" / "metaanálisis.")."""
    out: set[int] = set()
    para: list[int] = []
    for n in range(start_line, min(end_line, len(lines) + 1) + 1):
        if n <= min(end_line - 1, len(lines)) and lines[n - 1].strip():
            para.append(n)
            continue
        if 0 < len(para) <= 3 and is_list_note(" ".join(lines[k - 1].strip() for k in para)):
            out.update(para)
        para = []
    return out
