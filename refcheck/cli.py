"""Command line: `refcheck check`, `refcheck bib`, `refcheck parse`.

Start-up is paid on every commit by the pre-commit hook, so this module
imports only the standard library; each command imports what it uses.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path

from refcheck import __version__
from refcheck._record import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~5 ms)
if TYPE_CHECKING:
    from typing import Any

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
FORMATS = ("text", "json", "github", "sarif")
STYLES = ("apa", "mla", "chicago", "harvard", "ieee", "vancouver", "ama", "nature", "acs", "chicago-notes", "unknown")


class CheckOptions(Record):
    """Everything a worker needs to check one file; picklable for --jobs."""

    __slots__ = ("style", "select", "ignore", "resolve", "check_urls", "cache", "use_cache", "offline",
                 "mailto", "use_config", "citations")
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

    def __init__(self, style: str | None = None, select: list[str] | None = None,
                 ignore: list[str] | None = None, resolve: bool = False, check_urls: bool = False,
                 cache: str | None = None, use_cache: bool = True, offline: bool = False,
                 mailto: str | None = None, use_config: bool = True, citations: bool = True) -> None:
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except _UsageError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("refcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _terminal_columns() -> int:
    """shutil.get_terminal_size().columns without importing shutil (and its compression
    modules): $COLUMNS, else the terminal stdout is on, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, with the width it would pick found without importing shutil."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="refcheck", description="Make a paper's references trustworthy.",
                                formatter_class=_HelpFormatter)
    p.add_argument("--version", action="version", version=f"refcheck {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="check papers: reference list, citations, (optionally) Crossref",
                       formatter_class=_HelpFormatter)
    c.add_argument("paths", nargs="+", metavar="PATH", help="paper files or directories; - for stdin")
    c.add_argument("--format", choices=FORMATS, default="text", help="report format (default: text)")
    c.add_argument("--strict", action="store_true", help="warnings also make the exit status 1")
    c.add_argument("--select", metavar="CODES", help="report only these finding codes (comma-separated)")
    c.add_argument("--ignore", metavar="CODES", help="never report these finding codes (comma-separated)")
    c.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="check files in N processes")
    c.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    _add_common(c)
    c.set_defaults(func=_cmd_check)

    b = sub.add_parser("bib", help="write the reference list of a paper as BibTeX", formatter_class=_HelpFormatter)
    b.add_argument("path", metavar="PAPER", help="a paper (or a .bib file with --fix); - for stdin")
    b.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout")
    b.add_argument("--fix", action="store_true", help="PAPER is a .bib file: write it back normalized")
    b.add_argument("--in-place", action="store_true", help="with --fix: replace the .bib file itself")
    _add_common(b)
    b.set_defaults(func=_cmd_bib)

    r = sub.add_parser("parse", help="print the parsed entries of a document or a pasted list",
                       formatter_class=_HelpFormatter)
    r.add_argument("path", metavar="FILE", help="a paper or a list of references; - for stdin")
    r.add_argument("--lines", action="store_true", help="one reference per line")
    r.add_argument("--format", choices=("text", "json", "bibtex"), default="text")
    r.add_argument("--style", choices=STYLES, help="force the citation style")
    r.set_defaults(func=_cmd_parse)
    return p


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--style", choices=STYLES, help="force the citation style instead of detecting it")
    p.add_argument("--resolve", action="store_true", default=None,
                   help="look every entry up in Crossref (adds DOIs, flags retractions)")
    p.add_argument("--check-urls", action="store_true", default=None, help="check that URLs are alive")
    p.add_argument("--cache", metavar="PATH", help="HTTP cache: SQLite file or redis:// URL")
    p.add_argument("--no-cache", action="store_true", help="do not cache HTTP responses")
    p.add_argument("--offline", action="store_true", help="answer from the cache only; never the network")
    p.add_argument("--mailto", metavar="EMAIL", help="contact address for Crossref's polite pool")
    p.add_argument("--no-config", action="store_true", help="ignore pyproject.toml / refcheck.toml")


def _split_codes(value: str | None) -> list[str]:
    return [c.strip() for c in (value or "").split(",") if c.strip()]


def _options(args: argparse.Namespace) -> CheckOptions:
    from refcheck.codes import CODES

    select, ignore = _split_codes(getattr(args, "select", None)), _split_codes(getattr(args, "ignore", None))
    unknown = [c for c in [*select, *ignore] if c not in CODES]
    if unknown:
        raise _UsageError(f"unknown finding code {unknown[0]!r}; known codes: {', '.join(CODES)}")
    return CheckOptions(
        style=args.style, select=select, ignore=ignore, resolve=bool(args.resolve),
        check_urls=bool(args.check_urls), cache=args.cache, use_cache=not args.no_cache,
        offline=args.offline, mailto=args.mailto, use_config=not args.no_config,
    )


class _UsageError(Exception):
    """A bad combination of arguments: one line on stderr, exit status 2."""


def _error(message: str) -> None:
    print(f"refcheck: error: {message}", file=sys.stderr)


# --- check -----------------------------------------------------------------

def _cmd_check(args: argparse.Namespace) -> int:
    opts = _options(args)
    if args.jobs < 1:
        raise _UsageError("--jobs must be at least 1")
    paths, missing = expand_paths(args.paths)
    for m in missing:
        _error(f"{m}: no such file or directory")
    # With --jobs, a worker renders its file (JSON) and hands back only findings and counts.
    prepare = partial(for_parent, args.format) if args.jobs > 1 else None
    results = run_checks(paths, opts, args.jobs, prepare)
    reports = results if prepare is None else [r for r, _ in results]
    status = EXIT_USAGE if missing else EXIT_OK
    for report in reports:
        if report.error is not None:
            _error(report.error)
            status = EXIT_USAGE
    shown = [r for r in reports if r.error is None]
    out = sys.stdout
    if args.format == "json":
        from refcheck.format.json_report import join_files
        from refcheck.format.json_report import render as render_json

        out.write(render_json(shown) if prepare is None
                  else join_files([part for r, part in results if r.error is None]))
    elif args.format == "github":
        from refcheck.format.github import render as render_github

        out.write(render_github(shown))
    elif args.format == "sarif":
        from refcheck.format.sarif import render as render_sarif

        out.write(render_sarif(shown))
    else:
        from refcheck.format.text import render as render_text
        from refcheck.format.text import use_colour

        out.write(render_text(shown, colour=use_colour(out, args.color)))
    out.flush()
    if status == EXIT_OK:
        failing = {"error", "warning"} if args.strict else {"error"}
        if any(f.severity in failing for r in shown for f in r.findings):
            status = EXIT_FINDINGS
    return status


def expand_paths(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """Files as given, directories walked (sorted) for papers; and the paths that do not exist."""
    from refcheck.readers import is_readable_paper

    files: list[str] = []
    missing: list[str] = []
    for p in paths:
        if p == "-" or os.path.isfile(p):
            files.append(p)
        elif os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(os.path.join(root, n) for n in sorted(names)
                             if is_readable_paper(os.path.join(root, n)))
        else:
            missing.append(p)
    return files, missing


def run_checks(paths: list[str], opts: CheckOptions, jobs: int = 1,
               prepare: Callable[[Any], Any] | None = None) -> list:
    """Check each file, in JOBS worker processes when there are several; results in the order of PATHS.

    ``prepare(report)``, when given, runs where the report was made and its result is returned
    in the report's place: with --jobs, a worker renders its own file and sends the parent only
    what the parent still needs, since pickling whole reports (entries, citations) across and
    rendering them in the parent is serial work that would cap the speed-up.
    """
    from refcheck._gc import fewer_collections

    with fewer_collections():
        if jobs > 1 and len(paths) > 1 and "-" not in paths:
            return _run_pool(paths, opts, min(jobs, len(paths)), prepare)
        return [_check_one(p, opts, prepare) for p in paths]


def _check_one(path: str, opts: CheckOptions, prepare: Callable[[Any], Any] | None) -> Any:
    report = check_path(path, opts)
    return report if prepare is None else prepare(report)


def _run_pool(paths: list[str], opts: CheckOptions, jobs: int, prepare: Callable[[Any], Any] | None) -> list:
    """A fork-started pool (no re-import per worker where the platform allows it), one file per
    task, the largest files first, so the workers stay balanced to the end of the run."""
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    order = sorted(range(len(paths)), key=lambda i: -_file_size(paths[i]))
    results: list = [None] * len(paths)
    with multiprocessing.get_context(method).Pool(jobs) as pool:
        tasks = [(paths[i], opts, prepare) for i in order]
        for i, result in zip(order, pool.imap(_check_task, tasks, chunksize=1), strict=True):
            results[i] = result
    return results


def _check_task(task: tuple) -> Any:
    return _check_one(*task)


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def for_parent(fmt: str, report: Any) -> tuple[Any, str | None]:
    """What a --jobs worker hands back for output format FMT: the report with its findings and
    the counts the text summary prints (its entries and citations stay in the worker), and
    for JSON the file's part of the document, rendered in the worker."""
    from refcheck.model import FileReport

    part = None
    if fmt == "json" and report.error is None:
        from refcheck.format.json_report import render_file

        part = render_file(report)
    slim = FileReport(path=report.path, style=report.style, references=[None] * len(report.references),
                      citations=[None] * len(report.citations), findings=report.findings, error=report.error)
    return slim, part


def check_path(path: str, opts: CheckOptions):  # noqa: ANN201 - FileReport, imported lazily
    """Check one file; any input or configuration problem becomes report.error, never an exception."""
    from refcheck.config import ConfigError
    from refcheck.errors import InputError
    from refcheck.model import FileReport

    shown = path if path != "-" else "<stdin>"
    try:
        return _check_path(path, opts)
    except InputError as exc:
        return FileReport(path=shown, error=str(exc))
    except ConfigError as exc:
        return FileReport(path=shown, error=str(exc))
    except RecursionError:
        return FileReport(path=shown, error=f"{shown}: document is nested too deeply to read")


def _check_path(path: str, opts: CheckOptions):  # noqa: ANN202
    from refcheck.pipeline import check_document
    from refcheck.readers import read_document

    config = _config_for(path, opts)
    doc = read_document(path)
    report = None
    if doc.kind in ("latex", "markdown") and path != "-":
        from refcheck.latex import check_keyed

        report = check_keyed(path, doc)  # \cite keys / pandoc @keys against .bib files; suppression applied
    prose = report is None
    if prose:
        report = check_document(doc, style=opts.style or config.style, citations=opts.citations)
    run = CheckOptions(
        resolve=opts.resolve or config.resolve, check_urls=opts.check_urls or config.check_urls,
        cache=opts.cache or (config.cache if isinstance(config.cache, str) else None),
        use_cache=opts.use_cache and config.cache is not False, offline=opts.offline,
        mailto=opts.mailto or config.mailto,
    )
    findings = report.findings + _network_findings(report.references, run)
    findings = config.apply(findings, path, report.citations)
    if prose and doc.kind in ("latex", "markdown"):
        from refcheck.suppress import suppressed  # a Markdown paper's <!-- refcheck: ignore --> comments

        findings = suppressed(doc.text, findings)
    report.findings = findings
    for warning in doc.warnings:
        print(f"refcheck: warning: {warning}", file=sys.stderr)
    return report


def _config_for(path: str, opts: CheckOptions):  # noqa: ANN202 - Config, imported lazily
    """The configuration governing PATH, with the command line's flags on top."""
    from refcheck.config import Config, load_config

    config = load_config(Path(path if path != "-" else ".")) if opts.use_config else Config()
    return config.override(select=opts.select or None, ignore=opts.ignore or None)


def _network_findings(refs: list, opts: CheckOptions) -> list:
    """Crossref and link findings, only when asked for; never raises on network trouble."""
    if not refs or not (opts.resolve or opts.check_urls):
        return []
    from refcheck.pipeline import sort_findings
    from refcheck.resolve import ResolveOptions, check_urls, resolve_references

    ropts = ResolveOptions.from_env(mailto=opts.mailto, cache=opts.cache, use_cache=opts.use_cache,
                                    offline=opts.offline, progress=sys.stderr.isatty())
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


# --- bib -------------------------------------------------------------------

def _cmd_bib(args: argparse.Namespace) -> int:
    from refcheck.errors import InputError

    opts = _options(args)
    if args.in_place and not args.fix:
        raise _UsageError("--in-place goes with --fix")
    if args.output and args.path != "-" and _same_file(args.output, args.path):
        raise _UsageError(f"{args.output}: refusing to overwrite the input file (use --fix --in-place for a .bib)")
    if args.fix:
        return _fix_bib(args)
    try:
        from refcheck.pipeline import check_document
        from refcheck.readers import read_document

        doc = read_document(args.path)
        report = check_document(doc, style=opts.style, citations=False)
    except InputError as exc:
        _error(str(exc))
        return EXIT_USAGE
    if not report.references:
        _error(f"{report.path}: no reference list found")
        return EXIT_FINDINGS
    for finding in _network_findings(report.references, opts):
        if finding.severity == "error":
            print(f"{report.path}:{finding.line}:{finding.column}: {finding.severity} {finding.code}: "
                  f"{finding.message}", file=sys.stderr)
    from refcheck.format.bibtex import to_bibtex

    return _emit(to_bibtex(report.references), args.output)


def _fix_bib(args: argparse.Namespace) -> int:
    """Rewrite an existing .bib through the same writer; keys are the user's and are kept."""
    from refcheck.bibfile import read_bib
    from refcheck.errors import InputError
    from refcheck.format.bibtex import to_bibtex

    path = Path(args.path)
    if path.suffix.lower() != ".bib":
        _error(f"{args.path}: --fix takes a .bib file")
        return EXIT_USAGE
    try:
        refs = read_bib(path)
    except InputError as exc:
        _error(str(exc))
        return EXIT_USAGE
    for ref in refs:
        ref.key = ref.key or ref.id
    seen: set[str] = set()
    unique = [r for r in refs if not (r.key in seen or seen.add(r.key))]  # a repeated key keeps its first entry
    return _emit(to_bibtex(unique), args.path if args.in_place else args.output)


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def _emit(text: str, output: str | None) -> int:
    if output:
        from refcheck.output import write_atomic

        try:
            write_atomic(output, text)
        except OSError as exc:
            _error(f"{output}: cannot write: {exc.strerror or exc}")
            return EXIT_USAGE
    else:
        sys.stdout.write(text)
    return EXIT_OK


# --- parse -----------------------------------------------------------------

def _cmd_parse(args: argparse.Namespace) -> int:
    from refcheck.errors import InputError

    try:
        refs = parse_input(args.path, lines=args.lines)
    except InputError as exc:
        _error(str(exc))
        return EXIT_USAGE
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps([r.to_json() for r in refs], ensure_ascii=False, indent=2) + "\n")
    elif args.format == "bibtex":
        from refcheck.format.bibtex import to_bibtex

        sys.stdout.write(to_bibtex(refs) if refs else "")
    else:
        sys.stdout.write(render_parsed(refs))
    return EXIT_OK


def parse_input(path: str, lines: bool = False) -> list:
    """Entries of a paper's list, of a pasted list, or (lines=True) one per line."""
    from refcheck.model import RawEntry
    from refcheck.readers import read_document
    from refcheck.references import build_references

    doc = read_document(path)
    if lines:
        entries = [RawEntry(text=t.strip(), line=i, column=1)
                   for i, t in enumerate(doc.text.split("\n"), start=1) if t.strip()]
    else:
        from refcheck.finder import Section, find_reference_section
        from refcheck.splitter import split_entries

        section = find_reference_section(doc) or Section(0, 1, len(doc.line_starts) + 1)
        entries = split_entries(doc, section)
    return build_references(entries) if entries else []


def render_parsed(refs: list) -> str:
    out = []
    for ref in refs:
        out.append(f"{ref.id} line {ref.line} [{ref.type}] {ref.key}")
        for name, value in ref.fields.to_json().items():
            if value in (None, [], False):
                continue
            if name in ("authors", "editors", "translators"):
                value = "; ".join(v.get("literal") or ", ".join(filter(None, (v.get("family"), v.get("given"))))
                                  for v in value)
            out.append(f"  {name:<10} {value}")
    return "\n".join(out) + ("\n" if out else "")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
