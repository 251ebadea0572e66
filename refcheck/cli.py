"""Command line: `refcheck check`, `refcheck bib`, `refcheck parse`, `refcheck format`.

Start-up is paid on every commit by the pre-commit hook, so this module
imports only the standard library; each command imports what it uses.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from refcheck import __version__, _regex_cache
from refcheck._terminal import HelpFormatter as _HelpFormatter
from refcheck.errors import InputError
from refcheck.report import LISTS, REPORTS

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~5 ms)
if TYPE_CHECKING:
    from refcheck.app import CheckOptions

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
FORMATS = tuple(REPORTS)
STYLES = ("apa", "mla", "chicago", "harvard", "ieee", "vancouver", "ama", "nature", "acs", "chicago-notes", "alpha",
          "unknown")
STYLE_HELP = "force the citation style instead of detecting it (unknown: no style-specific checks)"
STDIN_TYPES = ("text", "markdown", "latex", "docx", "pdf")


def main(argv: Sequence[str] | None = None) -> int:
    _regex_cache.install()  # the commands' modules compile their patterns as they are imported
    parser = _build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except (_UsageError, InputError) as exc:  # a file that cannot be read, a style that does not exist
        _error(str(exc))
        return EXIT_USAGE
    except (OSError, MemoryError, RecursionError) as exc:  # bib/parse/format's one file: one line, exit 2
        from refcheck.app import describe_failure

        _error(describe_failure(getattr(args, "path", "-"), exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("refcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="refcheck", description="Make a paper's references trustworthy.",
                                formatter_class=_HelpFormatter)
    p.add_argument("--version", action="version", version=f"refcheck {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="check papers: reference list, citations, (optionally) Crossref",
                       formatter_class=_HelpFormatter)
    c.add_argument("paths", nargs="+", metavar="PATH", help="paper files or directories; - for stdin")
    c.add_argument("--format", choices=FORMATS, default="text", help="report format (default: text)")
    c.add_argument("-o", "--output", metavar="FILE", help="write the report here (atomically) instead of stdout")
    c.add_argument("--strict", action="store_true", help="warnings also make the exit status 1")
    c.add_argument("--select", metavar="CODES", help="report only these finding codes (comma-separated)")
    c.add_argument("--ignore", metavar="CODES", help="never report these finding codes (comma-separated)")
    c.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="check files in N processes")
    c.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour the text report (auto: when stdout is a terminal and NO_COLOR is unset)")
    _add_common(c)
    c.set_defaults(func=_cmd_check)

    b = sub.add_parser("bib", help="write a paper's (or a .bib's) list as BibTeX, CSL-JSON or RIS",
                       formatter_class=_HelpFormatter)
    b.add_argument("path", metavar="PAPER", help="a paper or a .bib file; - for stdin")
    b.add_argument("--to", choices=("bibtex", "csl-json", "ris"), default="bibtex", help="default: bibtex")
    b.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout")
    b.add_argument("--fix", action="store_true", help="PAPER is a .bib file: write it back normalized")
    b.add_argument("--in-place", action="store_true", help="with --fix: replace the .bib file itself")
    b.add_argument("--quiet", "-q", action="store_true", help="with --fix: no line per change, only the summary")
    _add_common(b)
    b.set_defaults(func=_cmd_bib)

    r = sub.add_parser("parse", help="print the parsed entries of a document or a pasted list",
                       formatter_class=_HelpFormatter)
    r.add_argument("path", metavar="FILE", help="a paper or a list of references; - for stdin")
    r.add_argument("--lines", action="store_true", help="one reference per line")
    r.add_argument("--format", choices=("text", *(n for n in LISTS if n != "parsed")), default="text",
                   help="text: one block per entry; json: the entries' fields; bibtex, csl-json, ris: for import")
    r.add_argument("--style", choices=STYLES, help=STYLE_HELP)
    r.add_argument("--stdin-type", choices=STDIN_TYPES, help="what - (stdin) is; default: sniffed from the bytes")
    r.set_defaults(func=_cmd_parse)

    f = sub.add_parser("format", help="print the list in a CSL style (via pandoc)", formatter_class=_HelpFormatter)
    f.add_argument("path", metavar="PAPER", help="a paper or a .bib file; - for stdin")
    f.add_argument("--style", dest="csl", required=True, metavar="STYLE",
                   help="apa, mla, chicago-author-date, harvard, ieee, vancouver, or a .csl file")
    f.add_argument("--diff", action="store_true", help="show what changed against the paper's own list")
    f.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout")
    f.set_defaults(func=_cmd_format)
    return p


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--style", choices=STYLES, help=STYLE_HELP)
    p.add_argument("--resolve", action="store_true", default=None,
                   help="look every entry up in Crossref (adds DOIs, flags retractions)")
    p.add_argument("--check-urls", action="store_true", default=None, help="check that URLs are alive")
    p.add_argument("--cache", metavar="PATH", help="HTTP cache: SQLite file or redis:// URL")
    p.add_argument("--no-cache", action="store_true", help="do not cache HTTP responses")
    p.add_argument("--offline", action="store_true", help="answer from the cache only; never the network")
    p.add_argument("--mailto", metavar="EMAIL", help="contact address for Crossref's polite pool")
    p.add_argument("--no-config", action="store_true", help="ignore pyproject.toml / refcheck.toml")
    p.add_argument("--allow-private", action="store_true",
                   help="also check links on private, loopback and link-local addresses (refused by default)")
    p.add_argument("--allow-outside", action="append", default=[], metavar="PATH",
                   help="also read files under PATH (by default only the paper's project directory)")
    p.add_argument("--stdin-type", choices=STDIN_TYPES, help="what - (stdin) is; default: sniffed from the bytes")


def _split_codes(value: str | None) -> list[str]:
    return [c.strip() for c in (value or "").split(",") if c.strip()]


def _options(args: argparse.Namespace) -> CheckOptions:
    from refcheck.app import CheckOptions
    from refcheck.codes import CODES

    select, ignore = _split_codes(getattr(args, "select", None)), _split_codes(getattr(args, "ignore", None))
    unknown = [c for c in [*select, *ignore] if c not in CODES]
    if unknown:
        raise _UsageError(f"unknown finding code {unknown[0]!r}; known codes: {', '.join(CODES)}")
    return CheckOptions(
        style=args.style, select=select, ignore=ignore, resolve=bool(args.resolve),
        check_urls=bool(args.check_urls), cache=args.cache, use_cache=not args.no_cache,
        offline=args.offline, mailto=args.mailto, use_config=not args.no_config,
        allow_private=args.allow_private, allow_outside=args.allow_outside, stdin_type=args.stdin_type)


class _UsageError(Exception):
    """A bad combination of arguments: one line on stderr, exit status 2."""


def _error(message: str) -> None:
    from refcheck.report.text import visible  # a file name or quoted text must not drive the terminal

    print(f"refcheck: error: {visible(message)}", file=sys.stderr)


# --- check -----------------------------------------------------------------

def _cmd_check(args: argparse.Namespace) -> int:
    from refcheck.io import same_file
    from refcheck.runner import check_for_format, exit_status, expand_paths, render_results

    opts = _options(args)
    if args.jobs < 1:
        raise _UsageError("--jobs must be at least 1")
    if args.output and any(p != "-" and same_file(args.output, p) for p in args.paths):
        raise _UsageError(f"{args.output}: refusing to overwrite an input file with the report")
    paths, missing = expand_paths(args.paths)
    for m in missing:
        _error(f"{m}: no such file or directory")
    results, reports, prepared = check_for_format(paths, opts, args.format, args.jobs)
    status = EXIT_USAGE if missing else EXIT_OK
    for report in reports:
        if report.error is not None:
            _error(report.error)
            status = EXIT_USAGE
    text = render_results(args.format, results, prepared=prepared, out=sys.stdout,
                          color="never" if args.output else args.color)
    if _emit(text, args.output) != EXIT_OK:
        return EXIT_USAGE
    sys.stdout.flush()
    return status if status != EXIT_OK else exit_status(reports, args.strict)


# --- bib -------------------------------------------------------------------

def _cmd_bib(args: argparse.Namespace) -> int:
    from refcheck.app import list_entries, network_findings
    from refcheck.io import same_file
    from refcheck.report import render_list

    opts = _options(args)
    if args.in_place and (not args.fix or args.output):
        raise _UsageError("--in-place goes with --fix and without -o")
    if args.output and args.path != "-" and same_file(args.output, args.path):
        raise _UsageError(f"{args.output}: refusing to overwrite the input file (use --fix --in-place for a .bib)")
    if args.fix and args.to != "bibtex":
        raise _UsageError("--fix writes the .bib back as BibTeX; convert it with --to alone")
    if args.fix:
        return _fix_bib(args)
    shown = args.path if args.path != "-" else "<stdin>"
    refs = list_entries(args.path, opts)
    if not refs:
        _error(f"{shown}: no reference list found; nothing to write")
        return EXIT_USAGE
    for finding in network_findings(refs, opts):  # dead links and wrong DOIs alike
        if finding.severity in ("error", "warning"):
            print(f"{finding.location(shown)}:{finding.line}:{finding.column}: {finding.severity} {finding.code}: "
                  f"{finding.message}", file=sys.stderr)
    return _emit(render_list(args.to, refs), args.output)


def _fix_bib(args: argparse.Namespace) -> int:
    """Rewrite an existing .bib, changing only what the documented normalizations change."""
    from refcheck.bibtex.fix import fix_file

    if Path(args.path).suffix.lower() != ".bib":
        _error(f"{args.path}: --fix takes a .bib file")
        return EXIT_USAGE
    return fix_file(args.path, args.path if args.in_place else (args.output or "-"), quiet=args.quiet)


def _emit(text: str, output: str | None) -> int:
    """Write TEXT to OUTPUT (atomically; ``-`` or none: standard output)."""
    from refcheck.io import write_output

    try:
        write_output(output or "-", text)
    except OSError as exc:
        _error(f"{output}: cannot write: {exc.strerror or exc}")
        return EXIT_USAGE
    return EXIT_OK


# --- parse -----------------------------------------------------------------

def _cmd_parse(args: argparse.Namespace) -> int:
    from refcheck.app import parse_input
    from refcheck.report import render_list

    refs = parse_input(args.path, lines=args.lines, stdin_type=args.stdin_type)
    name = "parsed" if args.format == "text" else args.format
    sys.stdout.write(render_list(name, refs) if refs or name in ("parsed", "json") else "")
    return EXIT_OK


def _cmd_format(args: argparse.Namespace) -> int:
    from refcheck.app import styled_list

    return _emit(styled_list(args.path, args.csl, args.diff), args.output)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
