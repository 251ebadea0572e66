"""Where a paper's notes are: numbered paragraphs in runs 1, 2, 3, ... at the foot of its pages or its end.

A note opens with its number: "1. John Smith, Title (City: Publisher, 1999), 45.", "[2] Smith, Title, 47." (pandoc's
plain writer), "[^4]: Smith, Title." (Markdown, and the PDF reader's footnotes), "3 Ibid., 50." or a raised "¹". What
a note cites is read in notes.py; this module only says which paragraphs are notes, and which numbered paragraphs
(section headings, the numbered paragraphs of an IMF paper's body) are not.
"""

from __future__ import annotations

import re

from refcheck._record import Record
from refcheck.text.patterns import CAPS

# "[^3]: ..." is a Markdown footnote definition, as the PDF reader writes a page's footnotes.
# A footnote pasted from a word processor keeps its raised number: "¹ Donoghue v Stevenson [1932] AC 562".
# (an edition wrapped to a line's start is none: "   20. Aufl., Heidelberg 1995.", ABNT's "2. ed. São Paulo")
_NOTE_RE = re.compile(r"^[ \t]*(?:\[(?P<a>\d{1,3})\]|\[\^(?P<b>\d{1,3})\]:|(?P<c>\d{1,3})\.(?=[ \t])"
                      r"(?![ \t]+(?:Aufl|Ausg|[EeÉé]d(?:n|ition|ição|ición|izione)?\b|wyd\.|Bd\.))"
                      r"|(?P<d>\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2})(?=[ \t]+(?:[" + CAPS + r"“\"‘*]|Ibid|Id\.|ibid))"
                      # French humanities' notes called "(1)": "(1) G. L. Geison, The Private Science ...", "(2) Ibid."
                      r"|\((?P<e>\d{1,3})\)(?=[ \t]+(?:(?:[" + CAPS + r"]\.\s?)+[" + CAPS + r"]|Ibid|Id\.|ibid|Op\.)))"
                      r"[ \t]*(?P<text>\S.*)$", re.MULTILINE)
_RAISED = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
MIN_RUN = 2


class Note(Record):
    __slots__ = ("number", "start", "text")
    number: int
    start: int  # offset of the note's text
    text: str

    def __init__(self, number: int, start: int, text: str) -> None:
        self.number, self.start, self.text = number, start, text


def find_notes(text: str) -> list[Note]:
    """Numbered paragraphs in runs 1, 2, 3, ... (a run restarts at 1 per chapter); runs of 2 or more."""
    runs: list[list[Note]] = []
    current: list[Note] = []
    found = [(int((m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e")).translate(_RAISED)), m)
             for m in _NOTE_RE.finditer(text)]
    for k, (n, m) in enumerate(found):
        note = Note(n, m.start("text"), m.group("text").strip())
        if current and n == current[-1].number + 1:
            current.append(note)
        elif n == 1 and current and k + 1 < len(found) and found[k + 1][0] == current[-1].number + 1:
            continue  # a note's wrapped law report, "1 KB 223 (CA).", between notes 4 and 5: no restart
        elif n == 1 or not current:
            runs.append(current)
            current = [note] if n == 1 else []
        # else: a numbered line inside the run is no note of it ("3. Vergangenheitspolitik", a section heading
        # between the page foots of notes 1-9 and 10-19)
    runs.append(current)
    return [n for run in runs if len(run) >= MIN_RUN and not _headings(run) and not _paragraphs(run, text)
            for n in run]


# A parenthetical author-date citation, "(Davoodi and others, 2022)": the form an author-date paper cites in; a
# note cites a work by its title and facts ("(New York: Norton, 1999)").
_PAREN_AUTHOR_DATE = re.compile(r"\([" + CAPS + r"][^():]{0,80}?,\s(?:1[5-9]|20)\d\d[a-z]?[,;)]")


def _paragraphs(run: list[Note], text: str) -> bool:
    """A run of numbered paragraphs of the body: most are longer than a note but a rare discursive one (each
    runs to its blank line or the next number), and cite as the body does, calling notes (Cairn, OpenEdition:
    "1. Entre le 20 juillet ... châteaux [1]. ...") or in author-date parentheses (IMF and UN papers)."""
    ends = [*(n.start for n in run[1:]), len(text)]
    paras = [text[n.start:min(end, e if (e := text.find("\n\n", n.start)) >= 0 else end)]
             for n, end in zip(run, ends, strict=True)]
    return sorted(len(p) for p in paras)[len(run) // 2] > 350 \
        and sum(bool(re.search(r"\[\d{1,3}\]", p) or _PAREN_AUTHOR_DATE.search(p)) for p in paras) >= 0.5 * len(run)


def _headings(run: list[Note]) -> bool:
    """A run of numbered section headings ("1. Einleitung", "2. Theoretische Grundlagen"): no note of it holds a
    page, a year or a comma; or each is printed in capitals ("2. LOS CAUCES: CONSEJOS, JUNTAS Y MANUSCRITOS")."""
    return not any(re.search(r"[\d,]", n.text) for n in run) or all(n.text.isupper() for n in run)
