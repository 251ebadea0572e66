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


def test_jstors_download_stamp_and_the_journals_running_head_inside_the_list_are_no_entries() -> None:
    text = ("Neighborhoods matter (Ludwig et al. 2012; Massey and Denton 1993).\n\nREFERENCES\n\n"
            "Ludwig, Jens, Greg J. Duncan, Lisa A. Gennetian, Lawrence F. Katz, Ronald C.\n"
            "      Kessler, Jeffrey R. Kling, and Lisa Sanbonmatsu. 2012. \"Neighborhood\n"
            "      Effects on the Long-Term Well-Being of Low-Income Adults.\" Science 337\n"
            "      (6101): 1505–10.\n\n"
            "                                                                       1211\n\n"
            "This content downloaded from 129.105.215.146 on Tue, 05 Mar 2024 14:22:09 UTC\n"
            "All use subject to https://about.jstor.org/terms\n\n"
            "American Journal of Sociology\n\n"
            "Massey, Douglas S., and Nancy A. Denton. 1993. American Apartheid: Segregation\n"
            "      and the Making of the Underclass. Cambridge, MA: Harvard University Press.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [r.raw[:6] for r in report.references] == ["Ludwig", "Massey"]
    assert report.findings == []


def test_wileys_how_to_cite_this_article_after_the_list_ends_it() -> None:
    text = ("Buffers help (Walsh et al., 2005).\n\nREFERENCES\n\n"
            "Walsh, C. J., Roy, A. H., Feminella, J. W., Cottingham,\n"
            "   P. D., Groffman, P. M., & Morgan, R. P. (2005). The\n"
            "   urban stream syndrome: Current knowledge and the\n"
            "   search for a cure. Journal of the North American\n"
            "   Benthological Society, 24(3), 706–723.\n\n"
            "Downloaded from https://onlinelibrary.wiley.com/ by Universitetet i Oslo, Wiley Online Library on "
            "[12/03/2024]. See the Terms and Conditions (https://onlinelibrary.wiley.com/terms-and-conditions)\n\n"
            "How to cite this article: Haugland, I. S., Brandt, M., & Lie, J. E. (2023). Forested\n"
            "riparian buffers offset the effects of catchment agriculture on stream macroinvertebrates\n"
            "only at small spatial scales. Freshwater Biology, 68, 412–425.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [r.raw[:6] for r in report.references] == ["Walsh,"]
    assert report.findings == []
