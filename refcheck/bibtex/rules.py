"""The documented normalizations of a field value, and what a value means.

Each rule is a pure function from a field's content (the text inside its
braces or quotes) to the content it should have, or None when it is fine. The
linter reports what a rule would change; ``bib --fix`` applies it. The same
module says what a value *means* (:func:`meaning`): the rules change how a value
is written, never its meaning, and the writer refuses any output where an
entry's (field, meaning) pairs differ from the input's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from refcheck.bibtex.latex_escape import escape_char
from refcheck.bibtex.types import MONTHS, NAME_FIELDS, RECASED_FIELDS, VERBATIM_FIELDS, month_number

_DOI_PREFIX = re.compile(r"^\s*(?:https?://(?:dx\.|www\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_PAGE = r"(?:[A-Za-z]{0,3}\d+[A-Za-z]?|[ivxlcdm]+|[IVXLCDM]+)"
_DASH = r"\s*(?:-{1,3}|–|—|\\textendash(?:\{\})?|\\textemdash(?:\{\})?)\s*"
_PAGES = re.compile(rf"^\s*{_PAGE}(?:{_DASH}{_PAGE})?(?:\s*,\s*{_PAGE}(?:{_DASH}{_PAGE})?)*\s*$")
_RANGE = re.compile(rf"({_PAGE}){_DASH}({_PAGE})")
_WORD = re.compile(r"[A-Za-z0-9]+")
_LINK_MACROS = re.compile(r"\\(?:url|href|path|verb|nolinkurl)\b")


def fix_pages(content: str) -> str | None:
    """'1-20', '1 – 20', '1---20' -> '1--20' (BibTeX's en dash); only for plain page lists."""
    if not _PAGES.match(content):
        return None
    fixed = _RANGE.sub(r"\1--\2", content.strip())
    return fixed if fixed != content else None


def fix_month(content: str) -> str | None:
    """'March', 'mar.', 'Sept' -> the macro 'mar' (written bare, without braces)."""
    n = month_number(content)
    return MONTHS[n - 1] if n else None


def fix_doi(content: str) -> str | None:
    """'https://doi.org/10.1/x' or 'doi:10.1/x' -> '10.1/x'."""
    m = _DOI_PREFIX.match(content)
    return content[m.end():].strip() if m and content[m.end():].strip().startswith("10.") else None


def name_parts(content: str) -> list[str]:
    """A name list split at its top-level ``and`` (BibTeX's rule: braces hide an ``and``)."""
    parts, depth, last, i = [], 0, 0, 0
    while i < len(content):
        ch = content[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and content.startswith("and", i) and (i == 0 or content[i - 1].isspace()) and \
                (i + 3 == len(content) or content[i + 3].isspace()):
            parts.append(content[last:i])
            last = i + 3
            i += 3
            continue
        i += 1
    parts.append(content[last:])
    return parts


def fix_names(content: str) -> str | None:
    """'Smith and and Jones', 'and Smith', 'Smith and' -> 'Smith and Jones', 'Smith'."""
    parts = [p.strip() for p in name_parts(content)]
    if all(parts) or not any(parts):
        return None
    return " and ".join(p for p in parts if p)


def unprotected_capitals(content: str) -> list[tuple[int, str]]:
    """Words a style would lower-case although they carry capitals inside (NASA, iPhone, 3D):
    (offset in CONTENT, word) for those outside braces, math and macro names."""
    out: list[tuple[int, str]] = []
    depth, math, start = 0, False, 0

    def words(seg_start: int, seg_end: int) -> None:
        for m in _WORD.finditer(content, seg_start, seg_end):
            if m.start() > 0 and content[m.start() - 1] == "\\":
                continue  # a macro name
            word = m.group(0)
            if any(c.isupper() for c in word[1:]) and any(c.isalpha() for c in word):
                out.append((m.start(), word))

    for i, ch in enumerate(content):
        if ch == "{":
            if depth == 0 and not math:
                words(start, i)
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                start = i + 1
        elif ch == "$" and depth == 0:
            if not math:
                words(start, i)
            math = not math
            start = i + 1
    if depth == 0 and not math:
        words(start, len(content))
    return out


def fix_title(content: str) -> str | None:
    """Braces around the words :func:`unprotected_capitals` finds: '{NASA} missions'."""
    found = unprotected_capitals(content)
    if not found:
        return None
    out, pos = [], 0
    for offset, word in found:
        out.append(content[pos:offset] + "{" + word + "}")
        pos = offset + len(word)
    return "".join(out) + content[pos:]


def non_ascii(content: str) -> int | None:
    """Offset of the first character classic 8-bit bibtex cannot sort or purify, else None."""
    for i, ch in enumerate(content):
        if ord(ch) > 127:
            return i
    return None


def fix_escape(content: str) -> str | None:
    """Accented Latin letters -> LaTeX accents ('é' -> {\\'e}); other characters are left alone."""
    if _LINK_MACROS.search(content) or all(ord(c) < 128 for c in content):
        return None
    out = []
    for ch in content:
        escaped = escape_char(ch) if ord(ch) > 127 and ch.isalpha() else ch
        out.append(escaped if escaped.isascii() else ch)
    fixed = "".join(out)
    return fixed if fixed != content else None


Rule = Callable[[str], "str | None"]


def rules_for(field: str) -> list[tuple[str, Rule]]:
    """The (rule name, content -> content | None) rules that apply to FIELD, in order."""
    if field in VERBATIM_FIELDS:
        return [("doi", fix_doi)] if field == "doi" else []
    rules: list[tuple[str, Rule]] = []
    if field == "pages":
        rules.append(("pages", fix_pages))
    if field == "month":
        rules.append(("month", fix_month))
    if field in NAME_FIELDS:
        rules.append(("names", fix_names))
    if field in RECASED_FIELDS:
        rules.append(("title", fix_title))
    rules.append(("escape", fix_escape))
    return rules


def meaning(field: str, text: str) -> str:
    """What a field's value (macros expanded) says, with the writing the rules change folded away."""
    from refcheck.bibtex.latex_text import to_text as _text

    if field == "doi":
        text = fix_doi(text) or text
        return text.strip().lower()
    if field in VERBATIM_FIELDS:
        return " ".join(text.split())
    if field == "month":
        n = month_number(_text(text))
        return str(n) if n else _text(text)
    if field == "pages":
        return re.sub(r"\s*[-–—]+\s*", "-", _text(re.sub(_DASH, "-", text)))
    if field in NAME_FIELDS:
        return " and ".join(_text(p) for p in name_parts(text) if p.strip())
    return _text(text)
