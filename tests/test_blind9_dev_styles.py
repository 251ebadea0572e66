"""Habits of the styles on blind set 9's dev half (fixtures/papers_blind9, written by a helper who never read
refcheck's code): Ukrainian DSTU 8302's list heading and page locators."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document

DSTU = """Децентралізація

Теорію бюджетного федералізму заклав Тібу [1], а Оутс уточнив її [2, с. 35]. Закон [3, ст. 64] визначає
повноваження громад.

Список використаних джерел

1. Tiebout C. M. A Pure Theory of Local Expenditures. Journal of Political Economy. 1956. Vol. 64, No. 5.
P. 416–424.
2. Oates W. E. Fiscal Federalism. New York : Harcourt Brace Jovanovich, 1972. 256 p.
3. Бюджетний кодекс України : Закон України від 08.07.2010 № 2456-VI. Відомості Верховної Ради України.
2010. № 50–51. Ст. 572.
"""


def test_a_ukrainian_list_of_sources_used_is_the_reference_list() -> None:
    report = check_document(Document(path="p.txt", text=DSTU))
    assert len(report.references) == 3


def test_a_bracket_number_with_a_cyrillic_page_cites_its_entry() -> None:
    report = check_document(Document(path="p.txt", text=DSTU.replace("Список використаних джерел", "References")))
    assert len(report.citations) == 3 and report.findings == []
