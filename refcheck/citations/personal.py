"""Personal communications: "(J. Smith, personal communication, May 2, 2019)",
"(Interpersonal communication, June 14, 2009)", "(U.S. Embassy interpersonal
communication June 16, 2009)". APA says they never need a reference entry, so
they are recognized only to be left out of the cross-check.
"""

from __future__ import annotations

import re

PERSONAL_RE = re.compile(
    r"\b(?:inter)?personal\s+(?:communication|correspondence|interview|conversation|e-?mail)s?\b"
    r"|\b(?:telephone|phone|e-?mail)\s+(?:interview|conversation|communication|correspondence)\b"
    r"|\bunpublished\s+(?:interview|data)\b",
    re.IGNORECASE,
)


def is_personal(text: str) -> bool:
    return len(text) <= 200 and PERSONAL_RE.search(text) is not None


def who(text: str) -> str | None:
    """The person or body named before the words "personal communication", if any."""
    m = PERSONAL_RE.search(text)
    if not m:
        return None
    head = text[: m.start()].strip(" ,;")
    return head or None
