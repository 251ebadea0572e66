"""PDF glyphs to visual lines, with the geometry a reader uses: page, x/y, font size,
italic/bold, and which characters are raised (superscript citation numbers, note marks).

pdfminer.six (MIT, pure Python, maintained) supplies every glyph with its font, size and
baseline; we group glyphs into lines ourselves rather than use its paragraph analysis,
because that analysis drops the baseline and the per-glyph font a reference list needs.
The work is bounded: at most MAX_PAGES pages, READ_SECONDS of reading, and no stream may
inflate past MAX_STREAM bytes (a decompression bomb is refused before pdfminer sees it).
"""

from __future__ import annotations

import io
import re
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field

from refcheck.errors import InputError

MAX_PAGES = 600
READ_SECONDS = 300.0
MAX_STREAM = 64 * 1024 * 1024  # one inflated stream
MAX_INFLATED = 512 * 1024 * 1024  # all streams together

LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "ft", "ﬆ": "st", "\u00ad": ""}
SUPERSCRIPTS = str.maketrans("0123456789()+=abcdefghijklmnoprstuvwxyz",
                             "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁼ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ")
_ITALIC_RE = re.compile(r"italic|oblique|[-,]it\b|CMTI|CMMI|CMSL|LMRoman\d*-(?:Demi)?Oblique|Ital", re.I)
_BOLD_RE = re.compile(r"bold|black|heavy|CMBX|semibold|demi", re.I)


@dataclass(slots=True)
class Glyph:
    text: str
    x0: float
    x1: float
    base: float  # baseline, PDF units from the page bottom
    size: float
    italic: bool
    bold: bool
    sup: bool = False


@dataclass(slots=True)
class Line:
    """One visual line (or a fragment of one, when a column gutter splits it)."""

    page: int  # 1-based
    glyphs: list[Glyph]
    x0: float = 0.0
    x1: float = 0.0
    base: float = 0.0
    size: float = 0.0  # the size of its ordinary (not raised) glyphs
    text: str = ""  # italics as *...*, raised digits as Unicode superscripts
    plain: str = ""  # the same without italic marks
    bold: bool = False
    sup_start: bool = False  # opens with a raised mark (a footnote's number)
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    gutter: float | None = None  # x of the gap between two columns, if the page has two


def check_streams(data: bytes, path: str) -> None:
    """Refuse a decompression bomb: inflate every Flate stream with a cap, before parsing."""
    total = 0
    view = memoryview(data)
    for m in re.finditer(rb"(?<!end)stream\r?\n", data):
        d = zlib.decompressobj()
        try:
            out = d.decompress(view[m.end(): m.end() + 8 * 1024 * 1024], MAX_STREAM + 1)
        except zlib.error:
            continue
        size = len(out)
        while d.unconsumed_tail and size <= MAX_STREAM:
            try:
                size += len(d.decompress(d.unconsumed_tail, MAX_STREAM + 1 - size))
            except zlib.error:
                break
        if size > MAX_STREAM:
            raise InputError(path, f"PDF stream inflates past {MAX_STREAM // 2**20} MB (a decompression bomb?); "
                                   "refusing to read it")
        total += size
        if total > MAX_INFLATED:
            raise InputError(path, f"PDF content inflates past {MAX_INFLATED // 2**20} MB; refusing to read it")


def read_pages(data: bytes, path: str) -> list[Page]:
    """Every page's visual lines, or an InputError (encrypted, corrupt, too large, too slow).

    The time limit is also enforced inside a page (a page can hold millions of glyphs) by a
    SIGALRM timer where one can be set (the main thread on POSIX); elsewhere it is checked
    between pages."""
    import signal
    import threading

    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return _read_pages(data, path)

    def expired(signum, frame) -> None:  # noqa: ANN001 - signal handler signature
        raise InputError(path, f"PDF took over {READ_SECONDS:.0f} s to read; check a shorter extract")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, READ_SECONDS)
    try:
        return _read_pages(data, path)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _read_pages(data: bytes, path: str) -> list[Page]:
    try:
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.layout import LTChar, LTFigure
        from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
    except ImportError:  # pragma: no cover - dependency is declared
        raise InputError(path, "reading .pdf needs pdfminer.six (pip install pdfminer.six)") from None
    import logging

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    check_streams(data, path)
    started = time.monotonic()
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(path, "PDF is encrypted; save an unprotected copy and check that") from None
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many kinds on a damaged file
        raise InputError(path, f"corrupt PDF ({type(exc).__name__}); save or export it again") from None
    _check_page_count(document, path)
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[Page] = []
    read: list[tuple[int, float, float, list[Glyph], list[list[Glyph]], float | None]] = []
    try:
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            if number > MAX_PAGES:
                raise InputError(path, f"PDF has more than {MAX_PAGES} pages; refcheck reads at most "
                                       f"{MAX_PAGES}: check the chapter that holds the reference list")
            if time.monotonic() - started > READ_SECONDS:
                raise InputError(path, f"PDF took over {READ_SECONDS:.0f} s to read ({number - 1} pages); "
                                       "check a shorter extract")
            interpreter.process_page(page)
            layout = device.get_result()
            glyphs: list[Glyph] = []
            _collect(layout, glyphs, LTChar, LTFigure)
            x0, y0, x1, y1 = layout.bbox
            rows = _rows(glyphs)
            read.append((number, x1 - x0, y1 - y0, glyphs, rows, gutter(rows, x1 - x0)))
    except InputError:
        raise
    except Exception as exc:
        raise InputError(path, f"corrupt PDF ({type(exc).__name__}); save or export it again") from None
    # A page whose right column holds a line or two shows too little to find its gutter alone, and an
    # address running into the gutter can push it right; the gutter the pages share (the most common,
    # then the most central) is the page's if no word on it crosses it.
    found = Counter(round(r[5]) for r in read if r[5] is not None)
    shared = max(found, key=lambda g: (found[g], -abs(g - read[0][1] / 2)), default=None)
    for number, width, height, glyphs, rows, gap in read:
        if shared is not None and gap != shared and _gutter_holds(rows, shared):
            gap = shared
        pages.append(Page(number, width, height, group_lines(glyphs, number, gap, rows), gap))
    return pages


def _gutter_holds(rows: list[list[Glyph]], x: float) -> bool:
    """Whether X splits this page's rows into columns: some rows have words right of it, hardly
    any word crosses it, and the gap at it is a gutter's, not a word space."""
    rows = [r for r in rows if len(r) > 3]
    crossing = right = 0
    for row in rows:
        vis = [g for g in row if g.text.strip()]
        crossing += any(g.x0 < x - 1 and g.x1 > x + 1 for g in vis)
        right += any(g.x0 >= x for g in vis)
    return right > 0 and crossing <= 0.12 * len(rows) and _gap_at(rows, x) >= 0.6


def _check_page_count(document, path: str) -> None:  # noqa: ANN001 - pdfminer PDFDocument
    """Refuse a PDF over MAX_PAGES before reading any page, from the page tree's own count."""
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(document.catalog.get("Pages")).get("Count"))
    except Exception:  # a damaged page tree: the page loop below finds out
        return
    if isinstance(count, int) and count > MAX_PAGES:
        raise InputError(path, f"PDF has {count} pages; refcheck reads at most {MAX_PAGES}: "
                               "check the chapter that holds the reference list")


def _collect(container, out: list[Glyph], char_type, figure_type) -> None:  # noqa: ANN001 - pdfminer types
    for obj in container:
        if isinstance(obj, char_type):
            if not obj.upright:
                continue  # rotated margin text (arXiv stamps, line numbers)
            text = obj.get_text()
            if text.startswith("(cid:"):
                continue
            font = obj.fontname or ""
            m = obj.matrix
            out.append(Glyph(text, obj.x0, obj.x1, m[5], obj.size, bool(_ITALIC_RE.search(font)),
                             bool(_BOLD_RE.search(font))))
        elif isinstance(obj, figure_type):
            _collect(obj, out, char_type, figure_type)


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    glyphs = sorted((g for g in glyphs if g.size > 0.5), key=lambda g: (-round(g.base, 1), g.x0))
    rows: list[list[Glyph]] = []
    for g in glyphs:
        if rows and abs(rows[-1][0].base - g.base) <= 0.6:
            rows[-1].append(g)
        else:
            rows.append([g])
    for row in rows:
        row.sort(key=lambda g: g.x0)
    return rows


def gutter(rows: list[list[Glyph]], width: float) -> float | None:
    """The x of a column gutter: a vertical strip in the middle of the page that words on
    many rows stop short of on both sides, and almost no word crosses."""
    rows = [r for r in rows if len(r) > 3]
    if len(rows) < 4 or width <= 0:
        return None
    lo, hi = int(0.3 * width), int(0.7 * width)
    cover = [0] * (hi - lo + 1)
    lefts = [0] * (hi - lo + 1)  # rows with words left of x
    rights = [0] * (hi - lo + 1)  # rows with words right of x
    for row in rows:
        words: list[list[float]] = []
        for g in row:
            if not g.text.strip():
                continue
            if words and g.x0 - words[-1][1] < 0.25 * g.size:
                words[-1][1] = max(words[-1][1], g.x1)
            else:
                words.append([g.x0, g.x1])
        first, last = words[0][0], words[-1][1]
        for a, b in words:
            for x in range(max(lo, int(a) + 1), min(hi, int(b)) + 1):
                cover[x - lo] += 1
        for x in range(max(lo, int(first) + 2), hi + 1):
            lefts[x - lo] += 1
        for x in range(lo, min(hi, int(last) - 2) + 1):
            rights[x - lo] += 1
    best = None
    n = len(rows)
    for k, c in enumerate(cover):
        # Overfull addresses may cross a gutter; justified one-column text covers any x far more.
        if c <= 0.12 * n and min(lefts[k], rights[k]) >= max(3, 0.1 * n) and (
                best is None or (c, abs(k + lo - width / 2)) < (cover[best], abs(best + lo - width / 2))):
            best = k
    if best is None or _gap_at(rows, best + lo) < 0.6:
        return None
    return best + lo


def _gap_at(rows: list[list[Glyph]], x: float) -> float:
    """The median gap, in ems, between the words either side of X on the rows that have words on both
    sides: a column gutter is wider than a word space (pdflatex: 10 pt, Word: half an inch), while
    the few lines of a short one-column page can leave a strip no word crosses by chance."""
    gaps = []
    for row in rows:
        vis = [g for g in row if g.text.strip()]
        left = [g.x1 for g in vis if g.x1 <= x + 0.5]
        right = [g.x0 for g in vis if g.x0 >= x - 0.5]
        if left and right:
            sizes = sorted(g.size for g in vis)
            gaps.append((min(right) - max(left)) / sizes[len(sizes) // 2])
    return sorted(gaps)[len(gaps) // 2] if gaps else float("inf")


def group_lines(glyphs: list[Glyph], page: int, split: float | None = None,
                rows: list[list[Glyph]] | None = None) -> list[Line]:
    """Glyphs to lines: same baseline, not across the column gutter (SPLIT) or a wide gap;
    then raised small glyphs (superscripts) join the line they sit on."""
    runs: list[list[Glyph]] = []
    for row in rows if rows is not None else _rows(glyphs):
        run = [row[0]]
        for g in row[1:]:
            crosses = (split is not None and run[-1].x1 <= split + 1 and g.x0 >= split - 1
                       and g.x0 - run[-1].x1 > 0.25 * g.size)
            if (crosses or g.x0 - run[-1].x1 > 1.6 * max(g.size, run[-1].size)) and g.text.strip():
                runs.append(run)
                run = [g]
            else:
                run.append(g)
        runs.append(run)
    lines = [_line(run, page) for run in runs if any(g.text.strip() for g in run)]
    return _attach_raised(lines, page, split)


def _line(glyphs: list[Glyph], page: int) -> Line:
    sizes = sorted(g.size for g in glyphs if g.text.strip())
    ln = Line(page, glyphs)
    ln.size = sizes[len(sizes) // 2] if sizes else glyphs[0].size
    ln.base = glyphs[0].base
    _measure(ln)
    return ln


def _measure(ln: Line) -> None:
    vis = [g for g in ln.glyphs if g.text.strip()]
    ln.x0 = min(g.x0 for g in vis)
    ln.x1 = max(g.x1 for g in vis)
    ln.bold = sum(g.bold for g in vis) > 0.6 * len(vis)


def _attach_raised(lines: list[Line], page: int, split: float | None = None) -> list[Line]:
    """A short line of small glyphs just above another line's baseline is its superscript."""
    from bisect import bisect_left, bisect_right

    keep: list[Line] = []
    small = sorted(range(len(lines)), key=lambda i: lines[i].size)
    absorbed: set[int] = set()
    by_base = sorted(range(len(lines)), key=lambda i: lines[i].base)
    bases = [lines[i].base for i in by_base]
    biggest = max((ln.size for ln in lines), default=0.0)
    # Running text (body, notes) in its size raised over a heading is no mark: an entry's "[1]" just
    # above the baseline of "References" (pdflatex can set the heading beside the list's first line).
    text_sizes = [ln.size for ln in lines if len(ln.glyphs) >= 15]

    def running(size: float) -> bool:
        return any(abs(size - t) < 0.3 for t in text_sizes)

    for i in small:
        s = lines[i]
        if i in absorbed or len(s.glyphs) > 12 or s.size > biggest / 1.15:
            continue
        text_sized = running(s.size)
        best, best_key = None, (0.0, 0.0)
        # Only lines whose baseline lies a little below this one's can carry it.
        lo, hi = bisect_left(bases, s.base - 0.75 * biggest), bisect_right(bases, s.base)
        for j in by_base[lo:hi]:
            host = lines[j]
            if j == i or j in absorbed or host.size < 1.15 * s.size or (text_sized and not running(host.size)):
                continue
            rise = s.base - host.base
            if not (0.15 * host.size < rise < 0.75 * host.size):
                continue
            if s.x1 < host.x0 - host.size or s.x0 > host.x1 + 0.6 * host.size:
                continue
            if split is not None and (s.x0 < split) != (host.x0 < split):
                continue  # never across the column gutter
            key = (max(0.0, host.x0 - s.x1, s.x0 - host.x1), abs(rise))
            if best is None or key < best_key:
                best, best_key = j, key
        if best is not None:
            for g in s.glyphs:
                g.sup = True
            host = lines[best]
            host.glyphs = sorted(host.glyphs + s.glyphs, key=lambda g: g.x0)
            _measure(host)
            absorbed.add(i)
    for i, ln in enumerate(lines):
        if i not in absorbed:
            _render(ln)
            keep.append(ln)
    return keep


def _render(ln: Line) -> None:
    """The line's text: spaces from gaps, italics as *...*, raised digits as superscripts."""
    plain: list[str] = []
    marked: list[str] = []
    italic = False
    prev: Glyph | None = None
    ln.sup_start = bool(ln.glyphs) and ln.glyphs[0].sup
    for g in ln.glyphs:
        t = LIGATURES.get(g.text, g.text)
        if t.isspace() or not t:
            if plain and plain[-1] != " ":
                plain.append(" ")
                marked.append(" ")
            prev = g
            continue
        after_mark = prev is not None and prev.sup and not g.sup and t in ".,;:!?)]"
        if prev is not None and plain and plain[-1] != " " and g.x0 - prev.x1 > 0.15 * ln.size and not after_mark:
            plain.append(" ")
            marked.append(" ")
        if g.sup:  # "¹²", "³,⁴", "⁶⁽ᵖ⁴⁹⁾": commas and dashes between raised numbers stay as they are
            t = t.translate(SUPERSCRIPTS)
        want = g.italic and not g.sup and (t.isalnum() or italic)
        if want != italic:
            if italic:  # close before any trailing space
                spaces = 0
                while marked and marked[-1] == " ":
                    marked.pop()
                    spaces += 1
                marked.append("*" + " " * spaces)
            else:
                marked.append("*")
            italic = want
        plain.append(t)
        marked.append(t)
        prev = g
    if italic:
        marked.append("*")
    ln.plain = "".join(plain).strip()
    ln.text = "".join(marked).strip().replace("**", "")
