"""Generate synthetic APA papers of any size for the scale and batch benchmarks.

Names are built from syllables so that thousands of distinct, realistic-looking
surnames exist; every entry is cited about five times; a few citations are
deliberately wrong (misspelt name, wrong year, missing entry) so the matcher
does real work. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

_ONSETS = ["b", "br", "c", "d", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "r", "s", "st", "t", "v", "w", "z"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
_CODAS = ["", "n", "r", "s", "l", "m", "nd", "rt", "x", "k"]
_ENDINGS = ["son", "berg", "ova", "ski", "er", "man", "ez", "ini", "ley", "wood", ""]
_TOPICS = ["migration", "labour markets", "human trafficking", "shadow economies", "civil society",
           "border control", "organized crime", "public opinion", "data quality", "state capacity"]
_JOURNALS = ["International Migration", "Journal of International Affairs", "Human Rights Quarterly",
             "Europe-Asia Studies", "Post-Soviet Affairs", "Foreign Affairs", "Demokratizatsiya"]


def surname(rng: random.Random) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(rng.randint(1, 2))]
    return ("".join(parts) + rng.choice(_ENDINGS)).capitalize()


def make_paper(n_entries: int, cites_per_entry: int = 5, seed: int = 1) -> str:
    rng = random.Random(seed)
    names: set[str] = set()
    entries = []
    while len(entries) < n_entries:
        name = surname(rng)
        if name in names:
            continue
        names.add(name)
        year = rng.randint(1980, 2024)
        topic = rng.choice(_TOPICS)
        journal = rng.choice(_JOURNALS)
        vol, issue, first = rng.randint(1, 90), rng.randint(1, 6), rng.randint(1, 900)
        entries.append((name, year, f"{name}, {rng.choice('ABCDEFGHJKLMNPRST')}. ({year}). "
                        f"Studies of {topic} in region {len(entries)}. *{journal}*, {vol}({issue}), "
                        f"{first}-{first + rng.randint(5, 40)}."))
    citations = []
    for name, year, _ in entries:
        for _ in range(cites_per_entry):
            roll = rng.random()
            if roll < 0.01:
                citations.append(f"({name[:-1] + 'x'}, {year})")  # misspelt
            elif roll < 0.02:
                citations.append(f"({name}, {year + 1})")  # wrong year
            elif roll < 0.5:
                citations.append(f"({name}, {year}, p. {rng.randint(1, 300)})")
            else:
                citations.append(f"{name} ({year})")
    rng.shuffle(citations)
    body = []
    for i in range(0, len(citations), 4):
        chunk = citations[i:i + 4]
        body.append(" ".join(f"Sentence {i + j} about {rng.choice(_TOPICS)} is supported by {c}."
                             for j, c in enumerate(chunk)))
    entries.sort(key=lambda e: e[0])
    refs = "\n".join(f"- {text}" for _, _, text in entries)
    return "# A generated paper\n\n" + "\n\n".join(body) + "\n\n## References\n\n" + refs + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("entries", type=int)
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    args.output.write_text(make_paper(args.entries, seed=args.seed), encoding="utf-8")


if __name__ == "__main__":
    main()
