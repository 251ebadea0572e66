"""Access date ("Accessed 3 Mar. 2020", "Retrieved March 3, 2020, from") -> ISO date."""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.normalizer.date import parse_date

_ACCESS = lazy(r"\b(?:accessed|retrieved|viewed|consulted|last visited|abgerufen(?: am)?|consulté le)\b"
                     r"(?:\s+on)?[\s:,]*(?P<date>[^()]{6,40}?\d{4}(?:-\d\d-\d\d)?)", re.I)
# A statement that the text after it is when the work was read, not when it was published
# ("Accessed: Apr. 19, 2018", "Acesso em: 3 fev. 2017", "Consultado: 5 Septiembre 2014").
ACCESS_WORD = re.compile(r"\b(?:accessed|retrieved|viewed|consulted|abgerufen|consulté|acesso em|acessado|"
                         r"consultado|accedido|last access|acceso)\b", re.I)
_ISO_ONLY = lazy(r"^\d{4}-\d\d(?:-\d\d)?$")
_ACCESS_WORDS = ("accessed", "retrieved", "viewed", "consulted", "last visited", "abgerufen", "consulté")
# Characters that re.IGNORECASE matches to a letter of those words but str.lower() does not lower to it.
_ODD_CASE = "\u0130\u0131\u017f\u212a"


def find_accessed(text: str | None) -> str | None:
    """The access date the entry states, if any."""
    if not text:
        return None
    lower = text.lower()
    if not any(w in lower for w in _ACCESS_WORDS) and (text.isascii() or not any(c in text for c in _ODD_CASE)):
        return None  # no access word: _ACCESS cannot match (checked first as it is cheaper)
    m = _ACCESS.search(text)
    if not m:
        return None
    d = parse_date(m.group("date"))
    return d if d and _ISO_ONLY.match(d) else None
