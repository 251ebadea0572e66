"""Split a reference list into entries and re-join each onto one line.

Lists arrive in four layouts: bulleted or numbered, one paragraph per entry,
hanging indent, and (from PDF extraction) bare lines where an entry simply
wraps. The layout is decided once per list from its own evidence, then the
same rule applies to every line, so a stray blank line or a page break inside
an entry does not split it.
"""

from __future__ import annotations

import re
from collections import Counter

from refcheck.document import Document
from refcheck.model import RawEntry
from refcheck.section import cues as cue_rules
from refcheck.section import layouts
from refcheck.section.cues import (
    CAPITAL_NAME_RE,
    LOOSE_CUES,
    MARKER_RE,
    entry_cues,
    looks_like_entry_start,
    strong_start,
)
from refcheck.section.find import FOOTNOTES, Section, part_headings
from refcheck.section.furniture import is_furniture, is_list_note, is_page_head, list_note_lines, repeated_furniture
from refcheck.text.patterns import CAPS, CASE_RE, MONTH_WORD

# A line that can end an entry: closing punctuation, a number (pages), or a URL/DOI.
_TERMINAL_RE = re.compile(r"(?:[.!?)\]>”\"]|\d|(?:https?://|www\.|doi:|10\.\d{4,9}/)\S*)\s*$")
_LEADER_RE = re.compile(r"\.{4,}\s*\d{1,4}(?:,\s?\d{1,4})*$")  # a table's dot leader and note or page numbers


_PLAIN_MARK_RE = re.compile(r"\[\d{1,4}\]\s*|\d{1,4}\.\s*")  # "[12] ", "12. ": the list's number, kept apart


class _Line:
    __slots__ = ("number", "text", "column", "indent", "marker", "label", "blank_before", "mark")

    def __init__(self, number: int, text: str, column: int, indent: int, marker: bool, label: str | None,
                 blank_before: bool, mark: str | None = None) -> None:
        self.number = number  # 1-based line number in the document
        self.text = text  # without the list marker
        self.column = column  # 1-based column where text starts
        self.indent = indent
        self.marker = marker
        self.label = label
        self.blank_before = blank_before
        self.mark = mark  # the marker as printed when it is no "[1]" or "1.": RawEntry.mark


def split_entries(doc: Document, section: Section) -> list[RawEntry]:
    """The entries of SECTION, each re-joined onto a single line."""
    all_lines = doc.lines
    repeated = repeated_furniture(all_lines)
    labels = cue_rules.label_lines(all_lines, section.start_line, section.end_line)  # "Hartig et al., 2014"
    groups = cue_rules.group_headings(all_lines, section.start_line, section.end_line)  # "Primary Sources"
    headings = groups | labels | list_note_lines(all_lines, section.start_line, section.end_line) \
        | part_headings(all_lines, section.start_line, section.end_line)  # "Other references"
    lettered = layouts.lettered_lines(all_lines, section.start_line, section.end_line)  # "a. BARDIN, Laurence."
    lines: list[_Line] = []
    blank = True
    page_break = False
    grouped = False  # the line after a group's heading opens an entry whatever its layout: no paragraph break
    for n in range(section.start_line, min(section.end_line, len(all_lines) + 1)):
        raw = all_lines[n - 1].replace("\u00a0", " ").replace("\f", "").rstrip()
        stripped = raw.strip()
        if not stripped or stripped == "<!-- -->":
            blank = True
            continue
        year_column = bool(lines) and layouts.year_column_line(raw, lines[-1])  # "  1981     The Art of ..."
        if (is_furniture(stripped, repeated) and not year_column) or n in headings \
                or is_page_head(stripped, page_break):
            page_break, grouped = True, n in groups
            continue  # a header/footer, a group's heading: neither text nor a paragraph break
        m = MARKER_RE.match(raw) or (layouts.LETTERED_RE.match(raw) if n in lettered else None)
        label = None
        if m:
            label = cue_rules.marker_label(m) if m.re is MARKER_RE else None
            # ACS's "(1)" stays in the entry's text as printed (only its number is the label).
            text_start = m.start("pa") - 1 if m.re is MARKER_RE and m.group("pa") else m.end()
        else:
            text_start = len(raw) - len(raw.lstrip())
        back = cue_rules.BACKLINKS_RE.match(raw, text_start)  # a wiki's "1. ^ a b Deci, ...": an entry opens there
        if page_break and lines and not m and _runs_on(lines[-1].text):
            blank = False  # the blank lines around a page's head are no paragraph break inside an entry
        # (a bullet is no label: "- Smith, J." keeps "Smith, J.")
        mark = raw[len(raw) - len(raw.lstrip()):text_start] if m and not (m.re is MARKER_RE and m.group("bullet")) \
            else ""
        lines.append(_Line(n, raw[text_start:], text_start + 1, len(raw) - len(raw.lstrip()),
                           bool(m) or back is not None, label, blank and not grouped,
                           mark if mark and not _PLAIN_MARK_RE.fullmatch(mark) else None))
        blank = page_break = grouped = False
    if not lines:
        return []
    _bare_numbers(lines, paragraph_lines=doc.kind == "docx")
    starts, layout = _entry_starts(lines, paragraph_lines=doc.kind == "docx")
    compounds = hyphenated_words(doc.text) if any(ln.text.endswith("-") for ln in lines) else frozenset()
    names = layouts.works_under_names(lines, starts)
    entries: list[RawEntry] = []
    for i, line in enumerate(lines):
        if i in names:  # a second work under one name line: the name is its author too
            entries.append(RawEntry(text=f"{names[i]} {line.text.strip()}", line=line.number,
                                    column=line.column + doc.margin(line.number),
                                    label=line.label))
        elif starts[i] or not entries or any(lines[i - 1].number < h < line.number for h in headings):
            entries.append(RawEntry(text=line.text.strip(), line=line.number,
                                    column=line.column + doc.margin(line.number), label=line.label, mark=line.mark))
        else:
            # (under citation labels each line is a field the page printed on its own: "M. Marmot" / "Social ...")
            glue = ". " if labels and entries[-1].text[-1:] not in ".,;:" else None
            entries[-1].text = f"{entries[-1].text}{glue}{line.text.strip()}" if glue else join_wrapped(
                entries[-1].text, line.text.strip(), compounds)
    if layout == "wrapped":
        entries = _rejoin_tails(entries)
    entries = layouts.split_run_on(entries, all_lines)  # "... 99 (5): 957–76. Deaton, Angus. 1997. The ..."
    notes = section.heading != FOOTNOTES  # (under a bibliography, Markdown footnotes "[^1]: ..." are notes)
    entries = [e for e in entries if len(e.text) > 3 and not is_list_note(e.text)
               and not (notes and (e.label or "").startswith("^"))]
    return _without_notes_after(entries, {ln.number for ln in lines if ln.marker})


def _without_notes_after(entries: list[RawEntry], marked: set[int]) -> list[RawEntry]:
    """A list whose entries carry no number, then a few marked paragraphs from "[1]" or a bullet: the paper's
    footnotes after it ("[1] I thank the archivists ...", "* Centre for Economic History ..."), not entries."""
    n = len(entries)
    k = n
    while k and entries[k - 1].line in marked:
        k -= 1
    if k >= 4 and 0 < n - k <= max(3, 0.2 * n) and sum(e.line not in marked for e in entries[:k]) >= 0.8 * k \
            and entries[k].label in (None, "1") and not any(_YEAR_RE.search(e.text) for e in entries[k:]):
        return entries[:k]  # (a bulleted last entry with its year stays one: a bullet lost above it)
    return entries


# A person's names in either order, then the next person or the title: "G. J. Boer et B. Yu,", "Zoi Thanopoulou et al.,"
_PERSON_OPENING_RE = re.compile(r"^(?:(?:[" + CAPS + r"][\w'’-]*\.?\s){1,4}[" + CAPS + r"][\w'’-]+"
                                r"(?:,\s|\s(?:et|and|e|y|und|&)\s|\set al\.,?\s)"
                                # or family first: "Alfonso-Rojas, A & Cadena, E-A 2020" (Deakin Harvard)
                                r"|[" + CAPS + r"][\w'’-]+,\s[" + CAPS + r"](?:[" + CAPS + r"]{0,2}\b|[a-z]+)[,.]?\s)")
# "Dalby, Simon: Climate ..." (PH Vorarlberg): a .docx paragraph opening so after a finished one is an entry
_FAMILY_GIVEN_COLON_RE = re.compile(r"^[" + CAPS + r"][\w'’-]+,\s[" + CAPS + r"](?:[a-zß-ÿ]+|\.)(?:\s[" + CAPS
                                    + r"]\.)*:\s")


def _runs_on(text: str) -> bool:  # does a line stop inside its entry ("Fernandes-Alnemri T, Yu JW, Datta P, Wu J,")?
    return bool(_UNFINISHED_RE.search(text)) or not _TERMINAL_RE.search(text)


_BARE_NUMBER_RE = re.compile(r"(\d{1,3})\s+(?=[^\W\d_])")


def _bare_numbers(lines: list[_Line], paragraph_lines: bool = False) -> None:
    """"1 Anghebem MI, ...", "2 Rahmani-Kukia N, ...": numbers with no dot or bracket are labels
    when the paragraphs of an unmarked list open with 1, 2, 3, ... in order (a wrapped line
    that happens to open with a number does not count them up). In a .docx every line is a paragraph
    (Journal of Global Health: "1<tab>Lazzaretti J, ...", no blank line between entries)."""
    if any(ln.marker for ln in lines):
        return
    firsts = [ln for ln in lines if ln.blank_before or paragraph_lines]  # or, hanging: "1  NCD ..." / "   treat..."
    firsts = firsts if len(firsts) >= 3 else [ln for ln in lines if ln.indent == min(x.indent for x in lines)]
    heads = [(ln, _BARE_NUMBER_RE.match(ln.text)) for ln in firsts]
    numbered = [(ln, m) for ln, m in heads if m]
    in_order = [int(m.group(1)) for _, m in numbered] == list(range(1, len(numbered) + 1))
    # (RSC's web copy wraps entries flush left with no blank line: "1 H. Furukawa, ..." / "J. R. Long, Chem. Rev.":
    # five or more numbers that run 1, 2, 3, ... from the first line are labels all the same)
    if len(numbered) < 3 or not in_order or (len(numbered) < 0.8 * len(heads)
                                             and not (len(numbered) >= 5 and heads[0][1] is not None)):
        return
    for ln, m in numbered:  # the number stays in the entry's text as printed, like ACS's "(1)"
        ln.marker, ln.label = True, m.group(1)


_YEAR_RE = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b|\bn\.\s?d\.")
# "Farrar, Straus and Giroux, 2017." -- a publisher and year, no title: the end of an entry.
_TAIL_RE = re.compile(r"^[^.]{1,70},\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\.?$")


def _rejoin_tails(entries: list[RawEntry]) -> list[RawEntry]:
    """Put back an entry's last line taken for one: "Publisher, Year." with no title after an entry with no year."""
    out: list[RawEntry] = []
    for e in entries:
        if out and _TAIL_RE.match(e.text) and not _YEAR_RE.search(out[-1].text):
            out[-1].text = join_wrapped(out[-1].text, e.text)
        else:
            out.append(e)
    return out



def _entry_starts(lines: list[_Line], paragraph_lines: bool = False) -> tuple[list[bool], str]:
    """Which lines open an entry, and the layout that decided it (marked, paragraphs,
    hanging, wrapped). `paragraph_lines`: each line is a paragraph of its own (.docx), never wrapped."""
    n = len(lines)
    markers = sum(1 for ln in lines if ln.marker)
    paragraphs = sum(1 for ln in lines if ln.blank_before)
    indents = Counter(ln.indent for ln in lines)
    # (a few wrapped lines that open with a page number, "194. http://dx.doi.org/...", make no numbered list)
    if markers >= 2 and markers >= 0.3 * paragraphs and markers >= 0.3 * _plausible_starts(lines):
        # Bulleted or numbered: a marker starts an entry; so does an unmarked
        # paragraph that reads like an entry (a bullet lost in conversion).
        # In the unmarked part of a partly marked section (a bibliography with the notes after it),
        # a paragraph after a finished one starts an entry as in the paragraph layout.
        starts, in_marked = [], False
        for i, ln in enumerate(lines):
            start = ln.marker or (ln.blank_before and (looks_like_entry_start(ln.text) or (
                i > 0 and not in_marked and _TERMINAL_RE.search(lines[i - 1].text) is not None
                and not ln.text[:1].islower())))
            in_marked = ln.marker if start else in_marked
            starts.append(bool(start))
        return starts, "marked"
    if paragraphs >= 2 and paragraphs >= 0.5 * _plausible_starts(lines):
        starts = []
        for i, ln in enumerate(lines):
            if not ln.blank_before:  # (but a table of cases prints one a line, each a paragraph's line)
                starts.append(i == 0 or _LEADER_RE.search(lines[i - 1].text) is not None
                              or bool(_TERMINAL_RE.search(lines[i - 1].text) and CASE_RE.match(ln.text)))
                continue
            prev = lines[i - 1].text if i else ""
            continuation = cue_rules.lowercase_run_on(ln.text) or (
                i > 0 and not _TERMINAL_RE.search(prev) and not looks_like_entry_start(ln.text))
            starts.append(not continuation)
        return starts, "paragraphs"
    if len(indents) > 1:
        base = min(indents)
        if indents[base] >= 2 and sum(indents.values()) - indents[base] >= 1:
            # (a line a word processor's paste broke flush left, "statistical", runs on all the same)
            return [ln.indent == base and not cue_rules.lowercase_run_on(ln.text) for ln in lines], "hanging"
    # Bare wrapped lines (PDF): a new entry needs an entry-like start after a finished line. Hard wrapping fills
    # every line of an entry but its last, so when the next line's first word would have fitted on a finished
    # line, that line ended its entry, even if the next one opens in a way no pattern knows (an organisation).
    full = _wrap_width(lines)
    # One entry a line, nothing wrapped: most lines open like an entry after a finished one.
    unwrapped = sum(1 for i in range(1, n) if looks_like_entry_start(lines[i].text)
                    and _TERMINAL_RE.search(lines[i - 1].text)) >= 0.8 * (n - 1)
    entry_paragraphs = paragraph_lines and sum(looks_like_entry_start(ln.text) for ln in lines[1:]) >= 0.8 * (n - 1)
    colons = sum(1 for a, b in zip(lines, lines[1:], strict=False) if _TERMINAL_RE.search(a.text)
                 and _FAMILY_GIVEN_COLON_RE.match(b.text))
    ends = sum(1 for ln in lines[:-1] if _TERMINAL_RE.search(ln.text))  # about as many as the entries
    colon_list = colons >= 3 and colons >= 0.4 * ends
    starts = [True] + [False] * (n - 1)
    heads = _sure_heads(lines, full)
    capitals = _capital_leads(lines, heads)
    year_first = _year_after_names(heads)
    openings = _list_openings(heads)
    for i in range(1, n):
        prev, cur = lines[i - 1].text, lines[i].text
        if (entry_paragraphs and (looks_like_entry_start(cur) or _TERMINAL_RE.search(prev))) or _LEADER_RE.search(prev):
            # In a .docx list of one entry a paragraph, an entry may end with no stop or on a colon (Annual Reviews'
            # "... Oxford University Press", "... Ecology. 106(6):"): the next paragraph's entry-like opening starts
            # one; after a paragraph that ends its entry, the next is one however it opens ("Campos Cláudia Rejane
            # Jacondino de, 2000, « ... »"); so is the row after a table of cases' "[2004] 2 AC 457 ........ 1, 2".
            starts[i] = True
            continue
        if (paragraph_lines or colon_list) and _TERMINAL_RE.search(prev) and _FAMILY_GIVEN_COLON_RE.match(cur):
            starts[i] = True  # (no wrapped imprint "Cambridge, MA:": a paragraph is never wrapped, a German list
            continue  # opens most lines so: "Assmann, Jan: Das kulturelle Gedächtnis ... München: C. H. Beck 1992.")
        # ("Available at:" with its link left out of the print ends an entry before "Council of Europe. (1997).")
        unfinished = _UNFINISHED_RE.search(prev) and not (prev.endswith(":") and strong_start(cur))
        # (a narrow column breaks a journal before its volume: "Insect Biochemistry and Molecular Biology" /
        # "39:579–595.")
        ahead = f"{cur} {lines[i + 1].text}" if i + 1 < n and not _YEAR_RE.search(cur) else cur
        if unfinished or _INITIALS_ON_RE.match(cur) or (_PLACE_RE.match(cur) and not _SURNAME_COMMA_RE.match(cur)) \
                or _JOURNAL_VOLUME_RE.match(cur) or _IMPRINT_RE.match(ahead) or _VANCOUVER_SOURCE_RE.match(ahead) \
                or _SOURCE_DATE_RE.match(cur) or (_FAMILY_AT_END_RE.search(prev) and _INITIALS_THEN_RE.match(cur)):
            continue  # "Smith, J., and" / "Cohen, G." + "L., & Ito": an author list runs on
        if starts[i - 1] and (_NAMES_AND_YEAR_RE.match(prev) or (year_first and _ANY_NAMES_AND_YEAR_RE.match(prev))):
            continue  # "Petit RJ, Pineau E, Ducousso A. 1997." alone is no entry: its title follows
        if not _TERMINAL_RE.search(prev) and _BARE_INITIALS_ON_RE.match(cur):
            continue  # "... Cui X, Mach" + "K, Nagy G, ... (2022)": a name broken before its initials
        finished = bool(_TERMINAL_RE.search(prev))
        if paragraph_lines and finished and _PERSON_OPENING_RE.match(cur):
            # a .docx paragraph is never wrapped: after one that ends its entry, a person's name opening the
            # next starts one, whatever order its names take ("G. J. Boer et B. Yu, « Climate ...")
            starts[i] = True
            continue
        fits = full and len(prev) + lines[i - 1].indent + len(cur.split(" ", 1)[0]) < 0.9 * full
        if finished and (unwrapped or fits):
            starts[i] = _OPENING_RE.match(cur) is not None or looks_like_entry_start(cur)
        else:
            # (a short last line with no stop, "lineages. Nature", ends its entry as well as a full stop does)
            # (a narrow column leaves an entry's opening unfinished: "Institute for Health Metrics and" /
            # "Evaluation. 2012. Adult mortality", "National Institute on Drug Abuse. 2018." / "Overdose death")
            # (but "Springer." + "Huddy, L., & Terkildsen, N. (1993)" is a finished line before an entry, and
            # "Oct. 2022." the rest of an access date)
            nxt = lines[i + 1].text if i + 1 < n else ""
            opening = cur if looks_like_entry_start(cur) or not finished or not nxt or _MONTH_DATE_RE.match(cur) or (
                _TERMINAL_RE.search(cur) and looks_like_entry_start(nxt)) else f"{cur} {nxt}"
            starts[i] = looks_like_entry_start(opening) and (finished or strong_start(cur)
                                                             or bool(full and len(prev) < 0.6 * full))
            # a table of cases, one a line, each ending on its report's page or court: "... PTSR 988", "(HL)"
            starts[i] = starts[i] or ((finished or prev[-1:].isdigit() or prev.endswith(")"))
                                      and CASE_RE.match(f"{cur} {nxt}") is not None)
            cues = entry_cues(opening) if starts[i] and openings else frozenset()
            if cues and cues <= LOOSE_CUES and not cues & openings and not strong_start(cur):
                # After a long line, a name-shaped opening this list's entries never take is the entry above
                # running on: "Eine Einführung. Springer Verlag, Berlin," in a list of "Wissel C (1989) Theoretische"
                starts[i] = False
        if capitals and starts[i] and not _CAPITAL_LEAD_RE.match(cur):
            starts[i] = False  # ABNT: "Economia Aplicada, Ribeirão Preto, v. 14" goes on the entry above
        elif capitals and finished and CAPITAL_NAME_RE.match(cur):
            starts[i] = True  # "IBGE - Instituto Brasileiro ...", "BRASIL. Ministério ..." after a finished entry
    return starts, "wrapped"


# ABNT and French lists open every entry with a family name (or a title's first word) in capitals.
_CAPITAL_LEAD_RE = re.compile(r"(?:[" + CAPS + r"]\s)?[" + CAPS + r"]{2,}[" + CAPS + r"'’\-]*\b")  # ("R CORE TEAM.")
_SURNAME_COMMA_RE = re.compile(r"[" + CAPS + r"]{3,}[" + CAPS + r"'’\-]*,\s")
_FAMILY_COMMA_RE = re.compile(r"[" + CAPS + r"][a-zß-ÿ][\w'’\-]*,\s(?:[A-Z]\.|[" + CAPS + r"][a-z])")
# A news source and its date on a line of their own: "CNN, Oct. 6, 2023. Available at:".
_SOURCE_DATE_RE = re.compile(r"[" + CAPS + r"][\w&'’\-]*(?:\s[" + CAPS + r"][\w&'’\-]*){0,3},\s" + MONTH_WORD
                             + r"\.?\s\d")
_MONTH_DATE_RE = re.compile(MONTH_WORD + r"\.?\s\d")


# Names in any form, then the year: "Heuret, P. , C. Meredieu , and D. Barthélémy . 2006."
_ANY_NAMES_AND_YEAR_RE = re.compile(r"(?:(?:(?:[" + CAPS + r"]\.-?){2,}|[" + CAPS + r"][\w'’‐\-]*\.?|and|&|et\sal\."
                                    r"|van|von|de|der|da|du|la|le)"
                                    r"[\s,]+)+\.?\s?\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?\s?\.?$")
# (BES and Wiley print no stop after the bracketed year, "Downs, N.C. & Racey, P.A. (2006) The use", or break the line
# there, the title on the next)
_YEAR_THEN_TITLE_RE = re.compile(r"[^\n]{0,160}?\b(?:1[5-9]\d\d|20\d\d)[a-z]?(?:\)?[.:]\s+[“\"‘" + CAPS
                                 + r"]|\)\s+[“\"‘" + CAPS + r"]|\)[.:]?$)")


def _sure_heads(lines: list[_Line], full: int) -> list[str]:
    """The lines that surely open an entry in a hard-wrapped list: each follows a short finished line."""
    return [lines[i].text for i in range(1, len(lines))
            if full and len(lines[i - 1].text) < 0.7 * full and _TERMINAL_RE.search(lines[i - 1].text)]


def _list_openings(heads: list[str]) -> frozenset[int]:
    """The ways this list's entries begin, learnt from the lines that surely open one (each way taken by at
    least two of them and a tenth); empty when too few lines are sure."""
    if len(heads) < 8:
        return frozenset()
    counts = Counter(k for h in heads for k in entry_cues(h))
    return frozenset(k for k, c in counts.items() if c >= max(2, 0.1 * len(heads)))


def _year_after_names(heads: list[str]) -> bool:
    """Does this list print each entry's year after its names and before its title (author-date), as most of the
    entries it surely opens show? Then names and a year are no whole entry (MLA's and ABNT's end on the year)."""
    return len(heads) >= 5 and sum(1 for h in heads if _YEAR_THEN_TITLE_RE.match(h)) >= 0.6 * len(heads)


def _capital_leads(lines: list[_Line], heads: list[str]) -> bool:
    """Do the entries this list surely opens (a line after a short finished one) all open in capitals?"""
    if len(heads) >= 5 and sum(1 for h in heads if _CAPITAL_LEAD_RE.match(h)) >= 0.9 * len(heads):
        return True
    # Few short lines to learn from: "SURNAME, " openings many, "Surname, I." openings (another style) next to none.
    surnames = sum(1 for ln in lines if _SURNAME_COMMA_RE.match(ln.text))
    return surnames >= 5 and sum(1 for ln in lines if _FAMILY_COMMA_RE.match(ln.text)) <= 0.1 * surnames


# A line ending inside an author list (APA's elided one too: "Gibbs, A.,..." / "Wickenden, A. D. (2017)"), or
# inside a word broken at a hyphen ("& Yli-" / "Tuomi, T."), or a line opening with the rest of one.
_UNFINISHED_RE = re.compile(
    r"(?:[,;:&]|,\s?(?:\.\s?){3}|,\s?…|(?<=\w)-|\band|(?:,|\band|&)\s(?:[A-Z]\.\s?-?){1,3}"
    r"|[" + CAPS + r"][a-zß-ÿ]+(?:\s[" + CAPS + r"]\.){0,2}\s[" + CAPS + r"]\.?"
    r"|\b(?<![ªº]\s)(?<!\d\.\s)(?<!\d(?:st|nd|rd|th)\s)(?:[Ee]ds?|[Tt]rans|by|[Ii]n)\.?"  # (not "3ª ed.", an edition)
    # a name broken before its initials or after its particles ("Roldán Merino, J. , Moreno" / "Poyato, A. ,",
    # "Salmela‐Aro, K. , van den" / "Broek, K. L.", "& Rigolet" / "Inuit Community Government")
    r"|[A-Z]\.\s?,\s[" + CAPS + r"][\w'’\-‐]+|&\s[" + CAPS + r"][\w'’\-‐]+"
    r"|\s(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|den|[Dd]el|della|[Dd]i|[Dd]u|[Dd]a|dos|das|ten|ter))\s*$")
# "Cambridge, Mass.: Harvard UP" / "Berlin: Springer": the place and publisher of the entry above.
_PLACE_RE = re.compile(r"[" + CAPS + r"][\w'’\-]+(?:\s[" + CAPS + r"][\w'’\-]+){0,2}(?:,\s[" + CAPS +
                       r"][\w.]+)?\s?:\s")
_VANCOUVER_NAME = (r"(?:(?:van|von|de|der|da|du|la|le)\s)*[" + CAPS + r"][\w'’\-]+(?:\s[" + CAPS + r"][\w'’\-]+)?"
                   r"\s(?:[A-Z]{1,3}|(?:[A-Z]\.){1,3})")
# A line holding only an entry's names and its year: what follows is the rest of that entry.
_NAMES_AND_YEAR_RE = re.compile(r"(?:" + _VANCOUVER_NAME + r",\s)*" + _VANCOUVER_NAME + r"(?:,?\set\sal)?\.?\s"
                                r"\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?\.?$")
# "Biophys J, 118(8), 2042–2055.", "Sci Rep, 7, 39662": an abbreviated journal and its volume, shaped like
# "Family I," but no name is followed by a number that is not a year.
_JOURNAL_VOLUME_RE = re.compile(r"[" + CAPS + r"][\w'’\-]+(?:\s[" + CAPS + r"][\w'’\-]+)*\s[A-Z]{1,3},\s"
                                r"(?!(?:1[5-9]|20)\d\d\b)\d")
# "Plant Soil. 2009;321:235–57.", "New Phytol. 2021;232:1917–29.": a journal and its date and volume.
_VANCOUVER_SOURCE_RE = re.compile(r"[" + CAPS + r"][^.;]{0,80}\.\s(?:1[5-9]\d\d|20\d\d)[a-z]?;\s?\d"
                                  # "Plant Sci. 171, 382–388.", "Nature 464: 601–605": a journal, volume, pages
                                  r"|[" + CAPS + r"][\w'’.\-&]*(?:,?\s[\w'’.\-&]+){0,6}\.?,?\s(?!(?:1[5-9]|20)\d\d\b)"
                                  # (not a date: "Financial Times, Aug. 21, 2023.")
                                  r"\d+(?!\d|,\s(?:1[5-9]|20)\d\d\b)(?:\s?\(\d+\))?[,:]\s?[e\d]")
_BARE_INITIALS_ON_RE = re.compile(r"[A-Z]{1,3}(?:,\s|\sand\s|\s&\s|\s\((?:1[5-9]|20)\d\d)")
# A book's imprint on a line of its own: "Cambridge, UK and New York, NY, USA: Cambridge University Press",
# or publisher, place and pages: "Gustav Fischer, Stuttgart, 281–295.", "Pensoft, Sofia, Moscow, 197–206."
_CAP_WORDS = r"[" + CAPS + r"][\w'’\-]*(?:\s[" + CAPS + r"][\w'’\-]*)*"
_IMPRINT_RE = re.compile(r"[^.:]{0,60}:\s[^.:]{0,60}\b(?:Press|Publishers?|Publishing|Verlag|Editora|Éditions|Books)\b"
                         r"|" + _CAP_WORDS + r"(?:,\s[" + CAPS + r"][\w'’\-]*){1,3},\s\d+\s?[–-]\s?\d+\.")
# Frontiers prints names without commas ("Bonanni R. Cafazzo S. Valsecchi P. Natoli" / "E. (2010). Effect of"):
# a line ending on a bare family name, the next opening with its initials and the year or the next name.
_FAMILY_AT_END_RE = re.compile(r"(?<![\w'’\-])[" + CAPS + r"][\w'’\-]*[a-zß-ÿ]$")
_INITIALS_THEN_RE = re.compile(r"[" + CAPS + r"]\.(?:\s?-?[" + CAPS + r"]\.)*\s(?:\(|[" + CAPS + r"][\w'’\-]+\s["
                               + CAPS + r"]\.)")
_INITIALS_ON_RE = re.compile(r"(?:[A-Z]\.\s?-?){1,3}(?:,|\s&|\sand\b)")
_OPENING_RE = re.compile(r"[" + CAPS + r"“\"‘'«\[(*_—–-]|\d")


def _wrap_width(lines: list[_Line]) -> int:
    """The width lines were wrapped at, or 0 when the list does not look hard-wrapped."""
    if len(lines) < 4:
        return 0
    widths = sorted(len(ln.text) + ln.indent for ln in lines)
    full = widths[int(0.9 * (len(widths) - 1))]
    near_full = sum(1 for w in widths if w >= 0.85 * full)
    return full if near_full >= 0.25 * len(widths) else 0


def _plausible_starts(lines: list[_Line]) -> int:
    return max(1, sum(1 for ln in lines if looks_like_entry_start(ln.text)))


_COMPOUND_PREFIXES = frozenset(
    "anti non self post pre co ex semi quasi pseudo neo cross multi well low high long short".split())


def hyphenated_words(text: str) -> frozenset[str]:
    """Hyphenated words written whole somewhere in the document ("anti-trafficking").

    A line-end hyphen is a real hyphen when the document spells the same word
    with one elsewhere; otherwise it is end-of-line hyphenation.
    """
    return frozenset(m.lower() for m in re.findall(r"\b[^\W\d_]+-[^\W\d_]+\b", text))


def join_wrapped(left: str, right: str, compounds: frozenset[str] = frozenset()) -> str:
    """Join two wrapped lines, repairing end-of-line hyphenation and broken URLs."""
    if not left:
        return right
    if not right:
        return left
    last_token = left.rsplit(" ", 1)[-1]
    bare = last_token.lstrip("[(<")
    in_url = bare.startswith(("http", "www.", "//", "doi.org")) or "://" in bare
    if in_url and (left.endswith(("/", "-", "_", ".", "=", "?", "&")) or not re.match(r"[A-Z(]", right)):
        return left + right
    if left.endswith("-") and not left.endswith("--") and len(last_token) > 2:
        if right[:1].islower():
            fragment = re.split(r"[^\w]", last_token[:-1])[-1].lower()
            next_word = re.match(r"\w+", right)
            compound = f"{fragment}-{next_word.group(0).lower() if next_word else ''}"
            if fragment in _COMPOUND_PREFIXES or compound in compounds:
                return left + right  # "Anti-" + "trafficking": a real hyphen
            return left[:-1] + right  # "Differentia-" + "tion"
        return left + right  # "Harroff-" + "Tavel": a real hyphen
    return f"{left} {right}"
