"""Papers in CSL styles of the fourteenth draw nobody on the project named (benchmarks/styles make_style_papers.py
--sweep 40 --seed sweep-14 --halves, dev half), as pandoc renders them: Université du Québec à Montréal, Acta
Philosophica, IBICT (Brazil); each test is one of their habits."""

from __future__ import annotations

from refcheck.citations.note_parts import parts as note_parts
from refcheck.document import Document
from refcheck.pipeline import check_document


def test_two_works_in_one_note_after_a_year_and_a_space_are_two_parts() -> None:
    # Université du Québec à Montréal's delimiter is a space: "..., 2012 Athanassios C. Tsikliras et ..."
    parts = note_parts("Adam Freeman, « Using the Tabs Widget », dans Pro jQuery, Apress, 2012 Athanassios C. "
                       "Tsikliras et Konstantinos Polymeros, « Fish market prices drive overfishing of the “big ones” "
                       "», PeerJ, vol. 2, 2014.")
    assert len(parts) == 2 and parts[1].startswith("Athanassios C. Tsikliras")


def test_a_long_natural_order_list_of_names_in_a_note_is_read() -> None:
    parts = note_parts("Dan Sholler, « Enforcing public data archiving policies », Big Data & Society, vol. 6, 2019 "
                       "Justin B. Richardson, Arnulfo A. Aguirre, Heather L. Buss, A. Toby O’Geen, Peter M. Groffman "
                       "et Joshua S. Schimel, « Mercury Sourcing and Sequestration in Weathering Profiles », Global "
                       "Biogeochemical Cycles, vol. 32, 2018.")
    assert len(parts) == 2 and parts[1].startswith("Justin B. Richardson")


def test_people_joined_by_dashes_in_a_note_are_each_an_author() -> None:
    # Acta Philosophica: "[1] T. MCMAHON – S. THOMAS – N. M. AMATO, Sampling-based motion planning ..."
    report = check_document(Document(path="p.txt", text=ACTA))
    assert report.findings == [] and report.style == "chicago-notes"


ACTA = """A study

As shown previously.[1] These findings agree.[2] The method follows the protocol.[3]

References

JONES, H. M., Climate Change and Increasing Risk of Extreme Heat, in SpringerBriefs in Medical Earth Sciences,
Springer International Publishing, 2018, pp. 1–13.

MCMAHON, T. – THOMAS, S. – AMATO, N. M., Sampling-based motion planning with reachable volumes for
high-degree-of-freedom manipulators, «The International Journal of Robotics Research» 37/7 (2018), pp. 779–817.

VEYSEY POWELL, J. S. – BABBITT, K. J., Despite Buffers, Experimental Forest Clearcuts Impact Amphibian Body Size
and Biomass, «PLOS ONE» 10/11 (2015), pp. e0143505.

[1] T. MCMAHON – S. THOMAS – N. M. AMATO, Sampling-based motion planning with reachable volumes for
high-degree-of-freedom manipulators, «The International Journal of Robotics Research», 37/7 (2018), pp. 779–817.

[2] J. S. VEYSEY POWELL – K. J. BABBITT, Despite Buffers, Experimental Forest Clearcuts Impact Amphibian Body Size
and Biomass, «PLOS ONE», 10/11 (2015), pp. e0143505.

[3] H. M. JONES, Climate Change and Increasing Risk of Extreme Heat, in SpringerBriefs in Medical Earth Sciences,
Springer International Publishing, 2018, pp. 1–13.
"""


def test_a_family_in_capitals_that_is_a_month_cites_its_entry() -> None:
    # ABNT: "(DALBY, 2017; MAY, 2007)", Carl May's 2007 paper, not May 2007
    text = ("Estes achados concordam (DALBY, 2017; MAY, 2007).\n\nReferências\n\nDALBY, Simon. Anthropocene "
            "formations. Geografiska Annaler, v. 99, n. 2, p. 1-10, 2017.\n\nMAY, Carl. Short reports. Health & "
            "Social Care in the Community, v. 5, n. 1, p. 55–62, 2007.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.findings == []
