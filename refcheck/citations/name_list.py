"""Names the ordinary author reading does not take. A citation that prints its source's whole author
list, as Medline writes it: "(Cooper 1990; Verhaak RG, Hoadley KA, Purdom E, ..., Cancer Genome Atlas
Research Network 2010)" (citation styles print such a list when the entry's authors are one literal
string): it names the first author's work, read as "Verhaak et al. 2010". And a body named in sentence
case: "(Agencia Europea para la seguridad y Salud en el Trabajo, 2002)"."""

from __future__ import annotations

import re

from refcheck.citations import author_date as ad
from refcheck.citations.locator import is_locator, normalize_locator
from refcheck.text.lexicon import NAME_CONNECTORS as CONNECTORS
from refcheck.text.lexicon import ORG_WORDS
from refcheck.text.patterns import CAPS

# Four or more "Family INITIALS" names, comma-separated: "Verhaak RG, Hoadley KA, Purdom E, Wang V, "
_NAME = r"[" + CAPS + r"][\w'’-]+(?: [" + CAPS + r"][\w'’-]+)? [A-Z]{1,3}"
_NAME_LIST = re.compile(rf"({_NAME}), (?:{_NAME}, ){{3,}}")
_FIRST_FAMILY = re.compile(r"(.+?) [A-Z]{1,3}$")
# the whole list and nothing else, a body last (", Cancer Genome Atlas Research Network")
_WHOLE_LIST = re.compile(rf"({_NAME})(?:, {_NAME}){{4,}}(?:, [" + CAPS + r"][\w'’-]+(?: [^\W\d][\w'’-]*){0,8})?")


def unusual_name_part(piece: str, offset: int) -> ad.Part | None:
    """A part whose head is a whole author list, or a body's name in sentence case."""
    return long_author_list(piece, offset) or sentence_case_body(piece, offset)


def long_author_list(piece: str, offset: int) -> ad.Part | None:
    """The first author and the year of a part that prints four or more names before its year."""
    body, dropped = ad.strip_signal(piece.strip())
    if (whole := _WHOLE_LIST.fullmatch(body)) is not None:
        # MLA prints no year: "(see also Yagdjian; Wang; Sanchez-Vega F, Mina M, Armenia J, ..., Schultz N)"
        first = _FIRST_FAMILY.match(whole.group(1))
        lead = len(piece) - len(piece.lstrip()) + dropped
        part = ad.Part(start=offset + lead, end=offset + len(piece.rstrip()), text=body,
                       authors=[first.group(1)] if first else [], et_al=True)
        part.head = body
        return part if first else None
    m = _NAME_LIST.match(body)
    ym = ad.YEAR_RE.search(body, m.end()) if m else None
    if m is None or ym is None or len(body) - ym.start() > 40 or len(body) > 20000:
        return None
    first = _FIRST_FAMILY.match(m.group(1))
    part = ad.parse_part(f"{first.group(1)} et al. {body[ym.start():]}", 0, allow_no_year=False) if first else None
    if part is None:
        return None
    lead = len(piece) - len(piece.lstrip()) + dropped
    part.start, part.end = offset + lead, offset + len(piece.rstrip())
    part.text, part.head = body, body[:ym.start()].strip(" ,")
    return part


# "Agencia Europea para la seguridad y Salud en el Trabajo, 2002, p. 33": a body's word first, then words
# in any case; the year (and a locator) after a comma, or a space as ASA prints it.
_BODY_THEN_YEAR = re.compile(r"([" + CAPS + r"][\w'’-]+(?:\s+[^\W\d][\w'’-]*){2,11}),?\s+((?:1[5-9]|20)\d\d[a-z]?)"
                             r"(?:,\s*(.{1,20}))?")


def sentence_case_body(piece: str, offset: int) -> ad.Part | None:
    """A body's name with lower-case words, as Spanish and Portuguese write them: cited only if listed."""
    body, dropped = ad.strip_signal(piece.strip())
    m = _BODY_THEN_YEAR.fullmatch(body)
    # the body's word opens the name or follows its adjective ("Haut Conseil pour le climat")
    if m is None or not any(w.lower() in ORG_WORDS for w in m.group(1).split()[:2]) \
            or (m.group(3) and not is_locator(m.group(3))):
        return None
    words = m.group(1).split()
    # French writes a body's name with one capital ("Agence nationale de l'habitat"); a longer name in lower
    # case is a phrase
    if len(words) > 5 and sum(w[:1].isupper() for w in words) * 2 < len(words) - sum(w.lower() in CONNECTORS
                                                                                    for w in words):
        return None
    lead = len(piece) - len(piece.lstrip()) + dropped
    part = ad.Part(start=offset + lead, end=offset + len(piece.rstrip()), text=body, authors=[m.group(1)],
                   years=[m.group(2)], locator=normalize_locator(m.group(3)) if m.group(3) else None)
    part.head, part.doubtful = m.group(1), True
    return part


# "Blum D, Hao H, McCarthy M, Reproducibility Project: Cancer Biology (2015) reported": a sentence that opens
# with three or more Medline names, then the citation's year
_LIST_BEFORE = re.compile(rf"(?:(?<=\n)|(?<=[.!?] )|^)({_NAME}), (?:{_NAME}, ){{2,}}[^().;\n]{{0,120}}$")


def list_before(text: str, pos: int, lo: int) -> tuple[str, int, bool] | None:
    """(first author's family, where the list starts, et al.) of a Medline author list that opens the
    sentence before a "(2015)"; None if the words before it are anything else."""
    at = max(lo, pos - 600)
    m = _LIST_BEFORE.search(text[at:pos].rstrip())
    first = _FIRST_FAMILY.match(m.group(1)) if m else None
    return (first.group(1), at + m.start(), True) if first and m else None
