"""The fair author comparison of ``bench_parse``: every author in order, family names word for
word, given names compared by initials.

AnyStyle's gold labels the author list as one string, so the gold side is split into people
here, by rules written for the benchmark alone (not refcheck's normalizer, so that a splitting
error in refcheck is not repeated on the gold side and hidden). A list is one value: it counts
as right only when every person matches in order; "et al." is ignored on both sides.
"""

from __future__ import annotations

import re

_ROLE = re.compile(r"^\s*(?:in:?|by|edited by|ed\. by|translated by|trans\. by|trans\.)\s+|"
                   r"[\s,]*[(\[]?\b(?:eds?|editors?|hrsg|[ée]ds?|trans|transl|comps?|dirs?)\b\.?[)\]]?[\s.,:]*$",
                   re.I)
_ET_AL = re.compile(r",?\s*(?:et\.?\s*al\.?|and\s+others|u\.\s*a\.)\s*[.,]?", re.I)
_CONJ = re.compile(r"\s*,?\s+(?:and|&|und|et|y|e)\s+|\s*&\s*", re.I)
_INITIALS = re.compile(r"^(?:[A-ZÀ-Þ][a-z]?\.?\s*-?\s*){1,4}$")
_CAPS = re.compile(r"^[A-ZÀ-Þ]{1,3}\.?$|^(?:[A-ZÀ-Þ]\.){1,3}$")
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "ten",
              "ter", "bin", "al", "el"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_ORG = {"organization", "organisation", "institute", "association", "department", "office", "center", "centre",
        "council", "committee", "commission", "agency", "bureau", "ministry", "university", "society",
        "foundation", "group", "nations", "union", "bank", "fund", "board", "service", "corporation", "inc",
        "company", "government", "project", "international", "national", "collectif", "aashto", "reserve",
        "team", "consortium", "collaboration", "library", "museum", "press", "times", "news", "census"}
_WORD = re.compile(r"[^\W\d_]+")

Person = tuple[str, str]  # (family words, initials), or ("org", words) for an organization


def initials(given: str | None) -> str:
    """"W. E." -> "we", "WE" -> "we", "Toni" -> "t", "Jean-Paul" -> "jp"; suffixes dropped."""
    out = []
    for w in _WORD.findall(given or ""):
        if w.lower() in _SUFFIXES:
            continue
        out.append(w.lower() if w.isupper() and len(w) <= 3 else w[0].lower())
    return "".join(out)


def family_words(family: str | None) -> str:
    return " ".join(w.lower() for w in _WORD.findall(family or "") if w.lower() not in _SUFFIXES)


def key(family: str | None, given: str | None, literal: str | None = None) -> Person:
    if literal is not None:
        return ("org", family_words(literal))
    return (family_words(family), initials(given))


def predicted_people(names) -> tuple[Person, ...] | None:  # noqa: ANN001 - list[refcheck.model.Name]
    people = tuple(key(n.family, n.given, n.literal) for n in names if n.literal != "---")
    return people or None


def gold_people(text: str | None) -> tuple[Person, ...] | None:
    if not text:
        return None
    # "Martin- Facklam" (a PDF line-end hyphen) is one name; "…" (APA 6 for the elided authors) separates
    t = re.sub(r"(?<=\w)- (?=\w)", "-", text.replace("*", "")).replace("…", ",").strip()
    for _ in range(3):
        t = _ROLE.sub("", t).strip()
    t = _ET_AL.sub("", t).strip(" ,;:.")
    if not _WORD.search(t):
        return None
    words = [w.lower() for w in _WORD.findall(t)]
    if ("," not in t and ";" not in t and not _CONJ.search(t)
            and (any(w in _ORG for w in words) or len(words) >= 4 or (len(words) == 1 and t.isupper()))):
        return (("org", " ".join(words)),)
    groups = [g for g in re.split(r"\s*;\s*", t) if g.strip(" ,.")] if ";" in t else [t]
    people: list[Person] = []
    for g in groups:
        people += _split(g.strip(" ,.;"))
    return tuple(people) or None


_STRICT_INITIAL = re.compile(r"^(?:[A-ZÀ-Þ]\.?-?){1,3}$|^(?:[A-ZÀ-Þ]\.)+-?(?:[A-ZÀ-Þ]\.)*$")


def _is_given(part: str) -> bool:
    return bool(_INITIALS.match(part)) or bool(_CAPS.match(part))


def _split(t: str) -> list[Person]:
    parts = [p.strip(" .") for p in _CONJ.sub(",", t).split(",")]
    parts = [p for p in parts if p]
    out: list[Person] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if p.lower() in _SUFFIXES:
            i += 1
            continue
        toks = p.split()
        # "Smith, J." / "van Dijk, Teun" / (first of a list only) "García Márquez, Gabriel"
        compound_first = i == 0 and len(toks) <= 3 and nxt is not None and len(nxt.split()) == 1
        single_family = len(toks) == 1 or toks[0].lower() in _PARTICLES or compound_first
        if nxt is not None and not _STRICT_INITIAL.match(toks[0]) and single_family and not _vancouver(p) and (
                _is_given(nxt) or i == 0 or len(toks) == 1):
            out.append(key(p, nxt))
            i += 2
            continue
        out.append(_natural(p))
        i += 1
    return out


def _vancouver(p: str) -> bool:
    toks = p.split()
    return (len(toks) >= 2 and _is_given(toks[-1]) and not _STRICT_INITIAL.match(toks[0])
            and toks[-1].rstrip(".").isupper())


def _natural(p: str) -> Person:
    toks = p.split()
    if len(toks) == 1:
        return key(p, None)
    if _vancouver(p):  # "Fobert PR", "Marshall H.L."
        k = len(toks) - 1
        while k > 1 and _is_given(toks[k - 1]) and toks[k - 1].rstrip(".").isupper() and len(toks[k - 1]) <= 2:
            k -= 1
        return key(" ".join(toks[:k]), " ".join(toks[k:]))
    k = len(toks) - 1
    while k > 1 and toks[k - 1].lower() in _PARTICLES:
        k -= 1
    return key(" ".join(toks[k:]), " ".join(toks[:k]))
