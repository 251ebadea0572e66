"""Habits of the papers on blind set 15's dev half (fixtures/papers_blind15, STEM papers as their authors paste them,
written by a helper who never read refcheck's code)."""

from __future__ import annotations

from pathlib import Path

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_natbibs_square_bracket_year_after_a_name_is_a_narrative_citation() -> None:
    # an arXiv preprint exported from LaTeX with natbib's square brackets: "Brown et al. [2020] pushed the same recipe"
    path = Path(__file__).parent.parent / "fixtures" / "papers_blind15" / "arxiv_natbib_linear_attention.txt"
    report = check_document(Document(path="p.txt", text=path.read_text(encoding="utf-8")))
    assert [(f.code, f.message[:30]) for f in report.findings] == [
        ("year-mismatch", '"Katharopoulos et al., 2021": '), ("uncited", 'entry "Zaheer et al. (2020)" i')]


def test_a_bracket_number_with_a_locator_spelled_out_cites_its_entry() -> None:
    # amsplain: "[5, Theorem 1.1]", "[4, §4]", "[2, Chapter 3]", "[3, Section 2]"
    text = ("Friedman settled the conjecture [5, Theorem 1.1]. For the combinatorial side see [4, §4] and [2, Chapter "
            "3]; Cayley graphs are in [3, Section 2] and [1].\n\nReferences\n\n"
            "1. N. Alon, Eigenvalues and expanders, Combinatorica 6 (1986), no. 2, 83–96.\n"
            "2. F. R. K. Chung, Spectral graph theory, CBMS Regional Conference Series in Mathematics, vol. 92, "
            "American Mathematical Society, Providence, RI, 1997.\n"
            "3. S. Hoory, N. Linial, and A. Wigderson, Expander graphs and their applications, Bull. Amer. Math. Soc. "
            "(N.S.) 43 (2006), no. 4, 439–561.\n"
            "4. A. Lubotzky, R. Phillips, and P. Sarnak, Ramanujan graphs, Combinatorica 8 (1988), no. 3, 261–277.\n"
            "5. J. Friedman, A proof of Alon's second eigenvalue conjecture and related problems, Mem. Amer. Math. "
            "Soc. 195 (2008), no. 910.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [c.locator for c in report.citations][:4] == ["Theorem 1.1", "§4", "Chapter 3", "Section 2"]
    assert report.findings == []
