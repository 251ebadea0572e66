"""Find parenthesized and bracketed spans in body text, in linear time.

No regular expression spans a whole parenthesis: each "(" looks ahead a bounded
distance with str.find (C speed) and through at most a few nested brackets, so
10,000 unmatched parentheses or a 100,000-character line cost milliseconds,
never a backtracking blow-up. A "(" with no ")" before the paragraph ends is
returned as unclosed, because "(“Russia”, U." is a citation someone broke.
"""

from __future__ import annotations

import re

from refcheck._record import Record
from refcheck.text.patterns import CAPS, PAGE_BREAK_RE, RUNNING_HEAD_RE, page_break_at

MAX_SPAN = 900  # longest parenthetical we treat as a possible citation (eLife groups of 12 sources run to 600)
MAX_NEST = 12  # brackets examined inside one span before we give up on it

_CLOSE = {"(": ")", "[": "]"}


class Span(Record):
    """Immutable once made."""

    __slots__ = ("start", "end", "content", "bracket", "closed")
    start: int  # offset of the opening bracket
    end: int  # offset just past the closing bracket (or of the content end when unclosed)
    content: str
    bracket: str  # "(" or "["
    closed: bool

    def __init__(self, start: int, end: int, content: str, bracket: str, closed: bool) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "content", content)
        object.__setattr__(self, "bracket", bracket)
        object.__setattr__(self, "closed", closed)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: Span is immutable")

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.content, self.bracket, self.closed))

    def __reduce__(self) -> tuple:
        return Span, (self.start, self.end, self.content, self.bracket, self.closed)


def _paragraph_end(text: str, pos: int, limit: int) -> int:
    """Where the paragraph ends: at a blank line, unless the blank line opens a page break that a
    PDF left inside the paragraph ("(Walter et al.," / blank / "46    Author et al." / blank / "2010)")."""
    cut = text.find("\n\n", pos, limit)
    while cut != -1 and (past := page_break_at(text, cut)) is not None and past < limit:
        cut = text.find("\n\n", past, limit)
    return limit if cut == -1 else cut


def _without_page_breaks(content: str) -> str:
    """A span's words with a page's running head inside it blanked out (offsets kept)."""
    if "\n\n" not in content:
        return content
    return PAGE_BREAK_RE.sub(_blank_page_break, content)


def _blank_page_break(m: re.Match) -> str:
    if not RUNNING_HEAD_RE.match(m.group(1)):
        return m.group(0)
    if m.group(2) is not None and not RUNNING_HEAD_RE.match(m.group(2)):  # the next paragraph's line stays
        return " " * (m.start(2) - m.start()) + m.group(0)[m.start(2) - m.start():]
    return " " * len(m.group(0))


def find_spans(text: str, start: int, end: int) -> list[Span]:
    """All "(...)" and "[...]" spans that start inside text[start:end]."""
    spans: list[Span] = []
    find = text.find
    for opener in ("(", "["):
        closer = _CLOSE[opener]
        i = find(opener, start, end)
        while i != -1:
            limit = _paragraph_end(text, i + 1, min(end, i + 1 + MAX_SPAN))
            span = _match(text, i, limit, opener, closer)
            if span is not None:
                spans.append(span)
            i = find(opener, i + 1, end)
    spans.sort(key=lambda s: s.start)
    return spans


def _match(text: str, i: int, limit: int, opener: str, closer: str) -> Span | None:
    find = text.find
    depth = 1
    pos = i + 1
    for _ in range(MAX_NEST):
        close = find(closer, pos, limit)
        inner = find(opener, pos, close if close != -1 else limit)
        if inner != -1:
            depth += 1
            pos = inner + 1
            continue
        if close == -1:
            break
        depth -= 1
        pos = close + 1
        if depth == 0:
            return Span(i, close + 1, _without_page_breaks(text[i + 1 : close]), opener, True)
    else:
        return _run_on(text, i, limit, opener, closer)  # too deeply nested to be a citation, unless never closed
    if depth == 1 and pos == i + 1 and limit == i + 1 + MAX_SPAN and (close := text.find(closer, limit, _paragraph_end(
            text, limit, len(text)))) != -1 and text.find(opener, i + 1, limit) == -1:
        if _NAME_LIST_START.match(text, i + 1) and text.find(opener, i + 1, close) == -1:
            return Span(i, close + 1, text[i + 1 : close], opener, True)  # "(Adams MD, Celniker SE, ... 2000)"
        return None  # closed, but past MAX_SPAN: too long to be a citation, unless a whole Medline author list
    # Unclosed: content runs to the next opener, line end or limit.
    stop = limit
    for marker in (opener, "\n"):
        j = find(marker, i + 1, stop)
        if j != -1:
            stop = j
    return Span(i, stop, text[i + 1 : stop], opener, False)


# Four "Family INITIALS," names: a source's whole author list printed in its citation (citations/name_list.py)
_NAME_LIST_START = re.compile(r"(?:[" + CAPS + r"][\w'’-]+(?: [" + CAPS + r"][\w'’-]+)? [A-Z]{1,3}, ){4}")
_SENTENCE_GOES_ON = re.compile(r"\w{2}[.!?]{1,2}\s+[A-Z]")


def _run_on(text: str, i: int, limit: int, opener: str, closer: str) -> Span | None:
    """"(Wagner. This holds for an earlier wave (2004–2006) as well. ..." in a paragraph of many
    parentheses: the opener was never closed if a sentence ends before its first inner bracket."""
    inner = text.find(opener, i + 1, limit)
    close = text.find(closer, i + 1, limit)
    stop = min(j for j in (inner, close, text.find("\n", i + 1, limit)) if j != -1) if inner != -1 else -1
    if stop == -1 or stop != inner or not _SENTENCE_GOES_ON.search(text, i + 1, stop):
        return None
    return Span(i, stop, text[i + 1 : stop], opener, False)
