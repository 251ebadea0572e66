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


def test_numbers_in_parentheses_that_outnumber_brackets_are_the_papers_citations() -> None:
    # a student's Vancouver: "patients.(1)" throughout, "[3]" typed now and then
    text = ("Infections spread on the hands of staff.(1) Compliance remains poor.(2) Audits are rare.(3) Feedback "
            "helps.(4) Alcohol rub is quicker [3] and kinder to skin.(1,2) Workload matters.(2) Role models matter."
            "(4) Glove use lowers it [2].(1) Education alone fails.(4) Multimodal strategies work [4].(3)"
            "\n\nReferences\n\n"
            "1. Pittet D, Allegranzi B, Sax H, et al. Evidence-based model for hand transmission during patient care "
            "and the role of improved practices. Lancet Infect Dis. 2006;6(10):641-52.\n"
            "2. Erasmus V, Daha TJ, Brug H, et al. Systematic review of studies on compliance with hand hygiene "
            "guidelines in hospital care. Infect Control Hosp Epidemiol. 2010;31(3):283-94.\n"
            "3. Allegranzi B, Pittet D. Role of hand hygiene in healthcare-associated infection prevention. J Hosp "
            "Infect. 2009;73(4):305-15.\n"
            "4. Gould DJ, Moralejo D, Drey N, et al. Interventions to improve hand hygiene compliance in patient care. "
            "Cochrane Database Syst Rev. 2017;9:CD005186.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert len(report.citations) == 14 and report.findings == []


def test_a_name_running_in_the_text_before_its_own_parenthetical_is_one_citation() -> None:
    # MLA 8: "Lionel Trilling argued that ... lack (Trilling 58)." with Trilling missing from Works Cited
    text = ("Irony is Austen's method (Tanner 105). Butler reads it politically (Butler 250), and Johnson sees "
            "it as a survival strategy (Johnson xxi). Wayne Booth described the novel's problem (Booth 245).\n\n"
            "Lionel Trilling argued that Emma's self-love is what makes her lovable, since it gives her the energy "
            "that the other characters lack (Trilling 58).\n\nWorks Cited\n\n"
            "Tanner, Tony. Jane Austen. Harvard UP, 1986.\n"
            "Butler, Marilyn. Jane Austen and the War of Ideas. Clarendon Press, 1975.\n"
            "Johnson, Claudia L. Jane Austen: Women, Politics, and the Novel. U of Chicago P, 1988.\n"
            "Booth, Wayne C. The Rhetoric of Fiction. U of Chicago P, 1961.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [(f.code, f.line) for f in report.findings] == [("no-entry", 3)]


def test_a_list_a_word_processor_numbered_under_author_date_citations_is_author_date() -> None:
    # APA 7 with a numbered list: "3.  Garrison, D. R., Anderson, T., & Archer, W. (2000)."
    text = ("Autonomy matters (Deci & Ryan, 2000; Ryan & Deci, 2017). Presence is social too (Garrison et al., "
            "2000). Garrison et al. (2001) proposed that meaningful online learning requires three presences.\n\n"
            "References\n\n"
            "1.  Deci, E. L., & Ryan, R. M. (2000). The \"what\" and \"why\" of goal pursuits. Psychological "
            "Inquiry, 11(4), 227–268.\n"
            "2.  Garrison, D. R., Anderson, T., & Archer, W. (2000). Critical inquiry in a text-based environment. "
            "The Internet and Higher Education, 2(2–3), 87–105.\n"
            "3.  Ryan, R. M., & Deci, E. L. (2017). Self-determination theory. Guilford Press.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.style == "apa" and [f.code for f in report.findings] == ["year-mismatch"]
