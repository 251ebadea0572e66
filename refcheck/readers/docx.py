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
        if run.italic and t.strip():
            lead = t[: len(t) - len(t.lstrip())]
            trail = t[len(t.rstrip()):]
            t = f"{lead}*{t.strip()}*{trail}"
        parts.append(t)
    text = "".join(parts) if parts else paragraph.text
    # Adjacent italic runs ("*Foo* *bar*" from run splits) read better merged.
    text = text.replace("**", "").replace("* *", " ")
    return text.replace("\n", " ").replace("\t", " ")


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
