"""Author/editor/translator text -> list of Name, organizations kept whole.

Handles APA "Family, I. I., & Family, I.", MLA/Chicago "Family, Given, and Given Family",
IEEE "I. Family, I. Family, and I. Family", Vancouver "Family IN", "et al.", and
MLA's "---." (returned as ``[Name(literal="---")]``; the pipeline replaces it with the
previous entry's authors).
"""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.model import Name
from refcheck.text.lexicon import AND_WORDS, ORG_WORDS  # one organisation list for parsing and matching
from refcheck.text.patterns import CAPS, CJK_CHARS, ET_AL, SUSPENDED_COMPOUND_RE

_ROLE_HEAD = lazy(
    r"^\s*(?:in:?\s+|by\s+|edited\s+by\s+|ed\.\s+by\s+|translated\s+by\s+|trans\.\s+by\s+|trans\.\s+"
    r"|\((?-i:eds?)\.\s+)", re.I
)
_ROLE_TAIL = lazy(
    r"[\s,]*[(\[]?\b(?:(?-i:[ÉéEe]ds?)|editors?|hrsg|trans|transl|(?-i:tr)|comps?|dirs?|directors?)\b"
    r"\.?[)\]]?[\s.,:;]*$", re.I
)
# et al. in every language (text.patterns), after a space or a comma, or glued to a Chinese or Japanese name
_ET_AL = lazy(r"(?:[,/]\s*|\s+|^)(?:et\.?\s*al\.?|u\.\s*a\.|" + ET_AL + r")\s*[.,]?|(?<=\S)(?:等|ほか)", re.I)
# Every et al. form opens with a lower-case word, "&" or a Chinese or Japanese character ("Et Al." aside): the long
# pattern runs only on names that have one (speed: most lists print capitals and initials only).
_ET_AL_HINT = lazy(r"(?:^|[\s,/])(?:[a-zа-яğ&]|Et\b|ET\b)|[等ほ]")
# A slash between two people named family first (Mohr Siebeck: "Boyer, Doug M./Toussaint, Séverine"), never
# in a body's name or a link ("Bündnis 90/Die Grünen", "https://"): after a small letter or a stop.
_SLASH = lazy(r"(?<=[a-zß-ÿ.])\s?/\s*(?=[" + CAPS + r"][a-zß-ÿ])")
_REPEAT = lazy(r"^[-—–_‒]{2,}\.?$")
# (?<!\s): start only where the spaces do, or a search over a run of spaces is cubic (issue 17)
# "und", "et", "y", "e" (every language's "and", text.lexicon.AND_WORDS) only in lower case: a capital "E" or "Y"
# is an initial ("J Marko, E Siggia").
_LOWER_ANDS = "|".join(sorted((w for w in AND_WORDS if w not in ("and", "&")), key=len, reverse=True))
_CONJ = lazy(r"(?<!\s)\s*(?:,?\s+(?:and|&|(?-i:" + _LOWER_ANDS + r"))\s+|\s*&\s*)", re.I)
# Capital letters an initial can be ("Marini MÂ", "Bolikowski Ł", "Dvořák Š"): text.patterns.CAPS
_UP = CAPS
_INITIALS = lazy(r"^(?:[A-ZÀ-Þ][a-z]?\.?\s*-?\s*){1,4}$")
# "Heidegger M", "Dallas WS", "Smith J R", "Marshall H.L.", "Poupeau F.-M.", "Dirks PHGM": the family
# name, then capital initials (run together, spaced or dotted) at the end of the part.
_VANCOUVER = lazy(r"^(?P<family>[^\s,]+(?:\s+[^\s,]+)*?)\s+"
                  r"(?P<given>[" + _UP + "]{1,4}|(?:[" + _UP + r"]\.?-?\s?){1,3})$")
# "Saint-Hilaire AFCP de", "Martius CFP von": initials (up to four) before a family name's particle.
_VANCOUVER_PARTICLE = lazy(r"^(?P<family>[^\s,]+(?:\s+[^\s,]+)*?)\s+"
                           r"(?P<given>[" + _UP + "]{1,4}|(?:[" + _UP + r"]\.?-?\s?){1,3})$")
# Initials alone, never a short family name: dotted ("J.", "J.-P.", "Th.") or a single letter.
# "Oh", "Li", "Yu", "LAPP", "RIOS" are families even though _INITIALS (used for given names) admits them.
_DOTTED = lazy(r"^(?:[A-ZÀ-Þ](?:[a-z]?\.|\b)\s*-?\s*){1,4}$")
_CJK = lazy(rf"^[{CJK_CHARS}\u00b7・]{{2,8}}$")
_CJK_SEPARATORS = lazy(r"\s*[、，；,;]\s*")
_CJK_ET_AL = frozenset({"等", "他", "ほか", "外", "외", "et al", "et al."})
_CJK_DOT = lazy(r"\s*[·・]\s*")
_HANGUL = lazy(r"[\uac00-\ud7af]")
_KATAKANA = lazy(r"^[\u30a0-\u30ff]+$")
_KANJI_OR_KANA = lazy(r"^[\u3040-\u30ff\u4e00-\u9fff]+$")
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "ten",
              "ter"}
_SUFFIX = lazy(r"^(?:Jr|Sr|II|III|IV|2nd|3rd|4th)\.?$")
_ROMAN_SUFFIXES = frozenset({"II", "III", "IV"})
_FINAL_INITIAL = lazy(r"(?:^|[\s.\-])(?:[" + _UP + r"]|Jr|Sr)\.$")
_WORDS = lazy(r"[\w'-]+")
_INVERTED = lazy(r",\s*(?:[A-Z]\.|[A-Z][a-z]+(?:\s|$|,|\.))")
_CAPS = lazy("^[" + _UP + "]{1,3}$")
# A person's name opening the rest of a list: "Weinstein JN,", "Maged Younes,", "Smith, J." ("Culture,"
# or "Engineering, and Medicine" after an institution's first words are not).
_PERSON_PART = lazy(r"^(?:[A-ZÀ-Þ][\w'’-]+\s(?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})|[A-ZÀ-Þ][a-zà-ÿ]+\s[A-ZÀ-Þ][\w'’-]+"
                    r"|[A-ZÀ-Þ][\w'’-]+,\s(?:[A-Z]\.\s?){1,3})(?:,|$)")

def parse_names(text: str | None) -> tuple[list[Name], bool]:
    """Return the names and whether the list ended in "et al."."""
    if not text:
        return [], False
    t = text.replace("*", "").strip()
    t = _strip_roles(t)
    t, n_et_al = _ET_AL.subn("", t) if _ET_AL_HINT.search(t) else (t, 0)
    et_al = n_et_al > 0
    t = _strip_end(t)
    if not t:
        return [], et_al
    if _REPEAT.match(t) or t.strip(" .") in {"---", "——", "———", "—"}:
        return [Name(literal="---")], et_al
    if _CJK.match(_CJK_DOT.split(_CJK_SEPARATORS.split(t, maxsplit=1)[0], maxsplit=1)[0].strip().replace(" ", "")):
        people, deng = _cjk_people(t)
        return people, et_al or deng
    if _CAPITAL_PARTICLE_FAMILY.match(t):
        return [Name(family=t)], et_al
    if _SLASHED.fullmatch(t):  # German legal style (GRUR): "Osterwalder/Sohn/Herzog", families only
        return [Name(family=f) for f in t.split("/")], et_al
    if "/" in t:
        # Mohr Siebeck's inverted "Reid, Alastair/Singh, Satnam", Im Gespräch's "Ana Margarida Fortes/Patricia
        # Agudelo-Romero": a slash between people (families only, "Osterwalder/Sohn", were read above)
        t = _SLASH.sub("; ", t) if "," in t else _SLASH.sub(", ", t)
    head, _, rest = t.partition(",")
    if (len(_WORDS.findall(head)) >= 3 and _PERSON_PART.match(rest.strip()) and is_organization(head)
            and not is_organization(rest.split(",")[0])):
        # "EFSA Panel on Food Additives ... (ANS), Maged Younes, ...", "The Cancer Genome Atlas
        # Research Network, Weinstein JN, ...": a body heads the list, its members follow.
        return [Name(literal=head.strip()), *_split_people(_strip_end(rest))], et_al
    if is_organization(t):
        return [Name(literal=t)], et_al
    if "," not in t and ";" not in t and (people := _dotted_run(t)):
        return people, et_al
    return _split_people(t), et_al


_SLASHED = lazy(r"(?:[" + _UP + r"][\w'’-]+\s)?[" + _UP + r"][\w'’-]+(?:/(?:[" + _UP + r"][\w'’-]+\s)?[" + _UP +
                r"][\w'’-]+)+")  # "Tosatto/Horrocks/Dalla Serra/Cremades"


# "Range F. Horn L. Bugnyar T. Gajdon G. K. Huber L.", "Udell M. A. R. Wynne C. D. L.": family names and
# dotted initials with no comma between the people, as some exports print a list.
_DOTTED_PERSON = lazy(r"(?P<family>[" + _UP + r"][\w'’-]+)\s+(?P<given>(?:[" + _UP + r"]\.(?:\s?-\s?|\s)?){1,4})")


def _dotted_run(t: str) -> list[Name]:
    """The people of such a list, or [] when the text is not one (at least two people, nothing else)."""
    units = list(_DOTTED_PERSON.finditer(t))
    if len(units) < 2 or units[0].start() != 0 or units[-1].end() < len(t.rstrip()) \
            or any(a.end() != b.start() for a, b in zip(units, units[1:], strict=False)):
        return []
    return [Name(family=u.group("family"), given=u.group("given").strip()) for u in units]


# "De Robertis", "De Wals", "Von Neumann" alone: a family name with its particle, no given name
# ("Di" and "Van" are left out: also given names, "Di Zhang", "Van Nguyen")
_CAPITAL_PARTICLE_FAMILY = lazy(r"^(?:De|Del|Della|Von|Dos|Das|Du|Der|Ten)\s[" + _UP + r"][\w'’-]+$")


def _cjk_people(t: str) -> tuple[list[Name], bool]:
    """Chinese, Japanese and Korean lists ("王晓明, 李华", "田中太郎、鈴木一郎", "김철수·이영희") as printed,
    and whether they end in "等" (et al.). A name with no space inside is one family-first unit,
    kept whole (the way citations print it); "山田 太郎" is family "山田", given "太郎". The middle dot
    separates Korean names and Japanese ones in kanji ("山田太郎・佐藤花子"); between katakana or in
    Chinese it joins a transliterated name ("ジョン・スミス", "约翰·史密斯") and stays."""
    names: list[Name] = []
    deng = False
    for part in _CJK_SEPARATORS.split(t):
        part = part.strip(" .。:")
        if part in _CJK_ET_AL:
            deng = True
            continue
        for piece in _CJK_DOT.split(part) if _splits_at_dot(part) else [part]:
            piece = piece.strip()
            family, _, given = piece.partition(" ")
            if given and _CJK.match(family) and _CJK.match(given.replace(" ", "")):
                names.append(Name(family=family, given=given))
            elif piece:
                names.append(Name(family=piece) if _CJK.match(piece) else _natural(piece))
    return names, deng


def _splits_at_dot(part: str) -> bool:
    if not _CJK_DOT.search(part):
        return False
    if _HANGUL.search(part):
        return True
    return "・" in part and all(_KANJI_OR_KANA.match(p) for p in _CJK_DOT.split(part)) and not all(
        _KATAKANA.match(p) for p in _CJK_DOT.split(part))


def _strip_end(t: str) -> str:
    """Drop the separator after the names but keep the full stop of a final initial or "Jr."."""
    t = t.strip(" ,;:")
    return t[:-1].rstrip(" ,;:") if t.endswith(".") and not _FINAL_INITIAL.search(t) else t


def _strip_roles(t: str) -> str:
    """Remove "In", "edited by", "(Eds.)", "trans." around the names (the tail is searched in the last characters
    only: the pattern is anchored at the end and slow to try at every position)."""
    prev = None
    while prev != t:
        prev = t
        t = _ROLE_HEAD.sub("", t)
        cut = max(0, len(t) - 16)
        m = _ROLE_TAIL.search(t, cut)
        if m:
            t = t[: m.start()]
        t = t.strip()
        # the brackets of APA's "(A. Ross, Ed.)" and Nature's "(eds. Katz, R. & HaCohen, R.)", around
        # the names with their role
        if t.startswith("(") and ")" not in t:
            t = t[1:]
        if t.endswith(")") and "(" not in t:
            t = t[:-1]
    return t


# (not a French list's initials after the family name, "ALLEN (J.P.)", "Codou (Y.)")
_ACRONYM_AFTER = re.compile(r"\S\s[(\[][A-Z]{2}[A-Z&/-]{0,9}[)\]]$")


def is_organization(t: str) -> bool:
    """An author that is an institution: an institution word and no personal-name pattern."""
    words = _WORDS.findall(t)
    if not words:
        return False
    if t.lower().startswith("the ") or SUSPENDED_COMPOUND_RE.search(t):
        return True  # (a compound's shared part left out, "Arbeids- og velferdsdirektoratet": no person's name)
    has_org_word = any(w.lower() in ORG_WORDS or w.lower().rstrip("s") in ORG_WORDS for w in words)
    if "," not in t and ";" not in t:
        if has_org_word or _bodies_listed(t) or _ACRONYM_AFTER.search(t):
            return True  # "Umweltbundesamt (UBA)": a body defines its acronym
        if len(words) == 1 and words[0].isupper() and len(words[0]) >= 3:
            return True
        # A long name with no conjunction and no initials is an institution ("Not-for-Profit Law Centre"),
        # and so is one with "for" or "of" inside ("UN Inter-agency for Child Mortality Estimates")
        if len(words) >= 4 and any(w in ("for", "of") for w in words[1:-1]) and not _CONJ.search(t):
            return True
        return len(words) >= 4 and not _CONJ.search(t) and not any(_INITIALS.match(w + ".") for w in words)
    return has_org_word and (not _INVERTED.search(t) or _org_before_comma(t) or _bodies_listed(t))


_BODY_LIST_SEP = lazy(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


def _bodies_listed(t: str) -> bool:
    """"WHO, UNICEF, World Bank": bodies that wrote a work together, one a known body's acronym, every other
    an acronym or a name with a body's word; never a family name and its given names."""
    acronyms = 0
    pieces = _BODY_LIST_SEP.split(t.strip(" ."))
    for piece in pieces:
        ws = _WORDS.findall(piece)
        if len(ws) == 1 and ws[0].isupper() and ws[0].lower() in ORG_WORDS or _NUMBERED_BODY.fullmatch(piece):
            acronyms += 1  # "WHO"; "FHI 360", a body's acronym and number
        elif not (len(ws) == 1 and ws[0].isupper() and len(ws[0]) >= 3) \
                and (len(ws) < 2 or not any(w.lower() in ORG_WORDS for w in ws)):
            return False
    return acronyms > 0 and len(pieces) > 1


_NUMBERED_BODY = lazy(r"[A-Z]{2,6} \d{1,4}")


_ORG_LINKS = frozenset({"of", "for", "on", "and", "&", "de", "do", "da", "des", "du", "für", "del"})


def _org_before_comma(t: str) -> bool:
    """"Department for Digital, Culture, Media and Sport", "National Academies of Sciences,
    Engineering, and Medicine", "European Commission, Joint Research Centre": an institution
    whose name holds commas. Its first part already reads as an institution (an organisation word
    and a linking word, or an organisation word in both parts); a person's family name never has
    "of" or "for" inside it."""
    first, _, rest = t.partition(",")
    words = _WORDS.findall(first)
    if len(words) < 2 or not any(w.lower() in ORG_WORDS or w.lower().rstrip("s") in ORG_WORDS for w in words):
        return False
    if any(w in _ORG_LINKS for w in words[1:]):
        return True
    nxt = _WORDS.findall(rest.split(",")[0])
    return len(nxt) >= 2 and any(w.lower() in ORG_WORDS or w.lower().rstrip("s") in ORG_WORDS for w in nxt)


def _split_people(t: str) -> list[Name]:
    if ";" in t:
        names: list[Name] = []
        for part in t.split(";"):
            names += _split_people(_strip_end(part)) if _strip_end(part) else []
        return names
    if (lone := _LONE_FAMILY.match(t)) is not None:  # "Martin, and K. Robert": the first has no given name
        return [Name(family=lone.group(1))] + _split_people(t[lone.end():])
    parts = [p.strip() for p in _CONJ.sub(",", t).split(",")]
    parts = _period_separated([p for p in parts if p])
    # "AM Herskind, M McGue, NV Holm, TIA Sørensen": a list whose names open with their initials, run
    # together; there "TIA" and "NAJ" are initials too, not a family name in capitals ("LEE Pierre")
    initials_first = any(_SHORT_INITIALS_FIRST.match(p) for p in parts)
    # "W Y, Harvey C, Harvey C": in a list of Vancouver names a family name of one letter is printed like the others
    vancouver = sum(1 for p in parts if _is_vancouver(p)) >= 2
    names = []
    i = 0
    while i < len(parts):
        p = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if vancouver and _LETTER_FAMILY.match(p):
            names.append(Name(family=p[0], given=p[1:].strip()))
            i += 1
            continue
        if i and len(p.split()) >= 2 and is_organization(p):
            names.append(Name(literal=p.strip(" .")))  # "MacDonald, N. E., & SAGE Working Group on ..."
            i += 1
            continue
        if _SUFFIX.match(p) and names:
            last = names[-1]
            names[-1] = Name(family=last.family, given=f"{last.given}, {p}" if last.given else p)
            i += 1
            continue
        if nxt is not None and _is_vancouver(p) and "." in nxt and _DOTTED.match(nxt):
            # "Lockwood WK, L. L." in a list of "Family, I." names: a Medline record whose family field
            # holds "Family II" (the initials alone are nobody's name); kept as printed.
            names.append(Name(family=p, given=nxt))
            i += 2
            continue
        if nxt is not None and (_takes_given(p, nxt) or (i == 0 and _compound_family(p, nxt))):
            given = nxt
            i += 2
            family, _, suffix = p.strip(" .").rpartition(" ")
            if family and _SUFFIX.match(suffix):  # "Koshland Jr., D. E."
                p, given = family, f"{given}, {suffix}"
            if i < len(parts) and _SUFFIX.match(parts[i]):
                given = f"{given}, {parts[i]}"
                i += 1
            names.append(Name(family=p.strip(" ."), given=given))
            continue
        names.append(_natural(p, initials_first))
        i += 1
    return names


_LONE_FAMILY = lazy(r"^\s*([" + _UP + r"][a-zà-ÿ'’-]+),\s+(?:and|&)\s+"
                    r"(?=(?:[" + _UP + r"]\.\s?)*[" + _UP + r"][a-zà-ÿ])")
_LETTER_FAMILY = lazy(r"^[" + _UP + r"]\s[" + _UP + r"]{1,3}$")
_CAPS_WORD = lazy(r"^[" + _UP + r"][" + _UP + r"'’-]+$")
_SHORT_INITIALS_FIRST = lazy(r"^[" + _UP + r"]{1,2}\s[" + _UP + r"][a-zà-ÿ][\w'’-]*$")


_INITIALS_THEN_FAMILY = lazy(r"^(?P<given>(?:[A-Z]{1,3}|(?:[A-Z]\.-?){1,3})\.?)\s+(?P<family>[A-ZÀ-Ý][\w'’\-]+)$")


def _period_separated(parts: list[str]) -> list[str]:
    """"Heinrichs, SC. Koob, GF.", "Langdon, R. Coltheart, M. Ward, PB.": inverted names whose
    separator is the full stop after the initials. Only when the list opens "Family, I. Family"
    and ends with initials, so a natural-order list ("Smith, J. Koob and ...") is left alone."""
    if (len(parts) < 3 or " " in parts[0] or not _INITIALS_THEN_FAMILY.match(parts[1])
            or not _is_initials(parts[-1])):
        return parts
    out = [parts[0]]
    for p in parts[1:]:
        m = _INITIALS_THEN_FAMILY.match(p)
        out += [m.group("given"), m.group("family")] if m else [p]
    return out


def _is_initials(p: str) -> bool:
    return bool(_INITIALS.match(p)) or bool(_CAPS.match(p))


def _is_vancouver(p: str) -> bool:
    """"Fobert PR", "Yu W", "Smith J R": a whole name, family first, initials after it."""
    m = _VANCOUVER.match(p)
    return bool(m) and not _DOTTED.match(m.group("family"))


# A whole name in natural order, dotted initials first: "T. Qin", "C. N. MINGALA", "E.A.T. MATRICARDI".
_GIVEN_FIRST_DOTTED = lazy(r"^(?:[" + _UP + r"]\.\s?-?){1,4}\s?[" + _UP + r"][\w'’-]+(?:\s[" + _UP + r"][\w'’-]+)*$")


def _takes_given(p: str, nxt: str) -> bool:
    """Is ``p`` a family name followed by its given name(s) ``nxt`` (inverted order)?"""
    if _DOTTED.match(p) or _is_vancouver(p):
        return False
    if _GIVEN_FIRST_DOTTED.match(p):
        # "K. Rohe, T. Qin, and B. Yu", "S. Kumashiro, Lu, Y.F.": a name that opens with its initials is
        # whole; the next part ("B. Yu", "Lu") is the next name even when it could pass for initials
        return False
    if _is_initials(nxt):
        return True
    # A one-word (or particle-led) part before a comma is a family name: "Buckley, Mary",
    # "Gates, Henry Louis, Jr.", "van Dijk, Teun"; a multi-word part is a whole name in natural order.
    # (all-caps "LE Walker", "DA Evans" in a mixed-case name are initials, not the particles le, da)
    head = p.split()[0]
    return " " not in p or head.lower() in _PARTICLES and not (head.isupper() and len(head) > 1 and not p.isupper())


_GIVEN_ONE = lazy(r"^[A-ZÀ-Ý][\w'’\-]+(?:\s(?:[A-Z]\.\s?)+)?$")
_CAPITALISED_WORDS = lazy(r"^[A-ZÀ-Ý][\w'’\-]+(?:\s(?:[a-z]{1,3}\s)?[A-ZÀ-Ý][\w'’\-]+){1,2}$")


def _compound_family(p: str, nxt: str) -> bool:
    """The first name of a list is inverted even when the family name has two words
    ("García Márquez, Gabriel", "Vargas Llosa, Mario", "Ortega y Gasset, José"): one given
    name after the comma tells it from a list in natural order ("John Smith, Mary Jones")."""
    return bool(_CAPITALISED_WORDS.match(p)) and bool(_GIVEN_ONE.match(nxt)) and not _is_vancouver(p)


# Medline records whose family field holds "Family I" and given field "Other II", as styles print them:
# Vancouver "Qin J LY" (family "Qin J", initials "LY"), given-first "Ko MJ Groen AC" and "L. C. Murray DT".
_MEDLINE_FAMILY_INITIALS = lazy(r"^(?P<family>[A-ZÀ-Þ][\w'’-]+\s[" + _UP + r"])\s(?P<given>[" + _UP + "]{2,3})$")
_MEDLINE_GIVEN_FIRST = lazy(r"^(?P<given>[A-ZÀ-Þ][\w'’-]+\s[" + _UP + r"]{1,3}\.?|(?:[A-Z]\.\s?){1,3})\s"
                            r"(?P<family>[A-ZÀ-Þ][a-zà-ÿ][\w'’-]*\s[" + _UP + "]{1,3})$")


def _natural(p: str, initials_first: bool = False) -> Name:
    """"Mary Buckley", "J. D. Smith", "Ludwig van Beethoven", "Heidegger M." (Vancouver) -> Name.
    ``initials_first``: the list's names open with undotted initials ("AM Herskind")."""
    p = _strip_end(p)
    m = _MEDLINE_FAMILY_INITIALS.match(p) or _MEDLINE_GIVEN_FIRST.match(p)
    if m and not _SUFFIX.match(m.group("family").rpartition(" ")[2]):  # "J. Smith III" is Smith
        return Name(family=m.group("family"), given=m.group("given").strip())
    toks = p.split()
    j = next((k for k, tok in enumerate(toks) if not _DOTTED.match(tok)), len(toks))
    if 0 < j <= len(toks) - 2 and all(_CAPS_WORD.match(tok) for tok in toks[j:]) and not _SUFFIX.match(toks[-1]):
        # "N. VAN VINH CHAU", "J. RAMON FRANCO", "L. COTTA RAMOSINO": after dotted initials, the words
        # in capitals are all the family name (a given name would be initialled like the first)
        return Name(family=" ".join(toks[j:]), given=" ".join(toks[:j]))
    caps = 0 if initials_first and len(toks) == 2 and len(toks[0]) <= 3 else _capitalised_family_first(toks)
    if caps:
        return Name(family=" ".join(toks[:caps]), given=" ".join(toks[caps:]))
    head, _, particle = p.rpartition(" ")
    roman = particle in _ROMAN_SUFFIXES and _VANCOUVER.match(head)  # "Pettijohn TF II": II is no initials
    m = None if roman else _VANCOUVER.match(p)
    if m and not _DOTTED.match(m.group("family")):
        return Name(family=m.group("family"), given=m.group("given"))
    m = _VANCOUVER.match(head) if _SUFFIX.match(particle) else None
    if m and not _DOTTED.match(m.group("family")):  # "Mendelson JR 3rd", "Smith JA Jr"
        return Name(family=m.group("family"), given=f"{m.group('given')}, {particle}")
    while particle in _PARTICLES and head.rpartition(" ")[2] in _PARTICLES:  # "Pluijm I van der"
        head, _, more = head.rpartition(" ")
        particle = f"{more} {particle}"
    m = _VANCOUVER_PARTICLE.match(head) if particle.partition(" ")[0] in _PARTICLES else None  # not "Sajal K Das"
    if m and not _DOTTED.match(m.group("family")):  # "Martius CFP von", "Zuilen CM van", "Pluijm I van der"
        return Name(family=m.group("family"), given=f"{m.group('given')} {particle}")
    toks = p.split()
    if len(toks) == 1:
        return Name(family=toks[0])
    k = len(toks) - 1
    while k > 1 and toks[k - 1].lower() in _PARTICLES:
        k -= 1
    if all(t in _PARTICLES for t in toks[:k]):  # "van Luijtelaar", "de la Cruz": a family name with its
        return Name(family=p)                   # particles and no given name (a given name is no "van")
    return Name(family=" ".join(toks[k:]), given=" ".join(toks[:k]))


def _capitalised_family_first(toks: list[str]) -> int:
    """"BOURDIEU Pierre", "GAYO-CAL Modesto", "PETERSON Richard A.": French, German (DIN) and
    Brazilian (ABNT) lists print the family name in capitals before the given name, with no comma.
    Returns how many leading tokens are that family name, or 0. A capitalised word must have four
    letters and a vowel, or three with a vowel in the middle ("LEE", "COX"), so initials before a
    family name ("DA Evans", "JRR Tolkien", "AJE Smith") stay initials."""
    k = 0
    while k < len(toks) and _is_capitalised_surname(toks[k]):
        k += 1
    rest = toks[k:]
    if not k or not rest or not rest[0][:1].isupper() or rest[0].isupper() and len(rest[0].strip(".")) > 1:
        return 0
    return k


def _is_capitalised_surname(tok: str) -> bool:
    letters = "".join(ch for ch in tok if ch.isalpha())
    if "." in tok or not letters.isupper() or len(letters) < 3:
        return False
    return letters[1] in _VOWELS if len(letters) == 3 else any(ch in _VOWELS for ch in letters)


_VOWELS = frozenset("AEIOUYÀÁÂÄÉÈÊËÍÎÏÓÔÖÚÙÛÜ")
