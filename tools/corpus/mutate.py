"""Planted problems, made on the marked rendering so the gold stays exact.

Two kinds. In the source: an extra entry nobody cites (nocite) and a duplicated
entry (the same work under a second key, cited once when the original is cited
more than once: citeproc then prints 2019a/2019b, as it does for a user with a
duplicate bibliography record). In the rendered text, where the marks still say
which citation and which entry each character belongs to: a cited family name
misspelt (one letter changed, two letters swapped, or a letter doubled), a cited
year off by one, an entry deleted (its citations become no-entry), a closing
parenthesis, bracket or quotation mark dropped (malformed-citation), the a/b
letters of a same-author-same-year pair removed (ambiguous), and in numeric
styles a citation number past the end of the list (no-entry).
"""

from __future__ import annotations

import copy
import random
import re
from dataclasses import dataclass, field

from tools.corpus.gold import SUPERSCRIPT, Located, family, year_of
from tools.corpus.papers import CITE_CLOSE, CITE_OPEN, ENTRY_MARK, Paper


@dataclass
class Plan:
    """What was planted: overrides of the gold per (citation, key), and entry-level facts."""

    expect: dict[tuple[int, str], str] = field(default_factory=dict)
    ambiguous: list[str] = field(default_factory=list)  # keys whose citations fit two entries
    deleted: list[str] = field(default_factory=list)
    uncited: list[str] = field(default_factory=list)
    uncited_allowed: list[str] = field(default_factory=list)  # an 'uncited' here is neither required nor false
    duplicate: tuple[str, str] | None = None
    planted: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # kinds tried on this paper that found no visible place


def add_source_problems(rng: random.Random, paper: Paper, pool: list[dict], plan: Plan) -> Paper:
    """The mutated paper's source: one extra uncited entry and one duplicated entry."""
    mutated = copy.deepcopy(paper)
    n = len(mutated.refs)
    titles = {r["title"][:-1] for r in paper.refs}
    extra = copy.deepcopy(rng.choice([w for w in pool if w.get("author") and w["title"] not in titles]))
    extra["id"] = f"r{n:03d}"
    extra["title"] += chr(ENTRY_MARK + n)
    special = {k for keys in paper.pairs.values() for k in keys}
    counts = {r["id"]: sum(keys.count(r["id"]) for keys in paper.cites) for r in paper.refs}
    choices = [r for r in paper.refs if r["id"] not in special]
    original = rng.choice(choices)
    dup = copy.deepcopy(original)
    dup["id"] = f"r{n + 1:03d}"
    dup["title"] = dup["title"][:-1] + chr(ENTRY_MARK + n + 1)
    # printed twice, not identically: a field from the middle of the entry goes (one from the end would
    # leave an entry that is a prefix of the other, which no 'has' can tell apart)
    for key in ("page", "volume", "issue", "publisher", "DOI", "URL", "container-title"):
        if key in dup:
            del dup[key]
            break
    mutated.refs += [extra, dup]
    nocite = [extra["id"]]
    plan.uncited.append(extra["id"])
    if counts[original["id"]] >= 2:
        j = max(j for j, keys in enumerate(paper.cites) if keys == [original["id"]] or original["id"] in keys)
        mutated.cites[j] = [dup["id"] if k == original["id"] else k for k in mutated.cites[j]]
        opening = chr(CITE_OPEN + j)
        a = mutated.body.index(opening)
        b = mutated.body.index(CITE_CLOSE, a)
        mutated.body = mutated.body[:a] + mutated.body[a:b].replace(f"@{original['id']}", f"@{dup['id']}") + \
            mutated.body[b:]
    else:
        nocite.append(dup["id"])
        plan.uncited.append(dup["id"])
    plan.duplicate = (original["id"], dup["id"])
    plan.planted += [f"uncited {extra['id']}", f"duplicate {original['id']}={dup['id']}"]
    mutated.body = "---\nnocite: |\n  " + ", ".join(f"@{k}" for k in nocite) + "\n---\n\n" + mutated.body
    return mutated


def _cite_span(marked: str, j: int) -> tuple[int, int] | None:
    a = marked.find(chr(CITE_OPEN + j))
    return None if a < 0 else (a + 1, marked.index(CITE_CLOSE, a))


def _note_span(marked: str, span: tuple[int, int]) -> tuple[int, int] | None:
    found = re.findall(r"\[\^?(\d+)\]", marked[span[0]:span[1]])
    if not found:
        return None
    m = None
    for m in re.finditer(rf"(?m)^\[\^?{found[-1]}\]:? ", marked):  # noqa: B007 - the last one: notes follow the list
        pass
    if m is None:
        return None
    end = marked.find("\n\n", m.end())
    return m.end(), end if end >= 0 else len(marked)


def _entry_span(marked: str, i: int) -> tuple[int, int] | None:
    heading = re.search(r"(?m)^(## )?References$", marked)
    pos = marked.find(chr(ENTRY_MARK + i), heading.end() if heading else 0)
    if pos < 0 or not heading:
        return None
    a = marked.rfind("\n\n", 0, pos) + 2
    b = marked.find("\n\n", pos)
    return a, b if b >= 0 else len(marked)


def misspell(rng: random.Random, name: str, avoid: set[str]) -> str | None:
    """One letter changed, two swapped, or one doubled: never another entry's name."""
    for _ in range(12):
        k = rng.randrange(1, len(name) - 1)
        op = rng.choice(["sub", "swap", "double"])
        if op == "sub" and name[k].isalpha():
            vowels = "aeiou" if name[k] in "aeiou" else "bcdfghklmnprstv"
            new = name[:k] + rng.choice([c for c in vowels if c != name[k]]) + name[k + 1:]
        elif op == "swap" and name[k] != name[k + 1] and name[k + 1].isalpha():
            new = name[:k] + name[k + 1] + name[k] + name[k + 2:]
        elif op == "double" and name[k].isalpha():
            new = name[:k] + name[k] + name[k:]
        else:
            continue
        if new.casefold() not in avoid:
            return new
    return None


def plant_in_text(rng: random.Random, paper: Paper, marked: str, kind: str, notes: bool, plan: Plan) -> str:
    """Edit the marked rendering of the mutated source; record each edit in `plan`."""
    keys = [r["id"] for r in paper.refs]
    ref = {r["id"]: r for r in paper.refs}
    families = {family(r).casefold() for r in paper.refs}
    special = {k for ks in paper.pairs.values() for k in ks}  # the a/b pair keeps its letters for "ambiguous"
    touched: set[str] = set(plan.uncited) | set(plan.duplicate or ()) | set(paper.pairs.get("ab", []))
    order = list(range(len(paper.cites)))
    rng.shuffle(order)

    def region(j: int) -> tuple[int, int] | None:
        span = _cite_span(marked, j)
        return _note_span(marked, span) if span and notes else span

    def replace(span: tuple[int, int], old: str, new: str) -> str | None:
        seg = marked[span[0]:span[1]]
        if seg.count(old) != 1:
            return None
        return marked[:span[0]] + seg.replace(old, new) + marked[span[1]:]

    if kind in ("author-date", "note"):  # names, and years where the citation prints one
        done = 0
        for j in order:
            cands = [k for k in paper.cites[j] if k not in touched and ref[k].get("author")
                     and "family" in ref[k]["author"][0] and len(family(ref[k])) >= 4]
            span = region(j)
            if not cands or span is None or done >= 2:
                continue
            k = cands[0]
            wrong = misspell(rng, family(ref[k]), families)
            new = replace(span, family(ref[k]), wrong) if wrong else None
            if new:
                marked, done = new, done + 1
                plan.expect[(j, k)] = "name-mismatch"
                touched.add(k)
                plan.planted.append(f"name-mismatch {k}: {family(ref[k])} -> {wrong}")
        plan.skipped += ["name-mismatch"] * (2 - done)
        years_before = len(plan.planted)
        for j in order if kind == "author-date" else []:
            k = paper.cites[j][0]
            same = [r for r in paper.refs if family(r).casefold() == family(ref[k]).casefold()]
            span = region(j)
            year = year_of(ref[k])
            if len(paper.cites[j]) != 1 or k in touched or len(same) != 1 or not year or span is None:
                continue
            if re.search(year + r"[a-z]", marked[span[0]:span[1]]):
                continue
            new = replace(span, year, str(int(year) + rng.choice([-1, 1])))
            if new:
                marked = new
                plan.expect[(j, k)] = "year-mismatch"
                touched.add(k)
                plan.planted.append(f"year-mismatch {k}")
                break
        if kind == "author-date" and len(plan.planted) == years_before:
            plan.skipped.append("year-mismatch")
    if kind == "numeric":  # numbers past the end of the list
        last = len(keys) + 2
        done = 0
        for j in order:
            span = region(j)
            k = paper.cites[j][0]
            if len(paper.cites[j]) != 1 or k in touched or span is None or done >= 2:
                continue
            seg = marked[span[0]:span[1]]
            m = re.fullmatch(rf"(\\?\[|\()?(\d+|[{SUPERSCRIPT}]+)(\\?\]|\))?", seg)
            if not m:
                continue
            num = str(last + 1 + done * 4)
            if m.group(2)[0] in SUPERSCRIPT:
                num = num.translate({ord(str(d)): s for d, s in enumerate(SUPERSCRIPT)})
            marked = marked[:span[0]] + (m.group(1) or "") + num + (m.group(3) or "") + marked[span[1]:]
            plan.expect[(j, k)] = "no-entry"
            touched.add(k)
            done += 1
            plan.planted.append(f"number past the list {k} -> {num}")
            if sum(keys_.count(k) for keys_ in paper.cites) == 1:
                plan.uncited.append(k)
        plan.skipped += ["number past the list"] * (2 - done)
    counts = {k: sum(ks.count(k) for ks in paper.cites) for k in keys}
    for k in sorted(keys, key=lambda _: rng.random()):  # delete one entry cited 1-3 times
        span = _entry_span(marked, keys.index(k))
        if k in touched or k in special or not 1 <= counts[k] <= 3 or span is None:
            continue
        marked = marked[:span[0]] + marked[span[1] + 2:]
        plan.deleted.append(k)
        touched.add(k)
        plan.planted.append(f"deleted entry {k}")
        break
    else:
        plan.skipped.append("deleted entry")
    for j in order:  # one unclosed parenthesis, bracket or quotation mark
        span = region(j)
        if span is None or len(paper.cites[j]) != 1 or paper.cites[j][0] in touched:
            continue
        seg = marked[span[0]:span[1]]
        if notes and "”" in seg:
            k_close = seg.rindex("”")
        elif not notes and seg[:1] in "([" and seg[-1:] in ")]" and seg.count(seg[-1]) == 1:
            k_close = len(seg) - 1
        else:
            continue
        marked = marked[:span[0] + k_close] + marked[span[0] + k_close + 1:]
        plan.expect[(j, paper.cites[j][0])] = "malformed-citation"
        touched.add(paper.cites[j][0])
        plan.planted.append(f"unclosed {seg[k_close]} in citation {j}")
        break
    else:
        plan.skipped.append("unclosed")
    pair = paper.pairs.get("ab", [])
    if kind == "author-date" and pair:  # remove the a/b letters citeproc printed (its order, not the keys')
        marked = _remove_letters(marked, paper, pair, region, plan)
    return marked


def _remove_letters(marked: str, paper: Paper, pair: list[str], region, plan: Plan) -> str:
    """Drop the year letters of a same-author-same-year pair from both entries and all their citations.

    citeproc gives 'a' to the entry it sorts first (by title in most styles), not to the first key, so the
    letter of each key is read from its printed entry. All or nothing: when one citation or entry cannot
    be changed unambiguously, the text is left as it was and nothing is recorded."""
    keys = [r["id"] for r in paper.refs]
    year = year_of(paper.refs[keys.index(pair[0])])
    spans = [_entry_span(marked, keys.index(k)) for k in pair]
    found = [re.findall(re.escape(year or "-") + r"([a-z])\b", marked[a:b]) for a, b in spans] if all(spans) else []
    if not year or not found or any(len(f) != 1 for f in found) or found[0] == found[1]:
        plan.skipped.append("a/b letters removed")  # apa-6th prints none: unresolved_pair covers it
        return marked
    new, expect = marked, {}
    for (letter,), k in zip(found, pair, strict=True):
        printed = year + letter
        for j, ks in enumerate(paper.cites):
            span = region(j) if k in ks else None
            if span is None:
                continue
            seg = new[span[0]:span[1]]
            if seg.count(printed) != 1:
                plan.skipped.append("a/b letters removed")
                return marked
            new = new[:span[0]] + seg.replace(printed, year) + new[span[1]:]
            expect[(j, k)] = "ambiguous"
        a, b = _entry_span(new, keys.index(k))
        new = new[:a] + new[a:b].replace(printed, year, 1) + new[b:]
    plan.expect.update(expect)
    plan.ambiguous = list(pair)
    plan.planted.append(f"a/b letters removed {pair[0]}, {pair[1]}")
    return new


def hide_twin_uncited(plan: Plan, paper: Paper, final: Located, kind: str) -> None:
    """An uncited copy is no visible 'uncited' when it prints as its original does: no year letter of its own
    (author-date styles letter a cited entry and not always its uncited twin; MLA has no letters; a note
    names a work by its author and title, which the twins share), so any citation of the original fits
    the copy as well. The duplicate stays; the 'uncited' is dropped, and an 'uncited' on either twin is
    allowed (neither required nor false: a reader cannot tell which is meant)."""
    if kind not in ("author-date", "note") or not plan.duplicate or plan.duplicate[1] not in plan.uncited:
        return
    copy_key = plan.duplicate[1]
    span = final.entries.get(int(copy_key[1:]))
    year = year_of(paper.refs[int(copy_key[1:])])
    if span and year and re.search(re.escape(year) + r"[a-z]\b", final.text[span[0]:span[1]]):
        return
    plan.uncited.remove(copy_key)
    plan.uncited_allowed += list(plan.duplicate)
    plan.skipped.append("uncited copy printed like its original")


def invisible(plan: Plan, base: Located, final: Located, notes: bool) -> list[str]:
    """Every recorded plant the final text does not carry (the generator asserts there is none).

    `base` is the mutated source rendered before the text edits, `final` the text written out: a citation
    given a planted code must read differently there, a deleted entry must be gone, an uncited or
    duplicated entry must be printed, and a pair made ambiguous must print its year with no letter."""

    def region(loc: Located, j: int) -> str | None:
        span = loc.cites.get(j)
        if span is None:
            return None
        if notes:
            found = re.findall(r"\[\^?(\d+)\]", loc.text[span[0]:span[1]])
            span = loc.notes.get(int(found[-1])) if found else None
        return None if span is None else loc.text[span[0]:span[1]]

    wrong = [f"{code} citation {j} ({k}) reads as before" for (j, k), code in plan.expect.items()
             if region(final, j) is None or region(final, j) == region(base, j)]
    wrong += [f"deleted entry {k} still printed" for k in plan.deleted if int(k[1:]) in final.entries]
    wrong += [f"entry {k} not printed" for k in [*plan.uncited, *(plan.duplicate or ())]
              if int(k[1:]) not in final.entries and k not in plan.deleted]
    for k in plan.ambiguous:
        a, b = final.entries[int(k[1:])]
        if re.search(r"\(\d{4}[a-z]\)|\b\d{4}[a-z]\b", final.text[a:b]):
            wrong.append(f"ambiguous entry {k} still prints a year letter")
    return wrong
