"""pandoc --citeproc as a function: CSL styles, marked text in, plain text out.

Marks are Unicode private-use characters: citeproc copies them through like
letters (it cannot case-fold or reorder them), so a mark put around a field
value or a citation before rendering shows exactly where that text landed.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

STYLE_DIR = Path(os.environ.get("CSL_STYLES", "/usr/share/citation-style-language/styles"))
STYLES = [
    "apa", "apa-6th-edition", "modern-language-association", "modern-language-association-8th-edition",
    "chicago-author-date", "chicago-note-bibliography", "chicago-fullnote-bibliography",
    "harvard-cite-them-right", "springer-basic-author-date", "american-sociological-association", "ieee",
    "association-for-computing-machinery", "vancouver", "american-medical-association", "nature",
    "american-chemical-society",
]
NOTE_STYLES = {"chicago-note-bibliography", "chicago-fullnote-bibliography"}
# the family of each style in the gold format's "style" vocabulary
GOLD_STYLE = {
    "apa": "apa", "apa-6th-edition": "apa", "modern-language-association": "mla",
    "modern-language-association-8th-edition": "mla", "chicago-author-date": "chicago",
    "chicago-note-bibliography": "chicago", "chicago-fullnote-bibliography": "chicago",
    "harvard-cite-them-right": "harvard", "springer-basic-author-date": "harvard",
    "american-sociological-association": "harvard", "ieee": "ieee", "association-for-computing-machinery": "ieee",
    "vancouver": "ieee", "american-medical-association": "ieee", "nature": "ieee", "american-chemical-society": "ieee",
}


def style_path(style: str) -> Path:
    path = STYLE_DIR / f"{style}.csl"
    if not path.exists():
        raise FileNotFoundError(f"{path}: CSL style missing (make pandoc installs citation-style-language-styles)")
    return path


def pandoc(markdown: str, refs: list[dict], style: str, to: str, out: Path | None = None) -> str:
    """Render Markdown with --citeproc against CSL-JSON references; return stdout (or write `out`)."""
    with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
        bib = Path(tmp) / "refs.json"
        bib.write_text(json.dumps(refs, ensure_ascii=False), encoding="utf-8")
        cmd = ["pandoc", "-f", "markdown", "-t", to, "--citeproc", "--wrap=none",
               "--bibliography", str(bib), "--csl", str(style_path(style))]
        if out is not None:
            cmd += ["-o", str(out)]
        proc = subprocess.run(cmd, input=markdown, capture_output=True, text=True, encoding="utf-8", timeout=600)
        if proc.returncode != 0:
            raise RuntimeError(f"pandoc failed ({style}): {proc.stderr.strip()[-500:]}")
        return proc.stdout


def convert(ast_json: str, to: str) -> str:
    """A pandoc JSON document (already through citeproc) in another format: no second citeproc run."""
    proc = subprocess.run(["pandoc", "-f", "json", "-t", to, "--wrap=none"], input=ast_json, capture_output=True,
                          text=True, encoding="utf-8", timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"pandoc failed: {proc.stderr.strip()[-500:]}")
    return proc.stdout


def inline_text(inlines: list[dict]) -> str:
    """Pandoc AST inlines as the plain writer prints them (quotes curly, small caps upper-case)."""
    out = []
    for node in inlines:
        kind, content = node["t"], node.get("c")
        if kind == "Str":
            out.append(content)
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif kind in ("Emph", "Strong", "Superscript", "Subscript", "Underline", "Strikeout"):
            out.append(inline_text(content))
        elif kind == "SmallCaps":
            out.append(inline_text(content).upper())
        elif kind in ("Span", "Link", "Cite"):
            out.append(inline_text(content[1] if kind == "Span" else content[1] if kind == "Link" else content[1]))
        elif kind == "Quoted":
            quote = ("“", "”") if content[0]["t"] == "DoubleQuote" else ("‘", "’")
            out.append(quote[0] + inline_text(content[1]) + quote[1])
        elif kind in ("Code", "Math"):
            out.append(content[1])
    return "".join(out)


def block_text(blocks: list[dict]) -> str:
    parts = []
    for block in blocks:
        if block["t"] in ("Para", "Plain"):
            parts.append(inline_text(block["c"]))
        elif block["t"] == "Div":
            parts.append(block_text(block["c"][1]))
    return " ".join(p for p in parts if p)


def bibliography_entries(refs: list[dict], style: str) -> dict[str, str]:
    """Every reference rendered as a bibliography entry in `style`: id -> text (marks kept)."""
    ast = json.loads(pandoc('---\nnocite: "@*"\n---\n', refs, style, "json"))
    entries: dict[str, str] = {}

    def walk(blocks: list[dict]) -> None:
        for block in blocks:
            if block["t"] == "Div":
                ident = block["c"][0][0]
                if ident.startswith("ref-"):
                    entries[ident[4:]] = " ".join(block_text(block["c"][1]).split())
                else:
                    walk(block["c"][1])

    walk(ast["blocks"])
    return entries
