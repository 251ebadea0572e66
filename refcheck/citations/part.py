"""One cited source inside a parenthetical, as the author-date reader parsed it."""

from __future__ import annotations

from refcheck._record import Record


class Part(Record):
    """One cited source inside a parenthetical, as parsed."""

    __slots__ = ("start", "end", "text", "authors", "years", "locator", "title", "et_al", "personal",
                 "malformed", "head", "title_only", "acronym", "inside", "span_of_years", "doubtful")
    start: int  # offset inside the parenthetical content
    end: int
    text: str
    authors: list[str]
    years: list[str]
    locator: str | None
    title: str | None
    et_al: bool
    personal: bool
    malformed: str | None
    head: str  # the name/title text before the year ("" for "(2005)")
    title_only: bool  # head is just a quoted/italic title
    acronym: str | None  # "[WHO]" in "World Health Organization [WHO], 2020"
    inside: bool  # a name and year that open a longer aside: "(see Burns et al., 2015 and Figure 1)"
    span_of_years: bool  # "(Lindroth 1961-1969)": a multi-volume work, or a period ("(Brazil, 2001-2010)")
    doubtful: bool  # "(May 1988)": a month and a year, or an author and a year; kept only if it matches

    def __init__(self, start: int, end: int, text: str, authors: list[str] | None = None,
                 years: list[str] | None = None, locator: str | None = None, title: str | None = None,
                 et_al: bool = False, personal: bool = False, malformed: str | None = None, head: str = "",
                 title_only: bool = False, acronym: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.authors = [] if authors is None else authors
        self.years = [] if years is None else years
        self.locator = locator
        self.title = title
        self.et_al = et_al
        self.personal = personal
        self.malformed = malformed
        self.head = head
        self.title_only = title_only
        self.acronym = acronym
        self.inside = False
        self.span_of_years = False
        self.doubtful = False
