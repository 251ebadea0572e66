"""Reference lists pasted from a two-column PDF page: lines of 40-55 characters, a page's head
between any two lines (benchmarks/bench_noise.py --narrow)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.section.find import find_reference_section
from refcheck.section.split import split_entries


def _entries(text: str) -> list[str]:
    doc = Document(path="p.txt", text=text)
    section = find_reference_section(doc)
    assert section is not None
    return [e.text for e in split_entries(doc, section)]


# PLOS Pathogens (fixtures/papers_real2/papers/plos-ppat.1002247.txt), pasted from a two-column page
NUMBERED_ACROSS_A_PAGE = """References

10. Chiu YH, Macmillan JB, Chen ZJ (2009) RNA
polymerase III detects cytosolic DNA and
induces type I interferons through the RIG-I
pathway. Cell 138: 576–591.
11. Fernandes-Alnemri T, Yu JW, Datta P, Wu J,

RESEARCH ARTICLE    51

Alnemri ES (2009) AIM2 activates the
inﬂammasome and cell death in response to
cytoplasmic DNA. Nature 458: 509–513.
12. Hornung V, Ablasser A, Charrel-Dennis M,
Bauernfeind F, Horvath G, et al. (2009) AIM2
recognizes cytosolic dsDNA and forms a
caspase-1-activating inflammasome with ASC.
Nature 458: 514–518.
"""


def test_a_page_head_inside_an_author_list_breaks_no_entry() -> None:
    entries = _entries(NUMBERED_ACROSS_A_PAGE)
    assert len(entries) == 3
    assert entries[1].startswith("Fernandes-Alnemri T, Yu JW, Datta P, Wu J, Alnemri ES (2009) AIM2")
