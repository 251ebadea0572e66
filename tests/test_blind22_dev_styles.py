"""Habits of the papers on blind set 22's dev half (fixtures/papers_blind22, grey literature and unusual genres,
written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_a_supplementary_appendix_numbered_s1_ends_the_list() -> None:
    # a bioRxiv preprint: "Appendix S1. Supplementary methods" after the references
    text = ("Arrival advanced (Both & Visser, 2001); details are in Appendix S1.\n\nReferences\n\n"
            "Both, C., & Visser, M. E. (2001). Adjustment to climate change is constrained by arrival date in a "
            "long-distance migrant bird. Nature, 411(6835), 296–298.\n\n"
            "Appendix S1. Supplementary methods\n\n"
            "S1.1 Arrival dates. We fitted generalized additive models to complete checklists (Wood, 2017).\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [r.raw[:5] for r in report.references] == ["Both,"]


_MEMO = (
    "MEMORANDUM\n\nI. DISCUSSION\n\n"
    "Copying that enables a new, non-expressive use can be fair. Authors Guild v. Google, Inc., 804 F.3d 202, 216–17 "
    "(2d Cir. 2015); see also Campbell v. Acuff-Rose Music, Inc., 510 U.S. 569, 579 (1994). The statute lists four "
    "factors. 17 U.S.C. § 107 (2018). Copying entire works can be reasonable. Authors Guild, 804 F.3d at 221. A "
    "market substitute is not. Harper & Row, Publishers, Inc. v. Nation Enters., 471 U.S. 539, 568 (1985). Nor is "
    "verbatim output. Thomson Reuters Enter. Ctr. GmbH v. Ross Intel. Inc., 694 F. Supp. 3d 467, 480 (D. Del. 2023). "
    "Scholars agree. Pierre N. Leval, Toward a Fair Use Standard, 103 Harv. L. Rev. 1105, 1111 (1990).\n\n"
    "APPENDIX: AUTHORITIES CITED\n\n"
    "Cases                                                                                   Page(s)\n"
    "Authors Guild v. Google, Inc., 804 F.3d 202 (2d Cir. 2015) ..................................... 1, 2\n"
    "Campbell v. Acuff-Rose Music, Inc., 510 U.S. 569 (1994) ......................................... 1\n"
    "Harper & Row, Publishers, Inc. v. Nation Enters., 471 U.S. 539 (1985) ......................... 1\n"
    "Sony Corp. of Am. v. Universal City Studios, Inc., 464 U.S. 417 (1984) ....................... 2\n\n"
    "Statutes\n"
    "17 U.S.C. § 107 (2018) ................................................................................. 1\n\n"
    "Secondary Sources\n"
    "Pierre N. Leval, Toward a Fair Use Standard, 103 Harv. L. Rev. 1105 (1990) .................. 1\n")


def test_a_memorandums_citations_are_matched_to_its_table_of_authorities_by_volume_reporter_and_page() -> None:
    report = check_document(Document(path="p.txt", text=_MEMO))
    assert report.style == "legal"
    assert [c.text for c in report.citations] == ["804 F.3d 202", "510 U.S. 569", "17 U.S.C. § 107",
                                                  "804 F.3d at 221", "471 U.S. 539", "694 F. Supp. 3d 467",
                                                  "103 Harv. L. Rev. 1105"]
    # Thomson Reuters is cited but not listed; Sony is listed but never cited
    assert [(f.code, f.line) for f in report.findings] == [("no-entry", 5), ("uncited", 13)]
