"""The pre-commit hooks, run by the real pre-commit framework against a temporary repository.

The hook repository is a fresh git repository holding this working tree's
package (pyproject.toml, refcheck/, .pre-commit-hooks.yaml), so the test
checks the code under test rather than whatever was last pushed. pre-commit
pip-installs it into its own environment: that needs PyPI (or a configured
index/wheelhouse), so without network the tests are skipped, saying why.

Every test runs the hooks the way a user does, from a ``.pre-commit-config.yaml``
naming the hook repository at its commit, with one PRE_COMMIT_HOME for the whole
session: the hook's environment is built once (about 15 s here), not once per
test as ``pre-commit try-repo`` would (it always builds in a fresh store).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "latex" / "clean"
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
TIMEOUT = 900  # the first run builds the hook's environment


def _git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def _index_reachable() -> bool:
    if os.environ.get("PIP_INDEX_URL") or os.environ.get("PIP_FIND_LINKS"):
        return True
    try:
        socket.create_connection(("pypi.org", 443), timeout=5).close()
        return True
    except OSError:
        return False


pytestmark = pytest.mark.slow  # the first run builds the hook's environment


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not PRE_COMMIT.exists() and shutil.which("pre-commit") is None:
        pytest.skip("pre-commit is not installed (it is in the test extras)")
    if not _index_reachable():
        pytest.skip("no package index reachable: pre-commit cannot install the hook's environment")
    repo = tmp_path_factory.mktemp("hookrepo")
    for name in ("pyproject.toml", ".pre-commit-hooks.yaml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, repo / name)
    if not (repo / "README.md").exists():
        (repo / "README.md").write_text("refcheck\n")
    shutil.copytree(ROOT / "refcheck", repo / "refcheck",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "hook repository under test")
    return repo


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pre-commit store for the session: the hook's environment is installed once."""
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def paper_repo(tmp_path: Path) -> Path:
    """A user's paper repository: the clean LaTeX paper and its .bib, committed."""
    repo = tmp_path / "paper"
    repo.mkdir()
    shutil.copy2(FIXTURES / "paper.tex", repo / "paper.tex")
    shutil.copy2(FIXTURES / "refs.bib", repo / "refs.bib")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "paper")
    return repo


def _pre_commit(cwd: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    exe = str(PRE_COMMIT) if PRE_COMMIT.exists() else "pre-commit"
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1"}
    return subprocess.run([exe, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)


def _use_hooks(repo: Path, hook_repo: Path) -> None:
    """REPO's .pre-commit-config.yaml: every hook of the repository under test, at its commit."""
    rev = _git(hook_repo, "rev-parse", "HEAD").strip()
    ids = re.findall(r"^- id: (\S+)", (hook_repo / ".pre-commit-hooks.yaml").read_text(), re.MULTILINE)
    hooks = "".join(f"      - id: {hook_id}\n" for hook_id in ids)
    (repo / ".pre-commit-config.yaml").write_text(f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n{hooks}")


def _run_hook(repo: Path, hook_repo: Path, home: Path, hook: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``pre-commit run HOOK ARGS`` in REPO against the hook repository under test."""
    _use_hooks(repo, hook_repo)
    return _pre_commit(repo, home, "run", hook, *args)


def _break_a_citation(repo: Path) -> None:
    paper = repo / "paper.tex"
    paper.write_text(paper.read_text().replace(r"\citep{potts2010}", r"\citep{pots2010}"))


def test_clean_paper_passes_the_hook(hook_repo: Path, pre_commit_home: Path, paper_repo: Path) -> None:
    result = _run_hook(paper_repo, hook_repo, pre_commit_home, "refcheck", "--files", "paper.tex")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_broken_citation_fails_the_hook_and_prints_the_finding(hook_repo: Path, pre_commit_home: Path,
                                                              paper_repo: Path) -> None:
    _break_a_citation(paper_repo)
    result = _run_hook(paper_repo, hook_repo, pre_commit_home, "refcheck", "--files", "paper.tex")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Failed" in result.stdout
    assert "paper.tex:5:" in result.stdout and "no-entry" in result.stdout and "pots2010" in result.stdout


def test_git_commit_of_a_broken_paper_is_refused(hook_repo: Path, pre_commit_home: Path,
                                                 paper_repo: Path) -> None:
    _use_hooks(paper_repo, hook_repo)
    installed = _pre_commit(paper_repo, pre_commit_home, "install")
    assert installed.returncode == 0, installed.stderr
    _break_a_citation(paper_repo)
    _git(paper_repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "PRE_COMMIT_COLOR": "never",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
           "PATH": f"{PRE_COMMIT.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    commit = subprocess.run(["git", "commit", "-m", "break a citation"], cwd=paper_repo, env=env,
                            capture_output=True, text=True, timeout=TIMEOUT)
    output = commit.stdout + commit.stderr
    assert commit.returncode != 0, output
    assert "no-entry" in output and "pots2010" in output
    assert _git(paper_repo, "log", "--oneline").count("\n") == 1  # the commit did not happen


def test_bib_hook_writes_a_bib_next_to_the_paper(hook_repo: Path, pre_commit_home: Path, tmp_path: Path) -> None:
    repo = tmp_path / "prose"
    repo.mkdir()
    (repo / "essay.txt").write_text(
        "Sleep\n\nAdolescents sleep too little (Owens, 2014).\n\nReferences\n\n"
        "Owens, J. (2014). Insufficient sleep in adolescents and young adults: An update on causes "
        "and consequences. Pediatrics, 134(3), e921-e932.\n")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "essay")
    result = _run_hook(repo, hook_repo, pre_commit_home, "refcheck-bib", "--hook-stage", "manual",
                       "--files", "essay.txt")
    bib = repo / "essay.bib"
    assert bib.exists(), result.stdout + result.stderr
    assert "@article{" in bib.read_text() and "Owens" in bib.read_text()


def test_bib_lint_hook_refuses_a_bib_with_a_repeated_key(hook_repo: Path, pre_commit_home: Path,
                                                         paper_repo: Path) -> None:
    clean = _run_hook(paper_repo, hook_repo, pre_commit_home, "refcheck-bib-lint", "--files", "refs.bib")
    bib = paper_repo / "refs.bib"
    first = bib.read_text().split("\n@")[0]
    bib.write_text(bib.read_text() + "\n" + first + "\n")
    broken = _run_hook(paper_repo, hook_repo, pre_commit_home, "refcheck-bib-lint", "--files", "refs.bib")
    assert "duplicate-key" not in clean.stdout + clean.stderr
    assert broken.returncode != 0 and "error duplicate-key" in broken.stdout, broken.stdout + broken.stderr
