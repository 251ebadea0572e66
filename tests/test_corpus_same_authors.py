"""The generated corpus's gold: two drawn works that share their authors and year, printed without
a/b letters ("Luhanga, F, O Yonge, and F Myrick. 2008." and "———. 2008."), are cited ambiguously."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tools/ is not installed

from tools.corpus.build_papers import same_authors_and_year  # noqa: E402
from tools.corpus.papers import Paper  # noqa: E402

LUHANGA = [{"family": "Luhanga", "given": "F"}, {"family": "Yonge", "given": "O"}, {"family": "Myrick", "given": "F"}]


def work(key: str, authors: list[dict], year: int) -> dict:
    return {"id": key, "title": "A title", "author": authors, "issued": {"date-parts": [[year]]}}


def test_works_sharing_every_author_and_the_year_are_grouped_and_a_planted_copy_is_not() -> None:
    refs = [work("r000", LUHANGA, 2008), work("r001", LUHANGA[:1], 2008), work("r002", LUHANGA, 2008),
            work("r003", LUHANGA, 2009), work("r004", LUHANGA, 2008)]
    paper = Paper("p008", "chicago-author-date", refs, "")
    assert same_authors_and_year(paper, ("r000", "r004")) == [["r000", "r002"]]
