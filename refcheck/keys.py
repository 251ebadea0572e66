"""Citation keys for BibTeX: stable, unique, readable ("rutland2000putin").

A key is a pure function of the entry plus its rank among entries with the
same base key, so the same input always yields the same keys.
"""

from __future__ import annotations

import re
import unicodedata

from refcheck.model import Fields, Name, Reference

# Words that make a name an organisation's, whatever order the parser put its words in; words that
# are also surnames (Press, Court, Bank, Union, Fund, ...) are left out.
_ORGANISATION = re.compile(
    r"\b(?:university|universit[éeä]t|universidad|universit[àa]|college|school|institute|institut|academy|"
    r"association|society|organi[sz]ation|department|ministry|agency|council|committee|commission|"
    r"foundation|cent(?:er|re)|bureau|laboratory|corporation|inc|ltd|nations|government|programme|"
    r"hospital|parliament|federation|consortium|authority)\b", re.I)
_INITIALS = re.compile(r"^(?:[A-Z]\.?[\s-]*)+$")

_STOPWORDS = frozenset({
    "a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "but", "with", "from", "by", "as",
    "about", "into", "over", "under", "is", "are", "was", "were", "be", "le", "la", "les", "der", "die",
    "das", "el", "los", "un", "une",
})


def as_organisation(name: Name) -> str | None:
    """The whole name when NAME is an organisation the parser split into family/given
    ('School', 'Harvard Law' -> 'Harvard Law School'), else None."""
    if name.literal is not None:
        return name.literal
    family, given = (name.family or "").strip(), (name.given or "").strip()
    if not family or _INITIALS.match(given) or re.search(r"(?:^|\s)[A-Z]\.", given):
        return None  # a person's initials: 'Press, William H.'
    if not _ORGANISATION.search(f"{given} {family}"):
        return None
    return f"{given} {family}".strip()


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _word(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


def _name_part(fields: Fields) -> str:
    names = fields.authors or fields.editors
    if names:
        first = names[0]
        organisation = as_organisation(first)  # also one the parser split: 'School, Harvard Law'
        if organisation is not None:
            words = [w for w in re.findall(r"[\w’'\-]+", organisation) if w.lower() not in _STOPWORDS]
            if len(words) >= 3:  # "United Nations Office on Drugs and Crime" -> "unodc"
                return "".join(_word(w)[:1] for w in words)
            return "".join(_word(w) for w in words)
        family = (first.family or "").split()
        return _word(family[-1]) if family else ""
    return ""


def _title_word(fields: Fields, skip: str = "") -> str:
    for w in re.findall(r"[\w’'\-]+", fields.title or ""):
        lw = _word(w)
        if lw and lw not in _STOPWORDS and lw != skip and not lw.isdigit():
            return lw
    return ""


def base_key(fields: Fields) -> str:
    name = _name_part(fields)
    year = re.sub(r"\D", "", fields.year or "")[:4]
    word = _title_word(fields, skip=name) if name else ""
    if not name:
        name = _title_word(fields) or _word(fields.container or "") [:20] or "anon"
    return f"{name[:30]}{year}{word[:20]}" or "ref"


def assign_keys(refs: list[Reference]) -> None:
    """Give every reference a unique key; later duplicates get a, b, c ... suffixes."""
    seen: dict[str, int] = {}
    used: set[str] = set()
    for ref in refs:
        base = base_key(ref.fields)
        n = seen.get(base, 0)
        key = base
        while key in used:
            key = base + _suffix(n)
            n += 1
        seen[base] = n
        used.add(key)
        ref.key = key


def _suffix(n: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[n] if n < 26 else letters[n // 26 - 1] + letters[n % 26]
