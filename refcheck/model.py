"""The small value classes every pipeline stage passes to the next.

Kept free of behaviour beyond (de)serialisation so each stage stays a pure
function over these values, and so the JSON schema lives in one place.
"""

from __future__ import annotations

from refcheck._record import Record
from refcheck.codes import REGISTRY

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~5 ms)
if TYPE_CHECKING:
    from typing import Any

SEVERITIES = ("error", "warning", "info")


class Name(Record):
    """A person (family/given) or an organization kept whole (literal).

    Organizations are never split into family/given: "United Nations Office on
    Drugs and Crime" must not become "Crime, United Nations Office on Drugs and".
    Immutable and hashable.
    """

    __slots__ = ("family", "given", "literal")
    family: str | None
    given: str | None
    literal: str | None

    def __init__(self, family: str | None = None, given: str | None = None, literal: str | None = None) -> None:
        object.__setattr__(self, "family", family)
        object.__setattr__(self, "given", given)
        object.__setattr__(self, "literal", literal)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: Name is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: Name is immutable")

    def __hash__(self) -> int:
        return hash((self.family, self.given, self.literal))

    def __reduce__(self) -> tuple:
        return Name, (self.family, self.given, self.literal)

    @property
    def is_organization(self) -> bool:
        return self.literal is not None

    @property
    def sort_name(self) -> str:
        """The name a citation uses: family name, or the whole organization."""
        return self.literal if self.literal is not None else (self.family or "")

    def to_json(self) -> dict[str, str]:
        if self.literal is not None:
            return {"literal": self.literal}
        out = {"family": self.family or ""}
        if self.given:
            out["given"] = self.given
        return out

    def display(self) -> str:
        if self.literal is not None:
            return self.literal
        return f"{self.family}, {self.given}" if self.given else (self.family or "")


class Fields(Record):
    """Normalized fields of one reference entry; None means absent."""

    __slots__ = ("authors", "editors", "translators", "et_al", "year", "date", "title", "container",
                 "volume", "issue", "pages", "edition", "publisher", "place", "doi", "url", "accessed",
                 "genre", "note")
    authors: list[Name]
    editors: list[Name]
    translators: list[Name]
    et_al: bool
    year: str | None  # "2019", "2019a", "n.d.", "in press"
    date: str | None  # ISO-ish full date where given: "2018-06-19", "2009-03"
    title: str | None
    container: str | None
    volume: str | None
    issue: str | None
    pages: str | None  # "231-248"
    edition: str | None
    publisher: str | None
    place: str | None
    doi: str | None
    url: str | None
    accessed: str | None
    genre: str | None  # "Master's thesis", "Report", ...
    note: str | None

    def __init__(self, authors: list[Name] | None = None, editors: list[Name] | None = None,
                 translators: list[Name] | None = None, et_al: bool = False, year: str | None = None,
                 date: str | None = None, title: str | None = None, container: str | None = None,
                 volume: str | None = None, issue: str | None = None, pages: str | None = None,
                 edition: str | None = None, publisher: str | None = None, place: str | None = None,
                 doi: str | None = None, url: str | None = None, accessed: str | None = None,
                 genre: str | None = None, note: str | None = None) -> None:
        self.authors = [] if authors is None else authors
        self.editors = [] if editors is None else editors
        self.translators = [] if translators is None else translators
        self.et_al = et_al
        self.year = year
        self.date = date
        self.title = title
        self.container = container
        self.volume = volume
        self.issue = issue
        self.pages = pages
        self.edition = edition
        self.publisher = publisher
        self.place = place
        self.doi = doi
        self.url = url
        self.accessed = accessed
        self.genre = genre
        self.note = note

    def to_json(self) -> dict[str, Any]:
        return {
            "authors": [a.to_json() for a in self.authors],
            "editors": [e.to_json() for e in self.editors],
            "translators": [t.to_json() for t in self.translators],
            "et_al": self.et_al,
            "year": self.year,
            "date": self.date,
            "title": self.title,
            "container": self.container,
            "volume": self.volume,
            "issue": self.issue,
            "pages": self.pages,
            "edition": self.edition,
            "publisher": self.publisher,
            "place": self.place,
            "doi": self.doi,
            "url": self.url,
            "accessed": self.accessed,
            "genre": self.genre,
            "note": self.note,
        }


class RawEntry(Record):
    """One reference as found in the document, re-joined onto one line."""

    __slots__ = ("text", "line", "column", "label", "mark")
    text: str
    line: int
    column: int
    label: str | None  # "1" for an entry numbered "[1]" or "1." (IEEE/numeric lists)
    mark: str | None  # the list's mark as printed when it is no "[1]" or "1.": "¹", "1) ", "a. ", "• "

    def __init__(self, text: str, line: int, column: int, label: str | None = None, mark: str | None = None) -> None:
        self.text = text
        self.line = line
        self.column = column
        self.label = label
        self.mark = mark


class Reference(Record):
    __slots__ = ("id", "line", "column", "raw", "type", "key", "fields", "label", "extra", "mark")
    id: str
    line: int
    column: int
    raw: str
    type: str  # article|book|chapter|report|webpage|thesis|misc
    key: str
    fields: Fields
    label: str | None  # the entry's number in a numbered list ("[3]" -> "3")
    extra: dict[str, Any]  # stage-specific additions (resolution, ...)
    mark: str | None  # the list's mark as printed, when it is no "[1]" or "1." (RawEntry.mark)

    def __init__(self, id: str, line: int, column: int, raw: str, type: str = "misc", key: str = "",
                 fields: Fields | None = None, label: str | None = None,
                 extra: dict[str, Any] | None = None, mark: str | None = None) -> None:
        self.id = id
        self.line = line
        self.column = column
        self.raw = raw
        self.type = type
        self.key = key
        self.fields = Fields() if fields is None else fields
        self.label = label
        self.extra = {} if extra is None else extra
        self.mark = mark

    def printed(self) -> str:
        """The entry as the paper prints it: an alphabetic list's label (or a Markdown footnote's key) is part of the
        entry, the key the text cites it by ("[Bil99] P. Billingsley, Convergence ...", "[^3]: FIDO Alliance, ...");
        a numbered list's "[1]" or "1." is the list's, kept apart; any other mark is printed with the entry ("¹N. P.
        Padture, ...", "1) R. Schlögl, ...", "a. BARDIN, Laurence. ...")."""
        if self.mark:
            return self.mark + self.raw
        if self.label and self.label[0].isalpha() and not self.raw.startswith(f"[{self.label}]"):
            return f"[{self.label}] {self.raw}"
        if self.label and self.label[0] == "^":  # a Markdown footnote that is an entry: "[^3]: FIDO Alliance, ..."
            return f"[{self.label}]: {self.raw}"
        return self.raw

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "line": self.line,
            "column": self.column,
            "raw": self.printed(),
            "type": self.type,
            "key": self.key,
            "fields": self.fields.to_json(),
        }
        if self.label is not None:
            out["label"] = self.label
        out.update(self.extra)
        return out


class Citation(Record):
    """One cited source as printed in the body ("Hughes (2000)", "Heckathorn, 1997")."""

    __slots__ = ("id", "line", "column", "text", "kind", "authors", "year", "locator", "title", "et_al",
                 "keys", "references", "malformed", "hints", "path")
    id: str
    line: int
    column: int
    text: str
    kind: str  # parenthetical|narrative|numeric|personal|locator|key
    authors: list[str]
    year: str | None
    locator: str | None
    title: str | None  # title-only or disambiguating short title (MLA, APA)
    et_al: bool
    keys: list[str]  # numeric labels or citation keys
    references: list[str]
    malformed: str | None  # what is wrong with how it is written, if anything
    hints: list[str]  # extraction's notes to the matcher; never serialized
    path: str | None  # another file than the report's (a LaTeX chapter), relative to the paper's folder

    def __init__(self, id: str, line: int, column: int, text: str, kind: str, authors: list[str] | None = None,
                 year: str | None = None, locator: str | None = None, title: str | None = None,
                 et_al: bool = False, keys: list[str] | None = None, references: list[str] | None = None,
                 malformed: str | None = None, hints: list[str] | None = None, path: str | None = None) -> None:
        self.id = id
        self.line = line
        self.column = column
        self.text = text
        self.kind = kind
        self.authors = [] if authors is None else authors
        self.year = year
        self.locator = locator
        self.title = title
        self.et_al = et_al
        self.keys = [] if keys is None else keys
        self.references = [] if references is None else references
        self.malformed = malformed
        self.hints = [] if hints is None else hints
        self.path = path

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "authors": self.authors,
            "year": self.year,
            "locator": self.locator,
            "kind": self.kind,
            "references": self.references,
        }
        if self.title is not None:
            out["title"] = self.title
        if self.path is not None:
            out["path"] = self.path
        if self.keys:
            out["keys"] = self.keys
        return out


class Finding(Record):
    __slots__ = ("code", "severity", "line", "column", "message", "citation", "reference", "suggestions", "path",
                 "fix", "page")
    code: str
    severity: str
    line: int
    column: int
    message: str
    citation: str | None
    reference: str | None
    suggestions: list[str]
    path: str | None  # another file than the report's (a LaTeX chapter, a .bib), relative to the paper's folder
    page: int | None  # a PDF's printed page of the line
    fix: str | None  # what to do, as its own field (JSON "fix"); the message stays readable without it

    def __init__(self, code: str, severity: str, line: int, column: int, message: str,
                 citation: str | None = None, reference: str | None = None,
                 suggestions: list[str] | None = None, path: str | None = None, fix: str | None = None,
                 page: int | None = None) -> None:
        self.code = code
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
        self.citation = citation
        self.reference = reference
        self.suggestions = [] if suggestions is None else suggestions
        self.path = path
        self.fix = fix
        self.page = page

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "fix": self.fix or (REGISTRY[self.code].fix if self.code in REGISTRY else None),
            "citation": self.citation,
            "reference": self.reference,
            "suggestions": self.suggestions,
        }
        if self.path is not None:
            out["path"] = self.path
        if self.page is not None:
            out["page"] = self.page
        return out

    def location(self, report_path: str) -> str:
        """The file a person should open: the report's, or the chapter/.bib the finding is in."""
        if self.path is None:
            return report_path
        import os.path

        return os.path.normpath(os.path.join(os.path.dirname(report_path), self.path))


class FileReport(Record):
    __slots__ = ("path", "style", "references", "citations", "findings", "error")
    path: str
    style: str
    references: list[Reference]
    citations: list[Citation]
    findings: list[Finding]
    error: str | None  # set when the file could not be read at all

    def __init__(self, path: str, style: str = "unknown", references: list[Reference] | None = None,
                 citations: list[Citation] | None = None, findings: list[Finding] | None = None,
                 error: str | None = None) -> None:
        self.path = path
        self.style = style
        self.references = [] if references is None else references
        self.citations = [] if citations is None else citations
        self.findings = [] if findings is None else findings
        self.error = error

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "style": self.style,
            "references": [r.to_json() for r in self.references],
            "citations": [c.to_json() for c in self.citations],
            "findings": [f.to_json() for f in self.findings],
        }
        if self.error is not None:
            out["error"] = self.error
        return out
