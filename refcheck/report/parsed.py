"""A reference list as refcheck parsed it: for a person reading (``parsed``) or a program (``json``)."""

from __future__ import annotations

from refcheck.model import Reference
from refcheck.report.text import visible

_NAME_LISTS = ("authors", "editors", "translators")


def render(refs: list[Reference]) -> str:
    """Each entry's id, line, type and key, then one line per field it has (control characters escaped:
    this is read on a terminal)."""
    out = []
    for ref in refs:
        out.append(f"{ref.id} line {ref.line} [{ref.type}] {visible(ref.key)}")
        for name, value in ref.fields.to_json().items():
            if value in (None, [], False):
                continue
            if name in _NAME_LISTS:
                value = "; ".join(v.get("literal") or ", ".join(filter(None, (v.get("family"), v.get("given"))))
                                  for v in value)
            out.append(f"  {name:<10} {visible(str(value))}")
    return "\n".join(out) + ("\n" if out else "")


def render_json(refs: list[Reference]) -> str:
    """The entries as the JSON report writes them (its ``references`` array)."""
    import json

    return json.dumps([r.to_json() for r in refs], ensure_ascii=False, indent=2) + "\n"
