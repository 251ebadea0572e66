"""`refcheck check --resolve` end to end through the CLI, against the local fake Crossref."""

from __future__ import annotations

import json
import subprocess
import sys

from crossref_server import FakeCrossref

BIB = """@article{chiang2017,
  author = {Chiang, Colby and others},
  title = {The impact of structural variation on human gene expression},
  journal = {Nature Genetics}, volume = {49}, number = {5}, pages = {692--699},
  year = {2016}, doi = {10.1038/ng.3834},
}
"""
TEX = "\\documentclass{article}\\begin{document}\nAs shown \\cite{chiang2017}.\n\\bibliography{refs}\n\\end{document}\n"


def _check(tmp_path, server, *extra):
    env = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "REFCHECK_CROSSREF_URL": server.url, "HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-m", "refcheck", "check", "--resolve", "--cache",
                           str(tmp_path / "cache.sqlite"), *extra, str(tmp_path / "paper.tex")],
                          capture_output=True, text=True, env=env, check=False)


def test_a_latex_papers_bib_entry_is_verified_and_the_finding_points_into_the_bib(tmp_path):
    (tmp_path / "refs.bib").write_text(BIB)
    (tmp_path / "paper.tex").write_text(TEX)
    with FakeCrossref() as server:
        proc = _check(tmp_path, server, "--format", "json")
        first_run = server.count()
        again = _check(tmp_path, server)
        assert first_run > 0 and server.count() == first_run  # the second run is served from the cache
    report = json.loads(proc.stdout)["files"][0]
    (finding,) = [f for f in report["findings"] if f["code"] == "metadata-mismatch"]
    assert finding["path"] == "refs.bib" and finding["line"] == 1
    assert "year: entry 2016, Crossref 2017" in finding["message"]
    assert f"{tmp_path / 'refs.bib'}:1:1: warning metadata-mismatch" in again.stdout


def test_a_crossref_outage_is_paid_once_per_run_not_once_per_file(tmp_path):
    from crossref_server import Canned

    paper = "As shown (Chiang et al., 2016).\n\nReferences\n\nChiang, C., et al. (2016). The impact of " \
            "structural variation on human gene expression. Nature Genetics, 49(5), 692-699. " \
            "https://doi.org/10.1038/ng.{n}\n"
    papers = []
    for n in range(4):
        (tmp_path / f"p{n}.txt").write_text(paper.format(n=3834 + n))
        papers.append(str(tmp_path / f"p{n}.txt"))
    env = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "REFCHECK_CROSSREF_URL": "", "HOME": str(tmp_path)}
    with FakeCrossref() as server:
        server.fallback = lambda seen: Canned(503, "down", {"Retry-After": "0"})
        env["REFCHECK_CROSSREF_URL"] = server.url
        proc = subprocess.run([sys.executable, "-m", "refcheck", "check", "--resolve", "--no-cache", *papers],
                              capture_output=True, text=True, env=env, check=False)
        asked = server.count()
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stdout.count("info unchecked") == 4, proc.stdout  # every file's entry, with the reason
    assert proc.stdout.count("stopped asking") >= 2  # the breaker opened in the second file and stayed open
    assert asked <= 10  # one breaker for the run: without it, each file pays its own 5 attempts (20)
