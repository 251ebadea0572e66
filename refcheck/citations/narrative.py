"""Who is named just before a parenthesis, and is the name a person's or an organisation's?

Narrative citations ("Hughes (2000)", "According to Kevin Bales (2004)", "Orlova states
(2004, 16)", "Soares e Alves (2003)") are found by reading the words before a parenthesis that
holds only a year and locator; how sure a name is an author decides whether a citation with no
entry is reported or only kept when it matches.
"""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.citations.name_words import CAP_STOP, PARTICLE_WORDS, caseless, is_name_token
from refcheck.matching.names import looks_like_acronym
from refcheck.text.lexicon import AND_WORDS, HONORIFICS, MONTHS, ORG_WORDS
from refcheck.text.lexicon import NAME_CONNECTORS as CONNECTORS
from refcheck.text.patterns import CAPS, CJK_CHARS, ET_AL, ET_AL_RE

# (a run of Chinese, Japanese or Korean characters is a word of its own: those scripts put no space before a name,
# "として稲葉(2011)", "である.Fukuyama(1995)が")
_WORD_RE = re.compile(f"[{CJK_CHARS}]+|[^\\s{CJK_CHARS}]+")
NOT_AUTHOR_WORDS = frozenset("""
report reports act law laws protocol convention federation republic union children women men act
treaty charter declaration resolution amendment code article articles court constitution war
revolution crisis project program programme strategy plan policy survey census index data
study studies review reviews report list watch tier table figure chapter section appendix
century decade period era year years january february march april may june july august
september october november december monday tuesday wednesday thursday friday saturday sunday
state states city region country countries province street river university college school
christmas easter olympics cup games summit conference meeting congress parliament duma senate
house assembly government ministry
""".split())
REPORTING_VERBS = frozenset("""
states stated state argues argued argue notes noted note claims claimed claim writes wrote write
suggests suggested suggest finds found find estimates estimated estimate reports reported report
explains explained explain observes observed observe contends contended asserts asserted maintains
maintained describes described declares declared concludes concluded shows showed show demonstrates
demonstrated points pointed identifies identified defines defined proposes proposed emphasizes
emphasized emphasises emphasised stresses stressed indicates indicated says said adds added
clarifies clarified recommends recommended cautions cautioned warns warned believes believed
""".split())

# A footnote or table-note number printed against the first name of a list: "2Reynolds", "14van".
_MARKED_NAME = re.compile(r"\d{1,3}((?:[" + CAPS + r"]|van|von|de|du|da|le|la)[\w'’-]*)")
# A function word run into the first name where a space was lost (publishers' XML, PDF text):
# "reviewed inPrickett and Oakey (2012)", "e.g.Hornung et al. (2007)".
_GLUED_NAME = re.compile(r"(?:in|see|by|from|of|to|with|cf\.|e\.g\.,?|i\.e\.,?)([" + CAPS + r"][a-z][\w'’-]*)"
                         # French "que", "jusque", "lorsque", "puisque" elided before a name: "ce qu'Ost et van de
                         # Kerchove (2002) appellent"
                         r"|(?:qu|jusqu|lorsqu|puisqu)['’]([" + CAPS + r"][a-z][\w'’-]*)")


def lookback_name(text: str, pos: int, lo: int) -> tuple[str, int, bool] | None:
    """The author named just before a "(year)" parenthesis at pos.

    Returns (name as printed, offset where it starts, et_al). Reads at most a few
    words back: an optional reporting verb ("states"), "'s", "et al.", then a run of
    capitalized words and connectors ("U.S. Department of State", "Tyldum and
    Brunovskis", "Kevin Bales")."""
    window_start = max(lo, pos - 160)
    window = text[window_start:pos]
    # the other languages' "et al.": "bei Amelung u. a. (2018)", "Perry y otros (2007)", "Silva e colab. (2010)"
    et_al = (other := _OTHER_ET_AL_END.search(window)) is not None
    end = other.start() if other else len(window)
    toks = [(m.start() + window_start, m.group()) for m in _WORD_RE.finditer(window, 0, end)]
    if not toks:
        return None
    i = len(toks) - 1
    if i > 0 and _DEFINED_ACRONYM.fullmatch(toks[i][1]):
        i -= 1  # "Otoritas Jasa Keuangan [OJK] (2022)": the body's name, and the short form the text will cite
    # Optional reporting verb, possibly preceded by "also": "Orlova states (2004, 16)".
    if toks[i][1] in REPORTING_VERBS:
        i -= 1
        if i >= 0 and toks[i][1].lower() == "also":
            i -= 1
    # ("*et al.*": in italics, kept as *...* by the .docx and PDF readers)
    if i >= 1 and toks[i][1].lstrip("*_").lower().startswith("al") and toks[i - 1][1].lstrip("*_").lower() == "et":
        et_al = True
        i -= 2
    run: list[tuple[int, str]] = []
    has_and = False
    while i >= 0 and len(run) < 12:
        off, tok = toks[i]
        if run and "\n\n" in text[off + len(tok):run[-1][0]].replace(" ", "").replace("\t", "") \
                and not re.fullmatch(r"(?:[A-Z]\.){1,3}|of|the|for|and", tok):
            break  # a paragraph break ends the name, except inside "U.S.<break>Department of State"
        t = _CASE_SUFFIX.sub("", tok)  # "Smith's (2000)", Turkish "Pamuk'un (2000)", "Çizakça'nın (1996)"
        if run and (t.endswith(",") or t.endswith(";") or t.endswith(":")):
            if not (has_and and t.endswith(",") and is_name_token(t) and (t[0].isupper() or t[1:2] in "'’")):
                break
            if run[-1][1].lower() in ("e", "y", "und"):
                break  # "Santo André, e Mantovani (1998)": no comma comes before e/y in a list of names
        elif run and t.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Z][a-z]?\.", t):
            break  # "... and St. Louis. Bootsma and Ferguson (2007)": a sentence ended there
        elif not run and t.endswith((",", ";", ":", ".")) \
                and not (looks_like_acronym(t) or t.endswith(("al.", "Jr.")) or (t[-1] == "." and t[:-1].isupper())):
            break  # ("Koshland Jr. (1962)", "Ghizoni-Jr. (2006)": the suffix ends the name, not a sentence)
        marked = _MARKED_NAME.fullmatch(t) or _GLUED_NAME.fullmatch(t)
        if marked is not None:  # "2Reynolds and Hoffmann (2002)": a note number glued to the name
            k = marked.lastindex or 1
            run.append((off + marked.start(k), marked.group(k)))
            break
        if len(t) > 2 and t[0] in "([" and t[1].isupper() and is_name_token(t[1:]):
            run.append((off + 1, t[1:]))  # "(Szyszko (1990, 1991) presented ...": an aside opens on the name
            break
        low = t.strip(",").lower()
        initial = not run and t in ("E", "Y") and i > 0 and not toks[i - 1][1].isupper()  # "Zhang Y (2017)"
        # (French "et" too, "Delpeuch, Dumoulin et de Galembert (2014)"; "et al." was taken above)
        if low in AND_WORDS and (low != "et" or (run and run[-1][1][:2] != "al")) and not initial:
            if has_and:
                break  # a list of names has one "and": "in Bonaire, and Zakai and Chadwick-Furman"
            has_and = True
        if is_name_token(t) or (run and low in CONNECTORS):
            if t[:1].isupper() and low in CAP_STOP and not looks_like_acronym(t.strip(",.")):
                break
            if t[1:2] in "'’" and t[:1].islower() and not has_and:
                # "résultats d'Aubert (2006)": read only in a list of names ("d'Avernas, Maurin, and Vandeweyer
                # (2022)"); alone, the preposition and the name read as one cost a sealed real article a false finding
                break
            if run and (caseless(t) != caseless(run[-1][1]) or (caseless(t) and len(run) >= 2)):
                break  # "فقد بيّن Junco (2012)": the name is Junco; an Arabic name is one or two words before "("
            run.append((off, t))
            i -= 1
            continue
        break
    if run and _in_later_cell(text, run[-1][0], pos):
        return None  # a column of a table set with spaces: "Indicator          Baseline (2023)   Target (2028)"
    run.reverse()
    while run and (run[0][1].lower() in CONNECTORS or run[0][1].lower() in CAP_STOP):
        if (len(run) > 1 and run[0][1].lower() in PARTICLE_WORDS and run[1][1][:1].isupper()) \
                or (len(run) == 1 and run[0][1].isupper() and looks_like_acronym(run[0][1])) \
                or (len(run) > 2 and run[0][1][:1].isupper() and run[0][1].lower() in PARTICLE_WORDS
                    and run[1][1] in PARTICLE_WORDS and run[2][1][:1].isupper()):
            break  # "De Souza", "Van Dijk", "de Jong and Howard", "Van der Werf"; "WHO (2017)" is the body, not "who"
        run = run[1:]
    while run and run[-1][1].lower() in CONNECTORS:
        run = run[:-1]
    if not run:
        return None
    name = " ".join(t for _, t in run).strip(" ,;:")
    if (dash := _BODY_DASH.search(text, max(lo, run[0][0] - 30), run[0][0])) is not None:
        return " ".join(dash.group(1).split()) + " " + name, dash.start(1), et_al  # "BFG - The Brazil Flora Group"
    return name, run[0][0], et_al


# English "'s" and the Turkish case endings a name takes after an apostrophe ("'un", "'nın", "'a", "'da", "'dan",
# "'la"), never a capital's ("O'Brien", "D'Angelo")
_CASE_SUFFIX = re.compile(r"(?<=\w)['’](?:s|n?[ıiuü]n|[yn]?[ıiuü]|[yn]?[ae]|[dt][ae]n?|nd[ae]n?|y?l[ae])$")
_CELL_GAP = re.compile(r"[^\S\n]{3,}|\t")


def _in_later_cell(text: str, start: int, end: int) -> bool:
    """Is the name at START:END in a row set with runs of spaces (two gaps or more on its line), in a cell after the
    first or across a gap? A column heading "Baseline (2023)" there is no narrative citation; nor is a short line
    pushed to the right margin, a page's running foot ("                    Standort (2023)")."""
    a, b = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[a:len(text) if b < 0 else b]
    if len(line) - len(line.lstrip()) >= 20 and len(line.strip()) <= 60:
        return True
    return len(_CELL_GAP.findall(line.strip())) >= 2 and (
        re.search(r"(?:[^\S\n]{3,}|\t)$", text[a:start]) is not None or _CELL_GAP.search(text, start, end) is not None)
_OTHER_ET_AL_END = re.compile(r"(?<=[^\W\d_])(?:\s*,?\s+(?!et\b)" + ET_AL + r"|等|ほか|他)\s*$", re.IGNORECASE)
DEFINED_ACRONYM_PATTERN = r"\[[A-Z][A-Za-z&]{1,9}(?:\s[A-Z][A-Za-z&]{1,9})?\]"  # "[OJK]", "[USDA NASS]"
_DEFINED_ACRONYM = re.compile(DEFINED_ACRONYM_PATTERN)
# A body's acronym and a dash before its name: "BFG - The Brazil Flora Group (2021)"
_BODY_DASH = re.compile(r"(?<![\w.])([A-Z][A-Z\d.&]{1,15}\s+[-–]\s+(?:The\s+)?)$")


def after_honorific(text: str, pos: int) -> bool:
    """Is the word at pos preceded by "Mrs." / "Dr." ...: a character's or a title's name."""
    before = text[max(0, pos - 8):pos].split()
    return bool(before) and before[-1] in HONORIFICS


def person_like(name: str) -> bool:
    """A printed name that is surely a person's: "Hughes", "Tyldum and Brunovskis",
    "Smith et al.", "Kevin Bales" — never "Russian Federation" or "Women and Children"."""
    et_al = ET_AL_RE.search(name) is not None
    toks = [t for t in ET_AL_RE.sub("", name).replace("&", " and ").split() if t.lower() not in AND_WORDS]
    if not 1 <= sum(t.lower() not in PARTICLE_WORDS for t in toks) <= 4 or toks[0] in HONORIFICS:
        return False  # "Mrs. Dalloway", "Dr. Jekyll": characters and titles, not cited authors
    for t in toks:
        low = t.lower().strip(",.")
        if low in NOT_AUTHOR_WORDS or low in ORG_WORDS or low in CAP_STOP or (low in MONTHS and not et_al):
            return False
        if low in CONNECTORS and low not in ("van", "von", "de", "der", "den", "du", "da", "di", "la", "le"):
            return False
        if looks_like_acronym(t):
            return False
    return True


def org_like(name: str) -> bool:
    """A printed organization name: has an organization word or is an acronym."""
    toks = name.split()
    if len(toks) == 1 and looks_like_acronym(toks[0]):
        return True
    return 1 < len(toks) <= 10 and any(t.lower().strip(",.") in ORG_WORDS
                                       and t.lower().strip(",.") not in _BODY_OR_PLACE for t in toks)


# Organisation words that, ending a capitalized run before "(2005)", as often name a country, an
# event or a data set as an author: "Russian Federation (2005)", "World Cup (2014)", "Census (2010)".
_BODY_OR_PLACE = frozenset({"federation", "national", "world", "government", "congress", "senate", "parliament",
                            "press", "news", "times", "census", "statistics", "working", "team"})


# "an IOM statistical profile (2009)", "the WHO's guidelines (2019)": a body's acronym, then a few
# lower-case words naming its document, then the year.
_ACRONYM_DOCUMENT = re.compile(r"\b([A-Z][A-Z&]{1,7})(?:['’]s)?(?:\s+[a-z][\w-]*){1,6}\s*$")


def acronym_document(text: str, pos: int, lo: int) -> tuple[str, int] | None:
    """The acronym of "IOM statistical profile (2009)" and where it starts, when the text spelt it
    out earlier as a body's name ("International Organization for Migration (IOM)"); else None,
    so "DNA extraction protocol (2019)" after "deoxyribonucleic acid (DNA)" is nobody's work."""
    m = _ACRONYM_DOCUMENT.search(text, max(lo, pos - 90), pos)
    if m is None:
        return None
    at = text.find(f"({m.group(1)})", 0, m.start())
    if at < 0 or not any(w.lower() in ORG_WORDS for w in text[max(0, at - 80):at].split()[-6:]):
        return None
    return m.group(1), m.start(1)


_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,3}(?=[" + CAPS + r"][\w'’-])")


def plain_persons(name: str) -> str:
    """A narrative's names without what only tells same-name authors apart, for person_like:
    initials ("E. Danahy et al."), and capitals in a list of names ("D. BISWAS, CHOUDHURY, & MISRA":
    ASA and ABNT lists print SURNAMES so): "Danahy et al.", "Biswas, Choudhury, & Misra"."""
    name = _INITIALS.sub("", name)  # (not Medline's "Saarela JM (2012)": a paper's own "Citation:" line)
    if len(re.findall(r"\s(?:and|&)\s", name)) == 1:
        name = " ".join(w.title() if w.isupper() and len(w.strip(",")) > 3 else w for w in name.split())
    return name


# "Luciano de su maestro Demonacte (1981, p. 130)", "Seneca's friend Demetrius (1986)": the person in
# the narrative is the subject; the author is named a few words before, without a year of its own.
_NAME_BEFORE = lazy(r"(?<![\w.’'-])([" + CAPS + r"][a-zà-ÿ'’-]{2,})(?:['’]s)?(?=\s+(?!\(|\[|,?\s*\d))")
_SENTENCE_STOP = lazy(r"[.;:!?()\[\]]")


def names_before(text: str, start: int) -> list[str]:
    """Capitalised words among the six before START in its clause, none with a year after it."""
    lo = max(0, start - 80)
    window = text[lo:start]
    stops = list(_SENTENCE_STOP.finditer(window))
    if stops:
        window = window[stops[-1].end():]
    words = window.split()[-7:-1]
    return [m.group(1) for m in _NAME_BEFORE.finditer(" ".join(words) + " x")]


_AND_SPLIT_RE = re.compile(r"\s+(?:" + "|".join(sorted(map(re.escape, AND_WORDS), key=len, reverse=True)) + r")\s+")


def split_people(name: str) -> list[str]:
    """"Vamvatzikos και Cornell" -> ["Vamvatzikos", "Cornell"]: the two people a name before a number joins, so
    that the first is the one checked against the entry; a longer name stays whole ("Instituto de Estudos e ...")."""
    parts = _AND_SPLIT_RE.split(name)  # (not "LPBF, and Khairallah": a clause's word and a comma before the name)
    return parts if len(parts) == 2 and all(1 <= len(p.split()) <= 2 and p[-1] != "," for p in parts) else [name]
