"""Reference text -> whitespace tokens with an italic flag each.

The tagger was trained on AnyStyle's convention (tokens are whitespace-separated,
punctuation stays attached), so the input is brought to that form first: Markdown
links and <...> URLs become the bare URL, a space before a comma ("Buckley , Mary")
is closed up, and Markdown emphasis (``*Title*``) is removed from the text but kept
as a per-token flag because italics mark a book title or a journal name.
"""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.text.patterns import CAPS, CJK_CHARS, YEAR_RE

_MD_LINK = lazy(r"\[([^\]]*)\]\((\S+?)\)")
_ANGLE_URL = lazy(r"<((?:https?|ftp)://[^>\s]+|www\.[^>\s]+|doi:[^>\s]+)>", re.I)
_SPACE_BEFORE_PUNCT = lazy(r'(?<=\S)\s+([,;:.][”"’]?)(?=\s|$)')
_LEADING_BULLET = lazy(r"^\s*(?:[-*•·▪]\s+)")
# A number group printed without spaces ("2019;14(3):153-60.", "50:493–506.", "20;6:e5066."):
# split after a ";" or ":" that follows a digit or a closing bracket and precedes a number, so that
# year, volume(issue) and pages become tokens of their own that the tagger can label apart.
# Vancouver's month before the volume ("2014 Oct;102(4):702–757.", "2025 Jun;e03675.") is cut the same way, and
# a year with its letter ("Plant Growth Regul. 2024a;102:313–24.").
_COMPACT_CUT = lazy(r"(?:(?<=[\d)])[;:]|(?<=Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|ept|Oct|Nov|Dec);"
                    r"|(?<=(?:1[5-9]|20)\d\d[a-z]);)"
                    r"(?=[(\[]?[A-Za-z]?\d)")

# F1000's list glues the journal and the Vancouver date to the sentence before them ("Publish peer
# reviews.Nature.2018;560(7720):545–547.", "...approved].F1000Res.2017;6:588."): a year closed by ";"
# right after a full stop opens a token of its own.
# So does a year glued to the initial before it ("PETROVICI N.2011, « Workers ...»", Archéologie médiévale; a PDF
# that lost the space).
_GLUED_DATE = lazy(r"(?<=[A-Za-z\]]\.)(?=(?:1[5-9]|20)\d\d;)"
                   r"|(?<=(?<!\w)[" + CAPS + r"]\.)(?=(?:1[5-9]|20)\d\d[a-z]?(?:[,.:]|\s|$))")
# An italic title glued to the bracketed year before it ("Ayres D, Strong DR (2003)Spartina foliosa"):
# the year's bracket closes a token.
_GLUED_AFTER_YEAR = lazy(r"(\((?:1[5-9]|20)\d\d[a-z]?\))(?=[^\W\d_])")
# A sentence glued to the next one, as some publishers' XML and many PDF extractions print a title and the
# journal after it ("... the genus Spartina.Iowa State College Journal of Science 30: 471-564",
# "Spartina.Annales de la Société ...", "anadalucía.Acta Botanica", "1823–1827.Antiquarian Press",
# "(Crataegus L.).Botany Department", "... brisé.J exp mar Biol Ecol"): a word of two letters or digits
# (or a closing bracket) and its stop, then a capitalised word, are two tokens. Links, addresses and
# initials ("J.Biol", "A.J.Mory") are left alone.
_GLUED_SENTENCE = lazy(r"(?:(?<=[^\W_][^\W_)][.?!])|(?<=\)[.?!]))(?=[A-ZÀ-Þ][a-zà-ÿ])"
                       r"|(?<=[^\W\d_]{2}[.?!])(?=[A-Z](?:\s|$))")
_GLUED_HINT = lazy(r"[.?!][A-ZÀ-Þ]")  # the cheap scan first: most entries have no stop touching a capital

# A DOI glued to the full stop of the pages before it ("Clin Microbiol Rev (2013) 26:36–57.10.1128/CMR.00074-12",
# "Science 365, 991–992.10.1126/science.aaz0175"): the DOI is a token of its own.
_GLUED_DOI = lazy(r"(?<=[\w)]\.)(?=10\.\d{4,9}/)")

# German styles join the people before the title's colon with slashes, "Ana Margarida Fortes/Patricia
# Agudelo-Romero/Diana Pimentel: Title", "Shoji Iwasa/Naoki Okita/u. a.: Title" (Im Gespräch): the tagger is
# given them as the names it knows, "Ana Margarida Fortes, Patricia Agudelo-Romero and Diana Pimentel.".
_SLASHED_PEOPLE_HEAD = lazy(r"^[^:,;/]{2,80}[a-zß-ÿ]/[" + CAPS + r"](?:[a-zß-ÿ]|\.\s?[" + CAPS + r"])"
                            r"[^:]{0,400}?:(?=\s)")
_PEOPLE_SLASH = lazy(r"(?<=[a-zß-ÿ])/(?=[" + CAPS + r"](?:[a-zß-ÿ]|\.\s?[" + CAPS + r"]))")
# ... and family first, "MITTELBACH, Gary G./MCGILL, Brian J.: Title" (Ladinia, German Harvard): given
# "MITTELBACH, Gary G.; MCGILL, Brian J.:", the form of family-first people the tagger knows.
# (Pädagogische Hochschule Vorarlberg closes each person with a colon: "Hartvigsen, Gregg: /Gutierrez, Andrew:")
_SLASHED_FAMILIES_HEAD = lazy(r"^[^:,;/]{2,60},\s[^:,;/]{1,60}[a-zß-ÿ.](?::?\s)?/[" + CAPS + r"][^:,;/]{1,60},\s"
                              r"[^:]{0,400}?:(?=\s)")
_FAMILY_SLASH = lazy(r"(?<=[a-zß-ÿ.])(?::?\s)?/(?=[" + CAPS + r"][^/,:;]{1,60},\s)")
# A German short note names its author and work only, "Saha: Physical Examinations, 50.", "Kirby-Smith u. a.:
# Estuarine Ecology, 50.": with no year anywhere the colon closes the names, as a full stop does.
_SHORT_NOTE_HEAD = lazy(r"^(?:[" + CAPS + r"][\w'’-]+\s){0,3}[" + CAPS + r"][\w'’-]+(?:\su\.\sa\.)?(?=:\s)")
# Mind and older OUP styles: "Sider, Theodore 2001: Four-Dimensionalism ...", given as "Sider, Theodore. 2001. Four-"
_NAME_YEAR_COLON = lazy(r"^([" + CAPS + r"][\w'’-]+,\s(?:[" + CAPS + r"][\w'’.-]*\s){1,3}?)((?:1[5-9]|20)\d\d[a-z]?)"
                        r":\s")
_SLASH_ET_AL = lazy(r"(?<=[a-zß-ÿ])/u\.\s?a\.(?=:$)")


# German "et al." after the names, "Miao u. a., PLOS ONE, 10 (2015)": the tagger is given the Latin it knows.
_GERMAN_ET_AL = lazy(r"(?<=[\w.])\s+u\.\s?a\.(?=[,:;]?\s)")


def _people_joined(head: str) -> str:
    """The names and their closing colon as the tagger knows them: "A, B and C." (the colon a stop)."""
    head, et_al = _SLASH_ET_AL.subn(" et al.", head)
    parts = _PEOPLE_SLASH.split(head)
    if len(parts) == 1:
        return head
    joined = ", ".join(parts) if et_al else ", ".join(parts[:-1]) + " and " + parts[-1]
    return joined[:-1].rstrip(".") + "."

# Chinese, Japanese and Korean entries: full-width punctuation read as its ASCII form with the space
# the tokens are cut at ("计算机学报，2019，42（3）：512-525" -> "计算机学报, 2019, 42(3): 512-525"); a GB/T
# 7714 type mark ("标题[J].", "标题[C]//会议") and the Japanese 「title」『journal』 brackets stand apart.
_FULL_WIDTH = str.maketrans({"，": ", ", "：": ": ", "；": "; ", "（": "(", "）": ")", "．": ". ", "。": ". ",
                             "［": "[", "］": "]", "？": "? ", "！": "! ", "\u3000": " "})
_CJK_TEXT = lazy(f"[{CJK_CHARS}]")
_CJK_SPACING = lazy(r"(?<=\S)(\[(?:[A-Z]{1,2}|EB)(?:/OL)?\](?://)?)"
                    r"|(?<=[" + CJK_CHARS + r"])(\((?:1[5-9]|20)\d\d[a-z]?\))"
                    r"|(?<=\S)([「『])|([」』][.,]?)(?=\S)"
                    r"|^(\[\d{1,4}\])(?=\S)|(,)(?=[^\s\d])|(?:(?<=[" + CJK_CHARS + r"])|(?<=\D\d{4}))(,)(?=\d)")


# GB/T 7714's type mark glued to a Latin title: "Deep learning[J]. Nature", "segmentation[C]//Medical ..."
_GBT_MARK = lazy(r"\S\[(?:[A-Z]{1,2}|EB)(?:/OL)?\](?://|[.,])")


def _cjk_spacing(m: re.Match[str]) -> str:
    if m.group(1):
        return f" {m.group(1)} " if m.group(1).endswith("//") else f" {m.group(1)}"
    if m.group(2):
        return f" {m.group(2)}"
    if m.group(3):
        return f" {m.group(3)}"
    return f"{m.group(4) or m.group(5) or m.group(6) or m.group(7)} "


def clean(text: str) -> str:
    """Undo the document markup that is not part of the reference itself."""
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    if not text.isascii() and _CJK_TEXT.search(text) or "]" in text and _GBT_MARK.search(text):
        text = _CJK_SPACING.sub(_cjk_spacing, text.translate(_FULL_WIDTH))
    if text.lstrip()[:1] in ("-", "*", "•", "·", "▪"):
        text = _LEADING_BULLET.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(_link_target, text)
    if "<" in text:
        text = _ANGLE_URL.sub(r"\1", text)
    text = text.replace("\\*", "\x00").replace("**", "*").replace("__", "")
    # Whitespace runs become one space (str.split() and the regex \s agree on what is
    # whitespace), then the space before punctuation goes: the same text as closing up
    # first and collapsing after, found with a substring test instead of a regex scan.
    text = " ".join(text.split())
    if ".19" in text or ".20" in text:
        text = _GLUED_DATE.sub(" ", text)
    if ")" in text:
        text = _GLUED_AFTER_YEAR.sub(r"\1 ", text)
    if "u." in text[:160] and (m := _GERMAN_ET_AL.search(text, 0, 160)):
        text = text[:m.start()] + " et al." + text[m.end():]
    if "/" in text and (head := _SLASHED_PEOPLE_HEAD.match(text)):
        text = _people_joined(head.group()) + text[head.end():]
    elif "/" in text and (head := _SLASHED_FAMILIES_HEAD.match(text)):
        text = _FAMILY_SLASH.sub("; ", head.group()) + text[head.end():]
    elif ": " in text[:80] and (head := _SHORT_NOTE_HEAD.match(text)) and not YEAR_RE.search(text):
        text = head.group() + "." + text[head.end() + 1:]
    elif ": " in text[:80] and (head := _NAME_YEAR_COLON.match(text)):
        text = f"{head.group(1).rstrip()}. {head.group(2)}. " + text[head.end():]
    if ".10." in text:
        text = _GLUED_DOI.sub(" ", text)
    if _GLUED_HINT.search(text) and _GLUED_SENTENCE.search(text):
        text = " ".join(w if "/" in w or "@" in w or w.startswith("www") else _GLUED_SENTENCE.sub(" ", w)
                        for w in text.split(" "))
    if " ," in text or " ;" in text or " :" in text or " ." in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return text


def _link_target(m: re.Match[str]) -> str:
    label, target = m.group(1), m.group(2)
    if label.startswith(("http", "www", "doi")) or label.lstrip("/").split("/")[0].count(".") >= 1:
        return target
    return f"{label} {target}" if label else target


def tokenize(text: str) -> tuple[list[str], list[bool]]:
    """Clean the text and split it into tokens; asterisks toggle italics and are dropped."""
    return split(clean(text))


def split(cleaned: str) -> tuple[list[str], list[bool]]:
    """Tokens of already cleaned text, with their italic flags."""
    if "*" not in cleaned and "\x00" not in cleaned:
        words = cleaned.split()
        if ";" in cleaned or ":" in cleaned:
            words = split_compact(words)
        return words, [False] * len(words)
    words, italic = _split_italic(cleaned)
    if ";" in cleaned or ":" in cleaned:
        pieces = [split_compact([w]) for w in words]
        words = [p for ps in pieces for p in ps]
        italic = [it for ps, it in zip(pieces, italic, strict=True) for _ in ps]
    return words, italic


def compact_pieces(word: str) -> list[str]:
    """"2019;14(3):153-60." -> ["2019;", "14(3):", "153-60."]; links and other words unchanged."""
    if "/" in word or not any(ch.isdigit() for ch in word):
        return [word]
    cuts = [m.end() for m in _COMPACT_CUT.finditer(word)]
    if not cuts:
        return [word]
    bounds = [0, *cuts, len(word)]
    return [word[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if word[a:b]]


def split_compact(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if ";" in w or ":" in w:
            out += compact_pieces(w)
        else:
            out.append(w)
    return out


def _split_italic(cleaned: str) -> tuple[list[str], list[bool]]:
    words: list[str] = []
    italic: list[bool] = []
    inside = False
    for raw in cleaned.split(" "):
        if not raw:
            continue
        word, inside_now, starts_inside = _strip_marks(raw, inside)
        if word:
            words.append(word.replace("\x00", "*"))
            italic.append(starts_inside or inside_now)
        inside = inside_now
    return words, italic


def _strip_marks(raw: str, inside: bool) -> tuple[str, bool, bool]:
    """Remove emphasis asterisks from one token, tracking whether italics are open after it."""
    if "*" not in raw:
        return raw, inside, inside
    italic_here = inside
    state = inside
    out = []
    for ch in raw:
        if ch == "*":
            state = not state
            if state:
                italic_here = True
            continue
        out.append(ch)
    return "".join(out), state, italic_here
