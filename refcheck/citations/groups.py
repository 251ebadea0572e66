"""A parenthetical's content -> one (offset, text) piece per cited source.

"(Smith, 2010; Jones, 2012)" splits at the semicolons; "(Anton 2010, Tan and Yu 1980)" at a comma after
a year; ABNT's "(SOBRAL; GIACOMELLI, 2016)" joins again the co-authors its semicolon separates. The
pieces are then read one by one (refcheck.citations.author_date.parse_part)."""

from __future__ import annotations

import re

from refcheck.citations.author_date import YEAR_RE
from refcheck.citations.name_words import CAP_STOP
from refcheck.text.patterns import CAPS


def split_parts(content: str) -> list[tuple[int, str]]:
    """Split at top-level semicolons: one part per cited source. Greek prints its semicolon as a raised dot, "(Raftery
    & Hout, 1993· Shavit κ.ά., 2007)" (";" is its question mark); a dot before a space only, not The Lancet's "10·8"."""
    parts: list[tuple[int, str]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(content):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch == ";" or ch in "·\u0387" and content[i + 1:i + 2] == " "):
            parts.append((start, content[start:i]))
            start = i + 1
    parts.append((start, content[start:]))
    return parts


# A part that is only a name, "Rodrigues" or "GIACOMELLI": in ABNT the next ";" joins a co-author.
_BARE_NAME_RE = re.compile(r"\s*[" + CAPS + r"][\w'’.-]*"
                           r"(?:\s+(?:d[aeo]s?|van|von|der|del|la|le|[" + CAPS + r"][\w'’.-]*)){0,3}\s*")
_AND_OTHERS = frozenset({"entre otros", "entre outros", "dentre outros", "entre otras", "entre outras", "among others",
                         "and others", "etc", "inter alia", "u.a", "und andere", "entre autres", "et al"})


def join_coauthors(parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ABNT "(SOBRAL; GIACOMELLI, 2016; Rodrigues; Stubert, 2015)": a part that is only a name,
    followed by a part with a year, is a co-author of that part, not a source of its own.
    The ";" is kept (the printed text is unchanged); parse_part reads it as a separator."""
    out: list[tuple[int, str]] = []
    pending: tuple[int, str] | None = None
    if len(parts) > 1 and parts[-1][1].strip().lower().rstrip(".") in _AND_OTHERS:
        parts = parts[:-1]  # "(...; Saura, 2017; entre otros)": "among others" closes the list
    joined: list[bool] = []
    for off, piece in parts:
        bare = _BARE_NAME_RE.fullmatch(piece) is not None and not YEAR_RE.search(piece) \
            and piece.strip().lower().rstrip(".") not in CAP_STOP
        was_joined = pending is not None
        if pending is not None:
            off, piece = pending[0], pending[1] + ";" + piece
            pending = None
        if bare:
            pending = (off, piece)
            continue
        out.append((off, piece))
        joined.append(was_joined)
    if pending is not None:
        out.append(pending)
        joined.append(True)
    # Every joined part must hold a year ("(Sutton-Spence; Perlin; Strobel)" is three MLA sources);
    # a part left alone may lack one ("FERRÃO et al.; 2001" beside "ANDRADE; LAROS, 2007").
    ok = any(joined) and all(YEAR_RE.search(p) for (_, p), j in zip(out, joined, strict=True) if j)
    return out if ok else parts


# "(Anton 2010, Tan and Yu 1980)", "(Anderson, Ellingsen & McArdle, 2006, Schlacher et al., 2008)":
# sources separated by commas; a comma after a year and before a capital starts the next source.
_COMMA_GROUP_RE = re.compile(r"(?<=(?:1[5-9]|20)\d\d)(?:[a-z])?(?:,\s+|\s+)"  # after a year, not "1000 Genomes"
                             r"(?=(?:[" + CAPS + r"]|d[aeo]s?\s|van\s|von\s|de\s))")


def split_comma_groups(parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Split a part at each comma that follows a year and opens another name-and-year source."""
    out: list[tuple[int, str]] = []
    for k, (off, piece) in enumerate(parts):
        cuts = [m for m in _COMMA_GROUP_RE.finditer(piece)]
        start = 0
        for m in cuts:
            rest = piece[m.end():]
            nxt = YEAR_RE.search(rest)
            # ABNT "(Ettredge; Vernon; Scholz, 2001, Nevado; Gallardo, 2016)": a name alone after the
            # year opens the next source, whose co-authors follow the ";"
            abnt = nxt is None and k + 1 < len(parts) and _BARE_NAME_RE.fullmatch(rest) is not None
            if not abnt and (nxt is None or nxt.start() > 120):
                break
            cut = m.start() + len(m.group(0).rstrip().rstrip(",").rstrip())
            out.append((off + start, piece[start:cut]))
            start = m.end()
        out.append((off + start, piece[start:]))
    return out
