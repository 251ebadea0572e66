"""Citation and entry gold from a rendered JATS article's own links (conventions of ../shared/data/articles).

Why: an unseen-paper yardstick needs gold nobody tuned refcheck against; the publisher's `<xref ref-type="bibr">`
links say which printed text cites which entry.  This module turns link spans into the project's gold format:
author-date `has` = the whole parenthesis when it holds only citations (with `part` = `;`-segment), else the printed
citation itself (narrative "Smith (2010)" keeps its parenthesis; a year-only link takes the name printed before it;
a name-only link takes the year after it); numeric runs ("[2]–[4]", "[1, 5]", "(1-3)") give one item per number.
"""

from __future__ import annotations

import re

from tools.jats_render import Rendered

YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?"
YEARISH = re.compile(rf"^\(?\s*(?:{YEAR}|in press|no prelo|en prensa|n\.d\.|s\.d\.|[a-z])"
                     rf"(?:\s*[,;]\s*(?:{YEAR}|[a-z]))*\s*\)?[,;]?$")
HAS_YEAR = re.compile(rf"{YEAR}|\b(?:in press|no prelo|en prensa|n\.d\.|s\.d\.)")
NAME = r"(?:(?:[vV]an|[vV]on|[dD]e|[dD]a|[dD]os|[dD]as|[dD]el|[lL]a|[lL]e|[dD]u|[dD]i|[dD]er|den|ter)\s+)*" \
       r"[A-Z\u00C0-\u00DE][\w'’\-\u00C0-\u017F]*\.?"
NAMES = rf"{NAME}(?:\s+{NAME})?(?:(?:\s*,\s*|\s*;\s*|\s+(?:and|&|e|y|und)\s+){NAME}(?:\s+{NAME})?)*(?:,?\s+et\s+al\.?)?"
NAME_BEFORE = re.compile(rf"({NAMES})(?:\s*,\s*|\s*\(\s*|\s+)(?:{YEAR}[,;]?\s*)*$")
YEAR_AFTER = re.compile(rf"^(?:\s*et\s+al\.?)?(?:\s*,|\s)?\s*(\(\s*{YEAR}(?:\s*[,;]\s*{YEAR})*\s*\)|{YEAR})")
ALLOWED = set("""see e.g e.g. eg cf cf. also and or for review reviews reviewed in i.e ie i.e. for example respectively
but ver por exemplo citado por apud entre outros among others y e et al as and/or in: ref refs reference references
especially particularly notably recently previously originally later first earlier more recent vide veja
see also op. cit. p pp pág págs s f ff and references therein therein""".split())
NUMERIC_LINK = re.compile(r"^[\[(]?\s*\d+[a-z]?\s*(?:[,\-\u2013\u2014]\s*\d+[a-z]?\s*)*[\])]?$")
RUN_CHARS = set("0123456789,;-\u2013\u2014 []")


def is_numeric(r: Rendered) -> bool:
    texts = [r.text[s:e] for s, e, _ in r.links]
    return bool(texts) and sum(numeric_link(t, len(r.entries)) for t in texts) >= 0.8 * len(texts)


def numeric_link(t: str, n_entries: int) -> bool:
    """A link printed as a number; a year alone (PMC author-date: "Smith et al. (<xref>2007</xref>)") is not one."""
    return bool(NUMERIC_LINK.match(t)) and all(int(n) < 1000 or int(n) <= n_entries for n in re.findall(r"\d+", t))


def occurrence(text: str, has: str, at: int) -> int:
    """1-based index of the occurrence of `has` starting at `at`, counted as score.py finds them (overlapping)."""
    k, i = 0, -1
    while True:
        i = text.find(has, i + 1)
        if i < 0:
            raise ValueError(f"{has!r} not found at {at}")
        k += 1
        if i == at:
            return k
        if i > at:
            raise ValueError(f"{has!r} does not start at {at}")


def para_bounds(text: str, s: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    return a, (len(text) if b < 0 else b)


# ---- numeric ------------------------------------------------------------------------------------------------------
def numeric_runs(r: Rendered) -> tuple[list[dict], int]:
    """Gold items for numeric papers; also counts links outside any bracket/parenthesis run (superscripts)."""
    text = r.text
    by_label = {e.label: e for e in r.entries}
    items: list[dict] = []
    bare = 0
    done: set[tuple[int, int]] = set()
    for s, e, _ in r.links:
        a, b = s, e
        while a > 0 and text[a - 1] in RUN_CHARS or (a > 0 and text[a - 1] == "("):
            a -= 1
            if text[a] == "(":
                break
        while b < len(text) and (text[b] in RUN_CHARS or text[b] == ")"):
            b += 1
            if text[b - 1] == ")":
                break
        seg = text[a:b]
        lo = min((i for i in (seg.find("["), seg.find("(")) if 0 <= i <= s - a), default=-1)
        hi = seg.rfind("]" if lo >= 0 and seg[lo] == "[" else ")")
        if lo < 0 or hi < e - a - 1:
            bare += 1
            continue
        a, b = a + lo, a + hi + 1
        run = text[a:b]
        if run.startswith("("):
            if not run.endswith(")"):
                bare += 1
                continue
            a, b, run = a + 1, b - 1, run[1:-1]
        elif not run.endswith("]"):
            bare += 1
            continue
        if (a, b) in done:
            continue
        done.add((a, b))
        nums = expand(run)
        occ = occurrence(text, run, a)
        for k, n in enumerate(nums, 1):
            ent = by_label.get(str(n))
            if ent is None:
                continue
            item = {"has": run, "occurrence": occ}
            if len(nums) > 1:
                item["part"] = k
            item.update({"expect": "ok", "ref": ent.has})
            items.append(item)
    return items, bare


def expand(run: str) -> list[int]:
    nums: list[int] = []
    for m in re.finditer(r"(\d+)(?:\]?\s*[\-\u2013\u2014]\s*\[?(\d+))?", run):
        a, b = int(m.group(1)), m.group(2)
        nums.extend(range(a, int(b) + 1) if b and int(b) >= a and int(b) - a < 200 else [a])
    return nums


# ---- author-date --------------------------------------------------------------------------------------------------
def citation_span(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The printed citation a link belongs to, or None for a yearless mention (not a gold citation)."""
    t = text[s:e]
    pa, pb = para_bounds(text, s)
    if YEARISH.match(t.strip()):
        left = text[max(pa, s - 160):s]
        m = NAME_BEFORE.search(left)
        if not m:
            return None
        cs = s - len(left) + m.start(1)
        ce = e
        between = text[cs:s]
        if "(" in between and ")" not in text[cs:e] and text.find(")", e) >= 0 and text.find(")", e) < pb:
            close = text.find(")", e)
            if re.fullmatch(rf"(?:[\s,;]|{YEAR})*", text[e:close]):
                ce = close + 1
        return cs, ce
    if not HAS_YEAR.search(t):
        m = YEAR_AFTER.match(text[e:pb])
        if not m:
            return None
        return s, e + m.end()
    ce = e
    if t.count("(") > t.count(")"):
        close = text.find(")", e)
        if 0 <= close < pb:
            ce = close + 1
    return s, ce


def enclosing(text: str, cs: int, ce: int) -> tuple[int, int] | None:
    """Innermost balanced parenthesis around [cs, ce) that is not the citation's own narrative parenthesis."""
    pa, pb = para_bounds(text, cs)
    depth = 0
    i = cs - 1
    while i >= pa:
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                break
            depth -= 1
        i -= 1
    else:
        return None
    if text[cs] == "(" and text[ce - 1] == ")" and i < pa:
        return None
    open_at = i
    depth = 0
    j = open_at + 1
    while j < pb:
        c = text[j]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return (open_at, j + 1) if j + 1 >= ce else None
            depth -= 1
        j += 1
    return None


def only_citations(content: str) -> bool:
    rest = re.sub(r"\b(?:pp?|p[áa]gs?|s|ff?|fig|figs|table)\.?\s*\d+(?:\s*[\-\u2013]\s*\d+)?", " ", content,
                  flags=re.I)
    rest = re.sub(r"[:,;.\s\d\-\u2013&/]+", " ", rest)
    words = [w for w in rest.lower().split() if w]
    return all(w.strip(".") in ALLOWED or w in ALLOWED for w in words)


def author_date(r: Rendered) -> tuple[list[dict], set[str]]:
    """Gold items for author-date papers, and the entry ids reached only through yearless mentions."""
    text = r.text
    by_rid = {e.rid: e for e in r.entries}
    spans = []
    yearless: set[str] = set()
    for s, e, rids in r.links:
        c = citation_span(text, s, e)
        if c is None:
            yearless.update(rids)
            continue
        spans.append((c, rids))
    items = []
    seen = set()
    for (cs, ce), rids in spans:
        has, start, part = text[cs:ce], cs, None
        enc = enclosing(text, cs, ce)
        if enc is not None:
            p, q = enc
            content = text[p + 1:q - 1]
            inner = [(a - p - 1, b - p - 1) for (a, b), _ in spans if a >= p + 1 and b <= q - 1]
            cut = content
            for a, b in sorted(inner, reverse=True):
                cut = cut[:a] + " " + cut[b:]
            segments = content.split(";")
            abnt = len(segments) > 1 and any(not HAS_YEAR.search(sg) for sg in segments)
            if inner and only_citations(cut) and not abnt:
                has, start = text[p:q], p
                if len(segments) > 1:
                    part = text[p + 1:cs].count(";") + 1
        has = has.strip()
        if has.endswith(")") and has.count(")") > has.count("("):  # a link that swallowed the group's ")"
            has = has[:-1].rstrip()
        if has.startswith("(") and has.count("(") > has.count(")"):
            has = has[1:].lstrip()
        if not has or "\n" in has:
            continue
        start = text.find(has, start)
        occ = occurrence(text, has, start)
        for rid in rids:
            ent = by_rid.get(rid)
            if ent is None:
                continue
            key = (has, occ, part, ent.has)
            if key in seen:
                continue
            seen.add(key)
            item = {"has": has, "occurrence": occ}
            if part is not None:
                item["part"] = part
            item.update({"expect": "ok", "ref": ent.has})
            items.append(item)
    cited = {rid for _, rids in spans for rid in rids}
    return items, yearless - cited


def entry_has(text: str, entry_text: str, at: int) -> str:
    """Shortest prefix (>= 28 chars, ending at a word end) of the printed entry that occurs once in the file."""
    n = 28
    while True:
        while n < len(entry_text) and entry_text[n - 1].isalnum() and entry_text[n].isalnum():
            n += 1
        cand = entry_text[:n].rstrip()
        if text.count(cand) == 1 or n >= len(entry_text):
            return cand
        n += 1
