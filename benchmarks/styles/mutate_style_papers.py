#!/usr/bin/env python3
"""Plant known problems in the plain-text papers make_style_papers.py wrote, and score refcheck on them.

Usage: mutate_style_papers.py DIR [REFCHECK]

Notes papers (Chicago, MHRA): one bibliography entry removed (its notes: no-entry), one note's author
misspelt by a dropped letter (name-mismatch), one full note's year changed (year-mismatch). Numeric
papers: one citation number raised past the list (no-entry; bracket and superscript forms only,
parenthesised and glued numbers are tentative by design). Writes <paper>.mut.txt and prints per style
the planted problems found (tp), missed (fn) and the findings nobody planted (fp) by code.
"""

from __future__ import annotations

import json
import random
import re
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
                if re.search(r"[“‘\"]", paras[n]):
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


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    tool = argv[1] if len(argv) > 1 else ".venv/bin/refcheck"
    expected = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    rows: dict[str, Counter] = defaultdict(Counter)
    for key, exp in sorted(expected.items()):
        style, name = key.split("/")
        src = root / style / f"{name}.txt"
        rng = random.Random(key)
        text = src.read_text(encoding="utf-8")
        mutated, planted = (mutate_notes if exp["notes"] else mutate_numeric)(text, rng)
        out = root / style / f"{name}.mut.txt"
        out.write_text(mutated, encoding="utf-8")
        report = json.loads(subprocess.run([tool, "check", str(out), "--format", "json"], capture_output=True,
                                           text=True).stdout)["files"][0]
        lines = mutated.split("\n")
        got = [(f["code"], lines[f["line"] - 1]) for f in report["findings"]]
        row = rows[style]
        for code, where in planted:
            hit = next((g for g in got if g[0] == code and g[1].startswith(where)), None)
            row[f"{code} tp" if hit else f"{code} fn"] += 1
            if hit:
                got.remove(hit)
        for code, _ in got:
            row[f"{code} fp"] += 1
    for style, row in sorted(rows.items()):
        print(f"{style:42} " + ", ".join(f"{k}={v}" for k, v in sorted(row.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
