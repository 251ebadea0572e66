"""Printed name lists -> CSL name objects ({family, given} or {literal}).

Used to turn labelled AnyStyle segments and printed article entries back into
structured metadata. The heuristics only have to be good enough to give
citeproc plausible names: a work whose names cannot be read is dropped by the
caller, never guessed at.
"""

from __future__ import annotations

import re

ORG_WORDS = re.compile(
    r"\b(Association|Organi[sz]ation|University|Universidade|Universidad|Department|Ministry|Ministério|"
    r"Institute|Instituto|Council|Agency|Society|Committee|Office|Bureau|Group|Cent(?:re|er)|Foundation|"
    r"Commission|Board|Service|Network|Consortium|Programme|Program|Government|Team|Project|"
    r"Collaboration|Corporation|Company|Inc|Ltd|Federal|National|International|World|Academy|Survey|"
    r"Secretaria|Fundação|Conselho|Agência|Nations|Bank|Fund|Authority|Library|Museum|Panel|Unit)\b")
ROLE = re.compile(r"\(?\b(eds?|editors?|edited by|ed\. by|hrsg|hg|org|orgs|coord|trans|translated by|"
                  r"dir|director)\b\.?\)?[.,:]?", re.I)
INITIALS = re.compile(r"^(?:[A-Z\u00C0-\u00DE][a-z]?\.?-?\s*){1,4}$")
PARTICLES = {"de", "da", "do", "dos", "das", "van", "von", "der", "den", "la", "le", "di", "del", "du", "ten", "ter"}
WORD = re.compile(r"^[^\W\d_][\w'’\-.]*$")


def is_organisation(text: str) -> bool:
    """True for corporate authors ("World Health Organization")."""
    return bool(ORG_WORDS.search(text))


def _clean(text: str) -> str:
    text = re.sub(r"^\s*(in|em|en|dans)\s*:?\s+", "", text, flags=re.I)
    text = ROLE.sub(" ", text)
    text = re.sub(r"\bet\.? al\.?", " ", text)
    text = re.sub(r"[\[\]()*]", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:&")
    return text


def _plausible(name: dict) -> bool:
    if "literal" in name:
        return 2 <= len(name["literal"]) <= 120 and not re.search(r"\d", name["literal"])
    fam = name.get("family", "")
    words = fam.split()
    return (bool(words) and len(words) <= 3 and all(WORD.match(w) for w in words)
            and fam[0].isupper() is not False and not re.search(r"\d", name.get("given", "")))


def _one(chunk: str) -> dict | None:
    """One name without commas: 'Heidegger M', 'John Smith', 'W.-P. de Roever'."""
    words = chunk.split()
    if not words:
        return None
    if len(words) == 1:
        return {"family": words[0]}
    if INITIALS.match(words[-1].replace(".", ". ").strip()) and not INITIALS.match(words[0]):
        return {"family": " ".join(words[:-1]), "given": words[-1]}  # Vancouver "Smith JJ"
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in PARTICLES:
        i -= 1
    return {"family": " ".join(words[i:]), "given": " ".join(words[:i])}


def parse_names(text: str) -> list[dict] | None:
    """A printed author/editor list as CSL names, or None when it cannot be read."""
    text = _clean(text)
    if not text:
        return None
    if is_organisation(text) and not re.search(r"[;&]| and ", text):
        return [{"literal": text}]
    text = re.sub(r"\s*(?:&|\band\b|\by\b|\be\b|\bund\b|;)\s*", ", ", text)
    parts = [p.strip() for p in text.split(",") if p.strip()]
    names: list[dict] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if (len(part.split()) <= 3 and nxt is not None and not INITIALS.match(part)
                and (INITIALS.match(nxt) or (len(nxt.split()) <= 2 and len(part.split()) == 1
                                             and not INITIALS.match(nxt.split()[-1]) and len(parts) == 2))):
            names.append({"family": part, "given": nxt})  # inverted "Romero, C."
            i += 2
            continue
        one = _one(part)
        if one:
            names.append(one)
        i += 1
    if not names or not all(_plausible(n) for n in names):
        return None
    return names
