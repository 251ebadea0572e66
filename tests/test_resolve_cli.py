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
