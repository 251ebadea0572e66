"""Read a marked rendering back: clean text plus gold in the project's gold format.

The rendered text still carries the marks put in by tools/corpus/papers.py: an
opening mark numbering each citation and a closing mark after it, and a mark
numbering each reference inside its entry. Citations, entries and notes are
located from the marks, the marks are stripped, and each gold item is written
as a verbatim `has` substring with its 1-based `occurrence` in the clean text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.corpus.papers import CITE_CLOSE, CITE_OPEN, ENTRY_MARK, Paper

MARK = re.compile("[\ue000-\uf8ff]")
GOLD_TYPES = {"article-journal": "article", "article": "article", "book": "book", "chapter": "chapter",
              "paper-conference": "chapter", "entry-encyclopedia": "chapter", "report": "report",
              "thesis": "thesis", "webpage": "web", "legislation": "law"}
SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
NUM_RUN = re.compile(r"\\?\[[^\]\n]*?\d[^\]\n]*?\\?\](?:\s*[,–-]+\s*\\?\[[^\]\n]*?\\?\])*"
                     rf"|\(\d[\d,\s–\-]*\)|[{SUPERSCRIPT}][{SUPERSCRIPT}˒,⁻–\-]*|\^\([^)]*\)")

PREFIXED_RUN = re.compile(r"\^?\\?[\[(][^\d\])]+?(\d[\d,\s–\-]*\d)\\?[\])]")  # a prefix, then 2+ numbers


@dataclass
class Located:
    """Where things are in the clean text."""

    text: str
    cites: dict[int, tuple[int, int]]  # citation index -> span
    entries: dict[int, tuple[int, int]]  # reference index -> paragraph span
    notes: dict[int, tuple[int, int]]  # note number -> span of its text (label excluded)


def locate(marked: str, markdown: bool = False, with_notes: bool = False) -> Located:
    """Strip the marks, remembering where each citation, entry and note is."""
    out: list[str] = []
    opened: dict[int, int] = {}
    cites: dict[int, tuple[int, int]] = {}
    entry_at: list[tuple[int, int]] = []
    stack: list[int] = []
    for ch in marked:
        code = ord(ch)
        if ch == CITE_CLOSE:
            j = stack.pop()
            cites[j] = (opened[j], len(out))
        elif CITE_OPEN <= code < CITE_OPEN + 1024:
            stack.append(code - CITE_OPEN)
            opened[code - CITE_OPEN] = len(out)
        elif ENTRY_MARK <= code < ENTRY_MARK + 255:
            entry_at.append((len(out), code - ENTRY_MARK))
        elif MARK.match(ch):
            continue
        else:
            out.append(ch)
    text = "".join(out)
    heading = re.search(r"^(## )?References$", text, re.M)
    start = heading.end() if heading else len(text)
    note_re = r"^\[\^(\d+)\]: " if markdown else r"^\[(\d+)\] "
    first_note = re.search(note_re, text[start:], re.M) if with_notes else None
    end = start + first_note.start() if first_note else len(text)
    entries: dict[int, tuple[int, int]] = {}
    for pos, i in entry_at:
        if start <= pos < end and i not in entries:
            a = text.rfind("\n\n", 0, pos) + 2
            b = text.find("\n\n", pos)
            entries[i] = (a, b if b >= 0 else len(text.rstrip("\n")))
    notes = {}
    for m in re.finditer(note_re, text[end:] if with_notes else "", re.M):
        a = end + m.end()
        b = text.find("\n\n", a)
        notes[int(m.group(1))] = (a, b if b >= 0 else len(text.rstrip("\n")))
    return Located(text, cites, entries, notes)


def occurrence(text: str, has: str, at: int) -> int:
    """1-based occurrence of `has` that starts at `at`, counted as score.py counts (overlaps included)."""
    k, i = 0, -1
    while True:
        i = text.find(has, i + 1)
        if i < 0 or i > at:
            return max(k, 1)
        k += 1
        if i == at:
            return k


def unique_prefix(text: str, span: tuple[int, int], minimum: int = 28) -> str:
    """The shortest prefix of an entry (>= `minimum` chars, ending at a word end) found once in `text`."""
    para = text[span[0]:span[1]]
    for m in re.finditer(r"\S(?=\s|$)", para):  # token ends (a combining accent is no word end)
        cut = m.end()
        if cut >= minimum and text.count(para[:cut]) == 1:
            return para[:cut]
    return para


def numbers(run: str) -> list[int]:
    """'[2]–[4]' / '1,3' / '¹⁻³' -> the cited numbers, ranges expanded."""
    run = run.translate({ord(s): str(d) for d, s in enumerate(SUPERSCRIPT)}).replace("⁻", "-").replace("˒", ",")
    out: list[int] = []
    for m in re.finditer(r"(\d+)(?:\\?\]?\s*[–\-]+\s*\\?\[?(\d+))?", run):
        a, b = int(m.group(1)), m.group(2)
        out.extend(range(a, int(b) + 1) if b and 0 <= int(b) - a < 50 else [a])
    return out


def family(csl: dict) -> str:
    for role in ("author", "editor"):
        if csl.get(role):
            name = csl[role][0]
            return name.get("family") or name.get("literal") or ""
    return ""


def year_of(csl: dict) -> str | None:
    parts = (csl.get("issued") or {}).get("date-parts") or [[None]]
    return str(parts[0][0]) if parts[0] and parts[0][0] else None


def clean(value: str) -> str:
    return MARK.sub("", value)


def entry_gold(paper: Paper, loc: Located) -> dict[str, dict]:
    """Reference key -> its gold entry (only entries printed in the list)."""
    out = {}
    for i, span in sorted(loc.entries.items(), key=lambda kv: kv[1]):
        csl = paper.refs[i]
        para = loc.text[span[0]:span[1]]
        doi = csl.get("DOI") if csl.get("DOI") and csl["DOI"] in para else None
        url = csl.get("URL") if csl.get("URL") and csl["URL"] in para else None
        out[csl["id"]] = {"has": unique_prefix(loc.text, span), "type": GOLD_TYPES.get(csl.get("type"), "misc"),
                          "first_author_family": family(csl) or None, "year": year_of(csl),
                          "title_has": " ".join(clean(csl["title"]).split()[:5]), "doi": doi, "url": url}
    return out


def _parts_for(paper: Paper, keys: list[str], inner: str) -> list[int]:
    """Which ';'-separated part of a group each key is (citeproc may sort a group). Keys whose family
    name the text prints are placed first; a key whose name was mutated ("Michaalski" for
    "Michalski") keeps its source position if that part is free, else takes the free part most like
    its name and year (citeproc's sorting gave its position to another key)."""
    from difflib import SequenceMatcher

    parts = [p.casefold() for p in inner.split(";")]
    found: dict[int, int] = {}
    used: set[int] = set()
    names = []
    for n, key in enumerate(keys):
        csl = next(r for r in paper.refs if r["id"] == key)
        fam, year = family(csl).casefold().split(",")[0], year_of(csl) or ""
        names.append((fam, year))
        hits = [k for k, p in enumerate(parts) if k not in used and fam and fam in p and year in p]
        if hits:
            found[n] = hits[0]
            used.add(hits[0])
    for n, (fam, year) in enumerate(names):
        if n in found:
            continue
        free = [k for k in range(len(parts)) if k not in used]
        if n in free:
            k = n  # notes and unsorted groups keep the source order
        elif free:
            k = max(free, key=lambda k: (year in parts[k], SequenceMatcher(None, fam, parts[k]).ratio()))
        else:
            k = n if n < len(parts) else len(parts) - 1
        found[n] = k
        used.add(k)
    return [found[n] + 1 for n in range(len(keys))]


def citation_gold(paper: Paper, loc: Located, kind: str, entries: dict[str, dict],
                  markdown: bool = False) -> list[dict]:
    """One gold citation per cited key of every citation, in text order."""
    number_of = {}
    if kind == "numeric":
        for i, (a, _b) in loc.entries.items():
            m = re.match(r"\\?[\[(]?(\d+)", loc.text[a:a + 8])
            if m:
                number_of[paper.refs[i]["id"]] = int(m.group(1))
    gold = []
    for j, (s, e) in sorted(loc.cites.items(), key=lambda kv: kv[1]):
        keys = paper.cites[j]
        span_text = loc.text[s:e]
        has, at, parts = span_text.strip(), s + (len(span_text) - len(span_text.lstrip())), None
        alone: dict[int, tuple[str, int]] = {}  # key index -> its own (has, at) outside the run
        if kind == "note":
            found = re.findall(r"\[\^?(\d+)\]", span_text)
            if not found or int(found[-1]) not in loc.notes:
                continue
            a, b = loc.notes[int(found[-1])]
            has, at = loc.text[a:b].strip(), a
            parts = _parts_for(paper, keys, has) if len(keys) > 1 else None
        elif kind == "numeric":
            m = NUM_RUN.search(span_text)
            if m:
                has, at = m.group(0), s + m.start()
                if has.startswith("(") and re.fullmatch(r"\([\d,\s–\-]+\)", has):
                    has, at = has[1:-1], at + 1
            run = PREFIXED_RUN.fullmatch(has)
            if run:  # "(e.g., 3,4,5)": the numbers alone, so that a scorer can expand them
                has, at = run.group(1), at + run.start(1)
            nums = numbers(has)
            parts = []
            for n, key in enumerate(keys):
                num = number_of.get(key)
                if num not in nums and m is not None:
                    # "[9], see [21], [23]": a signal breaks the run; a number after it is its own bracket
                    own = re.search(rf"\\?\[{num}(?:,[^\]\n]*)?\\?\]", span_text[m.end():]) if num else None
                    if own is not None:
                        alone[n] = (own.group(0), s + m.end() + own.start())
                        parts.append(1)
                        continue
                parts.append(nums.index(num) + 1 if num in nums else 0)
            # A key with no number in the list (its entry deleted) has the position no listed key claims.
            free = [k for k in range(1, len(nums) + 1) if k not in parts]
            parts = [p or (free.pop(0) if free else n + 1) for n, p in enumerate(parts)]
            if len(nums) <= 1 and len(keys) == 1:
                parts = None
        elif len(keys) > 1:
            parts = _parts_for(paper, keys, has.strip("()[] "))
        group: list[dict] = []
        for n, key in enumerate(keys):
            key_has, key_at = alone.get(n, (has, at))
            item = {"has": key_has, "occurrence": occurrence(loc.text, key_has, key_at)}
            if parts and n not in alone:
                item["part"] = parts[n]
            item.update({"expect": "ok", "ref": entries[key]["has"] if key in entries else None,
                         "key": key, "cite": j})
            if key not in entries:
                item["expect"] = "no-entry"
            group.append(item)
        # the parts of one group in printed order (citeproc may have sorted the keys): a scorer that
        # aligns each gold part to the next unused citation of the span then pairs them as printed
        gold.extend(sorted(group, key=lambda it: it.get("part", 0)))
    return gold
