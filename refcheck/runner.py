"""Checking many files: directories walked for papers, and the --jobs process pool.

Results come back in the order of the paths whatever the pool did, so a parallel run
prints exactly what a serial one does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from refcheck.app import CheckOptions, check_path

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~5 ms)
if TYPE_CHECKING:
    from typing import Any


def expand_paths(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """Files as given, directories walked (sorted) for papers; and the paths that do not exist."""
    from refcheck.readers import is_readable_paper

    files: list[str] = []
    missing: list[str] = []
    for p in paths:
        if p.lower().endswith(".bib") and os.path.isfile(p):
            files.append(p)  # linted on its own (bibtex/lint.py) ...
            files.extend(_papers_using(p, files))  # ... and, changed, the papers that cite from it
        elif p == "-" or os.path.isfile(p):
            files.append(p)
        elif os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(os.path.join(root, n) for n in sorted(names)
                             if is_readable_paper(os.path.join(root, n)))
        else:
            missing.append(p)
    return files, missing


def _papers_using(bib: str, already: list[str]) -> list[str]:
    """The papers of BIB's project that use it, not yet listed."""
    from pathlib import Path

    from refcheck.keyed.project import papers_using

    users = [str(p) for p in papers_using(Path(bib))]
    return [u for u in users if u not in already]


def run_checks(paths: list[str], opts: CheckOptions, jobs: int = 1,
               prepare: Callable[[Any], Any] | None = None) -> list:
    """Check each file, in JOBS worker processes when there are several; results in the order of PATHS.

    ``prepare(report)``, when given, runs where the report was made and its result is returned
    in the report's place: with --jobs, a worker renders its own file and sends the parent only
    what the parent still needs, since pickling whole reports (entries, citations) across and
    rendering them in the parent is serial work that would cap the speed-up.
    """
    from refcheck._perf import fewer_collections
    from refcheck.resolve.run import crossref_run

    with fewer_collections(), crossref_run():  # one Crossref budget and breaker for the whole run
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
        from refcheck.report.json_report import render_file

        part = render_file(report)
    slim = FileReport(path=report.path, style=report.style, references=[None] * len(report.references),
                      citations=[None] * len(report.citations), findings=report.findings, error=report.error)
    return slim, part


def check_for_format(paths: list[str], opts: CheckOptions, fmt: str, jobs: int = 1) -> tuple[list, list, bool]:
    """Check PATHS for a report in format FMT: (results for render_results, the reports, prepared).
    With --jobs, a worker renders its file (JSON) and hands back only findings and counts; a format
    that shows the paper itself (HTML) needs whole reports back."""
    from functools import partial

    from refcheck.report import REPORTS

    prepare = partial(for_parent, fmt) if jobs > 1 and not REPORTS[fmt].needs_documents else None
    results = run_checks(paths, opts, jobs, prepare)
    return results, (results if prepare is None else [r for r, _ in results]), prepare is not None


def exit_status(reports: list, strict: bool) -> int:
    """1 when a readable file has a finding at error level (with STRICT: or warning), else 0."""
    failing = {"error", "warning"} if strict else {"error"}
    return int(any(f.severity in failing for r in reports if r.error is None for f in r.findings))


def render_results(fmt: str, results: list, prepared: bool, out: Any, color: str = "auto") -> str:
    """The report of a run in format FMT (a name in refcheck.report.REPORTS), for the files that
    could be read. RESULTS are what run_checks returned: reports, or (with PREPARED, from
    for_parent) (slim report, JSON part)."""
    from refcheck.report import RenderOptions, render_reports
    from refcheck.report.text import use_colour

    reports = [r for r, _ in results] if prepared else results
    shown = [r for r in reports if r.error is None]
    if fmt == "json" and prepared:
        from refcheck.report.json_report import join_files

        return join_files([part for r, part in results if r.error is None])
    return render_reports(fmt, shown, RenderOptions(colour=use_colour(out, color)))
