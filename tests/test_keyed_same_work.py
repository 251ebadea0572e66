"""A LaTeX paper's .bib: the same work under two keys is found without a DOI."""

from __future__ import annotations

from pathlib import Path

from refcheck.app import CheckOptions, check_path


def test_same_work_under_two_keys_in_a_latex_papers_bib(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(
        "@article{hattie2007, author = {Hattie, John and Timperley, Helen}, title = {The Power of Feedback},\n"
        "  journal = {Review of Educational Research}, year = 2007, volume = 77, pages = {81--112}}\n"
        "@article{hattie07, author = {Hattie, J. and Timperley, H.}, title = {The power of feedback},\n"
        "  journal = {Rev. Educ. Res.}, year = 2007, volume = 77, pages = {81--112}}\n")
    (tmp_path / "paper.tex").write_text(
        "\\documentclass{article}\\begin{document}\nFeedback \\cite{hattie2007}.\n"
        "\\bibliography{refs}\\end{document}\n")
    report = check_path(str(tmp_path / "paper.tex"), CheckOptions(use_config=False))
    found = [(f.code, f.path, f.line) for f in report.findings]
    assert ("duplicate-entry", "refs.bib", 3) in found
    assert not any(code == "uncited" for code, _, _ in found)  # its twin is cited: one finding is enough
