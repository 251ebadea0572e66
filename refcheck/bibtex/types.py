"""What BibTeX and biblatex mean by their entry types and fields: one table for each question.

Reading (.bib -> Reference), writing (Reference -> .bib), the missing-field
check and the linter all ask these tables, so an entry type cannot be an
``inproceedings`` in one place and a ``chapter`` without a publisher in another.
"""

from __future__ import annotations

# BibTeX/biblatex entry type -> refcheck's reference type (the JSON schema's article|book|chapter|
# report|webpage|thesis|misc; a conference paper is a chapter of its proceedings).
MODEL_TYPE: dict[str, str] = {
    "article": "article", "periodical": "article", "suppperiodical": "article",
    "book": "book", "mvbook": "book", "booklet": "book", "manual": "book", "collection": "book",
    "mvcollection": "book", "proceedings": "book", "mvproceedings": "book", "reference": "book",
    "mvreference": "book",
    "inbook": "chapter", "incollection": "chapter", "bookinbook": "chapter", "suppbook": "chapter",
    "suppcollection": "chapter", "inreference": "chapter",
    "inproceedings": "chapter", "conference": "chapter",
    "techreport": "report", "report": "report",
    "phdthesis": "thesis", "mastersthesis": "thesis", "thesis": "thesis",
    "online": "webpage", "electronic": "webpage", "www": "webpage",
}

# refcheck's reference type -> the BibTeX type written for it (refcheck bib PAPER); a chapter in
# proceedings is written as @inproceedings (see write.bibtex_type).
BIBTEX_TYPE: dict[str, str] = {
    "article": "article", "book": "book", "chapter": "incollection", "report": "techreport",
    "thesis": "phdthesis", "webpage": "misc",
}

GENRES = {"phdthesis": "PhD thesis", "mastersthesis": "Master's thesis", "techreport": "Technical report"}

# Fields each entry type needs (BibTeX's standard styles; biblatex names accepted as alternatives).
REQUIRED: dict[str, list[tuple[str, ...]]] = {
    "article": [("author",), ("title",), ("journal", "journaltitle"), ("year", "date")],
    "book": [("author", "editor"), ("title",), ("publisher",), ("year", "date")],
    "booklet": [("title",)],
    "inbook": [("author", "editor"), ("title",), ("year", "date")],
    "incollection": [("author",), ("title",), ("booktitle",), ("publisher",), ("year", "date")],
    "inproceedings": [("author",), ("title",), ("booktitle",), ("year", "date")],
    "conference": [("author",), ("title",), ("booktitle",), ("year", "date")],
    "manual": [("title",)],
    "mastersthesis": [("author",), ("title",), ("school", "institution"), ("year", "date")],
    "phdthesis": [("author",), ("title",), ("school", "institution"), ("year", "date")],
    "thesis": [("author",), ("title",), ("institution", "school"), ("year", "date")],
    "techreport": [("author",), ("title",), ("institution",), ("year", "date")],
    "report": [("author",), ("title",), ("institution",), ("year", "date")],
    "unpublished": [("author",), ("title",), ("note",)],
    "proceedings": [("title",), ("year", "date")],
    "online": [("title",), ("url", "doi", "eprint")],
}

# Fields whose value is a list of names joined by "and".
NAME_FIELDS = frozenset({
    "author", "editor", "translator", "editora", "editorb", "editorc", "bookauthor", "commentator",
    "annotator", "introduction", "foreword", "afterword", "holder", "shortauthor", "shorteditor",
})

# Fields taken verbatim (no LaTeX decoding, no escaping): identifiers, paths, links.
VERBATIM_FIELDS = frozenset({
    "url", "doi", "eprint", "file", "pdf", "verba", "verbb", "verbc", "crossref", "xref", "xdata", "ids",
    "isbn", "issn", "urldate", "key", "keywords", "sortkey", "related", "entryset", "langid",
    "options", "label", "shorthand", "gender", "pagination", "bibsource", "biburl", "timestamp",
    "archiveprefix", "primaryclass", "eprinttype", "eprintclass", "mrnumber", "zbl", "pmid", "arxiv",
})

# Title-like fields that styles may lower-case, so capitals that must stay need braces.
RECASED_FIELDS = frozenset({"title"})

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")

# Macros every standard style (plain.bst and its descendants) defines: months and journal names.
STANDARD_MACROS: dict[str, str] = {
    **dict(zip(MONTHS, MONTH_NAMES, strict=True)),
    "acmcs": "ACM Computing Surveys", "acta": "Acta Informatica", "cacm": "Communications of the ACM",
    "ibmjrd": "IBM Journal of Research and Development", "ibmsj": "IBM Systems Journal",
    "ieeese": "IEEE Transactions on Software Engineering", "ieeetc": "IEEE Transactions on Computers",
    "ieeetcad": "IEEE Transactions on Computer-Aided Design of Integrated Circuits",
    "ipl": "Information Processing Letters", "jacm": "Journal of the ACM",
    "jcss": "Journal of Computer and System Sciences", "scp": "Science of Computer Programming",
    "sicomp": "SIAM Journal on Computing", "tocs": "ACM Transactions on Computer Systems",
    "tods": "ACM Transactions on Database Systems", "tog": "ACM Transactions on Graphics",
    "toms": "ACM Transactions on Mathematical Software", "toois": "ACM Transactions on Office Information Systems",
    "toplas": "ACM Transactions on Programming Languages and Systems", "tcs": "Theoretical Computer Science",
}


def month_number(text: str) -> int | None:
    """1-12 for a month written as text ("March", "mar.", "Sept"), else None."""
    word = text.strip().rstrip(".").lower()
    if word == "sept":
        return 9
    for i, name in enumerate(MONTH_NAMES):
        if len(word) >= 3 and name.lower().startswith(word):
            return i + 1
    return None
