"""A reference list re-emitted in a CSL style by pandoc's citeproc (`refcheck format`).

Formatting a list in a style by hand would mean re-implementing CSL; pandoc's citeproc is a
maintained CSL 1.0.2 processor and Debian packages it with the official style repository
(citation-style-language-styles). refcheck hands pandoc the list as CSL-JSON with every entry
``nocite``d, reads back pandoc's JSON document, and takes each ``ref-ID`` entry as plain text:
the order is the style's (author-date styles sort, numeric styles keep the list's order).
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
from pathlib import Path

from refcheck._record import Record
from refcheck.errors import InputError
from refcheck.model import Reference

STYLE_DIRS = (os.environ.get("REFCHECK_CSL_STYLES", ""), "/usr/share/citation-style-language/styles")

# The short names `format --style` accepts, and the CSL file each stands for.
STYLES = {
    "apa": "apa.csl",
    "mla": "modern-language-association.csl",
    "chicago-author-date": "chicago-author-date.csl",
    "harvard": "harvard-cite-them-right.csl",
    "ieee": "ieee.csl",
    "vancouver": "vancouver.csl",
}


class RestyleError(InputError):
    """pandoc or the style cannot be found or fails: one line for the user, with what to do."""


class StyledEntry(Record):
    """One entry as the style prints it, with the reference it came from.

    A numeric style's number ("[3]", "3.") is kept apart from the text, as a paper's list
    keeps its marker apart from the entry: the entries compare without it.
    """

    __slots__ = ("id", "label", "text", "source")
    id: str
    label: str | None
    text: str
    source: Reference

    def __init__(self, id: str, label: str | None, text: str, source: Reference) -> None:
        self.id = id
        self.label = label
        self.text = text
        self.source = source

    def printed(self) -> str:
        return f"{self.label} {self.text}" if self.label else self.text


def style_file(style: str) -> Path:
    """The .csl file for a short name or a path; RestyleError when neither exists."""
    if style.lower().endswith(".csl"):
        path = Path(style)
        if not path.is_file():
            raise RestyleError(style, "no such CSL style file")
        return path
    name = STYLES.get(style, f"{style}.csl")
    for folder in filter(None, STYLE_DIRS):
        if (Path(folder) / name).is_file():
            return Path(folder) / name
    raise RestyleError(style, f"CSL style not found in {STYLE_DIRS[1]}; install Debian's "
                       "citation-style-language-styles (make pandoc) or pass a .csl file")


def restyle(refs: list[Reference], style: str) -> list[StyledEntry]:
    """REFS as STYLE prints them, in the style's order."""
    from refcheck.report.csl_json import to_items

    items = to_items(refs, et_al_as_others=True, compact_initials=initializes_given_names(style))
    # pandoc's citeproc letters one author's works of one year ("2019a", "2019b") in the order of their
    # ids, not by the item's year-suffix: ids that sort in the list's order, with each such group in the
    # order of the paper's letters, keep the letters the paper's in-text citations use
    order = in_letter_order(items)
    ids = {f"i{n:05d}": i for n, i in enumerate(order)}
    rendered = [dict(items[i], id=ident) for ident, i in ids.items()]
    return [StyledEntry(id=items[ids[ident]]["id"], label=label, text=text, source=refs[ids[ident]])
            for ident, label, text in render_items(rendered, style) if ident in ids]


def in_letter_order(items: list[dict]) -> list[int]:
    """The positions of ITEMS in list order, except that the works of one author and year the paper
    lettered take their places in the order of their letters."""
    groups: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        if item.get("year-suffix"):
            key = json.dumps([item.get("author"), item.get("issued")], sort_keys=True)
            groups.setdefault(key, []).append(i)
    order = list(range(len(items)))
    for positions in groups.values():
        for at, i in zip(positions, sorted(positions, key=lambda i: items[i]["year-suffix"]), strict=True):
            order[at] = i
    return order


_PROBE = {"id": "probe", "type": "book", "title": "Probe", "author": [{"family": "Probe", "given": "Gerald"}],
          "issued": {"date-parts": [[2000]]}}


@functools.lru_cache(maxsize=32)
def initializes_given_names(style: str) -> bool:
    """Whether STYLE prints a list's given names as initials (APA, Vancouver) rather than as written
    (Chicago, MLA): asked of the processor with one probe entry, since a style decides it per macro."""
    return not any("Gerald" in text for _, _, text in render_items([_PROBE], style))


def render_items(items: list[dict], style: str) -> list[tuple[str, str | None, str]]:
    """(id, number, text) of CSL-JSON ITEMS as STYLE prints them, by pandoc's citeproc."""
    csl = style_file(style)
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        raise RestyleError("pandoc", "not found: `refcheck format` uses pandoc's citeproc; install it (make pandoc)")
    doc = {"pandoc-api-version": [1, 22], "meta": {
        "nocite": {"t": "MetaInlines", "c": [{"t": "Cite", "c": [[{
            "citationId": "*", "citationPrefix": [], "citationSuffix": [], "citationMode": {"t": "NormalCitation"},
            "citationNoteNum": 0, "citationHash": 0}], [{"t": "Str", "c": "@*"}]]}]},
    }, "blocks": []}
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as bib:
        json.dump(items, bib, ensure_ascii=False)
    try:
        run = subprocess.run(
            [pandoc, "--from", "json", "--to", "json", "--citeproc", "--bibliography", bib.name, "--csl", str(csl)],
            input=json.dumps(doc), capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    finally:
        os.unlink(bib.name)
    if run.returncode != 0:
        first = (run.stderr.strip().splitlines() or ["no message"])[0]
        raise RestyleError(str(csl), f"pandoc could not format the list: {first}")
    return _entries(json.loads(run.stdout))


def _entries(doc: dict) -> list[tuple[str, str | None, str]]:
    """(id, number, plain text) of each ``ref-ID`` div in pandoc's JSON output, in document order."""
    found: list[tuple[str, str | None, str]] = []

    def walk(blocks: list) -> None:
        for block in blocks:
            if block.get("t") != "Div":
                continue
            (ident, _, _), content = block["c"]
            if ident.startswith("ref-"):
                margin = [b for b in content if b.get("t") == "Div" and "csl-left-margin" in b["c"][0][1]]
                label = " ".join(plain_text(margin).split()) or None
                body = [b for b in content if not any(b is m for m in margin)]
                found.append((ident[4:], label, " ".join(plain_text(body).split())))
            else:
                walk(content)

    walk(doc.get("blocks", []))
    return found


_QUOTES = {"DoubleQuote": ("\u201c", "\u201d"), "SingleQuote": ("\u2018", "\u2019")}


def plain_text(node: object) -> str:
    """The text of pandoc JSON blocks or inlines, as pandoc's plain writer shows it (no markup)."""
    if isinstance(node, list):
        return "".join(plain_text(n) for n in node)
    if not isinstance(node, dict):
        return ""
    kind, content = node.get("t"), node.get("c")
    if kind == "Str":
        return content
    if kind in ("Space", "SoftBreak", "LineBreak"):
        return " "
    if kind == "Quoted":
        left, right = _QUOTES.get(content[0]["t"], ('"', '"'))
        return left + plain_text(content[1]) + right
    if kind in ("Code", "Math", "RawInline"):
        return content[-1]
    if kind == "Note":
        return ""
    if kind in ("Span", "Link", "Image", "Div", "Cite"):
        return plain_text(content[1]) + (" " if kind == "Div" else "")
    if kind in ("Para", "Plain"):
        return plain_text(content) + " "
    return plain_text(content)  # Emph, Strong, SmallCaps, Underline, Superscript, Subscript, ...


def same_text(a: str, b: str) -> bool:
    """Equal modulo whitespace: what the measurement and --diff count as unchanged."""
    return a.split() == b.split()


def diff_lines(styled: list[StyledEntry]) -> str:
    """A diff-like view: unchanged entries indented, changed ones as ``-`` paper / ``+`` style.

    The paper's text is shown with its control characters escaped, as in the text report.
    """
    from refcheck.report.text import visible

    out = ["--- the paper's list", "+++ the list in the chosen style"]
    changed = 0
    for entry in styled:
        original = " ".join(entry.source.raw.split())
        if same_text(original, entry.text) or same_text(original, entry.printed()):
            out.append("  " + visible(entry.printed()))  # a list marker left in the entry's text is compared too
        else:
            changed += 1
            source = entry.source
            marker = f"[{source.label}] " if source.label is not None else ""
            out += ["- " + marker + visible(original), "+ " + visible(entry.printed())]
    out.append(f"{changed} of {len(styled)} entr{'y' if len(styled) == 1 else 'ies'} changed")
    return "\n".join(out) + "\n"
