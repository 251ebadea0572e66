"""Count bench_parse's wrong values by the categories of issue 16.

    python benchmarks/bench_parse.py --sets gold --no-speed --dump errs.jsonl
    python benchmarks/error_categories.py errs.jsonl

A wrong value can fall in several categories (or none: "other"); each category counts the
distinct references it touches, so the numbers say how many entries a fix could reach.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict

_COMPACT = re.compile(r"\d\s?\(\w+\)\s?:\s?[A-Za-z]?\d|\b\d+:\s?[A-Za-z]?\d+[-–]\d")
_VANCOUVER = re.compile(r"\b(?:1[5-9]|20)\d\d\s?;\s?\(?\d")
_QUOTE = re.compile(r"[“\"«‘]")


def categories(e: dict) -> list[str]:
    field, gold, got, text = e["field"], e["gold"], e["got"], e["text"]
    out = []
    if _VANCOUVER.search(text) and field in ("year", "volume", "issue", "pages"):
        out.append("2 Vancouver year;vol(issue):pages")
    elif _COMPACT.search(text) and field in ("volume", "issue", "pages"):
        out.append("1 compact vol(issue):pages")
    if field == "author" and gold and got:
        short = any(len(f.replace(" ", "")) <= 2 for f, _ in gold if f != "org")
        if len(got) < len(gold):
            out.append("4 authors run together")
        elif short:
            out.append("3 short family names split or swapped")
    if field in ("title", "container") and gold and got:
        if field == "title" and got.startswith(gold) and len(got) > len(gold):
            out.append("5a title runs into the journal")
        elif field == "title" and gold.startswith(got) and _QUOTE.search(text):
            out.append("5b title cut at an inner quotation")
        if field == "container" and re.search(r"\s\d+$", got) and not re.search(r"\d$", gold):
            out.append("6 journal with the volume glued on")
    if field == "container" and got is None and gold:
        out.append("5a title runs into the journal")
    if "n°" in text or "nº" in text:
        out.append("7 French n°")
    if field in ("author", "title") and got:
        words = got if isinstance(got, str) else " ".join(f for f, _ in got)
        if re.search(r"\b(?:j|phys|rev|lett|appl|chem|soc|proc|med)\b", words) and not re.search(
                r"\b(?:j|phys|rev|lett|appl|chem|soc|proc|med)\b", gold if isinstance(gold, str) else str(gold)):
            out.append("8 journal abbreviation as author/title")
    return out or ["other"]


def main(argv: list[str]) -> int:
    refs: dict[str, set] = defaultdict(set)
    fields: dict[str, set] = defaultdict(set)
    with open(argv[0], encoding="utf-8") as fh:
        dump = [json.loads(line) for line in fh]
    for e in dump:
        if len(argv) > 1 and e["set"] != argv[1]:
            continue
        for c in categories(e):
            refs[c].add(e["id"])
            fields[c].add(e["field"])
    for c in sorted(refs):
        print(f"{c:<42}{len(refs[c]):>5} references  ({', '.join(sorted(fields[c]))})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
