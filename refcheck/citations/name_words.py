"""How a citation's names read: which words can be a name, whether a head is an author list, an organisation or a
title, and how it splits into people ("Tyldum and Brunovskis", "Coriolano e Vasconcelos", "Bowman/Hacker"), while a
body's name stays whole ("United Nations Office on Drugs and Crime", "Arbeids- og velferdsdirektoratet")."""

from __future__ import annotations

import re
from functools import lru_cache

from refcheck.citations.locator import is_book_number
from refcheck.matching.names import looks_like_acronym
from refcheck.text.fold import strip_marks
from refcheck.text.lexicon import ALL_MONTHS, AND_WORDS, MONTHS, ORG_WORDS
from refcheck.text.lexicon import NAME_CONNECTORS as CONNECTORS
from refcheck.text.patterns import CAPS, CJK_CHARS, ET_AL_RE

_CJK_NAME = re.compile(f"[{CJK_CHARS}]{{2,12}}")
_ELIDED_PARTICLE = re.compile(r"(?:d|l|dell|dall|nell|sull)['’][" + CAPS + r"][\w'’-]+,?$")
_CASELESS_NAME = re.compile("[\u05d0-\u05ea\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff'’-]{2,30}")


def caseless(tok: str) -> bool:
    """A word in Arabic or Hebrew script, which has no capitals: any word may be a name, so a name read back from a
    parenthesis stops where the script changes and after a few words (citations.narrative)."""
    return _CASELESS_NAME.fullmatch(tok.strip(",.;:")) is not None


# Capitalized words that start sentences or phrases but are never an author.
CAP_STOP = frozenset("""
according as in the this these those however thus while although though since when where for but and also
moreover furthermore indeed therefore both even finally first second third then so if that unlike like
following further recently similarly here there our we i it its his her their a an on at by from to with
of per based using yet still other another some many most several each every all after before during
between because whereas whether what which who whom whose how why notably specifically today currently
meanwhile overall instead despite given once now later earlier until unless see cf chapter section table
figure appendix part note eq equation according
segundo según segun conforme para como desde sobre assim portanto entretanto contudo ainda também tambien además ademas
porém pero cuando quando onde donde nos nas los las em en ou o os as um uma una seguindo siguiendo
selon laut nach gemäß secondo volgens ifølge enligt podle dle według zdaniem согласно по menurut
""".split())


@lru_cache(maxsize=8192)
def is_name_token(tok: str) -> bool:
    """A word that can be part of a person's or organization's name as printed."""
    t = tok.strip(",.;:")
    if not t:
        return False
    if looks_like_acronym(t):
        return True
    first = t[0]
    if _CJK_NAME.fullmatch(t):
        return True  # "稲葉", "内閣府国民生活局", "김철수": names in Chinese, Japanese or Korean script
    if _CASELESS_NAME.fullmatch(t):
        return True  # "الجابري", "בן-גוריון": Arabic-script and Hebrew letters have no capitals to tell a name by
    if not (first.isalpha() and first.isupper()):
        # "d'Avernas", "dell'Acqua", "l'Hôpital": an elided particle glued to the name
        return t.lower() in CONNECTORS or t in ("d'", "O'", "l'") or _ELIDED_PARTICLE.match(t) is not None
    body = t.translate(str.maketrans("", "", "'’-–./")).rstrip("*")  # "Español–Suñer", "O’Brien", "Jr."
    return strip_marks(body).isalpha()  # "Stru\u0308mpfer": a combining diaeresis is part of the letter


def _clean_tokens(head: str) -> list[str]:
    return head.replace("\u00a0", " ").split()


_CAPITAL_PARTICLES = frozenset({"De", "Van", "Von", "Du", "La", "Le", "Di", "Da", "Den", "Ter", "Ten", "Del"})
_PARTICLE_WORDS = PARTICLE_WORDS = frozenset(p.lower() for p in _CAPITAL_PARTICLES) | {"der", "dos", "das", "te", "zu"}
_NAME_STARTERS = frozenset({"the", "de", "van", "von", "der", "da", "di", "du", "la", "le", "den", "ten", "ter",
                            "dos", "das", "del", "della", "des"})


_BODY_NAMES = frozenset({"team", "developers", "contributors", "community", "consortium", "collaboration"}) | ORG_WORDS


def _name_or_number(tok: str, org: bool) -> bool:
    return is_name_token(tok) or (org and _ORG_NUMBER_RE.fullmatch(tok.strip(",.")) is not None)


_ORG_NUMBER_RE = re.compile(r"\d{1,5}[A-Za-z-]*|[A-Z]+\d[A-Z\d]*")


_LIST_SEP_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def _long_name_list(head: str, max_tokens: int) -> bool:
    """Every author of the work, as some styles print them: "(Iwasa, Okita, Kuchiba, ..., Boku and Yamada
    2020)" (Canadian Journal of Economics); a comma list of up to 24 names of one or two words each."""
    pieces = _LIST_SEP_RE.split(head.strip(" ,"))
    return max_tokens >= 12 and 6 <= len(pieces) <= 24 and all(1 <= len(p.split()) <= 2 for p in pieces)


_ET_AL_WORDS = frozenset({"et", "al", "и", "др", "others"})


def name_like(head: str, max_tokens: int = 12) -> bool:
    """Could this text be an author list or organization name as printed in a citation?"""
    toks = _clean_tokens(ET_AL_RE.sub("", head))  # "Hirschl u. a.": the name, whatever its et al.
    if len(toks) > 2 and toks[1] in ("-", "–", "—") and toks[0][:1].isupper():
        toks = toks[:1] + toks[2:]  # "BFG - The Brazil Flora Group", "Brasil - Estado da Bahia": one body
    # "1000 Genomes Project Consortium", "P3G Consortium": a body's name may hold numbers (and be long)
    org = any(t.lower().strip(",.") in _BODY_NAMES for t in toks[1:])
    if not toks or len(toks) > max_tokens + (4 if org else 0) and not _long_name_list(head, max_tokens):
        return False
    lead = toks[0].lower()
    # "de Souza", "van der Berg" start lower-case but are names; "The MiraMed Institute" too.
    if (not _name_or_number(toks[0], org) or lead in CONNECTORS) and lead not in _NAME_STARTERS:
        return False
    # "The pandas development team", "Centrālā statistikas pārvalde" (Baltic and Slavic names say what body it is
    # last): a body named by its work; "EFSA Panel on Food Additives and ...": a body opened by its acronym
    body = (len(toks) <= 6 and toks[-1].lower().strip(",.") in _BODY_NAMES) or (org and looks_like_acronym(toks[0]))
    for t in toks:
        if not (_name_or_number(t, org) or t.lower() in CONNECTORS or t.lower().strip(",.") in _ET_AL_WORDS
                or (body and t.isalpha() and t.islower())):
            return False
    first, *more = re.split("[-–]", toks[0].strip(",.").lower())  # "July–August 2011", "Enero-Abril": a period
    if (first in MONTHS and not ET_AL_RE.search(head)) or (more and {first, *more} <= ALL_MONTHS) \
            or first in ("table", "figure", "fig", "chapter", "section", "appendix", "eq", "note"):
        return False  # "(May 2019)" is a date; "(Jan et al., 2018)" names an author
    return any(t[:1].isupper() or _CJK_NAME.fullmatch(t.strip(",.;:")) or _CASELESS_NAME.fullmatch(t.strip(",.;:"))
               for t in toks) \
        and not is_book_number(head)  # not "(de 1694)", "(III, 1993)"


def title_like(head: str, max_words: int = 16) -> bool:
    """A title written without quotes: "Addressing the Root Causes of Sex Trafficking"."""
    toks = _clean_tokens(head)
    if not toks or len(toks) > max_words or not toks[0][:1].isupper():
        return False
    content = [t for t in toks if t.lower().strip(",.:") not in CONNECTORS and t.lower() not in ("a", "an", "is")]
    if not content:
        return False
    caps = sum(1 for t in content if t[:1].isupper() or t[:1].isdigit())
    return caps / len(content) >= 0.75


def split_authors(head: str) -> tuple[list[str], bool]:
    """"Tyldum and Brunovskis" -> ["Tyldum", "Brunovskis"]; "Smith et al." -> (["Smith"], True).

    "and"/"&" split only between short person-like names: "United Nations Office on Drugs and Crime" stays whole."""
    et_al = False
    m = ET_AL_RE.search(head)
    if m:
        et_al = True
        head = (head[: m.start()] + head[m.end():]).strip(" ,")
    pieces = _AUTHOR_SEP_RE.split(head)
    pieces = [p.strip(" ,") for p in pieces if p.strip(" ,")]
    if len(pieces) > 1 and _personish(pieces[0]) and all(  # "MacDonald & SAGE Working Group on ...": a body too
            _personish(p) or (" " in p and any(t.lower() in ORG_WORDS for t in p.split())) for p in pieces[1:]):
        return pieces, et_al
    # "Press, Teukolsky, Vetterling, & Flannery": one word that is also a body's ("Press", "Bank") among people
    if len(pieces) > 2 and all(_personish(p) or (" " not in p and is_name_token(p)) for p in pieces) \
            and sum(_personish(p) for p in pieces) >= len(pieces) - 1:
        return pieces, et_al
    return ([head.strip(" ,")] if head.strip(" ,") else []), et_al


# "and" in the languages refcheck reads: "Coriolano e Vasconcelos", "Armengou y Cuéllar", "Müller und Roth".
_AND = "(?:" + "|".join(sorted(AND_WORDS | {"en"})) + ")"  # Dutch "Ryan en Deci (2000)" between people
# People joined by a slash or a dash, "(Bowman/Hacker 2023)", "(Szamuely–Csaba 1998)"; "WHO/UNICEF" stays whole.
SPACED_SLASH_RE = re.compile(rf"(?<=[a-zß-ÿ])(?:\s+/\s*|/\s+)(?=[{CAPS}][a-zß-ÿ])")
_AUTHOR_SEP_RE = re.compile(rf"\s*,\s*{_AND}\s+|\s+{_AND}\s+|\s*[,;・]\s*|(?<=[a-zß-ÿ])[/–](?=[{CAPS}][a-zß-ÿ])")
def _personish(piece: str) -> bool:
    toks = piece.split()
    if not 1 <= len(toks) <= 4:
        return False
    if any(t.lower() in ORG_WORDS for t in toks):
        return False
    return all(is_name_token(t) and t.lower() not in ("of", "for", "on", "the", "in") for t in toks)
