"""Habits of the papers on blind set 10's dev half (fixtures/papers_blind10, student and thesis papers written
by a helper who never read refcheck's code): a body's short form in mixed case."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_a_mixed_case_acronym_the_entry_defines_is_cited_for_the_body() -> None:
    # Harvard dissertation: "(DfE, 2019)" for "Department for Education (DfE) (2019) Teacher recruitment ..."
    text = ("Retention has been a concern for years (DfE, 2019; Ofsted, 2019).\n\nReference list\n\n"
            "Department for Education (DfE) (2019) Teacher recruitment and retention strategy. London: Department "
            "for Education.\n\n"
            "Ofsted (2019) Teacher well-being at work in schools and further education providers. Manchester: "
            "Ofsted.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.findings == []
