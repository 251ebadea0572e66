"""Visual lines to the text a person reads: running heads and page numbers out, columns in
order, footnotes apart, paragraphs (and reference entries) from geometry.

A paragraph, and so a reference entry, starts where a reader sees one start: after a vertical
gap, at a heading, at the outdented first line of a hanging indent, at the indented first line
of a first-line indent, or at the next number of a numbered list. Each paragraph becomes one
line of the text, with a blank line after it, so the splitter takes the boundaries as given.
Where a block shows no such evidence (no indents, no gaps), a short line ending a sentence ends
the paragraph, and a line that opens like an entry after a finished line starts one (the
splitter's own text rule).
"""

from __future__ import annotations

import re
from collections import Counter

from refcheck.readers.pdf_layout import Glyph, Line, Page, _measure, _render

_PAGE_NUMBER_RE = re.compile(r"^(?:[-–—]\s?)?(?:\d{1,4}|[ivxlcdm]{1,7}|(?:page|p\.)\s?\d{1,4}(?:\s(?:of|/)\s?\d{1,4})?)"
                             r"(?:\s?[-–—])?$", re.I)
_MARKER_RE = re.compile(r"^(?:\[(\d{1,4})\]|(\d{1,4})\.)\s")
_TERMINAL_END = (".", "?", "!", ")", "]", "”", '"', "’")


def body_size(pages: list[Page]) -> float:
    """The size most glyphs are set in: the body text's."""
    sizes: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            sizes[round(ln.size, 1)] += len(ln.glyphs)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def drop_furniture(pages: list[Page]) -> None:
    """Remove running heads, footers and page numbers: short lines near the top or bottom edge
    that recur on other pages (digits aside), or that are a bare page number."""
    seen: Counter[str] = Counter()
    for p in pages:
        seen.update({_furniture_key(ln) for ln in p.lines
                     if (ln.base > 0.9 * p.height or ln.base < 0.1 * p.height) and len(ln.plain) <= 100})
    repeated = {k for k, n in seen.items() if n >= 2 and n >= 0.3 * len(pages)}
    for p in pages:
        if p.lines:
            bases = Counter(round(ln.base) for ln in p.lines)
            ends = (max(ln.base for ln in p.lines), min(ln.base for ln in p.lines))
            p.lines = [ln for ln in p.lines if not _furniture(p, ln, repeated, bases, ends)]


def _furniture(p: Page, ln: Line, repeated: set[str], bases: Counter[int], ends: tuple[float, float]) -> bool:
    """A running head or footer seen on other pages, or a bare page number at the edge (or
    right under the text of a short page); never a line that shares its baseline with text."""
    if bases[round(ln.base)] != 1:
        return False
    edge = ln.base > 0.9 * p.height or ln.base < 0.1 * p.height
    outer = edge or ln.base in ends
    number = bool(_PAGE_NUMBER_RE.match(ln.plain))
    if number and _wrapped_tail(p, ln):
        return False
    return (outer and number) or (edge and _furniture_key(ln) in repeated)


def _wrapped_tail(p: Page, ln: Line) -> bool:
    """A number one line's spacing under text it sits within that breaks off at a hyphen, dash or
    slash: the wrapped end of that text ("...doi:10.1038/s41598-020-58350-" over "7" at a column's
    foot), not a page number (which may follow other text as closely on a page without a footer)."""
    return any(0 < o.base - ln.base < 1.3 * ln.size and o.x0 < ln.x1 and ln.x0 < o.x1
               and o.plain.endswith(("-", "–", "/")) for o in p.lines)


def _furniture_key(ln: Line) -> str:
    return re.sub(r"\d+", "#", ln.plain.lower())


def columns(page: Page) -> list[list[Line]]:
    """The page's lines in reading order, as one list per column (full-width lines above the
    columns first, below them last)."""
    split = page.gutter
    if split is None:
        return [_merge_same_baseline(_in_order(page.lines))]
    col_l = [ln for ln in page.lines if ln.x1 <= split + 1]
    col_r = [ln for ln in page.lines if ln.x0 >= split - 1 and ln.x1 > split + 1]
    spanning = [ln for ln in page.lines if ln.x0 < split - 1 and ln.x1 > split + 1]
    top = max((ln.base for ln in col_l + col_r), default=0)
    above = [ln for ln in spanning if ln.base > top]
    # A line that runs over the gutter inside the columns (an unbreakable address) is still
    # the left column's, also when it is the last line of the page: only a line under both
    # columns is read after them.
    low = min((ln.base for ln in col_l + col_r), default=top)
    col_l += [ln for ln in spanning if low <= ln.base <= top]
    below = sorted((ln for ln in spanning if ln.base < low), key=lambda ln: -ln.base)
    # ...and so is one that goes on at the left column's line spacing below a short right column.
    end = min((ln.base for ln in col_l), default=top)
    while below and below[0].base >= end - 1.6 * below[0].size and below[0].x0 < split - 1:
        end = below[0].base
        col_l.append(below.pop(0))
    out = []
    for group in (above, col_l, col_r, below):
        if group:
            out.append(_merge_same_baseline(_in_order(group)))
    return out


def _in_order(lines: list[Line]) -> list[Line]:
    """Top to bottom, left to right; a heading printed over the first line below it (pdflatex can set
    "References" on the list's first entry, its baseline a little lower) still comes first."""
    sizes = sorted(ln.size for ln in lines)
    text = sizes[len(sizes) // 2] if sizes else 0.0
    return sorted(lines, key=lambda ln: (-ln.base - (0.5 * ln.size if ln.size > 1.15 * text else 0.0), ln.x0))


def _merge_same_baseline(lines: list[Line]) -> list[Line]:
    """Fragments on one baseline within a column are one line ("[3]" and its entry's text)."""
    out: list[Line] = []
    for ln in lines:
        if out and abs(out[-1].base - ln.base) < 0.6 and abs(out[-1].size - ln.size) < 0.5:
            prev = out[-1]
            a, b = (prev, ln) if prev.x0 <= ln.x0 else (ln, prev)
            space = [Glyph(" ", a.x1, a.x1, a.base, a.size, False, False)] if b.x0 - a.x1 > 0.15 * a.size else []
            prev.glyphs = a.glyphs + space + b.glyphs
            _measure(prev)
            _render(prev)
        else:
            out.append(ln)
    return out


def split_footnotes(column: list[Line], body: float, note_size: float | None = None,
                    height: float = 0.0) -> tuple[list[Line], list[list[Line]]]:
    """The column's body lines and its footnotes (each a list of lines), kept apart: the run of
    smaller lines at the bottom under body text, the first of them opening with a raised mark.
    A note TeX carried over from the page before opens with no mark: it is taken when its lines
    are in the notes' size (NOTE_SIZE) in the lower part of the page, and returned as a note
    whose first line has no mark, for the caller to join to the note it continues."""
    i = len(column)
    while i > 0 and column[i - 1].size < 0.93 * body:
        i -= 1
    if i == len(column):
        i = _body_size_notes(column, body)
    tail = column[i:]
    # (low on the page, or above notes that open with their marks: a long run of notes)
    carried = (note_size is not None and tail and abs(tail[0].size - note_size) < 0.3
               and (tail[0].base < 0.3 * height or any(ln.sup_start for ln in tail)))
    if not tail or i == 0 or not (tail[0].sup_start or carried):
        return column, []
    notes: list[list[Line]] = []
    for ln in tail:
        if ln.sup_start or not notes:
            notes.append([ln])
        else:
            notes[-1].append(ln)
    return column[:i], notes


_SUP_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_TO_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _note_number(ln: Line) -> int | None:
    m = re.match(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", ln.text) if ln.sup_start else None
    return int(m.group().translate(_SUP_DIGITS)) if m else None


def _body_size_notes(column: list[Line], body: float) -> int:
    """Where footnotes set in the body's own size start (LibreOffice's default footnote style from
    a pandoc .docx), or len(column): the topmost line that opens with a raised number such that
    every note under it opens with one, the numbers run consecutively, the last of them is raised
    in the text above (the note is called on this page), and the gap above it (the separator
    rule's space) is wider than any gap between the notes (or, for a one-line note, than a
    paragraph gap of the text), not under a heading (a list numbered with raised numbers under
    "References" stays a list). Raised openings alone are not enough."""
    gaps = [0.0] + [column[k - 1].base - column[k].base for k in range(1, len(column))]
    for j in range(1, len(column)):
        numbers = [_note_number(ln) for ln in column[j:] if ln.sup_start]
        if not column[j].sup_start or None in numbers or _heading(column[j - 1], body):
            continue
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            continue
        inside = gaps[j + 1:]
        ref = max(inside) if inside else 1.7 * min(gaps[1:j], default=gaps[j])
        mark = str(numbers[-1]).translate(_TO_SUP)
        above = " ".join(ln.text for ln in column[:j])
        if gaps[j] >= 1.2 * ref and re.search(rf"[^\s⁰-⁹¹²³]{mark}(?![⁰-⁹¹²³])", above):
            return j
    return len(column)


class _Flow:
    """A column's lines with what paragraph decisions need: its left and right edge."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.left = min((ln.x0 for ln in lines), default=0)
        # The right margin: where at least two lines end, and a tenth of them (an overfull
        # line juts out alone, or with one other address of the same length).
        ends = sorted(ln.x1 for ln in lines)
        shared = [b for a, b in zip(ends, ends[1:], strict=False) if b - a < 2.0]
        need = max(2, len(ends) // 10)
        common = [b for k, b in enumerate(ends) if k + 1 >= need and b - ends[k + 1 - need] < 2.0]
        self.right = common[-1] if common else shared[-1] if shared else (ends[-1] if ends else 0)


def _set_left_edges(flows: list[_Flow]) -> None:
    """Each column's left margin: the x where lines start on this and other pages, so a page
    that holds one outdented line (or none) still knows where its margin is."""
    xs = Counter(round(ln.x0) for f in flows for ln in f.lines)
    support = {x: xs[x - 1] + xs[x] + xs[x + 1] for x in xs}
    edges = [x for x in xs if support[x] >= 3]
    for f in flows:
        # A column holding only the indented lines of an entry carried over from the page before
        # starts at the indent: the margin is the leftmost edge within a hanging indent's reach
        # (in a list, more lines may start at the indent than at the margin).
        reach = 4 * max((ln.size for ln in f.lines), default=0.0)
        below = [e for e in edges if f.left - reach <= e <= f.left + 1.5]
        if below:
            f.left = max(e for e in below if e <= min(below) + 2)


def paragraphs(flows: list[_Flow], body: float) -> list[list[Line]]:
    """Group the flows' lines (in reading order) into paragraphs from geometry."""
    items: list[tuple[Line, _Flow, bool]] = []  # line, its column, whether it follows in the same column
    for flow in flows:
        for k, ln in enumerate(flow.lines):
            items.append((ln, flow, k > 0))
    if not items:
        return []
    leading = _leading(items, body)
    # Blocks: runs between gaps and headings; each block's indentation mode decides the rest.
    hard = [True] + [False] * (len(items) - 1)
    for i in range(1, len(items)):
        ln, flow, same = items[i]
        prev = items[i - 1][0]
        gap = same and prev.base - ln.base > 1.3 * leading * max(ln.size, prev.size) / body
        hard[i] = gap or _heading(ln, body) or _heading(prev, body)
    breaks = list(hard)
    start = 0
    in_list = False
    for end in [*(i for i in range(1, len(items)) if hard[i]), len(items)]:
        head = items[start][0]
        if _heading(head, body):
            from refcheck.section.find import is_end_heading, is_reference_heading

            in_list = is_reference_heading(head.plain) or (in_list and not is_end_heading(head.plain))
        _block_breaks(items, start, end, body, breaks, in_list)
        start = end
    paras: list[list[Line]] = []
    for i, (ln, _, _) in enumerate(items):
        if breaks[i] or not paras:
            paras.append([ln])
        else:
            paras[-1].append(ln)
    return paras


def _leading(items: list[tuple[Line, _Flow, bool]], body: float) -> float:
    deltas = Counter(round(items[i - 1][0].base - items[i][0].base, 1) for i in range(1, len(items))
                     if items[i][2] and abs(items[i][0].size - body) < 0.3 and abs(items[i - 1][0].size - body) < 0.3)
    good = [d for d, _ in deltas.most_common() if 0.9 * body < d < 2.5 * body]
    return good[0] if good else 1.2 * body


def _heading(ln: Line, body: float) -> bool:
    from refcheck.section.find import is_end_heading, is_reference_heading

    if ln.size > 1.12 * body or (ln.bold and len(ln.plain) < 80 and not ln.plain.endswith((",", ";"))):
        return True
    # A heading known by its words opens with a capital or a number: "newsletter. Published
    # online 2023." is an entry's wrapped line, not the heading "Newsletter".
    return (len(ln.plain) < 40 and not ln.plain[:1].islower()
            and (is_reference_heading(ln.plain) or is_end_heading(ln.plain)))


def _block_breaks(items: list[tuple[Line, _Flow, bool]], start: int, end: int, body: float,
                  breaks: list[bool], in_list: bool = False) -> None:
    """Set the paragraph breaks inside one block (in_list: the block is in a reference list)."""
    block = items[start:end]
    if len(block) < 2:
        return
    ems = [(ln.x0 - flow.left) / ln.size for ln, flow, _ in block]
    # (an overfull line, an address running into the margin, counts as a full one)
    fill = [min(1.0, (ln.x1 - flow.left) / max(1.0, flow.right - flow.left)) for ln, flow, _ in block]
    indented = [e > 0.8 for e in ems]
    # The line before a new entry or paragraph ends it, so it is the shorter one: if lines
    # before outdented lines are shorter than lines before indented ones, the indent hangs.
    before_left = [fill[k - 1] for k in range(1, len(block)) if ems[k] < 0.5]
    before_indented = [fill[k - 1] for k in range(1, len(block)) if indented[k]]
    hang = first = 0
    if not any(indented):
        pass  # no indentation to go by: the text rule decides
    elif before_left and before_indented and abs(_mean(before_left) - _mean(before_indented)) > 0.05:
        hang, first = (1, 0) if _mean(before_left) < _mean(before_indented) else (0, 1)
    else:
        # An outdented first line over indented ones is a hanging indent (one entry, or
        # entries with no single-line ones); otherwise a first-line one.
        hang = 1 if not indented[0] and (all(indented[1:]) or any(
            indented[k] and indented[k + 1] for k in range(len(block) - 1))) else 0
        first = 0 if hang else 1
    # A numbered list counts on from its first line's number; a block that opens otherwise
    # starts one only at "[n]" or "1." ("906 (2):" / "132. https://..." is a page number
    # wrapped to the start of a line, not entry 132).
    first_marker = _MARKER_RE.match(block[0][0].plain)
    number = int(first_marker.group(1) or first_marker.group(2)) if first_marker and ems[0] < 0.5 else None
    for k in range(1, len(block)):
        ln = block[k][0]
        m = _MARKER_RE.match(ln.plain)
        # (in a list whose first entry has no number, "1. https://doi.org/..." is a page number wrapped)
        if m and ems[k] < 0.5 and not (in_list and number is None and m.group(2)):
            n = int(m.group(1) or m.group(2))
            if n == (number + 1 if number is not None else n if m.group(1) else 1):
                number = n
                breaks[start + k] = True
                continue
        if hang > first:
            breaks[start + k] = ems[k] < 0.5
        elif first > hang:
            breaks[start + k] = 0.8 < ems[k] < 6
        else:
            breaks[start + k] = _ends_paragraph(block[k - 1][0], block[k - 1][1], ln, in_list)


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


# A line ending in a web address or DOI, or in the tail of one broken over lines ("…%5D2.0.co;2.").
_URL_END = re.compile(r"(?:(?:https?:|//|www\.|doi\.org|doi:|10\.\d{4,}/)\S*|\S*(?:/|%[0-9A-F]{2})\S*)$")
# ...but words joined by a slash ("United Nations/International", "and/or") are not an address.
_SLASHED_WORDS = re.compile(r"(?<!\S)[^\W\d_]+(?:/[^\W\d_]+)+[,.;:]?$")


_NAME_COMMA = re.compile(r"[A-ZÀ-Ý][^\W\d_]+(?:[-'’][A-ZÀ-Ý]?[^\W\d_]+)?,\s")

# "Z., & Schramm, Y." / "L. Greenhill": the rest of an author list, not a new entry.
_INITIALS_ON = re.compile(r"(?:[A-Z]\.\s?-?){1,3}(?:,|\s&|\sand\b|\s[A-Z][a-z])")
_AUTHORS_ON = re.compile(r"(?:[,;&]|\band|\b[A-Z]\.)\s*$")


def _ends_paragraph(prev: Line, flow: _Flow, nxt_line: Line, in_list: bool = False) -> bool:
    """With no indents or gaps to go by: a line that stopped where the next line's first word
    would still have fitted ended its paragraph, if it ends a sentence, a number or a web
    address and the next line opens like a new one. In a reference list, so does a finished
    line before one that opens like an entry (the splitter's text rule)."""
    from refcheck.section.cues import looks_like_entry_start, strong_start  # the splitter's own openings

    nxt = nxt_line.plain
    text = prev.plain
    if text.endswith("-"):
        return False  # a word (or an address) broken over the line goes on
    fits = flow.right - prev.x1 > _first_word_width(nxt_line) + 0.3 * prev.size
    if _URL_END.search(text) and not _SLASHED_WORDS.search(text):
        # TeX breaks a long address anywhere: go on unless a new entry opens
        return not text.endswith(("/", "-", "_", "=", "?", "&")) and (
            looks_like_entry_start(nxt) or (fits and bool(re.match(r"[A-ZÀ-Ý“\"'*]", nxt)))
            # an address closed by its full stop, then "Steffens, Thalya Miriam de Mattos,": a name,
            # which no address goes on with (TeX breaks one at "." before digits and letters, not ", ")
            or (in_list and text.endswith(".") and bool(_NAME_COMMA.match(nxt))))
    finished = text.endswith(_TERMINAL_END) or text[-1:].isdigit()
    # An opening no entry can have in its middle ("Laczko, F. (", "Angel Coalition (2009).")
    strong = in_list and not _INITIALS_ON.match(nxt) and not _AUTHORS_ON.search(text) and strong_start(nxt)
    if not fits:
        # a full line that stops on a bare word ("..., Then, A. Y.-H., Ving" over "Ching, C., ..."):
        # the entry goes on; entries end in a stop, a number or an address
        return strong and not text[-1:].isalpha()
    # (an entry may open with a lower-case particle: "van der Pluijm, I. et al. (2006)")
    return strong or (finished and (bool(re.match(r"[A-ZÀ-Ý“\"'*\[(\d]", nxt))
                                    or (in_list and looks_like_entry_start(nxt))))


def _first_word_width(ln: Line) -> float:
    end = ln.x0
    for g in ln.glyphs:
        if g.text.isspace() or (g.x0 - end > 0.15 * ln.size and end > ln.x0):
            break
        end = g.x1
    return end - ln.x0


def page_flows(pages: list[Page], body: float) -> tuple[list[_Flow], dict[int, list[list[Line]]]]:
    """Each page's columns in reading order (as flows) and its footnotes."""
    flows: list[_Flow] = []
    notes: dict[int, list[list[Line]]] = {}
    note_size = None
    last: list[Line] | None = None  # the note read last, which a carried-over part continues
    for p in pages:
        for col in columns(p):
            lines, found = split_footnotes(col, body, note_size, p.height)
            for note in found:
                if not note[0].sup_start and last is not None:
                    last.extend(note)
                    continue
                notes.setdefault(p.number, []).append(note)
                note_size, last = note[0].size, note
            if lines:
                flows.append(_Flow(lines))
    _set_left_edges(flows)
    return flows, notes
