"""Habits of the papers on blind set 16's dev half (fixtures/papers_blind16, text pasted from PDFs of published
articles and theses, written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_a_running_head_repeating_the_lists_heading_after_a_page_break_does_not_restart_the_list() -> None:
    # a thesis pasted from its PDF: "References" right-aligned at the top of each page of the list
    text = ("Social prescribing links patients to community support (Bickerdike et al., 2017; Husk et al., 2020), "
            "as policy now expects (NHS England, 2019; Pawson and Tilley, 1997).\n\n"
            "REFERENCES\n\n"
            "Bickerdike, L., Booth, A., Wilson, P.M., Farley, K. and Wright, K. (2017) 'Social\n"
            "    prescribing: less rhetoric and more reality. A systematic review of the evidence',\n"
            "    BMJ Open, 7(4), e013384.\n"
            "Husk, K., Blockley, K., Lovell, R., Bethel, A., Lang, I., Byng, R. and Garside, R.\n"
            "    (2020) 'What approaches to social prescribing work, for whom, and in what\n"
            "    circumstances? A realist review', Health & Social Care in the Community, 28(2),\n"
            "    pp. 309–324.\n"
            "\n                                              198\n\n"
            "                                                                      References\n\n"
            "NHS England (2019) The NHS long term plan. London: NHS England.\n"
            "Pawson, R. and Tilley, N. (1997) Realistic evaluation. London: Sage.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [r.raw[:8] for r in report.references] == ["Bickerdi", "Husk, K.", "NHS Engl", "Pawson, "]
    assert report.findings == []
