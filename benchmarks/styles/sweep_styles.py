"""Pick unseen CSL styles for make_style_papers.py --sweep, and split them into dev and sealed halves.

A sweep is the named families below (well-known styles no issue named) plus N random independent styles
from Debian's citation-style-language-styles, drawn with a seed. Skipped: dependent styles (a
<link rel="independent-parent">) and the styles refcheck was already measured on (the 16 corpus styles,
the 10 style-paper styles, the 8 PDF-corpus styles). Each style's class is its CSL citation-format
(author-date, numeric, note, label, author). The halves are fixed by one rule, before any fix: within
each class, styles in the order of sha1 of their name, alternating dev, sealed, dev, ...
"""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

CSL_DIR = Path("/usr/share/citation-style-language/styles")
CORPUS_STYLES = {
    "apa", "apa-6th-edition", "modern-language-association", "modern-language-association-8th-edition",
    "chicago-author-date", "chicago-note-bibliography", "chicago-fullnote-bibliography",
    "harvard-cite-them-right", "springer-basic-author-date", "american-sociological-association", "ieee",
    "association-for-computing-machinery", "vancouver", "american-medical-association", "nature",
    "american-chemical-society",
}
STYLE_PAPER_STYLES = {
    "vancouver", "vancouver-superscript", "american-medical-association", "nature", "american-chemical-society",
    "ieee", "chicago-note-bibliography", "chicago-note-bibliography-with-ibid", "chicago-fullnote-bibliography",
    "modern-humanities-research-association",
}
PDF_STYLES = {"apa", "modern-language-association", "chicago-author-date", "harvard-cite-them-right", "ieee",
              "american-medical-association", "nature", "chicago-note-bibliography"}
SEEN = CORPUS_STYLES | STYLE_PAPER_STYLES | PDF_STYLES
# Families nobody on the project named, included on purpose (springer-basic-author-date is a corpus style,
# so the Springer family comes in its numeric brackets form).
NAMED = [
    "iso690-author-date-en", "iso690-numeric-en", "din-1505-2", "din-1505-2-alphanumeric", "gost-r-7-0-5-2008",
    "gost-r-7-0-5-2008-numeric", "council-of-science-editors-author-date", "council-of-science-editors",
    "turabian-fullnote-bibliography", "turabian-author-date", "american-political-science-association",
    "american-anthropological-association", "elsevier-harvard", "springer-basic-brackets", "cell", "pnas",
    "science", "annual-reviews", "annual-reviews-author-date", "bibtex",
]
_FORMAT = re.compile(r'citation-format="([a-z-]+)"')


def style_class(path: Path) -> str | None:
    """The CSL citation-format of an independent style; None for a dependent one."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if 'rel="independent-parent"' in text:
        return None
    m = _FORMAT.search(text)
    return m.group(1) if m else "unknown"


def split(styles: dict[str, str]) -> dict[str, str]:
    """style -> 'dev' or 'sealed': per class, in sha1 order of the name, alternating from dev."""
    half: dict[str, str] = {}
    for cls in sorted(set(styles.values())):
        names = sorted((s for s, c in styles.items() if c == cls), key=lambda s: hashlib.sha1(s.encode()).hexdigest())
        for i, s in enumerate(names):
            half[s] = "dev" if i % 2 == 0 else "sealed"
    return half


def pick(n_random: int, seed: str, exclude: frozenset[str] = frozenset(), halves: bool = False) -> list[dict]:
    """[{style, class, group ('named' or 'random'), half}] in a fixed order. With `exclude` (the styles of
    earlier sweeps, both halves), only random styles outside them, all 'dev' (more material to fix against that
    leaves the earlier sweeps' sealed halves unseen), or split like a first sweep with `halves` (a new draw
    that is itself measured on a half nobody fixed against)."""
    chosen: dict[str, tuple[str, str]] = {}
    for name in NAMED if not exclude else []:
        path = CSL_DIR / f"{name}.csl"
        cls = style_class(path) if path.exists() else None
        if cls and name not in SEEN:
            chosen[name] = (cls, "named")
    pool = []
    for path in sorted(CSL_DIR.glob("*.csl")):
        if path.stem in SEEN or path.stem in chosen or path.stem in exclude:
            continue
        cls = style_class(path)
        if cls:
            pool.append((path.stem, cls))
    for name, cls in random.Random(seed).sample(pool, min(n_random, len(pool))):
        chosen[name] = (cls, "random")
    half = split({s: c for s, (c, _) in chosen.items()}) if halves or not exclude else {s: "dev" for s in chosen}
    return [{"style": s, "class": c, "group": g, "half": half[s]} for s, (c, g) in chosen.items()]
