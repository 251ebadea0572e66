"""The HTML report: one self-contained page showing the paper with its citations marked.

For a person fixing a paper rather than a program reading findings: the text with each
citation highlighted by status (message and fix on hover or focus), every finding in a side
list linking to its place, and the reference list with each entry's parsed fields, its Crossref
status when it was looked up, and the sentences that cite it (an entry nobody cites is marked).

The page loads nothing: style and script are inline and a Content-Security-Policy forbids any
fetch, so it works opened from disk and leaks nothing about the paper when opened.
"""

from __future__ import annotations

from html import escape

from refcheck.document import Document
from refcheck.model import Citation, FileReport, Finding, Reference
from refcheck.report import RenderOptions
from refcheck.report.html_assets import CSS, JS

_SYMBOL = {"error": "\u2716", "warning": "\u26a0", "info": "\u2139", "ok": "\u2713"}
_RANK = {"error": 0, "warning": 1, "info": 2}
_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
_SENTENCE_ENDS = ".?!"
_FIELDS = ("authors", "editors", "translators", "year", "date", "title", "container", "volume", "issue", "pages",
           "edition", "publisher", "place", "genre", "doi", "url", "accessed", "note")


def render(reports: list[FileReport], options: RenderOptions | None = None) -> str:
    """The page for REPORTS; each paper's text comes from options.texts, else is read again from disk."""
    texts = options.texts if options is not None else {}
    files = [_file(i, r, texts[r.path] if r.path in texts else _read_text(r.path))
             for i, r in enumerate(reports) if r.error is None]
    title = reports[0].path if len(reports) == 1 else f"{len(reports)} papers"
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>refcheck: {escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f'<a class="skip" href="#f0-findings">Skip to the findings</a>\n'
            f'<header class="top"><h1>refcheck report</h1>{_summary(reports)}</header>\n'
            f'<main>\n{"".join(files)}</main>\n<script>{JS}</script>\n</body>\n</html>\n')


def _read_text(path: str) -> str | None:
    """The paper's text as the checker read it, or None (stdin, or the file is gone)."""
    from refcheck.errors import InputError
    from refcheck.readers import read_document

    if path == "<stdin>":
        return None
    try:
        return read_document(path).text
    except (InputError, OSError):
        return None


def _counts(findings: list[Finding]) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


def _summary(reports: list[FileReport], uncited: int | None = None) -> str:
    shown = [r for r in reports if r.error is None]
    counts = _counts([f for r in shown for f in r.findings])
    items = [f'<li class="status-error"><span aria-hidden="true">{_SYMBOL["error"]}</span> '
             f'<strong>{counts["error"]}</strong> error{"s" if counts["error"] != 1 else ""}</li>',
             f'<li class="status-warning"><span aria-hidden="true">{_SYMBOL["warning"]}</span> '
             f'<strong>{counts["warning"]}</strong> warning{"s" if counts["warning"] != 1 else ""}</li>',
             f'<li class="status-info"><span aria-hidden="true">{_SYMBOL["info"]}</span> '
             f'<strong>{counts["info"]}</strong> info</li>',
             f'<li><strong>{sum(len(r.references) for r in shown)}</strong> references</li>',
             f'<li><strong>{sum(len(r.citations) for r in shown)}</strong> citations</li>']
    if uncited is not None:
        items.append(f"<li><strong>{uncited}</strong> uncited</li>")
    if len(reports) > 1:
        items.append(f"<li><strong>{len(reports)}</strong> files</li>")
    return f'<ul class="summary" aria-label="summary">{"".join(items)}</ul>'


class _Layout:
    """Where each citation sits in the text and what was found about it, for one file."""

    def __init__(self, prefix: str, report: FileReport, text: str | None) -> None:
        self.prefix = prefix
        self.text = text
        self.by_citation: dict[str, list[Finding]] = {}
        self.by_reference: dict[str, list[Finding]] = {}
        self.finding_index = {id(f): k for k, f in enumerate(report.findings, start=1)}
        for f in report.findings:
            if f.citation:
                self.by_citation.setdefault(f.citation, []).append(f)
            elif f.reference:
                self.by_reference.setdefault(f.reference, []).append(f)
        self.spans = _place(report.citations, text) if text is not None else {}

    def finding_id(self, f: Finding) -> str:
        """The side list item of F: a screen reader reads it as the citation's description."""
        return f"{self.prefix}-finding-{self.finding_index[id(f)]}"

    def cite_id(self, c: Citation) -> str:
        return f"{self.prefix}-{c.id}"

    def status(self, c: Citation) -> str:
        found = self.by_citation.get(c.id, [])
        return min((f.severity for f in found), key=_RANK.__getitem__) if found else "ok"


def _file(index: int, report: FileReport, text: str | None) -> str:
    prefix = f"f{index}"
    layout = _Layout(prefix, report, text)
    cited = {ref_id for c in report.citations for ref_id in c.references}
    uncited = sum(1 for r in report.references if r.id not in cited)
    style = f" ({escape(report.style)})" if report.style != "unknown" else ""
    return (f'<section class="file" aria-labelledby="{prefix}-title">\n'
            f'<h2 id="{prefix}-title">{escape(report.path)}{style}</h2>\n{_summary([report], uncited)}\n'
            f'{_paper(layout, report)}\n{_findings(layout, report)}\n{_references(layout, report, cited)}\n'
            f"</section>\n")


def _place(citations: list[Citation], text: str) -> dict[str, tuple[int, int]]:
    """Citation id -> (start, end) offsets in TEXT, for citations found where their position says."""
    doc = Document(path="", text=text)
    spans: dict[str, tuple[int, int]] = {}
    taken_until = -1
    placed = []
    for c in citations:
        if c.path is not None or not c.text or c.line < 1 or c.line > len(doc.line_starts):
            continue
        start = doc.offset(c.line, c.column)
        if text[start:start + len(c.text)] != c.text:
            line_end = text.find("\n", doc.line_starts[c.line - 1])
            start = text.find(c.text, doc.line_starts[c.line - 1], None if line_end == -1 else line_end + len(c.text))
            if start == -1:
                continue  # not where it was said to be: listed, not highlighted
        placed.append((start, start + len(c.text), c.id))
    for start, end, ident in sorted(placed):
        if start >= taken_until:  # overlapping spans cannot both be marked
            spans[ident] = (start, end)
            taken_until = end
    return spans


def _tip(findings: list[Finding]) -> str:
    lines = []
    for f in sorted(findings, key=lambda f: _RANK[f.severity]):
        lines.append(f"{f.severity} {f.code}: {f.message}")
        fix = _fix(f)
        if fix:
            lines.append(f"Fix: {fix}")
    return "\n".join(lines) or "ok: matches an entry in the reference list"


def _fix(f: Finding) -> str | None:
    """The finding's own fix text, where findings carry one (the message says it otherwise)."""
    return getattr(f, "fix", None) or None


def _paper(layout: _Layout, report: FileReport) -> str:
    p = layout.prefix
    if layout.text is None:
        return f'<div class="paper"><p>The text of {escape(report.path)} could not be read again to show it.</p></div>'
    text = layout.text
    by_id = {c.id: c for c in report.citations}
    out = [f'<a id="{p}-L1"></a>']
    line = 1
    pos = 0

    def plain(segment: str) -> str:
        nonlocal line
        parts = segment.split("\n")
        pieces = [escape(parts[0])]
        for part in parts[1:]:
            line += 1
            pieces.append(f'\n<a id="{p}-L{line}"></a>{escape(part)}')
        return "".join(pieces)

    for ident, (start, end) in sorted(layout.spans.items(), key=lambda kv: kv[1]):
        c = by_id[ident]
        status = layout.status(c)
        out.append(plain(text[pos:start]))
        found = layout.by_citation.get(c.id, [])
        tip = escape(_tip(found), quote=True)
        described = " ".join(layout.finding_id(f) for f in found)
        described = f' aria-describedby="{described}"' if described else ""
        out.append(f'<mark id="{layout.cite_id(c)}" class="cite status-{status}" tabindex="0" data-tip="{tip}"'
                   f'{described}><span class="sr">{status}: </span>{plain(text[start:end])}</mark>')
        pos = end
    out.append(plain(text[pos:]))
    return f'<div class="paper" aria-label="the paper"><pre>{"".join(out)}</pre></div>'


def _target(layout: _Layout, f: Finding) -> str:
    """The id a finding links to: its citation, else its entry, else its line in the text."""
    if f.citation and f.citation in layout.spans:
        return f"{layout.prefix}-{f.citation}"
    if f.reference:
        return f"{layout.prefix}-ref-{f.reference}"
    if f.path is None and layout.text is not None:
        return f"{layout.prefix}-L{f.line}"
    return f"{layout.prefix}-title"


def _findings(layout: _Layout, report: FileReport) -> str:
    p = layout.prefix
    labels = {r.id: r for r in report.references}
    items = []
    for f in report.findings:
        target = _target(layout, f)
        fix = _fix(f)
        extra = f'<div class="fix">Fix: {escape(fix)}</div>' if fix else ""
        meant = [labels[s] for s in f.suggestions if s in labels]
        if meant:
            extra += '<div class="fix">Did you mean: ' + "; ".join(
                f'<a href="#{p}-ref-{r.id}" data-target="{p}-ref-{r.id}">{escape(_short(r.raw))}</a>'
                for r in meant) + "</div>"
        where = f"{escape(f.location(report.path))}:" if f.path is not None else "line "
        items.append(
            f'<li id="{layout.finding_id(f)}" class="status-{f.severity}">'
            f'<a class="finding-link" href="#{target}" data-target="{target}">'
            f'<span class="sev"><span aria-hidden="true">{_SYMBOL[f.severity]}</span> {f.severity}</span> '
            f'<span class="loc">{where}{f.line}:{f.column} {escape(f.code)}</span><br>'
            f'<span class="msg">{escape(f.message)}</span></a>{extra}</li>')
    body = f'<ol>{"".join(items)}</ol>' if items else "<p>Nothing to report.</p>"
    return (f'<aside class="findings" id="{p}-findings" aria-labelledby="{p}-findings-title">'
            f'<h3 id="{p}-findings-title">Findings ({len(items)})</h3>{body}</aside>')


def _references(layout: _Layout, report: FileReport, cited: set[str]) -> str:
    p = layout.prefix
    citing: dict[str, list[Citation]] = {}
    for c in report.citations:
        for ref_id in c.references:
            citing.setdefault(ref_id, []).append(c)
    entries = [_entry(layout, ref, citing.get(ref.id, [])) for ref in report.references]
    body = "".join(entries) if entries else "<p>No reference list was found.</p>"
    return (f'<section class="references" aria-labelledby="{p}-refs-title">'
            f'<h3 id="{p}-refs-title">Reference list ({len(entries)})</h3>{body}</section>')


def _entry(layout: _Layout, ref: Reference, citations: list[Citation]) -> str:
    p = layout.prefix
    badges = []
    if not citations:
        badges.append('<span class="badge status-warning"><span aria-hidden="true">\u26a0</span> not cited</span>')
    resolution = ref.extra.get("resolution")
    if resolution:
        badges.append(f'<span class="badge status-info">Crossref: {escape(str(resolution.get("status")))}</span>')
    fields = []
    for name, value in ref.fields.to_json().items():
        if name not in _FIELDS or value in (None, [], False, ""):
            continue
        if isinstance(value, list):
            value = "; ".join(v.get("literal") or ", ".join(filter(None, (v.get("family"), v.get("given"))))
                              for v in value)
        fields.append(f"<dt>{name}</dt><dd>{escape(str(value))}</dd>")
    if resolution:
        detail = ", ".join(f"{k} {v}" for k, v in resolution.items() if v not in (None, "", {}) and k != "status")
        fields.append(f"<dt>Crossref</dt><dd>{escape(str(resolution.get('status')))}"
                      f"{escape(': ' + detail) if detail else ''}</dd>")
    for f in layout.by_reference.get(ref.id, []):
        fields.append(f'<dt class="status-{f.severity}">{escape(f.code)}</dt><dd>{escape(f.message)}</dd>')
    sentences = []
    for c in citations:
        sentence = _sentence(layout.text, layout.spans.get(c.id)) or c.text
        where = f'<a href="#{layout.cite_id(c)}" data-target="{layout.cite_id(c)}">line {c.line}</a>' \
            if c.id in layout.spans else f"line {c.line}"
        sentences.append(f"<li>{where}: {escape(sentence)}</li>")
    cited_in = (f'<p>Cited {len(citations)} time{"s" if len(citations) != 1 else ""}:</p>'
                f'<ul class="cited-in">{"".join(sentences)}</ul>') if citations else ""
    return (f'<article class="entry" id="{p}-ref-{ref.id}" tabindex="-1">'
            f'<p class="raw">{"".join(badges)}<span class="loc">line {ref.line}</span> {escape(ref.raw)}</p>'
            f'<dl>{"".join(fields)}</dl>{cited_in}</article>')


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def _sentence(text: str | None, span: tuple[int, int] | None, reach: int = 400) -> str | None:
    """The sentence around SPAN: back to the previous sentence end or blank line, on to the next."""
    if text is None or span is None:
        return None
    start, end = span
    lo = max(0, start - reach)
    head = text[lo:start]
    cut = max(head.rfind("\n\n"), *(head.rfind(ch + " ") for ch in _SENTENCE_ENDS))
    begin = lo + cut + 2 if cut >= 0 else lo
    tail = text[end:end + reach]
    stops = [i for i in (tail.find("\n\n"), *(tail.find(ch + " ") for ch in _SENTENCE_ENDS)) if i >= 0]
    finish = end + (min(stops) + 1 if stops else len(tail))
    return " ".join(text[begin:finish].split())
