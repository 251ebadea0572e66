"""Span repairs for venues and heads the tagger misreads, kept apart from refcheck.parser.repair for its size.

Each takes and returns the (label, text, all-italic) spans of one entry."""

from __future__ import annotations

import re

Span = tuple[str, str, bool]
_CONTAINERS = ("journal", "container-title")
# "Pattern Analysis and Machine Intelligence, IEEE Transactions on": the inverted name's tail
_INVERTED_TAIL = re.compile(
    r"^(?:[A-Z]{2,6}\s+)?(?:Transactions|Journal|Proceedings|Letters|Magazine)\s+(?:on|of)[,.;]?$")
# a conference's acronym printed as the venue: "CVPR 2012.", "NIPS 1995.", "ICCV."
# ("SCM, 1966." with its comma is MLA's publisher and year)
_ACRONYM = re.compile(r"^(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z]{2,7}(?:\s?['’]\d\d)?\.?$")
# acronyms that do name publishers or bodies ("ACM, New York", "IEEE.", "WHO")
_PUBLISHER_ACRONYMS = frozenset({
    "IEEE", "ACM", "SIAM", "MIT", "AMS", "APS", "AIP", "IOP", "OUP", "CUP", "RSC", "WHO", "CRC", "SPIE",
    "OECD", "UNESCO", "NBER", "ASME", "ASCE", "AIAA", "IET", "IEE", "NASA", "USGS", "CSIRO", "FAO", "UNICEF",
    "UNDP", "IMF", "IARC", "NIH", "CDC", "EPA", "NAS", "BMJ", "SAGE", "ASM", "ACS", "AAAS", "APA", "MLA",
})
_ARTICLE = frozenset({"The", "A", "An"})
_SENTENCE_END = re.compile(r"[.?!][”\"’»]?$")
_ROLE = re.compile(r"\b(?:eds?|editors?|edited|hrsg|dirs?|comps?|in)\b", re.I)


def repair_venues(spans: list[Span]) -> list[Span]:
    spans = _inverted_container_tail(spans)
    spans = _conference_acronym(spans)
    spans = _title_read_as_publisher(spans)
    spans = _editors_inside_authors(spans)
    # (speed: each repair below needs a label, or the absence of one, that most entries do not meet)
    labels = {s[0] for s in spans}
    for needs, repair in _GATED:
        if needs(labels) and (changed := repair(spans)) is not spans:
            spans, labels = changed, {s[0] for s in changed}
    return _year_read_as_accessed(spans)


def _inverted_container_tail(spans: list[Span]) -> list[Span]:
    """"..., IEEE Transactions on" after a container is the container's own tail, not a publisher."""
    for i in range(1, len(spans)):
        (la, ta, ia), (lb, tb, ib) = spans[i - 1], spans[i]
        if la in _CONTAINERS and lb != la and ta.endswith(",") and _INVERTED_TAIL.match(tb):
            return [*spans[:i - 1], (la, f"{ta} {tb}", ia and ib), *spans[i + 1:]]
    return spans


def _conference_acronym(spans: list[Span]) -> list[Span]:
    """A lone acronym after the title, read as the publisher though nothing else of a book follows ("CVPR
    2012.", "NIPS 1995.", "... prediction. ICCV" at the end), is the conference the paper appeared at: the
    container. Only a year, a DOI or a URL may follow it (a report's "NIST. Retrieved ... from" keeps its
    publisher)."""
    labels = [s[0] for s in spans]
    if any(lab in _CONTAINERS or lab == "location" for lab in labels):
        return spans
    for i in range(1, len(spans)):
        label, text, italic = spans[i]
        if (label == "publisher" and labels[i - 1] == "title" and _ACRONYM.match(text)
                and text.rstrip(".,").split()[0] not in _PUBLISHER_ACRONYMS
                and (i + 1 == len(spans) or labels[i + 1] == "date")
                and all(lab in ("doi", "url") for lab in labels[i + 2:])):  # not "NIST. Retrieved ... from"
            return [*spans[:i], ("container-title", text, italic), *spans[i + 1:]]
    return spans


def _title_read_as_publisher(spans: list[Span]) -> list[Span]:
    """ACM's "Authors. 2007. The 2007 WHO classification of ....": the words right after the authors' year,
    before any title, read as publisher ("The", "The Oligopoly of ... Digital") with the rest of the
    sentence cut into a date, an author or a title, are the title up to its full stop."""
    labels = [s[0] for s in spans]
    d = next((k for k, lab in enumerate(labels) if lab == "date"), -1)
    if d < 1 or labels[d - 1] != "author" or "title" in labels[:d] or d + 1 >= len(spans):
        return spans
    label, text, _ = spans[d + 1]
    words = text.split()
    if label != "publisher" or not words[0][:1].isupper() or (
            "title" not in labels[d + 2:] and words[0] not in _ARTICLE and len(words) < 3):
        return spans
    for e in range(d + 1, len(spans)):
        if spans[e][0] not in ("publisher", "date", "author", "title") or spans[e][1].startswith("("):
            return spans
        if _SENTENCE_END.search(spans[e][1]):
            if e == d + 1:
                return spans
            title = " ".join(s[1] for s in spans[d + 1:e + 1])
            return [*spans[:d + 1], ("title", title, all(s[2] for s in spans[d + 1:e + 1])), *spans[e + 1:]]
    return spans


def _editors_inside_authors(spans: list[Span]) -> list[Span]:
    """The middle of a long author list ("..., T Pedersen, | E Miller, ..., K Woo, and H | Yutani.") read
    as editors, with no editor's role word in it and authors on both sides, is authors."""
    for i in range(1, len(spans) - 1):
        if (spans[i][0] == "editor" and spans[i - 1][0] == "author" and spans[i + 1][0] == "author"
                and not _ROLE.search(spans[i][1])):
            a, b = spans[i - 1], spans[i + 1]
            return [*spans[:i - 1], ("author", f"{a[1]} {spans[i][1]} {b[1]}", a[2] and spans[i][2] and b[2]),
                    *spans[i + 2:]]
    return spans


_YEAR_ACCESSED = re.compile(r"^(?P<head>(?:1[5-9]\d\d|20\d\d)\.\s+)?(?P<year>(?:1[5-9]\d\d|20\d\d)[,.])$")
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")


def _year_read_as_accessed(spans: list[Span]) -> list[Span]:
    """MLA's "Title. 2021, doi:..." / "Boletim Anual OCTI 2022. 2023, https://...": a bare year after the
    title read as an access date, in an entry with no dated span, is the date (a year before it that
    closes the title's sentence is the title's)."""
    if any(lab == "date" and _HAS_YEAR.search(t) for lab, t, _ in spans):
        return spans
    for i in range(1, len(spans)):
        label, text, italic = spans[i]
        m = _YEAR_ACCESSED.match(text) if label == "accessed" else None
        if m and spans[i - 1][0] == "title":
            prev = spans[i - 1]
            title = f"{prev[1]} {m.group('head').strip()}" if m.group("head") else prev[1]
            return [*spans[:i - 1], ("title", title, prev[2]), ("date", m.group("year"), italic), *spans[i + 1:]]
    return spans


_VANCOUVER_DATE = re.compile(r"^(?:1[5-9]\d\d|20\d\d)[a-z]?(?:;|\s+[A-Z][a-z]{2}\b)")
_SENTENCE_SPLIT = re.compile(r"(?<=[a-z)][.?!])\s+(?=[A-Z])")


def journal_ending_the_title(spans: list[Span]) -> list[Span]:
    """Vancouver "Comprehensive proteomics. Current opinion in biotechnology. 2011;22(1):3–8.": with no
    journal read and the title's last sentence right before a Vancouver date ("2011;", "2014 Oct;"), that
    sentence is the journal (the tagger ran the title on to it when its words are not abbreviated)."""
    labels = [s[0] for s in spans]
    if any(lab in (*_CONTAINERS, "publisher") for lab in labels) or "title" not in labels:
        return spans
    t = labels.index("title")
    if t + 1 >= len(spans) or labels[t + 1] != "date" or not _VANCOUVER_DATE.match(spans[t + 1][1]):
        return spans
    if "author" not in labels[:t] or not any(lab in ("volume", "pages") for lab in labels[t + 2:]):
        return spans
    parts = _SENTENCE_SPLIT.split(spans[t][1])
    if len(parts) < 2 or len(parts[-1].split()) > 10 or len(" ".join(parts[:-1]).split()) < 2:
        return spans
    italic = spans[t][2]
    return [*spans[:t], ("title", " ".join(parts[:-1]), italic), ("journal", parts[-1], italic), *spans[t + 1:]]


_PLACE_SENTENCE = re.compile(r"^(?P<place>[A-Z][a-z'’-]{2,}(?:\s+[A-Z][\w'’-]*){0,2}[.])\s+(?P<rest>[A-Z].*)$")
_VANCOUVER_AUTHOR = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[a-z]+)*\s+[A-Z]{1,3}(?:,|$)")


def place_closing_the_title(spans: list[Span]) -> list[Span]:
    """"... in children from the Ashanti region, | Ghana. Malar J 9: 201": a title cut at a comma, and a
    journal that opens with a short capitalised sentence ("Ghana.", "Vietnam."), is a title that ends
    with that place in a Vancouver list; the journal is what follows it ("J. Symbolic Logic" and "Proc.
    of HPCA" open with abbreviations, not places)."""
    authors = [t for lab, t, _ in spans if lab == "author"]
    if not authors or not _VANCOUVER_AUTHOR.match(authors[0]):  # Vancouver's names: "Krefis AC, Schwarz NG"
        return spans
    for i in range(1, len(spans)):
        (la, ta, ia), (lb, tb, ib) = spans[i - 1], spans[i]
        if la != "title" or lb not in _CONTAINERS or not ta.endswith(","):
            continue
        m = _PLACE_SENTENCE.match(tb)
        if not m:
            return spans
        return [*spans[:i - 1], (la, f"{ta} {m.group('place')}", ia), (lb, m.group("rest"), ib), *spans[i + 1:]]
    return spans


def places_inside_the_title(spans: list[Span]) -> list[Span]:
    """"Climate change anxiety in China, | India, Japan, and | the United States. Journal of ...": place
    names the tagger read as the imprint's place, between a title cut at its comma and the rest of it
    (or the journal, in an entry that names no publisher: a place before the date is a book's imprint),
    are words of the title."""
    if any(s[0] == "publisher" for s in spans):
        return spans
    for i in range(1, len(spans) - 1):
        (la, ta, ia), lb = spans[i - 1], spans[i][0]
        if la != "title" or lb != "location" or not ta.endswith(","):
            continue
        j = i  # the place run (two spans when a later repair gave names back to it)
        while j + 1 < len(spans) and spans[j + 1][0] == "location":
            j += 1
        if j + 1 >= len(spans):
            return spans
        tb = " ".join(s[1] for s in spans[i:j + 1])
        lc, tc, ic = spans[j + 1]
        if lc == "title":
            return [*spans[:i - 1], ("title", f"{ta} {tb} {tc}", ia and ic), *spans[j + 2:]]
        if lc in _CONTAINERS and _SENTENCE_END.search(tb):
            return [*spans[:i - 1], ("title", f"{ta} {tb}", ia), *spans[j + 1:]]
        return spans
    return spans


_AVAILABLE = re.compile(r"^Available(?:\s+(?:online|from|at|on))*:?$", re.I)


def available_is_no_publisher(spans: list[Span]) -> list[Span]:
    """"... 580-597. Available online at: doi:10.1890/...": the words announcing a link are no publisher."""
    if not any(s[0] == "publisher" and _AVAILABLE.match(s[1]) for s in spans):
        return spans
    return [("note", t, i) if lab == "publisher" and _AVAILABLE.match(t) else (lab, t, i) for lab, t, i in spans]


_OPEN_IMPRINT = re.compile(r"^(?P<title>.*\S)\s+\((?P<pub>[^()]+?),?$")
_CLOSING_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)[a-z]?\)[,.:]?$")


def imprint_in_brackets(spans: list[Span]) -> list[Span]:
    """Chicago notes: "Climate Change Financing and Aid Effectiveness: Ghana Case Study (UNEP, CTCN, 2011),
    http://...": a title whose bracket the date closes holds the publisher after that bracket."""
    for i in range(len(spans) - 1):
        (la, ta, ia), (lb, tb, _) = spans[i], spans[i + 1]
        if la != "title" or lb != "date" or not _CLOSING_YEAR.match(tb) or ta.count("(") <= ta.count(")"):
            continue
        m = _OPEN_IMPRINT.match(ta)
        if not m or not m.group("pub")[:1].isupper():
            return spans
        return [*spans[:i], ("title", m.group("title"), ia), ("publisher", f"({m.group('pub')},", False),
                *spans[i + 1:]]
    return spans


_RUNNING = frozenset({"title", "note", "collection-title"})
_VOLUME_COLON = re.compile(r"^\d+[a-z]?(?:\s?\([^)]*\))?[:,]$")


def journal_before_volume_and_pages(spans: list[Span]) -> list[Span]:
    """"... Silvestri, | 1910 (Diplopoda, Polydesmida, Dalodesmidea) from southern Tasmania, Australia. ZooKeys
    | 7: | 55-74.": with no journal read, a taxon's authority and higher taxa break the title into notes and
    series; the words after the last full stop before "volume: pages" are the journal, the rest the title."""
    labels = [s[0] for s in spans]
    if any(lab in _CONTAINERS for lab in labels) or "title" not in labels:
        return spans
    t = labels.index("title")
    v = t
    while v < len(spans) and labels[v] in _RUNNING:
        v += 1
    if v == t + 1 or v + 1 >= len(spans) or labels[v] != "volume" or labels[v + 1] != "pages":
        return spans
    if not _VOLUME_COLON.match(spans[v][1]):
        return spans
    parts = _SENTENCE_SPLIT.split(" ".join(s[1] for s in spans[t:v]))
    if len(parts) < 2 or len(parts[-1].split()) > 6:
        return spans
    return [*spans[:t], ("title", " ".join(parts[:-1]), False), ("journal", parts[-1], False), *spans[v:]]


_HOLDERS = frozenset({*_CONTAINERS, "publisher"})
_GATED = (
    (lambda labs: "location" in labs, places_inside_the_title),
    (lambda labs: "publisher" in labs, available_is_no_publisher),
    (lambda labs: "date" in labs and "title" in labs, imprint_in_brackets),
    (lambda labs: not labs & _HOLDERS, journal_ending_the_title),
    (lambda labs: not labs.intersection(_CONTAINERS), journal_before_volume_and_pages),
    (lambda labs: bool(labs.intersection(_CONTAINERS)), place_closing_the_title),
)
