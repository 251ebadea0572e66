"""Citation commands in LaTeX source: natbib, biblatex and plain LaTeX.

Scanned by hand rather than with one big regular expression: optional
arguments may hold nested brackets and braces ("[see][{p.~3}]"), biblatex's
multi-cite commands repeat their argument groups, and a hand scanner is linear
on any input, never backtracking on a malformed file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Commands taking [pre][post]{keys}. natbib, biblatex, plain LaTeX; "s" forms take repeated groups.
_SINGLE = {
    "cite", "Cite", "citep", "Citep", "citet", "Citet", "citealp", "Citealp", "citealt", "Citealt",
    "citeauthor", "Citeauthor", "citeyear", "citeyearpar", "citenum", "citetitle", "Citetitle",
    "citedate", "citeurl", "citefullauthor",
    "parencite", "Parencite", "textcite", "Textcite", "autocite", "Autocite", "footcite", "Footcite",
    "footcitetext", "smartcite", "Smartcite", "supercite", "fullcite", "footfullcite", "volcite",
    "Volcite", "pvolcite", "fvolcite", "tvolcite", "avolcite", "nocite", "citeA", "citeN", "shortcite",
    "citeNP", "citeyearNP", "citeauthorNP",
}
_MULTI = {"cites", "Cites", "parencites", "Parencites", "footcites", "footcitetexts", "smartcites",
          "Smartcites", "textcites", "Textcites", "supercites", "autocites", "Autocites"}
_MAX_KEYS = 2000  # characters in one {key,key,...} group
_MAX_NOTE = 300  # characters in one [pre]/[post] note
_COMMAND = re.compile(r"\\([A-Za-z]+)(?![A-Za-z])")


@dataclass(slots=True)
class KeyUse:
    """One key inside one citation command."""

    key: str
    offset: int  # of the key's first character in the source text
    command: str  # "\\citep*"
    prenote: str | None = None
    postnote: str | None = None
    nocite: bool = False


def find_citations(code: str) -> list[KeyUse]:
    """Every key cited in CODE (comment-free LaTeX), in order; ``\\nocite{*}`` gives key "*"."""
    out: list[KeyUse] = []
    for m in _COMMAND.finditer(code):
        name = m.group(1)
        multi = name in _MULTI
        if not multi and name not in _SINGLE:
            continue
        pos = m.end()
        star = False
        if pos < len(code) and code[pos] == "*":
            star, pos = True, pos + 1
        command = "\\" + name + ("*" if star else "")
        if multi:  # (global pre)(global post) first
            for _ in range(2):
                q = _skip_space(code, pos)
                if q < len(code) and code[q] == "(":
                    _, q2 = _group(code, q, "(", ")")
                    if q2 is None:
                        break
                    pos = q2
        while True:
            opts: list[str] = []
            q = _skip_space(code, pos)
            while q < len(code) and code[q] == "[" and len(opts) < 2:
                if code.find("]", q, q + _MAX_NOTE) == -1:  # cheap test before the balanced scan
                    break
                inner, q2 = _group(code, q, "[", "]")
                if q2 is None:
                    break
                opts.append(inner)
                q = _skip_space(code, q2)
            if q >= len(code) or code[q] != "{":
                break
            close = code.find("}", q, q + _MAX_KEYS)
            inner = code[q + 1:close] if close != -1 else ""
            if close == -1 or "{" in inner:  # unclosed, or not a list of keys
                break
            q2 = close + 1
            pre, post = (None, opts[0]) if len(opts) == 1 else (opts[0], opts[1]) if opts else (None, None)
            out.extend(_keys(inner, q + 1, command, pre, post, nocite=name == "nocite"))
            pos = q2
            if not multi:
                break
    return out


def _keys(inner: str, start: int, command: str, pre: str | None, post: str | None,
          *, nocite: bool) -> list[KeyUse]:
    out = []
    offset = start
    for part in inner.split(","):
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            out.append(KeyUse(stripped, offset + lead, command, _note(pre), _note(post), nocite))
        offset += len(part) + 1
    return out


def _note(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.replace("~", " ").replace("{", "").replace("}", "").replace("--", "–").split())
    return text or None


def _skip_space(code: str, pos: int) -> int:
    """Skip blanks and at most one newline, as TeX does between a macro and its arguments."""
    newlines = 0
    while pos < len(code) and code[pos] in " \t\r\n":
        if code[pos] == "\n":
            newlines += 1
            if newlines > 1:  # a blank line is a paragraph break: the arguments are over
                break
        pos += 1
    return pos


def _group(code: str, pos: int, open_: str, close: str) -> tuple[str, int | None]:
    """The text of a balanced group starting at POS (which holds OPEN_) and the offset after it."""
    depth_brace = 0
    depth = 0
    limit = min(len(code), pos + _MAX_NOTE)  # an unclosed bracket must not make the scan quadratic
    for i in range(pos, limit):
        ch = code[i]
        if ch == "\\":
            continue
        if open_ != "{" and ch == "{":
            depth_brace += 1
        elif open_ != "{" and ch == "}":
            depth_brace -= 1
        elif ch == open_ and depth_brace == 0 and (i == pos or code[i - 1] != "\\"):
            depth += 1
        elif ch == close and depth_brace == 0 and code[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return code[pos + 1:i], i + 1
    return "", None
