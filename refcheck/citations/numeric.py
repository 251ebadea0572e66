"""IEEE / numeric citations: "[1]", "[2], [5]", "[3]–[6]", "[1, 4]", "[1-3]".

Only bracketed digit lists count: "[sic]", "[persons]" and Markdown link text
are left alone. A range between two brackets ("[3]–[6]") cites every number
in it.
"""

from __future__ import annotations

import re

from refcheck.citations.scan import Span

_NUMLIST_RE = re.compile(r"\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?){0,30}\s*")
_RANGE_SEP = "-–—"
MAX_RANGE = 200


def numbers_in(content: str) -> list[int] | None:
    """[1, 4] -> [1, 4]; [1-3] -> [1, 2, 3]; None unless the content is a number list."""
    if len(content) > 200 or not _NUMLIST_RE.fullmatch(content):
        return None
    out: list[int] = []
    for piece in content.split(","):
        piece = piece.strip()
        bounds = re.split(r"\s*[-–—]\s*", piece)
        if len(bounds) == 2:
            a, b = int(bounds[0]), int(bounds[1])
            if a <= b and b - a <= MAX_RANGE:
                out.extend(range(a, b + 1))
            else:
                out.extend((a, b))
        else:
            out.append(int(piece))
    # Entries are numbered from 1: "[0, 1]" is an interval, "[0]" an index.
    return None if 0 in out else out


# "[4, Sec. 3]", "[6, Fig. 2]", "[5, p. 4]", "[12, Art. 9]", "[2, Sec. III]": one source and a place in it.
_WITH_LOCATOR_RE = re.compile(
    r"\s*(\d{1,4})\s*,\s*((?:sec|secs|sect|fig|figs|tab|table|alg|art|eq|eqs|ch|chap|thm|lem|lemma|app|appx|def|prop"
    r"|cor|ex|pp?|para|ll?|vol|no)\.?\s*[\w.:]{1,12}(?:\s*[-–]\s*[\w.]{1,8})?)\s*", re.IGNORECASE)


def with_locator(content: str) -> tuple[int, str] | None:
    """[4, Sec. 3] -> (4, "Sec. 3")."""
    m = _WITH_LOCATOR_RE.fullmatch(content) if len(content) <= 40 else None
    return (int(m.group(1)), m.group(2)) if m else None


def numeric_groups(text: str, spans: list[Span]) -> list[tuple[int, int, list[int], str | None]]:
    """(start, end, numbers, locator) for each numeric citation, joining "[3]–[6]" into one range."""
    out: list[tuple[int, int, list[int], str | None]] = []
    i = 0
    bracket_spans = [s for s in spans if s.bracket == "[" and s.closed]
    while i < len(bracket_spans):
        s = bracket_spans[i]
        nums = numbers_in(s.content)
        if nums is None and (found := with_locator(s.content)) is not None:
            out.append((s.start, s.end, [found[0]], found[1]))
            i += 1
            continue
        if nums is None or (s.end < len(text) and text[s.end:s.end + 1] == "("):
            i += 1
            continue
        end = s.end
        if i + 1 < len(bracket_spans):
            nxt = bracket_spans[i + 1]
            gap = text[s.end:nxt.start]
            nxt_nums = numbers_in(nxt.content)
            if nxt_nums and len(nums) == 1 and len(nxt_nums) == 1 and gap.strip() in tuple(_RANGE_SEP) \
                    and len(gap) <= 3 and 0 < nxt_nums[0] - nums[0] <= MAX_RANGE:
                out.append((s.start, nxt.end, list(range(nums[0], nxt_nums[0] + 1)), None))
                i += 2
                continue
        out.append((s.start, end, nums, None))
        i += 1
    return out
