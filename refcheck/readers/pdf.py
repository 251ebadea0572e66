"""PDF text layer via pypdf, page by page.

Pages are separated by a form feed line so the splitter can recognise and
drop running headers and footers at page boundaries.
"""

from __future__ import annotations

import io
import logging

from refcheck.document import Document
from refcheck.errors import InputError


def read_pdf(data: bytes, path: str) -> Document:
    if not data.startswith(b"%PDF"):
        raise InputError(path, "not a PDF file (no %PDF header)")
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - dependency is declared
        raise InputError(path, "reading .pdf needs pypdf (pip install pypdf)") from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise InputError(path, "PDF is encrypted") from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(path, f"corrupt PDF ({type(exc).__name__})") from None
    except Exception as exc:  # pypdf raises a wide variety on damaged files
        raise InputError(path, f"corrupt PDF ({type(exc).__name__})") from None
    text = "\n\f\n".join(p.replace("\r\n", "\n").replace("\r", "\n") for p in pages)
    if not text.replace("\f", "").strip():
        raise InputError(path, "PDF has no text layer (scanned image?); run OCR first")
    return Document(path=path, text=text, kind="pdf")
