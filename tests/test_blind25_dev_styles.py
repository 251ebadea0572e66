"""Habits of the papers on blind set 25's dev half (fixtures/papers_blind25, preprints converted from LaTeX, written
by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_the_given_name_ed_is_no_editors_role() -> None:
    # ACM's given names first: "Aniket Kittur, Ed H. Chi, and Bongwon Suh. 2008." (Ed Chi)
    text = ("Crowds were first used for cheap user studies [Kittur et al. 2008].\n\nREFERENCES\n\n"
            "Aniket Kittur, Ed H. Chi, and Bongwon Suh. 2008. Crowdsourcing User Studies with Mechanical Turk. In "
            "Proceedings of the SIGCHI Conference on Human Factors in Computing Systems (CHI '08). ACM, 453–456.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [a.family for a in report.references[0].fields.authors] == ["Kittur", "Chi", "Suh"]
    assert report.findings == []
