"""Generated hostile papers for the fuzz tests and the `make fuzz` campaign (test data only).

Each file starts from a real paper or reference list in fixtures/ and is mutated the ways
strangers' files go wrong: bytes flipped, cut short, runs of capitals or brackets, control
characters, very long lines, deep nesting, names of missing or hostile files, broken
packaging. The same seed gives the same file.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KINDS = (".txt", ".md", ".tex", ".bib", ".docx", ".pdf")
HOSTILE = (
    "A" * 60 + "!", "Smith, " + "B" * 45 + "!", "(" * 300, "[" * 200 + "]", "{" * 400, " ," * 500,
    "\x1b[2J\x1b]52;c;aGk=\x07", "\x00\x01\x02", "10.1002/1096-9861(20010212)430:3<283::aid-cne1031>3.0.co;2-v",
    "et al" + " " * 3000 + "!", "http://127.0.0.1:9/" + "x" * 500, "\u202e\u200b\ufeff", "é" * 1000,
    "\\input{" + "a" * 300 + "}", "\\addbibresource{/etc/passwd}", "% !TEX root = ../../../x.tex",
    "References\n" * 50, "1. " * 400, "—" * 300 + ".", "Yli-\nTuomi, T. (2001).", "-" * 5000,
)


def seeds() -> list[str]:
    files = sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "papers").glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in files]


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(7)
        pos = rng.randrange(len(text) + 1)
        if op == 0:
            text = text[:pos] + rng.choice(HOSTILE) * rng.randint(1, 3) + text[pos:]
        elif op == 1:
            text = text[:pos]
        elif op == 2:
            text = text[:pos] + "".join(chr(rng.randrange(1, 0x3000)) for _ in range(rng.randint(1, 50))) + text[pos:]
        elif op == 3 and text:
            start = rng.randrange(len(text))
            text = text[:pos] + text[start:start + rng.randint(1, 2000)] * rng.randint(1, 20) + text[pos:]
        elif op == 4:
            text = text.upper()
        elif op == 5:
            text = text.replace("\n", rng.choice(["\r", "\r\n", " ", "\n\n\n", "\t"]))
        else:
            text = text[:pos] + "\n" + rng.choice(HOSTILE) + "\n" + text[pos:]
    return text


def make(kind: str, rng: random.Random, texts: list[str]) -> bytes:
    """One generated file of KIND (".txt", ...) from RNG."""
    text = mutate(rng.choice(texts), rng)
    if kind == ".md":
        bibliography = f"---\nbibliography: {rng.choice(['refs.bib', 'a' * 300])}\n---\n"
        front = rng.choice(["", "---\ntitle: x\n---\n", bibliography, "---\n" + "[" * 100 + "\n---\n"])
        return (front + text).encode("utf-8", errors="replace")
    if kind == ".tex":
        body = text.replace("(", "\\cite{" + rng.choice(["a", "b,c", "x" * 200]) + "}(", rng.randint(0, 5))
        head = rng.choice(["\\documentclass{article}\n\\begin{document}\n", "", "% !TEX root = main.tex\n"])
        tail = rng.choice(["\\bibliography{refs}\n\\end{document}\n", "\\end{document}", "\\begin{thebibliography}{9}\n"
                           "\\bibitem{a} " + text[:500] + "\n\\end{thebibliography}\n"])
        return (head + body + tail).encode("utf-8", errors="replace")
    if kind == ".bib":
        fields = ["author = {" + text[:200] + "}", "title = {" + text[200:400] + "}", "year = " + text[400:410]]
        entry = "@" + rng.choice(["article", "book", "misc", "", "ARTICLE"]) + "{key" + str(rng.randrange(9)) \
            + ",\n  " + ",\n  ".join(rng.sample(fields, rng.randint(0, 3))) \
            + rng.choice(["\n}", "", "}}}", "\n"]) + "\n"
        return (entry * rng.randint(1, 30) + mutate(entry, rng)).encode("utf-8", errors="replace")
    if kind == ".docx":
        return _docx(text, rng)
    if kind == ".pdf":
        from pdfmaker import make_pdf

        lines = [line[:120].encode("cp1252", errors="replace").decode("cp1252") for line in text.splitlines()[:400]]
        data = bytearray(make_pdf([lines[i:i + 50] for i in range(0, max(1, len(lines)), 50)] or [[""]]))
        for _ in range(rng.choice([0, 0, 1, 5, 50])):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data[: rng.choice([len(data), len(data), rng.randrange(len(data) + 1)])])
    data = text.encode(rng.choice(["utf-8", "utf-8", "utf-16", "cp1252"]), errors="replace")
    return data


def _docx(text: str, rng: random.Random) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines()[:600]:
        clean = "".join(c for c in line if c in "\t\n\r" or ord(c) >= 32)[:2000]
        paragraph = document.add_paragraph()
        run = paragraph.add_run(clean)
        run.italic = rng.random() < 0.2
    buffer = io.BytesIO()
    document.save(buffer)
    data = bytearray(buffer.getvalue())
    for _ in range(rng.choice([0, 0, 0, 1, 10])):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)
