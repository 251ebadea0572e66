"""Structural repairs of the tagger's spans, where a reference's grammar is certain and the
first-order CRF, which sees only neighbouring labels, can violate it."""

from __future__ import annotations

import re

from refcheck.normalizer.date import parse_year
from refcheck.parser.repair_authors import (
    author_cut_at_and,
    body_before_bracketed_year,
    body_with_its_name,
    dashed_body_author,
    group_author_before_year,
)
from refcheck.parser.repair_books import (
    acs_publisher_colon_place,
    imprint_and_page_count,
    publisher_to_imprint_comma,
    untitled_before_imprint,
)
from refcheck.parser.repair_dates import (
    in_press_opening_title,
    month_before_vancouver_year,
    no_date_closing_author,
    no_date_opening_span,
    year_between_title_parts,
    year_inside_title,
)
from refcheck.parser.repair_titles import title_through_bracket
from refcheck.parser.repair_venues import repair_venues

Span = tuple[str, str, bool]
_QUOTED = re.compile(r"^[“\"‘'«]")
_CONTAINERS = ("journal", "container-title")
# A numbered list, a place or a report number mark a publisher (IEEE "“Title,” Publisher, Place, Tech. Rep.").
_NOT_PERIODICAL = ("citation-number", "location", "genre")
_DAY_MONTH = re.compile(r"[A-Za-z]{3}")


_TEXT_LABELS = frozenset({"journal", "container-title", "collection-title", "publisher"})


def align_to_punctuation(words: list[str], labels: list[str]) -> list[str]:
    """Move a boundary between two name-like fields to the next printed separator.

    Titles, containers, publishers and places are separated by punctuation; a switch from
    one to another between two plain words ("National Human Trafficking | Hotline, Polaris")
    is the tagger hesitating mid-name, so the left field runs on to the next separator.
    """
    labels = list(labels)
    i = 1
    n = len(words)
    while i < n:
        left, right = labels[i - 1], labels[i]
        if (left != right and left in _TEXT_LABELS and right in _TEXT_LABELS and words[i - 1][-1].isalnum()
                and words[i][0] not in "(["):
            j = i
            while j < n and labels[j] == right:
                labels[j] = left
                if not words[j][-1].isalnum():
                    break
                j += 1
            i = j
        i += 1
    return labels


def repair(spans: list[Span]) -> list[Span]:
    spans = _given_name_read_as_month(spans)
    spans = no_date_opening_span(spans)
    spans = no_date_closing_author(spans)
    spans = dashed_body_author(spans)
    spans = author_cut_at_and(spans)
    spans = _title_past_inner_quotation(spans)
    spans = _title_runs_into_in(spans)
    spans = _author_before_year(spans)
    spans = body_with_its_name(spans)
    spans = group_author_before_year(spans)
    spans = body_before_bracketed_year(spans)
    spans = _late_authors(spans)
    spans = month_before_vancouver_year(spans)  # after the title's words read as names are the title's again
    spans = _repeated_site_name(spans)
    spans = _publisher_after_quoted_title(spans)
    spans = _book_after_editors(spans)
    spans = _untitled_head(spans)
    spans = _untitled_before_date(spans)
    spans = untitled_before_imprint(spans)
    spans = _publisher_then_place(spans)
    spans = acs_publisher_colon_place(spans)
    spans = publisher_to_imprint_comma(spans)
    spans = imprint_and_page_count(spans)
    spans = _published_online(spans)
    spans = _publisher_with_a_volume(spans)
    spans = _publisher_before_place(spans)
    spans = _title_runs_to_sentence_end(spans)
    spans = year_inside_title(spans)
    spans = year_between_title_parts(spans)
    spans = in_press_opening_title(spans)
    spans = _book_after_editor_role(spans)
    spans = repair_venues(spans)
    return title_through_bracket(_merge([sp for sp in spans if not _BARE_IN.match(sp[1])]))


_CLOSE_QUOTE_END = re.compile(r"[”\"’»]$")
_SENTENCE_END = re.compile(r"[.?!][”\"’»]?$")


def _title_past_inner_quotation(spans: list[Span]) -> list[Span]:
    """"Finding “meaning” in psychology: ...", "“Be like” et al. beyond America: ...": a title
    never ends at the closing mark of a quotation inside it when the next span runs on in lower
    case; the title takes that span's words up to the first full stop (the rest keeps its label)."""
    for i in range(len(spans) - 1):
        label, text, italic = spans[i]
        # "Finding “meaning”", "“Thing is”": the quotation closes on a word, not on the
        # comma or full stop that closes a quoted title ("“Seabed following,” in OCEANS")
        if label != "title" or not _CLOSE_QUOTE_END.search(text) or text[:-1].rstrip()[-1:] in ".,;:?!":
            continue
        nxt_label, nxt_text, nxt_italic = spans[i + 1]
        words = nxt_text.split()
        if (nxt_label in ("title", "date", "citation-number", "url", "doi") or not words
                or not words[0][:1].islower() or (_QUOTED.match(text) and words[0] in ("in", "in:"))):
            continue
        return _title_takes_words(spans, i, words, _SENTENCE_END)
    return spans


_TITLE_THEN_IN = re.compile(r"^(?P<title>.*?[.?!][”\"’»]?)\s+(?P<container>(?:In|in):?\s+[A-Z0-9“\"‘].*)$")


def _title_runs_into_in(spans: list[Span]) -> list[Span]:
    """"The Myth of Anthropomorphism. In Interpretation and Explanation ...": a chapter's title ends
    at the full stop before "In"; what follows is the book it is in (only where no container span
    was found, so "In" inside a title with a container after it is left alone)."""
    if any(sp[0] in _CONTAINERS for sp in spans):
        return spans
    for i, (label, text, italic) in enumerate(spans):
        if label == "title":
            m = _TITLE_THEN_IN.match(text)
            if m:
                return [*spans[:i], (label, m.group("title"), italic),
                        ("container-title", m.group("container"), italic), *spans[i + 1:]]
            return spans
    return spans


_PAREN_YEAR = re.compile(r"^\((?:1[5-9]\d\d|20\d\d)[a-z]?(?:,[^)]*)?\)[.,]?$")


def _author_before_year(spans: list[Span]) -> list[Span]:
    """APA/Harvard: what precedes the opening "(2010)." is the author, when a title follows it.

    An unfamiliar organization ("The School of Russian and Asian Studies (2010).") can look
    like a title to the tagger; the position settles it.
    """
    k = next((i for i, sp in enumerate(spans) if sp[0] == "date"), None)
    if not k or not _PAREN_YEAR.match(spans[k][1]) or "title" not in (sp[0] for sp in spans[k + 1:]):
        return spans
    head = spans[:k]
    if any(sp[0] in ("author", "editor") for sp in head) or head[0][0] == "citation-number" and len(head) == 1:
        return spans
    lead = [sp for sp in head if sp[0] == "citation-number"]
    text = " ".join(sp[1] for sp in head if sp[0] != "citation-number")
    return [*lead, ("author", text, False), *spans[k:]]


def _given_name_read_as_month(spans: list[Span]) -> list[Span]:
    """"Wood, Frank, Jan Gasthaus, ...", "Marrazzo, Antimo, Marco Gibertini, ...": a given name that
    reads as a month ("Jan", "Marco") between two runs of names is a name; a date has a digit, or is
    "(in press)" or "n.d." (then a taxon and its authority follow: "... Bílý S (in press) Polybothris
    Dupont, 1833 (Insecta ...)")."""
    if not any(sp[0] == "date" for sp in spans[1:-1]):
        return spans
    out = list(spans)
    for i in range(1, len(spans) - 1):
        if (spans[i][0] == "date" and spans[i - 1][0] == spans[i + 1][0] == "author"
                and not any(ch.isdigit() for ch in spans[i][1]) and parse_year(spans[i][1]) is None):
            out[i] = ("author", spans[i][1], spans[i][2])
    return _merge(out) if out != spans else spans


def _late_authors(spans: list[Span]) -> list[Span]:
    """Names are never printed after the journal or book a work appears in, nor after the title:
    such an "author" run is the tail of the span before it ("United Nations Office on Drugs |
    and Crime", Nature's "... regulation in living | cells. (2010)")."""
    out: list[Span] = []
    seen = False
    for label, text, italic in spans:
        if label == "author" and seen and out:
            label = out[-1][0]
        if label in _CONTAINERS or label == "title":
            seen = True
        out.append((label, text, italic))
    return out


def _publisher_after_quoted_title(spans: list[Span]) -> list[Span]:
    """A quoted title names a part of something (MLA, Chicago): the name printed right after it,
    when no journal or container was found, is that container, not a publisher. Only where the
    entry also shows a periodical's or web page's parts (pages, volume, URL, a day or month)."""
    labels = [s[0] for s in spans]
    if any(lab in _CONTAINERS or lab in _NOT_PERIODICAL for lab in labels):
        return spans
    if not any(lab in ("pages", "volume", "url") or (lab == "date" and _DAY_MONTH.search(text))
               for lab, text, _ in spans):
        return spans
    for i, (label, text, _) in enumerate(spans[:-1]):
        if label == "title" and _QUOTED.match(text):
            nxt = spans[i + 1]
            if nxt[0] == "publisher" and "publisher" not in labels[i + 2:]:
                spans = list(spans)
                spans[i + 1] = ("container-title", nxt[1], nxt[2])
            break
    return spans


_IN = re.compile(r"^(?:In|in|IN)\b")
_PUBLISHED_ONLINE = re.compile(r"^(?:published\s+online|epub(?:\s+ahead\s+of\s+print)?)[.:,]?$", re.I)


def _published_online(spans: list[Span]) -> list[Span]:
    """AMA's "Published online 2009." opens the date; it is never a journal, book or publisher."""
    return [("date", text, italic) if _PUBLISHED_ONLINE.match(text) and i + 1 < len(spans)
            and spans[i + 1][0] == "date" else (label, text, italic)
            for i, (label, text, italic) in enumerate(spans)]


_BEFORE_PUBLISHER = frozenset({"title", "container-title", "collection-title", "editor", "edition"})
_NAME_COLON = re.compile(r"^(?P<pub>[^:;]+?):\s+(?P<place>[^:;]+)$")


def _publisher_then_place(spans: list[Span]) -> list[Span]:
    """ACS prints "Title; Publisher: Place, Year" (Chicago and Vancouver "Place: Publisher"): after
    a span closed by a semicolon, the name before the colon is the publisher and the one after it
    the place ("Metamorphoseon; Reclam: Stuttgart, 1994.", "Eds.; Springer: Dordrecht, 2008"), however
    the tagger labelled the pair."""
    for i in range(1, len(spans)):
        label, text, italic = spans[i]
        if not spans[i - 1][1].endswith(";") or spans[i - 1][0] not in _BEFORE_PUBLISHER:
            continue
        if label == "location" and text.endswith(":") and i + 1 < len(spans) and spans[i + 1][0] == "publisher":
            return [*spans[:i], ("publisher", text, italic), ("location", spans[i + 1][1], spans[i + 1][2]),
                    *spans[i + 2:]]
        m = _NAME_COLON.match(text) if label in ("publisher", "location") else None
        if m:
            return [*spans[:i], ("publisher", m.group("pub") + ":", italic), ("location", m.group("place"), italic),
                    *spans[i + 1:]]
    return spans


_NUMBERS_AFTER_NAME = re.compile(r",\s*\d+[,.]?\s+\d")
_TITLE_STAND_INS = frozenset({"note", "publisher", "container-title", "journal", "location"})


def _untitled_head(spans: list[Span]) -> list[Span]:
    """Springer's "Glaz J, Naus J (2013) Scan Statistics and Applications": an entry with no title
    found, whose names and date are followed by one more span, has that span as its title (a book
    or report is never printed with only a publisher or a note after its date)."""
    labels = [s[0] for s in spans]
    if "title" in labels or len(spans) < 3:
        return spans
    k = 1 if labels[0] == "citation-number" else 0
    if labels[k:k + 2] != ["author", "date"] or len(spans) != k + 3 or labels[k + 2] not in _TITLE_STAND_INS:
        return spans
    if _NUMBERS_AFTER_NAME.search(spans[k + 2][1]):  # physics' untitled "IJMPD, 13, 1549" is a journal's
        return spans
    return [*spans[:k + 2], ("title", spans[k + 2][1], spans[k + 2][2])]


def _untitled_before_date(spans: list[Span]) -> list[Span]:
    """ACS "Zhang, Y.; ...; Minh N, D. Weakly Supervised Fine-Grained Image Categorization; 2015.", ACM
    "... 2015. The Oligopoly of Academic Publishers in the Digital Era. (2015). DOI:...": an entry with
    no title found, whose one span between the names and the date (with nothing but links after the
    date) reads as a publisher or note, has that span as its title."""
    labels = [s[0] for s in spans]
    if "title" in labels:
        return spans
    k = 1 if labels[:1] == ["citation-number"] else 0
    head = [lab for lab in labels[k:] if lab != "date"][:2]
    if head[:1] != ["author"] or len(head) < 2 or head[1] not in _TITLE_STAND_INS:
        return spans
    i = labels.index(head[1], k + 1)
    rest = labels[i + 1:]
    if not rest or rest[0] != "date" or any(lab not in ("date", "doi", "url") for lab in rest):
        return spans
    if _NUMBERS_AFTER_NAME.search(spans[i][1]):
        return spans
    return [*spans[:i], ("title", spans[i][1], spans[i][2]), *spans[i + 1:]]


# "Title. In 1979.": the chapter's book left out, "In" alone is no container or publisher
_BARE_IN = re.compile(r"^(?:In|in|IN):?$")


def _book_after_editors(spans: list[Span]) -> list[Span]:
    """Vancouver/AMA chapters: "Title. In: Kennedy JG, Weissberg L, editors. Romancing the Shadow.
    New York: ...", "In: Lousley JE (Ed) The changing flora of Britain. Botanical Society ...": the title
    printed after the editors of a chapter is the book it is in (what the tagger read as a container after
    it is the imprint)."""
    spans = _in_before_editors(spans)
    labels = [s[0] for s in spans]
    if "title" not in labels:
        return spans
    first = labels.index("title")
    for i in range(first + 1, len(spans) - 1):
        if any(lab in _CONTAINERS for lab in labels[:i + 1]):
            return spans
        if labels[i] == "editor" and _IN.match(spans[i][1]) and labels[i + 1] == "title":
            spans = list(spans)
            spans[i + 1] = ("container-title", spans[i + 1][1], spans[i + 1][2])
            return spans
    return spans


_IN_VANCOUVER_NAMES = re.compile(
    r"^(?:In|in):?(?:\s+[A-Z][\w'’-]+(?:\s+[a-z]+)*\s+[A-Z]{1,3}(?:-[A-Za-z]{1,2})?,){2,}$")


def _in_before_editors(spans: list[Span]) -> list[Span]:
    """"In: Kumar J, Singh J, | Ferreira LFR (eds.).", "In Pörtner H-O, Roberts DC, ... | Okem A and Rama B
    (eds.),": Vancouver names opened by "In" right before the editors are the first of them, not a book."""
    for i in range(len(spans) - 1):
        if spans[i][0] in _CONTAINERS and spans[i + 1][0] == "editor" and _IN_VANCOUVER_NAMES.match(spans[i][1]):
            return [*spans[:i], ("editor", f"{spans[i][1]} {spans[i + 1][1]}", False), *spans[i + 2:]]
    return spans


_REPEATED = re.compile(r"^(?P<name>.+?),\s+(?P=name)[,.]?$")


def _repeated_site_name(spans: list[Span]) -> list[Span]:
    """MLA web entries print the site and its publisher, often the same name twice
    ("U.S. Department of State, U.S. Department of State,"): split it there, wherever the
    tagger put the boundary between container and publisher."""
    for i in range(len(spans) - 1):
        (la, ta, ia), (lb, tb, ib) = spans[i], spans[i + 1]
        if la in _CONTAINERS and lb == "publisher":
            m = _REPEATED.match(f"{ta} {tb}")
            if m:
                name = m.group("name")
                return [*spans[:i], (la, name + ",", ia), (lb, name + ",", ib), *spans[i + 2:]]
    return spans


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if out and out[-1][0] == span[0]:
            prev = out[-1]
            out[-1] = (prev[0], f"{prev[1]} {span[1]}", prev[2] and span[2])
        else:
            out.append(span)
    return out


_SENTENCE_CLOSE = re.compile(r"[.?!][”\"’»)]?[;,]?$")
_TITLE_TAILS = frozenset({"container-title", "journal", "publisher"})


def _title_runs_to_sentence_end(spans: list[Span]) -> list[Span]:
    """"Adoption of the Open Access Business Model in Scientific | Journal Publishing: A
    Cross-disciplinary Study.": a title does not stop between two words of one phrase; when the
    tagger opens a journal, book or publisher right after a title word printed with no separator,
    the title runs on to the next full stop (the rest keeps its label). Not before "In" (a chapter's
    book with the separator left out), a bracket ("(Princeton University Press, 1992)"), nor across
    a change of italics."""
    for i in range(len(spans) - 1):
        label, text, italic = spans[i]
        if label != "title":
            continue
        nxt_label, nxt_text, nxt_italic = spans[i + 1]
        words = nxt_text.split()
        if (nxt_label not in _TITLE_TAILS or not text[-1:].isalnum() or italic != nxt_italic or not words
                or not words[0][:1].isalnum() or words[0].rstrip(":") in ("In", "IN")):
            return spans
        return _title_takes_words(spans, i, words, _SENTENCE_CLOSE)
    return spans


def _title_takes_words(spans: list[Span], i: int, words: list[str], end: re.Pattern[str]) -> list[Span]:
    """Move the next span's words, up to the first that ``end`` says closes a sentence, onto the end
    of the title at ``i``; what is left of the next span keeps its label."""
    label, text, italic = spans[i]
    nxt_label, _, nxt_italic = spans[i + 1]
    k = next((j for j, w in enumerate(words) if end.search(w)), len(words) - 1)
    head, rest = " ".join(words[: k + 1]), " ".join(words[k + 1:])
    out = [*spans[:i], (label, f"{text} {head}", italic)]
    if rest:
        out.append((nxt_label, rest, nxt_italic))
    return out + spans[i + 2:]


def _publisher_with_a_volume(spans: list[Span]) -> list[Span]:
    """ACS "Machine-Assisted Organic Synthesis. Angewandte Chemie International Edition 2015, 54 (35),
    10122–10136.": a name after the title followed by a volume is the journal the work is in, never
    a publisher (books print no volume after their publisher and a place before or after it)."""
    labels = [s[0] for s in spans]
    if "publisher" not in labels or "volume" not in labels or any(
            lab in _CONTAINERS or lab in ("location", "genre", "editor") for lab in labels):
        return spans
    i = labels.index("publisher")
    if "title" not in labels[:i] or "volume" not in labels[i + 1:] or "publisher" in labels[i + 1:]:
        return spans
    return [*spans[:i], ("journal", spans[i][1], spans[i][2]), *spans[i + 1:]]


_LAST_SENTENCE_SEMICOLON = re.compile(r"^(?P<head>.*\S[^\W\d_]{2}[.?!])\s+(?P<tail>[A-Z][^.;:]*;)$")
_LAST_SENTENCE = re.compile(r"^(?P<head>.*\S[^\W\d_]{2}[.?!])\s+(?P<tail>[A-Z][^.;:]*,)$")


def _publisher_before_place(spans: list[Span]) -> list[Span]:
    """Springer "... (ed) The verbal communication of emotions. Lawrence Erlbaum, Mahwah, NJ", "... humain
    ou posthumain. Presses de l’université de Laval, Laval": with no publisher found, the last sentence
    of the title or book, closed by a comma right before the place, is the publisher."""
    labels = [s[0] for s in spans]
    if "publisher" in labels:
        return spans
    if "location" in labels:
        i = labels.index("location") - 1
        m = _LAST_SENTENCE.match(spans[i][1]) if i >= 0 and labels[i] in ("title", "container-title", "note") else None
    else:
        # AMA/Vancouver chapters: "In: Burchell G, ..., eds. The Foucault Effect: Studies in
        # Governmentality. Harvester; 1991:281-98.": the book's last sentence closed by a semicolon
        i = next((k for k in range(len(spans) - 1, 0, -1) if labels[k] in _CONTAINERS
                  and spans[k][1].endswith(";") and "editor" in labels[:k]), -1)
        m = _LAST_SENTENCE_SEMICOLON.match(spans[i][1]) if i > 0 else None
    if not m or len(m.group("tail").split()) > 6:
        return spans
    return [*spans[:i], (labels[i], m.group("head"), spans[i][2]), ("publisher", m.group("tail"), spans[i][2]),
            *spans[i + 1:]]


_EDITORS_THEN_BOOK = re.compile(r"^(?P<editors>.*?,\s*editors?\.)\s+(?P<book>[A-Z“\"‘].*)$")


def _book_after_editor_role(spans: list[Span]) -> list[Span]:
    """Vancouver "In: Cronon W, editor. Uncommon Ground: Rethinking the Human Place in Nature.": the
    editors end at their role word; the words after it open the book (joined to the rest of it)."""
    for i, (label, text, italic) in enumerate(spans):
        if label != "editor":
            continue
        m = _EDITORS_THEN_BOOK.match(text)
        if not m:
            continue
        book = m.group("book")
        rest = spans[i + 1:]
        if rest and rest[0][0] in ("container-title", "title") and not book.endswith((".", "?", "!")):
            book, rest = f"{book} {rest[0][1]}", rest[1:]
        return [*spans[:i], (label, m.group("editors"), italic), ("container-title", book, italic), *rest]
    return spans
