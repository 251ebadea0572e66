"""Output formats, registered by name: the CLI picks one from these tables, never by if/elif.

Two kinds of output, two tables, because they render different things:

- ``REPORTS``: a check's findings, ``render(reports, options) -> str`` over ``FileReport``s
  (``check --format NAME``).
- ``LISTS``: a reference list, ``render(references) -> str`` over ``Reference``s
  (``bib --to NAME`` and ``parse --format NAME``).

Each entry names its module and function as strings and is imported only when chosen, so the
CLI's start-up pays for none of them (the HTML and SARIF writers pull in ``json``/``html``).
"""

from __future__ import annotations

from importlib import import_module

from refcheck._record import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~5 ms)
if TYPE_CHECKING:
    from collections.abc import Callable


class Format(Record):
    """One output format: where its renderer lives and what it is for (shown in --help and README)."""

    __slots__ = ("name", "module", "function", "summary", "needs_documents")
    name: str
    module: str
    function: str
    summary: str
    needs_documents: bool  # the renderer reads each paper's text again (HTML shows the paper itself)

    def __init__(self, name: str, module: str, function: str, summary: str, needs_documents: bool = False) -> None:
        self.name = name
        self.module = module
        self.function = function
        self.summary = summary
        self.needs_documents = needs_documents

    def renderer(self) -> Callable[..., str]:
        return getattr(import_module(self.module), self.function)


class RenderOptions(Record):
    """What a report renderer may need beyond the reports.

    ``colour``: terminal colour (text). ``texts``: each paper's text by report path (HTML shows
    the paper; a path missing here is read again from disk).
    """

    __slots__ = ("colour", "texts")
    colour: bool
    texts: dict[str, str]

    def __init__(self, colour: bool = False, texts: dict[str, str] | None = None) -> None:
        self.colour = colour
        self.texts = {} if texts is None else texts


def _table(*formats: Format) -> dict[str, Format]:
    return {f.name: f for f in formats}


REPORTS: dict[str, Format] = _table(
    Format("text", "refcheck.report.text", "render", "file:line:col: severity code: message, one finding a line"),
    Format("json", "refcheck.report.json_report", "render", "the documented JSON schema"),
    Format("github", "refcheck.report.github", "render", "GitHub Actions annotations"),
    Format("sarif", "refcheck.report.sarif", "render", "SARIF 2.1.0 for code-scanning dashboards"),
    Format("html", "refcheck.report.html", "render", "one self-contained page: the annotated paper",
           needs_documents=True),
)

LISTS: dict[str, Format] = _table(
    Format("parsed", "refcheck.report.parsed", "render", "each entry's parsed fields, for reading"),
    Format("json", "refcheck.report.parsed", "render_json", "the entries as the JSON report writes them"),
    Format("bibtex", "refcheck.bibtex.write", "to_bibtex", "BibTeX (.bib)"),
    Format("csl-json", "refcheck.report.csl_json", "render", "CSL-JSON, as Zotero and pandoc read it"),
    Format("ris", "refcheck.report.ris", "render", "RIS, as Zotero, EndNote and Mendeley import it"),
)


def render_reports(name: str, reports: list, options: RenderOptions | None = None) -> str:
    """The reports in format NAME (a key of REPORTS)."""
    return REPORTS[name].renderer()(reports, options or RenderOptions())


def render_list(name: str, references: list) -> str:
    """The reference list in format NAME (a key of LISTS)."""
    return LISTS[name].renderer()(references)
