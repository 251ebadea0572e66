"""Print one JATS `<ref>` as the journal prints it and read the fields its XML tags.

Why: the gold's entries must be verbatim text of the rendered paper, and their fields (first author, year, title
start, DOI) must come from the publisher's tagging rather than from any parser we are measuring.  A
`<mixed-citation>` (or NLM 2 `<citation>`) that carries its own punctuation is printed as is; a structured
`<element-citation>` is printed in the journal's house style (eLife/PeerJ-like, PLOS, Vancouver-like).
"""

from __future__ import annotations

import re

from lxml import etree

from tools.jats_render import XLINK, Entry, local, squash

TYPE_OF = {"journal": "article", "book": "book", "report": "report", "thesis": "thesis", "web": "web",
           "webpage": "web", "website": "web", "patent": "misc", "confproc": "misc", "conf-proc": "misc",
           "software": "misc", "data": "misc", "preprint": "misc", "other": "misc", "legal-doc": "law",
           "article-journal": "article", "chapter": "chapter", "paper-conference": "misc"}  # last 3: CSL (JOSS)


def text_of(el: etree._Element | None) -> str:
    return squash("".join(el.itertext())) if el is not None else ""


PERSONS = ("name", "string-name", "collab")


def _shown(el: etree._Element) -> str:
    """An element's text as a reader sees it: a <name> whose <surname> and <given-names> touch in the
    XML ("<surname>Li</surname><given-names>JZ</given-names>") is printed "Li JZ", as the
    publisher's stylesheet does, not "LiJZ"; names that touch each other with nothing between them
    (Pensoft's "<name>…</name><name>…</name>") are printed "Roper CFE, Jerez P", not "Roper CFEJerez P"."""
    if not local(el):  # a comment or processing instruction is not shown
        return ""
    if local(el) != "name":
        parts = [el.text or ""]
        for i, ch in enumerate(el):
            if i and local(ch) in PERSONS and local(el[i - 1]) in PERSONS and not el[i - 1].tail:
                parts.append(", ")
            parts.append(_shown(ch) + (ch.tail or ""))
        return "".join(parts)
    parts = [el.text or ""]
    for ch in el:
        if parts[-1] and not parts[-1][-1].isspace() and local(ch) in ("given-names", "suffix"):
            parts.append(" ")
        parts.append(_shown(ch) + (ch.tail or ""))
    return "".join(parts)


def printed(cit: etree._Element) -> str:
    """Text of a mixed citation as the journal shows it: ids tagged for machines are not printed (PubMed ids;
    APS's CODEN, ISSN, untyped object-id (the entry's number again) and DOIs marked specific-use="suppress-display")."""
    parts: list[str] = [cit.text or ""]
    for ch in cit:
        hidden = (local(ch) == "pub-id" and ch.get("pub-id-type") in ("pmid", "pmcid", "coden")
                  or local(ch) == "issn" or ch.get("specific-use") == "suppress-display"
                  or local(ch) == "object-id" and ch.get("pub-id-type") is None)
        if not hidden:
            shown = _shown(ch)
            before = "".join(parts)[-1:]
            if before and (before.isalnum() or before in "?!") and shown[:1].isalnum():
                parts.append(" ")  # "...an epidemic?" + "Inflammopharmacology": tagged parts that touch
            parts.append(shown)
        parts.append(ch.tail or "")
    return squash("".join(parts))


def punctuated(cit: etree._Element) -> bool:
    """A mixed citation prints its own separators: some text between its tagged parts is not just space."""
    bits = [cit.text or ""] + [ch.tail or "" for ch in cit]
    return any(b.strip() for b in bits) or len(cit) == 0


def initials(given: str) -> str:
    given = given.strip()
    if re.fullmatch(r"[A-Z\u00C0-\u00DE]{1,4}", given):
        return given
    return "".join(p[0] for p in re.split(r"[\s.\-]+", given) if p and p[0].isalpha()).upper()


def person(el: etree._Element) -> str:
    tag = local(el)
    if tag == "name":
        sur = text_of(el.find("surname"))
        gn = initials(text_of(el.find("given-names")))
        suffix = text_of(el.find("suffix"))
        return " ".join(x for x in (sur, gn, suffix) if x)
    if tag == "etal":
        return "et al."
    return text_of(el)


def group(cit: etree._Element, kind: str) -> list[etree._Element]:
    pgs = cit.findall("person-group")
    if kind == "author":
        pgs = [g for g in pgs if g.get("person-group-type") in (None, "author")] or []
        if not pgs:
            return [ch for ch in cit if local(ch) in ("name", "collab", "string-name")]
    else:
        pgs = [g for g in pgs if g.get("person-group-type") == kind]
    return [ch for g in pgs[:1] for ch in g if local(ch) in ("name", "collab", "string-name", "etal")]


def family(el: etree._Element) -> str | None:
    if local(el) == "name":
        return text_of(el.find("surname")) or None
    if local(el) == "string-name":
        sur = el.find("surname")
        return text_of(sur) if sur is not None else text_of(el)
    return text_of(el) or None


def structured(cit: etree._Element, label: str, style: str) -> str:
    """Print a structured citation in the journal's style (only tags the XML holds; nothing invented)."""
    authors = ", ".join(person(p) for p in group(cit, "author"))
    editors = ", ".join(person(p) for p in group(cit, "editor"))
    year = text_of(cit.find("year"))
    title = text_of(cit.find("article-title")) or text_of(cit.find("chapter-title")) or text_of(cit.find("part-title"))
    source = text_of(cit.find("source")) or text_of(cit.find("data-title"))
    vol, issue = text_of(cit.find("volume")), text_of(cit.find("issue"))
    fpage, lpage = text_of(cit.find("fpage")), text_of(cit.find("lpage"))
    eloc = text_of(cit.find("elocation-id"))
    pages = f"{fpage}–{lpage}" if fpage and lpage else fpage or eloc
    loc = ": ".join(x for x in (text_of(cit.find("publisher-loc")), text_of(cit.find("publisher-name"))) if x)
    doi = text_of(cit.find("pub-id[@pub-id-type='doi']"))
    link = cit.find("ext-link")
    url = (link.get(XLINK) or text_of(link)) if link is not None else text_of(cit.find("uri"))
    is_chapter = bool(cit.find("chapter-title") is not None or (cit.find("article-title") is not None and
                                                                cit.get("publication-type") == "book"))
    who = authors or (f"{editors} (Eds)" if editors else "")
    tail_bits: list[str] = []
    if style == "plos":
        head = f"{label}. " if label else ""
        core = f"{who} ({year}) " if who else f"({year}) "
        parts = [title, source + (f" {vol}" if vol else "") + (f": {pages}" if pages else "")]
        if is_chapter and editors:
            parts = [title, f"In: {editors}, editors. {source}", loc]
        elif not title:
            parts = [source, loc]
        text = head + core + ". ".join(p.rstrip(".") for p in parts if p.strip()) + "."
        if doi:
            text += f" doi: {doi}"
        elif url:
            text += f" {url}"
        return squash(text)
    if style == "apa":
        return apa(cit, editors, year, title, source, vol, issue, pages, loc, doi, url, is_chapter)
    if style == "vancouver":
        head = f"{label}. " if label else ""
        bits = [who, title]
        if is_chapter:
            bits += [f"In: {editors}, editors. {source}" if editors else source, loc]
            tail = f"{year}" + (f". p. {pages}" if pages else "")
        elif not title:
            bits = [who, source, loc]
            tail = year
        else:
            bits.append(source)
            tail = year + (f";{vol}" if vol else "") + (f"({issue})" if issue else "") + (f":{pages}" if pages else "")
        text = head + ". ".join(b.rstrip(".") for b in bits if b) + ". " + tail + "."
        if doi:
            text += f" doi: {doi}"
        elif url:
            text += f" {url}"
        return squash(text)
    # eLife / PeerJ: "Smith J, Jones K. 2010. Title. Journal 12:1–10. DOI: https://doi.org/..."
    bits = [who, year]
    if is_chapter:
        bits += [title, f"In: {editors} (Eds). {source}" if editors else source, loc]
        if pages:
            tail_bits.append(f"p. {pages}")
    elif title and source:
        bits += [title, source + (f" {vol}" if vol else "") + (f":{pages}" if pages else "")]
    else:
        bits += [title or source, loc]
    text = ". ".join(b.rstrip(".") for b in bits + tail_bits if b) + "."
    if doi:
        text += f" DOI: https://doi.org/{doi}"
    elif url:
        text += f" {url}"
    return squash(text)


def apa_person(el: etree._Element) -> str:
    """APA name: "Archer, A. L." (initials with full stops, hyphenated given names "J.-P.")."""
    if local(el) != "name":
        return person(el)
    sur = text_of(el.find("surname"))
    given = text_of(el.find("given-names"))
    ini = " ".join("-".join(f"{h[0]}." for h in w.split("-") if h) for w in given.replace(".", " ").split())
    return f"{sur}, {ini}" if ini else sur


def apa(cit: etree._Element, editors: str, year: str, title: str, source: str, vol: str, issue: str,
        pages: str, loc: str, doi: str, url: str, is_chapter: bool) -> str:
    """JOSS/JOSE (pandoc APA): "Archer, A. L., & Hughes, C. A. (2010). Title. Source, 12(3), 1–10. https://doi.org/…"."""
    names = [apa_person(p) for p in group(cit, "author")]
    if len(names) > 1 and names[-1] != "et al.":
        names[-1] = "& " + names[-1]
    who = ", ".join(names)
    bits = [f"{who} ({year or 'n.d.'})" if who else f"({year or 'n.d.'})"]
    if is_chapter:
        book = "In " + (f"{editors} (Eds.), " if editors else "") + source + (f" (pp. {pages})" if pages else "")
        bits += [title, book, loc]
    elif title and source:
        bits += [title, source + (f", {vol}" if vol else "") + (f"({issue})" if issue else "") +
                 (f", {pages}" if pages else "")]
    else:
        bits += [title or source, loc]
    text = ". ".join(b.rstrip(".") for b in bits if b) + "."
    if doi:
        text += f" https://doi.org/{doi}"
    elif url:
        text += f" {url}"
    return squash(text)


def citation_of(ref: etree._Element) -> tuple[etree._Element | None, etree._Element | None]:
    """(element to print, element to read fields from): a SciELO ref carries both a mixed and an element form."""
    mixed = ref.find("mixed-citation")
    if mixed is None:
        mixed = ref.find("citation")
    elem = ref.find("element-citation")
    if elem is None:  # NLM 3 (old PLOS): structured, no punctuation of its own
        elem = ref.find("nlm-citation")
    if mixed is None and elem is None:
        nested = [c for c in ref.iter() if local(c) in ("mixed-citation", "element-citation", "citation",
                                                         "nlm-citation")]
        if nested:
            return citation_of(nested[0].getparent()) if nested[0].getparent() is not ref else (nested[0], nested[0])
    return mixed, (elem if elem is not None else mixed)


def printed_label(ref: etree._Element, i: int) -> str:
    lab = text_of(ref.find("label"))
    return lab


def entry_of(ref: etree._Element, i: int, style: str) -> Entry | None:
    show, data = citation_of(ref)
    if show is None and data is None:
        return None
    label = printed_label(ref, i)
    numeric_label = re.fullmatch(r"\[?\(?(\d+)[.)\]]?", label or "")
    if show is not None and punctuated(show):
        text = printed(show)
        if numeric_label and not re.match(rf"\[?\(?{numeric_label.group(1)}\b", text):
            lab = label if not label.isdigit() else f"{label}."
            text = f"{lab} {text}"
    else:
        text = structured(data if data is not None else show, numeric_label.group(1) if numeric_label else "", style)
    fields = fields_of(data if data is not None else show, text)
    num = numeric_label.group(1) if numeric_label else str(i)
    return Entry(ref.get("id") or f"ref{i}", num, text, fields)


def fields_of(cit: etree._Element, printed: str) -> dict:
    """Fields from the tags, kept only when they can be checked against the printed entry."""
    ptype = cit.get("publication-type") or cit.get("citation-type") or ""
    authors = group(cit, "author")
    fam = next((family(a) for a in authors if local(a) != "etal"), None)
    if fam is None:
        eds = group(cit, "editor")
        fam = family(eds[0]) if eds else None
    ym = re.search(r"\d{4}", text_of(cit.find("year")))
    title_el = next((cit.find(t) for t in ("article-title", "chapter-title", "source") if cit.find(t) is not None),
                    None)
    if ptype == "book" and cit.find("chapter-title") is None and cit.find("source") is not None:
        title_el = cit.find("source")
    title_has = None
    if title_el is not None:
        words = text_of(title_el).split()[:5]
        while words and " ".join(words) not in printed:
            words = words[:-1]
        title_has = " ".join(words) if len(words) >= 2 else None
    doi = text_of(cit.find("pub-id[@pub-id-type='doi']")) or None
    if doi and doi not in printed:
        doi = None
    url = None
    for link in [*cit.findall("ext-link"), *cit.findall("uri")]:
        u = text_of(link)
        if u and u in printed and "doi.org" not in u:
            url = u
            break
    typ = TYPE_OF.get(ptype, "misc")
    if typ == "book" and cit.find("chapter-title") is not None:
        typ = "chapter"
    if not ptype and fam is None and ym is None:
        typ = "misc"
    return {"type": typ, "first_author_family": fam, "year": ym.group(0) if ym else None, "title_has": title_has,
            "doi": doi, "url": url}
