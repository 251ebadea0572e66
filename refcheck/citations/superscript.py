"""Superscript citation numbers, as each kind of file leaves them in text.

* Unicode superscript digits, "victims.¹²", "shown¹⁻³", "work³(p45)": what pandoc's plain writer, the
  .docx reader (superscript runs) and the PDF reader (raised small digits) produce;
* pandoc's ASCII forms, "results^(8,9)", "previously^(3(p45))", Markdown's "^1,2^" and HTML's "<sup>1,2</sup>";
* digits glued to a word or to its punctuation, "victims.12,13", "previously.1(p320)": a PDF or .txt
  export that dropped the raising. These are the least certain: "H2O", "CO2", "COVID-19", "p<0.05",
  "Fig.2", decimals and years never qualify, and the caller treats what is left as tentative (kept
  only when the number is an entry of the list).

Every reader returns (start, end, numbers, locator) like numeric.numeric_groups; "(p45)" after a number
is AMA's page locator. Numbers are read as printed: "¹²" is 12, never 1 and 2.
"""

from __future__ import annotations

import re

from refcheck.citations.numeric import AMA_PAGE as _AMA_PAGE
from refcheck.citations.numeric import MAX_RANGE

_SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# (a PDF's raised locator "⁶⁽ᵖ⁴⁹⁾" is printed in raised parentheses and a raised "p" too)
_TO_ASCII = str.maketrans(_SUP_DIGITS + "⁻⁽⁾ᵖ˒⸴", "0123456789-()p,,")
_ITEM = rf"\d{{1,3}}(?:{_AMA_PAGE})?"
_LIST = rf"{_ITEM}(?:\s?[-–]\s?{_ITEM}|\s?,\s?{_ITEM}){{0,30}}"
_LIST_RE = re.compile(rf"\s*({_LIST})\s*")
_SIGNAL_RE = re.compile(r"\b(?:see(?: also)?|cf\.|e\.g\.,?)\s*", re.IGNORECASE)  # "^(28, e.g., 45,46)"
_ITEM_RE = re.compile(rf"(\d{{1,3}})({_AMA_PAGE})?")

_ANY_DIGIT = rf"[\d{_SUP_DIGITS}]"
# "(p45)", from Word also "(p⁴⁵)", from a PDF "⁽ᵖ⁴⁵⁾" (the whole locator raised)
_RAISED_PAGE = rf"[(⁽](?:pp?|ᵖᵖ?)\s?{_ANY_DIGIT}{{1,5}}(?:[-–⁻]{_ANY_DIGIT}{{1,5}})?[)⁾]"
# (Unicode has no superscript comma: Word users type the modifier letter "˒" or the raised comma "⸴", "²˒³")
_UNICODE_RE = re.compile(rf"[{_SUP_DIGITS}]{{1,3}}(?:{_RAISED_PAGE})?(?:\s?[,˒⸴⁻–-]\s?[{_SUP_DIGITS}]{{1,3}}"
                         rf"(?:{_RAISED_PAGE})?){{0,30}}")
# (and HTML's "<sup>2,13</sup>", which Markdown written by hand or exported from a web page keeps)
_PANDOC_RE = re.compile(r"\^\(((?:[^()\n]|\([^()\n]{0,12}\)){1,80})\)|\^([^\s^]{1,60})\^"
                        r"|<sup>\s*([^<>\n]{1,60}?)\s*</sup>", re.IGNORECASE)
# "victims.12,13", "al.3", "previously,1(p320)", "cells12": the word (3+ lowercase letters, or any word
# and its closing punctuation, or a family name after "and": Nature's "Huss and Hock8"), the numbers, then a
# break. Uppercase words (H2O, CO2, COVID19) and
# hyphens (COVID-19) never precede a citation number.
# (small letters with their accents too: Spanish and Portuguese "país8", "fenómeno10,13")
_SMALL = "a-zß-öø-ÿﬀ-ﬆ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).islower())  # (a PDF's "eﬀorts21")
# (or a two-letter word that ends a clause, "holds it4,11.", "shown by us2;"; never a unit: "cm3", "km2", "ha1")
_SHORT_WORDS = r"(?:it|us|up|on|in|so|do|be|me|by)"
_GLUED_RE = re.compile(
    rf"(?:(?<![\w-])([{_SMALL}]{{3,}}|{_SHORT_WORDS}(?={_LIST}[.,;:])|(?<=\band\s)[A-Z][a-z]{{2,}}|(?<=\s&\s)[A-Z][a-z]{{2,}})"
    rf"|([A-Za-z]{{1,40}}|\))([.,;:’”\"']|\.[’”\"']))({_LIST})(?=[\s.,;:)\]]|$)")
# More places a flattened number is glued to, in a paper whose form is glued numbers (never read alone): a name
# ending a clause, "Charlson14.", "Morisky14,", "Association10." (a capital and four small letters or more: no
# "Sox2", "Pax6" gene); a hyphenated word's second part, "norte-americanos9", "β-lactámico12"; an acronym or year in
# brackets, "(NVS)6", "(EHFScBS-9)12", "Fabbri et al. (2019)8"; a percentage, "30%1,2"; "et al.,14".
_GLUED_MORE_RE = re.compile(
    rf"(?:(?<![\w-])([A-Z][{_SMALL}]{{4,}})|(?<=[^\W\d_]-)([{_SMALL}]{{3,}})|(\([^\s()]{{1,30}}\))|(%)|\b(al\.,))"
    rf"({_LIST})(?=[\s.,;:)\]]|$)")
_ABBREVIATIONS = frozenset(
    "fig figs p pp vol vols no nos eq eqs ref refs sec secs ch chap table tab tabs art para ed eds e g i "
    "approx ca n vs v ver version step steps item items part suppl ext app appendix line lines sect".split())


def parse_list(content: str) -> tuple[list[int], str | None] | None:
    """"8,9" -> ([8, 9], None); "5–7" -> ([5, 6, 7], None); "3(p45)" -> ([3], "p45"); else None."""
    m = _LIST_RE.fullmatch(_SIGNAL_RE.sub("", content.translate(_TO_ASCII).replace("--", "–")))
    if m is None:
        return None
    nums: list[int] = []
    locator = None
    pieces = re.split(r"\s?,\s?", m.group(1))
    for piece in pieces:
        bounds = re.split(r"\s?[-–]\s?(?=\d)(?![^(]*\))", piece)  # "12(pp101-103)": the page range is one locator
        items = [_ITEM_RE.fullmatch(b) for b in bounds]
        if any(i is None for i in items):
            return None
        values = [int(i.group(1)) for i in items if i is not None]
        pages = [i.group(2) for i in items if i is not None and i.group(2)]
        if pages:
            locator = pages[-1].strip("()")
        if len(values) == 2 and 0 < values[1] - values[0] <= MAX_RANGE:
            nums.extend(range(values[0], values[1] + 1))
        else:
            nums.extend(values)
    return None if not nums or 0 in nums else (nums, locator)


_AFTER_INITIALS_RE = re.compile(r"(?<![\w-])([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?) [A-Z]{1,2}$")


def _after_initials(text: str, j: int) -> bool:
    """"Wang Q" ends at j: a family name and its initials, as Vancouver prints them ("The R" does not)."""
    from refcheck.citations.name_words import CAP_STOP

    m = _AFTER_INITIALS_RE.search(text, max(0, j - 60), j)
    return m is not None and m.group(1).lower() not in CAP_STOP


_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d$")


def unicode_groups(text: str, lo: int, hi: int) -> list[tuple[int, int, list[int], str | None]]:
    """Runs of superscript digits after a word or its punctuation; exponents ("m²", "10⁻³", "s⁻¹") excluded."""
    out: list[tuple[int, int, list[int], str | None]] = []
    for m in _UNICODE_RE.finditer(text, lo, hi):
        s = m.start()
        j = s
        while j > lo and text[j - 1] in " \t":  # pandoc's "samples ⁶" when the source had "samples [@key]"
            j -= 1
        spaced = j < s
        # "elsewhere⁽¹³⁾": raised parentheses; "results(⁴,⁵)" (Word raises the digits only)
        while j > lo and (text[j - 1] in ".,;:)]’”\"'⁽" or (text[j - 1] == "(" and j == s)):
            j -= 1
        k = j
        while k > max(lo, j - 40) and text[k - 1].isalpha():  # isalpha: "³" is \w but no letter
            k -= 1
        word = text[k:j] or None
        # "... nonlinear ²⁴. ²⁷ found that": a number opening a sentence or a paragraph names its source
        opens_sentence = (j == lo or text[j - 1] == "\n" or (spaced and text[s - 2:s - 1] in (".", "!", "?"))) \
            and re.match(r" [a-z]", text[m.end():m.end() + 2]) is not None
        # "del World Workshop del 2017¹˒⁵": a year takes no exponent
        after_year = word is None and _YEAR_BEFORE.search(text, max(lo, j - 6), j) is not None
        if word is None and not opens_sentence and not after_year and not re.search(r"[.,;:]", text[j:s]):
            # after a digit or a space: an exponent or a stray mark ("² argued that" is a citation); after a
            # sentence's punctuation it is a citation whatever ends the sentence ("(14% vs 10%).¹²")
            continue
        # "Lu²⁷ found", "Xu²" opening a sentence: a short family name, not a unit
        short_name = word is not None and len(word) == 2 and word[0].isupper() and word[1].islower() \
            and (k == lo or text[k - 1] == "\n" or text[max(lo, k - 2):k] in (". ", "! ", "? "))
        if word is not None and (j == s or spaced) and len(word) < 3 and not _after_initials(text, j) \
                and not short_name:
            continue  # "m²", "cm³", "R²": a unit or a variable; "Wang Q²⁵" is a name and its initials
        got = parse_list(m.group(0))
        if got is not None:
            out.append((s, m.end(), got[0], got[1]))
    return [g for g in out if not _byline(text, g[0], g[1])] if len(out) >= 2 else out


# An author byline: "王思远¹，陈晓雯¹，刘　洋²", "Ana Souza¹, João Lima² and Rui Costa¹": a short line of names,
# each closed by its affiliation's mark, with no sentence in it
_BYLINE_RE = re.compile(r"(?:[^\n.;:!?。]{1,40}?[" + _SUP_DIGITS + r"*,]+(?:\s*(?:[,，、]|\band\b|&)\s*|\s*$)){2,12}")


def _byline(text: str, s: int, e: int) -> bool:
    """Is the mark at S:E on a line that is an author byline (its marks are affiliations, not sources)?"""
    lo, hi = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    hi = len(text) if hi < 0 else hi
    # ... in the front matter: no paragraph of running text before it (a table row of items each with its
    # source, "Smoking¹, obesity², diabetes³", comes after the text that introduces it)
    return hi - lo <= 240 and _BYLINE_RE.fullmatch(text, lo, hi) is not None \
        and max(map(len, text[:lo].split("\n")), default=0) < 300


def pandoc_groups(text: str, lo: int, hi: int) -> list[tuple[int, int, list[int], str | None]]:
    """"^(8,9)", "^(3(p45))", "^1,2^" and "<sup>1,2</sup>" after a word or its punctuation, or at a line's start."""
    out: list[tuple[int, int, list[int], str | None]] = []
    for m in _PANDOC_RE.finditer(text, lo, hi):
        before = text[max(lo, m.start() - 2):m.start()].rstrip(" ")
        # After a word or its punctuation, or opening a line: AMA prints a narrative citation whose
        # author the sentence does not name as the superscript alone ("^(12(p33)) argued that").
        if before and not (before[-1].isalpha() or before[-1] in ".,;:)]’”\"'\n"):
            continue
        g = next(k for k in (1, 2, 3) if m.group(k) is not None)
        content = m.group(g)
        if content[:1] == "(" and content[-1:] == ")" and content.count("(") == 1:
            # Radiation Protection Dosimetry prints the group in parentheses: "^((1–3))", "^((10p45))"
            content = re.sub(r"(?<=\d)(pp?\d{1,5}(?:[-–]\d{1,5})?)$", r"(\1)", content[1:-1])
        got = parse_list(content)
        if got is not None:  # the numbers as printed, signal words and marks aside: "3,4,5" of "^(see 3,4,5)"
            first = next((i for i, ch in enumerate(m.group(g)) if ch.isdigit()), 0)
            out.append((m.start(g) + first, m.end(g), got[0], got[1]))
    return out


def glued_groups(text: str, lo: int, hi: int) -> list[tuple[int, int, list[int], str | None]]:
    """Plain digits glued after a word or its punctuation, "victims.12,13"; never "H2O", "Fig.2", "0.05"."""
    out: list[tuple[int, int, list[int], str | None]] = []
    for m in _GLUED_RE.finditer(text, lo, hi):
        word = (m.group(1) or m.group(2) or "").lower()
        if word in _ABBREVIATIONS or (m.group(2) and len(word) == 1 and word != ")"):
            continue  # "Fig.2", "p.45", "e.g.1": a numbered thing, not a citation
        got = parse_list(m.group(4))
        if got is None:
            continue
        end = m.end(4)
        # BMJ sets a thin space between raised numbers, flattened to a space: "children.1 2 Hospital", "years.9 10"
        if (more := _SPACED_MORE.match(text, end)) and (added := parse_list(more.group(1).replace(" ", ","))) \
                and added[1] is None and got[0][-1] < added[0][0]:
            got, end = (got[0] + added[0], got[1]), more.end(1)
        out.append((m.start(4), end, got[0], got[1]))
    for m in _GLUED_MORE_RE.finditer(text, lo, hi):
        if m.group(1) and (m.group(1).lower() in _ABBREVIATIONS or text[m.end():m.end() + 1] not in ".,;:)"):
            continue  # a name's number ends a clause ("Charlson14."; "Python3 is" is a name)
        if (got := parse_list(m.group(6))) is not None:
            out.append((m.start(6), m.end(6), got[0], got[1]))
    return sorted(g for g in out if not _plain_byline(text, g[0]))


# "Jonas Weber,1 Ana P. Costa,1,2 and Martin Ruiz1,a)", "Ana Rita Moreira1": authors and their affiliations' marks,
# not sources
_MARKS = r"(?:\d{1,2}|[a-z]\)|\*)(?:,(?:\d{1,2}|[a-z]\)|\*))*"
_PLAIN_BYLINE_RE = re.compile(r"(?:\s*(?:and\s+|&\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*,?" + _MARKS + r",?)+\s*")


def _plain_byline(text: str, at: int) -> bool:
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    return hi - lo <= 240 and _PLAIN_BYLINE_RE.fullmatch(text, lo, hi) is not None


# A raised number flattened onto the year before it: "tenía obesidad en 20193.", "la referencia OMS 200711:", "Encuesta
# Nacional de Salud 2016-201714." (a year in running text, then the number; a later year, "20714", is no year)
_YEAR_GLUED_RE = re.compile(rf"(?:(?<=[{_SMALL}A-Z] )|(?<=\d[-–]))((?:19\d\d|20[0-2]\d))"
                            r"([1-9]\d?(?:[,–-]\d{1,3}){0,8})(?=[\s.,;:)]|$)")


def year_glued_groups(text: str, lo: int, hi: int) -> list[tuple[int, int, list[int], str | None]]:
    """Numbers glued to a year in a paper whose form is glued numbers: read only once that form is known, and
    as tentative as any glued number (kept only when the number is an entry)."""
    out = []
    for m in _YEAR_GLUED_RE.finditer(text, lo, hi):
        got = parse_list(m.group(2))
        if got is not None:
            out.append((m.start(2), m.end(2), got[0], got[1]))
    return out


_SPACED_MORE = re.compile(r" (\d{1,3}(?:[-–]\d{1,3})?(?: \d{1,3}(?:[-–]\d{1,3})?){0,8})(?=\s+[A-Z]|\s*$)", re.MULTILINE)


# "refs 7–9", "refs. 7 and 13", "(see ref. 6 for a discussion)", "Refs. 3, 5": the paper's own word says these are
# citation numbers, in running text or inside a longer parenthesis (PNAS, Nature and its journals)
_WORDED_RE = re.compile(r"\b[Rr]efs?\.?\s(\d{1,3}(?:\s?(?:[-–,]|,?\s(?:and|&))\s?\d{1,3}){0,12})(?![\d.,]\d|\s?%)")


def worded_groups(text: str, lo: int, hi: int) -> list[tuple[int, int, list[int], str | None]]:
    """Numbers after "ref." or "refs", read as printed: "7 and 13" is 7 and 13, "7–9" is 7, 8 and 9."""
    out = []
    for m in _WORDED_RE.finditer(text, lo, hi):
        got = parse_list(re.sub(r",?\s(?:and|&)\s", ",", m.group(1)))
        if got is not None:
            out.append((m.start(1), m.end(1), got[0], None))
    return out
