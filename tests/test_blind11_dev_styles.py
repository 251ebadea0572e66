"""Habits of the journals on blind set 11's dev half (fixtures/papers_blind11, articles in their publishers'
forms written by a helper who never read refcheck's code): Angewandte Chemie's lettered references."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document

ANGEWANDTE = """Iron-catalysed decarboxylation

Photoredox catalysis has changed how radicals are made.[1] Decarboxylative couplings[2a–c] use carboxylic
acids as radical precursors,[3] and iron salts absorb light through charge transfer.[1b,3]

References

[1] a) C. K. Prier, D. A. Rankic, D. W. C. MacMillan, Chem. Rev. 2013, 113, 5322–5363; b) N. A. Romero,
D. A. Nicewicz, Chem. Rev. 2016, 116, 10075–10166.
[2] a) Z. Zuo, D. W. C. MacMillan, J. Am. Chem. Soc. 2014, 136, 5257–5260; b) Z. Zuo, D. T. Ahneman, L. Chu,
J. A. Terrett, A. G. Doyle, D. W. C. MacMillan, Science 2014, 345, 437–440; c) L. Chu, C. Ohta, Z. Zuo,
D. W. C. MacMillan, J. Am. Chem. Soc. 2014, 136, 10886–10889.
[3] Y. Abderrazak, A. Bhattacharyya, O. Reiser, Angew. Chem. Int. Ed. 2021, 60, 21100–21115.
"""


def test_a_lettered_part_of_a_grouped_reference_cites_its_number() -> None:
    report = check_document(Document(path="p.txt", text=ANGEWANDTE))
    assert [k for c in report.citations for k in c.keys] == ["1", "2", "3", "1", "3"] and report.findings == []
