"""Repairs of book entries' tails, kept apart from refcheck.parser.repair for its size limit."""

from __future__ import annotations

import re

Span = tuple[str, str, bool]
_BOOK_TAIL = frozenset({"title", "publisher", "location"})
# "Sketchpad: A ... System; MIT Lincoln Labs: Cambridge, MA," (ACS): the title up to its semicolon,
# then a publisher without ";" or ":" in it, a colon, and the place.
_TITLE_PUBLISHER_PLACE = re.compile(r"^(?P<title>[^;]+;)\s+(?P<pub>[^;:]+):\s+(?P<place>[^;:]+)$")
# a sentence closed inside the title or publisher: not this form ("Persuasion; Psychological Studies of
# Opinion Change. New Haven, CT: Yale", "... human reality. New York ; Oxford: Oxford University Press")
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{2}[.?!]\s")


def acs_publisher_colon_place(spans: list[Span]) -> list[Span]:
    """ACS prints a book "Title; Publisher: Place, Year.": where the words between the authors and the
    date are only title, publisher and place, however the tagger cut them ("MIT Lincoln | Labs:
    Cambridge", "Writing | Center; Utah State ... Press: Logan", "Posthumain; Presses de l’université
    de Laval: | Laval,"), the title ends at the semicolon, the publisher at the colon."""
    labels = [s[0] for s in spans]
    if "title" not in labels or "date" not in labels:
        return spans
    a = labels.index("title")
    d = next((k for k in range(a + 1, len(labels)) if labels[k] == "date"), 0)
    part = spans[a:d]
    if len(part) < 2 or any(s[0] not in _BOOK_TAIL for s in part) or not any(
            s[0] in ("publisher", "location") for s in part):
        return spans
    m = _TITLE_PUBLISHER_PLACE.match(" ".join(s[1] for s in part))
    if not m or _SENTENCE_BREAK.search(m.group("title")) or _SENTENCE_BREAK.search(m.group("pub")):
        return spans
    italic = part[0][2]
    return [*spans[:a], ("title", m.group("title"), italic), ("publisher", m.group("pub") + ":", False),
            ("location", m.group("place"), False), *spans[d:]]


_IMPRINT_TAIL = frozenset({"journal", "container-title", "publisher", "location", "volume", "pages"})
# "Blackwell Publishing, Oxford, 286 pp.", "Chapman & Hall/CRC, Boca Raton, 392 pp.", "Springer, Berlin,
# Heidelberg, New York, 299 pp.", "Warsaw Agricultural University Press, 96 pp.": a book's imprint and its
# page count (a Roman count of front matter may come first: "xxiv + 306 pp.")
_IMPRINT_PAGES = re.compile(r"^(?P<imprint>[^\d]+?),\s*(?P<count>(?:[ivxlc]+\s*\+\s*)?\d+)\s?pp\.?$")
_COMPANY_TAIL = re.compile(r"^(?:Inc|Ltd|Co|LLC|GmbH|S\.A|Publishers?)\.?$")
_STOP = re.compile(r"[.?!][”\"’»)]?$")


def imprint_and_page_count(spans: list[Span]) -> list[Span]:
    """"Ground beetles of Fennoscandia. Intercept, Andover, 814 pp.": after a title closed by its stop, a
    publisher, its places and the book's page count ("814 pp.", never an article's pages) are the
    publisher, the place and the pages, whatever the tagger made of them (a journal "Intercept,
    Andover," with volume "814"; a place cut out of "Warsaw | Agricultural University Press")."""
    if not spans or "pp" not in spans[-1][1]:  # the page count closes the entry (speed: most have none)
        return spans
    t = max((k for k, s in enumerate(spans) if s[0] == "title"), default=-1)
    tail = spans[t + 1:]
    if t < 0 or not tail or not _STOP.search(spans[t][1]) or any(s[0] not in _IMPRINT_TAIL for s in tail):
        return spans
    m = _IMPRINT_PAGES.match(" ".join(s[1] for s in tail))
    if not m:
        return spans
    parts = [p.strip() for p in m.group("imprint").split(",")]
    if not all(p[:1].isupper() for p in parts):
        return spans
    k = 1
    while k < len(parts) and _COMPANY_TAIL.match(parts[k]):  # "John Wiley & Sons, Inc., New York"
        k += 1
    out = [*spans[:t + 1], ("publisher", ", ".join(parts[:k]) + ",", False)]
    if parts[k:]:
        out.append(("location", ", ".join(parts[k:]) + ",", False))
    return [*out, ("pages", f"{m.group('count')} pp.", False)]


def publisher_to_imprint_comma(spans: list[Span]) -> list[Span]:
    """"New York: The Feminist Press at the City University of New York, 1987.": in an imprint "Place:
    Publisher, Year" the publisher runs from the colon to the comma before the year; where the tagger cut
    it mid-name (a publisher span ending on a word, "The Feminist Press | at the City | University of
    New | York,"), the words up to that comma are the publisher's."""
    for i in range(1, len(spans) - 2):
        if spans[i - 1][0] != "location" or not spans[i - 1][1].endswith(":") or spans[i][0] != "publisher" \
                or not spans[i][1][-1:].isalnum():
            continue
        j = i + 1
        while j < len(spans) and spans[j][0] in _BOOK_TAIL and spans[j][1][-1:].isalnum():
            j += 1
        if j + 1 >= len(spans) or spans[j][0] not in _BOOK_TAIL or not spans[j][1].endswith(",") \
                or spans[j + 1][0] != "date":
            return spans
        text = " ".join(s[1] for s in spans[i:j + 1])
        return [*spans[:i], ("publisher", text, spans[i][2]), *spans[j + 1:]]
    return spans


_IMPRINT_AND_LINKS = frozenset({"location", "publisher", "date", "doi", "url"})


def untitled_before_imprint(spans: list[Span]) -> list[Span]:
    """"Wordsworth, William. 1995. The Prelude: The Four Texts (1798, 1799, 1805, 1850). London: Penguin.": an
    entry with no title found whose names and date are followed by one span read as a note or a journal, and
    then only the book's imprint (place, publisher), has that span as its title."""
    labels = [s[0] for s in spans]
    if "title" in labels:
        return spans
    k = 1 if labels[:1] == ["citation-number"] else 0
    if labels[k:k + 2] != ["author", "date"] or len(spans) < k + 4 or labels[k + 2] not in ("note", "journal"):
        return spans
    rest = labels[k + 3:]
    if "publisher" not in rest or any(lab not in _IMPRINT_AND_LINKS for lab in rest):
        return spans
    return [*spans[:k + 2], ("title", spans[k + 2][1], spans[k + 2][2]), *spans[k + 3:]]
