"""The BMJ sets a thin space between raised citation numbers; pasted as text it is a plain space:
"children.1 2 Hospital extractions ...", "(n=6 million).9 10"."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_raised_numbers_separated_by_a_space_after_a_sentence_are_one_group() -> None:
    text = ("Sugar is the main cause of dental caries in children.1 2 Extractions cost the NHS £40m a year.3 We "
            "examined admissions among children aged 0-18 years.3 4\n\nReferences\n"
            "1 Moynihan PJ, Kelly SA. Effect on caries of restricting sugars intake: systematic review to inform WHO "
            "guidelines. J Dent Res 2014;93:8-18.\n"
            "2 Sheiham A, James WP. Diet and dental caries: the pivotal role of free sugars reemphasized. J Dent Res "
            "2015;94:1341-7.\n"
            "3 Rogers NT, Conway DI, Mytton O, et al. Estimated impact of the UK soft drinks industry levy on "
            "childhood hospital admissions for carious tooth extractions. Nutr J 2023;22:40.\n"
            "4 Briggs ADM, Mytton OT, Kehlbacher A, et al. Health impact assessment of the UK soft drinks industry "
            "levy. Lancet Diabetes Endocrinol 2017;5:e2.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [k for c in report.citations for k in c.keys] == ["1", "2", "3", "3", "4"] and report.findings == []
