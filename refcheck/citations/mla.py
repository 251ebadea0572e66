"""MLA readings that author-date papers do not need: a short title that is a whole title, a name
followed by its page in parentheses, a source named in running text before a reporting verb, and
the certainty a group of sources lends each of its parts.

MLA prints no year, so what makes a span a citation is its shape in the paper: a page, "et al.",
two names, a title, a reporting verb ("Hart et al. argue"), or the company of other sources in one
parenthesis. Each reading here says how sure it is; the checker reports a span that has no entry
only when it is sure, and otherwise keeps it only when it ties to an entry.
"""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.citations import author_date as ad
from refcheck.citations import narrative as nv
from refcheck.citations.hints import NEAR_AUTHOR, TENTATIVE
from refcheck.model import Citation
from refcheck.text.lexicon import MONTHS
from refcheck.text.patterns import ET_AL_RE

# "(Chou, Predictors of Treatment Acceptability, Willingness to See a Counselor, ...)", "(Pagès et al.,
# L’emprise de l’organisation)": the names, a comma, then a title the short-title reading cannot take
# (commas inside it, sentence case, more than 16 words, a parenthesis inside it).
_NAMES_THEN_TITLE = re.compile(r"([^,“”\"*_()\s][^,“”\"*_()]{1,79}),\s+(\S.{2,400})$", re.S)
_QUOTED = re.compile(r"“[^”]*”")
# A sentence ends inside: "... the gap. Longitudinal data": not a title. "T. Evansi", "et al. Title" do not end one.
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?]\s+[A-Z]")


def long_title_part(piece: str, offset: int) -> ad.Part | None:
    """An author and a whole title as MLA's short title, when the ordinary reading found nothing."""
    body, dropped = ad.strip_signal(piece.strip())
    lead = len(piece) - len(piece.lstrip()) + dropped
    m = _NAMES_THEN_TITLE.match(body)
    year = ad.YEAR_RE.search(_QUOTED.sub("", body))  # (a year inside a quoted title is the title's, and one
    if m is None or (year and (year.start() < m.end(1) or _ENDS_WITH_YEAR.search(body))):  # inside its words)
        return None
    names, title = m.group(1).strip(), m.group(2).strip()
    if not ad.name_like(names, max_tokens=6) or not title.lstrip("“\"")[:1].isupper() or _SENTENCE_END.search(title):
        return None
    authors, et_al = ad.split_authors(names)
    if not authors or not (nv.person_like(capitals_as_name(family_words(authors[0]))) or nv.org_like(authors[0])):
        return None  # ("I. MACHADO, Chlorination, ...": a SURNAME in capitals is a name)
    if _ENDS_WITH_INITIAL.search(title):
        return None  # "..., In: BRAIT, B.; GONÇALVES, J. (Org.)": editors' names after the title, cut at a ";"
    title = title.strip("“”\" .")
    if len(title.split()) < 2:
        return None  # "(Lund, Sweden)": one word after the comma is a place as often as a title
    part = ad.Part(start=offset + lead, end=offset + len(piece.rstrip()), text=body)
    part.authors, part.et_al, part.title, part.head = authors, et_al, title, body
    return part


def misread_author(part: ad.Part) -> bool:
    """An "author" that still holds "et al.", a title's worth of words or a title after a comma was read around
    a quotation inside the title ("Pagès et al., Phenological, ... of “Vênus” Grapevine onto Rootstocks"), or
    around a comma in it ("D. Morgan, The Cell Cycle, Principles of Control")."""
    return bool(part.authors) and (ET_AL_RE.search(part.authors[0]) is not None or len(part.authors[0].split()) > 8
                                   or _ARTICLE_AFTER_COMMA.search(part.authors[0]) is not None
                                   or any(":" in a for a in part.authors[1:]))  # "..., and Cancer: A Meta-Analysis"


_ENDS_WITH_INITIAL = re.compile(r"\s[A-Z]\.$")
_ARTICLE_AFTER_COMMA = re.compile(r",\s+(?:The|A|An)\s+[A-Z]")
_ENDS_WITH_YEAR = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?(?:,?\s+\d[\d–-]*)?$")


def org_with_commas_part(piece: str, offset: int) -> ad.Part | None:
    """"(Department of Health Scottish Office Home and Health Department, Welsh Office, Department of Health
    and Social Services, Northern Ireland 12–15)": one organisation whose name holds commas."""
    body, dropped = ad.strip_signal(piece.strip())
    m = _TRAILING_PAGES.search(body)
    head = body[: m.start()] if m else body
    segments = [seg.strip() for seg in head.split(",")]
    if len(segments) < 2 or len(head) > 300 or not all(ad.name_like(seg) for seg in segments) \
            or not any(nv.org_like(seg) for seg in segments):
        return None
    lead = len(piece) - len(piece.lstrip()) + dropped
    part = ad.Part(start=offset + lead, end=offset + len(piece.rstrip()), text=body)
    part.authors, part.head = [" ".join(head.split())], head
    part.locator = m.group(1) if m else None
    return part


_TRAILING_PAGES = re.compile(r"\s+(\d{1,5}(?:\s*[-–]\s*\d{1,5})?)$")


def body_part(piece: str, offset: int) -> ad.Part | None:
    """A body's name the author reading does not take: one with commas (above), or one printed as its
    entry prints it, "(Agencia Europea para la seguridad y Salud en el Trabajo)", "(BRASIL. Agência Nacional
    de Vigilância Sanitária – ANVISA)": kept only if it is an entry's author (doubtful)."""
    part = org_with_commas_part(piece, offset)
    if part is not None:
        return part
    body, dropped = ad.strip_signal(piece.strip())
    words = body.split()
    if not 3 <= len(words) <= 16 or not nv.org_like(body) or not body[:1].isupper() or _LISTED_BODY_BREAK.search(body):
        return None
    lead = len(piece) - len(piece.lstrip()) + dropped
    part = ad.Part(start=offset + lead, end=offset + len(piece.rstrip()), text=body, authors=[body])
    part.head, part.doubtful = body, True
    return part


_LISTED_BODY_BREAK = re.compile(r"\d|[“”\"*_()]|[a-z]{2}\.\s")  # a page, a title, a sentence: not a name alone


def rejoin_quoted(content: str, parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A split inside a quoted title is undone, whatever split it: "(Pessoa and Alves, “Love and Loss; Grief
    and Growth”; Gray)" is two sources, "(see Sorg et al., “Ermittlung ... in Den Jahren 1989 Und 2013”)" one."""
    out: list[tuple[int, str]] = []
    for off, piece in parts:
        if out and out[-1][1].count("“") > out[-1][1].count("”"):
            out[-1] = (out[-1][0], content[out[-1][0]:off + len(piece)])
        else:
            out.append((off, piece))
    return out


def certain_part(authors: list[str], et_al: bool, locator: str | None, title: str | None) -> bool:
    """A part of a group that is a citation by its own shape: "et al.", two names, a page or a title."""
    return et_al or len(authors) >= 2 or bool(locator) or bool(title)


def family_words(name: str) -> str:
    """"F. Theys" -> "Theys": initials before a family name are not part of what makes it a person's."""
    words = name.split()
    while len(words) > 1 and re.fullmatch(r"[A-Z]\.(?:-?[A-Z]\.){0,2}", words[0]):  # "J.-P. Narboux"
        words = words[1:]
    if len(words) == 2 and re.fullmatch(r"[A-Z]{1,3}", words[1]) and not words[0].isupper():
        words = words[:1]  # Medline's "Galloway GP"
    return " ".join(words)


# The verbs that follow a source named in running text: "Chan et al. argued that", "Öckinger reported".
_VERB_AFTER = lazy(r"\s+(?:also\s+)?([a-z]+)\b")


def reporting_verb_after(text: str, end: int) -> bool:
    """Is the name that ends at ``end`` the subject of a reporting verb ("found", "argue", "notes")?"""
    m = _VERB_AFTER.match(text, end, min(len(text), end + 30))
    return m is not None and m.group(1) in nv.REPORTING_VERBS


def named_page(text: str, start: int, end: int, lo: int, locator: str) -> tuple[int, Citation] | None:
    """"Greenwald (4) found", "Jarosz and Lindquist (12–15) found": MLA's narrative citation, the
    author in the sentence and the page in parentheses. With "et al." or two names it is surely a
    citation; one name is kept only when it names or nearly names a listed author ("Equation (4)")."""
    if _YEARS.fullmatch(locator):
        return None  # "Dostoevsky's The Double (1846)", "the Acushnet (1841-1842)": a date, not a page
    got = nv.lookback_name(text, start, lo)
    if got is None:
        return None
    name, at, et_al = got
    authors, et2 = ad.split_authors(name)
    printed = ET_AL_RE.sub("", text[at:start]).strip()
    if not authors or printed != name.strip() or nv.after_honorific(text, at):
        return None  # the name must sit right before the parenthesis ("Orr et al. (101–03)"), not before a verb
    if not (nv.person_like(family_words(authors[0])) or nv.org_like(name)):
        return None
    cit = Citation(id="", line=0, column=0, text=" ".join(text[at:end].split()), kind="narrative",
                   authors=authors, locator=locator, et_al=et_al or et2)
    if not (cit.et_al or len(authors) >= 2 or _PAGE_RANGE.search(locator)):
        cit.hints += [TENTATIVE, NEAR_AUTHOR]  # "Equation (4)": a lone number is a page only beside a listed name
    return at, cit


_YEARS = re.compile(r"(?:1[5-9]|20)\d\d(?:\s*[-–]\s*(?:1[5-9]|20)\d\d)?")
# A page range or a labelled place ("12–15", "101–03", "chap.2", "sec. 3"): a page, not an equation number.
_PAGE_RANGE = re.compile(r"\d\s*[-–—]\s*\d|[a-z]\.\s?\d")


def capitals_as_name(name: str) -> str:
    """"FAVIEER" -> "Favieer": a SURNAME in capitals (ABNT, and MLA lists made from it) is read like any
    name; words of three letters or fewer stay as printed ("WHO" is an acronym)."""
    return " ".join(w.title() if w.isupper() and len(w) > 3 else w for w in name.split())


# "US ex rel. Liter v. Pfizer, Inc", "US, et al. ex rel. Mulqueen, et al. v. Medicis Pharmaceutical Corp"
_CASE = re.compile(r"\s*(?:(?:see|cf\.|e\.g\.,?)\s+)?([A-Z][^;()]{0,120}?\sv\.?\s[A-Z][^;()]{0,120}?)\s*$")


def legal_case(piece: str) -> str | None:
    """A court case named in a citation: needs no entry unless the list has it (issue 15)."""
    m = _CASE.match(piece)
    return m.group(1).strip() if m else None


_MONTH_NAME_PART = re.compile(r"([A-Z][a-z]{2,8})(?:,?\s+(\d{1,4}(?:[-–]\d{1,4})?))?")


def month_name_part(piece: str, offset: int) -> ad.Part | None:
    """"(Habel et al.; May; Rillig et al.)", "(May 45)": a family name that is also a month's, kept only if an
    entry's author has it (doubtful)."""
    body, dropped = ad.strip_signal(piece.strip())
    m = _MONTH_NAME_PART.fullmatch(body)
    if m is None or m.group(1).lower() not in MONTHS:
        return None
    lead = len(piece) - len(piece.lstrip()) + dropped
    part = ad.Part(start=offset + lead, end=offset + len(piece.rstrip()), text=body, authors=[m.group(1)],
                   locator=m.group(2))
    part.head, part.doubtful = m.group(1), True
    return part

