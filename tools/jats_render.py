"""Render a JATS XML article to the project's plain-text paper layout, keeping where each citation link lands.

Why: the real-paper yardsticks (../shared/data/articles, fixtures/papers_real2) are plain text as a reader of the
published article sees it; the gold comes from the publisher's own `<xref ref-type="bibr">` links, so the renderer
must know the character span of every link in the final text.  Layout (see fixtures/papers_real2/README.md):
title, `Abstract`, body (headings as paragraphs, captions, table rows "cell | cell"), back matter, `References`,
one entry per paragraph.  Paragraphs are separated by a blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

XLINK = "{http://www.w3.org/1999/xlink}href"
MARK_OPEN, MARK_MID, MARK_CLOSE = "\ue000", "\ue001", "\ue002"
BLOCKS = {"p", "sec", "fig", "table-wrap", "list", "disp-quote", "boxed-text", "def-list", "fig-group",
          "table-wrap-group", "statement", "verse-group", "speech", "ref-list", "glossary", "app", "fn-group"}
SKIP = {"supplementary-material", "media", "graphic", "alternatives", "object-id", "ref-list", "sub-article",
        "response", "fn-group", "table-wrap-foot", "permissions"}
MATH = {"inline-formula", "disp-formula"}


def local(el: etree._Element) -> str:
    """Tag name without namespace (mml:math -> math); comments and PIs give ''."""
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


@dataclass
class Entry:
    """One reference-list entry: its printed text and the structured fields the XML tags."""

    rid: str
    label: str
    text: str
    fields: dict = field(default_factory=dict)
    has: str = ""


@dataclass
class Rendered:
    """The paper text plus the character span and target ids of every bibr link."""

    text: str
    links: list[tuple[int, int, list[str]]]
    entries: list[Entry]
    ref_start: int


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


class Renderer:
    """Walks one article; `style` picks how structured (element-citation) entries are printed."""

    def __init__(self, root: etree._Element, style: str):
        self.root = root
        self.style = style
        self.paras: list[str] = []
        self.link_rids: list[list[str]] = []

    # ---- inline text with link markers -------------------------------------------------------------------------
    def inline(self, el: etree._Element, out: list[str]) -> None:
        tag = local(el)
        if not tag:  # a comment or processing instruction (ZooKeys' <!--PageBreak-->): not shown, its tail is
            out.append(el.tail or "")
            return
        if tag in ("xref",) and el.get("ref-type") == "bibr":
            n = len(self.link_rids)
            self.link_rids.append((el.get("rid") or "").split())
            out.append(f"{MARK_OPEN}{n}{MARK_MID}")
            self.children_inline(el, out)
            out.append(MARK_CLOSE)
        elif tag in MATH:
            maths = [m for m in el.iter() if local(m) == "math"]
            tex = [m for m in el.iter() if local(m) == "tex-math"]
            if maths:
                out.append("".join(maths[0].itertext()))
            elif tex:
                out.append("".join(tex[0].itertext()))
            else:
                self.children_inline(el, out)
        elif tag in ("fn", "table-wrap-foot") or tag in SKIP - {"alternatives"}:
            pass
        elif tag == "break":
            out.append(" ")
        else:
            self.children_inline(el, out)
        if el.tail:
            out.append(el.tail)

    def children_inline(self, el: etree._Element, out: list[str]) -> None:
        if el.text:
            out.append(el.text)
        for ch in el:
            self.inline(ch, out)

    def emit(self, pieces: list[str]) -> None:
        s = squash("".join(pieces))
        for _ in range(3):  # keep spaces outside the link markers so a link's span has no edge spaces
            s = re.sub(f"(\\s+)({MARK_CLOSE}+)", r"\2\1", s)
            s = re.sub(f"({MARK_OPEN}\\d+{MARK_MID})(\\s+)", r"\2\1", s)
            s = squash(s)
        if re.sub(f"[{MARK_OPEN}{MARK_MID}{MARK_CLOSE}0-9]", "", s).strip() or MARK_OPEN in s:
            self.paras.append(s)

    # ---- blocks -----------------------------------------------------------------------------------------------
    def para(self, el: etree._Element, prefix: str = "") -> None:
        """A <p> may hold blocks (lists, figures, display quotes): flush the running paragraph around them."""
        out: list[str] = [prefix]
        if el.text:
            out.append(el.text)
        for ch in el:
            tag = local(ch)
            if tag in BLOCKS:
                self.emit(out)
                out = []
                self.block(ch)
                if ch.tail:
                    out.append(ch.tail)
            else:
                self.inline(ch, out)
        self.emit(out)

    def title_para(self, el: etree._Element | None, label: etree._Element | None = None) -> None:
        out: list[str] = []
        if label is not None:
            self.children_inline(label, out)
            out.append(" ")
        if el is not None:
            self.children_inline(el, out)
        self.emit(out)

    def caption(self, el: etree._Element) -> None:
        label = el.find("label")
        cap = el.find("caption")
        ctitle = cap.find("title") if cap is not None else None
        if label is not None or ctitle is not None:
            self.title_para(ctitle, label)
        if cap is not None:
            for ch in cap:
                if local(ch) == "p":
                    self.para(ch)

    def table(self, el: etree._Element) -> None:
        for tr in el.iter("tr"):
            out: list[str] = []
            for i, cell in enumerate(c for c in tr if local(c) in ("td", "th")):
                if i:
                    out.append(" | ")
                cell_out: list[str] = []
                self.children_inline(cell, cell_out)
                out.append(squash("".join(cell_out)).replace("\n", " "))
                out.append(" ")
            self.emit(out)

    def block(self, el: etree._Element) -> None:
        tag = local(el)
        if tag == "p":
            self.para(el)
        elif tag in ("sec", "app", "boxed-text", "ack", "notes", "glossary", "bio", "treatment-sec"):
            if tag == "sec" and el.get("sec-type") in ("data-availability", "supplementary-material"):
                return
            label = el.find("label")
            title = el.find("title")
            if title is not None or (label is not None and tag != "boxed-text"):
                self.title_para(title, label)
            elif tag in ("ack",):
                self.paras.append("Acknowledgements")
            if tag == "boxed-text":
                self.caption(el)
            for ch in el:
                if local(ch) not in ("title", "label", "caption"):
                    self.block(ch)
        elif tag in ("fig", "fig-group", "table-wrap-group", "statement", "disp-quote", "verse-group", "speech"):
            if tag in ("fig", "statement"):
                self.caption(el)
            for ch in el:
                if local(ch) in ("fig", "table-wrap", "p", "verse-line", "attrib"):
                    self.block(ch)
        elif tag == "nomenclature":  # TaxPub (ZooKeys): "Genus Aptesis Förster, 1850", then one line per citation
            out: list[str] = [el.text or ""]
            for ch in el:
                if local(ch) != "nomenclature-citation-list":
                    self.inline(ch, out)
            self.emit(out)
            for cit in el.iter("{*}nomenclature-citation"):
                self.para(cit)
        elif tag == "verse-line" or tag == "attrib":
            self.para(el)
        elif tag == "table-wrap":
            self.caption(el)
            for t in el.iter("table"):
                self.table(t)
            foot = el.find("table-wrap-foot")
            if foot is not None:
                for p in foot.iter("p"):
                    self.para(p)
        elif tag == "list":
            for item in el.findall("list-item"):
                lab = item.find("label")
                prefix = squash("".join(lab.itertext())) + " " if lab is not None else ""
                first = True
                for ch in item:
                    if local(ch) == "p":
                        self.para(ch, prefix if first else "")
                        first = False
                    elif local(ch) != "label":
                        self.block(ch)
        elif tag == "def-list":
            for item in el.findall("def-item"):
                out: list[str] = []
                for part in item:
                    self.children_inline(part, out)
                    out.append(" ")
                self.emit(out)
        elif tag == "fn-group" or tag == "fn":
            for p in el.iter("p"):
                out = []
                lab = p.getparent().find("label") if p.getparent() is not None else None
                if lab is not None and p is p.getparent().find("p"):
                    out.append(squash("".join(lab.itertext())) + " ")
                self.para_into(p, out)
        elif tag in ("title", "label", "caption") or tag in SKIP or tag == "disp-formula":
            return
        else:
            for ch in el:
                self.block(ch)

    def para_into(self, p: etree._Element, out: list[str]) -> None:
        self.children_inline(p, out)
        self.emit(out)

    # ---- whole article ----------------------------------------------------------------------------------------
    def render(self) -> Rendered:
        meta = self.root.find("front/article-meta")
        self.title_para(meta.find("title-group/article-title"))
        abstracts = [a for a in meta.findall("abstract") if not a.get("abstract-type")] or meta.findall("abstract")[:1]
        if abstracts:
            self.paras.append("Abstract")
            for ch in abstracts[0]:
                if local(ch) != "title":
                    self.block(ch)
        body = self.root.find("body")
        for ch in body:
            self.block(ch)
        back = self.root.find("back")
        if back is not None:
            for ch in back:
                if local(ch) in ("ack", "app-group", "notes", "glossary", "fn-group", "sec", "bio"):
                    if local(ch) == "app-group":
                        for app in ch:
                            self.block(app)
                    else:
                        self.block(ch)
        # body text up to here
        entries = self.entries(back)
        pre_text = "\n\n".join(self.paras)
        plain, links = strip_marks(pre_text, self.link_rids)
        plain += "\n\nReferences\n\n"
        ref_start = len(plain)
        plain += "\n\n".join(e.text for e in entries) + "\n"
        return Rendered(plain, links, entries, ref_start)

    def entries(self, back: etree._Element | None) -> list[Entry]:
        from tools.jats_refs import entry_of  # local import keeps the two halves separately readable

        out = []
        if back is None:
            return out
        for i, ref in enumerate(back.iter("ref"), 1):
            if ref.getparent() is not None and local(ref.getparent()) != "ref-list":
                continue
            e = entry_of(ref, i, self.style)
            if e is not None and e.text:
                out.append(e)
        return out


def strip_marks(text: str, rids: list[list[str]]) -> tuple[str, list[tuple[int, int, list[str]]]]:
    """Remove link markers, returning the clean text and each link's (start, end, rids)."""
    out: list[str] = []
    links: list[tuple[int, int, list[str]]] = []
    open_at: dict[int, int] = {}
    stack: list[int] = []
    pos = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == MARK_OPEN:
            j = text.index(MARK_MID, i)
            k = int(text[i + 1:j])
            open_at[k] = pos
            stack.append(k)
            i = j + 1
            continue
        if c == MARK_CLOSE:
            k = stack.pop()
            links.append((open_at[k], pos, rids[k]))
            i += 1
            continue
        out.append(c)
        pos += 1
        i += 1
    clean = "".join(out)
    fixed = []
    for s, e, r in links:  # trim spaces the link kept at its edges
        while s < e and clean[s] == " ":
            s += 1
        while e > s and clean[e - 1] == " ":
            e -= 1
        fixed.append((s, e, r))
    fixed.sort()
    return clean, fixed


def text_of_licence(lic: etree._Element) -> str:
    return squash("".join(lic.itertext()))
