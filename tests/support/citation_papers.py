"""Hand-made reference lists for test papers, so citation checks can be tested and
measured without depending on the reference parser.

A paper ``X.txt`` has a sidecar ``X.json``::

    {"style": "apa",
     "references": [{"match": "Rutland, Peter. 2000", "authors": ["Rutland, Peter"],
                     "year": "2000", "title": "Putin's Rise to Power"},
                    {"match": "“Russia.” Global", "authors": [{"literal": "..."}], "title": "Russia"}],
     "expected": [{"code": "name-mismatch", "line": 12, "text": "Ruthland"}, ...]}

``match`` is the start of the entry as printed; its line is looked up after the
reference heading. Authors are "Family, Given" strings or {"literal": org}.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import Any

from refcheck.document import Document
from refcheck.model import Fields, Name, Reference

HEADING_RE = re.compile(
    r"^[\s#*]*(?:\d+\.?\s*)?(references|works cited|bibliography|reference list|literature cited|sources)"
    r"\s*:?[\s*]*$",
    re.IGNORECASE | re.MULTILINE,
)


def list_start(text: str) -> int | None:
    """Offset of the last reference-list heading, or None."""
    last = None
    for m in HEADING_RE.finditer(text):
        last = m.start()
    return last


def _name(spec: Any) -> Name:
    if isinstance(spec, dict):
        return Name(literal=spec["literal"])
    family, _, given = str(spec).partition(",")
    return Name(family=family.strip(), given=given.strip() or None)


def load_paper(path: Path, side_path: Path | None = None
               ) -> tuple[Document, list[tuple[int, int]], list[Reference], str, bool, dict[str, Any]]:
    """(document, body regions, references, style, has_list, sidecar) for a test paper."""
    text = path.read_text(encoding="utf-8")
    doc = Document(path=str(path), text=text)
    side_path = side_path or path.with_suffix(".json")
    side: dict[str, Any] = json.loads(side_path.read_text(encoding="utf-8")) if side_path.exists() else {}
    start = list_start(text)
    has_list = start is not None and bool(side.get("references"))
    regions = [(0, start if start is not None else len(text))]
    refs: list[Reference] = []
    for i, spec in enumerate(side.get("references", []), start=1):
        at = text.find(spec["match"], start or 0)
        if at == -1:
            raise ValueError(f"{path.name}: entry {spec['match']!r} not found after the heading")
        line, col = doc.position(at)
        fields = Fields(authors=[_name(a) for a in spec.get("authors", [])], year=spec.get("year"),
                        title=spec.get("title"), et_al=bool(spec.get("et_al", False)),
                        container=spec.get("container"))
        end = text.find("\n", at)
        raw = text[at: end if end != -1 else len(text)].strip()
        ref = Reference(id=f"r{i}", line=line, column=col, raw=raw, fields=fields)
        if "label" in spec:
            with contextlib.suppress(AttributeError):  # older model without Reference.label
                ref.label = str(spec["label"])  # type: ignore[attr-defined]
        refs.append(ref)
    return doc, regions, refs, side.get("style", "unknown"), has_list, side


def expected_findings(side: dict[str, Any], doc: Document, refs: list[Reference]) -> list[tuple[str, int]]:
    """(code, line) of each expected finding. An expectation names its place by
    "find" (text in the body, "nth" occurrence from 1) or "entry" (a reference's
    "match" text, for uncited), or gives "line" directly."""
    out: list[tuple[str, int]] = []
    text = doc.text
    for exp in side.get("expected", []):
        if "line" in exp:
            out.append((exp["code"], int(exp["line"])))
            continue
        if "entry" in exp:
            ref = next(r for r in refs if r.raw.startswith(exp["entry"]))
            out.append((exp["code"], ref.line))
            continue
        at = -1
        for _ in range(int(exp.get("nth", 1))):
            at = text.find(exp["find"], at + 1)
            if at == -1:
                raise ValueError(f"expected text {exp['find']!r} not found")
        out.append((exp["code"], doc.position(at)[0]))
    return out
