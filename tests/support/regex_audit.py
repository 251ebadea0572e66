"""Every regular expression in refcheck, fed the inputs that make backtracking blow up.

Patterns are found in the source (string literals passed to ``re.*`` or ``lazy``), so a new
pattern is audited without being registered anywhere. Each is searched in long runs of one
unit (a capital, "Aa-", ", ", spaces, newlines, ...) after a few openings its own alternatives
expect ("Smith, ", "10.1000/", "(") and ended by a character that forces the match to fail:
the shapes of nested or adjacent quantifiers that made the splitter exponential and the
"et al." pattern cubic. Run as a script it prints the slowest patterns.
"""

from __future__ import annotations

import ast
import contextlib
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "refcheck"
_FUNCS = {"compile", "match", "search", "fullmatch", "sub", "subn", "findall", "finditer", "split"}
UNITS = ("A", "a", "1", " ", ".", "-", ",", "A.", "Aa", "a ", "A ", "A. ", ", ", "Aa, ", "\n", "'", "a-", "1-",
         "(", "[", "A,", "é", "Aa-", "a.", "1.", "1 ", "A A", "aa ", "a, ", "; ", "/")
OPENINGS = ("", "Smith, ", "x ", "(", "Smith ", "10.1000/", "http://")


def patterns(root: Path = PACKAGE) -> Iterator[tuple[str, str, int]]:
    """(where, pattern, flags) for every literal pattern in the package's source."""
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args and _is_regex_call(node.func)):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield f"{path.relative_to(root.parent)}:{node.lineno}", first.value, _flags(node)


def _is_regex_call(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id == "lazy"
    return isinstance(func, ast.Attribute) and func.attr in _FUNCS and isinstance(func.value, ast.Name) \
        and func.value.id == "re"


def _flags(node: ast.Call) -> int:
    exprs = [k.value for k in node.keywords if k.arg == "flags"]
    if isinstance(node.func, ast.Name) or node.func.attr == "compile":
        exprs += node.args[1:2]
    flags = 0
    for expr in exprs:
        with contextlib.suppress(Exception):  # a flags variable: audit without it
            flags |= eval(compile(ast.Expression(expr), "<flags>", "eval"), {"re": re})  # noqa: S307 - re.I | re.M
    return flags


def worst_case(pattern: str, flags: int, n: int) -> tuple[float, str]:
    """The longest search time over the hostile inputs of length ~N, and the input's opening."""
    rx = re.compile(pattern, flags)
    worst = (0.0, "")
    for unit in UNITS:
        for opening in OPENINGS:
            text = opening + unit * n + "!"
            start = time.perf_counter()
            rx.search(text)
            took = time.perf_counter() - start
            if took > worst[0]:
                worst = (took, repr(opening + unit * 3) + "...")
    return worst


def slow_patterns(n: int, budget: float) -> list[str]:
    return [f"{where}: {took:.2f} s on {sample}" for where, pattern, flags in patterns()
            for took, sample in [worst_case(pattern, flags, n)] if took > budget]


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    found = sorted(((worst_case(p, f, size)[0], w) for w, p, f in patterns()), reverse=True)
    for took, where in found[:15]:
        print(f"{took * 1000:9.1f} ms  {where}")
    print(len(found), "patterns")
