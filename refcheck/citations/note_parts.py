"""How a note's text is read: the works it names (";" or a full stop between two), and each work's
author families, title and page; the words a title is compared by. notes.py finds the notes and matches
what is read here to the bibliography."""

from __future__ import annotations

import re

from refcheck.text.fold import fold
from refcheck.text.lexicon import AND_WORDS, PARTICLES
from refcheck.text.patterns import CAPS, ET_AL_RE

# ... and "see"/"cf." in the other languages notes are written in: German "Vgl.", "Siehe auch", Spanish "Véase", Italian
# "Cfr.", French "Voir", Dutch "Zie ook", Polish "Zob.", "Por."
_LEAD_RE = re.compile(r"^(?:see(?: also)?|cf\.|compare|for (?:example|instance),?|e\.g\.,?|quoted in"
                      r"|vgl\.|siehe(?: auch)?|s\.\s?auch|véan?se(?: también)?|veja(?:-se)?|vedi|cfr\.|voir(?: aussi)?"
                      r"|zie(?: ook)?"
                      r"|zob\.|por\.)\s+", re.I)


# A quoted or italic title; a closing ’ ends it only before a space or punctuation ("Dignāga’s" goes on).
QUOTED_RE = re.compile(r"“([^”]{3,300}?)[,.]?”|\"([^\"]{3,300}?)[,.]?\"|‘(.{3,300}?)[,.]?’(?=[\s,.;:)]|$)"
                        r"|«\s?([^«»]{3,300}?)[,.]?\s?»"  # French: « Titre »
                        r"|\*([^*]{3,300})\*|_([^_]{3,300})_")


_COLON_AUTHORS_RE = re.compile(r"^([^:,;“”\"]{2,160}):\s+(\S.*)$")
_IMPRINT_RE = re.compile(r"\([^()]{0,80}:\s[^()]{0,80}(?:1[5-9]|20)\d\d\)")


_PAGE_RE = re.compile(r"[,:]\s*((?:pp?\.\s*)?\d{1,5}(?:[-–]\d{1,5})?)\.?\s*$")


_STOP = frozenset("a an and the of in on for to with from by at as is are its their our into via or not "
                  "les des der die das und la le el los del de et al eds ed trans".split())


_NOTE_CAPS = CAPS + "А-ЯЁΑ-Ω"  # a note may name a Cyrillic or Greek author: "Димитър Маринов, История ..."


_NAME_WORD_RE = re.compile(r"[" + _NOTE_CAPS + r"][\w'’-]+")


# "Benodetto, Caglioti, and Loreto", "Smith et al.", "J. M. Coetzee", "RENEAR et CHOI" (French "and" and the
# other languages' "and"): names only, no title words ("in", ":").
_NAMES_ONLY_RE = re.compile(r"^(?:(?:[" + _NOTE_CAPS + r"][\w'’-]*\.?|" + "|".join(sorted(AND_WORDS | PARTICLES)) +
                            r"|et al\.?)(?:,?\s+|$)){1,10}$")


# The editors of a German commentary after its contributor: "in: Simitis/Hornung/Spiecker gen. Döhmann"
_EDITORS_RE = re.compile(r"in:\s((?:[" + _NOTE_CAPS + r"][\w'’-]+(?:\s[\w'’.-]+){0,3}/)+[" + _NOTE_CAPS
                         + r"][\w'’-]+(?:\s[\w'’.-]+){0,3})$")
_LOCATOR_ONLY_RE = re.compile(r"^(?:pp?\.\s*|(?:chap|sec|para|ch|pt)\.\s*)?\d{1,5}(?:\s*[-–]\s*\d{1,5})?\.?$")


# A note holding an author-date citation (Maison de l'Orient: "[2] Berressem 2020; Kirby et al. 2020, p. 45"; the
# European Journal of Theology's "Lamim and others, 2025: 45")
_AUTHOR_DATE_NOTE = re.compile(r"^(?P<names>[^\d“”\"*(),;]{2,120}(?:,[^\d“”\"*(),;]{2,60}){0,9}?),?\s"
                               r"(?P<year>(?:1[5-9]\d\d|20\d\d)[a-z]?)(?:[,:]\s*(?P<page>(?:pp?\.\s*|S\.\s*)?\d[\d–-]*))?\.?$")
_PAREN_YEAR_RE = re.compile(r"\(((?:1[5-9]\d\d|20\d\d)[a-z]?)\)")


def author_date(part: str) -> tuple[list[str], str, str | None] | None:
    """(families, year, page) of a note part that is an author-date citation: "Kirby et al. 2020, p. 45";
    "Shi; Wang; Yu; u. a. (2015), S. 45" (";" between co-authors, the year in brackets, German "S.")."""
    if ";" in part or "(" in part:
        part = _PAREN_YEAR_RE.sub(r"\1", part.replace(";", ","))
    ad = _AUTHOR_DATE_NOTE.match(part.strip())
    if ad is None or not _NAMES_ONLY_RE.match(ET_AL_RE.sub("", ad.group("names")).strip()):
        return None
    return _families(ad.group("names")), ad.group("year")[:4], ad.group("page")


def named_years(part: str) -> list[tuple[list[str], str]]:
    """(families, year) of each "Name (year)" in a note that cites author-date in sentences, as the CAE's notes do:
    "Fack (2005), p. 33. Voir aussi Fack (2006) pour ...", "pour une synthèse, Bozio, Fack et Grenet (2015)"."""
    from refcheck.citations.narrative import lookback_name

    out: list[tuple[list[str], str]] = []
    if len(_PAREN_YEAR_RE.findall(part)) < 2:
        return out
    for m in _PAREN_YEAR_RE.finditer(part):
        if (named := lookback_name(part, m.start(), 0)) is not None and (families := _families(named[0])):
            out.append((families, m.group(1)[:4]))
    return out


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]{2,}|[а-яёα-ω]{2,}", fold(text)) if w not in _STOP}


# A note naming two works with a full stop between them (Lettres et sciences humaines: "..., 2015, p. e0129254.
# James Keirstead, « Fit for Purpose? ... »"): after the stop, a person's given and family names, a comma (or
# "et" and more names) and, before any other stop, the next work's title in quotation marks; or after the year
# or page that ends a work, when a style's delimiter is a space (Université du Québec à Montréal: "..., vol. 6,
# n° 1, 2019 Fabio Frá Fernandes, Eugenia ... et ..., « Relações ... »").
_NEXT_WORK_RE = re.compile(r"(?:(?<=\.)(?<![\s.,][A-Z]\.)|(?<=\d))\s+"
                           r"(?=[" + CAPS + r"][^\s,.;]+(?:\s[" + CAPS + r"](?:\.|[^\s,.;]+)){1,3}"
                           r"(?:,|\s\[et al\.\],|\set\s)(?:[^«“.;]|et al\.|\b[A-Z]\.){0,300}[«“])")


# Two works with nothing between them, as a style with an empty delimiter prints them (Presses universitaires de
# Paris Nanterre: "..., 2015, p. 27‑27TKACZYK Dominika, SZOSTEK Paweł, ..."): a page glued to a family in capitals
_GLUED_WORK_RE = re.compile(r"(?<=\d)(?=[" + CAPS + r"]{2,}[\w'’-]*\s[" + CAPS + r"][a-zà-ÿ])")


# German and other central European quotation marks, „Title“: read as “Title”.
# ("the work cited" in other languages: Spanish "ob. cit.", Italian "cit.", Polish "dz. cyt.")
# (and French "art. préc." / "ouvr. préc.", the article or book "précité")
_OP_CIT_RE = re.compile(r"(?:(?:op|loc|art|ob)\.?\s?)?cit\.?$|a\.\s?a\.\s?O\.?$|dz\.\s?cyt\.?$"
                        r"|(?:art|ouvr|op)\.\s?préc\.?$", re.IGNORECASE)


GERMAN_QUOTES_RE = re.compile(r"„([^“”„\n]{1,300})“")


_ENTITY_END_RE = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6})$")


# German styles end a title with ";" before its container: "Workers and the City; in: Urban Studies 49 (2011)"
_CONTAINER_AFTER_RE = re.compile(r"\s*in:\s")


# A discursive note's aside before its work: "On the inspectors, see Shiel, Quiet Revolution, 150."
_ASIDE_RE = re.compile(r"^[^;“”\"«»()]{3,120}?[,;:]\s+(?:see(?: also)?|cf\.|vgl\.|voir|véase)\s+(?=[" + CAPS + r"])",
                       re.I)


def parts(note: str) -> list[str]:
    """The works one note names: split on ";" outside parentheses and quotation marks (French « » too), never
    at the ";" that ends an HTML entity a web page left in the text ("Health &amp; Social Care") nor at one
    before a container's "in:"."""
    out: list[str] = []
    depth = 0
    quoted = False
    cur: list[str] = []
    note = GERMAN_QUOTES_RE.sub(r"“\1”", note) if "„" in note else note
    unclosed = _unclosed(note)
    for i, ch in enumerate(note):
        if ch in "([" and i not in unclosed:
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in "“”\"«»" and i not in unclosed:
            quoted = ch in "“«" or (ch == "\"" and not quoted)
        if (ch == ";" and depth == 0 and not quoted and not _ENTITY_END_RE.search(note, 0, i)
                and not _CONTAINER_AFTER_RE.match(note, i + 1)):
            out.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur).strip())
    out = _rejoin_coauthors(out)
    out = [piece for p in out for piece in _NEXT_WORK_RE.split(p) for piece in _GLUED_WORK_RE.split(piece)]
    return [_LEAD_RE.sub("", _ASIDE_RE.sub("", p)).strip() for p in out if p.strip()]


# A bare family name (or an et al.) as a part of its own: a co-author, when the next part goes on with its year
# ("Shi; Wang; Yu; u. a. (2015)", a German author-date note with ";" between co-authors)
_BARE_FAMILY_RE = re.compile(r"(?:(?:" + "|".join(sorted(PARTICLES)) + r")\s)*[" + CAPS + r"][\w'’-]*"
                             r"(?:\s[" + CAPS + r"][\w'’-]*){0,2}")


def _rejoin_coauthors(pieces: list[str]) -> list[str]:
    out: list[str] = []
    held: list[str] = []
    for p in pieces:
        if _BARE_FAMILY_RE.fullmatch(p):
            held.append(p)
            continue
        if held and _PAREN_YEAR_NOTE_RE.match(ET_AL_RE.sub("", " " + p).strip() or p):
            p = "; ".join([*held, p])
        else:
            out.extend(held)
        held = []
        out.append(p)
    return out + held


# "u. a. (2015)", "Filho (2021), S. 45": names (or only an et al.) and a year in brackets
_PAREN_YEAR_NOTE_RE = re.compile(r"(?:[^\d();]{0,60}\s)?\((?:1[5-9]\d\d|20\d\d)[a-z]?\)")


def _unclosed(note: str) -> set[int]:
    """Offsets of the opening brackets no bracket closes ("((Prentice Hall, 2000); YG Kim ..."): they
    do not hide the ";" after them."""
    stack: list[int] = []
    for i, ch in enumerate(note):
        if ch in "([":
            stack.append(i)
        elif ch in ")]" and stack:
            stack.pop()
    # an opening quotation mark whose next mark opens another ("in “Optical Bistability ((Academic Press,
    # 1985), 5; N Takahashi and K Kato, “GALXY ...”"): never closed, it hides no ";" either
    marks = [(i, ch) for i, ch in enumerate(note) if ch in "“”"]
    return set(stack) | {i for (i, ch), (_, nxt) in zip(marks, [*marks[1:], (0, "“")][:len(marks)], strict=True)
                         if ch == "“" and nxt == "“"}


def work(part: str) -> tuple[list[str], str, str | None] | None:
    """(author family words folded, title, page) of a note naming a work, or None if it names none.

    "John Smith, Title (City: Publisher, 1999), 45." / "Smith, “Title,” 45." / "Smith and Jones, *Title*"."""
    quoted = QUOTED_RE.search(part)
    # (not a Chicago title whose subtitle follows a colon, its imprint in brackets: "Against Our Will: Men, Women,
    # and Rape (New York, NY: Simon & Schuster, 1975)")
    colon = _COLON_AUTHORS_RE.match(part) if quoted is None and not _IMPRINT_RE.search(part) else None
    if quoted is not None:
        head, title = part[:quoted.start()], next(g for g in quoted.groups() if g)
    elif colon is not None and _NAMES_ONLY_RE.match(colon.group(1).replace("/", ", ")):
        # German and Spanish notes close the names with a colon: "Jan Assmann: Das kulturelle Gedächtnis. Schrift,
        # ..., München 1992, S. 48 ff.", "Harald Welzer/Sabine Moller: „Opa ...“", "Paloma AGUILAR FERNÁNDEZ:
        # Memoria y olvido ..., Madrid, Alianza, 1996, p. 57."
        head, title = colon.group(1).replace("/", ", "), colon.group(2).split(", ")[0]
    else:
        pieces = [p.strip() for p in part.split(",")]
        if len(pieces) < 2:
            return None
        # "Hastie, Tibshirani, and Friedman, The Elements of ...": the names run to the one after "and"
        last = next((k for k, p in enumerate(pieces[:6]) if re.match(r"(?:and|&)\s+[" + CAPS + r"]", p)), None)
        if last is not None and any(len(p.split()) > 4 for p in pieces[:last]):
            last = None  # "BRASIL, Serum Retinol-Binding Protein: A Link Between Obesity, ..., and Type 2 Diabetes"
        names = last + 1 if last is not None and last + 1 < len(pieces) else 1
        head, title = ", ".join(pieces[:names]), re.split(r"\s\(", pieces[names])[0]
    head = head.strip(" ,.:")
    # Mohr Siebeck's "Reid/Singh, in: Workshops in Computing (1994)": a container, not a title
    container = quoted is None and re.match(r"in:\s", title.strip(), re.IGNORECASE) is not None
    if container and (editors := _EDITORS_RE.match(title.strip())) is not None:
        head = editors.group(1).replace("/", ", ")  # German commentary: "Scholz, in: Simitis/Hornung, ..." is theirs
    # "James Keirstead, op. cit., p. 50." ("the work cited": loc. cit., art. cit., German a. a. O.) names no title
    container = container or (quoted is None and _OP_CIT_RE.match(title.strip()) is not None)
    title = "" if container else title
    if quoted is None and _LOCATOR_ONLY_RE.match(title.strip()) and _NAMES_ONLY_RE.match(head):
        return _families(head), "", title.strip(" .")  # a short note: "Bhatla, 101–3.", "Smith et al., 45."
    if quoted is not None and not head and len(words(title)) >= 2:
        return [], title.strip(" ,."), None  # "“Regulatory B Cells in Vasculitis.”": the author is in the text
    if not _NAME_WORD_RE.search(head) or len(head) > 300 or not (title.strip() or container):
        return None
    page = _PAGE_RE.search(part)
    return _families(head), title.strip(" ,."), page.group(1) if page else None


def _families(head: str) -> list[str]:
    """"Douglas P. Hadin, Michael Northington, and Alexander Powell" -> ["hadin", "northington", "powell"];
    "Smith et al." -> ["smith"]. The family is the last capitalised word of each name (notes print
    names in natural order), folded; "van der Pluijm" gives "pluijm"."""
    out: list[str] = []
    # GRUR: "Osterwalder/Sohn/Herzog"; Acta Philosophica: "T. MCMAHON – S. THOMAS – N. M. AMATO"
    for chunk in re.split(r",|/|\s[–—]\s|\s(?:" + "|".join(sorted(AND_WORDS, key=len, reverse=True)) + r")\s", head):
        chunk = re.sub(r"\bet al\.?|\band others\b|\beds?\.|\btrans\.", "", chunk).strip()
        words = _NAME_WORD_RE.findall(chunk)
        if words and fold(words[-1]) not in out:
            out.append(fold(words[-1]))
    return out


# The words a note goes on after though they end with a full stop: "trans. Lydia G.\nCochrane", "ed.\nDavid"
_GOES_ON = frozenset("ed. eds. trans. rev. vol. vols. no. pp. p. repr. comp. al. cf. ch. chap. n. fol. fols.".split())


def _ends_sentence(line: str) -> bool:
    words = line.split()
    last = words[-1].rstrip("”\"’") if words else ""
    return last[-1:] in (".", "!", "?") and last.lower() not in _GOES_ON and re.fullmatch(r"(?:[A-Z]\.)+", last) is None


def wrapped(text: str, start: int, stop: int) -> str:
    """A note as printed over several lines (a PDF or a hard-wrapped .txt): its first line, and the lines after it up
    to the next note (stop), a blank line, or a line ending its sentence; at most eight."""
    end = text.find("\n", start, stop)
    if end < 0:
        return text[start:stop].rstrip()
    line_start = start
    for _ in range(8):
        if _ends_sentence(text[line_start:end]) or end + 1 >= stop or text[end + 1:end + 2] in ("\n", ""):
            break
        line_start = end + 1
        nxt = text.find("\n", line_start, stop)
        end = nxt if nxt >= 0 else stop
    return text[start:end].rstrip()
