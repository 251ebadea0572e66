"""Write a small real PDF with a text layer, one page per list of lines (test data only)."""

from __future__ import annotations


def _escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]]) -> bytes:
    objects: list[bytes] = []
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        content = ["BT", "/F1 10 Tf", "12 TL", "50 780 Td"]
        for line in lines:
            content.append(f"({_escape(line)}) Tj T*")
        content.append("ET")
        stream = "\n".join(content).encode("cp1252", errors="replace")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R >> >> "
                       f"/Contents {page_ids[i] + 1} 0 R >>".encode())
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    return _serialise(objects)


# Laid-out pages: every run of text placed where a typesetter would put it, in Helvetica
# (regular, oblique, bold), so tests can build columns, indents, superscripts and footnotes.
FONTS = {"R": "Helvetica", "I": "Helvetica-Oblique", "B": "Helvetica-Bold"}


def text_width(text: str, size: float, style: str = "R") -> float:
    """The printed width of TEXT, from the standard font metrics pdfminer also uses."""
    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS[FONTS[style]][1]
    return sum(widths.get(c, 556) for c in text) * size / 1000


def justified(line: str, y: float, left: float = 72, right: float = 300) -> list[tuple]:
    """LINE set flush on both sides between LEFT and RIGHT, its word spaces stretched, as TeX sets a
    full line: the runs make_layout_pdf takes."""
    words = line.split()
    gap = (right - left - sum(text_width(w, 10) for w in words)) / (len(words) - 1)
    runs, x = [], left
    for w in words:
        runs.append((x, y, w, 10))
        x += text_width(w, 10) + gap
    return runs


def make_layout_pdf(pages: list[list[tuple]], width: float = 612, height: float = 792) -> bytes:
    """One page per list of runs; a run is (x, y, text) or (x, y, text, size) or
    (x, y, text, size, style) with style R (regular), I (italic) or B (bold)."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    font_ids = {}
    for style, name in FONTS.items():
        objects.append(f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>".encode())
        font_ids[style] = len(objects)
    fonts = " ".join(f"/F{s} {i} 0 R" for s, i in font_ids.items())
    page_ids = []
    for runs in pages:
        content = []
        for run in runs:
            x, y, text = run[:3]
            size = run[3] if len(run) > 3 else 10
            style = run[4] if len(run) > 4 else "R"
            content.append(f"BT /F{style} {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm ({_escape(text)}) Tj ET")
        stream = "\n".join(content).encode("cp1252", errors="replace")
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
                       f"/Resources << /Font << {fonts} >> >> /Contents {len(objects)} 0 R >>".encode())
        page_ids.append(len(objects))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objects[1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    return _serialise(objects)


def paragraph_runs(lines: list[str], x: float, y: float, indent: float = 0.0, hanging: bool = False,
                   leading: float = 12.0, size: float = 10) -> tuple[list[tuple], float]:
    """Runs for one paragraph: a first-line indent, or a hanging indent (the rest indented).
    Returns the runs and the y of the next line."""
    runs = []
    for k, line in enumerate(lines):
        dx = (indent if k == 0 else 0.0) if not hanging else (0.0 if k == 0 else indent)
        runs.append((x + dx, y, line, size))
        y -= leading
    return runs, y


def _serialise(objects: list[bytes]) -> bytes:
    """The numbered objects as a PDF file: header, bodies, cross-reference table, trailer."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
