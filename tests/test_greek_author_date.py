"""Greek APA: the semicolon between sources is printed as a raised dot ("·", ano teleia), since ";" is Greek's
question mark, and "κ.ά." is "et al."."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_a_raised_dot_separates_sources_and_ka_is_et_al() -> None:
    text = ("Η διεύρυνση της πρόσβασης δεν μείωσε τις ανισότητες (Raftery & Hout, 1993· Shavit κ.ά., 2007).\n\n"
            "Βιβλιογραφία\n\n"
            "Raftery, A. E., & Hout, M. (1993). Maximally maintained inequality: Expansion, reform, and opportunity in "
            "Irish education, 1921–75. Sociology of Education, 66(1), 41–62.\n"
            "Shavit, Y., Arum, R., & Gamoran, A. (Επιμ.). (2007). Stratification in higher education: A comparative "
            "study. Stanford University Press.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [c.authors for c in report.citations] == [["Raftery", "Hout"], ["Shavit"]] and report.findings == []
