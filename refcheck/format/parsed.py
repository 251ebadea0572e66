"""`refcheck parse`'s text output: one block per entry, one indented line per field."""

from __future__ import annotations


def render_parsed(refs: list) -> str:
    """Each entry's id, line, type and key, then its non-empty fields; names as "Family, Given"."""
    out = []
    for ref in refs:
        out.append(f"{ref.id} line {ref.line} [{ref.type}] {ref.key}")
        for name, value in ref.fields.to_json().items():
            if value in (None, [], False):
                continue
            if name in ("authors", "editors", "translators"):
                value = "; ".join(v.get("literal") or ", ".join(filter(None, (v.get("family"), v.get("given"))))
                                  for v in value)
            out.append(f"  {name:<10} {value}")
    return "\n".join(out) + ("\n" if out else "")
