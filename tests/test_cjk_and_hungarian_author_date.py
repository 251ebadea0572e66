"""Chinese author-date (GB/T 7714) entries one a line, opening with people's names in Chinese characters, and
Hungarian citations joining two people with a dash ("Szamuely–Csaba 1998")."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_chinese_author_date_entries_one_a_line_are_split() -> None:
    text = ("农民工的城市融入问题受到广泛关注（李培林，1996；王春光，2001）。"
            "陆学艺（2002）认为，户籍制度是主要障碍。\n\n"
            "参考文献\n\n"
            "李培林. 1996. 流动民工的社会网络和社会地位[J]. 社会学研究，（4）：42-52.\n"
            "陆学艺. 2002. 当代中国社会阶层研究报告[M]. 北京：社会科学文献出版社.\n"
            "王春光. 2001. 新生代农村流动人口的社会认同与城乡融合的关系[J]. 社会学研究，（3）：63-76.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert len(report.references) == 3 and report.findings == []


def test_a_dash_between_two_capitalised_names_joins_two_people() -> None:
    text = ("A magyar tapasztalatokról lásd Szamuely–Csaba (1998) munkáját (Kornai 1980).\n\nIrodalom\n\n"
            "Kornai János (1980): Economics of Shortage. Amsterdam: North-Holland.\n"
            "Szamuely László – Csaba László (1998): Hungary: Gradual Transformation. Budapest: Akadémiai Kiadó.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.citations[0].authors == ["Szamuely", "Csaba"] and report.findings == []
