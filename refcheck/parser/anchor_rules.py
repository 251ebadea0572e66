"""The printed forms refcheck.parser.anchors pins, part two: numbers, media, organisations, editors
and initials-first lists (kept apart so that neither module grows past its size limit)."""

from __future__ import annotations

import re

_CITATION_NUMBER = re.compile(r"^[\[(]?\d{1,4}[\])]?\.?$")
_YEARISH = re.compile(r"^\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?[.,;:]?$")


_YEAR_COMMA = re.compile(r"^(?:1[5-9]\d\d|20\d\d),$")


def _journal_run(words: list[str], k: int) -> int:
    """ACS prints many articles without a title: "Smith, J.; Jones, K. J. Am. Chem. Soc. 2010, 132,
    12.", "... Nature 2010, 465, 12.". The end of the words from K up to a "2010," with no full stop
    among them but a journal abbreviation's ("Phys.", "Am.", "Chem."): the journal; else K."""
    for j in range(k, min(len(words), k + 12)):
        w = words[j]
        if _YEAR_COMMA.match(w):
            return j
        if any(c.isdigit() for c in w) or not w[:1].isupper() and w not in ("of", "and", "&", "de", "der", "für"):
            return k
        if w[-1] in ",;:?!" or w.endswith(".") and not _abbreviated(w, words[j + 1] if j + 1 < len(words) else ""):
            return k
    return k


def _abbreviated(word: str, nxt: str) -> bool:
    """A journal title word printed abbreviated: "Phys.", "Chem.", or a lone "J." (Journal), "Z."
    (Zeitschrift) or "Q." (Quarterly) before one of them; other lone letters are taken for initials."""
    from refcheck.feature import dictionary

    if len(word) == 2:
        return word[0] in "JZQ" and nxt.endswith(".") and nxt[:-1].lower() in dictionary.JOURNAL_ABBREVIATIONS
    return word[:-1].lower() in dictionary.JOURNAL_ABBREVIATIONS


_SENTENCE_END = re.compile(r"[.;?!][”\"’»]?$")


def _title_to_sentence_end(words: list[str], k: int, fixed: dict[int, str]) -> None:
    """The title opened at K runs on to its first full stop or semicolon ("Causation, Prediction, and
    Search;", "... in China from 1978 to 2016."), not into a number closed by a comma or printed
    after one (an untitled "Nature 2010, 465, 12." keeps its journal and numbers, "... Fraud, 2010."
    its date)."""
    for j in range(k, min(len(words), k + 40)):
        if j > k and any(c.isdigit() for c in words[j]) and (words[j].endswith(",") or words[j - 1][-1] in ",;:"):
            return
        fixed.setdefault(j, "title")
        if _SENTENCE_END.search(words[j]):
            return


_MEDIUM = re.compile(r"^\[(?:Internet|Online|online|CD-ROM|Database)\][.,;]?$")
_DATE_AFTER_MEDIUM = re.compile(r"^(?:1[5-9]\d\d|20\d\d)(?:[;.,:]|$)")


def _medium_then_year(words: list[str], fixed: dict[int, str]) -> None:
    """Vancouver's "Programs closed-loop phototaxis [Internet]. 2019. Available from: ...", "New York
    Times [Internet]. 2013;": the year printed right after the medium is the date (the medium goes
    with it), never a note. AMA's "Published 2012." / "Published online 2008." likewise."""
    for i in range(len(words) - 1):
        if _MEDIUM.match(words[i]) and _DATE_AFTER_MEDIUM.match(words[i + 1]):
            fixed.setdefault(i, "date")
            fixed.setdefault(i + 1, "date")
        elif words[i] == "Published" and i > 0 and words[i - 1][-1:] in ".;":
            k = i + 2 if words[i + 1] == "online" else i + 1
            if k < len(words) and _DATE_AFTER_MEDIUM.match(words[k]):
                for j in range(i, k + 1):
                    fixed.setdefault(j, "date")


def imprint_dates(words: list[str], fixed: dict[int, str]) -> None:
    """The year printed in a known place of the imprint is the date (the forms below)."""
    _medium_then_year(words, fixed)
    _vancouver_month_date(words, fixed)
    _abnt_imprint_year(words, fixed)


_IMPRINT_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)[.,]$")
_ABNT_NUMBER = re.compile(r"^(?:(?:p|pp|v|n|n°|nº)\.)?[\dIVXivx]+(?:[–-]\w+)?,$")
_ABNT_MARK = frozenset({"p.", "pp.", "v.", "n.", "n°", "nº"})


def _abnt_imprint_year(words: list[str], fixed: dict[int, str]) -> None:
    """ABNT closes an entry's imprint with its year: "Ciência Rural, v.51, n.6, p.1-13, 2021.",
    "Educar em Revista, n. 2, p. 93-109, 2014.", "[S. l.: s. n.], 2016.": a year after the volume,
    number or pages ("v.", "n.", "p." printed before it) or after "s. n.]" is the date, not a year
    the title mentions ("... in China from 1978 to 2016.")."""
    for i in range(2, len(words)):
        if len(words[i]) != 5 or not _IMPRINT_YEAR.match(words[i]):
            continue
        prev = words[i - 1]
        marked = prev.startswith(("p.", "pp.", "v.", "n.", "n°", "nº")) or words[i - 2] in _ABNT_MARK
        if (marked and _ABNT_NUMBER.match(prev)) or prev in ("n.],", "s.n.],"):
            fixed.setdefault(i, "date")


_BARE_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")
_MONTH_ABBREVIATION = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(;?)$")
_DAY_SEMICOLON = re.compile(r"^\d{1,2};$")
_LONE_PAGE = re.compile(r"^[A-Za-z]?\d+\.?$")


def _vancouver_month_date(words: list[str], fixed: dict[int, str]) -> None:
    """Vancouver's "2021 Apr 10;9(4):63.", "2014 Oct;102(4):702–757.": the month and the day closed
    by the semicolon belong to the date, not the volume; an article number alone after the date
    ("2025 Jun;e03675.") is its pages. A month's abbreviation between two words of an abbreviated
    journal name before the year ("Bull Mar Sci. 2008;83:415-431.") is part of the journal's name."""
    for i in range(1, len(words) - 2):
        if (len(words[i]) <= 4 and _MONTH_ABBREVIATION.match(words[i]) and not words[i].endswith((".", ";", ","))
                and _ABBREVIATED_WORD.match(words[i + 1]) and _YEAR_SEMICOLON_ANY.match(words[i + 2])
                and words[i - 1][:1].isupper() and words[i - 1][-1:].isalpha()):
            fixed.setdefault(i - 1, "journal")
            fixed.setdefault(i, "journal")
            fixed.setdefault(i + 1, "journal")
    for i in range(len(words) - 2):
        m = len(words[i]) == 4 and _BARE_YEAR.match(words[i]) and _MONTH_ABBREVIATION.match(words[i + 1])
        if not m:
            continue
        end = i + 1 if m.group(1) else i + 2 if _DAY_SEMICOLON.match(words[i + 2]) else None
        if end is None:
            return
        for j in range(i, end + 1):
            fixed.setdefault(j, "date")
        if end + 2 == len(words) and _LONE_PAGE.match(words[end + 1]):
            fixed.setdefault(end + 1, "pages")
        return


_ABBREVIATED_WORD = re.compile(r"^[A-Z][a-z]+\.$")
_YEAR_SEMICOLON_ANY = re.compile(r"^(?:1[5-9]|20)\d\d;")
_ACS_VOLUME = re.compile(r"^\d{1,4},$")
_ACS_VOLUME_ISSUE = re.compile(r"^\d{1,4}$")
_ACS_ISSUE = re.compile(r"^\([\w–-]+\),$")
_ACS_PAGES = re.compile(r"^[A-Za-z]?\d+(?:[–-][A-Za-z]?\d+)?[.]?$")
_VOLUME_NUMBER = re.compile(r"^\d{1,4}$")
_BRACKETED_YEAR_CLOSED = re.compile(r"^\((?:1[5-9]|20)\d\d\):$")
_YEAR_COLON = re.compile(r"^(?:1[5-9]|20)\d\d:$")
_YEAR_SEMICOLON = re.compile(r"^(?:1[5-9]\d\d|20\d\d);$")


def _acs_numbers(words: list[str], fixed: dict[int, str]) -> None:
    """ACS "Biochimica et Biophysica Acta 2012, 1817, 1616–1627.", "J Biochem 1992, 111, 3106.",
    "Angew. Chem. 2015, 54 (35), 10122–10136.": after the journal, year, volume (issue) and pages,
    each closed by a comma, however much a volume "1817" looks like a year. And a chapter's
    "Symposium; 2012; pp 383–388": the year between semicolons before the pages is the date."""
    for i in range(1, len(words) - 1):
        w = words[i]
        if not w[:1].isdigit():
            continue  # every form below opens with a number (most words: none)
        if _YEAR_SEMICOLON.match(w) and words[i - 1].endswith(";") and words[i + 1] in ("pp", "p", "Vol."):
            fixed.setdefault(i, "date")
            continue
        if (_YEAR_COLON.match(w) and words[i - 1].endswith(";") and _ACS_PAGES.match(words[i + 1])
                and not _YEAR_SEMICOLON.match(words[i - 1])):  # "Acta. 2012;1817:1616–1627.": a volume
            # AMA's chapter or proceedings "Morgan Kaufmann; 1990:266-273.", "Vol 77.; 1989:81-98.":
            # the year before the pages, after the publisher's (or volume's) semicolon, is the date
            fixed.setdefault(i, "date")
            continue
        if _VOLUME_NUMBER.match(w) and _BRACKETED_YEAR_CLOSED.match(words[i + 1]) and words[i - 1][-1:].isalpha():
            # Chicago's "Prev Vet Med 30 (1997): 155–69.": the number between the journal and the
            # bracketed year is the volume
            fixed.setdefault(i, "volume")
            continue
        if not _YEAR_COMMA.match(w) or not words[i - 1][-1:].isalpha():
            continue
        j = i + 1
        if _ACS_VOLUME.match(words[j]):
            vol = [j]
        elif _ACS_VOLUME_ISSUE.match(words[j]) and j + 1 < len(words) and _ACS_ISSUE.match(words[j + 1]):
            vol = [j, j + 1]
        else:
            continue
        p = vol[-1] + 1
        if p < len(words) and _ACS_PAGES.match(words[p]) and (p + 1 == len(words) or words[p].endswith(".")):
            fixed.setdefault(i, "date")
            for v in vol:
                fixed.setdefault(v, "volume")
            fixed.setdefault(p, "pages")
        return


_ORG_WORDS = frozenset(
    "institute institut instituto istituto ministry ministério ministerio ministère council conselho consejo "
    "conseil centre center centro board organization organisation organização organización association "
    "associação asociación society sociedade sociedad agency agência agencia commission comissão comisión "
    "foundation fundação fundación consortium office department departamento bureau committee comité "
    "federation federação authority service serviço servicio group network programme program".split())
_ORG_CONNECTOR = frozenset("of for and the de da do das dos e y et for on in und für del des du".split())


def _organisation_opens(words: list[str], labels: list[str], fixed: dict[int, str]) -> None:
    """Vancouver/AMA "Institute for Health Metrics and Evaluation. Adult mortality estimates ...":
    a first sentence of capitalised words that names an organisation ("Institute", "Ministério",
    "Council", "Board") is the author, however title-like; the sentence after it is the title."""
    s = 1 if words and _CITATION_NUMBER.match(words[0]) else 0
    org = False
    for e in range(s, min(len(words) - 1, s + 12)):
        w = words[e]
        core = w.rstrip(".,").lower()
        if not (w[:1].isupper() or core in _ORG_CONNECTOR or w == "-"):
            return
        org = org or core in _ORG_WORDS
        if w.endswith(".") and len(core) <= 2:  # "Fischer H.", "Smith JA.": a person's initials
            return
        if w.endswith("."):
            nxt = words[e + 1]
            if org and e > s and nxt[:1].isupper() and labels[e] in ("title", "author", "publisher"):
                for i in range(s, e + 1):
                    fixed.setdefault(i, "author")
                fixed.setdefault(e + 1, "title")
            return
        if w[-1:] in ",;:":
            return


_ROLE_IN_BRACKETS = re.compile(r"^\((?:[Ee]ds?|[Hh]rsg)\.\)[.,:]?$")
_EDITOR_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’\-]*\.?|[A-Z]\.(?:-?[A-Z]\.)*|and|&|van|von|de|da|del|der|den|la|le)$")


def _editors_before_role(words: list[str], labels: list[str], fixed: dict[int, str]) -> None:
    """ACM "In The Explanation of Culture Change: Models in Prehistory, Colin Renfrew (ed.).": the
    names between the book's closing comma and the bracketed role are its editors, role and all;
    the words before that comma are the book, when it opens with "In"."""
    for r in range(2, len(words)):
        if not _ROLE_IN_BRACKETS.match(words[r]):
            continue
        j = r - 1
        while j > 0 and r - j <= 8 and _EDITOR_NAME_WORD.match(words[j]) and not words[j - 1].endswith(","):
            j -= 1
        # (not "In Gursky-Doyen, S. & Nekaris, K. A. I. (eds.)": names closed by initials are inverted)
        if (not (words[j - 1].endswith(",") and _EDITOR_NAME_WORD.match(words[j]) and words[j][:1].isupper())
                or _INITIALS.match(words[r - 1])):
            continue
        book = next((b for b in range(j - 1, max(j - 40, 0) - 1, -1) if words[b] in ("In", "In:")), None)
        if book is None:
            continue
        for i in range(j, r + 1):
            fixed.setdefault(i, "editor")
        for i in range(book, j):
            fixed.setdefault(i, "container-title")


_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.(?:-?[A-Z]\.)*|[A-Z]\.-[A-Z]\.)$")
_FAMILY_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\w'’\-]+|van|von|de|da|del|der|den|la|le|dos)[,]?$")


def _initials_first_list_ends(words: list[str], labels: list[str], fixed: dict[int, str]) -> None:
    """IEEE books "P. M. Hill and J. W. Lloyd, The Godel Programming Language. Cambridge, Mass: MIT
    Press, 1994.", "F. Tavo, Woman, Mother and Bride: ...": a list of initials-first names ("I. I.
    Family", commas between, "and" before the last) ends at the family name closed by a comma that no
    initials or "and" follow; the word after it opens the title, however name-like ("Woman,")."""
    s = 1 if words and _CITATION_NUMBER.match(words[0]) else 0
    i = s
    while i < min(len(words), s + 60):
        k = i
        while k < len(words) and _INITIALS.match(words[k]):
            k += 1
        if k == i:
            return
        f = k
        while f < min(len(words), k + 3) and _FAMILY_WORD.match(words[f]) and not words[f - 1].endswith(","):
            f += 1
        if f == k:
            return
        last = words[f - 1]
        if f < len(words) and words[f] == "and" and not last.endswith(","):
            i = f + 1
            continue
        if not last.endswith(",") or f >= len(words):
            return
        nxt = words[f]
        if nxt == "and":
            i = f + 1
            continue
        if _INITIALS.match(nxt):
            i = f
            continue
        if (nxt[:1].isupper() and nxt.rstrip(".,") not in ("Ed", "Eds", "Jr", "Sr")
                and not _YEARISH.match(nxt) and _plain_sentence(words, f)):
            for j in range(s, f):
                fixed.setdefault(j, "author")
            _title_to_sentence_end(words, f, fixed)
        return


_QUOTE_CHARS = frozenset("“”\"‘’«»")


def _plain_sentence(words: list[str], k: int) -> bool:
    """Whether WORDS[k:] read as a book's title: two words or more, no number in them, no quotation
    opening after a comma (a quoted title after one more name: "Frank Czopek, “A co-operative"), up
    to a full stop that is not a journal abbreviation's ("Appl. Phys. Lett. 77"), and not a name's
    tail ("Ji, and R. R.", "Ho, G. C. C.,")."""
    from refcheck.feature import dictionary

    if k + 1 >= len(words) or words[k + 1] == "and" or _INITIALS.match(words[k + 1].rstrip(",")):
        return False
    for j in range(k, min(len(words), k + 40)):
        w = words[j]
        if any(c.isdigit() for c in w) or w[0] in _QUOTE_CHARS and words[j - 1].endswith(","):
            return False
        if w.endswith("."):
            return j > k and w[:-1].lower() not in dictionary.JOURNAL_ABBREVIATIONS
    return False
