"""Paper sources: CSL references and a Markdown body citing them in every pandoc form.

A paper is drawn from a seeded random generator: 15-60 real works, plus the
hard cases every paper carries -- two works by the same authors in the same
year (citeproc prints 2019a/2019b), two first authors sharing a family name
(citeproc adds initials), an organisation whose name has commas, a work with
twenty authors. The body cites them with [@a], narrative @a, Name [-@a],
locators, prefixes, groups and repeats, among prose parentheses that are not
citations. Each citation is wrapped in private-use marks (an opening mark that
numbers the citation, a closing mark) and each entry's title ends with a mark
that numbers the reference, so the rendered text can be read back exactly.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field

CITE_OPEN = 0xE400  # + citation index
CITE_CLOSE = "\ue3ff"
ENTRY_MARK = 0xE200  # + reference index

ORGS = [
    "Department for Digital, Culture, Media and Sport", "National Academies of Sciences, Engineering, and Medicine",
    "World Health Organization", "Organisation for Economic Co-operation and Development",
    "U.S. Department of Health and Human Services", "Ministry of Health, Labour and Welfare",
    "Intergovernmental Panel on Climate Change", "Centers for Disease Control and Prevention",
    "Office for National Statistics", "European Commission, Joint Research Centre",
]
NOT_CITATIONS = [
    ("Pattern recognition receptors", "(PRRs)"), ("the final sample", "(n = 42)"),
    ("the same trend", "(see Figure 2)"), ("the reported values", "(Table 3)"),
    ("a field station", "(São Paulo, Brazil)"), ("the second survey", "(March 2019)"),
    ("the founder of the method", "(1929–2015)"), ("the difference", "(p < 0.05)"), ("the odds", "(95% CI 1.2–3.4)"),
    ("the agency", "(WHO)"), ("an earlier wave", "(2004–2006)"), ("a small district", "(Lund, Sweden)"),
]
SUBJECTS = ["Earlier studies", "Several surveys", "A recent review", "Field observations", "Controlled trials",
            "Comparative analyses", "Simulation work", "Longitudinal data", "Qualitative interviews", "Prior models"]
VERBS = ["suggest", "indicate", "confirm", "show", "document", "estimate", "argue"]
OBJECTS = ["the effect depends on context", "the measured response is nonlinear", "baseline levels vary widely",
           "the mechanism is conserved", "sampling bias explains part of the gap", "costs fall with scale",
           "the intervention is effective", "the signal is weak in small samples", "exposure precedes the outcome",
           "the two processes interact"]
LOCATORS = ["p. 33", "pp. 12-15", "chap. 2", "p. 4", "sec. 3", "pp. 101-103", "p. 7"]
PREFIXES = ["see", "e.g.,", "cf.", "see also"]


@dataclass
class Paper:
    """A generated paper before rendering."""

    pid: str
    style: str
    refs: list[dict]  # CSL items, ids r000.., titles end with the entry mark
    body: str  # Markdown with citation marks
    cites: list[list[str]] = field(default_factory=list)  # citation index -> keys, in source order
    prose_names: dict[int, str] = field(default_factory=dict)  # citation index -> name printed before it
    not_citations: list[str] = field(default_factory=list)
    pairs: dict[str, list[str]] = field(default_factory=dict)  # "ab" / "family" -> keys of the hard cases


def _first_family(csl: dict) -> str:
    for role in ("author", "editor"):
        if csl.get(role):
            name = csl[role][0]
            return name.get("family") or name.get("literal") or ""
    return ""


def _clone(rng: random.Random, csl: dict, title_from: dict) -> dict:
    new = copy.deepcopy(csl)
    new["title"] = title_from["title"]
    for key in ("DOI", "URL", "page", "volume", "issue"):
        new.pop(key, None)
        if key in title_from:
            new[key] = title_from[key]
    return new


def _hard_cases(rng: random.Random, pool: list[dict]) -> tuple[list[dict], dict[str, list[int]]]:
    """The works every paper carries: a/b pair, shared family name, organisation, twenty authors."""
    with_people = [w for w in pool if w.get("author") and "family" in w["author"][0]
                   and w.get("issued") and 4 <= len(w["author"][0]["family"]) <= 12]
    base, other, third, fourth = rng.sample(with_people, 4)
    twin = _clone(rng, base, other)
    namesake = _clone(rng, third, fourth)
    namesake["author"] = copy.deepcopy(namesake["author"][:1])
    namesake["author"][0]["family"] = base["author"][0]["family"]
    namesake["author"][0]["given"] = rng.choice(["Anna", "Bruno", "Carla", "David", "Elif", "Farid"])
    namesake["issued"] = {"date-parts": [[base["issued"]["date-parts"][0][0] + rng.choice([-3, -2, 2, 5])]]}
    org = {"type": "report", "title": rng.choice(pool)["title"], "author": [{"literal": rng.choice(ORGS)}],
           "issued": {"date-parts": [[rng.randint(2005, 2023)]]}, "publisher": "HMSO" if rng.random() < .5 else "OECD"}
    many = _clone(rng, rng.choice(pool), rng.choice(pool))
    people = [n for w in rng.sample(with_people, 12) for n in w["author"] if "family" in n]
    many["author"] = copy.deepcopy(people[:20]) if len(people) >= 20 else copy.deepcopy(people)
    many.setdefault("issued", {"date-parts": [[2018]]})
    items = [base, twin, third, namesake, org, many]
    return items, {"ab": [0, 1], "family": [0, 3]}


def make_paper(rng: random.Random, pool: list[dict], style: str, pid: str) -> Paper:
    """One paper: 15-60 references (hard cases included) cited in every form."""
    hard, pairs = _hard_cases(rng, pool)
    n = rng.randint(15, 60)
    chosen_titles = {w["title"] for w in hard}
    rest = [w for w in rng.sample(pool, min(len(pool), n * 2)) if w["title"] not in chosen_titles]
    items = hard + rest[:max(0, n - len(hard))]
    refs = []
    for i, csl in enumerate(items):
        ref = copy.deepcopy(csl)
        ref["id"] = f"r{i:03d}"
        ref["title"] = ref["title"] + chr(ENTRY_MARK + i)
        refs.append(ref)
    keys = [r["id"] for r in refs]
    paper = Paper(pid, style, refs, "", pairs={k: [keys[i] for i in v] for k, v in pairs.items()})
    ab = set(paper.pairs["ab"])
    order = keys[:]
    rng.shuffle(order)
    extra = rng.sample(keys, k=max(2, len(keys) // 3))  # cited more than once
    queue = order + extra
    rng.shuffle(queue)
    paragraphs, sentences = [], []
    last: list[str] = []
    while queue:
        key = queue.pop()
        kind = rng.random()
        lead = False
        if last == [key] or (kind < .08 and last and len(last) == 1):  # a repeat right after: ibid in notes
            if key != last[0]:
                queue.insert(0, key)  # still to be cited later
            key = last[0]
            cite = [key]
            text = _cite(paper, cite, f"[@{key}, {rng.choice(LOCATORS)}]")
        elif kind < .30:
            cite = [key]
            text = _cite(paper, cite, f"[@{key}]")
        elif kind < .42:
            cite = [key]
            text = _cite(paper, cite, f"[@{key}, {rng.choice(LOCATORS)}]")
        elif kind < .52:
            cite = [key]
            text = _cite(paper, cite, f"[{rng.choice(PREFIXES)} @{key}]")
        elif kind < .70:
            group = [key]
            families = {_first_family(refs[keys.index(key)])}
            for other in list(queue[-6:]):
                fam_o = _first_family(refs[keys.index(other)])
                if other in group or fam_o in families or (other in ab and key in ab) or len(group) >= 3:
                    continue
                group.append(other)
                families.add(fam_o)
                queue.remove(other)
            cite = group
            inner = "; ".join(f"@{k}" for k in group)
            if rng.random() < .3:
                inner = f"{rng.choice(PREFIXES)} {inner}"
            text = _cite(paper, cite, f"[{inner}]")
        elif kind < .85:
            cite = [key]
            loc = f" [{rng.choice(LOCATORS)}]" if rng.random() < .25 else ""
            text = _cite(paper, cite, f"@{key}{loc}")
            lead = True
        else:
            cite = [key]
            name = _first_family(refs[keys.index(key)])
            text = _cite(paper, cite, f"{name} [-@{key}]", prose_name=name)
            lead = True
        last = cite
        claim = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} that {rng.choice(OBJECTS)}"
        if lead:
            sentence = f"{text} {rng.choice(['reported', 'found', 'argued'])} that {rng.choice(OBJECTS)}."
        else:
            sentence = f"{claim} {text}."
        if rng.random() < .22:
            lead, paren = rng.choice(NOT_CITATIONS)
            sentence += f" This holds for {lead} {paren} as well."
            paper.not_citations.append(paren)
        sentences.append(sentence)
        if len(sentences) >= rng.randint(3, 6):
            paragraphs.append(" ".join(sentences))
            sentences = []
    if sentences:
        paragraphs.append(" ".join(sentences))
    title = f"A study of {rng.choice(OBJECTS).split(' ', 2)[-1]}"
    paper.body = (f"# {title[0].upper()}{title[1:]}\n\n## Introduction\n\n" + "\n\n".join(paragraphs)
                  + "\n\n## References\n\n::: {#refs}\n:::\n")
    return paper


def _cite(paper: Paper, keys: list[str], markdown: str, prose_name: str | None = None) -> str:
    index = len(paper.cites)
    paper.cites.append(keys)
    if prose_name is not None:
        paper.prose_names[index] = prose_name
    return f"{chr(CITE_OPEN + index)}{markdown}{CITE_CLOSE}"
