#!/usr/bin/env python3
"""Plant known problems in the plain-text papers make_style_papers.py wrote, and score refcheck on them.

Usage: mutate_style_papers.py DIR [REFCHECK] [--half dev|sealed] [--summary-only]

Notes papers (Chicago, MHRA): one bibliography entry removed (its notes: no-entry), one note's author
misspelt by a dropped letter (name-mismatch), one full note's year changed (year-mismatch). Numeric
papers: one citation number raised past the list (no-entry; bracket and superscript forms only,
parenthesised and glued numbers are tentative by design). Author-date papers (a sweep's class): the year
of one parenthesised single-work citation lowered by 3 (year-mismatch or no-entry). Label papers: nothing
planted (their false findings still count). A paper the planting cannot read counts as 'unmutable'.
Writes <paper>.mut.txt and prints per style
the planted problems found (tp), missed (fn) and the findings nobody planted (fp) by code.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shlex
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

NOTE_RE = re.compile(r"^\[(\d+)\] (.+)$", re.M)


def mutate_notes(text: str, rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    """Returns the mutated text and the planted (code, text the finding's line must contain)."""
    planted: list[tuple[str, str]] = []
    paras = text.split("\n\n")
    ref_i = next(i for i, p in enumerate(paras) if p.strip() == "References")
    note_i = next(i for i, p in enumerate(paras) if NOTE_RE.match(p))
    bib = list(range(ref_i + 1, note_i))
    notes = list(range(note_i, len(paras)))
    # 1. remove an entry whose first author's family appears in exactly one note part
    for b in rng.sample(bib, len(bib)):
        family = paras[b].split(",")[0]
        citing = [n for n in notes if family in paras[n]]
        if len(citing) >= 1 and len(family) > 3 and sum(family in paras[x] for x in bib) == 1:
            for n in citing:  # a short note without its title ("Smith, 45.") cannot be told missing
                # a title in quotation marks or guillemets, or the author with a year ("Slavík, Horký 2016")
                dated = re.search(re.escape(family) + r"[^;\]]{0,80}?\b(?:1[5-9]|20)\d\d\b", paras[n])
                if re.search(r"[“‘\"«]", paras[n]) or dated:
                    planted.append(("no-entry", paras[n].split("]")[0] + "]"))
            paras[b] = ""
            removed = family
            break
    # 2. misspell the author in a note citing a single work
    for n in rng.sample(notes, len(notes)):
        body = paras[n]
        if ";" in body or "Ibid" in body or removed in body:
            continue
        families = [paras[b].split(",")[0] for b in bib]
        named = [f for f in families if re.fullmatch(r"[A-Z][a-z]{4,}", f) and re.search(rf"\b{f}\b", body)]
        m = re.search(rf"\b({named[0]})\b", body) if named else None
        if m:
            name = m.group(1)
            wrong = name[:2] + name[3:]
            paras[n] = body[:m.start(1)] + wrong + body[m.end(1):]
            planted.append(("name-mismatch", body.split("]")[0] + "]"))
            break
    # 3. change the year of a full note
    for n in rng.sample(notes, len(notes)):
        body = paras[n]
        if ";" in body or removed in body or any(body.split("]")[0] + "]" == p[1] for p in planted):
            continue
        m = re.search(r"\((\d{4})\)", body)
        if m:
            paras[n] = body[:m.start(1)] + str(int(m.group(1)) - 3) + body[m.end(1):]
            planted.append(("year-mismatch", body.split("]")[0] + "]"))
            break
    return "\n\n".join(p for p in paras if p != ""), planted


def mutate_numeric(text: str, rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    body_end = text.find("\nReferences\n")
    forms = [m for m in re.finditer(r"\[(\d{1,2})\]|(?<=[a-z.])([¹²³⁴⁵⁶⁷⁸⁹])(?=[ .,])", text[:body_end])]
    if not forms:
        return text, []
    m = rng.choice(forms)
    new = "[97]" if m.group(1) else "⁹⁷"
    mutated = text[:m.start()] + new + text[m.end():]
    line = mutated[mutated.rfind("\n", 0, m.start()) + 1:]
    return mutated, [("no-entry", line[:40])]


# "(Smith et al., 2016)", and in square brackets as J.UCS prints it, "[Smith et al., 2016]"
AD_RE = re.compile(r"[(\[]([A-Z][^()\[\];]{1,80}?),? ((?:19|20)\d\d)[a-z]?(?=[,;)\]]| p\.)")


def mutate_author_date(text: str, rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    body_end = text.find("\nReferences\n")
    forms = list(AD_RE.finditer(text[:body_end]))
    if not forms:
        return text, []
    m = rng.choice(forms)
    mutated = text[:m.start(2)] + str(int(m.group(2)) - 3) + text[m.end(2):]
    line = mutated[mutated.rfind("\n", 0, m.start()) + 1:]
    return mutated, [("year-mismatch|no-entry", line[:40])]


MUTATORS = {"note": mutate_notes, "numeric": mutate_numeric, "author-date": mutate_author_date}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("tool", nargs="?", default=".venv/bin/refcheck")
    ap.add_argument("--half", choices=["dev", "sealed"])
    ap.add_argument("--summary-only", action="store_true")
    args = ap.parse_args(argv)
    root = Path(args.dir)
    tool = shlex.split(args.tool)
    expected = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    rows: dict[str, Counter] = defaultdict(Counter)
    jobs = []
    for key, exp in sorted(expected.items()):
        if args.half and exp.get("half") != args.half:
            continue
        style, name = key.split("/")
        cls = exp.get("class", "note" if exp["notes"] else "numeric")
        rng = random.Random(key)
        text = (root / style / f"{name}.txt").read_text(encoding="utf-8")
        try:
            mutated, planted = MUTATORS[cls](text, rng) if cls in MUTATORS else (text, [])
        except (StopIteration, NameError, IndexError):
            mutated, planted = text, []
            rows[style]["unmutable"] += 1
        out = root / style / f"{name}.mut.txt"
        out.write_text(mutated, encoding="utf-8")
        jobs.append((style, cls, out, mutated, planted))
    done = subprocess.run([*tool, "check", "--format", "json", *(str(j[2]) for j in jobs)], capture_output=True,
                          text=True).stdout
    reports = {Path(f["path"]).resolve(): f for f in json.loads(done)["files"]} if jobs else {}
    classes: dict[str, str] = {}
    for style, cls, out, mutated, planted in jobs:
        classes[style] = cls
        report = reports[out.resolve()]
        lines = mutated.split("\n")
        got = [(f["code"], lines[f["line"] - 1]) for f in report["findings"]]
        row = rows[style]
        for code, where in planted:
            hit = next((g for g in got if g[0] in code.split("|") and g[1].startswith(where)), None)
            row[f"{code} tp" if hit else f"{code} fn"] += 1
            if hit:
                got.remove(hit)
        for code, _ in got:
            row[f"{code} fp"] += 1
    totals: dict[str, Counter] = defaultdict(Counter)
    for style, row in sorted(rows.items()):
        if not args.summary_only:
            print(f"{style:42} " + ", ".join(f"{k}={v}" for k, v in sorted(row.items())))
        totals[classes.get(style, "?")].update(row)
        totals["all"].update(row)
    for cls, row in sorted(totals.items()):
        print(f"{'total ' + cls:42} " + ", ".join(f"{k}={v}" for k, v in sorted(row.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
