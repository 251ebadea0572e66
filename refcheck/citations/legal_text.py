"""A US legal memorandum's or brief's citations (Bluebook), checked against its table of authorities.

Legal writing names its sources in the sentence: "Authors Guild v. Google, Inc., 804 F.3d 202, 216–17 (2d Cir.
2015)", later "Authors Guild, 804 F.3d at 217"; a statute "17 U.S.C. § 107"; an article "Pierre N. Leval, Toward a
Fair Use Standard, 103 Harv. L. Rev. 1105, 1111 (1990)". Each carries the volume, reporter (or journal) and first
page that the table of authorities prints for it, and a short form carries the volume and reporter: a citation is
that key, matched to the entry printing it. Findings only where the key is plain: a case or statute cited in full
that no entry prints is ``no-entry``; an entry with a key that no citation carries is ``uncited``.
"""

from __future__ import annotations

import re

from refcheck.citations.checks import CitationCheck, Outcomes
from refcheck.document import Document
from refcheck.findings.build import finding
from refcheck.model import Citation, Finding, Reference
from refcheck.text.patterns import is_legal

# A reporter or journal: "U.S.", "F.3d", "F. Supp. 3d", "S. Ct.", "Harv. L. Rev.", "Tex. L. Rev."
_REPORTER = r"(?:(?:[A-Z][A-Za-z’']{0,8}\.(?:\s?\d[a-z]{1,2}\b)?|[A-Z]\.[A-Z]\.|\d[a-z]{1,2}\b)\s?){1,6}"
_FULL_RE = re.compile(rf"(?<![\w§.])(?P<vol>\d{{1,4}})\s(?P<rep>{_REPORTER})\s?(?P<page>\d{{1,5}})(?=[,\s(.;)]|$)")
_SHORT_RE = re.compile(rf"(?<![\w§.])(?P<vol>\d{{1,4}})\s(?P<rep>{_REPORTER})\s?at\s(?P<pin>\d{{1,5}})")
_STATUTE_RE = re.compile(r"(?<!\d)(?P<vol>\d{1,2})\s(?P<rep>U\.\s?S\.\s?C\.|C\.\s?F\.\s?R\.)(?:\sA)?\s?§§?\s?"
                         r"(?P<page>\d+[\w.-]*)")
_CASE_BEFORE = re.compile(r"\sv\.?\s[^;\n]{1,120}?,\s?$")  # "... Ctr. GmbH v. Ross Intel. Inc., " before the volume


def _norm(rep: str) -> str:
    return re.sub(r"\s+", "", rep)


def _keys(text: str) -> set[tuple[str, ...]]:
    """(volume, reporter, first page) and (volume, reporter) of each source TEXT prints."""
    out: set[tuple[str, ...]] = set()
    for m in (*_FULL_RE.finditer(text), *_STATUTE_RE.finditer(text)):
        out |= {(m["vol"], _norm(m["rep"]), m["page"]), (m["vol"], _norm(m["rep"]))}
    return out


def is_table_of_authorities(refs: list[Reference]) -> bool:
    """A list of cases, statutes and articles each printed with its volume, reporter and page."""
    keyed = sum(1 for r in refs if _keys(r.raw))
    return len(refs) >= 3 and keyed >= 0.6 * len(refs) and sum(is_legal(r.raw) for r in refs) >= 0.3 * len(refs)


def legal_citations(doc: Document, regions: list[tuple[int, int]]) -> list[Citation]:
    """Every full, short and statute citation in the body, in document order (kind "legal")."""
    found: dict[int, tuple[int, tuple[str, ...], bool]] = {}  # start -> (end, key, full)
    for lo, hi in regions:
        for m in _SHORT_RE.finditer(doc.text, lo, hi):
            found[m.start()] = (m.end(), (m["vol"], _norm(m["rep"])), False)
        for m in (*_FULL_RE.finditer(doc.text, lo, hi), *_STATUTE_RE.finditer(doc.text, lo, hi)):
            if not any(s <= m.start() < e for s, (e, _, _) in found.items()):
                found[m.start()] = (m.end(), (m["vol"], _norm(m["rep"]), m["page"]), True)
    out = []
    for start in sorted(found):
        end, key, full = found[start]
        line, col = doc.position(start)
        case = full and ("§" in doc.text[start:end]
                         or _CASE_BEFORE.search(doc.text, max(0, start - 160), start) is not None)
        out.append(Citation(id="", line=line, column=col, text=doc.text[start:end].strip(), kind="legal",
                            keys=list(key), hints=["case"] if case else []))
    return out


def check_legal(citations: list[Citation], references: list[Reference]) -> CitationCheck:
    """Each citation linked to the entry printing its key; no-entry for a full case or statute no entry prints."""
    keys = [_keys(r.raw) for r in references]
    findings: list[Finding] = []
    kept: list[Citation] = []
    cited: set[int] = set()
    outcomes = Outcomes()
    for cit in citations:
        key = tuple(cit.keys)
        hits = [i for i, k in enumerate(keys) if key in k] or [i for i, k in enumerate(keys) if key[:2] in k]
        case = "case" in cit.hints
        cit.hints = []
        if len(hits) == 1:
            cit.references = [references[hits[0]].id]
            cited.add(hits[0])
        elif hits or not case:
            outcomes["dropped"] += 1  # a short form two entries share, or numbers that may not cite at all
            continue
        cit.id = f"c{len(kept) + 1}"
        kept.append(cit)
        if not hits:
            findings.append(finding("no-entry", cit.line, cit.column,
                                    f"\"{cit.text}\" is cited but the table of authorities does not list it; add it "
                                    "there or correct the citation", fix="add it there or correct the citation",
                                    citation=cit.id))
    for i, ref in enumerate(references):
        if i not in cited and keys[i]:
            findings.append(finding("uncited", ref.line, ref.column,
                                    f"entry \"{ref.raw[:60].rstrip(' .')}\" is never cited in the text; cite it where "
                                    "it is used or remove it", fix="cite it where it is used or remove it",
                                    reference=ref.id))
    return CitationCheck(kept, findings, outcomes)
