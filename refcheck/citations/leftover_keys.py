"""Pandoc citation keys left in a rendered paper: "as in the original BERT recipe [@devlin2019bert]".

pandoc prints the key as it was written when its bibliography has no such entry (or when the paper was pasted
from its Markdown source after a partial render), so in a paper checked as prose a bracketed "@key" is a
citation that never became one. When no entry of the printed list has the key's name and year, its work is
missing (no-entry); when one has, the citation is only unrendered (malformed-citation): render it again.
"""

from __future__ import annotations

import re

from refcheck.document import Document
from refcheck.findings.build import finding
from refcheck.model import Citation, Finding, Reference
from refcheck.text.fold import fold

# "[@key]", "[@a; @b]", "[see @key, p. 33]", "[-@key]": pandoc's bracketed citation syntax
_BRACKETED = re.compile(r"\[(?:[^\[\]@\n]{0,30}?\s)?-?@([\w][\w:.#$%&+?<>~/-]*\w)(?:[;,][^\[\]\n]{0,120})?\]")
_KEY_PARTS = re.compile(r"([^\W\d_]+?)[-_:]?((?:1[5-9]|20)\d\d)")


def leftover_keys(doc: Document, regions: list[tuple[int, int]], refs: list[Reference],
                  first_id: int) -> tuple[list[Citation], list[Finding]]:
    """Each bracketed pandoc key in the body REGIONS of DOC as a citation (ids from ``c{first_id}`` on) and its
    finding (see the module's note); an unrendered key's citation points at the entry it names."""
    cits: list[Citation] = []
    out: list[Finding] = []
    for lo, hi in regions:
        for m in _BRACKETED.finditer(doc.text, lo, hi):
            line, column = doc.position(m.start())
            printed, key = m.group(0), m.group(1)
            listed = _listed(key, refs)
            cit = Citation(id=f"c{first_id + len(cits)}", line=line, column=column, text=printed, kind="key",
                           keys=[key], references=[listed[0].id] if listed else [])
            cits.append(cit)
            if listed is None:
                out.append(finding("no-entry", line, column, f'"{printed}" is a citation key pandoc never resolved, '
                                   "and no entry of the list has its name and year",
                                   fix="add the work to the bibliography and render the paper again",
                                   citation=cit.id))
            else:
                out.append(finding("malformed-citation", line, column, f'"{printed}" is a citation key left '
                                   f"unrendered; the list has it as {listed[1]}",
                                   fix="render the paper again with the bibliography that has the key",
                                   citation=cit.id, reference=listed[0].id))
    return cits, out


def _listed(key: str, refs: list[Reference]) -> tuple[Reference, str] | None:
    """The entry (and it as "Family (year)") whose first author and year the key names ("devlin2019bert")."""
    m = _KEY_PARTS.match(key)
    if m is None:
        return None
    family, year = fold(m.group(1)).lower(), m.group(2)
    for ref in refs:
        authors = ref.fields.authors
        name = (authors[0].family or authors[0].literal or "") if authors else ""
        if name and fold(name).lower().replace(" ", "") == family and (ref.fields.year or "")[:4] == year:
            return ref, f"{name} ({ref.fields.year})"
    return None
