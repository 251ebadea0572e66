"""Cues that a line opens a reference entry: its list marker, and the ways entries begin.

Both the finder (does a block read like a list?) and the splitter (where does the next entry
start?) ask these questions; they live here so neither imports the other.
"""

from __future__ import annotations

import re

from refcheck.style import ALPHA_LABEL
from refcheck.text.patterns import CAPS, CJK_CHARS, DOWNLOAD_STAMP_RE, FOOTNOTE_KEY

# ACS numbers its entries "(1) Rohe, K.; ...", "(29) van Ooij" (a letter must follow: "(45) 12679" is a wrapped issue).
# A year opening a wrapped line ("2019. “The Origins ...”") is the entry's date, not its number, and a dash
# before a number ("– 121 , 10.1038/...") is a page range broken at the line's end, not a bullet.
# (a year in brackets is no number: OSCOLA's wrapped "[2020] UKSC 52, [2021] PTSR 190")
# BibTeX alpha/amsalpha and DIN 1505-2 open an entry with its label: "[Blo70] B. H. Bloom. ...".
# Mediterranean Journal of Chemistry numbers them "1- S. Chhabra, ..." (a letter follows the hyphen), Revista
# Virtual de Química with a raised number, "¹ Slavík, O.; Horký, P.".  An author-and-year label is no number.
MARKER_RE = re.compile(r"^(\s*)(?:(?P<bullet>[*•·▪◦]|[-–](?!\s+\d))\s+|\[(?P<br>(?!(?:1[89]|20)\d\d\])\d{1,4})\]\s*"
                       r"|(?!(?:1[5-9]|20)\d\d\.\s)(?P<num>\d{1,4})(?:[.)]|-(?=\s+[^\W\d_]))\s+"
                       # the number glued to the first initial: Wiley-VCH's "1.J. Bénard-Capelle et al., PeerJ 2015"
                       r"|(?P<numg>\d{1,3})\.(?=[" + CAPS + r"]\.\s?[" + CAPS + r"])"
                       # and with no full stop, AIP's raised number pasted from a PDF: "10A. Megrant, C. Neill"
                       r"|(?P<numi>\d{1,3})(?=[" + CAPS + r"]\.(?:[\s-]?[" + CAPS + r"]\.)*\s[" + CAPS + r"][a-zß-ÿ])"
                       # ACS's "(1) Lampen, J.;", and Synthesis's glued "(1)Lampen, J.;"
                       r"|\((?P<pa>\d{1,3})\)(?:\s+(?=[^\W\d_]|[“\"])|(?=[" + CAPS + r"][\w'’-]+(?:\s[\w'’-]+)?,\s))"
                       # (AIP glues it to the first initial: "¹N. P. Padture, M. Gell, ...")
                       r"|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?:\s+(?=[^\W\d_])|(?=[" + CAPS + r"]))"
                       rf"|\[(?P<al>{ALPHA_LABEL})\]\s+(?=\S)"
                       # a Markdown footnote's definition: "[^3]: FIDO Alliance, ..." (its key is its label)
                       rf"|\[\^(?P<fn>{FOOTNOTE_KEY})\]:\s+(?=\S)"
                       # J.UCS opens an entry with its citation: "[Vandamme et al., 2016] Vandamme, S. G., ..."
                       r"|\[[^\W\d_][^\[\]\n]{0,80}?,?\s(?:1[5-9]|20)\d\d[a-z]?\]\s+(?=[^\W\d_]))")
# "de Queiroz (2007)", "von Philipsborn (2011)", "da Costa. 2015.": a family name's lower-case particles.
_PARTICLES = r"(?:(?:van|von|de|del|della|der|den|des|di|du|la|le|da|das|dos|te|ten|ter|zu)\s)*"
# The previous entry's authors again: MLA's "---.", Chicago's "———.", and a dash run glued to the year ("——1986a:",
# Mind and older OUP styles) or to its bracketed year ("___ (2021), Informe ...", CEPAL)
REPEATED_AUTHOR_RE = re.compile(r"^(?:-{2,}|—{1,3}|–{2,}|_{3,})(?:\s*[.,]\s*|\s*(?=\(?(?:1[5-9]|20)\d\d))"
                                # and Antiquity's one dash before the year: "– 2007. The prehistory of Britain"
                                r"|^[–-]\s(?=(?:1[5-9]|20)\d\d[a-z]?[.:,]\s)")
_START_RES = (
    re.compile(r"^[“\"‘'«]"),  # MLA/Chicago title-first entry
    REPEATED_AUTHOR_RE,  # repeated author "---.", "——1986a:"
    re.compile(r"^\*"),  # italic title-first entry (Markdown/docx)
    # Family, Given / Family, G. / Family , Mary (a slip in the seeds). Each given name is taken whole
    # (the lookahead): without it a run of capitals splits into names 2^n ways (issue 17: 12.6 s on 38).
    re.compile(r"^(?:[A-Z][a-z]*\s)?(?:(?:van|von|de|del|della|der|den|des|di|du|la|le|da|das|dos|te|ten|ter|zu|vom|y|St\.)\s)*"
               r"(?:(?:d|l|dell|dall)['’])?"  # an elided particle glued on: "d'Avernas, A.", "dell'Acqua, F."
               r"[" + CAPS + r"][\w'’\-‐]+(?:\s[" + CAPS + r"][\w'’\-‐]+)?\s?,\s*"
               r"(?:&|(?:[" + CAPS + r"]\.\s?|[" + CAPS +
                   r"][\w'’\-‐]*(?![\w'’\-‐])\s?)+(?:(?:de|von|van|du|da)\b)?(?:[.,;(&“\"]|(?<=[a-zß-ÿ])[:/]|and\b|$|(?<=\.)|(?<=\.\s)"
                   r"|(?=(?:1[5-9]|20)\d\d[a-z]?(?:[\s:]|,\s))))"),  # SAA's "Berman, Matthew 2024 Long-term", Mind's
    # "1976:", Harvard AGPS's bare initials "Kingsford, RT 2000, ‘Ecological impacts", "Leblanc, M, Tweed, S",
    # German's colon and slash after a given name: "Assmann, Aleida: Erinnerungsräume", "Welzer, Harald/Moller, Sabine"
    # (not the place of an imprint, "Cambridge, MA: MIT Press")
    # Given-name-first authors: "Brandon Carter. Global ...", "Julian McAuley and Jure Leskovec."
    re.compile(r"^[" + CAPS + r"][a-zà-ÿ]+(?:\s[A-Z]\.)*\s(?:(?:van|von|de|der|la|le|da|di)\s)*"
               r"(?!(?:Press|UP|University|Books|Publishing|Publishers|Inc|Ltd)\b)[" + CAPS + r"][\w'’\-‐]+"
               r"(?:\.\s|,\s(?=[" + CAPS + r"“\"])|\s(?:and|et|und|y|e)\s[A-Z]|:\s|/(?=[" + CAPS + r"])"
               r"|\set\sal\.,?\s)"),  # (a note's "Silpa Kaza et al., What a Waste 2.0")
    # (German ":" and "/"; "and" in the languages refcheck reads: Le Tapuscrit's "Shankar Varun et Wright Grady B.")
    # Names in the order printed, then the year after a comma: Le Tapuscrit's "Campos Cláudia Rejane Jacondino de,
    # 2000, « ... »", "Shankar Varun et Wright Grady B., 2018, « ... »"
    re.compile(r"^[" + CAPS + r"][\w'’\-]+(?:\s(?:[" + CAPS + r"][\w'’\-.]*|de|da|do|dos|van|von|der|et|and|y|e|und))"
               r"{1,12},\s(?:1[5-9]|20)\d\d[a-z]?,\s"),  # (a comma after the year: "Crowson, 1960." is a taxon's)
    # German people joined by slashes before the title's colon: "C. M. Lessells/B. Shorrocks: Evolutionary ...",
    # "Francisca Mendonça Souza/Brunna Aver De Paula/...: Econometric ..." (Im Gespräch)
    re.compile(r"^(?:[" + CAPS + r"][\w.'’-]*\s?){1,5}(?<=[a-zß-ÿ.])/[" + CAPS + r"][^:\n]{0,400}:\s"),
    # An organisation as MLA author before a quoted title: "United Nations. “Climate Storytelling.”", or a note's:
    # "U.S. Environmental Protection Agency, “Basic Information about Landfill Gas,”"
    re.compile(r"^[" + CAPS + r"][\w&'’.\-]*(?:\s(?:[" + CAPS + r"][\w&'’\-]*|of|for|and|the|on|&)){0,8}[.,]\s[“\"]"),
    # Organization or author followed by a year in brackets (APA, Harvard) within the first words
    re.compile(rf"^{_PARTICLES}[{CAPS}][^()\d]{{0,150}}?(?:\([A-Z][A-Za-z&]{{1,10}}\)\s*)?[(\[]"  # "... (UNEP) (2021)"
               r"(?:1[5-9]\d\d|20\d\d|n\.\s?d\.|[so]\.\s?[dfJ]\.|in press|forthcoming)"),
    # Chicago author-date / Harvard: "Rutland, Peter. 2000." / "Smith J 2000"
    re.compile(rf"^{_PARTICLES}[{CAPS}][^.]{{0,120}}\.\s(?:1[5-9]\d\d|20\d\d)[a-z]?\.\s"),
    # Vancouver "Smith AB," / astronomy "Govoni F.,"
    re.compile(r"^" + _PARTICLES + r"[" + CAPS + r"][\w'’\-‐]+\s" + _PARTICLES + r"(?:[" + CAPS + r"][\w'’\-‐]+\s)?"
               r"(?:[A-Z]{1,3}|(?:[" + CAPS + r"]\.\s?){1,3})[,.:]?\s"),  # ... "De la Rossa A,", "Ara Begum R,"
    # Chicago with bare initials: "Cai, K, and LJ Gudas.", "Bergmann, A, D Stein", "Das, Sajal K, Diane J Cook"
    re.compile(r"^" + _PARTICLES + r"[" + CAPS + r"][\w'’\-‐]+(?:\s[" + CAPS + r"][\w'’\-‐]+)?,\s"
               r"(?:[" + CAPS + r"][a-zà-ÿ]+\s)?[A-Z]{1,3}(?:,\s(?:and\s|&\s)?[" + CAPS + r"][\w'’\-‐]*\s[" + CAPS +
                   r"]|\.\s[“\"A-Z])"),
    re.compile(r"^[" + CAPS + r"]{2,}[" + CAPS +
               r"\-]*(?:[.,]\s|\s\()"),  # French "COLLECTIF." / "FERRIERES (Madeleine)"
    # French/German/ABNT family name in capitals before the given name, no comma: "GRIGNON Claude et
    # PASSERON Jean-Claude, 1989", "PETERSON Richard A., 1996", "GAYO-CAL Modesto;"
    re.compile(r"^[" + CAPS + r"]{3,}[" + CAPS + r"'’\-]*(?:\s[" + CAPS + r"]{2,}[" + CAPS +
               r"'’\-]*)*\s[" + CAPS + r"][a-zà-ÿ][\w'’\-‐]*"
               r"(?:\s(?:[A-Z]\.\s?)+)?(?:,|;|\s&|\s(?:et|and|e|y|und)\s)"),
    # An entry keyed by its author-date citation: "Berressem 2020: H. Berressem, ...", "Bailey *et al.* 2018: C. ..."
    # (Maison de l'Orient et de la Méditerranée)
    re.compile(r"^[" + CAPS + r"][\w'’\-‐]+(?:,\s[" + CAPS + r"][\w'’\-‐]+){0,5}(?:\s\*?et al\.\*?)?\s"
               r"(?:1[5-9]\d\d|20\d\d)[a-z]?:\s[" + CAPS + r"]"),
    # IEEE "A. B. Smith," / "J.-P. Dupont and"
    re.compile(r"^(?:[A-Z]\.\s?(?:-[A-Z]\.\s?)?){1,3}\s?[" + CAPS + r"][\w'’\-‐]+(?:,|\s(?:and|et al\.))"),
    # Chinese and Japanese people before a comma or stop, GB/T 7714 author-date: "蔡昉，都阳，王美艳. 2003. 劳动力 ..."
    re.compile(r"^[" + CJK_CHARS + r"]{2,4}(?:[，,、．.]|等)"),
)


def looks_like_entry_start(text: str) -> bool:
    """Whether TEXT (without its list marker) opens the way some style's entries open."""
    return any(r.match(text) for r in _START_RES)


# The openings running text also takes: "Eine Einführung. Springer Verlag" (given name first), "Cambridge University
# Press, Cambridge," (Family, Given). The others (a quote, "---.", a year in brackets ...) never open a wrapped line.
LOOSE_CUES = frozenset({3, 4})


def entry_cues(text: str) -> frozenset[int]:
    """Which of the ways entries begin TEXT opens with (indexes into the cues above)."""
    return frozenset(k for k, r in enumerate(_START_RES) if r.match(text))


_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def marker_label(m: re.Match) -> str | None:
    """The entry's number or alpha label from a MARKER_RE match ("[3]", "12.", "10A. Megrant", "¹", "[Blo70]")."""
    label = m.group("br") or m.group("num") or m.group("numg") or m.group("numi") or m.group("pa") or m.group("al") \
        or (m.group("fn") and "^" + m.group("fn"))  # (a footnote's key keeps its caret: "^3", called "[^3]")
    return label or (m.group("sup") or "").translate(_SUPERSCRIPT_DIGITS) or None


def without_marker(line: str) -> str:
    """The line without its bullet or list number ("- ", "[3] ", "12. ")."""
    m = MARKER_RE.match(line)
    return (line[m.end():] if m else line).strip()


_STRONG_RES = (
    re.compile(r"^[" + CAPS + r"][\w'’\-‐]+,\s(?:[A-Z]\.\s?){1,3}(?:,|&|and|\()"),  # "Laczko, F. (" / "Tyldum, G. &"
    re.compile(r"^[" + CAPS + r"][^()\d]{0,100}\((?:1[5-9]\d\d|20\d\d)[a-z]?\)\."),  # "Angel Coalition (2009)."
    # Pensoft and PLOS: "Bradshaw AD (1953) Human", "Lo E, Stefanović S, Dickinson TA (2013) Geographical"
    re.compile(r"^(?:[" + CAPS + r"][\w'’\-‐]+\s[A-Z]{1,3},\s)*[" + CAPS + r"][\w'’\-‐]+\s[A-Z]{1,3}(?:,?\set\sal\.?)?"
               r"\s\((?:1[5-9]\d\d|20\d\d)[a-z]?\)\s"),
)


def strong_start(text: str) -> bool:
    """An author-and-year opening that cannot be the middle of an entry."""
    return any(r.match(text) for r in _STRONG_RES)


# A thesis groups its list under headings of its own, "Primary Sources", "Tài liệu tiếng Việt", "Books": a short
# line with no number and no closing punctuation, between a finished entry (or the list's top) and an entry's
# opening (or with a word such headings use), is such a heading, not an entry.
_GROUP_WORDS = frozenset("sources primary secondary books articles websites online archival archives documents "
                         "legislation case cases statutes reports materials literature works interviews newspapers "
                         "periodicals manuscripts publications "
                         # the French, Spanish, German and Italian law and humanities bibliographies' groups
                         "ouvrages manuels contributions jurisprudence législation textes obras libros artículos "
                         "legislación monographien aufsätze rechtsprechung quellen materialien dottrina "
                         "giurisprudenza fonti "
                         # a list's own word, for its parts by language: "أولاً: المراجع العربية", "English references"
                         "references referencias referências références literatur المراجع المصادر منابع".split())
# (a group may be numbered: "I. Ouvrages et manuels", "B. Case law", or its ordinal a word with a colon: Arabic
# "أولاً: المراجع العربية", "First: Archival sources")
_GROUP_HEADING_RE = re.compile(r"(?:(?:[IVX]{1,4}|[A-H]|\d{1,2})\.\s|[^\W\d_]\S{0,11}:\s)?"
                               r"[^\W\d_][^\d.,;:()\[\]“\"/]{1,48}")


def group_headings(lines: list[str], start_line: int, end_line: int) -> set[int]:
    """The 1-based numbers of the lines in [START_LINE, END_LINE) that head a group of entries (or a page, as a
    journal's running head does after a page break: "1211", the download stamp, "American Journal of Sociology")."""
    out: set[int] = set()
    prev = ""
    body = [(n, lines[n - 1].strip()) for n in range(start_line, min(end_line, len(lines) + 1)) if lines[n - 1].strip()]
    for k, (n, text) in enumerate(body):
        nxt = body[k + 1][1] if k + 1 < len(body) else ""
        grouped = bool(_GROUP_WORDS & set(text.lower().split()))  # ("Case law of the Court of Justice": 7 words)
        if (len(text.split()) <= (8 if grouped else 6) and _GROUP_HEADING_RE.fullmatch(text) and nxt
                and (not prev or prev.endswith((".", ")")) or prev[-1].isdigit())
                and (looks_like_entry_start(without_marker(nxt)) or grouped)):
            out.add(n)
        if not DOWNLOAD_STAMP_RE.match(text):  # (a journal's name heading the page after JSTOR's stamp)
            prev = text
    return out


# A paragraph of its own opening with a family name's particles and the name alone, then the title:
# "van Ooij. “Dynamic Patterns ...”", "de la Cova. “Drosophila Myc ...”", "van Amerongen. Photosynthetic"
_PARTICLE_FAMILY_ALONE = re.compile(r"^(?:(?:van|von|de|del|della|der|den|des|di|du|la|le|da|das|dos|te|ten|ter|zu)\s)+"
                                    r"[A-ZÀ-Ý][\w'’\-]+\.\s[“\"A-Z]")


def lowercase_run_on(text: str) -> bool:
    """A line opening in lower case that no entry opens like ("psychology.", "statistical power ..."): the
    rest of the entry before it, whatever the layout says ("van Ooij. “Dynamic ...”" does open one)."""
    return text[:1].islower() and not looks_like_entry_start(text) and not _PARTICLE_FAMILY_ALONE.match(text)



# ScienceDirect's author-date list copied from the page: each entry under its citation on a line of its own,
# "Hartig et al., 2014" / "T. Hartig, R. Mitchell, ..." / "Nature and health" / "Annu. Rev. Publ. Health, 35 ..."
# (Cochrane's study identifiers carry what the review used: "Volpp 2009 {published data only}")
LABEL_LINE_RE = _LABEL_LINE_RE = re.compile(r"[" + CAPS + r"][\w'’\-]+(?:\s(?:et al\.|and\s[" + CAPS
                                            + r"][\w'’\-]+))?,?\s(?:1[5-9]|20)\d\d[a-z]?(?:\s\{[^{}\n]{1,40}\})?")


def label_lines(lines: list[str], start_line: int, end_line: int) -> set[int]:
    """The 1-based numbers of the lines in [START_LINE, END_LINE) that are an entry's citation alone, when the
    list prints at least three: they head the entry below them, as a group heading does."""
    found = {n for n in range(start_line, min(end_line, len(lines) + 1))
             if _LABEL_LINE_RE.fullmatch(lines[n - 1].strip())}
    return found if len(found) >= 3 else set()


# An entry opening with its first author's family name in capitals, as ABNT prints it ("SILVA, J."), not a source
# and its date ("CNN, Oct. 6, 2023.")
CAPITAL_NAME_RE = re.compile(r"[" + CAPS + r"]{3,}[" + CAPS + r"'’\-]*(?:\s[-–]\s|[.,;]\s)"
                             r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s\d)")


# A wiki's back-links before each of its references: "1. ^ a b Deci, Edward L. (1971)", "^ Jump up to: a b c",
# German "↑ a b Alfred Wegener: ...", Russian "↑ 1 2 3 Вернадский В. И. ...", French "↑ a et b" (each a link)
BACKLINKS_RE = re.compile(r"[\^↑]\s*(?:Jump up to:\s*)?(?:(?:[a-z]{1,2}|\d{1,2}(?:[.,]\d{1,2})?"
                          r"|\[\**[a-z]{1,2}\**\])\s+(?=\S))*")  # (a Markdown export's "[***a***]" links)
