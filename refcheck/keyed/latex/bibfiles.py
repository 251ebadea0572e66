"""Where a LaTeX paper keeps its references, and in which style it prints them.

BibTeX (``\\bibliography{a,b}``) and biblatex (``\\addbibresource{x.bib}``)
name .bib files; LaTeX resolves them relative to the main file's directory
(where latexmk runs), not relative to an \\input chapter. A paper may instead
write its list by hand in a ``thebibliography`` environment; its
``\\bibitem``s are entries too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_ADDBIB = re.compile(r"\\(?:addbibresource|addglobalbib|addsectionbib|bibliography)(?![A-Za-z])"
                     r"\s*(\[[^\]]*\])?\s*\{([^{}]*)\}")
_BIBSTYLE = re.compile(r"\\bibliographystyle\s*\{([^{}]*)\}")
_BIBLATEX = re.compile(r"\\usepackage\s*(?:\[([^\]]*)\])?\s*\{([^{}]*)\}")
_BIBITEM = re.compile(r"\\bibitem\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}")
_THEBIB = re.compile(r"\\begin\s*\{thebibliography\}")
_END_THEBIB = re.compile(r"\\end\s*\{thebibliography\}")


@dataclass(slots=True)
class BibSource:
    """A .bib file named by the paper, and where it is named (offset in that source's text)."""

    path: Path
    offset: int
    name: str  # as written, for messages


@dataclass(slots=True)
class BibItem:
    key: str
    offset: int  # of the key
    text: str  # the entry text up to the next \bibitem, whitespace collapsed


def bib_sources(code: str, main_dir: Path) -> list[BibSource]:
    """The .bib files named in CODE (comment-free), in order; remote biblatex resources skipped."""
    out: list[BibSource] = []
    for m in _ADDBIB.finditer(code):
        opts = m.group(1) or ""
        if "remote" in opts:
            continue
        is_bibtex = m.group(0).lstrip("\\").startswith("bibliography")
        names = m.group(2).split(",") if is_bibtex else [m.group(2)]
        for raw in names:
            name = raw.strip()
            if not name:
                continue
            file = name if (not is_bibtex or name.lower().endswith(".bib")) else name + ".bib"
            out.append(BibSource(main_dir / file, m.start(), name))
    return out


def bib_items(code: str) -> list[BibItem]:
    """The \\bibitem entries of every thebibliography environment in CODE."""
    out: list[BibItem] = []
    for env in _THEBIB.finditer(code):
        end = _END_THEBIB.search(code, env.end())
        stop = end.start() if end else len(code)
        items = list(_BIBITEM.finditer(code, env.end(), stop))
        for i, m in enumerate(items):
            text_end = items[i + 1].start() if i + 1 < len(items) else stop
            text = " ".join(code[m.end():text_end].split())
            key = m.group(1).strip()
            out.append(BibItem(key, m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip())), text))
    return out


# \bibliographystyle / biblatex style -> refcheck's style names
_STYLE_PREFIXES = (
    ("apa", "apa"), ("apalike", "apa"), ("mla", "mla"), ("chicago", "chicago"), ("harvard", "harvard"),
    ("agsm", "harvard"), ("dcu", "harvard"), ("kluwer", "harvard"), ("authoryear", "harvard"),
    ("plainnat", "harvard"), ("abbrvnat", "harvard"), ("unsrtnat", "ieee"), ("ieee", "ieee"),
    ("IEEE", "ieee"), ("numeric", "ieee"), ("unsrt", "ieee"), ("plain", "ieee"), ("abbrv", "ieee"),
    ("acm", "ieee"), ("siam", "ieee"), ("vancouver", "ieee"), ("nature", "ieee"), ("phys", "ieee"),
)


def detect_style(code: str) -> str:
    """The citation style the paper asks for, in refcheck's terms; "unknown" when it does not say."""
    names: list[str] = [m.group(1).strip() for m in _BIBSTYLE.finditer(code)]
    for m in _BIBLATEX.finditer(code):
        if "biblatex" in [p.strip() for p in m.group(2).split(",")]:
            opts = m.group(1) or ""
            for opt in opts.split(","):
                k, _, v = opt.partition("=")
                if k.strip() in ("style", "bibstyle", "citestyle") and v.strip():
                    names.append(v.strip())
            if not any(o.split("=")[0].strip() in ("style", "bibstyle") for o in opts.split(",")):
                names.append("numeric")  # biblatex's default style
    for name in names:
        base = name.rsplit("/", 1)[-1]
        for prefix, style in _STYLE_PREFIXES:
            if base.startswith(prefix):
                return style
    return "unknown"
