"""Evidence that an entry no citation reached is in use all the same, so `uncited` would be a false alarm.

The citation readers find the forms they know; a paper that names a work some other way still uses it. Each test
here is one such form, looked for in the body text with every citation already read blanked out (a name inside a
read citation is that citation's business):

- its web address: "(www.sras.org/about_sras)";
- a court case's parties: "Franklin v. Parke-Davis";
- its first author's family name with the entry's year close after it, in a form no reader took apart
  with only names and joining words between ("Hays and Conant 2007 for Herpestes", "Froimchuk et al., 2017Kadoch",
  "Phan and Letouze1983"). On the dev papers this form named 11 entries wrongly reported uncited, none rightly.

When one holds, refcheck is not sure the entry is uncited and says nothing (precision first).
"""

from __future__ import annotations

import re

from refcheck.model import Finding, Reference
from refcheck.text.lexicon import ALL_MONTHS, AND_WORDS, PARTICLES

# How far after the name its year may stand: "Hays WST, Conant S (2007)", "Riddle DL (ed.), 2001", "Ministerio de
# Salud (MINSAL), en su Encuesta Nacional de Salud 2016-2017"
_YEAR_REACH = 80
# What may stand between the name and the year of a citation: more names and initials, joining words, particles
_JOIN = AND_WORDS | PARTICLES | {"al", "ul", "s"}
_SEPARATORS = re.compile(r"[\s,.;:(’'&-]+")


def _names_only(text: str) -> bool:
    """Only capitalised words and joining words between separators (a token test: no regex can backtrack here)."""
    return all(not t or t[0].isupper() or t.lower() in _JOIN for t in _SEPARATORS.split(text))


def drop_uncited_in_use(findings: list[Finding], refs: list[Reference], body: str) -> list[Finding]:
    """FINDINGS without the `uncited` ones whose entry BODY (the body text, read citations blanked) names."""
    by_id = {r.id: r for r in refs}
    lower = body.lower()
    flat = " ".join(lower.split())

    def in_use(ref: Reference | None) -> bool:
        return ref is not None and (_address_given(ref, lower) or _case_named(ref, flat) or _named_with_year(ref, body)
                                    or _number_glued_to_its_word(ref, body))

    return [f for f in findings if not (f.code == "uncited" and in_use(by_id.get(f.reference or "")))]


def _address_given(ref: Reference, text: str) -> bool:
    bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", (ref.fields.url or "").lower()).rstrip("/")
    return len(bare) > 8 and "/" in bare and bare in text


def _case_named(ref: Reference, text: str) -> bool:
    """A court case listed as an entry ("US ex rel. Franklin v. Parke-Davis, Division of ...") is cited by
    its parties, which no author-date reading takes apart."""
    m = re.search(r"([A-Z][\w'’.&-]*)\s+v\.\s+([A-Z][\w'’.&-]*)", ref.raw[:200])
    return m is not None and f"{m.group(1)} v. {m.group(2)}".lower() in text


def _named_with_year(ref: Reference, body: str) -> bool:
    """The first author's family name, then only names and joining words, then the entry's year: "Hays and
    Conant 2007", "Froimchuk et al., 2017", "Goodman, Sorj e Wilkison (1985", "ASTM C618 (2019)". (Not "Angel
    Coalition partnered with the city of Moscow in 2008": an event's year, no citation.)"""
    year = (ref.fields.year or "")[:4]
    if not ref.fields.authors or not year.isdigit():
        return False
    first = ref.fields.authors[0]
    name = (first.family or "").split()[-1] if first.family else (first.literal or "")
    if len(name) < 2 or name.lower() in ALL_MONTHS:  # ("May 2007" is a date)
        return False
    forms = {name, name[:1] + name[1:].lower()}  # "PHAN" is printed "Phan" in the text
    # (a body's name may break across lines: "(Fachagentur Windenergie\nan Land 2021)")
    pattern = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    for m in re.finditer(r"(?<!\w)(?:" + pattern + r")(?!\w)", body):
        at = re.search(r"(?<!\d)" + year + r"(?!\d)", body[m.end():m.end() + _YEAR_REACH])
        if at is not None and _names_only(body[m.end():m.end() + at.start()]):
            return True
    return False


def _number_glued_to_its_word(ref: Reference, body: str) -> bool:
    """A numbered entry's raised number flattened onto a word of the entry itself: "guía de la SEIMC17" for "17. Gudiol
    F, ... Documento de consenso ... (SEIMC)", "según Sepsis-315" for "15. Singer M, ... (Sepsis-3)",
    "recomendaciones STROBE16". Which digits are the citation only the entry's words tell, so the citation reader
    leaves them; the entry is in use all the same."""
    if not (ref.label or "").isdigit():
        return False
    raw = ref.raw.lower()
    for m in re.finditer(r"(?<![\w-])([^\W\d_][\w-]*?)" + ref.label + r"(?![\d\w])", body):
        word = m.group(1)
        # (an acronym in capitals, "SEIMC", or a name and its number, "Sepsis-3"; never "CD206" + "38", a marker
        # and the number of an entry about it)
        if len(word) >= 3 and word.lower() in raw and ((word.isupper() and word.isalpha())
                                                        or re.fullmatch(r"[A-Z][\w]*-\d{1,2}", word)):
            return True
    return False

