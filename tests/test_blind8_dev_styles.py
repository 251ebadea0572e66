"""Habits of the styles on blind set 8's dev half (fixtures/papers_blind8, written by a helper who never read
refcheck's code): lists grouped under headings of their own (a Chicago thesis, a Vietnamese paper)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document

VIETNAMESE = """Làng xã Bắc Bộ

Đào Duy Anh (1938), Phan Ngọc (1998) và Trần Từ (1984) đều nhấn mạnh vai trò của làng (Scott, 1976; Kleinen,
1999; Popkin, 1979).

TÀI LIỆU THAM KHẢO

Tài liệu tiếng Việt
Đào Duy Anh. (1938). Việt Nam văn hóa sử cương. Huế: Quan hải tùng thư.
Phan Ngọc. (1998). Bản sắc văn hóa Việt Nam. Hà Nội: NXB Văn hóa – Thông tin.
Trần Từ. (1984). Cơ cấu tổ chức của làng Việt cổ truyền ở Bắc Bộ. Hà Nội: NXB Khoa học Xã hội.

Tài liệu tiếng Anh
Kleinen, J. (1999). Facing the future, reviving the past: A study of social change in a northern
    Vietnamese village. Singapore: Institute of Southeast Asian Studies.
Popkin, S. L. (1979). The rational peasant: The political economy of rural society in Vietnam.
    Berkeley: University of California Press.
Scott, J. C. (1976). The moral economy of the peasant: Rebellion and subsistence in Southeast Asia.
    New Haven: Yale University Press.
"""


def test_a_group_heading_inside_the_list_is_not_an_entry() -> None:
    report = check_document(Document(path="p.txt", text=VIETNAMESE))
    assert len(report.references) == 6 and report.findings == []
    assert not any("Tài liệu" in (r.raw or "") for r in report.references)


def test_primary_and_secondary_sources_head_groups_of_a_bibliography() -> None:
    text = ("A famine\n\nSee the Commission (Indian Famine Commission 1880) and Arnold (1988).\n\nBibliography\n\n"
            "Primary Sources\n\nIndian Famine Commission. 1880. Report of the Indian Famine Commission. London: "
            "HMSO.\n\nSecondary Sources\n\nArnold, David. 1988. Famine: Social Crisis and Historical Change. Oxford: "
            "Basil Blackwell.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert len(report.references) == 2 and report.findings == []


def test_a_page_locator_in_another_language_follows_the_year_of_a_narrative_citation() -> None:
    # Vietnamese "tr." (trang): "Nguyễn Từ Chi (1996, tr. 187–190) phát triển thêm"
    text = ("Cách phân tích này được Nguyễn Từ Chi (1996, tr. 187–190) phát triển thêm.\n\nTài liệu tham khảo\n\n"
            "Nguyễn Từ Chi. (1996). Góp phần nghiên cứu văn hoá và tộc người. Hà Nội: NXB Văn hoá – Thông tin.\n\n"
            "Scott, J. C. (1976). The moral economy of the peasant. New Haven: Yale University Press.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [c.text for c in report.citations] == ["Nguyễn Từ Chi (1996, tr. 187–190)"]


OSCOLA = """The duty of care after Robinson

The neighbour principle¹ was restated as a three-stage test² and then confined.³ Academic critics⁴ and
rights theorists⁵ have long doubted a general test; Parliament has since intervened.⁶ Economic loss,⁷
analytical accounts,⁸ the incremental method,⁹ compensation¹⁰ and the textbooks¹¹ all bear on it.

_______________
¹ Donoghue v Stevenson [1932] AC 562 (HL) 580 (Lord Atkin).
² Caparo Industries plc v Dickman [1990] 2 AC 605 (HL) 617–18.
³ Robinson v Chief Constable of West Yorkshire Police [2018] UKSC 4, [2018] AC 736.
⁴ Donal Nolan, 'Deconstructing the Duty of Care' (2013) 129 LQR 559, 560–61.
⁵ Robert Stevens, Torts and Rights (OUP 2007) 20–21.
⁶ Compensation Act 2006, s 1; Social Action, Responsibility and Heroism Act 2015, ss 2–4.
⁷ Jane Stapleton, 'Duty of Care and Economic Loss: A Wider Agenda' (1991) 107 LQR 249, 251.
⁸ Christian Witting, 'Duty of Care: An Analytical Approach' (2005) 25 OJLS 33, 35.
⁹ James Plunkett, The Duty of Care in Negligence (Hart Publishing 2018) 47.
¹⁰ Peter Cane and James Goudkamp, Atiyah's Accidents, Compensation and the Law (9th edn, CUP 2018) ch 3.
¹¹ Simon Deakin and Zoe Adams, Markesinis and Deakin's Tort Law (8th edn, OUP 2019) 98.

Bibliography

Cane P and Goudkamp J, Atiyah's Accidents, Compensation and the Law (9th edn, CUP 2018)
Deakin S and Adams Z, Markesinis and Deakin's Tort Law (8th edn, OUP 2019)
Nolan D, 'Deconstructing the Duty of Care' (2013) 129 LQR 559
Plunkett J, The Duty of Care in Negligence (Hart Publishing 2018)
Stapleton J, 'Duty of Care and Economic Loss: A Wider Agenda' (1991) 107 LQR 249
Stevens R, Torts and Rights (OUP 2007)
Witting C, 'Duty of Care: An Analytical Approach' (2005) 25 OJLS 33
"""


def test_footnotes_led_by_raised_numbers_are_notes_and_their_cases_and_statutes_need_no_entry() -> None:
    report = check_document(Document(path="p.txt", text=OSCOLA))
    assert report.style == "chicago-notes" and report.findings == []
