"""A thesis's running head inside its reference list, "CHAPTER 2. RELATED WORK" after a page number, is page furniture:
it neither ends the list nor makes the entries after it body text."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_a_chapter_running_head_named_related_work_does_not_end_the_list() -> None:
    text = ("CHAPTER 2. RELATED WORK\n\nTwo-stage detectors [2] built on residual backbones [1].\n\nREFERENCES\n\n"
            "[1] K. He, X. Zhang, S. Ren, and J. Sun, \"Deep residual learning for image recognition,\" in Proc. IEEE "
            "Conf. Comput. Vis. Pattern Recognit. (CVPR), 2016, pp. 770–778.\n\n"
            "                                                                          42\n\n"
            "CHAPTER 2. RELATED WORK\n\n"
            "[2] S. Ren, K. He, R. Girshick, and J. Sun, \"Faster R-CNN: Towards real-time object detection with "
            "region proposal networks,\" IEEE Trans. Pattern Anal. Mach. Intell., vol. 39, no. 6, pp. 1137–1149, "
            "2017.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert len(report.references) == 2 and report.findings == []


def test_a_publishers_link_buttons_under_an_entry_are_no_entry() -> None:
    # pasted from ScienceDirect: "View PDF View article View in Scopus Google Scholar" under each entry
    text = ("Payments spread quickly (Pagiola et al., 2005; Wunder, 2005).\n\nReferences\n\n"
            "Pagiola, S., Arcenas, A., Platais, G., 2005. Can payments for environmental services help reduce "
            "poverty? World Dev. 33, 237–253.\nView PDF View article View in Scopus Google Scholar\n"
            "Wunder, S., 2005. Payments for environmental services: some nuts and bolts. CIFOR Occasional Paper No. "
            "42. CIFOR, Bogor.\nGoogle Scholar\n")
    report = check_document(Document(path="p.txt", text=text))
    assert len(report.references) == 2 and report.findings == []
