"""Build fixtures/papers_real2: render JATS articles from mirrored GitHub snapshots to text, with link-based gold.

Why: refcheck needs a yardstick of real papers nobody on the project has tuned against.  Each source in
tools/real2_sources.json names a repository snapshot (fetched to /work/.mirror/owner+name/repo), a path and the
journal's house style for structured entries.  Output: papers/*.txt, gold.json, provenance.json.
Usage: python -m tools.jats_papers tools/real2_sources.json fixtures/papers_real2
"""

from __future__ import annotations

import html.entities
import json
import re
import subprocess
import sys
from pathlib import Path

from lxml import etree

from tools.jats_gold import author_date, entry_has, is_numeric, numeric_runs
from tools.jats_render import Renderer, text_of_licence

MIRROR = Path("/work/.mirror")


def blob(repo: str, path: str, at: str = "HEAD") -> tuple[bytes, str]:
    """The file at commit `at` (a source may name one when the file is gone from the newest snapshot)."""
    git = MIRROR / repo.replace("/", "+") / "repo"
    commit = subprocess.run(["git", "-C", str(git), "rev-parse", at], capture_output=True, text=True,
                            check=True).stdout.strip()
    data = subprocess.run(["git", "-C", str(git), "show", f"{commit}:{path}"], capture_output=True, check=True).stdout
    return data, commit


def licence(root: etree._Element) -> tuple[str, str]:
    """(short name, statement as given) from <license>; '' when the XML states no open licence."""
    lic = root.find("front/article-meta/permissions/license")
    if lic is None:
        return "", ""
    href = lic.get("{http://www.w3.org/1999/xlink}href") or ""
    stated = href or text_of_licence(lic)
    blob_text = (href + " " + text_of_licence(lic)).lower()
    if "by-nc" in blob_text or "noncommercial" in blob_text.replace("-", "").replace(" ", ""):
        return "", stated
    if "publicdomain/zero" in blob_text or "cc0" in blob_text:
        return "CC0 1.0", stated
    m = re.search(r"licenses/by/(\d\.\d)", blob_text)
    if m:
        return f"CC BY {m.group(1)}", stated
    if "creative commons attribution" in blob_text:
        v = re.search(r"attribution (\d\.\d)", blob_text)
        return (f"CC BY {v.group(1)}" if v else "CC BY (version not stated)"), stated
    return "", stated


def named_entities(data: bytes) -> bytes:
    """HTML named entities ('&ndash;') that XML without its DTD leaves undefined, as characters (else they vanish)."""
    def one(m: re.Match) -> bytes:
        name = m.group(1).decode()
        if name in ("amp", "lt", "gt", "quot", "apos") or name + ";" not in html.entities.html5:
            return m.group(0)
        return html.entities.html5[name + ";"].encode()
    return re.sub(rb"&([A-Za-z][A-Za-z0-9]*);", one, data)


def build_one(src: dict) -> tuple[str, dict, dict, dict]:
    data, commit = blob(src["repo"], src["path"], src.get("commit", "HEAD"))
    data = named_entities(data)
    root = etree.fromstring(data, etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    lic, stated = licence(root)
    if not lic:
        raise ValueError(f"{src['doc']}: no CC BY / CC0 licence stated ({stated[:60]!r})")
    r = Renderer(root, src["style"]).render()
    numeric = is_numeric(r)
    if numeric:  # a numbered list prints its numbers even when the XML keeps them implicit
        for e in r.entries:
            if not re.match(rf"\[?{e.label}\b", e.text):
                e.text = f"{e.label}. {e.text}"
        r.text = r.text[:r.ref_start] + "\n\n".join(e.text for e in r.entries) + "\n"
    text = r.text
    pos = r.ref_start
    for e in r.entries:
        at = text.index(e.text, pos)
        e.has = entry_has(text, e.text, at)
        if text.count(e.has) != 1:  # printed twice (or inside another entry): no verbatim key can name it
            raise ValueError(f"entry {e.has[:40]!r} has no unique prefix")
        pos = at + len(e.text)
    stats = {"links": len(r.links)}
    if numeric:
        cits, bare = numeric_runs(r)
        stats["bare_numeric_links"] = bare
        yearless: set[str] = set()
        cited_labels = {c["ref"] for c in cits}
        uncited = [e.has for e in r.entries if e.has not in cited_labels]
    else:
        cits, yearless = author_date(r)
        linked = {rid for _, _, rids in r.links for rid in rids}
        uncited = [e.has for e in r.entries if e.rid not in linked or e.rid in yearless]
        if not uncited and not yearless:
            uncited = []
    refs = [{"has": e.has, **e.fields} for e in r.entries]
    for ref in refs:  # the gold format's key order
        ref["type"] = ref.pop("type")
    gold = {"style": "ieee" if numeric else "harvard", "journal": src["journal"], "source_style": src["style"],
            "references": refs, "citations": cits, "uncited": [u for u in uncited
                                                                if u not in {x.has for x in r.entries
                                                                             if x.rid in yearless}],
            "duplicates": [], "not_citations": []}
    allowed = [e.has for e in r.entries if e.rid in yearless]
    if allowed:
        gold["uncited_allowed"] = allowed
    doi = (root.findtext("front/article-meta/article-id[@pub-id-type='doi']") or "").strip()
    lang = root.get("{http://www.w3.org/XML/1998/namespace}lang") or src.get("language", "en")
    prov = {"doc": src["doc"], "source": src["source"], "repository": src["repo"], "commit": commit,
            "path": src["path"], "journal": src["journal"], "doi": doi, "licence": lic, "licence_as_stated": stated,
            "language": lang.lower(), "citation_style": "numeric" if numeric else "author-date",
            "field": src.get("field", ""), "entries": len(refs), "gold_citations": len(cits)}
    return text, gold, prov, stats


def main(argv: list[str]) -> int:
    sources = json.loads(Path(argv[0]).read_text())
    out = Path(argv[1])
    (out / "papers").mkdir(parents=True, exist_ok=True)
    golds, provs = {}, []
    for src in sources:
        try:
            text, gold, prov, stats = build_one(src)
        except Exception as exc:  # report and skip: a paper we cannot render faithfully is left out
            print(f"SKIP {src['doc']}: {exc}", file=sys.stderr)
            continue
        if stats.get("bare_numeric_links"):
            print(f"SKIP {src['doc']}: {stats['bare_numeric_links']} numeric links outside brackets", file=sys.stderr)
            continue
        (out / "papers" / src["doc"]).write_text(text, encoding="utf-8")
        golds[src["doc"]] = gold
        provs.append(prov)
        print(f"{src['doc']}: {prov['citation_style']} entries={prov['entries']} citations={prov['gold_citations']}"
              f" links={stats['links']} uncited={len(gold['uncited'])}")
    (out / "gold.json").write_text(json.dumps(golds, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "provenance.json").write_text(json.dumps(provs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
