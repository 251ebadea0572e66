"""Build the JATS reference-parsing yardstick: labelled references from real publishers' `<mixed-citation>`s.

Why: issue 16 names a sealed set of labelled references from real publications; AnyStyle's gold is one
collection in a few styles.  This set takes every `<mixed-citation>` (or NLM 2 `<citation>`) of the papers
behind tools/real2_sources.json ... real9_sources.json whose separators are the publisher's own (so the text
is as printed) and whose fields are tagged, and writes it in the AnyStyle-like JSONL shape that
benchmarks/bench_parse.py scores: `text`, `segments` [[label, text], ...] in printed order, plus `people`
(the authors from <name>/<string-name>/<collab> tags, so the gold names are the publisher's, not a splitter's).

A reference is kept only when its tagged parts reproduce the printed text: the untagged runs between them
must be separators (punctuation, "and", "In:", "pp.", "doi:", ...), never words or numbers that look like a
field the publisher left untagged ("... 2005. Title ..." with the year untagged is dropped), and it must tag
authors, a year and a title or source.  Papers go whole to the half benchmarks/splits/realN.json gives them.

Usage: python -m tools.jats_parse_set fixtures/jats_refs   (writes jats-dev.jsonl.gz and jats-sealed.jsonl.gz;
`make jats-refs`; needs the snapshots in /work/.mirror that tools/jats_papers.py reads)
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from lxml import etree

from tools.jats_papers import blob, named_entities
from tools.jats_refs import _shown, citation_of, printed, punctuated, text_of
from tools.jats_render import local, squash

ROOT = Path(__file__).resolve().parent.parent
PERSONS = ("name", "string-name", "collab", "etal")
HIDDEN_IDS = ("pmid", "pmcid", "coden")
LEAF = {"year": "date", "date": "date", "article-title": "title", "chapter-title": "title", "part-title": "title",
        "volume": "volume", "issue": "issue", "publisher-name": "publisher", "publisher-loc": "location",
        "edition": "edition", "conf-name": "note", "comment": "note", "date-in-citation": "note",
        "series": "collection-title", "isbn": "isbn", "trans-title": "note", "trans-source": "note",
        "page-range": "pages", "size": "note", "season": "note", "month": "note", "day": "note",
        "institution": "publisher", "conf-loc": "note", "conf-date": "note", "gov": "note", "patent": "note",
        "data-title": "title", "version": "note", "role": "note", "label": "citation-number"}
# words a publisher prints between tagged parts without tagging them
SEPARATOR_WORDS = {"and", "in", "eds", "ed", "editor", "editors", "pp", "p", "doi", "available", "from", "at",
                   "accessed", "retrieved", "et", "al", "vol", "no", "n", "https", "http", "org", "www",
                   "dx", "url", "online", "internet", "cited", "pmid", "e", "y", "und", "em", "en",
                   "editores", "hrsg", "orgs", "coord", "coords", "the", "of", "on", "s",
                   "to", "by", "edited", "last", "viewed", "via", "mit", "isbn", "issn", "pages", "page", "pag",
                   "st", "nd", "rd", "th", "edn", "edition", "dir", "trans", "transl", "volume", "issue",
                   "number", "art", "article", "chapter", "chap", "cap", "ch", "tese", "thesis", "v"}


def _num_ok(text: str) -> bool:
    return bool(re.search(r"\d|\b[ivxlcdm]+\b", text, re.I))


def untagged_ok(run: str) -> bool:
    """A run between tagged parts is only separators: punctuation and the words publishers print bare."""
    words = re.findall(r"[^\W_]+", run.lower())
    return all(w in SEPARATOR_WORDS and not w.isdigit() for w in words)


# Pensoft often tags all that follows the title as its <article-title> ("Cubitus posterior in Hymenoptera.
# Proceedings of the Entomological Society of Washington 92: 93−97."; "... London, xxiv + 306 pp.")
FIELDS_IN_TITLE = re.compile(r"(?:\w*\d\w*\s*)?(?:\([^)]*\))?\s*:\s*\d+\s*[-–−]\s*\d+|\w*\d\w*\s*(?:\([^)]*\))?"
                             r"\s*:\s*\d+\.?$|\bpp\b|https?://|www\.|\bdoi\b", re.I)
BARE_PAIRS = {("source", "volume"), ("source", "year"), ("source", "supplement"), ("month", "day"),
              ("month", "year"), ("day", "year"), ("fpage", "lpage")}


def stylesheet_punctuated(cit: etree._Element) -> bool:
    """Parts that touch with only space between them where a separator belongs: the publisher's stylesheet prints
    it, so the XML's text is not what readers see ("Cardona A Saalfeld S ( 2010 )", eLife; "Boitani L. Ciucci P.",
    Frontiers; "Hill AV Vaccines against malaria", "8 343–364 10.1080/..."). Names must be separated in the XML;
    other parts may touch after a stop ("Title. Journal") or as journals print them ("Nature 580", "March 25")."""
    for group in [cit, *cit.findall("person-group")]:
        kids = [k for k in group if local(k) and not (local(k) == "pub-id" and k.get("pub-id-type") in HIDDEN_IDS)
                and local(k) not in ("issn", "object-id")]
        for a, b in zip(kids, kids[1:], strict=False):
            if (a.tail or "").strip():
                continue
            if group is not cit:
                if local(b) != "etal":
                    return True
                continue
            before = _shown(a).rstrip()
            after = _shown(b).lstrip()
            first = re.match(r"[^\W_]+", after.lower())
            if (before.endswith((".", ",", ";", ":", "?", "!", ")", "”", "\"")) or (local(a), local(b)) in BARE_PAIRS
                    or not after[:1].isalnum() or first and first.group(0) in SEPARATOR_WORDS):
                continue
            return True
    return False


def person_key(el: etree._Element) -> list[str] | None:
    """[family, given] of one tagged person, ["org", words] for a collab; None for et al. or an untagged name."""
    tag = local(el)
    if tag == "etal":
        return None
    if tag == "collab":
        return ["org", text_of(el)]
    sur = el.find("surname")
    if sur is None:
        return ["?", text_of(el)]
    given = el.find("given-names")
    suffix = el.find("suffix")
    fam = text_of(sur)
    return [fam, text_of(given) if given is not None else "", text_of(suffix) if suffix is not None else ""]


class Walk:
    """Segments of one citation in printed order, and whether every untagged run is a separator."""

    def __init__(self, cit: etree._Element):
        self.cit = cit
        self.segments: list[list[str]] = []
        self.ok = True
        self.people: list[list[str]] = []
        self.authors_seen = False  # a second untyped name group ("In: <person-group>Resh V</...> (Ed)") edits
        self.ptype = cit.get("publication-type") or cit.get("citation-type") or ""
        self.has_title = any(cit.find(t) is not None for t in ("article-title", "chapter-title", "part-title"))

    def bare(self, text: str | None) -> None:
        if not text:
            return
        if text.strip() and not untagged_ok(text):
            self.ok = False
        self.add("", text)

    def add(self, label: str, text: str) -> None:
        if self.segments and self.segments[-1][0] == label:
            self.segments[-1][1] += text
        else:
            self.segments.append([label, text])

    def source_label(self) -> str:
        if self.has_title or self.ptype in ("journal", "") and self.cit.find("volume") is not None:
            return "journal" if self.ptype in ("journal", "") else "container-title"
        return "title"

    def persons(self, els: list[etree._Element], label: str, tails: bool) -> None:
        for i, el in enumerate(els):
            if label == "author":
                k = person_key(el)
                if k is not None:
                    self.people.append(k)
            self.add(label, _shown(el))
            if el.tail and (tails or i < len(els) - 1):
                if el.tail.strip() and not untagged_ok(el.tail):
                    self.ok = False
                self.add(label, el.tail)

    def run(self, parent: etree._Element) -> None:
        self.bare(parent.text)
        kids = list(parent)
        i = 0
        while i < len(kids):
            ch = kids[i]
            tag = local(ch)
            hidden = (tag == "pub-id" and ch.get("pub-id-type") in HIDDEN_IDS or tag == "issn"
                      or ch.get("specific-use") == "suppress-display"
                      or tag == "object-id" and ch.get("pub-id-type") is None or not tag)
            if hidden:
                self.bare(ch.tail)
                i += 1
                continue
            if tag in PERSONS:  # names straight under the citation: one author run
                j = i
                while j + 1 < len(kids) and local(kids[j + 1]) in PERSONS:
                    j += 1
                self.persons(kids[i:j + 1], "editor" if self.authors_seen else "author", tails=False)
                self.authors_seen = True
                self.bare(kids[j].tail)
                i = j + 1
                continue
            if tag == "person-group":
                kind = ch.get("person-group-type") or ("editor" if self.authors_seen else "author")
                self.authors_seen = self.authors_seen or kind == "author"
                label = "author" if kind == "author" else "editor" if kind == "editor" else "note"
                self.add(label, ch.text or "")
                self.persons([k for k in ch if local(k)], label, tails=True)
            elif tag == "source":
                self.add(self.source_label(), _shown(ch))
            elif tag in ("fpage", "lpage", "elocation-id"):
                self.add("pages", _shown(ch))
                nxt = kids[i + 1] if i + 1 < len(kids) else None
                if tag == "fpage" and nxt is not None and local(nxt) == "lpage" and re.fullmatch(
                        r"\s*[-–—‐]\s*", ch.tail or ""):
                    self.add("pages", ch.tail)
                    i += 1
                    continue
            elif tag == "pub-id" and ch.get("pub-id-type") == "doi":
                self.add("doi", _shown(ch))
            elif tag in ("uri", "ext-link"):
                link = _shown(ch)
                self.add("doi" if re.search(r"doi\.org/10\.|^\s*(?:doi:?\s*)?10\.\d", link, re.I) else "url", link)
            elif tag == "issue-title":  # Pensoft tags a book's title so, and its publisher as <source>
                self.ok = False
            elif tag in LEAF:  # a DOI printed inside a <comment> is the entry's DOI
                shown = _shown(ch)
                self.add("doi" if tag == "comment" and re.search(r"\b10\.\d{4,9}/", shown) else LEAF[tag], shown)
            elif len(ch):  # a wrapper (<comment>doi: <pub-id>...</pub-id></comment>): its own text is untagged
                self.run(ch)
            else:
                self.add("note", _shown(ch))
            self.bare(ch.tail)
            i += 1


def read_ref(ref: etree._Element) -> dict | None:
    show, _ = citation_of(ref)
    if show is None or local(show) not in ("mixed-citation", "citation") or not punctuated(show):
        return None
    if stylesheet_punctuated(show):
        return None
    w = Walk(show)
    w.run(show)
    labels = {lab for lab, _ in w.segments}
    if not w.ok or "author" not in labels or "date" not in labels or not labels & {"title", "journal"}:
        return None
    segs = [[lab or "none", squash(t)] for lab, t in w.segments if t.strip()]
    text = re.sub(r"(?<=[\w.)]) (?=[,;]|\.(?:\s|$))", "", printed(show))  # XML whitespace: "Wiel, K. , and"
    if squash("".join(t for _, t in w.segments)).replace(" ", "") != text.replace(" ", ""):
        return None
    for lab, t in segs:  # tagged numbers must be numbers; a title must not hold the rest of the entry
        if lab in ("volume", "issue", "pages", "date") and not _num_ok(t):
            return None
        if lab == "title" and FIELDS_IN_TITLE.search(t):
            return None
    if any(p[0] == "?" for p in w.people):  # a name printed untagged inside <string-name>: no gold split
        return None
    label = text_of(ref.find("label"))
    if re.fullmatch(r"\[?\(?\d+[.)\]]?", label) and not re.match(r"\[?\(?\d", text):
        segs.insert(0, ["citation-number", label])
        text = f"{label} {text}"
    return {"text": text, "segments": segs, "people": w.people, "type": w.ptype}


def build(out: Path) -> dict:
    seen: set[tuple[str, str]] = set()
    halves: dict[str, list[dict]] = {"dev": [], "sealed": []}
    stats: Counter[str] = Counter()
    for n in range(2, 10):
        sources = json.loads((ROOT / "tools" / f"real{n}_sources.json").read_text())
        split = json.loads((ROOT / "benchmarks" / "splits" / f"real{n}.json").read_text())
        half_of = {d: h for h in ("dev", "sealed") for d in split[h]}
        for src in sources:
            half = half_of.get(src["doc"])
            if half is None or (src["repo"], src["path"]) in seen:
                continue
            seen.add((src["repo"], src["path"]))
            data, commit = blob(src["repo"], src["path"], src.get("commit", "HEAD"))
            root = etree.fromstring(named_entities(data),
                                    etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
            refs = [r for r in root.iter() if local(r) == "ref" and r.getparent() is not None
                    and local(r.getparent()) == "ref-list"]
            kept = 0
            for i, ref in enumerate(refs):
                rec = read_ref(ref)
                if rec is None:
                    continue
                kept += 1
                halves[half].append({"id": f"{src['doc'].removesuffix('.txt')}:{i}", "set": f"real{n}",
                                     "publisher": src["source"], "field": src.get("field", ""), **rec})
            stats[f"{half} papers with refs"] += kept > 0
            stats[f"{half} refs seen"] += len(refs)
            stats[f"{half} refs kept"] += kept
    out.mkdir(parents=True, exist_ok=True)
    split = {"_about": "fixtures/jats_refs (tools/jats_parse_set.py): labelled <mixed-citation> references of the "
                       "real-article papers, each paper's references in the half benchmarks/splits/realN.json gives "
                       "the paper (written with the data, before the parser's first run on it). Fix against 'dev' "
                       "only; 'sealed' is reported as measured, never inspected.",
             **{h: sorted({r["id"].rsplit(":", 1)[0] for r in recs}) for h, recs in halves.items()}}
    (ROOT / "benchmarks" / "splits" / "jats_refs.json").write_text(json.dumps(split, indent=1) + "\n")
    for half, recs in halves.items():  # gzip without a time stamp: the same bytes on every rebuild
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode()
        with open(out / f"jats-{half}.jsonl.gz", "wb") as raw, \
                gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as fh:
            fh.write(body)
    return dict(stats)


if __name__ == "__main__":
    print(json.dumps(build(Path(sys.argv[1])), indent=1))
