"""Checking a prose paper imports none of the modules refcheck._perf keeps off the start-up path.

A module-level import of one of these (a ``@dataclass`` pulls in inspect, ``import tempfile`` in
a module every run loads) costs every run of the command and of the pre-commit hook tens of
milliseconds; refcheck/_perf.py lists what each costs. Run in a fresh interpreter, since pytest
itself has imported most of them.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seeds" / "000_2dd45404e1011c92.txt"

KEPT_OFF = ("dataclasses", "inspect", "typing", "tempfile", "fractions", "shutil", "importlib.resources",
            "json", "requests", "bibtexparser", "rapidfuzz")

CODE = r"""
import contextlib, io, sys
before = set(sys.modules)
from refcheck.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    main(["check", sys.argv[1], "--no-config"])
print(sorted(set(sys.modules) - before))
"""


def test_checking_a_prose_paper_imports_none_of_the_slow_modules() -> None:
    proc = subprocess.run([sys.executable, "-c", CODE, str(SEED)], capture_output=True, text=True, timeout=120,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    imported = set(ast.literal_eval(proc.stdout.strip().splitlines()[-1]))
    assert sorted(m for m in KEPT_OFF if m in imported) == []
