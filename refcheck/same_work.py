"""Is this the same work entered twice? For a paper's list and for a .bib file alike.

Two entries are the same work when they carry the same DOI, or when their
titles are nearly the same (after folding accents, case, punctuation and the
subtitle separator; or one of them lost its subtitle) and their years and
first authors agree. What keeps
different works apart even when their titles are close: a different number in
the title ("Part I" / "Part II", "Vol. 2", "2012" / "2013"), different volumes,
different issues or first pages, different DOIs, and different kinds of publication (a
book beside one of its chapters, a technical report beside the paper it became).
The threshold on title similarity is calibrated on labelled pairs from real
data (benchmarks/bench_duplicates.py; figures in the README).
"""

from __future__ import annotations

import re
from collections import defaultdict, namedtuple

from refcheck.keys import ascii_fold
from refcheck.model import Name, Reference

# Title similarity (rapidfuzz ratio, 0-100) from which two titles are the same title.
TITLE_THRESHOLD = 90.0
_SUBTITLE = re.compile(r"\s*(?::|\s[-–—]\s|\.\s|\?\s|!\s)\s*")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_ROMAN = re.compile(r"^(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,3})$")
_MARKER = re.compile(r"\b(?:part|vol|volume|book|chapter|no|number|series|edition|ed|tome|band|teil)\b")
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "first": "1", "second": "2",
                 "third": "3", "fourth": "4", "fifth": "5"}


# What comparing two entries needs, computed once per entry. A namedtuple, not a frozen dataclass:
# dataclasses pulls in inspect, ~40 ms of every check's start-up (refcheck._perf). Fields: doi; title
# (folded, words joined by single spaces); main_title (before its subtitle separator, folded); numbers
# (numbers, roman numerals and numbered markers in the title); year; author (first author's family
# name or organisation, folded); author_words (every word of it, folded); type; volume; issue;
# first_page.
# printed: the whole entry as printed, folded, for titles too short to tell two works apart.
# part: a part number printed in the entry's title ("phred. II. Error ..."), for a DOI misprinted on two parts.
Work = namedtuple("Work", "doi title main_title numbers year author author_words type volume issue first_page "
                          "printed part")
# Below this share of title words in common, two printed entries sharing a DOI are two works.
DOI_WORDS_FLOOR = 0.3
# A title of fewer words than this says little ("Introduction", or "ex rel" misread from a court case).
SHORT_TITLE = 3


def fold(text: str | None) -> str:
    """Lower-case ASCII words separated by single spaces: accents, case and punctuation folded away."""
    return _NON_WORD.sub(" ", ascii_fold(text or "").lower()).strip()


# "... using phred. II. Error probabilities" / "... using phred. I. Accuracy assessment": a numbered
# part of a title as printed (a parser may cut the title at "I.", read as an initial).
_PRINTED_PART = re.compile(r"(?<=[a-z]\.)\s+([IVX]{1,4})\.\s+(?=[A-Z])")


def work_of(ref: Reference, parsed: bool = False) -> Work:
    """PARSED: the entry's fields were read from printed text (a paper's list), so its printed
    text is kept to check a short title with; a .bib entry's fields are the user's own."""
    f = ref.fields
    title = f.title or ""
    main = _SUBTITLE.split(title, maxsplit=1)[0]
    names: list[Name] = f.authors or f.editors
    author, words = "", frozenset[str]()
    if names:
        first = names[0]
        author = fold(first.literal if first.literal is not None else first.family)
        words = frozenset(fold(first.literal or f"{first.given or ''} {first.family or ''}").split())
    pages = re.match(r"\s*([A-Za-z]*\d+)", f.pages or "")
    return Work(doi=(f.doi or "").strip().lower(), title=fold(title), main_title=fold(main),
                numbers=_numbers(fold(title)), year=re.sub(r"[^0-9]", "", f.year or "")[:4],
                author=author, author_words=words, type=ref.type, volume=fold(f.volume), issue=fold(f.issue),
                first_page=pages.group(1).lower() if pages else "", printed=fold(ref.raw) if parsed else "",
                part=(m.group(1) if (m := _PRINTED_PART.search(ref.raw)) else "") if parsed else "")


def _numbers(folded: str) -> frozenset[str]:
    words = folded.split()
    out = set()
    for i, w in enumerate(words):
        if w.isdigit():
            out.add(str(int(w)))
        elif i > 0 and _MARKER.fullmatch(words[i - 1]) and (_ROMAN.match(w) or w in _NUMBER_WORDS):
            out.add(_roman(w) if _ROMAN.match(w) else _NUMBER_WORDS[w])
        elif len(w) >= 2 and _ROMAN.match(w) and i == len(words) - 1:
            out.add(_roman(w))  # "Foundation II"
    return frozenset(out)


def _roman(word: str) -> str:
    values = {"i": 1, "v": 5, "x": 10}
    total = 0
    for a, b in zip(word, [*word[1:], ""], strict=True):
        v = values[a]
        total += -v if b and values[b] > v else v
    return str(total)


def title_similarity(a: Work, b: Work) -> float:
    """0-100: the titles' similarity, or their main titles' when one entry lost its subtitle."""
    from rapidfuzz.fuzz import ratio

    score = ratio(a.title, b.title)
    one_lost_subtitle = (a.main_title == b.title != a.title) or (b.main_title == a.title != b.title)
    if one_lost_subtitle and len(min(a.title, b.title, key=len).split()) >= 3:
        score = 100.0  # "Poverty and Famines: An Essay on ..." / "Poverty and Famines"
    return score


def same_work(a: Work, b: Work, threshold: float = TITLE_THRESHOLD) -> bool:
    """True when A and B are one work entered twice (see the module's docstring)."""
    if a.doi and b.doi:
        # One DOI printed on two different works of a paper's list ("Insects betray themselves ..."
        # and "Oxylipin channelling ...") is a misprinted DOI, not one work listed twice.
        # In a .bib file (no printed text) the DOI is the user's own and decides alone.
        # So is one DOI on two numbered parts of a series ("... Antiviral Drugs: 1. HIV-Related ..." / "...: 3. ...").
        return a.doi == b.doi and not (a.printed and b.printed and (
            _shared_words(a.title, b.title) < DOI_WORDS_FLOOR or a.part != b.part
            or (a.numbers and b.numbers and a.numbers != b.numbers)))
    if not a.title and not b.title and a.printed and b.printed:
        # Science's and physics' lists print no titles ("L. Cong et al., Science 339, 819 (2013)."): the same
        # first author, year, volume and first page are one work
        return bool(a.year and a.author and a.volume and a.first_page) and a.year == b.year \
            and _same_first_author(a, b) and (a.volume, a.first_page) == (b.volume, b.first_page)
    if not (a.title and b.title and a.year and b.year) or a.year != b.year:
        return False
    if not (a.author and b.author):
        if a.title != b.title or len(a.title.split()) < 4:
            return False  # one entry lost its names: only an identical, long title will do
    elif not _same_first_author(a, b):
        return False
    # One long title printed alike: a copy that lost its journal or a number, which the parser then read
    # as a book or into another field ("Lancet, 377." read as pages 377), is still the same work.
    copy = a.title == b.title and len(a.title.split()) >= 4 and a.printed != "" and b.printed != ""
    # (a copy that lost its journal and kept its link is read as a web page: "FENG, & X. (2018). The impacts of
    # ... Province. China Rural Survey, n, 4. Retrieved from https://...")
    types = {a.type, b.type}
    kinds = _compatible(a.type, b.type) or (copy and (types == {"article", "book"}
                                                     or ("webpage" in types and "report" not in types)))
    if a.numbers != b.numbers or not kinds:
        return False  # Part I / Part II; a book and its chapter; a report and the paper it became
    for x, y in ((a.volume, b.volume), (a.issue, b.issue), (a.first_page, b.first_page)):
        if x and y and x != y and not (copy and _numbers_within(a, b)):
            return False  # two volumes, issues or articles of one series
    if a.printed and b.printed and _printed_prefix(a.printed, b.printed):
        return True  # "Schramm WL (1988) The story of ... microchip" printed again without its publisher
    if a.printed and b.printed and _title_prefix(a.title, b.title):
        return True  # "Cómo sobreviven los marginados, México, Siglo XXI": one copy's title ran into its imprint
    if a.printed and b.printed and min(len(a.title.split()), len(b.title.split())) < SHORT_TITLE:
        from rapidfuzz.fuzz import partial_ratio

        # "US ex rel. Boise v. Cephalon" / "US ex rel. Wetta v. AstraZeneca": the same short title
        # read from two different entries; only entries printed alike (one copy may stop early:
        # "Robust Optimization." / "Robust Optimization. Princeton University Press.") are one work.
        return title_similarity(a, b) >= threshold and partial_ratio(a.printed, b.printed) >= threshold
    return title_similarity(a, b) >= threshold


def _printed_prefix(a: str, b: str) -> bool:
    """Is one entry, as printed, the other's opening (a copy that lost its end: publisher, pages, link)?"""
    short, long = sorted((a.strip(" ."), b.strip(" .")), key=len)
    return len(short.split()) >= 8 and long.startswith(short)


def _title_prefix(a: str, b: str) -> bool:
    """Is one title (of four words or more) the other's opening, word for word?"""
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= 4 and long.startswith(short + " ")


def _numbers_within(a: Work, b: Work) -> bool:
    """Are the volume, issue and first page one entry prints all among the other's (in any field)?"""
    na, nb = ({x for x in (w.volume, w.issue, w.first_page) if x} for w in (a, b))
    return na <= nb or nb <= na


def _shared_words(a: str, b: str) -> float:
    """Share of the shorter title's longer words (4+ letters) that the other title has; 1.0 when
    either title has none (nothing to tell the two apart)."""
    wa, wb = ({w for w in t.split() if len(w) >= 4} for t in (a, b))
    if not wa or not wb:
        return 1.0
    return len(wa & wb) / min(len(wa), len(wb))


def _compatible(a: str, b: str) -> bool:
    """Entry types one work can have in two entries: the same, article/chapter (a conference paper
    is printed as either), or an unknown type beside anything but a report (a technical report
    and the paper or manuscript it became are two publications, often both listed)."""
    if a == b or {a, b} == {"article", "chapter"}:
        return True
    return "misc" in (a, b) and "report" not in (a, b)


def _same_first_author(a: Work, b: Work) -> bool:
    """The same family name, or one's family name among the other's name words: 'McMahan' /
    'H. B. McMahan', and 'Chandrasekharan, Narayanan' / 'Narayanan, Ch.' (given and family swapped)."""
    if a.author == b.author:
        return True
    return (len(a.author) >= 3 and a.author in b.author_words) or (len(b.author) >= 3 and b.author in a.author_words)


def duplicate_pairs(refs: list[Reference], threshold: float = TITLE_THRESHOLD,
                    parsed: bool = False) -> list[tuple[int, int]]:
    """(i, j), i < j, for every later entry j that repeats an earlier entry i (its first twin only).
    PARSED: the entries come from a paper's printed list (see work_of)."""
    works = [work_of(r, parsed) for r in refs]
    by_doi: dict[str, int] = {}
    by_year: dict[str, list[int]] = defaultdict(list)
    out: list[tuple[int, int]] = []
    for j, w in enumerate(works):
        match = by_doi.get(w.doi) if w.doi else None
        if match is not None and not same_work(works[match], w, threshold):
            match = None  # one DOI misprinted on two different works
        if match is None and w.year:
            match = next((i for i in by_year[w.year] if same_work(works[i], w, threshold)), None)
        if match is not None:
            out.append((match, j))
            continue
        if w.doi:
            by_doi.setdefault(w.doi, j)
        if w.year:
            by_year[w.year].append(j)
    return out
