"""Habits of the papers on blind set 24's dev half (fixtures/papers_blind24, biomedical articles copied from
publisher web pages, written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_sciencedirects_author_date_list_heads_each_entry_with_its_citation_on_a_line_of_its_own() -> None:
    # copied from the page: the citation, then authors, title and source each on a line, then the link buttons
    text = ("Green space restores attention (Kaplan, 1995), and social ties protect health (Marmot, 2005; Hartig et "
            "al., 2014).\n\nReferences\n"
            "Hartig et al., 2014\nT. Hartig, R. Mitchell, S. de Vries, H. Frumkin\nNature and health\n"
            "Annu. Rev. Publ. Health, 35 (2014), pp. 207-228\nCrossrefView in ScopusGoogle Scholar\n"
            "Kaplan, 1995\nS. Kaplan\nThe restorative benefits of nature: toward an integrative framework\n"
            "J. Environ. Psychol., 15 (1995), pp. 169-182\nView PDFView articleView in ScopusGoogle Scholar\n"
            "Marmot, 2005\nM. Marmot\nSocial determinants of health inequalities\n"
            "Lancet, 365 (2005), pp. 1099-1104\nView PDFView articleView in ScopusGoogle Scholar\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [(r.fields.authors[0].family, r.fields.year) for r in report.references] == [
        ("Hartig", "2014"), ("Kaplan", "1995"), ("Marmot", "2005")]
    assert report.findings == []
