"""The per-file service: config -> read -> route (prose | keyed) -> network -> select -> FileReport.

Tools, tests and the process pool call ``check_path``; the command line only parses
arguments around it. Imports stay inside the functions so that ``refcheck --help`` and
the pre-commit hook do not pay for the pipeline before they need it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from refcheck._record import Record


class CheckOptions(Record):
    """Everything a worker needs to check one file; picklable for --jobs."""

    __slots__ = ("style", "select", "ignore", "resolve", "check_urls", "cache", "use_cache", "offline",
                 "mailto", "use_config", "citations", "allow_private", "allow_outside", "stdin_type")
    style: str | None
    select: list[str]
    ignore: list[str]
    resolve: bool
    check_urls: bool
    cache: str | None
    use_cache: bool
    offline: bool
    mailto: str | None
    use_config: bool
    citations: bool
    allow_private: bool  # links on private addresses may be checked
    allow_outside: list[str]  # directories a paper may read beyond its project
    stdin_type: str | None  # what "-" is; None: sniffed

    def __init__(self, style: str | None = None, select: list[str] | None = None,
                 ignore: list[str] | None = None, resolve: bool = False, check_urls: bool = False,
                 cache: str | None = None, use_cache: bool = True, offline: bool = False,
                 mailto: str | None = None, use_config: bool = True, citations: bool = True,
                 allow_private: bool = False, allow_outside: list[str] | None = None,
                 stdin_type: str | None = None) -> None:
        self.style = style
        self.select = [] if select is None else select
        self.ignore = [] if ignore is None else ignore
        self.resolve = resolve
        self.check_urls = check_urls
        self.cache = cache
        self.use_cache = use_cache
        self.offline = offline
        self.mailto = mailto
        self.use_config = use_config
        self.citations = citations
        self.allow_private = allow_private
        self.allow_outside = [] if allow_outside is None else allow_outside
        self.stdin_type = stdin_type


def check_path(path: str, opts: CheckOptions):  # noqa: ANN201 - FileReport, imported lazily
    """Check one file; any input or configuration problem becomes report.error, never an exception."""
    from refcheck.config import ConfigError
    from refcheck.errors import InputError
    from refcheck.model import FileReport

    shown = path if path != "-" else "<stdin>"
    try:
        return _check_path(path, opts)
    except (InputError, ConfigError) as exc:
        return FileReport(path=shown, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one file's failure must not stop the batch (issue 17)
        return FileReport(path=shown, error=failure_message(shown, exc))


def describe_failure(path: str, exc: Exception) -> str:
    """The one line `refcheck: error:` prints for a file that could not be checked."""
    from refcheck.config import ConfigError
    from refcheck.errors import InputError

    if isinstance(exc, (InputError, ConfigError)):
        return str(exc)
    return failure_message(path if path != "-" else "<stdin>", exc)


def failure_message(shown: str, exc: BaseException) -> str:
    """One line for a failure that is not an InputError: the OS's reason for a file it could not
    open (a 300-character name: ENAMETOOLONG), memory, nesting, or an internal error to report."""
    if isinstance(exc, RecursionError):
        return f"{shown}: document is nested too deeply to read"
    if isinstance(exc, MemoryError):
        return f"{shown}: not enough memory to check this file; split it or raise the memory limit"
    if isinstance(exc, OSError):
        name = str(exc.filename) if exc.filename is not None else ""
        name = name if len(name) <= 80 else name[:60] + "..." + name[-17:]
        return f"{shown}: cannot read {name or 'a file it names'}: {exc.strerror or type(exc).__name__}"
    reason = " ".join(str(exc).split())[:160]
    return f"{shown}: internal error ({type(exc).__name__}: {reason}); please report it with the file"


def _check_path(path: str, opts: CheckOptions):  # noqa: ANN202
    from refcheck.pipeline import check_document
    from refcheck.readers import read_document

    config = _config_for(path, opts)
    if path.lower().endswith(".bib"):
        return _check_bib(path, opts, config)
    doc = read_document(path, opts.stdin_type)
    report = None
    if doc.kind in ("latex", "markdown") and path != "-":
        from refcheck.keyed import check_keyed
        from refcheck.scope import allowing

        with allowing(opts.allow_outside):  # files the paper names: its project only, unless widened
            report = check_keyed(path, doc)  # \cite keys / pandoc @keys against .bib files; suppression applied
    prose = report is None
    if prose:
        report = check_document(doc, style=opts.style or config.style, citations=opts.citations)
    run = _network_options(opts, config)
    findings = report.findings + network_findings(report.references, run)
    findings = config.apply(findings, path, report.citations)
    if prose and doc.kind in ("latex", "markdown"):
        from refcheck.suppress import suppressed  # a Markdown paper's <!-- refcheck: ignore --> comments

        findings = suppressed(doc.text, findings)
    report.findings = findings
    for warning in doc.warnings:
        print(f"refcheck: warning: {warning}", file=sys.stderr)
    return report


def _check_bib(path: str, opts: CheckOptions, config):  # noqa: ANN001, ANN202 - Config, FileReport
    """A .bib file on its own: the linter's findings (inline markers applied), Crossref and links
    when asked, then the configuration's select/ignore/severities."""
    from refcheck.bibtex.lint import lint_bib

    report = lint_bib(path)
    run = _network_options(opts, config)
    report.findings = config.apply(report.findings + network_findings(report.references, run), path)
    return report


def _network_options(opts: CheckOptions, config) -> CheckOptions:  # noqa: ANN001 - Config
    """The command line's network flags, with the configuration's where the command line is silent."""
    return CheckOptions(
        resolve=opts.resolve or config.resolve, check_urls=opts.check_urls or config.check_urls,
        cache=opts.cache or (config.cache if isinstance(config.cache, str) else None),
        use_cache=opts.use_cache and config.cache is not False, offline=opts.offline,
        mailto=opts.mailto or config.mailto, allow_private=opts.allow_private,
    )


def _config_for(path: str, opts: CheckOptions):  # noqa: ANN202 - Config, imported lazily
    """The configuration governing PATH, with the command line's flags on top."""
    from refcheck.config import Config, load_config

    config = load_config(Path(path if path != "-" else ".")) if opts.use_config else Config()
    return config.override(select=opts.select or None, ignore=opts.ignore or None)


def network_findings(refs: list, opts: CheckOptions) -> list:
    """Crossref and link findings, only when asked for; never raises on network trouble."""
    if not refs or not (opts.resolve or opts.check_urls):
        return []
    from refcheck.pipeline import sort_findings
    from refcheck.resolve import ResolveOptions, check_urls, resolve_references

    ropts = ResolveOptions.from_env(mailto=opts.mailto, cache=opts.cache, use_cache=opts.use_cache,
                                    offline=opts.offline, progress=sys.stderr.isatty(),
                                    allow_private=opts.allow_private)
    found = []
    if opts.resolve:
        found += resolve_references(refs, ropts)
    if opts.check_urls:
        found += check_urls(refs, ropts)
    files = {r.id: r.extra["file"] for r in refs if r.extra.get("file")}
    for f in found:
        if f.reference in files:
            f.path = files[f.reference]  # a .bib entry of a LaTeX/pandoc paper: point into the .bib
    return sort_findings(found)


def parse_input(path: str, lines: bool = False, stdin_type: str | None = None) -> list:
    """Entries of a paper's list, of a pasted list, or (lines=True) one per line."""
    from refcheck.model import RawEntry
    from refcheck.readers import read_document
    from refcheck.references import build_references

    doc = read_document(path, stdin_type)
    if lines:
        entries = [RawEntry(text=t.strip(), line=i, column=1)
                   for i, t in enumerate(doc.text.split("\n"), start=1) if t.strip()]
    else:
        from refcheck.section.find import Section, find_reference_section
        from refcheck.section.split import split_entries

        section = find_reference_section(doc) or Section(0, 1, len(doc.line_starts) + 1)
        entries = split_entries(doc, section)
    return build_references(entries) if entries else []


def paper_references(path: str, opts: CheckOptions):  # noqa: ANN201 - FileReport, imported lazily
    """The reference list of a paper for `refcheck bib` (no citation checks); raises InputError."""
    from refcheck.pipeline import check_document
    from refcheck.readers import read_document

    return check_document(read_document(path, opts.stdin_type), style=opts.style, citations=False)


def bib_entries(path: str) -> list:
    """A .bib file's entries, each under its own key (a repeated key keeps its first entry).
    Raises InputError."""
    from refcheck.bibtex.read import read_bib

    refs = read_bib(Path(path))
    for ref in refs:
        ref.key = ref.key or ref.id
    seen: set[str] = set()
    return [r for r in refs if not (r.key in seen or seen.add(r.key))]


def list_entries(path: str, opts: CheckOptions) -> list:
    """The entries of a .bib file, or of a paper's reference list. Raises InputError."""
    return bib_entries(path) if path.lower().endswith(".bib") else paper_references(path, opts).references


def styled_list(path: str, style: str, diff: bool = False) -> str:
    """`refcheck format`: the list of PATH re-emitted in a CSL style (or as a diff against the
    paper's own list), control characters escaped. Raises InputError or RestyleError."""
    from refcheck.errors import InputError
    from refcheck.report.text import visible
    from refcheck.restyle import diff_lines, restyle

    refs = list_entries(path, CheckOptions(use_config=False))
    if not refs:
        raise InputError(path if path != "-" else "<stdin>", "no reference list found")
    styled = restyle(refs, style)
    return diff_lines(styled) if diff else "".join(visible(entry.printed()) + "\n" for entry in styled)
