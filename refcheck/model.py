"""The small dataclasses every pipeline stage passes to the next.

Kept free of behaviour beyond (de)serialisation so each stage stays a pure
function over these values, and so the JSON schema lives in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Name:
    """A person (family/given) or an organization kept whole (literal).

    Organizations are never split into family/given: "United Nations Office on
    Drugs and Crime" must not become "Crime, United Nations Office on Drugs and".
    """

    family: str | None = None
    given: str | None = None
    literal: str | None = None

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


@dataclass(slots=True)
class Fields:
    """Normalized fields of one reference entry; None means absent."""

    authors: list[Name] = field(default_factory=list)
    editors: list[Name] = field(default_factory=list)
    translators: list[Name] = field(default_factory=list)
    et_al: bool = False
    year: str | None = None  # "2019", "2019a", "n.d.", "in press"
    date: str | None = None  # ISO-ish full date where given: "2018-06-19", "2009-03"
    title: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None  # "231-248"
    edition: str | None = None
    publisher: str | None = None
    place: str | None = None
    doi: str | None = None
    url: str | None = None
    accessed: str | None = None
    genre: str | None = None  # "Master's thesis", "Report", ...
    note: str | None = None

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


@dataclass(slots=True)
class RawEntry:
    """One reference as found in the document, re-joined onto one line."""

    text: str
    line: int
    column: int
    label: str | None = None  # "1" for an entry numbered "[1]" or "1." (IEEE/numeric lists)


@dataclass(slots=True)
class Reference:
    id: str
    line: int
    column: int
    raw: str
    type: str = "misc"  # article|book|chapter|report|webpage|thesis|misc
    key: str = ""
    fields: Fields = field(default_factory=Fields)
    label: str | None = None  # the entry's number in a numbered list ("[3]" -> "3")
    extra: dict[str, Any] = field(default_factory=dict)  # stage-specific additions (resolution, ...)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "line": self.line,
            "column": self.column,
            "raw": self.raw,
            "type": self.type,
            "key": self.key,
            "fields": self.fields.to_json(),
        }
        if self.label is not None:
            out["label"] = self.label
        out.update(self.extra)
        return out


@dataclass(slots=True)
class Citation:
    """One cited source as printed in the body ("Hughes (2000)", "Heckathorn, 1997")."""

    id: str
    line: int
    column: int
    text: str
    kind: str  # parenthetical|narrative|numeric|personal|locator|key
    authors: list[str] = field(default_factory=list)
    year: str | None = None
    locator: str | None = None
    title: str | None = None  # title-only or disambiguating short title (MLA, APA)
    et_al: bool = False
    keys: list[str] = field(default_factory=list)  # numeric labels or citation keys
    references: list[str] = field(default_factory=list)
    malformed: str | None = None  # what is wrong with how it is written, if anything
    hints: list[str] = field(default_factory=list)  # extraction's notes to the matcher; never serialized
    path: str | None = None  # another file than the report's (a LaTeX chapter), relative to the paper's folder

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


@dataclass(slots=True)
class Finding:
    code: str
    severity: str
    line: int
    column: int
    message: str
    citation: str | None = None
    reference: str | None = None
    suggestions: list[str] = field(default_factory=list)
    path: str | None = None  # another file than the report's (a LaTeX chapter, a .bib), relative to the paper's folder

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "citation": self.citation,
            "reference": self.reference,
            "suggestions": self.suggestions,
        }
        if self.path is not None:
            out["path"] = self.path
        return out

    def location(self, report_path: str) -> str:
        """The file a person should open: the report's, or the chapter/.bib the finding is in."""
        if self.path is None:
            return report_path
        import os.path

        return os.path.normpath(os.path.join(os.path.dirname(report_path), self.path))


@dataclass(slots=True)
class FileReport:
    path: str
    style: str = "unknown"
    references: list[Reference] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # set when the file could not be read at all

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
