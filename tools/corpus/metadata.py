"""Real bibliographic metadata as CSL-JSON, with the provenance of every work.

Three sources under ../shared/data: recorded Crossref responses (a Crossref
message is nearly CSL already), AnyStyle's labelled references (segments ->
CSL fields), and the entries of the real articles (gold fields plus what can
be read from the printed entry). Each work is one record
``{"id", "source", "origin", "csl"}``; ``source`` is crossref / anystyle-core /
anystyle-gold / articles so that training and test splits can hold out whole
works and whole sources.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from tools.corpus.names import parse_names

CROSSREF_TYPES = {
    "journal-article": "article-journal", "book-chapter": "chapter", "proceedings-article": "paper-conference",
    "posted-content": "article", "monograph": "book", "book": "book", "edited-book": "book", "dataset": "dataset",
    "report": "report", "dissertation": "thesis", "reference-entry": "entry-encyclopedia",
}
ARTICLE_TYPES = {"article": "article-journal", "book": "book", "chapter": "chapter", "report": "report",
                 "thesis": "thesis", "web": "webpage", "misc": "document", "law": "legislation"}
TAG = re.compile(r"<[^>]+>")
# "Title. Journal 12(3):1-10" / "Title. Journal. 2010;12:1-10" / "Title. Journal, 12, 1-10"
JOURNAL_TAIL = re.compile(r"\s*[.?!]?\s*([^\W\d][^.;:\d]{2,100}?)[.,]?\s*(?:\(?\d{4}\)?\s*[;,.]?\s*)?"
                          r"(\d{1,4})\s*(?:\((\d{1,4})\))?\s*[:,]\s*(?:pp?\.\s*)?(e?\d+(?:[-–]\d+)?)\b")


def _text(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    value = html.unescape(TAG.sub("", str(value or "")))
    return re.sub(r"\s+", " ", value).strip()


def _crossref_names(people: list[dict]) -> list[dict]:
    out = []
    for p in people or []:
        if p.get("family"):
            name = {"family": _text(p["family"])}
            if p.get("given"):
                name["given"] = _text(p["given"])
            out.append(name)
        elif p.get("name"):
            out.append({"literal": _text(p["name"])})
    return out


def crossref_csl(msg: dict) -> dict | None:
    """A Crossref work message as CSL-JSON, or None when it is no citable work."""
    kind = CROSSREF_TYPES.get(msg.get("type", ""))
    title = _text(msg.get("title"))
    if not kind or not title:
        return None
    csl = {"type": kind, "title": title}
    if _text(msg.get("subtitle")) and len(title) < 120:
        csl["title"] = f"{title}: {_text(msg['subtitle'])}"
    for src, dst in (("author", "author"), ("editor", "editor"), ("translator", "translator")):
        names = _crossref_names(msg.get(src))
        if names:
            csl[dst] = names
    for key in ("issued", "published-print", "published-online", "created"):
        parts = ((msg.get(key) or {}).get("date-parts") or [[None]])[0]
        if parts and parts[0]:
            csl["issued"] = {"date-parts": [[int(x) for x in parts[:3]]]}
            break
    for src, dst in (("container-title", "container-title"), ("volume", "volume"), ("issue", "issue"),
                     ("page", "page"), ("publisher", "publisher"), ("publisher-location", "publisher-place"),
                     ("DOI", "DOI")):
        value = _text(msg.get(src))
        if value:
            csl[dst] = value
    if kind in ("dataset", "article") and msg.get("URL"):
        csl["URL"] = msg["URL"]
    return csl if "author" in csl or "editor" in csl else None


def crossref_works(data_dir: Path) -> list[dict]:
    """Every distinct work in the recorded Crossref responses (single works and list items)."""
    seen, works = set(), []
    for path in sorted((data_dir / "crossref").glob("*.json")):
        if path.name == "index.json":
            continue
        body = json.loads(path.read_text(encoding="utf-8"))
        msg = body.get("message") if isinstance(body, dict) else None
        if not isinstance(msg, dict):
            continue
        items = msg.get("items") if "items" in msg else [msg]
        for item in items or []:
            doi = (item.get("DOI") or "").lower()
            csl = crossref_csl(item)
            if csl is None or not doi or doi in seen:
                continue
            seen.add(doi)
            works.append({"source": "crossref", "origin": f"{path.name}:{doi}", "csl": csl})
    return works


def _strip(value: str) -> str:
    value = re.sub(r"^\s*(in|em|en)\s*:\s*", "", value.strip(), flags=re.I)
    value = value.strip().strip(" ,.;:").strip("\"“”‘’*«»").strip(" ,.;:")
    return re.sub(r"\s+", " ", value)


def anystyle_csl(segments: list[list[str]]) -> dict | None:
    """AnyStyle labelled segments -> CSL-JSON, or None when author/title/year cannot be read."""
    first: dict[str, str] = {}
    for label, text in segments:
        first.setdefault(label, text)
    title = _strip(first.get("title", ""))
    year = re.search(r"\b(1[5-9]\d\d|20[0-3]\d)\b", first.get("date", ""))
    if not title or len(title) < 8 or not year:
        return None
    csl: dict = {"title": title, "issued": {"date-parts": [[int(year.group(1))]]}}
    for label, key in (("author", "author"), ("editor", "editor"), ("translator", "translator")):
        if label in first:
            names = parse_names(first[label])
            if names is None and label == "author":
                return None
            if names:
                csl[key] = names
    if "author" not in csl and "editor" not in csl:
        return None
    container = _strip(first.get("journal") or first.get("container-title") or "")
    container = re.sub(r"^(in|em|en)\s*:?\s+(?=[A-Z])", "", container, flags=re.I)
    if container:
        csl["container-title"] = container
    vol = first.get("volume", "")
    m = re.search(r"(\d+)\s*(?:\((\d+[\-–]?\d*)\)|,?\s*(?:no\.|n\.|nº|issue)\s*(\d+))?", vol, re.I)
    if m:
        csl["volume"] = m.group(1)
        if m.group(2) or m.group(3):
            csl["issue"] = m.group(2) or m.group(3)
    pages = re.search(r"(\d+)\s*(?:[\-–—]+\s*(\d+))?", first.get("pages", ""))
    if pages:
        csl["page"] = pages.group(1) + (f"-{pages.group(2)}" if pages.group(2) else "")
    for label, key in (("publisher", "publisher"), ("location", "publisher-place"), ("genre", "genre"),
                       ("collection-title", "collection-title")):
        if label in first and _strip(first[label]):
            csl[key] = _strip(first[label])
    ed = re.search(r"(\d+)", first.get("edition", ""))
    if ed:
        csl["edition"] = ed.group(1)
    url = re.search(r"https?://\S+", first.get("url", ""))
    if url:
        csl["URL"] = url.group(0).rstrip(".,;>")
    doi = re.search(r"10\.\d{4,9}/\S+", first.get("doi", ""))
    if doi:
        csl["DOI"] = doi.group(0).rstrip(".,;")
    genre = csl.get("genre", "").lower()
    if "thesis" in genre or "dissert" in genre or "tese" in genre:
        kind = "thesis"
    elif "journal" in first:
        kind = "article-journal"
    elif container and re.search(r"proc|conference|symposium|workshop|congress", container, re.I):
        kind = "paper-conference"
    elif container and ("editor" in csl or "publisher" in csl):
        kind = "chapter"
    elif container:
        kind = "article-journal"
    elif "publisher" in csl:
        kind = "book"
    elif "URL" in csl:
        kind = "webpage"
    else:
        kind = "report"
    csl["type"] = kind
    return csl


def anystyle_works(data_dir: Path) -> list[dict]:
    works = []
    for part in ("core", "gold"):
        for line in (data_dir / "anystyle" / f"{part}.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            csl = anystyle_csl(rec["segments"])
            if csl:
                works.append({"source": f"anystyle-{part}", "origin": rec["id"], "csl": csl})
    return works


def _entry_paragraph(text: str, has: str) -> str | None:
    i = text.find(has)
    if i < 0:
        return None
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return text[start:end if end >= 0 else len(text)]


def article_csl(entry: dict, paragraph: str) -> dict | None:
    """An article's gold entry plus its printed paragraph -> CSL-JSON (author, year, title, DOI, type)."""
    if not entry.get("first_author_family") or not entry.get("year") or not entry.get("title_has"):
        return None
    t0 = paragraph.find(entry["title_has"])
    if t0 < 0:
        return None
    end = re.search(r"(?<!\b[A-Za-z])[.?!](\s|$)", paragraph[t0 + len(entry["title_has"]):])
    title = paragraph[t0:t0 + len(entry["title_has"]) + (end.start() + 1 if end else 0)].strip(" .")
    head = re.sub(r"^\s*(\[\d+\]|\d+\.)\s*", "", paragraph[:t0])
    head = re.split(r"\(?\b(1[5-9]\d\d|20[0-3]\d)[a-z]?\b\)?", head)[0]
    names = parse_names(head) if head.strip() else None
    fam = entry["first_author_family"]
    if not names or fam.lower() not in (names[0].get("family") or names[0].get("literal") or "").lower():
        names = [{"literal": fam}] if " " in fam or fam.isupper() is False and len(fam) > 25 else [{"family": fam}]
    csl = {"type": ARTICLE_TYPES.get(entry.get("type"), "document"), "title": title, "author": names,
           "issued": {"date-parts": [[int(entry["year"][:4])]]}}
    rest = paragraph[t0 + len(title):]
    src = JOURNAL_TAIL.match(rest) if csl["type"] == "article-journal" else None
    if src:
        csl.update({"container-title": src.group(1).strip(), "volume": src.group(2), "page": src.group(4)})
        if src.group(3):
            csl["issue"] = src.group(3)
    if entry.get("doi"):
        csl["DOI"] = entry["doi"]
    if entry.get("url"):
        csl["URL"] = entry["url"]
    return csl


def article_works(data_dir: Path) -> list[dict]:
    gold = json.loads((data_dir / "articles" / "gold.json").read_text(encoding="utf-8"))
    works = []
    for name in sorted(k for k in gold if not k.startswith("_")):
        text = (data_dir / "articles" / "papers" / name).read_text(encoding="utf-8")
        for k, entry in enumerate(gold[name]["references"]):
            para = _entry_paragraph(text, entry["has"])
            csl = article_csl(entry, para) if para else None
            if csl:
                works.append({"source": "articles", "origin": f"{name}#{k}", "csl": csl})
    return works


def all_works(data_dir: Path) -> list[dict]:
    """All works, each with a stable id (its source and position)."""
    works = crossref_works(data_dir) + anystyle_works(data_dir) + article_works(data_dir)
    for i, w in enumerate(works):
        w["id"] = f"w{i:05d}"
        w["csl"]["id"] = w["id"]
    return works
