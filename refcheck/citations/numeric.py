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
    return out


def numeric_groups(text: str, spans: list[Span]) -> list[tuple[int, int, list[int]]]:
    """(start, end, numbers) for each numeric citation, joining "[3]–[6]" into one range."""
    out: list[tuple[int, int, list[int]]] = []
    i = 0
    bracket_spans = [s for s in spans if s.bracket == "[" and s.closed]
    while i < len(bracket_spans):
        s = bracket_spans[i]
        nums = numbers_in(s.content)
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
                out.append((s.start, nxt.end, list(range(nums[0], nxt_nums[0] + 1))))
                i += 2
                continue
        out.append((s.start, end, nums))
        i += 1
    return out
