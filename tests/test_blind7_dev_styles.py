"""Habits of the styles on blind set 7's dev half (fixtures/papers_blind7, written by a helper who never read
refcheck's code): The Lancet's superscripts pasted as text over a hanging list, German Harvard's "vgl."."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document

LANCET = """Comment

Raised blood pressure is the leading modifiable risk factor for death worldwide, responsible for an
estimated 10·8 million deaths a year.2 Almost half of them were unaware of their condition.1 Every
10 mm Hg reduction lowers the risk of major cardiovascular events by about a fifth,3 at low cost.

References

1  NCD Risk Factor Collaboration (NCD-RisC). Worldwide trends in hypertension prevalence and progress in
   treatment and control from 1990 to 2019. Lancet 2021; 398: 957–80.
2  GBD 2019 Risk Factors Collaborators. Global burden of 87 risk factors in 204 countries and territories.
   Lancet 2020; 396: 1223–49.
3  Ettehad D, Emdin CA, Kiran A, et al. Blood pressure lowering for prevention of cardiovascular disease
   and death. Lancet 2016; 387: 957–67.
"""


def test_numbers_opening_the_lines_of_a_hanging_list_label_its_entries() -> None:
    report = check_document(Document(path="p.txt", text=LANCET))
    assert [r.label for r in report.references] == ["1", "2", "3"]


def test_superscripts_pasted_as_digits_cite_a_hanging_numbered_list() -> None:
    report = check_document(Document(path="p.txt", text=LANCET))
    assert report.findings == [] and len(report.citations) == 3


def test_a_german_compare_signal_opens_a_citation() -> None:
    text = ("Die Effekte sind klein (vgl. Ahlfeldt/Roth/Seidel 2018; vgl. auch Card/Krueger 1994: 792).\n\n"
            "Literatur\n\nAhlfeldt, G. M./Roth, D./Seidel, T. (2018): The regional effects of Germany's national "
            "minimum wage. In: Economics Letters, 172, S. 127–130.\n\nCard, D./Krueger, A. B. (1994): Minimum wages "
            "and employment. In: American Economic Review, 84 (4), S. 772–793.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.findings == [] and len(report.citations) == 2
