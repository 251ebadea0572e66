"""Word .docx: one paragraph per line, italic runs kept as Markdown emphasis.

Italics are the strongest signal for a book or journal title in APA and MLA,
so they are carried into the text as ``*...*`` exactly as a Markdown paper
would carry them; the parser reads both the same way.
"""

from __future__ import annotations

import io

from refcheck.document import Document
from refcheck.errors import InputError


def read_docx(data: bytes, path: str) -> Document:
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


def _paragraph_text(paragraph) -> str:  # noqa: ANN001 - python-docx type
    parts: list[str] = []
    for run in paragraph.runs:
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
