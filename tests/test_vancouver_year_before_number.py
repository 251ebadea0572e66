"""Vancouver's number in parentheses right after a year: "first described in 2007 (1)." cites entry 1 (a year
counts nothing, unlike "n = 24 (3)")."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_a_number_in_parentheses_after_a_year_is_a_citation() -> None:
    text = ("Anti-NMDA receptor encephalitis was first described in 2007 (1). Half of the patients have an ovarian "
            "teratoma (2,3). Early tumour removal improves the outcome (2).\n\nReferences\n"
            "1. Dalmau J, Tüzün E, Wu HY, et al. Paraneoplastic anti-N-methyl-D-aspartate receptor encephalitis "
            "associated with ovarian teratoma. Ann Neurol. 2007;61(1):25-36.\n"
            "2. Dalmau J, Gleichman AJ, Hughes EG, et al. Anti-NMDA-receptor encephalitis: case series and analysis "
            "of the effects of antibodies. Lancet Neurol. 2008;7(12):1091-8.\n"
            "3. Titulaer MJ, McCracken L, Gabilondo I, et al. Treatment and prognostic factors for long-term outcome "
            "in patients with anti-NMDA receptor encephalitis. Lancet Neurol. 2013;12(2):157-65.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.findings == []
