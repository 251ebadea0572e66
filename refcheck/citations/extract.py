"""Find every in-text citation in the body regions of a document.

Output is one Citation per cited source, in document order, ids "c1", "c2", ...
Some findings here are tentative: a lone "(p.8)" or "(2005)", a narrative "Russian Federation (2005)" or a
numeric "[3]" in a paper whose style is not numeric. They carry hints in ``hints`` ("tentative", "ctx:<name>",
"sig:<name>", "prev:<n>", "yr:<year>") that check_citations uses to tie them to an entry, then clears; the
tentative ones it cannot tie are dropped: precision matters more than a citation nobody can resolve.
"""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.citations import author_date as ad
from refcheck.citations import doubt, groups, mla
from refcheck.citations import narrative as nv
from refcheck.citations.context import context_keys, link_locators
from refcheck.citations.hints import CAPITALS, IN_GROUP, NEAR_AUTHOR, ORG_LEAD, SUBJECT_OF, TENTATIVE, UNSURE, WEAK_NAME
from refcheck.citations.legal import DATED_CASE, after_reporter, case_before, court_and_year
from refcheck.citations.locator import is_labelled_locator, is_locator, normalize_locator
from refcheck.citations.loose import bare_name_years, bare_names, table_cells, table_year_cells
from refcheck.citations.name_list import list_before, long_author_list, unusual_name_part
from refcheck.citations.numeric import number_places, numeric_groups, unclosed_groups
from refcheck.citations.personal import is_personal
from refcheck.citations.scan import Span, find_spans
from refcheck.citations.unbalanced import unclosed, unclosed_numeric, unopened
from refcheck.document import Document
from refcheck.matching.names import looks_like_acronym, strip_doc_suffix
from refcheck.model import Citation
from refcheck.text.patterns import CAPS, CITED_IN, CJK_CHARS

AUTHOR_DATE_STYLES = ("apa", "harvard", "chicago")
_URL_RE = re.compile(r"https?:|www\.|\.(?:com|org|net|edu|gov|int)\b|<http", re.IGNORECASE)

# Anchored after a non-space, non-comma character so a long run of blanks is scanned once, not from each blank.
_APUD = re.compile(rf"(?<![\s,])\s*,?\s*{CITED_IN}\b", re.IGNORECASE)
_DEFINES = re.compile(nv.DEFINED_ACRONYM_PATTERN + r"\s*$")
_BRACKET_YEAR = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?(?:[,;:]|$)")  # "[2019]", "[2019, Sec. 3]"
_NAME_BEFORE = re.compile(r"(?:[" + CAPS + r"][\w'’-]+|et al\.)\s$")


def extract_citations(doc: Document, regions: list[tuple[int, int]], style: str) -> list[Citation]:
    """Every citation in the given body regions, in document order."""
    text = doc.text
    found: list[tuple[int, Citation]] = []
    noyear: list[tuple[int, Citation, bool]] = []  # MLA-style (no year) candidates, strong?
    year_count = 0
    numeric: list[tuple[int, int, list[int], str | None]] = []
    unclosed_groups_found: list[tuple[int, int, list[int], str | None]] = []
    # Where the spans read as citations so far reach (spans come in order of their start): a group
    # nested in one is part of it. One number, not a list to search: 50,000 citations stay linear.
    cited_to = -1
    nested: list[tuple[int, int]] = []
    for lo, hi in regions:
        lo = max(0, lo)
        hi = min(len(text), hi)
        if hi <= lo:
            continue
        spans = find_spans(text, lo, hi)
        numeric.extend(numeric_groups(text, spans))
        unclosed_groups_found.extend(unclosed_groups(text, spans, "["))
        for off, cit in unopened(doc, spans, lo, hi, style):
            year_count += 1
            found.append((off, cit))
        found.extend(table_year_cells(doc, lo, hi))
        for span in table_cells(text, lo, hi):
            for off, cit, _ in _from_span(doc, span, lo, style):
                if cit.year is not None and cit.kind == "parenthetical":
                    cit.hints.append(TENTATIVE)
                    found.append((off, cit))
        if style == "mla":
            found.extend(bare_names(doc, spans, lo, hi))
        for span in spans:
            if span.end <= cited_to:
                nested.append((span.start, span.end))
                continue
            if span.bracket == "[" and span.closed and (
                    span.content[:1].isupper() and ad.YEAR_RE.search(span.content) or _BRACKET_YEAR.match(
                        span.content) and _NAME_BEFORE.search(text, max(lo, span.start - 40), span.start)):
                # "[Garrett and Grisham, 2005]": brackets for parentheses; natbib's "Radford et al. [2019]" too
                kind = "parenthetical" if span.content[:1].isupper() else "narrative"
                span = Span(span.start, span.end, span.content, "(", True)
                for off, cit, _ in _from_span(doc, span, lo, style):
                    if cit.year is not None and cit.kind == kind:  # (a taxon's "Curtis [1836b: 60]": if listed)
                        cit.hints += [TENTATIVE] if kind == "narrative" else []
                        found.append((off, cit))
                continue
            if span.bracket != "(":
                continue
            read = _from_span(doc, span, lo, style)
            if read:
                cited_to = max(cited_to, span.end)
            for off, cit, strong_noyear in read:
                if cit.kind in ("parenthetical", "narrative") and cit.year is None and cit.kind != "personal":
                    noyear.append((off, cit, strong_noyear))
                else:
                    if cit.year is not None and cit.kind != "locator":
                        year_count += 1
                    found.append((off, cit))
    found.extend(_accept_noyear(noyear, year_count, style))
    covered = sorted([(off, off + max(len(c.text), 1)) for off, c in found] + nested)
    for lo, hi in regions:
        found.extend(bare_name_years(doc, covered, max(0, lo), min(len(text), hi)))
    if style == "ieee" or (style == "unknown" and len(numeric) >= 3 and len(numeric) > 2 * year_count):
        # A numeric paper: a parenthesis with a name and year is a citation only if it matches.
        for _, cit in found:
            if cit.kind in ("parenthetical", "narrative") and TENTATIVE not in cit.hints:
                cit.hints.append(TENTATIVE)
    doubt.mark_doubts(text, regions, found)
    found.extend(_numeric_citations(doc, numeric, style))
    if style == "ieee":
        found.extend(unclosed_numeric(doc, unclosed_groups_found, "[]"))
    found.sort(key=lambda pair: pair[0])
    link_locators(text, found)
    citations = [c for _, c in found]
    for i, c in enumerate(citations, start=1):
        c.id = f"c{i}"
    return citations


def _accept_noyear(noyear: list[tuple[int, Citation, bool]], year_count: int,
                   style: str) -> list[tuple[int, Citation]]:
    """MLA citations have no year; accept them where the paper is MLA (or looks it)."""
    if not noyear:
        return []
    strong = sum(1 for _, _, s in noyear if s)
    if style == "mla":
        ok = True
    elif style == "ieee":
        ok = False  # a numeric paper: "(Sigma)", "(Study 2)", "(D)" are not citations
    elif style in AUTHOR_DATE_STYLES:
        ok = strong >= 2 and len(noyear) >= 3 and len(noyear) > 2 * year_count
    else:
        ok = strong >= 1 and len(noyear) >= 2 and len(noyear) > year_count
    if not ok:
        return []
    mla_paper = style == "mla" or style == "unknown"  # accepted above: the body reads as MLA
    for _, cit, _ in noyear:
        if not _certain_noyear(cit, "mla" if mla_paper else style):
            cit.hints.append(TENTATIVE)
            if mla_paper and cit.authors and nv.person_like(mla.capitals_as_name(cit.authors[0])):
                cit.hints.append(NEAR_AUTHOR)
    return [(off, c) for off, c, _ in noyear]


def _certain_noyear(cit: Citation, style: str) -> bool:
    """Without a year a parenthesis is surely a citation only in an MLA paper and only with a
    page and an author's name or a title: "(Showalter 107)", "(“Pollinator” 12)". "(Sigma)",
    "(Ottawa, Canada)", "(D)" or "(Gardner)" are kept only if they match an entry."""
    if style != "mla":
        return False
    if cit.malformed and cit.title:
        return True  # "(“Trafficking Routes": the broken quotation is the finding
    if cit.et_al or (len(cit.authors) >= 2 and all(nv.person_like(a) for a in cit.authors)):
        return True  # "(see also Vashlishan et al.)", "(Fisher and Goff)": authors, page or not
    if IN_GROUP in cit.hints and cit.authors and (nv.person_like(cit.authors[0]) or nv.org_like(cit.authors[0])):
        return True  # "(e.g., Defoe; Kristeva; Garami et al.)": a name among sources is a source
    if not cit.locator:
        return False
    if cit.title:
        return True
    return bool(cit.authors) and nv.person_like(cit.authors[0])


def _numeric_citations(doc: Document, groups: list[tuple[int, int, list[int], str | None]],
                       style: str) -> list[tuple[int, Citation]]:
    out: list[tuple[int, Citation]] = []
    if style != "ieee" and len(groups) < 3:
        return out
    for start, end, nums, locator in groups:
        if 0 in nums:
            continue  # "[0:1920]", "[0, 1]": an interval or a vector; no list numbers an entry 0
        line, col = doc.position(start)
        printed = doc.text[start:end]
        named = _named_before(doc.text, start) if len(nums) == 1 and style == "ieee" else None
        for n, (a, b) in zip(nums, number_places(printed, nums), strict=True):
            # each source at its own number: "30" of "[24,30,46]"; one alone as printed, "[see also 25]"
            line, col = doc.position(start + a)
            cit = Citation(id="", line=line, column=col, text=printed[a:b],
                           kind="numeric", keys=[str(n)], locator=locator)
            if named is not None:
                cit.authors, cit.et_al = nv.split_people(named[0]), named[1]
                cit.text = f"{named[2]} {cit.text}"
                if not named[1] and len(cit.authors) < 2:
                    cit.hints.append(WEAK_NAME)  # "Energy [2]" may be a topic, not an author
            if style != "ieee":
                cit.hints.append(TENTATIVE)
            out.append((start, cit))
    return out


_INNER_YEAR = re.compile(r"(?<=[\w.]) \(((?:1[5-9]\d\d|20\d\d)[a-z]?|n\.d\.)\)")
# (ASA prints no comma, and its page after a colon: "Northern Ireland 1992:3")
_TRAILING_YEAR = re.compile(r"(?:,\s*|\s+)((?:1[5-9]\d\d|20\d\d)[a-z]?)(?::\s?(\d{1,5}(?:[-–]\d{1,5})?))?\s*$")
_TRAILING_GROUP = re.compile(r"\s*\([^()]*\)\s*$")


_CJK_CHAR = re.compile(f"[{CJK_CHARS}]")


def _from_span(doc: Document, span: Span, lo: int, style: str) -> list[tuple[int, Citation, bool]]:
    text = doc.text
    content = span.content
    if span.start > 0 and text[span.start - 1].isalnum() \
            and not (content[:1].isupper() and ad.YEAR_RE.search(content)) \
            and not _CJK_CHAR.search(text, max(0, span.start - 12), min(len(text), span.end + 2)):
        # "actor(s)", "f(x)"; but "GFP(Xiong et al., 2010)" is a citation glued to a word, and Chinese, Japanese
        # and Korean put no space before a bracket ("これは(稲葉 2011)である", "Aldrich(2012: 15)は")
        return []
    if after_reporter(text, span.start) or court_and_year(content):
        return []  # "170 N.W. 668 (Mich. 1919)", "Revlon (Del. 1986)": a case's court and year
    if _URL_RE.search(content) and not (";" in content and _URL_RE.search(content.split(";")[0]) is None):
        return []  # a link, not a citation; but "(Martínez Cuesta, 2019; copy archived at https://...)"
    if not span.closed:
        return unclosed(doc, span, style)
    stripped = content.strip()
    if not stripped:
        return []
    if is_personal(stripped) and ";" not in stripped:
        return [_personal(doc, span.start + 1, stripped)]
    first = stripped.split()[0].strip(",;:")
    if looks_like_acronym(first) and not ad.YEAR_RE.search(stripped) and _is_definition(text, span.start, stripped):
        return []
    if is_labelled_locator(stripped) or (style == "mla" and is_locator(stripped)):
        named = mla.named_page(text, span.start, span.end, lo, normalize_locator(stripped)) if style == "mla" else None
        if named is not None:  # "Greenwald (4) found"
            at, cit = named
            cit.line, cit.column = doc.position(at)
            return [(at, cit, True)]
        return [_locator(doc, span, normalize_locator(stripped), None, lo)]
    out: list[tuple[int, Citation, bool]] = []
    base = span.start + 1
    printed = content
    if "(" in content and all(len(_INNER_YEAR.findall(piece)) <= 1 for piece in content.split(";")):
        # "(Horst et al. (2020))", "(Olsson et al. (2024); https://...)": pandoc's narrative citation put
        # in parentheses, read as "Horst et al., 2020" (same length: offsets stay the printed text's)
        content = _INNER_YEAR.sub(lambda m: f", {m.group(1)} ", content)
    parts = mla.rejoin_quoted(content, groups.join_coauthors(groups.split_comma_groups(groups.split_parts(content))))
    parsed: list[ad.Part] = []
    legal: list[int] = []
    links = months = 0
    for off, piece in parts:
        if len(parts) > 1 and _URL_RE.search(piece):
            links += 1  # "copy archived at https://...": where to find it, beside the citation
            continue
        if len(parts) > 1 and is_personal(piece):
            # "(H. L. Yeap and A. A. Hoffmann, unpublished data; Armbruster et al. 2003)"
            out.append(_personal(doc, base + off + len(piece) - len(piece.lstrip()), piece.strip()))
            continue
        part = ad.parse_part(piece, off, allow_no_year=True)
        if part is not None and (original := ad.cited_original(piece, off)) is not None:
            parsed.append(original)  # "(Williams 1932 apud Newhall and Melson 1983)": Williams, if listed
        bare = _TRAILING_GROUP.sub("", piece)
        if part is None and bare != piece:
            # "M. Margolis, Arduino Cookbook (O’Reilly Media, 2011)": publication facts after a title
            part = ad.parse_part(bare, off, allow_no_year=True)
        if part is None and (case := DATED_CASE.fullmatch(piece)) is not None:
            # "(US, et al. ex rel. Mulqueen, et al. v. Medicis Pharmaceutical Corp, 2007)": a court case and
            # its year, cited only if the list has it (MLA's undated cases are read below)
            legal.append(len(parsed))
            part = ad.Part(start=off + case.start(1), end=off + case.end(3 if case.group(3) else 2),
                           text=piece.strip(), authors=[case.group(1)], years=[case.group(2)], locator=case.group(3))
        if part is None and style == "mla" and (case := mla.legal_case(piece)) is not None:
            legal.append(len(parsed))  # "(US ex rel. Liter v. Pfizer, Inc)": a case, cited only if the list has it
            part = ad.Part(start=off + piece.find(case), end=off + len(piece.rstrip()), text=case, authors=[case])
            part.head = case
        body = None
        if part is None and style == "mla":
            # "(Department of Health ..., Welsh Office, ... 12–15)"; but "Sanchez-Vega F, Mina M, ..." are people
            part = body = long_author_list(piece, off) or mla.body_part(piece, off)
            if part is None and (part := mla.month_name_part(piece, off)) is not None:
                months += 1  # "May": a source only if an entry has it; it makes no group whole
        elif part is None and (dated := _TRAILING_YEAR.search(piece)) is not None \
                and (part := mla.org_with_commas_part(piece[:dated.start()], off)) is not None:
            # the same body with its year: "(..., Department of Health and Social Services, Northern Ireland, 1992)"
            part.years, part.end, part.text = [dated.group(1)], off + dated.end(), piece.strip()
            part.locator = dated.group(2) or part.locator
        if style == "mla" and (part is None or (part is not body and mla.misread_author(part))):
            # "(Chou, Predictors of Treatment Acceptability, ...)", "(Pagès et al., Phenological, ... “Vênus” Grape)"
            part = mla.long_title_part(piece, off) or mla.long_title_part(bare, off) or part
        if part is None:
            part = unusual_name_part(piece, off) or ad.leading_citation(piece, off)  # "see Burns et al., 2015 and"
            if part is None:
                if len(parts) == 1:
                    return []
                continue
        if parsed and part.years and not part.authors and not part.title and parsed[-1].authors:
            # "(Gillespie, 1976; 1977)": a bare year is another work by the same authors.
            part.authors, part.et_al = list(parsed[-1].authors), parsed[-1].et_al
        if content != printed:
            shown = printed[part.start:part.end].strip()
            part.text = shown + ")" if shown.count("(") > shown.count(")") else shown
        parsed.append(part)
    if not parsed:
        return []
    if len(parsed) + len(out) + links < len(parts) and not all(p.years for p in parsed) \
            and not (style == "mla" and any(mla.certain_part(p.authors, p.et_al, p.locator, p.title) for p in parsed)):
        return []  # a mixed aside, not a citation group (MLA: unless a part is a citation by its shape)
    # "Smiraglia (2014; 2015)": years alone after a name are that author's works, like "(2014)".
    bare_years = len(parsed) == len(parts) and all(p.years and not p.authors and not p.title for p in parsed)
    for k, part in enumerate(parsed):
        read = _part_citations(doc, span, base, part, lo, 1 if bare_years else len(parts))
        for _, cit, _ in read if k in legal else []:
            cit.hints.append(TENTATIVE)
        out.extend(read)
    if style == "mla" and len(parts) > 1 and len(parsed) - months == len(parts) \
            and any(mla.certain_part(p.authors, p.et_al, p.locator, p.title) for p in parsed):
        for _, cit, _ in out:  # "(see Berressem; Coleman and Skogstad; Theys, “How ...”)": all three are sources
            cit.hints.append(IN_GROUP)
    return out


def _part_citations(doc: Document, span: Span, base: int, part: ad.Part, lo: int,
                    n_parts: int) -> list[tuple[int, Citation, bool]]:
    text = doc.text
    years = part.years or [None]
    head = part.head
    if not part.authors and not part.title and part.years:
        # "(2005)", "(2004, 16)": narrative if a name comes right before.
        if n_parts == 1 and not span.content.lstrip().startswith(","):  # "Argentina ( , 2018)": no author printed
            if (case := case_before(text, span.start, lo)) is not None:  # "US ex rel. Gallagher v. ... (2004)"
                read = _narrative(doc, span, case[0], case[1], False, part, years)
                for _, cit, _ in read:
                    cit.hints.append(TENTATIVE)  # a court case: cited only if the list has it
                return read
            got = list_before(text, span.start, lo) or nv.lookback_name(text, span.start, lo)
            if got is not None:
                name, start, et_al = got
                return _narrative(doc, span, name, start, et_al, part, years)
            if (body := nv.acronym_document(text, span.start, lo)) is not None:
                return _narrative(doc, span, body[0], body[1], False, part, years)
        return [_locator(doc, span, part.locator, years[0], lo)]
    if part.title_only and n_parts == 1:
        got = nv.lookback_name(text, span.start, lo)
        if got is not None and (nv.org_like(got[0]) or nv.person_like(got[0])) \
                and not nv.after_honorific(text, got[1]):
            name, start, et_al = got
            return _narrative(doc, span, name, start, et_al, part, years)
    out = []
    start = base + part.start
    line, col = doc.position(start)
    authority = n_parts == 1 and doubt.species_authority(text, span.start, years[0])
    for y in years:
        cit = Citation(id="", line=line, column=col, text=part.text or head, kind="parenthetical",
                       authors=list(part.authors), year=y, locator=part.locator, title=part.title,
                       et_al=part.et_al, malformed=part.malformed)
        if part.acronym:
            cit.hints.append(f"aka:{part.acronym}")
        if part.title_only and not part.locator and doubt.spoken(part.title or ""):
            cit.hints.append(TENTATIVE)  # ("There's something else for me"): a quoted line, unless a title
        if part.inside or authority or part.span_of_years or part.doubtful:
            # a name and year inside a longer aside, or the authority of a species name
            # ("Callosobruchus chinensis (L., 1758)"): kept only if it matches an entry
            cit.hints.append(TENTATIVE)
        strong = bool(part.locator or part.title or y)
        out.append((start, cit, strong))
    return out


def _personal(doc: Document, start: int, text: str) -> tuple[int, Citation, bool]:
    line, col = doc.position(start)
    return start, Citation(id="", line=line, column=col, text=text, kind="personal"), True


def _narrative(doc: Document, span: Span, name: str, start: int, et_al: bool, part: ad.Part,
               years: list[str | None]) -> list[tuple[int, Citation, bool]]:
    authors, et2 = ad.split_authors(name)
    printed = doc.text[start:span.end]
    line, col = doc.position(start)
    out = []
    sure = (nv.person_like(nv.plain_persons(name)) or nv.org_like(strip_doc_suffix(name))) and not part.span_of_years
    acronym = name.strip()
    if looks_like_acronym(acronym) and not _introduced(doc.text, acronym, start):
        # "CEM (2009)", "EQT (2007)": a database or a method as often as an author, unless the
        # text introduced it as a body's name: "Office for National Statistics (ONS)".
        sure = None if sure else sure  # (unsure, unless a listed author: CAPITALS)
    if _APUD.match(doc.text, span.end):
        sure = False  # "Koenker e Basset (1978) apud Cavalcanti (2013)": only the source read needs an entry
    by_after = _BY_AFTER.match(doc.text, span.end) is not None
    aka = [f"aka:{m.group(0).strip()[1:-1]}"] if (m := _DEFINES.search(doc.text, start, span.start)) else []
    for y in years:  # (aka: "Otoritas Jasa Keuangan [OJK] (2022)" defines the "(OJK, 2022)" the text cites later)
        cit = Citation(id="", line=line, column=col, text=" ".join(printed.split()), kind="narrative",
                       authors=authors, year=y, locator=part.locator, title=part.title,
                       et_al=et_al or et2, malformed=part.malformed, hints=list(aka))
        if not sure or part.doubtful:
            cit.hints.append(TENTATIVE)  # (doubtful: "Seminário de Geografia Urbana (2022/2023)", an academic year)
            cit.hints.extend(context_keys(doc.text, start, max(0, start - 400)) + ([CAPITALS] if sure is None else []))
        elif by_after:
            cit.hints.append(UNSURE)  # "Ethik (1969) de Arnold Gehlen": Gehlen's 1969 work, if listed
            if (by := _BY_AFTER_NAME.match(doc.text, span.end)) is not None:
                cit.hints.append(f"{SUBJECT_OF}{by.group(1)}")
        else:
            cit.hints.extend(f"{SUBJECT_OF}{w}" for w in nv.names_before(doc.text, start))
            if (lead := _ORG_LEAD.search(doc.text, max(0, start - 80), start)) is not None:
                cit.hints.append(f"{ORG_LEAD}{lead.group(1)}, {name}")
        out.append((start, cit, True))
    return out


# "European Commission, Joint Research Centre (2020)": the name before the comma is the unit's body.
_ORG_LEAD = lazy(r"(?<![\w.])((?:[A-Z][\w.’'-]*\s+(?:(?:of|the|for|and|on|de|du|des|la)\s+)*){0,5}[A-Z][\w.’'-]*)"
                 r"(?:,\s*|(?<=[a-z])\.\s+)$")  # ("Brasil. Ministério Público do Estado da Bahia (2015)": ABNT's lead)


# "Rear Window (1954) by Hitchcock": the author after the year, the words before a title's (reported if plausible).
_BY_AFTER_NAME = lazy(r"\s*(?:by|de|di|da|do|du|von|par)\s+"
                      r"((?:[" + CAPS + r"][\w'’-]+\s+){0,2}[" + CAPS + r"][\w'’-]+)")
_BY_AFTER = lazy(r"\s*(?:by|de|di|da|do|du|von|par)\s+[" + CAPS + r"]")


def _introduced(text: str, acronym: str, before: int) -> bool:
    """Did the text spell out this acronym earlier: "... Statistics (ONS)", "... [WHO]"?"""
    return text.find(f"({acronym})", 0, before) >= 0 or text.find(f"[{acronym}]", 0, before) >= 0


def _locator(doc: Document, span: Span, locator: str | None, year: str | None,
             lo: int) -> tuple[int, Citation, bool]:
    line, col = doc.position(span.start)
    cit = Citation(id="", line=line, column=col, text=doc.text[span.start:span.end], kind="locator",
                   year=year, locator=locator, hints=[TENTATIVE])
    cit.hints.extend(context_keys(doc.text, span.start, lo))
    return span.start, cit, True


def _named_before(text: str, pos: int) -> tuple[str, bool, str] | None:
    """"Chen et al. [16]": the author a numeric citation names, to check against entry 16."""
    found = nv.lookback_name(text, pos, max(0, pos - 160))
    if found is None:
        return None
    name, at, et_al = found
    between = text[at:pos]
    if not nv.person_like(name) or len(name.split()) > 4 or "\n\n" in between:
        return None
    return name, et_al, " ".join(between.split())


def _is_definition(text: str, pos: int, content: str) -> bool:
    """"Trafficking Victims Assistance Center (TVAC)": the acronym spells the words before it."""
    acro = "".join(ch for ch in content.split()[0] if ch.isupper())
    if len(acro) < 2:
        return False
    before = text[max(0, pos - 200):pos]
    initials = [w[0].upper() for w in re.findall(r"[A-Za-z][\w'’]*", before)[-16:]]
    j = 0
    for ch in initials:
        if j < len(acro) and ch == acro[j]:
            j += 1
    return j == len(acro)
