"""Page furniture inside a reference list: running heads and feet, link buttons, download stamps, and lines that
recur a page apart (the paper's title in capitals, "Author et al. Page 17")."""

from __future__ import annotations

import re

from refcheck.section.cues import CAPITAL_NAME_RE, looks_like_entry_start
from refcheck.text.patterns import DOWNLOAD_STAMP_RE, LINK_BUTTONS_RE, RUNNING_HEAD_RE

_PAGE_FIRST_RE = re.compile(r"\d{1,4}\s+[^\W\d]")
_LINK_RE = re.compile(r"https?://|www\.|doi\.org|\b10\.\d{4,9}/", re.IGNORECASE)


MIN_PAGE_LINES = 15


def repeated_furniture(lines: list[str]) -> set[str]:
    """Short lines that recur with only their digits changing: running heads and footers."""
    seen: dict[str, list[int]] = {}
    for n, line in enumerate(lines):
        s = line.strip()
        # A running head or footer has no closing punctuation ("2015." alone is an entry's wrapped tail, however
        # often it recurs), unless it opens with its page number ("46    Author et al."); nor is a wrapped DOI or
        # link, nor a wrapped page range alone ("18531–18536"): a head has words.
        if 0 < len(s) <= 80 and re.search(r"\d", s) and (s[-1] not in ".,;:)]" or _PAGE_FIRST_RE.match(s)) \
                and not _LINK_RE.search(s) and re.search(r"[^\W\d_]", s):
            seen.setdefault(re.sub(r"\d+", "#", s), []).append(n)
        elif _CAPITALS_HEAD_RE.fullmatch(s):  # "TEMPERATURAS EXTREMAS E INGRESOS ... POR CAUSAS RENALES...": twice is
            seen.setdefault(s, []).append(n)  # enough for a running head of the paper's title in capitals
    # A page's head recurs a page apart; a body's yearly reports ("report on rural migrant workers monitoring
    # survey. May 12, 2014. Avail-") wrap alike a few lines apart.
    return {k for k, at in seen.items() if len(at) >= (2 if _CAPITALS_HEAD_RE.fullmatch(k) else 3)
            and min(b - a for a, b in zip(at, at[1:], strict=False)) >= MIN_PAGE_LINES}


_CAPITALS_HEAD_RE = re.compile(r"(?=(?:\S+\s+){3})[^\W\d_a-z][^\da-z]{15,100}")


def is_furniture(s: str, repeated: set[str]) -> bool:
    if RUNNING_HEAD_RE.match(s) or LINK_BUTTONS_RE.match(s) or DOWNLOAD_STAMP_RE.match(s):
        return True
    # (a body's yearly reports print alike, "NBS – National Bureau of Statistics of China. ... 2012. Annual")
    if s in repeated and _CAPITALS_HEAD_RE.fullmatch(s):
        return True  # the paper's title in capitals, verbatim on two pages
    return len(s) <= 80 and re.sub(r"\d+", "#", s) in repeated and not looks_like_entry_start(s) \
        and not CAPITAL_NAME_RE.match(s)
