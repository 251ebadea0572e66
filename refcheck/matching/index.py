"""Look-up tables over a reference list, built once, queried per citation.

Every query is a dictionary look-up (name keys, acronyms, short forms, title
prefixes, title word shingles) or a character-trigram candidate search followed
by at most a few dozen edit-distance comparisons, so cost grows linearly with
entries plus citations: no all-pairs fuzzy comparison.
"""

from __future__ import annotations

import re
from collections import defaultdict

from refcheck.entry_checks import work_identity
from refcheck.matching import names as nm
from refcheck.model import Reference
from refcheck.text.lexicon import AND_WORDS
from refcheck.text.patterns import CJK_CHARS

# The people before an entry's title (up to its quotation mark or the first full stop after a word of two
# letters or more), and the separators between them ("," and the languages' "and").
_NAMES_HEAD = re.compile(r"[^«“\"(\d]{3,200}?(?=,?\s*[«“\"]|(?<=\w\w)\.\s)")
_PEOPLE_SEP = re.compile(r",\s*|\s+(?:" + "|".join(sorted(AND_WORDS, key=len, reverse=True)) + r")\s+")
_CJK_RUN = re.compile(f"[{CJK_CHARS}]{{2,40}}")
MAX_TITLE_PREFIX = 10
SHINGLE = 3
MIN_BAG_WORDS = 3  # "Core Team R" is no other body's name; two words in another order may be


def _ends_in_order(people: list[list[str]], wanted: list[list[str]]) -> bool:
    """The first person ends with the first family, and each next family ends a later person (a separator
    word inside a name, Portuguese "Roberta e Silva", may split one person in two)."""
    def ends(p: list[str], w: list[str]) -> bool:
        return len(p) > len(w) and p[-len(w):] == w

    if not people or not ends(people[0], wanted[0]):
        return False
    k = 1
    for w in wanted[1:]:
        while k < len(people) and not ends(people[k], w):
            k += 1
        if k == len(people):
            return False
        k += 1
    return True


def _bag(ws: list[str]) -> str:
    return " ".join(sorted(set(ws) - {"and"}))  # "WHO, UNICEF, and World Bank" for "WHO, UNICEF, World Bank"


def _squeezed(key: str) -> str:
    """The name with doubled letters written once."""
    return "".join(ch for k, ch in enumerate(key) if k == 0 or ch != key[k - 1])


def _trigrams(key: str) -> set[str]:
    padded = f"  {key} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


class ReferenceIndex:
    """Names, acronyms, short forms and titles of every entry, normalized."""

    def __init__(self, refs: list[Reference]) -> None:
        self.refs = refs
        self.person: dict[str, set[int]] = defaultdict(set)
        self.org: dict[str, set[int]] = defaultdict(set)
        # An organisation's words as a set: "R Development Core Team" cites "R Core Development Team".
        self.org_bag: dict[str, set[int]] = defaultdict(set)
        self.short: dict[str, set[int]] = defaultdict(set)
        self.acro: dict[str, set[int]] = defaultdict(set)
        self.acro_prefix: dict[str, set[int]] = defaultdict(set)
        self.title_prefix: dict[str, set[int]] = defaultdict(set)
        self.shingles: dict[str, set[int]] = defaultdict(set)
        self.titles: list[list[str]] = []
        self.identities = [work_identity(ref) for ref in refs]
        self._copy_of: dict[int, int] | None = None
        self.raw_words: list[str] = []
        # The first words of each entry as printed: "Dallas WS, Falkow S. 1980." is found under
        # "dallas" even when the parser read it as one author (matching survives a bad parse).
        self.raw_lead: dict[str, set[int]] = defaultdict(set)
        self.raw_lead_text: list[str] = []
        self.raw_lead_unread: dict[str, set[int]] = defaultdict(set)
        self.expansions: dict[str, list[str]] = {}
        self._fuzzy_keys: dict[str, set[int]] = defaultdict(set)
        self._trigram: dict[str, set[str]] | None = None
        # The printed entry labels ("12", "Blo70") -> entry, for numeric and label citations.
        self.labels: dict[str, int] = {str(getattr(r, "label", None) or "").strip("[]. "): i
                                       for i, r in enumerate(refs)}
        self.labels.pop("", None)
        for ref in refs:
            for a in self._first_authors(ref):
                if a.literal:
                    for acr in nm.acronyms(a.literal):
                        self.expansions.setdefault(acr, nm.org_words(a.literal))
        for i, ref in enumerate(refs):
            self._add(i, ref)

    @staticmethod
    def _first_authors(ref: Reference) -> list[nm.Name]:
        f = ref.fields
        people = f.authors or f.editors
        return people[:1]

    def expand(self, ws: list[str]) -> list[str]:
        """Replace acronyms known from the list ("iom") by their words."""
        out: list[str] = []
        for w in ws:
            out.extend(self.expansions.get(w, [w]) if len(ws) > 1 else [w])
        return out

    def _add(self, i: int, ref: Reference) -> None:
        for a in self._first_authors(ref):
            if a.literal:
                ws = nm.org_words(a.literal)
                if len(set(ws)) >= MIN_BAG_WORDS:
                    self.org_bag[_bag(ws)].add(i)
                for variant in {tuple(ws), tuple(self.expand(ws))}:
                    key = " ".join(variant)
                    self.org[key].add(i)
                    self._fuzzy_keys[key].add(i)
                    for n in range(1, len(variant)):
                        prefix = variant[:n]
                        if prefix[-1] in nm.FUNCTION_WORDS:
                            continue
                        if n == 1 and (prefix[0] in nm.GENERIC_ORG_WORDS or len(prefix[0]) < 4):
                            continue
                        self.short[" ".join(prefix)].add(i)
                for form in nm.org_short_forms(a.literal):
                    self.short[form].add(i)
                    self.short[" ".join(self.expand(form.split()))].add(i)
                for acr in nm.echoed_acronyms(a.literal, ref.raw or ""):
                    self.acro[acr].add(i)
                for acr in nm.acronyms(a.literal):
                    self.acro[acr].add(i)
                    for n in range(3, len(acr)):
                        # "CDC" for the Centers for Disease Control and Prevention: an
                        # acronym older than the name's last words.
                        self.acro_prefix[acr[:n]].add(i)
                one = "".join(nm.words(a.literal))
                if nm.looks_like_acronym(a.literal.strip()):
                    self.acro[one].add(i)
            elif a.family:
                for key in nm.person_keys(a.family):
                    self.person[key].add(i)
                if (after := nm.after_inner_particle(a.family)) is not None:
                    self.short[after].add(i)  # "Hård af Segerstad" cited "Segerstad": after the exact names
                self._fuzzy_keys[nm.person_key(a.family)].add(i)
                if nm.bare_family(a.family):  # "Murraay DT" is compared without its initials
                    self._fuzzy_keys[nm.person_key(nm.bare_family(a.family))].add(i)
        tw = nm.title_words(ref.fields.title or "")
        self.titles.append(tw)
        for variant in {tuple(tw), tuple(nm.title_core(tw))}:
            for n in range(1, min(len(variant), MAX_TITLE_PREFIX) + 1):
                self.title_prefix[" ".join(variant[:n])].add(i)
        for k in range(max(0, len(tw) - SHINGLE + 1)):
            self.shingles[" ".join(tw[k:k + SHINGLE])].add(i)
        self.raw_words.append(" " + " ".join(self.expand(nm.words(ref.raw))) + " ")
        lead = nm.words(ref.raw[:160])
        self.raw_lead_text.append("".join(lead))
        for n in range(1, min(3, len(lead)) + 1):
            self.raw_lead["".join(lead[:n])].add(i)
        if not ref.fields.authors:
            # no author read: the printed names may open with given names ("Jaboury Ghazoul: 6. Applied
            # ecology", a German style's natural order), so a family among the next words leads it too
            for k in range(1, min(3, len(lead))):
                self.raw_lead_unread["".join(lead[k:k + 3])].add(i)

    # -- exact look-ups -------------------------------------------------------------

    def by_name(self, name: str) -> tuple[set[int], set[int]]:
        """(exact, short-form) entry indexes for a printed author name."""
        name = name.strip(" ,.")
        if not name:
            return set(), set()
        exact: set[int] = set()
        short: set[int] = set()
        ws = nm.words(name)
        if not ws:
            return exact, short
        joined = "".join(ws)
        exact |= self.person.get(joined, set())
        ows = nm.org_words(name)
        for variant in (ows, self.expand(ows)):
            key = " ".join(variant)
            exact |= self.org.get(key, set())
            short |= self.short.get(key, set())
        if not exact and len(set(ows)) >= MIN_BAG_WORDS:
            exact |= self.org_bag.get(_bag(ows), set())
        # an acronym printed as a word, "Embrapa" for "(EMBRAPA)": looked up when no person has the name
        if nm.looks_like_acronym(name.replace(" ", "")) or (len(ws) == 1 and (len(joined) <= 6 or not exact)):
            exact |= self.acro.get(joined, set())
            if not exact and nm.looks_like_acronym(name.replace(" ", "")):
                short |= self.acro_prefix.get(joined, set())
        if not exact and len(ws) > 1:
            # "Kevin Bales" -> "Bales"; "C. Ghizoni-Jr." -> "Ghizoni-Jr" (initials before a family name of
            # several words); "Smith's" handled by the caller.
            exact |= self.person.get(ws[-1], set())
            k = next((i for i, w in enumerate(ws) if len(w) > 1), 0)
            if not exact and 0 < k < len(ws) - 1:
                exact |= self.person.get("".join(ws[k:]), set())
            if len(ws) >= 2 and ws[-2] in nm.PARTICLES:
                exact |= self.person.get(ws[-2] + ws[-1], set())
            if not exact and (bare := nm.cited_family(name)) != name:
                exact |= self.person.get("".join(nm.words(bare)), set())  # "J.C.F. Melo Júnior", "W.W. Kirby-Smith"
        short -= exact
        return exact, short

    def by_title(self, title: str, *, contains: bool = False) -> set[int]:
        """Entries whose title starts with these words (or, with contains=True, holds them)."""
        tw = nm.title_words(title)
        if not tw:
            return set()
        hits = set(self.title_prefix.get(" ".join(tw[:MAX_TITLE_PREFIX]), set()))
        core = nm.title_core(tw)
        if not hits and core is not tw:
            hits = set(self.title_prefix.get(" ".join(core[:MAX_TITLE_PREFIX]), set()))
        if len(tw) > MAX_TITLE_PREFIX:
            hits = {i for i in hits if nm.title_core(self.titles[i])[: len(core)] == core
                    or self.titles[i][: len(tw)] == tw}
        if hits or not contains or len(tw) < SHINGLE:
            return hits
        cands = set(self.shingles.get(" ".join(tw[:SHINGLE]), set()))
        phrase = " " + " ".join(tw) + " "
        return {i for i in cands if phrase in " " + " ".join(self.titles[i]) + " "}

    def copy_of(self, i: int) -> int:
        """The first entry of the work entry I repeats (I itself when it repeats none): the same
        judgement as duplicate-entry (refcheck.same_work), made once per list when first asked."""
        if self._copy_of is None:
            from refcheck.same_work import duplicate_pairs

            self._copy_of = {j: first for first, j in duplicate_pairs(self.refs, parsed=True)}
        return self._copy_of.get(i, i)

    def by_raw_lead(self, name: str) -> set[int]:
        """Entries whose printed text starts with this name, whatever the parser made of it."""
        ws = nm.words(name)
        key = "".join(ws)
        if len(key) < 2:
            return set()
        if len(ws) <= 3:
            return set(self.raw_lead.get(key, set())) | {
                i for k, hits in self.raw_lead_unread.items() if k.startswith(key) for i in hits
                if self._family_led(i, ws)}
        # "United Nations Educational, Scientific and Cultural Organization": a long name.
        return {i for i in self.raw_lead.get("".join(ws[:3]), set()) if self.raw_lead_text[i].startswith(key)}

    def by_natural_order(self, families: list[str], et_al: bool) -> set[int]:
        """Entries whose printed names, in natural order ("Fabio Frá Fernandes, Eugenia Maria ... Barichello
        et Roberta ... Rocha, « Title »"), end their first people with these families, whatever the parser made
        of them: a list of given-name-first people is easily misread as "Family, Given". Only asked when no
        entry is found by its names."""
        wanted = [nm.words(f) for f in families[: 1 if et_al else 3]]
        if not wanted or not all(wanted):
            return set()
        out = set()
        for i, ref in enumerate(self.refs):
            head = _NAMES_HEAD.match(ref.raw)
            if head is None:
                continue
            people = [nm.words(p) for p in _PEOPLE_SEP.split(head.group(0))]
            if _ends_in_order(people, wanted):
                out.add(i)
        return out

    def by_cjk_name(self, run: str) -> set[int]:
        """Entries whose first author, printed in Chinese, Japanese or Korean script, opens with a name that
        ends this run ("稲葉" of "稲葉陽二" ends "として稲葉": those scripts print family and given names
        unspaced, and no space before a name in running text). Asked only when no entry has the cited name."""
        if not _CJK_RUN.fullmatch(run):
            return set()
        out = set()
        for i, ref in enumerate(self.refs):
            names = ref.fields.authors or ref.fields.editors
            full = (names[0].literal or names[0].family or "") if names else ""
            if _CJK_RUN.fullmatch(full) and any(run.endswith(full[:k]) for k in range(2, len(full) + 1)):
                out.add(i)
        return out

    def _family_led(self, i: int, ws: list[str]) -> bool:
        """Entry i's printed names, after one or two given names, open with these words as a family."""
        lead = nm.words(self.refs[i].raw[:160])
        return any(lead[k:k + len(ws)] == ws for k in (1, 2))

    def run_in(self, name: str) -> set[int]:
        """Entries that hold another entry's start after a full stop: ". van Amerongen. Photosynthetic"."""
        name = name.strip(" ,.")
        if len(name) < 3:
            return set()
        pattern = re.compile(r"[.”]\s*" + re.escape(name) + r"(?:,\s+[A-Z][\w.’'-]*)?\.\s+[A-Z“]")
        return {i for i, ref in enumerate(self.refs) if pattern.search(ref.raw, 1)}

    def raw_contains(self, i: int, text: str) -> bool:
        ws = self.expand(nm.words(text))
        return bool(ws) and (" " + " ".join(ws) + " ") in self.raw_words[i]

    # -- fuzzy ---------------------------------------------------------------------

    def _grams(self) -> dict[str, set[str]]:
        if self._trigram is None:
            self._trigram = defaultdict(set)
            for key in self._fuzzy_keys:
                for g in _trigrams(key):
                    self._trigram[g].add(key)
        return self._trigram

    def fuzzy(self, name: str, limit: int = 5) -> list[tuple[float, int]]:
        """Entries whose name is spelled almost like this one, best first."""
        from refcheck.text.similarity import osa_distance, ratio

        ws = nm.words(name)
        if not ws:
            return []
        queries = {"".join(ws), " ".join(nm.org_words(name))}
        if len(ws) > 1:
            queries.add(ws[-1])
        grams = self._grams()
        scored: dict[int, float] = {}
        for q in queries:
            if len(q) < 4:
                continue
            counts: dict[str, int] = defaultdict(int)
            qg = _trigrams(q)
            for g in qg:
                for key in grams.get(g, ()):
                    counts[key] += 1
            need = max(1, len(qg) // 3)
            cands = sorted((k for k, c in counts.items() if c >= need), key=lambda k: (-counts[k], k))[:50]
            for key in cands:
                if key == q:
                    continue
                multi = " " in key or " " in q
                # The distance is at least the difference in length: skip what cannot pass.
                if abs(len(q) - len(key)) > (max(2, len(q) // 10) if multi else 1 if len(q) <= 7 else 2):
                    continue
                dist = osa_distance(q, key)
                if not multi and len(q) >= 4 and _squeezed(q) == _squeezed(key):
                    ok = True  # "Wolff" / "Woolf", "Mueler" / "Mueller": a doubled letter moved or dropped
                elif multi:
                    ok = ratio(q, key) >= 90 and dist <= max(2, len(q) // 10)
                elif len(q) <= 4:
                    ok = dist <= 1 and len(key) >= 4 and q[0] == key[0]
                elif len(q) <= 7:
                    # "Rushdie" / "Rushdy": two slips at the end of a name whose start agrees.
                    ok = dist <= 1 or (dist == 2 and len(q) >= 6 and len(key) >= 6 and q[:4] == key[:4])
                else:
                    ok = dist <= 2 and ratio(q, key) >= 80
                if ok:
                    score = ratio(q, key)
                    for i in self._fuzzy_keys[key]:
                        scored[i] = max(scored.get(i, 0.0), score)
        return sorted(((s, i) for i, s in scored.items()), key=lambda p: (-p[0], p[1]))[:limit]
