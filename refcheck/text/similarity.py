"""String distances for did-you-mean: the same numbers as rapidfuzz's OSA.distance and
fuzz.ratio, in plain Python.

The strings compared are short names, so these cost less than importing rapidfuzz
(~15 ms) would at start-up.
"""

from __future__ import annotations


def osa_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and
    transpositions of adjacent characters, each costing 1 (rapidfuzz OSA.distance)."""
    if a == b:
        return 0
    if not a or not b:
        return len(a) or len(b)
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                d = min(d, prev2[j - 2] + 1)
            cur[j] = d
        prev2, prev = prev, cur
    return prev[-1]


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence (bit-parallel, one integer per row)."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for ch in b:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def ratio(a: str, b: str) -> float:
    """Normalized Indel similarity times 100 (rapidfuzz fuzz.ratio, no processor)."""
    total = len(a) + len(b)
    if not total:
        return 100.0
    dist = total - 2 * lcs_length(a, b)
    return (1.0 - dist / total) * 100
