"""List layouts the line-by-line splitter cannot see from a line's start alone.

- A word processor's lettered list, "a. BARDIN, Laurence. Análise ...", "b. BRASIL. Ministério ...": the letters
  are list markers (no citation uses them), known as such only because they run a, b, c, ...
- Works listed under their author's name on a line of its own, each opening with its year (American
  Anthropologist, JSOT): "Alter, Robert" / "  1981     The Art of Biblical Narrative ..." / "  1996     Genesis ...".
- Two entries on one line, where a paste lost the line break between them (hanging indents gone, a PDF's
  column joined): "... Journal of Political Economy 99 (5): 957–76. Deaton, Angus. 1997. The Analysis ...",
  "... Berlin: FA Wind. Gailing, Ludger; Leibenath, Markus (Hg.) (2013): Neue ...". A second entry is split off
  only where an author list and year in the shape most of the list's entries open with follows a full stop, in
  an entry that already has its own year: a title never reads "Surname, Given. 1997." after a full stop.
"""

from __future__ import annotations

import re

from refcheck.model import RawEntry
from refcheck.text.patterns import CAPS, YEAR_RE

LETTERED_RE = re.compile(r"^\s*([a-z])[.)]\s+(?=\S)")


def lettered_lines(all_lines: list[str], start: int, end: int) -> frozenset[int]:
    """The 1-based lines in [START, END) that open with a list letter, when the letters run a, b, c, ... (at least
    three of them, none skipped): "a." alone, or "c." after "a.", is a word or an initial."""
    found = [(n, m.group(1)) for n in range(start, min(end, len(all_lines) + 1))
             if (m := LETTERED_RE.match(all_lines[n - 1]))]
    if len(found) < 3 or [letter for _, letter in found] != [chr(ord("a") + i) for i in range(len(found))]:
        return frozenset()
    return frozenset(n for n, _ in found)


# (possessive, "?+" and "{0,3}+": a long "Castilla LH, Couch FJ, Erdos MR, ..." list must not be read in every way
# its names and initials could pair up, which takes exponential time)
_WORD = r"[" + CAPS + r"][\w'’\-]*+"
_FAMILY_GIVEN = _WORD + r"(?:\s" + _WORD + r")?+,\s" + _WORD + r"\.?+(?:\s" + _WORD + r"\.?+){0,3}+"
_GIVEN_FAMILY = _WORD + r"\.?+(?:\s" + _WORD + r"\.?+){1,3}+"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?"
# "Deaton, Angus. 1997. ", "Mbiti, Isaac, and David N. Weil. 2015. ", "Gailing, Ludger; Leibenath, Markus (Hg.)
# (2013): ", "Schweizer-Ries, Petra (2008): "
OPENING_RE = re.compile(
    _FAMILY_GIVEN + r"(?>(?:,|;|\s/|/)\s?(?:(?:and|und|&|e|et|y)\s)?(?:" + _FAMILY_GIVEN + "|" + _GIVEN_FAMILY + r"))*+"
    r"(?:,?\s(?:et\sal\.|u\.\sa\.))?\.?\s(?:\((?:Hg|Hrsg|[Ee]ds?|[Ee]d)\.\)\s)?(?:" + _YEAR + r"\.|\(" + _YEAR
    + r"\)[.:,]?)\s")
_AFTER_STOP_RE = re.compile(r"(?<=[^\s.][.])\s(?=[" + CAPS + r"])")
_ENTRY_YEAR_RE = re.compile(_YEAR)
SHARE = 0.6  # of a list's entries that must open in the shape before a second opening is looked for


def split_run_on(entries: list[RawEntry], lines: list[str]) -> list[RawEntry]:
    """ENTRIES with each entry that holds two (or more) split in two where the second one opens; LINES are the
    document's lines (the new entry's line and column are where its opening is printed)."""
    if len(entries) < 5 or sum(1 for e in entries if OPENING_RE.match(e.text)) < SHARE * len(entries):
        return entries
    out: list[RawEntry] = []
    for entry in entries:
        out.extend(_split_one(entry, lines))
    return out


def _split_one(entry: RawEntry, lines: list[str]) -> list[RawEntry]:
    text = entry.text
    first_year = _ENTRY_YEAR_RE.search(text)
    if first_year is None:
        return [entry]
    for m in _AFTER_STOP_RE.finditer(text, first_year.end()):
        cut = m.end()
        if cut - 1 >= 30 and OPENING_RE.match(text, cut):
            line, column = _where(text[cut:cut + 24], lines, entry.line)
            head = RawEntry(text=text[:m.start()], line=entry.line, column=entry.column, label=entry.label)
            return [head, *_split_one(RawEntry(text=text[cut:], line=line, column=column), lines)]
    return [entry]


def _where(opening: str, lines: list[str], from_line: int) -> tuple[int, int]:
    """The line and column where OPENING is printed, at or after FROM_LINE (its first words, which a line break
    may cut: "Gailing, Ludger;" ends a line, "Leibenath, Markus" opens the next)."""
    probe = opening.split(" ", 2)
    probe = " ".join(probe[:2]) if len(probe) > 1 else opening
    for n in range(from_line, min(from_line + 40, len(lines) + 1)):
        col = lines[n - 1].find(probe)
        if col >= 0:
            return n, col + 1
    return from_line, 1


# American Anthropologist's list: the name on a line of its own, each work an indented "1986 Title ..." under it
_NAME_LINE_RE = re.compile(r"^[" + CAPS + r"][^\d.;:()]{1,60},[^\d;:()]{1,80}$")
_WORK_LINE_RE = re.compile(r"^(?:1[5-9]\d\d|20\d\d)[a-z]?\.?\s+\S|^n\.\s?d\.\s+\S")


def works_under_names(lines: list, starts: list[bool]) -> dict[int, str]:  # list[split._Line]
    """Line index -> the name line above it, for each work after the first under a name line on its own."""
    out: dict[int, str] = {}
    for i, ln in enumerate(lines[:-2]):
        first = lines[i + 1]
        if not (starts[i] and first.indent > ln.indent and _NAME_LINE_RE.match(ln.text.strip())
                and _WORK_LINE_RE.match(first.text)):
            continue
        for j in range(i + 2, len(lines)):
            if lines[j].indent <= ln.indent or starts[j]:
                break
            if lines[j].indent == first.indent and _WORK_LINE_RE.match(lines[j].text):
                out[j] = ln.text.strip()
    return out


def year_column_line(raw: str, prev) -> bool:  # noqa: ANN001 - split._Line
    """"  1981     The Art of Biblical Narrative ..." under "Alter, Robert" (or under a work above it): a work's year
    opening its line, which a page's head pushed left ("46     Journal Name") is not."""
    return _WORK_LINE_RE.match(raw.strip()) is not None and (raw[:1].isspace() or _NAME_LINE_RE.match(prev.text)
                                                              is not None) \
        and (prev.indent > 0 or not YEAR_RE.search(prev.text))
