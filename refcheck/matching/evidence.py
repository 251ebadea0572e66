"""Evidence about one citation and its candidate entries: each function answers one question.

Which entries could the printed name mean (parsed names, organisation forms, acronyms, and the
entry's own printed opening words, so a bad parse does not hide an entry)? Does the year fit
(exactly, up to an a/b letter, as a reprint's original year, or as printed in an entry whose
year the parser missed)? What tells same-name candidates apart (co-authors, initials, the
number of names and et al., a short title, the a/b letter)? decide.py turns the answers into
one outcome.
"""

from __future__ import annotations

import re
import unicodedata

from refcheck.matching import names as nm
from refcheck.matching.index import ReferenceIndex
from refcheck.matching.inflection import case_form
from refcheck.model import Citation, Reference
from refcheck.text.fold import strip_marks
from refcheck.text.patterns import CAPS
from refcheck.text.similarity import osa_distance


def year_base(year: str | None) -> str | None:
    if year is None:
        return None
    y = year.strip().lower()
    if y in ("forthcoming", "in press"):
        return "in press"
    if y.startswith("n.d") or y == "no date":
        return "n.d." + (y[-2:] if y[-2:-1] == "-" else "")  # "n.d.-a"
    return y


def year_letter(year: str) -> tuple[str, str]:
    """"2019b" -> ("2019", "b"), "n.d.-a" -> ("n.d.", "a"), "2019" -> ("2019", "")."""
    if year[:4].isdigit():
        return year[:4], year[4:]
    return (year[:4], year[5:]) if year.startswith("n.d.-") else (year, "")


def year_fits(entry_year: str | None, cited: str | None) -> bool:
    """Same year; "2019" fits "2019a" and "n.d." fits "n.d.-a" (the letter is a disambiguation, checked
    elsewhere)."""
    e, c = year_base(entry_year), year_base(cited)
    if c is None:
        return True
    if e is None:
        return False
    (es, el), (cs, cl) = year_letter(e), year_letter(c)
    return es == cs and (el == cl or not el or not cl)


_ANY_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)|\bn\.\s?d\b|\bs\.\s?d\b", re.IGNORECASE)


def prints_a_year(raw: str) -> bool:
    """Does the entry print a year (or "n.d.") anywhere?"""
    return _ANY_YEAR.search(raw) is not None


def authors_narrow(index: ReferenceIndex, cands: set[int], cit: Citation) -> set[int]:
    """Use the second author ("Tyldum and Brunovskis") to tell entries apart."""
    if len(cit.authors) < 2 or len(cands) < 2:
        return cands
    second = "".join(nm.words(nm.cited_family(cit.authors[1])))
    kept = set()
    for i in cands:
        names = index.refs[i].fields.authors
        if len(names) > 1 and second in nm.person_keys(names[1].sort_name):
            kept.add(i)
    if len(kept) > 1 and len(cit.authors) > 2:
        # MLA adds names until the works differ: "(Falcón-Pérez, Nazarian, Sabatti, Dell’Angelica, Winston, et al.)"
        every = {i for i in kept if len(names := index.refs[i].fields.authors) >= len(cit.authors) and all(
            "".join(nm.words(nm.cited_family(a))) in nm.person_keys(n.sort_name)
            for a, n in zip(cit.authors[2:], names[2:], strict=False))}
        kept = every or kept
    return kept or cands


def initials_narrow(index: ReferenceIndex, cands: set[int], cit: Citation) -> set[int]:
    """"(J. Lee, 2016)": initials written before the family name pick among same-name entries."""
    if not cit.authors or len(cands) < 2:
        return cands
    toks = cit.authors[0].split()
    initials = [t[0].lower() for t in toks[:-1] if t[:1].isupper() and (len(t.rstrip(".")) == 1 or t.endswith("."))]
    if not initials:
        return _given_narrow(index, cands, toks) if len(toks) == 2 and toks[0][:1].isupper() else cands
    kept = {i for i in cands if (names := index.refs[i].fields.authors)
            and (given := names[0].given or "") and nm.fold(given)[:1] == initials[0]}
    return kept or cands


def _given_narrow(index: ReferenceIndex, cands: set[int], toks: list[str]) -> set[int]:
    """"(Elif Abbey)": a whole given name picks "Abbey, Elif" over "Abbey, Edward"."""
    given = nm.fold(toks[0])
    kept = {i for i in cands if (names := index.refs[i].fields.authors)
            and nm.fold(names[0].given or "").split()[:1] == [given]}
    return kept or cands


def case_narrow(index: ReferenceIndex, cands: set[int], cit: Citation) -> set[int]:
    """"(AHMED et al.)" beside "Ahmed, X., et al." and "AHMED, Y., et al.": when nothing else tells the
    entries apart, the name printed letter for letter as one of them prints it does."""
    if len(cands) < 2 or not cit.authors:
        return cands
    if " " not in cit.authors[0].strip():
        # "INSEE found" beside "INSEE. Amino Acid ...", "---. Le Commerce ..." and "INSEE, Anna": the name alone,
        # with no initial, is the body's (MLA writes "A. INSEE" for the person)
        bodies = {i for i in cands if (names := index.refs[i].fields.authors) and names[0].literal == cit.authors[0]}
        if bodies:
            return bodies
    printed = cit.authors[0].split()[-1]
    kept = {i for i in cands if (names := index.refs[i].fields.authors) and names[0].family == printed}
    return kept if len(kept) == 1 else cands


def title_narrow(index: ReferenceIndex, cands: set[int], title: str | None) -> set[int]:
    """MLA's short title picks one of an author's works: "(Woolf, Years 87)" is *The Years*,
    "(Woolf, Diary 2: 301)" volume 2 of *The Diary of Virginia Woolf*. The title's opening
    words decide first (articles aside), then the words anywhere in the title."""
    if not title or len(cands) < 2:
        return cands
    tw = nm.title_words(title)
    tries = [tw]
    if len(tw) > 1 and tw[-1].isdigit():
        tries.append(tw[:-1])  # a volume number after the short title
    for t in tries:
        core = nm.title_core(t)
        kept = {i for i in cands if nm.title_core(index.titles[i])[: len(core)] == core}
        if kept:
            return kept
    for t in tries:
        phrase = " " + " ".join(t) + " "
        kept = {i for i in cands if phrase in " " + " ".join(index.titles[i]) + " "}
        if kept:
            return kept
    # The entry's title is the opening of the cited one: the parser stopped it at a quotation inside
    # it ("Phenological, ... Characteristics of “Vênus” Grapevine onto Rootstocks").
    core = nm.title_core(tw)
    kept = {i for i in cands if len(entry := nm.title_core(index.titles[i])) >= 3 and core[: len(entry)] == entry}
    # Or the parser read no title where the entry prints it: "LEVINSON, S. C. Pragmática. 2007."
    kept = kept or {i for i in cands if not index.titles[i] and index.raw_contains(i, title)}
    # Or read a shorter one than the citation prints: "(J. Wang, DNA Topoisomerases. Annu Rev Biochem 65: 635–692)"
    # for "Wang, J. DNA Topoisomerases. Annu Rev Biochem 65: 635–692. 1996." (title "DNA Topoisomerases").
    return kept or {i for i in cands if len(tw) >= 3 and index.raw_contains(i, title)} or cands


def name_candidates(index: ReferenceIndex, name: str) -> tuple[set[int], set[int]]:
    name = name.strip()
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    exact, short = index.by_name(name)
    if not exact and not short:
        stripped = nm.strip_doc_suffix(name)
        if stripped != name:
            exact, short = index.by_name(stripped)
    if not exact and not short:
        # "UN/IOM Report on Human Trafficking in ..." -> "UN/IOM Report" -> "UN/IOM".
        toks = name.split()
        for k, tok in enumerate(toks[1:], start=1):
            if tok.lower() in ("on", "of", "in", "for", "about") and k >= 1:
                lead = nm.strip_doc_suffix(" ".join(toks[:k]))
                if lead != " ".join(toks[:k]) or nm.looks_like_acronym(lead):
                    exact, short = index.by_name(lead)
                break
    if not exact and not short and "/" in name:
        # People joined by a slash in capitals, "(MITTELBACH/MCGILL 2019)", are read whole, as a
        # body's "WHO/UNICEF" is; when no entry has the whole, the first person leads.
        exact, short = index.by_name(name.split("/")[0])
    return exact, short


_ABBREVIATION = re.compile(r"(?:[A-Z]\.){0,3}([A-Z][a-zà-ÿ'’-]+)\.$")


def abbreviation_candidates(index: ReferenceIndex, word: str) -> set[int]:
    """Entries whose first author's family name the word abbreviates, as botanists print an authority: "Pellegr."
    for Pellegrin, "Saff." for Safford, "R.E.Fr." for Fries R.E. Only a word ending in a full stop counts, and only
    the opening of a longer family name."""
    m = _ABBREVIATION.fullmatch(word.strip())
    if m is None:
        return set()
    stem = nm.fold(m.group(1))
    out = set()
    for i, ref in enumerate(index.refs):
        people = ref.fields.authors or ref.fields.editors
        family = nm.fold(people[0].family or "") if people else ""
        if len(family) > len(stem) and family.startswith(stem):
            out.add(i)
    return out


_REPRINT_RE = re.compile(r"[(\[](1[5-9]\d\d|20\d\d)[)\]]\s*(1[5-9]\d\d|20\d\d)[a-z]?\b")


_MAIN_TITLE_END = re.compile(r"[.:?!]\s")


def names_main_title(index: ReferenceIndex, i: int, cited: str) -> bool:
    """Whether the words CITED cover entry i's whole main title (up to its subtitle): a title given where the author
    goes identifies a work only then. "la Culture (1973, 1981)" opens "La Culture des individus" but names a
    ministry, not that book."""
    title = index.refs[i].fields.title or ""
    main = nm.title_core(nm.title_words(_MAIN_TITLE_END.split(title + " ", maxsplit=1)[0]))
    return bool(main) and nm.title_core(nm.title_words(cited))[: len(main)] == main


def co_author_fits(index: ReferenceIndex, cit: Citation, exclude: set[int]) -> bool:
    """Whether another entry has the cited name as a later author and the cited year: "Dias (1955)"
    for "MORAIS & DIAS (1955)" beside "DIAS (1959)" cites the joint work by its second author, and
    is no year-mismatch against Dias's own entry."""
    if len(cit.authors) != 1 or cit.et_al:
        return False  # "Berger et al., 2011" and "Mongeon; Paul-Hus" name the first author themselves
    keys = nm.person_keys(cit.authors[0])
    for i, ref in enumerate(index.refs):
        if i in exclude or not year_fits(ref.fields.year, cit.year):
            continue
        if any(keys & nm.person_keys(n.family or "") for n in ref.fields.authors[1:]):
            return True
    return False


def first_and_reprint_years(raw: str) -> tuple[str, ...]:
    """Chicago "Habermas, Jürgen. (1962) 1989.": cited as 1989 or as [1962] 1989."""
    m = _REPRINT_RE.search(raw[:200])
    return m.groups() if m else ()


def unparsed_year_fits(entry_year: str | None, raw: str, cited: str | None) -> bool:
    """The parser found no year in "Poultry Science 2003;82(3):454-62.": the year printed in
    the entry still tells whether the citation's year is right."""
    if entry_year or not cited or not cited[:4].isdigit():
        return False
    return re.search(rf"(?<!\d){cited[:4]}(?!\d)", raw) is not None


def range_year_fits(entry_year: str | None, raw: str, cited: str | None) -> bool:
    """"Platnick NI (2001–2012) The World Spider Catalog": a work dated by a range of years (a
    catalogue, a serial) is cited by any year inside it, most often the last."""
    if not entry_year or not entry_year[:4].isdigit() or not cited or not cited[:4].isdigit():
        return False
    # the date as printed: bracketed "(2001–2012)" or closed by a full stop "2001–2012." (not a DOI, URL or pages)
    m = re.search(rf"(?:\(|(?<=\s)){entry_year[:4]}\s?[-–—]\s?((?:1[5-9]|20)\d\d)(?:\)|\.(?!\d))", raw)
    return m is not None and entry_year[:4] < cited[:4] <= m.group(1)


_LINK = re.compile(r"\S*(?:/|doi|www\.)\S*", re.IGNORECASE)


def printed_year_fits(raw: str, cited: str | None) -> bool:
    """The cited year is printed in the entry as a year (not inside a DOI, URL or page range)."""
    if not cited or not cited[:4].isdigit():
        return False
    text = _LINK.sub(" ", raw)
    return re.search(rf"(?<![\d.\-–]){cited[:4]}(?![\d\-–])", text) is not None


def one_per_work(index: ReferenceIndex, cands: set[int]) -> set[int]:
    """An entry listed twice is one work: the citation points to the first copy (the copy
    itself is reported once, as duplicate-entry), not to two entries it cannot tell apart."""
    if len(cands) < 2:
        return cands
    seen: dict[tuple[str, ...], int] = {}
    kept = set()
    for i in sorted(cands):
        ident = index.identities[i]
        if index.copy_of(i) != i and index.copy_of(i) in cands:
            continue  # a copy the duplicate-entry check reports: "99," and "99." print one work
        if ident is None:
            kept.add(i)
        elif ident not in seen:
            seen[ident] = i
            kept.add(i)
    if len(kept) > 1:
        # The copy that lost its DOI or URL ("Hunt, LA, et al. Assessment ... 2012, https://doi..." and
        # "---, et al. Assessment ... 2012."): the duplicate-entry check's own test of one work.
        from refcheck.same_work import duplicate_pairs

        order = sorted(kept)
        kept -= {order[j] for _, j in duplicate_pairs([index.refs[i] for i in order], parsed=True)}
    if len(kept) > 1:
        # Printed alike but for a link, whatever the parser made of them: "Hipp, DR, et al. SQLite. 2015,
        # https://www.sqlite.org/." and "---, et al. SQLite. 2015.".
        seen_printed: dict[tuple[str, str], int] = {}
        for i in sorted(kept):
            key = printed_work(index.refs[i])
            if key is not None and key in seen_printed:
                kept.discard(i)
            elif key is not None:
                seen_printed[key] = i
    return kept


_LINK = re.compile(r"\b(?:https?://|doi:|www\.)\S+", re.IGNORECASE)


def printed_work(ref) -> tuple[str, str] | None:  # noqa: ANN001 - Reference
    """The first author and the entry as printed without its names ("---" stands for them), links and
    punctuation aside."""
    people = ref.fields.authors or ref.fields.editors
    if not people:
        return None
    names = {w for p in people for w in nm.words(" ".join(filter(None, (p.family, p.given, p.literal))))}
    printed = " ".join(t for t in _LINK.sub(" ", ref.raw).split() if not (t.strip(",.").isupper() and len(t) <= 4))
    words = [w for w in nm.words(printed) if w not in names and w not in ("et", "al")]  # initials aside too
    if len(words) < 2:
        return None
    return nm.fold(people[0].family or people[0].literal or ""), " ".join(words)


def exact_letter(index: ReferenceIndex, cands: set[int], year: str | None) -> set[int]:
    """The entry printed with the cited year exactly: "2019b" is the 2019b entry, and a plain "2024"
    is the unlettered 2024 entry when the list also has a "2024a" (a list that lettered only its
    second work); plain "2019" with only "2019a" and "2019b" listed stays ambiguous."""
    if not year or year.startswith("n") and not year.startswith("n.d."):
        return cands
    year = year_base(year) or ""
    printed = {i: year_base(index.refs[i].fields.year) or "" for i in cands}
    stem, letter = year_letter(year)
    if letter:
        kept = {i for i in cands if printed[i] == year}
    elif year in printed.values():
        kept = {i for i in cands if not (year_letter(printed[i])[0] == stem and year_letter(printed[i])[1])}
    else:
        return cands
    return kept or cands


def by_year_closeness(index: ReferenceIndex, cands: set[int], year: str | None) -> list[int]:
    def dist(i: int) -> int:
        e = (index.refs[i].fields.year or "")[:4]
        c = (year or "")[:4]
        return abs(int(e) - int(c)) if e.isdigit() and c.isdigit() else 9999

    return sorted(cands, key=lambda i: (dist(i), i))


def count_narrow(index: ReferenceIndex, cands: set[int], cit: Citation) -> set[int]:
    """"(Kessler et al., 2004)" is the Kessler 2004 entry with three or more authors, "(Anderson,
    2006)" the one Anderson wrote alone: the number of names cited tells same-year works apart."""
    if len(cands) < 2 or not cit.authors:
        return cands
    def fits(i: int) -> bool:
        n = name_count(index.refs[i])
        if cit.et_al:
            return n >= 3 or (n >= 2 and len(cit.authors) >= 2)
        return n == len(cit.authors)
    kept = {i for i in cands if fits(i)}
    return kept or cands


# "Jaspersen SL, Winey M." read as one author "Jaspersen SL": a family name that ends in initials.
_MISREAD_FAMILY = re.compile(r"\s[A-Z]{1,3}\.?$")
# "FENG, X. et al. The impacts ...", "Smith J, et al. (2010)": the entry itself stops after the first names.
_LISTED_ET_AL = re.compile(r"^[^\d“\"(]{0,80}?\bet\.?\s+al\b", re.IGNORECASE)
_VANCOUVER_NAME = re.compile(r"(?:^|,\s*)[" + CAPS + r"][\w'’-]+(?:\s[a-zà-þ]{1,3})?"
                             r"(?:\s[" + CAPS + r"][\w'’-]+)?\s[A-Z]{1,3}\b")


_ET_AL_HEAD = re.compile(r"\bet\.?\s+al\b")


def name_count(ref: Reference) -> int:
    """How many names the entry lists: as parsed, or, when the parser read "Jaspersen SL, Winey
    M." as one name, as printed (Vancouver names up to the first full stop after initials)."""
    people = ref.fields.authors or ref.fields.editors
    head = re.split(r"[“\"]|\b(?:1[5-9]|20)\d\d\b", ref.raw, maxsplit=1)[0]
    if ref.fields.et_al or _LISTED_ET_AL.search(ref.raw) or _ET_AL_HEAD.search(head):
        return max(len(people), 3)  # "Wang, L., et al. “Programming ...”": the list names three or more
    if not any(p.family and _MISREAD_FAMILY.search(p.family) for p in people):
        return len(people)
    lead = re.split(r"(?<=\b[A-Z])\.\s|\.\s(?=\d{4})", ref.raw, maxsplit=1)[0]
    return max(len(_VANCOUVER_NAME.findall(lead)), len(people))


def second_author_slip(index: ReferenceIndex, only: int, cit: Citation) -> str | None:
    """"(Hernandez & Miler, 2017)" for an entry by Hernández & Miller, "Blackwell, Trzesnieski, and Dweck (2007)"
    for Trzesniewski: a co-author's name is misspelt. Only a near miss counts; an unrelated name may be the parser's
    mistake, and a name the entry's text holds as printed is no slip at all."""
    names = index.refs[only].fields.authors
    if len(cit.authors) < 2 or len(names) < len(cit.authors) or cit.et_al:
        return None
    for k in range(1, len(cit.authors)):
        name = nm.cited_family(cit.authors[k])
        if index.raw_contains(only, name):
            continue
        cited = nm.person_key(name)
        entry = nm.person_key(names[k].sort_name)
        if not cited or not entry or cited == entry or cited in nm.person_keys(names[k].sort_name) or (
                cit.kind == "narrative" and k == len(cit.authors) - 1 and case_form(cited, entry)):  # the last
            continue  # name's case ending: "og Clarkes (2006)"
        if len(cited) >= 4 and osa_distance(cited, entry) <= (1 if len(entry) <= 7 else 2):
            return cit.authors[k]
    return None


def variant(cit: Citation, names: list[nm.Name]) -> str | None:
    """The entry's spelling when the citation differs from it only by accents."""
    if not cit.authors or not names:
        return None
    cited = unicodedata.normalize("NFKC", cit.authors[0]).strip()  # (a PDF's ligature is no variant: "Bonﬁglioli")
    entry = unicodedata.normalize("NFKC", names[0].sort_name).strip()
    if not cited or not entry:
        return None
    c_letters = "".join(ch for ch in cited.lower() if ch.isalpha())
    e_letters = "".join(ch for ch in entry.lower() if ch.isalpha())
    if c_letters == e_letters or not c_letters.endswith(strip_marks(e_letters)[-3:]):
        return None
    if strip_marks(c_letters) == strip_marks(e_letters) and c_letters != e_letters:
        return entry
    return None


def all_names_in_entry(index: ReferenceIndex, cit: Citation) -> int | None:
    """"(Deaton and Case, 2009)" for "Case A, Deaton A. 2009.": every cited name stands in the
    opening words of exactly one entry of that year, in another order. The one entry, or None."""
    if len(cit.authors) < 2 or cit.et_al or not cit.year:
        return None
    keys = ["".join(nm.words(a)) for a in cit.authors]
    if any(len(k) < 2 for k in keys):
        return None
    pools = [index.by_raw_lead(a) for a in cit.authors]
    cands = set().union(*pools)
    hits = [i for i in cands if all(k in index.raw_lead_text[i][:120] for k in keys)
            and (year_fits(index.refs[i].fields.year, cit.year)
                 or unparsed_year_fits(index.refs[i].fields.year, index.refs[i].raw, cit.year))]
    return hits[0] if len(hits) == 1 else None
