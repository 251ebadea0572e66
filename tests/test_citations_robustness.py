"""refcheck never crashes and stays fast on arbitrary text, and scales linearly."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from refcheck.citations import check_citations, extract_citations
from refcheck.document import Document
from refcheck.model import Fields, Name, Reference

STYLES = ["apa", "mla", "chicago", "harvard", "ieee", "unknown"]
REFS = [Reference(id="r1", line=1, column=1, raw="Smith, J. (2010). A title.",
                  fields=Fields(authors=[Name("Smith", "J.")], year="2010", title="A title"))]


def run_all(text: str, style: str) -> float:
    """CPU seconds (not wall-clock: a loaded shared machine must not fail the test) to read and check TEXT."""
    t0 = time.process_time()
    doc = Document(path="x", text=text)
    cits = extract_citations(doc, [(0, len(text))], style)
    check_citations(cits, REFS, True)
    cits = extract_citations(doc, [(0, len(text))], style)
    check_citations(cits, [], False)
    return time.process_time() - t0


ADVERSARIAL = [
    "(" * 10_000,
    ")" * 10_000 + "(" * 10_000,
    "a" * 100_000,
    "(Smith, " * 5_000,
    "[" * 5_000 + "1" + "]" * 5_000,
    "(" * 500 + "Smith, 2010" + ")" * 500,
    "\x00\x01\x02(\x1b[31mSmith\x07, 2010)\r\n" * 2_000,
    "Smith " * 20_000 + "(2010)",
    "(" + "Smith and " * 10_000 + "Jones, 2010)",
    "“" * 10_000 + "(“" * 5_000,
    ("(p. " + "1-" * 30 + ")") * 1_000,
    "According to " + "Smith " * 30_000 + "(p.4).",
    "\n\n".join(["(Smith, 2010"] * 5_000),
]


@pytest.mark.slow
def test_adversarial_inputs_finish_quickly_without_exceptions() -> None:
    for text in ADVERSARIAL:
        for style in ("apa", "mla", "unknown"):
            assert run_all(text, style) < 5.0, text[:40]


citation_bits = st.sampled_from([
    "(", ")", "[", "]", "(Smith, 2010)", "Smith (2010)", "(p. 4)", "[1]", "[2]–[5]", " et al.", "“", "”",
    "; ", ", ", "2019a", "n.d.", "(Lee)", "(IOM, 2009)", "\n\n", " and ", "&", "St.", "U.S.", "\x00", "\t",
])


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=40), citation_bits), max_size=200), st.sampled_from(STYLES))
def test_random_text_never_raises(pieces: list[str], style: str) -> None:
    text = "".join(pieces)
    assert run_all(text, style) < 5.0


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3_000), st.sampled_from(STYLES))
def test_arbitrary_unicode_never_raises(text: str, style: str) -> None:
    run_all(text, style)


def _big_paper(n_refs: int, n_cites: int) -> tuple[Document, list[Reference]]:
    rng = random.Random(7)
    syll = ["ka", "lo", "mi", "ne", "ra", "su", "to", "vi", "da", "ber", "son", "ham", "wick", "ley"]
    names = sorted({"".join(rng.choice(syll) for _ in range(3)).capitalize() for _ in range(n_refs * 2)})[:n_refs]
    refs = [Reference(id=f"r{i + 1}", line=i + 1, column=1, raw=f"{n}, A. ({1950 + i % 70}). Title {i}.",
                      fields=Fields(authors=[Name(n, "A.")], year=str(1950 + i % 70), title=f"Title number {i}"))
            for i, n in enumerate(names)]
    parts = []
    for k in range(n_cites):
        r = refs[rng.randrange(len(refs))]
        name = r.fields.authors[0].family or ""
        if k % 50 == 0:
            name = name[:-1] + "q"  # a planted misspelling
        parts.append(f"Sentence {k} says something (see {name}, {r.fields.year}, p. {k % 300}).")
        if k % 20 == 0:
            parts.append("\n\n")
    return Document(path="big", text=" ".join(parts)), refs


@pytest.mark.slow
def test_ten_thousand_entries_and_fifty_thousand_citations_run_in_linear_time() -> None:
    """Four times the paper takes about four times as long (under 8x: quadratic work would take 16x).
    A ratio, not a wall-clock budget, so a loaded machine does not fail it."""
    def run(entries: int, citations: int) -> tuple[float, list, list]:
        doc, refs = _big_paper(entries, citations)
        t0 = time.process_time()
        cits = extract_citations(doc, [(0, len(doc.text))], "apa")
        findings = check_citations(cits, refs, True).findings
        return time.process_time() - t0, cits, findings

    small, _, _ = run(2_500, 12_500)
    big, cits, findings = run(10_000, 50_000)
    assert len(cits) == 50_000
    assert sum(f.code in ("name-mismatch", "no-entry") for f in findings) >= 1_000
    assert big < 8 * small, (small, big)
