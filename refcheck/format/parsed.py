"""`refcheck parse`'s output: text (one block per entry, one indented line per field), JSON or BibTeX."""

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


def render(refs: list, fmt: str) -> str:
    """`refcheck parse --format FMT`: text (render_parsed), json (each entry's fields) or bibtex."""
    if fmt == "json":
        import json

        return json.dumps([r.to_json() for r in refs], ensure_ascii=False, indent=2) + "\n"
    if fmt == "bibtex":
        from refcheck.format.bibtex import to_bibtex

        return to_bibtex(refs) if refs else ""
    return render_parsed(refs)
