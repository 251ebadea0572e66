"""IEEE / numeric citations: "[1]", "[2], [5]", "[3]–[6]", "[1, 4]", "[1-3]".

Only bracketed digit lists count: "[sic]", "[persons]" and Markdown link text
are left alone. A range between two brackets ("[3]–[6]") cites every number
in it.
"""

from __future__ import annotations

import re

from refcheck.citations.scan import Span

# (the minus sign too: ACS's web pages print "(1−3)")
_NUMLIST_RE = re.compile(r"\s*\d{1,4}(?:\s*[-–—−]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–—−]\s*\d{1,4})?){0,99}\s*")
_RANGE_SEP = "-–—−"
MAX_RANGE = 200


_SUP_TO_ASCII = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁽⁾ᵖ", "0123456789-()p")  # a PDF's raised "⁽ᵖ⁴⁹⁾" too
_NUMBER_TOKEN_RE = re.compile(r"(\d{1,4})(?:\]?\s*(?:[-–—]|--)\s*\[?(\d{1,4}))?")


def number_places(printed: str, nums: list[int]) -> list[tuple[int, int]]:
    """Where in a printed group each cited number stands, as (start, end) offsets: "30" of "[24,30,46]",
    the whole "7–9" for 8. Locators in parentheses ("3(p4)") are skipped; a number not printed, or one
    cited alone, gets the whole group."""
    if len(nums) < 2:
        return [(0, len(printed))] * len(nums)
    plain = re.sub(r"\([^()]*[A-Za-z][^()]*\)", lambda m: " " * len(m.group(0)), printed.translate(_SUP_TO_ASCII))
    tokens = []
    for m in _NUMBER_TOKEN_RE.finditer(plain):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        whole = "]" in m.group(0)  # "[3]–[6]": the range is the group
        tokens.append((a, b, 0 if whole else m.start(), len(printed) if whole else m.end()))
    out = []
    for n in nums:
        hit = next(((st, en) for a, b, st, en in tokens if a == n), None) \
            or next(((st, en) for a, b, st, en in tokens if a <= n <= b), None)
        out.append(hit or (0, len(printed)))
    return out


def numbers_in(content: str) -> list[int] | None:
    """[1, 4] -> [1, 4]; [1-3] -> [1, 2, 3]; None unless the content is a number list."""
    if len(content) > 200 or not _NUMLIST_RE.fullmatch(content):
        return None
    out: list[int] = []
    for piece in content.split(","):
        piece = piece.strip()
        if piece[:1] == "0" and piece[1:2].isdigit():
            return None  # "(10,003)", "(2,05)": a thousands group or decimal digits; no entry is numbered "003"
        bounds = re.split(r"\s*[-–—−]\s*", piece)
        if len(bounds) == 2:
            a, b = int(bounds[0]), int(bounds[1])
            if a <= b and b - a <= MAX_RANGE:
                out.extend(range(a, b + 1))
            else:
                out.extend((a, b))
        else:
            out.append(int(piece))
    # Entries are numbered from 1: "[0, 1]" is an interval, "[0]" an index.
    return None if 0 in out else out


# "[4, Sec. 3]", "[6, Fig. 2]", "[5, p. 4]", "[12, Art. 9]", "[2, Sec. III]": one source and a place in it; a
# page may follow the number without a comma, "[14 s. 45]" (Czech ČSN ISO 690 "s.", German "S.", "p.").
_WITH_LOCATOR_RE = re.compile(
    r"\s*(\d{1,4})\s*(?:,\s*|\s(?=(?:pp?|s)\.\s?\d))"
    r"((?:sec|secs|sect|fig|figs|tab|table|alg|art|eq|eqs|ch|chap|thm|lem|lemma|app|appx|def|prop|kap|abschn|abb|cap"
    r"|cor|ex|pp?|para|ll?|vol|no|s(?=\.)|§§?"
    # the words in full, as amsplain and the maths journals print them: "[5, Theorem 1.1]", "[2, Chapter 3]"
    r"|theorems?|lemmas|propositions?|corollary|corollaries|definitions?|examples?|remarks?|sections?|chapters?"
    r"|appendix|figures?|tables?|equations?|algorithms?|pages?"
    # the page in other languages: "[3, с. 35]", "[11, ст. 64]" (DSTU, GOST), "str." (Polish, Croatian),
    # "pág." (Spanish), "old." (Hungarian), "blz." (Dutch), "hlm." (Indonesian), "tr." (Vietnamese), "σ." (Greek)
    r"|(?:с|ст|стр|str|págs?|pag|old|blz|hlm|tr|lk|lpp|psl|σσ?)(?=\.))\.?\s*(?:[\w.:]{1,12}|\(\w{1,8}\))"  # "Eq. (12)"
    r"(?:\s*[-–]\s*[\w.]{1,8})?"
    # a numbered item of the work, by its code: Amershi's design guideline "[1, G2]", a question "[4, Q3]"
    r"|(?-i:[A-Z]{1,2}\d{1,3}(?:\s?[-–]\s?[A-Z]{0,2}\d{1,3})?))\s*",
    re.IGNORECASE)


def with_locator(content: str) -> tuple[int, str] | None:
    """[4, Sec. 3] -> (4, "Sec. 3")."""
    m = _WITH_LOCATOR_RE.fullmatch(content) if len(content) <= 40 else None
    return (int(m.group(1)), m.group(2)) if m else None


# ACM and other CSL styles print a page locator after a colon, "[34:12–15]" (or a "p" glued between, "[8p45]",
# Clinical Management Issues), and signals inside the bracket, "[see also 23,37]", "[17,see also 23,37]", "[e.g., 1]".
_COLON_LOCATOR_RE = re.compile(r"\s*(\d{1,4})\s*(?::|p\.?)\s*(\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\s*")


def bracket_numbers(content: str) -> tuple[list[int], str | None] | None:
    """The numbers a bracket cites and its locator, beyond a bare list: "[4, Sec. 3]", "[34:12–15]",
    "[see also 23,37]"; None when the content is not a citation's."""
    content = content.replace("--", "–")  # Markdown/LaTeX's en dash: "[28, pp. 101--103]"
    if content[:1] == "[" and content[-1:] == "]" and content[1:-1].isdigit():
        # a wiki's link around its note, "[[2]]" (from "[[2]](#cite_note-2)"); never a quantum code's "[[7,1,3]]"
        return ([nums[0]], None) if (nums := numbers_in(content[1:-1])) else None
    if (found := with_locator(content)) is not None:
        return [found[0]], found[1]
    if len(content) <= 20 and (m := _COLON_LOCATOR_RE.fullmatch(content)):
        return [int(m.group(1))], "p. " + m.group(2)
    if _PAREN_SIGNAL_RE.search(content):
        return paren_numbers(content)
    if ";" in content and (parts := _semicolon_parts(content)) is not None:
        return parts  # NeuroReport's "[3; 4]", DSTU's "[9; 10, с. 112; 11]": each source apart, a page after one
    if _LETTERED_RE.fullmatch(content) and (nums := numbers_in(_LETTERS_RE.sub("", content))) is not None:
        return list(dict.fromkeys(nums)), None
    return None


def _semicolon_parts(content: str) -> tuple[list[int], str | None] | None:
    """"3; 4" -> ([3, 4], None); "9; 10, с. 112; 11" -> ([9, 10, 11], "с. 112"); None if a part cites nothing."""
    nums: list[int] = []
    locator = None
    for part in content.split(";"):
        if (listed := numbers_in(part)) is not None:
            nums += listed
        elif (found := with_locator(part)) is not None:
            nums.append(found[0])
            locator = locator or found[1]
        else:
            return None
    return nums, locator


# Chemistry journals (Angewandte, Chemistry – A European Journal) group works under one number, "[2] a) ...;
# b) ...", and cite a part by its letter: "[2a–c]", "[4a]", "[1b,7]", "[2a,b]" cite entries 2, 4, 1 and 7, and 2.
# ("[2a,b]": parts a and b of entry 2)
_LETTERED_RE = re.compile(r"(?=.*\d[a-h])\s*\d{1,4}[a-h]?(?:\s*[-–]\s*\d{0,4}[a-h]?)?"
                          r"(?:\s*,\s*(?:\d{1,4}[a-h]?|[a-h]\b)(?:\s*[-–]\s*\d{0,4}[a-h]?)?){0,20}\s*")
_LETTERS_RE = re.compile(r"(?<=\d)[a-h]|\s*[-–]\s*[a-h]\b|\s*,\s*[a-h]\b")


# "n ∈ [5, 80]": a bracket after "∈" is an interval ("range [12]" may still cite, so words do not count).
_RELATION_BEFORE = re.compile(r"∈\s*$")


def _after_relation(text: str, start: int) -> bool:
    return _RELATION_BEFORE.search(text, max(0, start - 24), start) is not None


# "[90, 100] mm", "[45, 90] degrees", "[15, 30] mm / degrees": a pair before a unit of measure is an interval;
# so is a pair that continues a run of intervals from zero, "[0, 15]", "[15, 45]", "[45, 90]" (a table's bins).
_PAIR_RE = re.compile(r"\s*(\d{1,4})\s*,\s*(\d{1,4})\s*")
_UNIT_AFTER = re.compile(r"\s*(?:[mckµμn]?m|m?s|[kMG]?Hz|K|°C?|deg\.?|degrees?|%|[mk]?g|[kMGT]?eV)(?!\w)")


# A ring's fusion locants glued to its name, "[1,2,3]triazole", "[1,2,4]triazolo", "[1,4]oxazepine", and a
# quantum code's parameters in double brackets, "[[7,1,3]] Steane code", are not citations.
_RING_NAME_AFTER = re.compile(
    r"(?:tri|tetr|di|oxa|thia)?(?:azol|azin|azep|oxol|oxin|oxaz|thiol|thiaz|imidaz|pyrazol|pyrazin|pyridazin|pyrimid"
    r"|pyrid|pyrrol|quinol|quinox|quinazol|indol|benzo|naphtho|thieno|furo|purin)")


def _not_citation_bracket(text: str, s: Span) -> bool:
    return _RING_NAME_AFTER.match(text, s.end) is not None or (
        text[s.start - 1:s.start] == "[" and text[s.end:s.end + 1] == "]")


# A confidence interval with decimal commas (German, French, Spanish papers): "RR 1,15 [1,10; 1,21]", "[1,06–1,12]"
_DECIMAL_CI = re.compile(r"\s*\d{1,3},(\d{1,3})\s*[;–-]\s*\d{1,3},(\d{1,3})\s*")
_DECIMAL_BEFORE = re.compile(r"\d,\d{1,3}\s*$")


def _intervals(text: str, spans: list[Span]) -> set[int]:
    """Starts of the bracket spans that are intervals, not citations: a pair before a unit, and a run of
    pairs from zero each opening where another closed, in one sentence ("[0, 15], [15, 45] and [45, 90]")
    or in a table's cells ("[0, 15] | Isotropic | ...", a header "Trans. (mm) | [10, 20] | [90, 100]"). A
    "[0, 1]" elsewhere does not make "[1, 4]" in a sentence an interval."""
    pairs = [(s.start, s.end, int(m.group(1)), int(m.group(2))) for s in spans
             if (m := _PAIR_RE.fullmatch(s.content)) and int(m.group(1)) < int(m.group(2))]
    out = {st for st, end, _, _ in pairs if _UNIT_AFTER.match(text, end)}
    out |= {s.start for s in spans if (m := _DECIMAL_CI.fullmatch(s.content)) and (  # "1,15 [1,10; 1,21]"
        "0" in (m.group(1)[:1], m.group(2)[:1]) or _DECIMAL_BEFORE.search(text, max(0, s.start - 12), s.start))}
    ends = {b: end for st, end, a, b in pairs if a == 0}  # upper bound reached -> where its interval ends
    out |= {st for st, _, a, _ in pairs if a == 0}
    grew = True
    while grew:
        grew = False
        for st, end, a, b in pairs:
            if st in out or a not in ends:
                continue
            line = text[text.rfind("\n", 0, st) + 1:text.find("\n", end) % (len(text) + 1)]
            if " | " in line or 0 <= st - ends[a] <= 60:
                out.add(st)
                grew = grew or b not in ends
                ends.setdefault(b, end)
    return out


def numeric_groups(text: str, spans: list[Span]) -> list[tuple[int, int, list[int], str | None]]:
    """(start, end, numbers, locator) for each numeric citation, joining "[3]–[6]" into one range."""
    out: list[tuple[int, int, list[int], str | None]] = []
    i = 0
    bracket_spans = [s for s in spans if s.bracket == "[" and s.closed and not _after_relation(text, s.start)]
    intervals = _intervals(text, bracket_spans)
    bracket_spans = [s for s in bracket_spans if s.start not in intervals and not _not_citation_bracket(text, s)]
    while i < len(bracket_spans):
        s = bracket_spans[i]
        nums = numbers_in(s.content)
        if nums is None and (found := bracket_numbers(s.content)) is not None:
            out.append((s.start, s.end, found[0], found[1]))
            i += 1
            continue
        if nums is None or (s.end < len(text) and text[s.end:s.end + 1] == "("):
            i += 1
            continue
        end = s.end
        if i + 1 < len(bracket_spans):
            nxt = bracket_spans[i + 1]
            gap = text[s.end:nxt.start]
            nxt_nums = numbers_in(nxt.content)
            # "[3]–[6]"; Markdown and LaTeX write the en dash "--" ("\\[3\\]--\\[5\\]" from pandoc)
            if nxt_nums and len(nums) == 1 and len(nxt_nums) == 1 and gap.strip() in (*_RANGE_SEP, "--") \
                    and len(gap) <= 4 and 0 < nxt_nums[0] - nums[0] <= MAX_RANGE:
                out.append((s.start, nxt.end, list(range(nums[0], nxt_nums[0] + 1)), None))
                i += 2
                continue
        out.append((s.start, end, nums, None))
        i += 1
    return out


# Vancouver and some medical journals cite in parentheses: "(1)", "(2,3)", "(1-3)", "(see 4)", "(4, p. 12)".
# The same shape is an enumeration label "(1) recording ..., (2) ...", an equation number "Eq (3)",
# a count "(12)": those are told apart by the words around them, and the paper's own habit decides
# whether parentheses are read at all (parenthesis_is_the_form).
_PAREN_SIGNAL_RE = re.compile(r"\s*\b(?:see(?:\s+also)?|cf\.?|e\.\s?g\.,?|reviewed\s+in|refs?\.?|references?)\s+",
                              re.IGNORECASE)
# AMA's page locator right after a number, "1(p320)", "(sec3)": superscript and in parentheses, "(11(p45))"
AMA_PAGE = r"\((?:pp?|sec|ch|chap|fig|para)\.?\s?\d{1,5}(?:[-–]\d{1,5})?\)"
_AMA_PAGE_AFTER_RE = re.compile(rf"(?<=\d)({AMA_PAGE})(?=\s*(?:[,–-]|$))")
_PAREN_LOCATOR_RE = re.compile(r",\s*(?:pp?\.\s*)?(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\s*$")
_NOT_CITED_BEFORE = re.compile(
    # (the singular only of the words that number one thing: "criterion (3)"; "the KDIGO criteria (12)" cites)
    r"(?:\b(?:eqs?|equations?|formulae?|step|item|criterion|hypothesis|rule|figs?|figures?"
    r"|tables?|panels?|sections?|chapters?|appendix|n|no|nos|vs)\.?|[=<>±×+*/^]"
    r"|(?<![\w.-])(?!(?:1[5-9]|20)\d\d(?!\d))\d+(?:[.,]\d+)?)\s*$",  # (a year is no count: "described in 2007 (1).")
    re.IGNORECASE)
_REF_WORD_RE = re.compile(r"\s*(?:refs?\.?|references?)\s+\d", re.IGNORECASE)
# ("and"/"or" in the languages papers are written in: "dos preguntas: (1) ... y (2) ...", "(1) ... und (2)")
_JOINED_BEFORE = re.compile(r"\b(?:and|or|between|both|either|y|o|e|ou|et|und|oder|oraz|och|og|ja|ve|dan|и|или|та)\s*$",
                            re.IGNORECASE)
_CITATION_BEFORE = re.compile(r"\(\d{1,4}(?:\s?[-–,]\s?\d{1,4})*\),?\s*(?:and|or)?\s*$")


_E_REFERENCE_RE = re.compile(r"(?:^|(?<=,))\s*e\d{1,3}(?:\s*[-–]\s*e\d{1,3})?\s*(?=,|$)")


def paren_numbers(content: str) -> tuple[list[int], str | None] | None:
    """"2,3" -> ([2, 3], None); "see 4" -> ([4], None); "4, p. 12" -> ([4], "p. 12"); else None.  A systematic
    review's list runs long: "(12, 13, 24–26, 28, 29, 34–36, 38, 39, 41, 42, 44, 46, 47, 50, 53, 54, 56)"."""
    if len(content) > 160:
        return None
    content = _PAREN_SIGNAL_RE.sub(",", content.replace("--", "–"))  # "(6--8)", "(1, e.g., 52,56)"
    # (Deutsches Ärzteblatt's online-only references "e1", "e2" are printed apart from the list: "(10, e4)" cites 10)
    rest = re.sub(r"\s*,[\s,]*", ",", _E_REFERENCE_RE.sub("", content)).strip(" ,")
    locator = None
    if (ama := _AMA_PAGE_AFTER_RE.search(rest)) is not None:  # AMA in parentheses: "(11(p45))"
        locator = ama.group(1).strip("()")
        rest = _AMA_PAGE_AFTER_RE.sub("", rest)
    loc = _PAREN_LOCATOR_RE.search(rest) if re.search(r"\bpp?\.", rest) else None
    if loc is not None:
        locator = "p. " + loc.group(1)
        rest = rest[:loc.start()]
    nums = numbers_in(rest)
    return (nums, locator) if nums else None


def _label_like(text: str, start: int, end: int) -> bool | None:
    """True where "(n)" sits like an item label (after ":", ";", "and", a paragraph start, or a comma
    with a lowercase clause running on); None where it can only be a number of something ("Eq (3)")."""
    before = text[max(0, start - 40):start]
    if _NOT_CITED_BEFORE.search(before):
        return None
    if _CITATION_BEFORE.search(before):
        return False  # "(2), (3), (4)", "(8) and (9)": the next number of a list of citations
    stripped = before.rstrip()
    opens_clause = not stripped or stripped.endswith(("\n", ":", ";")) or before.endswith("\n")
    after = text[end:end + 3]
    runs_on = len(after) >= 2 and after[0] == " " and after[1].islower()
    joined = _JOINED_BEFORE.search(before) is not None
    # "... the gap (10). (11) argued that ...": a sentence opened by a number is a narrative citation.
    return opens_clause or joined or (runs_on and stripped.endswith(","))


def paren_groups(text: str, spans: list[Span]) -> list[tuple[int, int, list[int], str | None]]:
    """(start, end, numbers, locator) for each "(n)" citation candidate, enumerations left out.

    An enumeration is a run: "(1) recording ..., and (2) ..." has a label-like (1) and (2) in one
    paragraph. A label-like "(10)" with no neighbour is a citation placed after a comma or semicolon."""
    found: list[tuple[Span, list[int], str | None, bool]] = []
    for s in spans:
        if s.bracket != "(" or not s.closed:
            continue
        got = paren_numbers(s.content)
        if got is None:
            continue
        if s.end < len(text) and (text[s.end].isalnum() or text[s.end] in "([="):
            continue  # "(2)x", "(3)(b)", "(1)=": part of a formula or a label
        # "2003–2012 (ref. 3)": the word says it is a citation, whatever stands before it
        label = False if _REF_WORD_RE.match(s.content) else _label_like(text, s.start, s.end)
        if label is None:
            continue
        found.append((s, got[0], got[1], label))
    labels = {(_paragraph(text, s.start), nums[0]) for s, nums, _, label in found if label and len(nums) == 1}
    out: list[tuple[int, int, list[int], str | None]] = []
    for s, nums, locator, label in found:
        if label and len(nums) == 1:
            para = _paragraph(text, s.start)
            if (para, nums[0] - 1) in labels or (para, nums[0] + 1) in labels:
                continue
        first = next((i for i, ch in enumerate(s.content) if ch.isdigit()), 0)
        out.append((s.start + 1 + first, s.end - 1, nums, locator))  # the numbers as printed: "7–9" of "(see 7–9)"
    return out


def _paragraph(text: str, pos: int) -> int:
    """Offset where the paragraph holding pos begins (a blank line or a line start opens one)."""
    return text.rfind("\n", 0, pos) + 1


# "[24. Longitudinal data ...", "[37, pp. 12–15 found", "[29:33. Prior", "(see 13. Controlled": a citation
# whose bracket never closes. Only a number list (a signal before it, a locator after it) followed by the
# sentence's end or its next word; "[0, 1)" (an interval) and "(2 of 5)" are not.
_UNCLOSED_NUMBERS_RE = re.compile(
    r"\s*(?:(?:see(?:\s+also)?|cf\.|e\.\s?g\.,?)\s+)?(\d{1,4}(?:\s*[-–,]\s*\d{1,4}){0,20})"
    r"((?:,\s*(?:pp?|sec|ch|chap|fig|vol)\.?\s*[\dIVXivx]{1,5}(?:[-–]\d{1,5})?)|:\s*\d{1,5}(?:[-–]\d{1,5})?)?"
    r"(?=[.,;]?\s+[A-Za-z]|[.,;]?\s*$)", re.IGNORECASE)


def unclosed_groups(text: str, spans: list[Span], bracket: str) -> list[tuple[int, int, list[int], str | None]]:
    """(start, end, numbers, locator) of each unclosed bracket (or parenthesis) that holds a citation's
    numbers: the end is where the numbers and locator stop."""
    out: list[tuple[int, int, list[int], str | None]] = []
    for s in spans:
        if s.bracket != bracket or s.closed:
            continue
        m = _UNCLOSED_NUMBERS_RE.match(s.content)
        if m is None:
            continue
        nums = numbers_in(m.group(1))
        if not nums:
            continue
        locator = m.group(2).strip(" ,:") if m.group(2) else None
        if locator and m.group(2).lstrip().startswith(":"):
            locator = "p. " + locator
        out.append((s.start, s.start + 1 + m.end(2 if m.group(2) else 1), nums, locator))
    return out
