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
import re
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
    out = render_items(rendered, style)
    retyped = typed_as_printed(rendered, [refs[i] for i in ids.values()], style, out)
    if retyped != rendered:
        out = render_items(retyped, style)
    return [StyledEntry(id=items[ids[ident]]["id"], label=label, text=text, source=refs[ids[ident]])
            for ident, label, text in out if ident in ids]


# The CSL types an entry may take from how its style printed it, most common in reference lists first:
# where several print the entry alike (plain text drops the italics that tell a book from an article),
# the first is taken.
PRINTED_TYPES = ("article-journal", "book", "chapter", "paper-conference", "report", "thesis", "webpage",
                 "article", "entry-encyclopedia", "document")


def typed_as_printed(items: list[dict], refs: list[Reference], style: str,
                     printed: list[tuple[str, str | None, str]]) -> list[dict]:
    """ITEMS, each entry its style does not print as the paper did taking the CSL type the style prints it as.

    Which type an entry is often shows only in its style's punctuation: an article whose list gives no
    journal prints in Vancouver as "Title. 2012;" and a document as "Title. 2012.", IEEE closes an
    article's title with a comma and a report's with a full stop, a chapter printed without "In" still
    has its chapter's layout. When the list is re-emitted in the style it was printed in, the entry's
    own text is that evidence: an entry the style does not reproduce under the type its fields suggest,
    and does reproduce under another type, is of that type. Re-emitted in another STYLE, the entries are
    typed by the style the list's layout shows (refcheck.style: Vancouver, APA, ...), when it is not
    STYLE; an entry neither reproduces keeps its type. PRINTED: ITEMS as STYLE prints them (render_items).
    """
    items, left = _retyped(items, refs, style, printed, None)
    own = printed_style(refs)
    if left and own and style_file(own) != style_file(style):
        items, _ = _retyped(items, refs, own, render_items(items, own), left)
    return items


def _retyped(items: list[dict], refs: list[Reference], style: str, printed: list[tuple[str, str | None, str]],
             among: set[str] | None) -> tuple[list[dict], set[str]]:
    """ITEMS retyped by STYLE (typed_as_printed), only those whose id is AMONG when given; and the ids of
    the entries STYLE reproduces under no type."""
    text = {ident: body for ident, _, body in printed}
    wanted = {item["id"]: ref for item, ref in zip(items, refs, strict=True)
              if ref.raw and (among is None or item["id"] in among) and not _as_printed(ref, text.get(item["id"], ""))}
    chosen: dict[str, str] = {}
    for kind in PRINTED_TYPES:
        if not wanted:
            break
        if all(item["type"] == kind for item in items if item["id"] in wanted):
            continue
        trial = [dict(item, type=kind if item["id"] in wanted else chosen.get(item["id"], item["type"]))
                 for item in items]
        for ident, _, body in render_items(trial, style):
            if ident in wanted and _as_printed(wanted[ident], body):
                chosen[ident] = kind
                del wanted[ident]
    items = [dict(item, type=chosen[item["id"]]) if item["id"] in chosen else item for item in items]
    return _published(items, wanted, style)


def _published(items: list[dict], wanted: dict[str, Reference], style: str) -> tuple[list[dict], set[str]]:
    """ITEMS, each of the WANTED entries that STYLE prints as the paper did only as a book or report whose
    publisher is the name refcheck read as its journal taking that reading ("Department for Digital, Culture,
    Media and Sport (2015) Typage polymorphe d’un langage algorithmique. HMSO.": Harvard quotes an article's
    title, so an unquoted title and a name are a work and its publisher); and the ids still not reproduced."""
    movable = {ident for ident in wanted if any(i["id"] == ident and i.get("container-title") and
                                                not i.get("publisher") for i in items)}
    for kind in ("book", "report"):
        if not movable:
            break
        trial = [_as_publisher(item, kind) if item["id"] in movable else item for item in items]
        for ident, _, body in render_items(trial, style):
            if ident in movable and _as_printed(wanted[ident], body):
                items = [_as_publisher(item, kind) if item["id"] == ident else item for item in items]
                movable.discard(ident)
                del wanted[ident]
    return items, set(wanted)


def _as_publisher(item: dict, kind: str) -> dict:
    out = {k: v for k, v in item.items() if k != "container-title"}
    return dict(out, type=kind, publisher=item["container-title"])


# The CSL style a list laid out as refcheck.style recognises it was most likely printed in.
DETECTED_STYLES = {"apa": "apa", "mla": "modern-language-association", "chicago": "chicago-author-date",
                   "harvard": "harvard-cite-them-right", "ieee": "ieee", "vancouver": "vancouver",
                   "ama": "american-medical-association", "nature": "nature", "acs": "american-chemical-society",
                   "chicago-notes": "chicago-note-bibliography"}


def printed_style(refs: list[Reference]) -> str | None:
    """The CSL style REFS look printed in, judged from their layout (refcheck.style); None when unclear
    or when that style is not installed."""
    from refcheck.style import detect_style

    name = DETECTED_STYLES.get(detect_style([f"[{r.label}] {r.raw}" if r.label else r.raw for r in refs if r.raw]))
    try:
        return name and str(style_file(name))
    except RestyleError:
        return None


# a numeric style's number, when citeproc leaves it in the text
_NUMBER = re.compile(r"^\s*(?:\[\d+\]|\(\d+\)|\d+\.)\s+")


def _as_printed(ref: Reference, body: str) -> bool:
    """Whether BODY is the entry as the paper printed it, modulo whitespace (its number apart)."""
    return _NUMBER.sub("", body).split() == _NUMBER.sub("", ref.raw).split()


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
