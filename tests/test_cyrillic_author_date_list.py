"""A Russian author-date paper (GOST R 7.0.5 in square brackets) whose list prints family names and initials in
Cyrillic, one entry a line: the entries open with capitals as Latin ones do."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_cyrillic_family_first_entries_are_split_and_cited() -> None:
    text = ("Роль институтов подчеркивал Норт [Норт, 1997, с. 21]. Аузан [Аузан, 2013] и Полтерович [Полтерович, "
            "2007; Acemoglu, Robinson, 2012] развивают этот тезис.\n\nСписок литературы\n\n"
            "Аузан А. А. Институциональная экономика для чайников. М.: Фонд «Либеральная миссия», 2013. 160 с.\n"
            "Норт Д. Институты, институциональные изменения и функционирование экономики. М.: Начала, 1997. 180 с.\n"
            "Полтерович В. М. Элементы теории реформ. М.: Экономика, 2007. 447 с.\n"
            "Acemoglu D., Robinson J. A. Why Nations Fail: The Origins of Power, Prosperity, and Poverty. New York: "
            "Crown, 2012. 529 p.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert len(report.references) == 4 and report.findings == []
