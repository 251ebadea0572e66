"""A citation that prints its source's whole author list, as Medline writes it: "(Cooper 1990; Verhaak
RG, Hoadley KA, Purdom E, ..., Cancer Genome Atlas Research Network 2010)". Citation styles print
such a list when the entry's authors are one literal string; it names the first author's work, read
as "Verhaak et al. 2010"."""

from __future__ import annotations

import re

from refcheck.citations import author_date as ad

# Four or more "Family INITIALS" names, comma-separated: "Verhaak RG, Hoadley KA, Purdom E, Wang V, "
_NAME = r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)? [A-Z]{1,3}"
_NAME_LIST = re.compile(rf"({_NAME}), (?:{_NAME}, ){{3,}}")
_FIRST_FAMILY = re.compile(r"(.+?) [A-Z]{1,3}$")


def long_author_list(piece: str, offset: int) -> ad.Part | None:
    """The first author and the year of a part that prints four or more names before its year."""
    body, dropped = ad.strip_signal(piece.strip())
    m = _NAME_LIST.match(body)
    ym = ad.YEAR_RE.search(body, m.end()) if m else None
    if m is None or ym is None or len(body) - ym.start() > 40 or len(body) > 3000:
        return None
    first = _FIRST_FAMILY.match(m.group(1))
    part = ad.parse_part(f"{first.group(1)} et al. {body[ym.start():]}", 0, allow_no_year=False) if first else None
    if part is None:
        return None
    lead = len(piece) - len(piece.lstrip()) + dropped
    part.start, part.end = offset + lead, offset + len(piece.rstrip())
    part.text, part.head = body, body[:ym.start()].strip(" ,")
    return part
