"""Journal / book / website name: "In:" prefixes, quotes, italics marks and separators removed."""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.normalizer.text import strip_quotes, trim

_IN = lazy(r"^\s*(?:in|dans|in:)\s*:?\s+", re.I)
# NLM/Vancouver marks an online source after the journal: "J Opt Soc Am [Internet]."
_MEDIUM = lazy(r"\s*\[(?:internet|online|serial (?:on the )?internet|electronic resource)\]", re.I)
_ED_TAIL = lazy(r"\s*\((?:eds?|hrsg|éds?)\.?\)\s*$", re.I)


def clean_container(text: str | None) -> str | None:
    if not text:
        return None
    t = text.replace("*", "").strip()
    t = _IN.sub("", t)
    t = _ED_TAIL.sub("", t)
    if "[" in t:
        t = _MEDIUM.sub("", t)
    raw = strip_quotes(t).rstrip(" ,;:")
    t = trim(raw)
    # An abbreviated journal name keeps the full stop of its last abbreviation ("IEEE Commun. Surveys Tuts.").
    if t and raw.endswith(".") and not raw.endswith("..") and re.search(r"\w\.\s", t) and len(t.split()[-1]) <= 5:
        t += "."
    return t or None
