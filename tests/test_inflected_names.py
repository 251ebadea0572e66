"""Names a running text declines: Czech "Podle Bernta (2016, s. 444)" for "BERNT, Matthias, 2016", Danish
"Brymans (2016)" for "Bryman, A. (2016)". The sentence's opening preposition ("Podle", "Według", "Selon") is no name."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_a_name_with_a_case_ending_in_running_text_cites_its_entry() -> None:
    text = ("Podle Bernta (2016, s. 444) je klíčová role státu; Brymans (2016) håndbog beskriver metoden.\n\n"
            "Literatura\n\n"
            "BERNT, Matthias, 2016. How post-socialist is gentrification? Eurasian Geography and Economics. "
            "Roč. 57(4–5), s. 565–587.\n"
            "BRYMAN, Alan, 2016. Social Research Methods. 5th ed. Oxford: Oxford University Press.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.findings == []


def test_a_doubled_last_letter_is_a_slip_not_a_case_ending() -> None:
    text = ("As Rossaa (2016) argues, the state matters.\n\nReferences\n\n"
            "Rossa, Maria. 2016. The State and the City. Oxford: Oxford University Press.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [f.code for f in report.findings] == ["name-mismatch"]


def test_a_lithuanian_ending_on_a_foreign_name_cites_its_entry() -> None:
    text = ("Pasitikėjimą tyrė Putnamas (1993), o Sztompka (1999) jį apibrėžė kitaip.\n\nLiteratūra\n\n"
            "Putnam, R. D. (1993). Making Democracy Work. Princeton: Princeton University Press.\n"
            "Sztompka, P. (1999). Trust: A Sociological Theory. Cambridge: Cambridge University Press.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.findings == []
