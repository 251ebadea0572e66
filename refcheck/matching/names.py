"""How a careful reader compares the name in a citation with the name in an entry.

Two spellings are "the same name" when they differ only in case, diacritics,
apostrophes, hyphens or spacing ("Harroff-Tavel" / "Harroff Tavel",
"O'Brien" / "OBrien", "Müller" / "Muller"), or when one drops a particle
("van der Berg" / "Berg"). Organizations are the same when they differ by a
leading "The", by "U.S." versus "United States", or when one is the acronym or
a short form of the other ("IOM" / "International Organization for Migration",
"MiraMed" / "MiraMed Institute"). Everything here is a pure string function so
the index can precompute keys once per entry.
"""

from __future__ import annotations

import re

from refcheck.model import Name, Reference
from refcheck.text.fold import fold, words
from refcheck.text.lexicon import PARTICLES

__all__ = ["PARTICLES", "fold", "words"]  # re-exported: the citation code reads them through names

# Small words that are skipped when forming an acronym and that connect the
# words of an organization's or a title's name.
FUNCTION_WORDS = frozenset({
    "of", "for", "on", "and", "the", "in", "to", "a", "an", "at", "by", "with", "&", "de", "des", "du",
    "la", "le", "et", "und", "fur", "für",
})

# Abbreviations written interchangeably with their expansion inside organization names.
_ORG_ALIASES = {
    "us": "united states", "usa": "united states of america", "uk": "united kingdom",
    "un": "united nations", "eu": "european union", "dept": "department", "intl": "international",
    "natl": "national", "assn": "association", "univ": "university", "govt": "government",
    "labour": "labor", "organisation": "organization", "centre": "center", "programme": "program",
}

# Words too generic to stand alone as the short form of an organization name.
GENERIC_ORG_WORDS = frozenset({
    "united", "national", "international", "world", "american", "european", "global", "federal",
    "department", "ministry", "office", "center", "centre", "institute", "university", "council",
    "association", "society", "bureau", "agency", "commission", "committee", "government", "state",
    "states", "nations", "us", "new", "general", "royal", "public", "social", "human", "school",
    "foundation", "group", "report", "the", "organization", "organisation",
})

_NON_WORD = re.compile(r"[^0-9a-z]+")


# A Medline record's family field holding the initials too ("Murray DT"): cited as "Murray" as well.
_FAMILY_WITH_INITIALS = re.compile(r"^(?P<family>\S.*?)\s[A-Z]{1,3}$")


def bare_family(family: str) -> str | None:
    """"Murray DT" -> "Murray": the family name without the initials a garbled record put in it."""
    m = _FAMILY_WITH_INITIALS.match(family.strip())
    return m.group("family") if m else None


def person_keys(family: str) -> set[str]:
    """Keys under which a family name is found: the whole name, without particles, and without
    the initials a garbled Medline record put in it."""
    bare = bare_family(family)
    if bare:
        return person_keys(bare) | {"".join(words(family))}
    ws = words(family)
    if not ws:
        return set()
    keys = {"".join(ws)}
    i = 0
    while i < len(ws) - 1 and ws[i] in PARTICLES:
        i += 1
    keys.add("".join(ws[i:]))
    if len(ws) > 1 and ws[0] in _SAINT:  # "Saint-Yves" cited as "St-Yves" (and the other way round)
        keys.add(_SAINT[ws[0]] + "".join(ws[1:]))
    return keys


_SAINT = {"saint": "st", "st": "saint", "sainte": "ste", "ste": "sainte"}


_INNER_PARTICLES = frozenset({"af", "av", "von", "van", "de", "da", "do", "dos", "das", "del", "della", "di", "du"})


def after_inner_particle(family: str) -> str | None:
    """"Hård af Segerstad" -> "segerstad", "Rodrigues da Silva" -> "silva": the name after a particle
    inside a compound family name, which papers print alone; None for other names."""
    ws = words(family)
    k = next((k for k in range(len(ws) - 2, 0, -1) if ws[k] in _INNER_PARTICLES), None)
    return " ".join(ws[k + 1:]) if k is not None else None


_LEADING_INITIALS = re.compile(r"^(?:[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)*\s*)+(?=\S)")


def cited_family(name: str) -> str:
    """A cited co-author's family: "T. Wang", "J.A. Viaclovsky", "E.-S. Ryu" (initials first, as French and
    Brazilian styles cite) -> "Wang", "Viaclovsky", "Ryu"; a name without initials is kept."""
    return _LEADING_INITIALS.sub("", name.strip())


def person_key(family: str) -> str:
    """The canonical comparison key of a family name (letters only, particles kept)."""
    return "".join(words(family))


def _expand(ws: list[str]) -> list[str]:
    out: list[str] = []
    for w in ws:
        out.extend(_ORG_ALIASES.get(w, w).split())
    return out


# A body's own short form in mixed case, "Department for Education (DfE)", "(DoH)", "(BfArM)": two capitals or
# more, the first letter one of them, never three small letters in a row.
_MIXED_CASE_ACRONYM = re.compile(r"(?=(?:[a-z]{0,2}[A-Z]){2})[A-Z](?:[A-Za-z](?![a-z]{2})){1,7}[A-Za-z]?")
_BRACKETED_ACRONYM = re.compile(r"\s*[(\[]([A-Z][A-Za-z&.]{1,11})[)\]]")


def printed_acronym(literal: str) -> tuple[str, str | None]:
    """"United Nations Environment Programme (UNEP)" -> (the name, "UNEP"): the list
    defines the short form the text cites."""
    m = _BRACKETED_ACRONYM.search(literal)
    if not m or not (looks_like_acronym(m.group(1)) or _MIXED_CASE_ACRONYM.fullmatch(m.group(1))
                     or _titled_acronym(m.group(1), literal[:m.start()])):
        return literal, None
    return (literal[:m.start()] + literal[m.end():]).strip(), m.group(1)


def _titled_acronym(short: str, name: str) -> bool:
    """French writes a pronounceable acronym as a word, "Agence nationale de l'habitat (Anah)", "(Insee)",
    "(Ademe)": a short word in brackets after a name of two words or more that opens with its letter."""
    return len(short) <= 8 and short.isalpha() and len(name.split()) >= 2 and fold(short[0]) == fold(name[:1])


def org_words(literal: str) -> list[str]:
    """Normalized words of an organization name: aliases expanded, leading "the" dropped,
    an acronym printed in brackets after the name left out."""
    ws = _expand(words(printed_acronym(literal)[0]))
    while ws and ws[0] == "the":
        ws = ws[1:]
    return ws


def org_key(literal: str) -> str:
    return " ".join(org_words(literal))


def acronyms(literal: str) -> set[str]:
    """Acronyms a writer may use for an organization.

    "United Nations Office on Drugs and Crime" -> UNODC; "The International
    Center for Not-for-Profit Law" -> ICNL (a hyphenated compound gives one
    letter) and ICNPL; an acronym written inside the name ("UN/IOM Working
    Group") is kept as a word of its own.
    """
    literal, printed = printed_acronym(literal)
    raw = fold(literal).replace(".", "")
    tokens = [t for t in re.split(r"[\s/]+", raw) if t]
    while tokens and tokens[0] == "the":
        tokens = tokens[1:]
    if len(tokens) < 2:
        return set()
    compact = []
    spread = []
    for tok in tokens:
        parts = [p for p in _NON_WORD.split(tok) if p]
        if not parts:
            continue
        if len(parts) == 1 and parts[0] in FUNCTION_WORDS:
            continue
        compact.append(parts[0][0])
        spread.extend(p[0] for p in parts if p not in FUNCTION_WORDS)
    out = {fold(printed).replace(".", "")} if printed else set()
    for letters in (compact, spread):
        if len(letters) >= 2:
            out.add("".join(letters))
    return out


_CAPITALS_WORD = re.compile(r"\b[A-Z]{3,8}\b")


def echoed_acronyms(literal: str, entry: str) -> set[str]:
    """"NICE" for "National Institute for Health and Care Excellence, 2013. ... London: NICE.": a body's
    acronym that the entry prints elsewhere (as its publisher, in its address), its letters the initials of
    the name's words in order; the text cites the body by it."""
    ws = words(literal)
    initials = "".join(w[0] for w in ws)
    out: set[str] = set()
    for m in _CAPITALS_WORD.finditer(entry):
        acr = m.group(0).lower()
        if acr[0] == initials[:1] and acr not in ws and _in_order(acr, initials[1:]):
            out.add(acr)
    return out


def _in_order(letters: str, within: str) -> bool:
    it = iter(within)
    return all(ch in it for ch in letters[1:])


def looks_like_acronym(text: str) -> bool:
    """"IOM", "UNODC", "UN/IOM", "U.S." — short all-capital tokens."""
    core = text.replace(".", "").replace("/", "").replace("-", "").replace("&", "")
    return 2 <= len(core) <= 10 and core.isalpha() and core.isupper()


def org_short_forms(literal: str) -> set[str]:
    """Leading word sequences a writer may cite instead of the full name ("MiraMed" for
    "MiraMed Institute", "UN/IOM" for "The UN/IOM Working Group on ..."). Too generic
    single words ("International") are excluded."""
    ws = org_words(literal)
    out: set[str] = set()
    for n in range(1, len(ws)):
        prefix = ws[:n]
        if prefix[-1] in FUNCTION_WORDS:
            continue
        if n == 1 and (prefix[0] in GENERIC_ORG_WORDS or len(prefix[0]) < 4):
            continue
        out.add(" ".join(prefix))
    # A leading acronym token such as "UN/IOM" or "OECD".
    first = fold(literal).split()
    if first and first[0] == "the":
        first = first[1:]
    if first:
        out.add(" ".join(_expand(words(first[0]))))
    return out


def name_display(name: Name) -> str:
    return name.display()


def reference_display(ref: Reference) -> str:
    """How a message names an entry: 'Rutland, Peter (2000)', 'Smith & Jones (2015)', 'Lee et al. (2019)'."""
    f = ref.fields
    authors = f.authors or f.editors
    if authors:
        # One author in full ("Rutland, Peter"); more by family names, as a citation names them.
        if len(authors) == 2 and not f.et_al:
            who = f"{authors[0].sort_name} & {authors[1].sort_name}"
        elif len(authors) > 2 or f.et_al:
            who = f"{authors[0].sort_name} et al."
        else:
            who = authors[0].display()
    elif f.title:
        who = f"“{f.title.strip(' .')}”"
    else:
        who = ref.raw[:60]
    return f"{who} ({f.year})" if f.year else who


def title_words(title: str) -> list[str]:
    return words(title.replace("*", ""))  # "G*Power 3": the parser reads the entry's title as "GPower 3"


_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l", "der", "die", "das", "el", "il"})


def title_core(ws: list[str]) -> list[str]:
    """Title words without a leading article: "(“Kiowa Ranch”)" cites "The Kiowa Ranch"."""
    return ws[1:] if len(ws) > 1 and ws[0] in _ARTICLES else ws


DOC_SUFFIXES = ("report", "reports", "survey", "study", "review", "index", "brief", "paper", "statistics",
                "data", "website", "profile", "factsheet", "fact sheet")


def strip_doc_suffix(name: str) -> str:
    """"UN/IOM Report" -> "UN/IOM": a document named after its author."""
    low = name.lower()
    for suf in DOC_SUFFIXES:
        if low.endswith(" " + suf):
            return name[: -len(suf) - 1].strip()
    return name
