"""Word .docx: one paragraph per line, italic runs kept as Markdown emphasis.

Italics are the strongest signal for a book or journal title in APA and MLA,
so they are carried into the text as ``*...*`` exactly as a Markdown paper
would carry them; the parser reads both the same way.
"""

from __future__ import annotations

import io

from refcheck.document import Document
from refcheck.errors import InputError

# Zip-bomb caps, checked on the archive's directory before anything is inflated (issue 17: a
# 342 KB .docx whose document.xml inflates to 106 MB took 260 s and 6.1 GB in lxml). A long
# thesis's document.xml is ~5-10 MB and XML compresses 5-20 times.
MAX_XML_PART = 25 * 1024 * 1024  # any one XML part, uncompressed
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # all parts together (images included)
MAX_RATIO = 100  # uncompressed / compressed size of any part over 1 MB
MAX_PARTS = 5000


def check_archive(data: bytes, path: str) -> None:
    """Refuse a .docx whose declared sizes would cost more than the caps above; the sizes come
    from the zip directory, and zipfile stops at the declared size when it inflates."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except Exception as exc:  # BadZipFile, and NotImplementedError for a mangled version field (fuzzing)
        raise InputError(path, f"not a valid .docx file ({type(exc).__name__})") from None
    if len(infos) > MAX_PARTS:
        raise InputError(path, f".docx has {len(infos)} parts (limit {MAX_PARTS}); not read")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise InputError(path, f".docx inflates to {total // 1024 // 1024} MB "
                               f"(limit {MAX_UNCOMPRESSED // 1024 // 1024} MB); not read")
    for info in infos:
        if info.filename.endswith((".xml", ".rels")) and info.file_size > MAX_XML_PART:
            raise InputError(path, f".docx part {info.filename} inflates to {info.file_size // 1024 // 1024} MB "
                                   f"(limit {MAX_XML_PART // 1024 // 1024} MB); not read")
        ratio = info.file_size // max(1, info.compress_size)
        if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise InputError(path, f".docx part {info.filename} is compressed {ratio} to 1 "
                                   f"(limit {MAX_RATIO} to 1): a zip bomb; not read")


def read_docx(data: bytes, path: str) -> Document:
    check_archive(data, path)
    try:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - dependency is declared
        raise InputError(path, "reading .docx needs python-docx (pip install python-docx)") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputError(path, f"not a valid .docx file ({type(exc).__name__})") from None
    except Exception as exc:  # zipfile.BadZipFile, lxml errors: all mean a corrupt file
        raise InputError(path, f"corrupt .docx file ({type(exc).__name__})") from None
    lines = [_paragraph_text(p) for p in document.paragraphs]
    lines = with_list_numbers(document, lines) + notes_lines(document)
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(path, "document has no text")
    return Document(path=path, text=text, kind="docx")


def _paragraph_runs(paragraph) -> list:  # noqa: ANN001 - python-docx types
    """The paragraph's runs in reading order, those inside ``w:hyperlink`` included.

    python-docx's ``paragraph.runs`` lists only the paragraph's direct ``w:r`` children, so the
    DOIs and URLs Word autolinks (each a ``w:hyperlink`` around its runs) were dropped: 6 of 6
    DOIs lost on the issue's example.
    """
    from docx.oxml.ns import qn
    from docx.text.run import Run

    run_tag, link_tag = qn("w:r"), qn("w:hyperlink")
    runs = []
    for child in paragraph._p.iterchildren():
        if child.tag == run_tag:
            runs.append(Run(child, paragraph))
        elif child.tag == link_tag:
            runs.extend(Run(r, paragraph) for r in child.iterchildren(run_tag))
    return runs


def _paragraph_text(paragraph) -> str:  # noqa: ANN001 - python-docx type
    parts: list[str] = []
    for run in _paragraph_runs(paragraph):
        t = run.text
        if not t:
            continue
        if run.font.superscript:
            t = superscript_digits(t)
        if run.font.small_caps or run.font.all_caps:
            t = t.upper()  # as printed: a style's family names in small capitals ("LEU Stephan T.")
        # Italic with no letter marks no title: Science's citation numbers "(*1*)", "(*4*–*6*)" and Science
        # Translational Medicine's "*(6, 7)*" read as "(1)", "(4–6)", "(6, 7)".
        if run.italic and any(ch.isalpha() for ch in t):
            lead = t[: len(t) - len(t.lstrip())]
            trail = t[len(t.rstrip()):]
            t = f"{lead}*{t.strip()}*{trail}"
        parts.append(t)
    text = "".join(parts) if parts else paragraph.text
    # Adjacent italic runs ("*Foo* *bar*" from run splits) read better merged.
    text = text.replace("**", "").replace("* *", " ")
    return text.replace("\n", " ").replace("\t", " ")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def notes_lines(document) -> list[str]:  # noqa: ANN001 - python-docx Document
    """Word's footnotes and endnotes as numbered paragraphs under a "Notes" heading: ["", "Notes", "",
    "1. John Smith, Title (City: Publisher, 1999), 45.", ...].

    Word keeps notes in word/footnotes.xml and word/endnotes.xml, outside the body python-docx reads;
    a Chicago notes paper cites only there. A note's printed number is the order of its reference mark
    in the body (the XML ids are arbitrary), footnotes first, then endnotes, each numbered from 1 as
    Word prints them - the numbered paragraphs citations.notes reads from a .txt export."""
    body = document.element.body
    out: list[str] = []
    for kind in ("footnote", "endnote"):
        order: list[str] = []
        for ref in body.iter(f"{_W}{kind}Reference"):
            note_id = ref.get(f"{_W}id")
            if note_id is not None and note_id not in order:
                order.append(note_id)
        if not order:
            continue
        part = _notes_part(document, kind)
        if part is None:
            continue
        texts = {n.get(f"{_W}id"): _note_text(n) for n in part.iter(f"{_W}{kind}")}
        numbered = [f"{i}. {texts[n]}" for i, n in enumerate(order, start=1) if texts.get(n)]
        if numbered:
            out += ["", "Notes", "", *numbered]
    return out


def _notes_part(document, kind: str):  # noqa: ANN001, ANN202 - python-docx/lxml types
    from lxml import etree

    suffix = f"/word/{kind}s.xml"
    for rel in document.part.rels.values():
        target = getattr(rel, "target_part", None) if not rel.is_external else None
        if target is not None and str(target.partname).endswith(suffix):
            try:
                return etree.fromstring(target.blob)
            except etree.XMLSyntaxError:
                return None
    return None


def _note_text(note) -> str:  # noqa: ANN001 - lxml element
    """A note's words, its paragraphs joined by spaces; italics kept as *...* like the body's."""
    parts: list[str] = []
    for p in note.iter(f"{_W}p"):
        for r in p.iter(f"{_W}r"):
            t = "".join(x.text or "" for x in r.iter(f"{_W}t"))
            if not t:
                continue
            if any(c is not None and c.get(f"{_W}val") not in ("0", "false")
                   for c in (r.find(f"{_W}rPr/{_W}smallCaps"), r.find(f"{_W}rPr/{_W}caps"))):
                t = t.upper()  # as printed
            italic = r.find(f"{_W}rPr/{_W}i")
            if italic is not None and italic.get(f"{_W}val") not in ("0", "false") and t.strip():
                t = f"*{t.strip()}*" if t == t.strip() else t
            parts.append(t)
        parts.append(" ")
    return " ".join("".join(parts).replace("**", "").split())


def with_list_numbers(document, lines: list[str]) -> list[str]:  # noqa: ANN001 - python-docx Document
    """Each paragraph of a Word numbered list with the number Word prints before it ("12. ", "[3] ").

    Word numbers a list itself (w:numPr): the number is not in the paragraph's text, so a numbered
    reference list would reach the splitter unnumbered. The number is the paragraph's place in its
    list (w:numId) at its level, from the level's w:start, printed by the level's w:lvlText ("%1.",
    "[%1]"); bullet levels get no number."""
    levels = _numbering_levels(document)
    if not levels:
        return lines
    counters: dict[tuple[str, str], int] = {}
    out = list(lines)
    for i, paragraph in enumerate(document.paragraphs):
        ppr = paragraph._p.pPr
        num = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num is None:
            continue
        num_id = _val(num.find(f"{_W}numId"))
        ilvl = _val(num.find(f"{_W}ilvl")) or "0"
        level = levels.get((num_id or "", ilvl))
        if level is None or num_id in (None, "0"):
            continue
        fmt, start, pattern = level
        key = (num_id, ilvl)
        counters[key] = counters.get(key, start - 1) + 1
        for deeper in [k for k in counters if k[0] == num_id and k[1] > ilvl]:
            del counters[deeper]  # a new item at this level restarts the levels below it
        if fmt == "decimal" and "%" in pattern:
            label = pattern.replace(f"%{int(ilvl) + 1}", str(counters[key]))
            if not any(ch.isalpha() for ch in label) and "%" not in label:
                out[i] = f"{label} {lines[i].lstrip()}"
    return out


def _val(el) -> str | None:  # noqa: ANN001 - lxml element
    return el.get(f"{_W}val") if el is not None else None


def _numbering_levels(document) -> dict[tuple[str, str], tuple[str, int, str]]:  # noqa: ANN001
    """(numId, ilvl) -> (numFmt, start, lvlText) from word/numbering.xml; {} when there is none."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract: dict[str, dict[str, tuple[str, int, str]]] = {}
    for a in numbering.iter(f"{_W}abstractNum"):
        lv: dict[str, tuple[str, int, str]] = {}
        for lvl in a.iter(f"{_W}lvl"):
            start = _val(lvl.find(f"{_W}start"))
            lv[lvl.get(f"{_W}ilvl") or "0"] = (_val(lvl.find(f"{_W}numFmt")) or "decimal",
                                                int(start) if start and start.isdigit() else 1,
                                                _val(lvl.find(f"{_W}lvlText")) or "")
        abstract[a.get(f"{_W}abstractNumId") or ""] = lv
    out: dict[tuple[str, str], tuple[str, int, str]] = {}
    for num in numbering.iter(f"{_W}num"):
        num_id = num.get(f"{_W}numId") or ""
        for ilvl, level in abstract.get(_val(num.find(f"{_W}abstractNumId")) or "", {}).items():
            out[(num_id, ilvl)] = level
    return out


_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def superscript_digits(text: str) -> str:
    """A raised run of citation numbers, "12,13" or "1-3", written with Unicode superscript digits.

    A superscript run (w:vertAlign="superscript") is how Word prints Vancouver, AMA and Nature
    citations; as plain digits it would read "victims12,13". Superscript digits are the one form
    every reader gives raised numbers (the PDF reader does the same), read by citations.superscript.
    Runs with letters ("th", "TM") are left as they are."""
    if not text.strip() or not all(ch.isdigit() or ch in ",-–( )p" for ch in text):
        return text
    return text.translate(_SUPERSCRIPT)
