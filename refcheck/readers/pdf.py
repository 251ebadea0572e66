"""PDF papers read as a person sees them (see pdf_layout and pdf_blocks for how).

The text has one line per paragraph (a reference entry is a paragraph), each followed by a
blank line; footnotes follow, as paragraphs of their own, the paragraph that closes their
page. Italics are carried as ``*...*`` like a .docx, raised citation numbers as Unicode
superscript digits ("victims.¹²,¹³"). ``Document.pages`` gives each line's page.
"""

from __future__ import annotations

import re

from refcheck.document import Document
from refcheck.errors import InputError


def read_pdf(data: bytes, path: str) -> Document:
    if not data.startswith(b"%PDF"):
        raise InputError(path, "not a PDF file (no %PDF header)")
    from refcheck.readers.pdf_blocks import body_size, drop_furniture, page_flows, paragraphs
    from refcheck.readers.pdf_layout import read_pages

    pages = read_pages(data, path)
    body = body_size(pages)
    drop_furniture(pages)
    flows, notes = page_flows(pages, body)
    paras = paragraphs(flows, body)
    text, page_of_line = _assemble(paras, notes)
    if not text.strip():
        raise InputError(path, "PDF has no text layer (scanned image?); run OCR first")
    return Document(path=path, text=text, kind="pdf", pages=page_of_line)


_SUPERS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_RUN = re.compile(f"[{_SUPERS}]+")


def _number(run: str) -> int:
    return int("".join(str(_SUPERS.index(c)) for c in run))


def _assemble(paras, notes) -> tuple[str, list[int]]:  # noqa: ANN001 - pdf_blocks values
    """Paragraph texts (one line each, blank line after) and each line's page.

    Footnotes are gathered in order after the text under a "Notes" line, as Markdown footnotes
    ("[^3]: ..."), and the raised marks in the body that call them become "[^3]": a note mark is
    not a numeric citation. "Notes" is where the reference-list finder stops, so notes after
    the list stay out of it.
    """
    from refcheck.section.split import hyphenated_words

    compounds = hyphenated_words(" ".join(ln.plain for para in paras for ln in para))
    words = _whole_words(paras)
    marks: dict[int, set[int]] = {}
    for page, found in notes.items():
        for note in found:
            m = _SUPER_RUN.match(note[0].text)
            if m:
                marks.setdefault(page, set()).add(_number(m.group(0)))
                note[0].text = f"[^{_number(m.group(0))}]: " + note[0].text[m.end():].lstrip()
    lines: list[str] = []
    pages: list[int] = []

    def emit(block, page: int) -> None:  # noqa: ANN001
        lines.append(_join(block, compounds, words))
        lines.append("")
        pages.extend((page, page))

    for para in paras:
        for ln in para:
            if ln.page in marks and _SUPER_RUN.search(ln.text):
                ln.text = _SUPER_RUN.sub(lambda m, p=ln.page: f"[^{_number(m.group(0))}]"
                                         if _number(m.group(0)) in marks[p] else m.group(0), ln.text)
        emit(para, para[0].page)
    if notes:
        lines.extend(["Notes", ""])
        first = min(notes)
        pages.extend((first, first))
        for p in sorted(notes):
            for note in notes[p]:
                emit(note, p)
    return "\n".join(lines), pages


def _whole_words(paras) -> frozenset[str]:  # noqa: ANN001 - pdf_blocks values
    """The words the document writes whole: not the pieces around a hyphen at a line end."""
    found: set[str] = set()
    for para in paras:
        broken = False
        for ln in para:
            tokens = ln.plain.split()
            if broken and tokens:
                tokens = tokens[1:]
            broken = ln.plain.endswith("-")
            if broken and tokens:
                tokens = tokens[:-1]
            found.update(w.lower() for t in tokens for w in re.findall(r"(?<![\w-])[^\W\d_]{4,}(?![\w-])", t))
    return frozenset(found)


def _join(block, compounds: frozenset[str], words: frozenset[str] = frozenset()) -> str:  # noqa: ANN001 - list[Line]
    """A paragraph's lines on one line: hyphenation repaired, URLs re-joined, italics kept."""
    out = ""
    for ln in block:
        right = ln.text
        if out.endswith("*") and right.startswith("*") and not out.endswith("**"):
            out, right = out[:-1], right[1:]  # one italic span across the line break
            out = _join_two(out, right, compounds, words) if out.endswith("-") else out + " " + right
            continue
        out = _join_two(out, right, compounds, words)
    return out


_CAPS_BREAK = re.compile(r"(?<![\w-])([A-ZÀ-ÖØ-Þ]{2,})-$")
# The rest of a word TeX hyphenated opens with a syllable; "LWA" in "OVRO-LWA" does not.
_V = "AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ü"
_SYLLABLE = re.compile(rf"(?:[{_V}]|(?:SCH|SCR|SPL|SPR|STR|THR|BL|BR|CH|CL|CR|DR|FL|FR|GL|GR|PH|PL|PR|SC|SH|SK|SL|SM|"
                       rf"SN|SP|ST|SW|TH|TR|TW|WH|WR|[B-DF-HJ-NP-TV-ZÇÑ])[{_V}])[A-ZÀ-ÖØ-Þ]*\b")


# The second word of a compound that English writes with a hyphen ("mesh-free", "program-specific",
# "nine-month"), and that TeX's hyphenation of one word rarely leaves as its last piece.
_COMPOUND_HEADS = frozenset(
    "free based specific related dependent driven induced mediated associated derived resolved oriented sensitive "
    "resistant scale level term year month week dimensional controlled limited enhanced assisted aware friendly "
    "owned rich shaped sized run".split())
# Prefixes that are also a first syllable TeX often breaks after ("ex-perts", "pre-vention").
_SYLLABLE_PREFIXES = frozenset("ex pre co high low".split())
_NOT_A_WORD = frozenset("dis mis sub un in re".split())  # prefixes TeX may leave before "related", "dependent"


def _line_end_hyphen(left: str, right: str, compounds: frozenset[str], words: frozenset[str]) -> bool | None:
    """Whether a hyphen at a line end, before a lowercase word, is the writer's (True) or TeX's
    hyphenation (False); None when the document gives no evidence either way. The document
    decides first: the word written whole on another line ("exploitation") was hyphenated by
    TeX, unless the compound is written elsewhere too; then a compound's usual second word."""
    a = re.search(r"([^\W\d_]+)-$", left)
    b = re.match(r"([^\W\d_]+)(?![\w-])", right)
    if not a or not b:
        return None
    first, second = a.group(1).lower(), b.group(1).lower()
    if not right[:1].islower():
        # "sunburstShiny-" + "Widget": TeX hyphenates a word with a capital inside too; only the
        # document writing it whole elsewhere ("...package.sunburstshinywidget") says so
        whole = a.group(1)[-1:].islower() and first + second in words and f"{first}-{second}" not in compounds
        return False if whole else None
    if f"{first}-{second}" in compounds:
        return True
    if first + second in words:
        return False
    if second in _COMPOUND_HEADS and len(first) >= 3 and first not in _NOT_A_WORD:
        return True
    if first in _SYLLABLE_PREFIXES:  # "ex-posure", "pre-diction", "co-operativas", "High-lighting"
        return second in words  # "co-" + "author": the document writes "author" on its own
    return None


def _explicit_hyphen(left: str, right: str, words: frozenset[str]) -> bool:
    """A hyphen at a line end that no hyphenation put there: TeX hyphenates only the first run of
    letters after a space, so a hyphen after a digit or after a second run is the writer's
    ("High-Degree-" + "of-Freedom", "p53-" + "independent", "doi:10.53731/r79vxn1-97aq74v-" + "ag58n";
    "10.1371/jour-" + "nal" is TeX's). Unless the document writes the two pieces whole elsewhere."""
    token = left.rsplit(None, 1)[-1]
    first = re.search(r"[^\W\d_]+", token)
    if len(token) < 2 or (first is not None and first.end() == len(token) - 1):
        return False  # (a spaced dash, "1998 -" + "2004", is not joined here)
    a = re.search(r"([^\W\d_]+)-$", left)
    b = re.match(r"[^\W\d_]+", right)
    return not (a and b and (a.group(1) + b.group(0)).lower() in words)


def _join_two(left: str, right: str, compounds: frozenset[str], words: frozenset[str] = frozenset()) -> str:
    from refcheck.section.split import join_wrapped

    m = _CAPS_BREAK.search(left)
    nxt = _SYLLABLE.match(right)
    if m and nxt and len(nxt.group(0)) >= 3 and f"{m.group(1)}-{nxt.group(0)}".lower() not in compounds:
        return left[:-1] + right  # "THE CRYS-" + "TAL": TeX hyphenates capitals too
    if left.endswith("-") and right[:1].islower() and re.search(r"(?<![\w-])[A-Z]{2,}-$", left):
        return left + right  # "CME-" + "associated": an acronym's hyphen is real
    if left.endswith("-") and not left.endswith("--"):
        if _explicit_hyphen(left, right, words):
            return left + right
        real = _line_end_hyphen(left, right, compounds, words)
        if real is not None:
            return left + right if real else left[:-1] + right
    return join_wrapped(left, right, compounds)
