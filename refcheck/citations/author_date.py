"""Author-date citations (APA, Harvard, Chicago author-date) and the name parsing
MLA shares with them.

A parenthetical is split at ";" into one part per cited source; each part is
read right to left: trailing locator, year(s), then the author or title head.
Narrative citations ("Hughes (2000)", "According to Kevin Bales (2004)",
"Orlova states (2004, 16)") are found by reading the words just before a
parenthesis that holds only a year and locator. Every pattern here is anchored
and bounded so no input can make it backtrack.
"""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.citations import locator as loc
from refcheck.citations.locator import LABEL, TIME_RANGE, is_locator, normalize_locator
from refcheck.citations.name_words import SPACED_SLASH_RE, name_like, split_authors, title_like
from refcheck.citations.part import Part
from refcheck.text.lexicon import ALL_MONTHS, AMINO_ACIDS, MONTHS
from refcheck.text.patterns import (
    CAPS,
    CITED_IN,
    CJK_CHARS,
    IN_PRESS,
    NO_DATE_MORE,
    STATUTE_HEAD_RE,
    SUSPENDED_COMPOUND_RE,
)

YEAR_RE = re.compile(
    # not "205907" (a specimen number); s.d., o.J.: n.d. (never initials opening a name: "(N. Dissmeyer", "(S. Dias")
    r"(?<![\d\w])(?:(1[5-9]\d\d|20\d\d)(?!\d)([a-z](?![\w]))?"
    r"|(n\.\s?d\.?(?:-[a-z])?(?!\w)|s\.\s?[df]\.(?!\w)|o\.\s?J\.(?!\w)|(?:" + NO_DATE_MORE + r")(?!\w))|(" + IN_PRESS
    + r"|no date))", re.IGNORECASE)
SIGNAL_RE = re.compile(
    r"^(?:but see|but cf\.|see also|see, e\.g\.,?|see|e\.g\.,?|cf\.|i\.e\.,?|compare|also|as cited in|cited in|"
    r"qtd\.? in|"
    r"quoted in|as quoted in|as discussed in|discussed in|for example,?|for a review,? see|reviewed in|"
    r"adapted from"
    # the other languages' "see", "compare", "for example": German "vgl. (auch)", "siehe", "z. B."; French "voir";
    # Spanish and Portuguese "véase", "véanse", "ver", "veja(-se)", "vid."; Italian "cfr.", "si veda", "vedi"; Dutch
    # "zie"; Polish "zob.", "por."; Czech "viz", "srov."; Finnish "ks."; Turkish "bkz."; Russian "см."
    r"|vgl\.(?:\s+auch)?|siehe(?:\s+auch)?|z\.\s?b\.|voir(?:\s+aussi)?|véan?se(?:\s+también)?|ver|si veda|zie"
    r"|veja(?:-se)?|vejam-se|vedi|vid\.|cfr\.(?:\s+anche)?"
    r"|zob\.|por\.|viz|srov\.|ks\.|bkz\.|см\.)\s+"
    # taxonomy's "sensu Jeffress et al. 2011" ("in the sense of"), also glued as a lost italic leaves it
    r"|^(?:sensu|vide)(?:\s+|(?-i:(?=[" + CAPS + r"])))"
    # "(especially Smith 2000)", "(specially Rasnitsyn 1969, 1980)", "(mainly ...)": an adverb, never a name
    r"|^(?-i:(?!family\b|italy\b)[a-z]{2,}ly),?\s+(?-i:(?=[" + CAPS + r"]))"
    # a figure and then its source: "(61,914, IUCN 2011)", "(23%, WHO 2019)"
    # (a count with its thousands separated, a decimal or a percentage: never a year, "(2014, Chapter 2)")
    r"|^[<>≈~±]?\s?(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+(?:\.\d+)?\s?%),\s+(?-i:(?=[" + CAPS + r"]))",
    re.IGNORECASE)
SECONDARY_RE = lazy(r"^(?:as cited in|cited in|qtd\.? in|quoted in|as quoted in)\s+", re.IGNORECASE)
_EMPHASIZED_ET_AL_RE = re.compile(r"(\*{1,2}|_)(et\.?\s+al\.?)\1")  # Harvard's italic "*et al.*": not a title
_ITALIC_RE = re.compile(r"(\*{1,2}|_)([^*_]{1,120})\1")
_BRACKET_ACRONYM_RE = re.compile(r"\s*(?:\[([" + CAPS + r"][\w./&-]{1,12}(?:\s[" + CAPS + r"][\w./&-]{1,12})?)\]"
                                 r"|\(([" + CAPS + r"][" + CAPS + r"./&-]{1,12})\)"
                                 r"|(?<=[a-zà-ÿ])\s[–-]\s([A-Z][A-Z&]{1,11})$)")  # "... Sanitária – ANVISA"
_QUOTES_OPEN = "“\"‘'«"
_QUOTES_CLOSE = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}

def strip_signal(text: str) -> tuple[str, int]:
    """Drop "see", "e.g.,", "as cited in" ... ; returns the rest and how much was dropped."""
    dropped = 0
    for _ in range(3):
        m = SIGNAL_RE.match(text)
        if not m:
            break
        dropped += m.end()
        text = text[m.end():]
    return text, dropped


def _take_title(head: str) -> tuple[str, str | None, str | None]:
    """Pull a quoted or italic title out of the head; returns (rest, title, malformed)."""
    m = _ITALIC_RE.search(head)
    if m:
        rest = (head[: m.start()] + head[m.end():]).strip(" ,")
        return rest, m.group(2).strip(), None
    for q in _QUOTES_OPEN:
        i = head.find(q)
        if i == -1 or (q == "'" and i > 0 and head[i - 1].isalpha()):
            continue
        close = _QUOTES_CLOSE[q]
        j = head.find(close, i + 1)
        if j == -1:
            title = head[i + 1:].strip(" ,.")
            rest = head[:i].strip(" ,")
            return rest, title, "unclosed quotation mark"
        title = head[i + 1: j].strip(" ,.")
        rest = (head[:i] + head[j + 1:]).strip(" ,.")
        return rest, title, None
    return head, None, None


def parse_head(head: str, part: Part) -> bool:
    """Fill authors/title/et_al from the head; False when it cannot be a citation head."""
    head = SPACED_SLASH_RE.sub("/", _EMPHASIZED_ET_AL_RE.sub(r"\2", _BROKEN_WORD_RE.sub("", head))).strip(" ,:\n\t")
    if not head:
        return True
    if head in AMINO_ACIDS and not part.text.startswith(head + ","):
        return False  # "anti-phospho ATM (Ser 1981)": a protein residue, not an author and a year
    rest, title, malformed = _take_title(head)
    if title is not None:
        part.title = title
        part.malformed = malformed
        part.title_only = not rest
        if rest:
            # MLA: the title may be followed by its author or its container ("Global slavery index").
            if not (name_like(rest) or title_like(rest) or (rest[:1].isupper() and len(rest.split()) <= 8)):
                return False
            if name_like(rest):  # "Causey et al., “Isolations of ...”", "MEROVCI and ELBATAL, “Thin ...”"
                part.authors, part.et_al = split_authors(rest)
            else:
                part.authors = [rest]
        return bool(title.strip())
    m = _BRACKET_ACRONYM_RE.search(rest)
    if m:
        part.acronym = " ".join((m.group(1) or m.group(2) or m.group(3)).split())  # "[WHO]", "[USDA<line>NASS]"
        rest = (rest[: m.start()] + rest[m.end():]).strip(" ,")
    if rest.lower() in ALL_MONTHS and (rest.istitle() or rest.isupper()) and part.years and part.years[0][:1].isdigit():
        # "(May 1988)": Robert May's book, or a date; ABNT's capitals, "(DALBY, 2017; MAY, 2007)"
        part.authors, part.doubtful = [rest], True
        return True
    if not name_like(rest) and (book := _BOOK_AND_SECTION_RE.search(rest)) and name_like(rest[:book.start()]):
        rest = rest[:book.start()]  # "(DIÓGENES LAERCIO, VI, 38, 2010, p. 220)": book and section of a classic
        part.locator = ", ".join(x for x in (book.group(1).strip(" ,"), part.locator) if x)
    if (not name_like(rest) and name_like(_NUMBERED_BODY_RE.sub(r"\1", rest))) or _STANDARD_RE.fullmatch(rest):
        # "(FAO and FHI 360 2016)": a body whose name holds a number; a citation only if an entry has it
        part.authors, part.doubtful = [rest], True
        return True
    if SUSPENDED_COMPOUND_RE.search(rest):  # a body: "(Arbeids- og velferdsdirektoratet [NAV], 2022)"
        part.authors = [" ".join(rest.split())]
        return True
    if not name_like(rest):
        return False
    part.authors, part.et_al = split_authors(rest)
    if not part.years and any(_PLACE_PREFIX_RE.match(a) for a in part.authors):
        return False  # "(St. Petersburg and Moscow)": places; "St. John (2016)" has its year
    part.doubtful = part.doubtful or STATUTE_HEAD_RE.search(rest) is not None  # a law needs no entry unless listed
    return bool(part.authors)


_BROKEN_WORD_RE = re.compile(r"-\n\s*(?=[a-zß-ÿ])")  # "(Mont-\ngomery and Brandon, 2002)", "(MOH,\n2012)" stripped
_NUMBERED_BODY_RE = re.compile(r"\b([A-Z]{2,6}) \d{1,4}\b")
# A standard cited by its designation: "(ISO 7148-2:2012, 2012)", "(ASTM G99-17, 2017)", "(DIN EN 1992-1-1 2011)"
_STANDARD_RE = re.compile(r"(?:ISO|IEC|EN|DIN|ASTM|BS|ANSI|NBR|ABNT|JIS|GB/T|GB|SAE|API|IEEE|ASME|AS|NF|UNE|CSA"
                          r"|ÖNORM)\b(?:/(?:IEC|TS|TR|ISO)|\s(?:EN|ISO|NBR))*\s?[A-Z]{0,2}\s?\d[\w.:/-]*(?:\s?[-–]\s?\d+)?")
_NUMBERED_BODY_END_RE = re.compile(r"\b[A-Z]{2,6} \d{1,4}$")
# A head's closing book and section ("VI, 38"); searched from its end (a leading lazy group was exponential).
_BOOK_AND_SECTION_RE = re.compile(
    r"(?<=[^\W\d_])((?:(?:,\s*|\s+(?=[IVXLC]+\b))(?:[IVXLC]{1,6}(?:\s\d{1,4})?|\d{1,4})(?:[-–]\d{1,4})?\.?){1,3})$")
_PLACE_PREFIX_RE = re.compile(r"(?:St|Ste|Mt|Ft|Pt|Saint|Sainte|Mount|Fort|Lake|Cape|Port|Isle)\.?\s+[A-Z]")

# An MLA page or place after the name: "Smith 45-47", "Buckley, 25", "Wang et al., chap. 2" (locator's labels).
_MLA_LOCATOR_RE = lazy(rf"(?:,\s*|\s+)((?:{LABEL}\.?\s*)?\d[\d\s,–—-]{{0,20}}|{TIME_RANGE}|{loc.DIVISIONS})$")
_QUOTED_TITLE_RE = re.compile(r"“[^”]{1,400}”")



def cited_original(text: str, offset: int) -> Part | None:
    """"(Williams 1932 apud Newhall and Melson 1983)": the work read second-hand, before "apud" or "as cited
    in"; a citation only if the list has it (doubtful), since only the source read needs an entry."""
    inner = _CITED_IN_RE.search(text)
    if inner is None or not text[:inner.start()].strip():
        return None
    part = parse_part(text[:inner.start()], offset, allow_no_year=False)
    if part is None or not part.years or not part.authors:
        return None
    part.doubtful = True
    return part


def parse_part(text: str, offset: int, *, allow_no_year: bool) -> Part | None:
    """Parse one ";"-separated part of a parenthetical."""
    raw = text
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip()
    if not body or len(body) > 200:
        return None
    body, dropped = strip_signal(body)
    start = offset + lead + dropped
    # "(Freud, 1900, as cited in Kumar, 2019)": only the source actually read needs an entry.
    inner = _CITED_IN_RE.search(body)
    if inner is not None:
        start += inner.end()
        body = body[inner.end():]
    # Chicago's original-publication year: "Anderson [1983] 2006, 6".
    body = _ORIGINAL_YEAR_RE.sub("", body)
    part = Part(start=start, end=offset + len(raw.rstrip()), text=body.strip())
    # "gin traps (sensu Hinton 1946)": a term used in that author's sense, which taxonomists often leave
    # out of the list; kept when the list has the work
    part.doubtful = raw.lstrip()[:5].lower() == "sensu"
    # A year inside a quoted title is the title's: "(MEROVCI and ELBATAL, “Thin Solid Films 636, 164 (2017)”)".
    # (the year in "ISO 7148-2:2012, 2012" is the one after the designation; "(API 2019)" is a body and its year)
    std = (m := _STANDARD_RE.match(body)) and YEAR_RE.search(body, m.end()) and m
    ym = YEAR_RE.search(_QUOTED_TITLE_RE.sub(lambda q: " " * len(q.group(0)), body), std.end() if std else 0)
    if ym is not None:
        head = body[: ym.start()]
        tail = body[ym.start():]
        years: list[str] = []
        pos = 0
        while True:  # "2019a, 2019b", "2000, 2004": several works by the same author
            m = YEAR_RE.match(tail, pos)
            if not m:
                break
            years.append(_year_text(m))
            pos = m.end()
            while years[-1][-1:].isalpha() and (more := _NEXT_LETTER_RE.match(tail, pos)):
                years.append(years[-1][:4] + more.group(1))  # "Girard (1858a, b)": 1858a and 1858b
                pos = more.end()
            if not years[-1][-1:].isalpha() and (span := _YEAR_SPAN_RE.match(tail, pos)) \
                    and not (span.group("short") and span.group("short") <= years[-1][2:4]):
                part.span_of_years = True  # "(Lindroth 1961-1969)": cited by its first year
                pos = span.end()
            sep = re.match(r"\s*[,/]\s*", tail[pos:])
            nxt = YEAR_RE.match(tail, pos + (sep.end() if sep else 0))
            if sep and nxt and "/" in sep.group(0) and years[-1].isdigit() and nxt.group(1) \
                    and int(nxt.group(1)) == int(years[-1]) + 1:
                part.doubtful = True  # "Seminário de Geografia Urbana (2022/2023)": an academic year, if listed
            if sep and nxt:
                pos += sep.end()
                continue
            break
        rest = tail[pos:].strip()
        if rest.startswith("]") and head.rstrip().endswith("["):  # French economics: "(Autor et Dorn [2013])"
            head, rest = head.rstrip()[:-1], rest[1:].strip()
        if rest.startswith("年"):  # "宮本（2008年）"; an event's "阪神・淡路大震災(1995年)" too: only if listed
            rest, part.doubtful = rest[1:], True
        if rest == ".":  # "(Carnegie Endowment for International Peace, 2023.)": a stray full stop
            rest = ""
        if rest:
            rest = rest.lstrip(",:").strip()
            figure = loc.PART_LOCATOR.fullmatch(rest.rstrip(".,;"))
            if not (is_locator(rest) or loc.ROMAN_LOCATOR.fullmatch(rest) or figure):
                return None
            part.locator = normalize_locator(rest)
            # "Legg et al. (2012: fig. 1)": a figure of the work, as taxonomists cite it; kept only when it
            # ties to an entry ("fig." as a locator anywhere else read spans of unseen papers that are no
            # citation of their list)
            part.doubtful = part.doubtful or figure is not None
        part.years = years
        part.head = head.strip(" ,:")
        if head.strip() and head.rstrip()[-1:] not in (",", "") and not _HEAD_END_RE.search(head) \
                and not _NUMBERED_BODY_END_RE.search(head.rstrip()):
            return None
        if _DATED_HEAD_RE.search(head):
            return None  # "(IPI Human, September 2011)": a version's date, not an author and a year
        return part if parse_head(head, part) else None
    if (glued := _GLUED_PAGE_RE.search(body)) is not None and glued.start() > 0:
        # "(Ryu et al. 200545)": styles whose locator has no delimiter (Palaeontology, Industrial Relations,
        # Acta Amazonica) glue the page to the year; kept only if it ties to an entry of that year
        head = body[: glued.start()]
        part.years, part.locator, part.doubtful = [glued.group(1)], glued.group(2), True
        part.head = head.strip(" ,:")
        return part if parse_head(head, part) else None
    if not allow_no_year:
        return None
    # MLA: "Buckley, 25", "Smith 45-47", "Morrison, Beloved 45", "Lee", "“Russia”, U.S. Department of State".
    m = _MLA_LOCATOR_RE.search(body)
    if not (m and is_locator(m.group(1))):
        m = loc.ROMAN_PAGES_RE.search(body)
    head = body
    if m:
        part.locator = normalize_locator(m.group(1))
        head = body[: m.start()]
    part.head = head.strip(" ,:")
    # MLA "Morrison, Beloved 45": after the author's name, a comma introduces a short title.
    m2 = re.match(r"([^,“”\"*_]+),\s*([^,“”\"*_]+)$", part.head)
    if m2 and (not re.search(r"\b(?:and|et al)\b|&", part.head) or name_like(m2.group(1))) and title_like(m2.group(2)) \
            and not re.fullmatch(r"(?:[A-Z]\.\s*)+", m2.group(2).strip()):
        part.title = m2.group(2).strip()
        head = m2.group(1)
    if not parse_head(head, part):
        return None
    if not part.authors and not part.title:
        return None
    return part


_LEADING_RE = re.compile(r"(?:\s*\b(?:and|for|in|as|with|where|which|who|to|on)\b|\s*[,:]\s+[a-z]|\s*[–—])")


def leading_citation(text: str, offset: int) -> Part | None:
    """"see Margueron and Reinberg, 2010 for a recent review", "see Burns et al., 2015 and Figure
    1": a name and year at the start of a longer aside, the words after them running on. Such a
    part is marked ``inside``: uncertain, so kept only when it matches an entry."""
    body, _ = strip_signal(text.strip())
    ym = YEAR_RE.search(body)
    if ym is None or ym.start() == 0 or ym.start() > 120:
        return None
    end = ym.end()
    if not _LEADING_RE.match(body, end):
        return None
    cut = text.find(body[:end]) + end if body[:end] in text else -1
    if cut <= 0:
        return None
    part = parse_part(text[:cut], offset, allow_no_year=False)
    if part is None or not part.authors:
        return None
    part.inside = True
    return part


_NEXT_LETTER_RE = re.compile(r"\s*,\s*([a-h])(?![\w.])")
# (or its last two digits, later than the first year's: Diels and Kranz's "1951–52", an academic year "2019–20")
_YEAR_SPAN_RE = re.compile(r"\s*[-–]\s*(?:1[5-9]\d\d|20\d\d|(?P<short>\d\d))(?!\d)")


def _year_text(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1) + (m.group(2) or "").lower()
    if m.group(3):  # APA's "n.d.-a" keeps its letter
        return "n.d." + (m.group(3)[-2:].lower() if m.group(3)[-2:-1] == "-" else "")
    return "n.d." if m.group(4).lower() == "no date" else "in press"


# Before a year with no comma: a letter of any script ("Kırlı 2000a"), a full stop, "*", a closing quote or ")".
_HEAD_END_RE = re.compile(r"(?:[^\W\d_]|[.*”\"’)])\s*$")
_DATED_HEAD_RE = re.compile(rf",\s*(?:{'|'.join(sorted(MONTHS))})\.?(?:\s+\d{{1,2}})?,?\s*$", re.IGNORECASE)
_CITED_IN_RE = re.compile(rf"[,;]?\s*\b{CITED_IN}\s+", re.I)
_GLUED_PAGE_RE = re.compile(r"(?<=\s)(1[5-9]\d\d|20\d\d)(\d{1,4})$")
_CJK_NAME = re.compile(f"[{CJK_CHARS}]{{2,12}}")
# Chicago's original year before or after the edition's, "Anderson [1983] 2006", "Jahoda u. a. 1975 [1933]" (alone,
# "Autor et Dorn [2013]", it is French economics' year)
_ORIGINAL_YEAR_RE = re.compile(r"\[(?:1[5-9]\d\d|20\d\d)\]\s*(?=(?:1[5-9]\d\d|20\d\d))"
                               r"|(?<=\d)\s*\[(?:1[5-9]\d\d|20\d\d)\]"
                               # an ancient work's date before its edition's: APA's "ca. 350 B.C.E./2014", Chicago's
                               # "Plato [ca. 385 BCE] 1997"
                               r"|\[?(?:ca?\.\s?|circa\s)?\d{1,4}\s?(?:B\.\s?C\.(?:\s?E\.)?|BCE?|C\.\s?E\.|CE|A\.\s?D\.|AD)\]?"
                               r"\s?/?\s?(?=(?:1[5-9]\d\d|20\d\d))")
