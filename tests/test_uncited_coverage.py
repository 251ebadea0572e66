"""Most of a list "never cited" is a sign the citations were not read, not that the author listed works they
never used: refcheck then reports no entry as uncited (precision first), and reports a few uncited entries as
usual."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document

_ENTRIES = [
    ("Bandura", "1977", "Bandura, A. (1977). Self-efficacy: Toward a unifying theory of behavioral change. "
     "Psychological Review, 84(2), 191–215."),
    ("Deci", "2000", "Deci, E. L., & Ryan, R. M. (2000). The “what” and “why” of goal pursuits: Human needs and "
     "the self-determination of behavior. Psychological Inquiry, 11(4), 227–268."),
    ("Dweck", "2006", "Dweck, C. S. (2006). Mindset: The new psychology of success. Random House."),
    ("Eccles", "2002", "Eccles, J. S., & Wigfield, A. (2002). Motivational beliefs, values, and goals. Annual "
     "Review of Psychology, 53, 109–132."),
    ("Pintrich", "2003", "Pintrich, P. R. (2003). A motivational science perspective on the role of student "
     "motivation in learning and teaching contexts. Journal of Educational Psychology, 95(4), 667–686."),
    ("Schunk", "1991", "Schunk, D. H. (1991). Self-efficacy and academic motivation. Educational Psychologist, "
     "26(3–4), 207–231."),
    ("Weiner", "1985", "Weiner, B. (1985). An attributional theory of achievement motivation and emotion. "
     "Psychological Review, 92(4), 548–573."),
    ("Zimmerman", "2000", "Zimmerman, B. J. (2000). Self-efficacy: An essential motive to learn. Contemporary "
     "Educational Psychology, 25(1), 82–91."),
    ("Hattie", "2007", "Hattie, J., & Timperley, H. (2007). The power of feedback. Review of Educational Research, "
     "77(1), 81–112."),
    ("Marsh", "1990", "Marsh, H. W. (1990). The structure of academic self-concept: The Marsh/Shavelson model. "
     "Journal of Educational Psychology, 82(4), 623–636."),
]


def _paper(cited: int) -> str:
    sentences = [f"Motivation in class was studied before ({name}, {year})."
                 for name, year, _ in _ENTRIES[:cited]]
    return " ".join(sentences) + "\n\nReferences\n\n" + "\n".join(raw for _, _, raw in _ENTRIES) + "\n"


def _uncited(text: str) -> int:
    return sum(f.code == "uncited" for f in check_document(Document(path="p.txt", text=text)).findings)


def test_half_a_list_never_cited_is_withheld_as_citations_not_read() -> None:
    assert _uncited(_paper(5)) == 0


def test_three_uncited_entries_of_ten_are_each_reported() -> None:
    assert _uncited(_paper(7)) == 3


def test_four_uncited_entries_of_ten_are_each_reported() -> None:
    assert _uncited(_paper(6)) == 4
