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
from refcheck.section.cues import MARKER_RE, looks_like_entry_start, strong_start
from refcheck.section.find import Section
from refcheck.text.patterns import CAPS

_RUNNING_HEAD_RE = re.compile(
    r"^(?:(?i:running head:).{0,80}?\s\d{1,4}|(?i:page) \d{1,4}(?: (?i:of) \d{1,4})?|\d{1,4}|[ivxlc]{1,6}"
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?,? \d{1,3}|\d{1,3} [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?"
    r"|[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-:]+){1,9}\s+\d{1,3}"  # "GROWTH MINDSET INTERVENTIONS 14"
    r"|[A-Z][\w'’\-]+(?: et al\.?| and [A-Z][\w'’\-]+)? (?i:page) \d{1,4}"  # PMC manuscripts: "Okafor et al. Page 17"
    r"|[^\s].{0,78}?\s{4,}\d{1,4})$"  # any short head with its page number pushed to the right margin
)
# A line that can end an entry: closing punctuation, a number (pages), or a URL/DOI.
_TERMINAL_RE = re.compile(r"(?:[.!?)\]>”\"]|\d|(?:https?://|www\.|doi:|10\.\d{4,9}/)\S*)\s*$")


class _Line:
    __slots__ = ("number", "text", "column", "indent", "marker", "label", "blank_before")

    def __init__(self, number: int, text: str, column: int, indent: int, marker: bool, label: str | None,
                 blank_before: bool) -> None:
        self.number = number  # 1-based line number in the document
        self.text = text  # without the list marker
        self.column = column  # 1-based column where text starts
        self.indent = indent
        self.marker = marker
        self.label = label
        self.blank_before = blank_before


def split_entries(doc: Document, section: Section) -> list[RawEntry]:
    """The entries of SECTION, each re-joined onto a single line."""
    all_lines = doc.lines
    repeated = _repeated_furniture(all_lines)
    lines: list[_Line] = []
    blank = True
    for n in range(section.start_line, min(section.end_line, len(all_lines) + 1)):
        raw = all_lines[n - 1].replace("\u00a0", " ").replace("\f", "").rstrip()
        stripped = raw.strip()
        if not stripped or stripped == "<!-- -->":
            blank = True
            continue
        if _is_furniture(stripped, repeated):
            continue  # a header/footer: neither text nor a paragraph break
        m = MARKER_RE.match(raw)
        label = None
        if m:
            label = m.group("br") or m.group("num") or m.group("pa") or m.group("al")
            # ACS's "(1)" stays in the entry's text as printed (only its number is the label).
            text_start = m.start("pa") - 1 if m.group("pa") else m.end()
        else:
            text_start = len(raw) - len(raw.lstrip())
        lines.append(_Line(n, raw[text_start:], text_start + 1, len(raw) - len(raw.lstrip()),
                           bool(m), label, blank))
        blank = False
    if not lines:
        return []
    _bare_numbers(lines, paragraph_lines=doc.kind == "docx")
    starts, layout = _entry_starts(lines, paragraph_lines=doc.kind == "docx")
    compounds = hyphenated_words(doc.text) if any(ln.text.endswith("-") for ln in lines) else frozenset()
    entries: list[RawEntry] = []
    for i, line in enumerate(lines):
        if starts[i] or not entries:
            entries.append(RawEntry(text=line.text.strip(), line=line.number, column=line.column,
                                    label=line.label))
        else:
            entries[-1].text = join_wrapped(entries[-1].text, line.text.strip(), compounds)
    if layout == "wrapped":
        entries = _rejoin_tails(entries)
    return [e for e in entries if len(e.text) > 3]


_BARE_NUMBER_RE = re.compile(r"(\d{1,3})\s+(?=[^\W\d_])")


def _bare_numbers(lines: list[_Line], paragraph_lines: bool = False) -> None:
    """"1 Anghebem MI, ...", "2 Rahmani-Kukia N, ...": numbers with no dot or bracket are labels
    when the paragraphs of an unmarked list open with 1, 2, 3, ... in order (a wrapped line
    that happens to open with a number does not count them up). In a .docx every line is a paragraph
    (Journal of Global Health: "1<tab>Lazzaretti J, ...", no blank line between entries)."""
    if any(ln.marker for ln in lines):
        return
    heads = [(ln, _BARE_NUMBER_RE.match(ln.text)) for ln in lines if ln.blank_before or paragraph_lines]
    numbered = [(ln, m) for ln, m in heads if m]
    if len(numbered) < 3 or len(numbered) < 0.8 * len(heads) \
            or [int(m.group(1)) for _, m in numbered] != list(range(1, len(numbered) + 1)):
        return
    for ln, m in numbered:  # the number stays in the entry's text as printed, like ACS's "(1)"
        ln.marker, ln.label = True, m.group(1)


_YEAR_RE = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b|\bn\.\s?d\.")
# "Farrar, Straus and Giroux, 2017." -- a publisher and year, no title: the end of an entry.
_TAIL_RE = re.compile(r"^[^.]{1,70},\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\.?$")


def _rejoin_tails(entries: list[RawEntry]) -> list[RawEntry]:
    """Put back the last line of an entry that was taken for an entry of its own: an entry
    with no year followed by a "Publisher, Year." line with no title."""
    out: list[RawEntry] = []
    for e in entries:
        if out and _TAIL_RE.match(e.text) and not _YEAR_RE.search(out[-1].text):
            out[-1].text = join_wrapped(out[-1].text, e.text)
        else:
            out.append(e)
    return out


# A paragraph of its own opening with a family name's particles and the name alone, then the title:
# "van Ooij. “Dynamic Patterns ...”", "de la Cova. “Drosophila Myc ...”", "van Amerongen. Photosynthetic"
_PARTICLE_FAMILY_ALONE = re.compile(r"^(?:(?:van|von|de|del|della|der|den|des|di|du|la|le|da|das|dos|te|ten|ter|zu)\s)+"
                                    r"[A-ZÀ-Ý][\w'’\-]+\.\s[“\"A-Z]")


def _entry_starts(lines: list[_Line], paragraph_lines: bool = False) -> tuple[list[bool], str]:
    """Which lines open an entry, and the layout that decided it (marked, paragraphs,
    hanging, wrapped). `paragraph_lines`: each line is a paragraph of its own (.docx), never wrapped."""
    n = len(lines)
    markers = sum(1 for ln in lines if ln.marker)
    paragraphs = sum(1 for ln in lines if ln.blank_before)
    indents = Counter(ln.indent for ln in lines)
    if markers >= 2 and markers >= 0.3 * paragraphs:
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
            if not ln.blank_before:
                starts.append(i == 0)
                continue
            prev = lines[i - 1].text if i else ""
            continuation = (ln.text[:1].islower() and not looks_like_entry_start(ln.text)
                            and not _PARTICLE_FAMILY_ALONE.match(ln.text)) or (
                i > 0 and not _TERMINAL_RE.search(prev) and not looks_like_entry_start(ln.text))
            starts.append(not continuation)
        return starts, "paragraphs"
    if len(indents) > 1:
        base = min(indents)
        if indents[base] >= 2 and sum(indents.values()) - indents[base] >= 1:
            return [ln.indent == base for ln in lines], "hanging"
    # Bare wrapped lines (PDF): a new entry needs an entry-like start after a finished line.
    # Hard wrapping fills every line of an entry but its last, so when the next line's
    # first word would have fitted on a finished line, that line ended its entry, even
    # if the next one opens in a way no pattern knows (an organisation, a title).
    full = _wrap_width(lines)
    # One entry a line, nothing wrapped: most lines open like an entry after a finished one.
    unwrapped = sum(1 for i in range(1, n) if looks_like_entry_start(lines[i].text)
                    and _TERMINAL_RE.search(lines[i - 1].text)) >= 0.8 * (n - 1)
    entry_paragraphs = paragraph_lines and sum(looks_like_entry_start(ln.text) for ln in lines[1:]) >= 0.8 * (n - 1)
    starts = [True] + [False] * (n - 1)
    for i in range(1, n):
        prev, cur = lines[i - 1].text, lines[i].text
        if entry_paragraphs and looks_like_entry_start(cur):
            # In a .docx list of one entry a paragraph, an entry may end with no stop or on a colon
            # (Annual Reviews' "... Oxford University Press", "... Ecology. 106(6):" with no pages): the
            # next paragraph's entry-like opening starts one.
            starts[i] = True
            continue
        if _UNFINISHED_RE.search(prev) or _INITIALS_ON_RE.match(cur) or _PLACE_RE.match(cur):
            continue  # "Smith, J., and" / "Cohen, G." + "L., & Ito": an author list runs on
        finished = bool(_TERMINAL_RE.search(prev))
        fits = full and len(prev) + lines[i - 1].indent + len(cur.split(" ", 1)[0]) < 0.9 * full
        if finished and (unwrapped or fits):
            starts[i] = _OPENING_RE.match(cur) is not None or looks_like_entry_start(cur)
        else:
            starts[i] = looks_like_entry_start(cur) and (finished or strong_start(cur))
    return starts, "wrapped"


# A line ending inside an author list (or inside a word broken at a hyphen: "& Yli-" / "Tuomi, T."),
# or a line opening with the rest of one.
_UNFINISHED_RE = re.compile(
    r"(?:[,;:&]|(?<=\w)-|\band|(?:,|\band|&)\s(?:[A-Z]\.\s?-?){1,3}|[A-Z][a-z]+\s[A-Z]\.?|\b(?:[Ee]ds?|[Tt]rans|by|[Ii]n)\.?)\s*$")
# "Cambridge, Mass.: Harvard UP" / "Berlin: Springer": the place and publisher of the entry above.
_PLACE_RE = re.compile(r"[" + CAPS + r"][\w'’\-]+(?:\s[" + CAPS + r"][\w'’\-]+){0,2}(?:,\s[" + CAPS +
                       r"][\w.]+)?\s?:\s")
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


def _repeated_furniture(lines: list[str]) -> set[str]:
    """Short lines that recur with only their digits changing: running heads and footers."""
    counts: Counter[str] = Counter()
    for line in lines:
        s = line.strip()
        # A running head or footer has no closing punctuation; "2015." on its own
        # line is the wrapped tail of an entry, however often it recurs.
        if 0 < len(s) <= 80 and re.search(r"\d", s) and s[-1] not in ".,;:)]":
            counts[re.sub(r"\d+", "#", s)] += 1
    return {k for k, c in counts.items() if c >= 3}


def _is_furniture(s: str, repeated: set[str]) -> bool:
    if _RUNNING_HEAD_RE.match(s):
        return True
    return len(s) <= 80 and re.sub(r"\d+", "#", s) in repeated and not looks_like_entry_start(s)
