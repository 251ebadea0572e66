"""Findings are built through the registry: severity and a fix come from it, in one order."""

from refcheck.codes import REGISTRY
from refcheck.findings.build import finding, sort_findings


def test_every_registered_code_says_what_to_do():
    assert [name for name, code in REGISTRY.items() if not code.fix] == []


def test_a_finding_takes_its_severity_from_the_registry():
    assert finding("no-entry", 3, 4, "x has no entry").severity == "error"


def test_a_finding_without_a_specific_fix_gets_its_codes_fix():
    assert finding("uncited", 1, 1, "entry never cited").fix == REGISTRY["uncited"].fix


def test_an_unregistered_code_cannot_be_built():
    try:
        finding("made-up", 1, 1, "m")
    except KeyError:
        return
    raise AssertionError("an unregistered code was built")


def test_findings_sort_by_position_then_errors_first():
    a = finding("uncited", 2, 1, "w")
    b = finding("no-entry", 2, 1, "e")
    c = finding("no-entry", 1, 9, "e")
    assert [(f.line, f.code) for f in sort_findings([a, b, c])] == [(1, "no-entry"), (2, "no-entry"), (2, "uncited")]


def test_json_finding_carries_its_fix_apart_from_the_message():
    f = finding("no-entry", 1, 1, '"Smith, 2010" has no entry in the reference list; add the entry',
                fix="add the entry")
    assert f.to_json()["fix"] == "add the entry" and f.to_json()["message"].startswith('"Smith, 2010"')


def test_findings_are_built_only_through_findings_build() -> None:
    """Severity and fix come from the registry: no module constructs model.Finding itself."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "refcheck"
    builders = sorted(
        str(path.relative_to(root)) for path in root.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Finding"
    )
    assert builders == ["findings/build.py"]
