"""The package's layering, held by reading its imports (every import, also those inside functions).

Python runs a deferred import as surely as a top-level one, only later, so a cycle hidden in a
function body is still a cycle: the two modules cannot be understood, tested or moved apart.
Imports under ``if TYPE_CHECKING:`` are left out: they never run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "refcheck"
MAX_LINES = 450
CLI_MAX_LINES = 250

# Leaves: they import nothing from refcheck but themselves, so every stage may import them.
LEAVES = ("refcheck.text", "refcheck._perf", "refcheck.errors", "refcheck._record")

# Modules over MAX_LINES that belong to a branch still being merged (citations, matching, text,
# findings, parser, feature, normalizer, bibtex, readers/pdf*, resolve). The lead removes an entry
# once its branch is in and the module is split. Empty now: every branch merged so far kept its
# modules under MAX_LINES.
KNOWN_LONG_MODULES_IN_FLIGHT: frozenset[str] = frozenset()

# Package cycles brought in by a merge, to be ended by the branch's owner; the lead removes an entry
# once it is. (findings <-> model ended: the code registry is the leaf refcheck/codes.py.)
KNOWN_PACKAGE_CYCLES_FROM_MERGES: frozenset[frozenset[str]] = frozenset()


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _type_checking_only(child):
            for other in child.orelse:
                yield from _import_nodes_of(other)
            continue
        yield from _import_nodes_of(child)


def _import_nodes_of(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        yield node
    yield from _import_nodes(node)


def imports_of(name: str) -> set[str]:
    """The refcheck modules NAME imports, wherever in the module the import stands."""
    path = MODULES[name]
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
        for alias in node.names:
            full = f"{base}.{alias.name}"
            found.add(full if full in MODULES else base)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: imports_of(name) for name in MODULES}


def _unit(module: str) -> str:
    """The package a module belongs to (refcheck.resolve.crossref -> refcheck.resolve); a top-level
    module is its own unit."""
    return ".".join(module.split(".")[:2])


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one member (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_cycle_hidden_in_a_function_body() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_another_that_imports_it_back() -> None:
    assert _cycles(GRAPH) == []


def test_no_two_packages_import_each_other() -> None:
    units: dict[str, set[str]] = {}
    for name, targets in GRAPH.items():
        units.setdefault(_unit(name), set()).update(_unit(t) for t in targets if _unit(t) != _unit(name))
    assert [c for c in _cycles(units) if frozenset(c) not in KNOWN_PACKAGE_CYCLES_FROM_MERGES] == []


def test_every_known_package_cycle_is_still_there() -> None:
    """An entry left after its cycle is ended would hide the same cycle coming back."""
    units: dict[str, set[str]] = {}
    for name, targets in GRAPH.items():
        units.setdefault(_unit(name), set()).update(_unit(t) for t in targets if _unit(t) != _unit(name))
    found = {frozenset(c) for c in _cycles(units)}
    assert sorted(sorted(k) for k in KNOWN_PACKAGE_CYCLES_FROM_MERGES if k not in found) == []


def test_leaf_packages_import_nothing_from_refcheck_but_themselves() -> None:
    leaks = {name: sorted(t for t in targets if not t.startswith(leaf))
             for leaf in LEAVES for name, targets in GRAPH.items()
             if name == leaf or name.startswith(leaf + ".")}
    assert {name: bad for name, bad in leaks.items() if bad} == {}


def _cli_imports(path: Path) -> list[set[str]]:
    """For each import of the CLI in PATH, the names it takes from it ({"*"} for the module itself)."""
    text = path.read_text(encoding="utf-8")
    if "cli" not in text:
        return []  # parsing only the files that could import it keeps this test fast
    found = []
    for node in _import_nodes(ast.parse(text)):
        if isinstance(node, ast.Import) and any(a.name == "refcheck.cli" for a in node.names):
            found.append({"*"})
        elif isinstance(node, ast.ImportFrom) and node.module == "refcheck.cli":
            found.append({a.name for a in node.names})
        elif (isinstance(node, ast.ImportFrom) and node.module == "refcheck"
              and any(a.name == "cli" for a in node.names)):
            found.append({"*"})
    return found


def test_inside_the_package_only_the_entry_point_imports_the_cli() -> None:
    importers = sorted(p.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("*.py") if _cli_imports(p))
    assert importers == ["refcheck/__main__.py"]


def test_tools_and_tests_drive_the_cli_but_take_the_service_from_app_and_runner() -> None:
    """They may run the command line itself (main, its argument parser), never take the service from it."""
    allowed = {"main", "_build_parser"}
    offenders = sorted(p.relative_to(ROOT).as_posix() for folder in ("tools", "benchmarks", "tests")
                       for p in (ROOT / folder).rglob("*.py")
                       if any(names - allowed for names in _cli_imports(p)))
    assert offenders == []


def _missing_refcheck_imports(path: Path, name: str | None) -> list[str]:
    """The refcheck modules PATH imports (NAME: its module name, for relative imports) that do not exist."""
    package = (name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]) if name else []
    missing = []
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            wanted = [a.name for a in node.names]
        else:
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
            wanted = [base]
        missing += [m for m in wanted if (m == "refcheck" or m.startswith("refcheck.")) and m not in MODULES]
    return missing


def test_every_refcheck_import_names_a_module_that_exists() -> None:
    """A module moved on one branch and imported by its old name on another (often inside a
    function, so nothing fails until that line runs) is caught here, at merge time."""
    names = {p: n for n, p in MODULES.items()}
    stale = {p.relative_to(ROOT).as_posix(): bad
             for folder in ("refcheck", "tools", "benchmarks", "tests") for p in sorted((ROOT / folder).rglob("*.py"))
             if (bad := _missing_refcheck_imports(p, names.get(p)))}
    assert stale == {}


def test_cli_stays_under_250_lines() -> None:
    assert len((PACKAGE / "cli.py").read_text(encoding="utf-8").splitlines()) < CLI_MAX_LINES


def test_no_module_is_over_450_lines_but_the_known_exceptions_in_flight() -> None:
    long = {p.relative_to(ROOT).as_posix() for p in MODULES.values()
            if len(p.read_text(encoding="utf-8").splitlines()) > MAX_LINES}
    assert sorted(long - KNOWN_LONG_MODULES_IN_FLIGHT) == []


def test_every_known_exception_still_exists_and_is_still_long() -> None:
    """An entry the lead forgot to remove after a split would hide the next module that grows."""
    stale = [rel for rel in KNOWN_LONG_MODULES_IN_FLIGHT
             if not (ROOT / rel).exists()
             or len((ROOT / rel).read_text(encoding="utf-8").splitlines()) <= MAX_LINES]
    assert stale == []
