"""Find the reference list: its heading, and where it stops.

A list is introduced by one of a small set of headings in any dress (Markdown
"#", numbering "7.", bold, all caps, trailing colon). It ends at the next
section a paper puts after its references (appendix, notes) or at web page
furniture ("RECENT POSTS", "Share this"). The last such heading wins: tables
of contents and running text mention "References" earlier; the list itself is
nearly always the last one.
"""

from __future__ import annotations

import re

from refcheck._record import Record
from refcheck.document import Document
from refcheck.section.cues import LABEL_LINE_RE, MARKER_RE, looks_like_entry_start, marker_label, without_marker
from refcheck.text.patterns import FOOTNOTE_KEY, MONTH_WORD, OWN_CITATION_LABEL, RUNNING_HEAD_RE, YEAR_RE

REFERENCE_HEADINGS = frozenset({
    "references", "reference list", "list of references", "references cited", "works cited",
    "work cited", "works consulted", "bibliography", "select bibliography", "selected bibliography",
    "bronnelys", "verwysings", "literatuurverwysings",  # Afrikaans
    # a US brief's or memorandum's table of the cases, statutes and secondary sources it cites
    "table of authorities", "authorities cited", "appendix: authorities cited", "list of authorities",
    "literature cited", "literature", "cited literature", "sources", "sources cited", "cited works",
    "references and notes", "notes and references", "bibliography and references", "citations", "literaturverzeichnis",
    "bibliographie", "références", "referencias", "bibliografía", "bibliografia",
    "referências", "referências bibliográficas", "referencias bibliográficas", "références bibliographiques",
    "literatur", "literaturliste", "quellenverzeichnis",
    # the other languages papers are written in (a list with an unknown heading is found only by its shape)
    "riferimenti bibliografici", "riferimenti", "literatuur", "literatuurlijst", "referenties", "bronnen",
    "bibliografie", "literatura", "piśmiennictwo", "literatura cytowana", "seznam literatury",
    "použitá literatura", "references bibliographiques", "referenser", "litteratur", "källor", "referanser",
    "litteraturliste", "referencer", "lähteet", "kirjallisuus", "irodalom", "irodalomjegyzék", "hivatkozások",
    "referințe", "kaynaklar", "kaynakça", "daftar pustaka", "referensi", "tài liệu tham khảo",
    "список литературы", "литература", "библиография", "список использованной литературы", "βιβλιογραφία",
    "αναφορές", "المراجع", "المصادر", "منابع", "参考文献", "参考资料", "引用文献", "文献", "참고문헌", "참고 문헌",
    # Ukrainian, Russian, Bulgarian and Serbian lists of "sources used", the Baltic, Slovene, Croatian,
    # Catalan, Danish, Icelandic, Hebrew, Persian, Thai, Hindi, Malay and Filipino headings, and longer forms
    "список використаних джерел", "список використаної літератури", "використані джерела", "список літератури",
    "література", "джерела", "список использованных источников", "использованные источники", "список источников",
    "использованная литература", "използвана литература", "литература и извори", "literatūra",
    "literatūros sąrašas", "šaltiniai", "izmantotā literatūra", "kirjandus", "viited", "viri", "izvori",
    "referències", "kilder", "litteraturliste og kilder", "heimildir", "βιβλιογραφικές αναφορές", "מקורות",
    "ביבליוגרפיה", "منابع و مآخذ", "เอกสารอ้างอิง", "บรรณานุกรม", "संदर्भ", "संदर्भ सूची", "rujukan", "sanggunian",
    "daftar rujukan", "obras citadas", "ouvrages cités", "zitierte literatur", "literaturangaben", "quellen",
    "参考书目", "参考文献一覧", "참고자료",
    "einzelnachweise",  # German Wikipedia's references
})

# An encyclopedia article's sections after its sources (Wikipedia in its languages): works and links it does not cite.
_FURTHER = (r"(?:external links|further reading|see also|weblinks|liens externes|enlaces externos|collegamenti esterni"
            r"|ligações externas|ссылки|lectures complémentaires|voir aussi|weiterführende literatur|véase también)")
# A report's legal notice after its list: "Copyright and Disclaimer Notice" (its data sources' names are no citations)
_NOTICE = r"(?:copyright and )?disclaimer(?: notice)?|copyright notice|legal notice"
_NOT_BODY_AFTER_RE = re.compile(f"{_FURTHER}|{_NOTICE}")


def further_reading_after(lines: list[str], section: Section) -> bool:
    """Whether the list ends at a "Further reading", "External links" or "See also" heading, or a legal notice's:
    what follows lists works the text does not cite, or credits data, not body text that cites them."""
    i = section.end_line - 1
    return i < len(lines) and _NOT_BODY_AFTER_RE.fullmatch(heading_key(lines[i])) is not None


# Sections that follow a reference list in papers, and web-page furniture.
_END_WORDS = (
    r"appendix|appendices|annex|annexes|notes|endnotes|footnotes|about the authors?|author biograph(?:y|ies)"
    # the appendix in the other languages theses are written in (Spanish, Portuguese, French, German, Italian, Dutch,
    # Polish, Czech, Finnish, Swedish, Norwegian)
    r"|anexos?|ap[éêe]ndices?|annexes?|annexures?|anhang|anlagen?|allegat[oi]|appendice|bijlagen?|aneks|příloh[ay]"
    r"|liitteet|liite|bilagor|bilaga|vedlegg|ek(?:ler)?"  # (Indian "Annexure", Turkish "EK-1", "Ekler")
    r"|acknowledge?ments?|supplementary(?: material)?|supporting information|tables|figures|index|glossary"
    r"|notes on contributors|disclosure statement|declaration of (?:competing )?interests?|conflicts? of interest"
    r"|(?:figure|table)s? (?:captions|legends)|captions|legends"
    r"|recent posts|related posts|related articles|related|share this(?: article)?|share|leave a reply"
    r"|comments?|tags|categories|subscribe|follow us|you might (?:also )?(?:like|be interested in)"
    r"|you may also like|read more|more from .{1,40}|about us|contact us|newsletter|advertisement"
    # a publisher's page after the list: the authors' biographies and addresses, its metrics and links
    r"|biograph(?:y|ies)|author information|correspondence(?: address)?|korrespondenzanschrift|corresponding author"
    r"|authors?|autoren|autores|auteurs|autori|forfattere|författare|korrespondenzadresse"
    r"|cited by(?: \(\d{1,4}\))?|similar articles|recommended articles|article metrics|metrics|we value your privacy"
    r"|" + _NOTICE +
    # an encyclopedia article's sections after its sources (Wikipedia in its languages): works it does not cite
    r"|" + _FURTHER +
    # an abstract in a second language printed after the list (Turkish, Brazilian, Spanish journals)
    r"|(?:extended )?abstract|genişletilmiş özet|özet|resumo|resumen|résumé|zusammenfassung"
)
# "Appendix", "Appendix B", "Appendix 2: Interview questions", "Appendix S1. Supplementary methods", "Anhang A
# Parametertabelle" (a label, then its title), "RECENT POSTS"
# (the label after the word is a letter, a number or a roman one: "Appendix B", "Appendix 2"; "Related work", a running
# head of the chapter the list closes, is no web page's "Related")
_END_RE = re.compile(rf"(?:{_END_WORDS})(?:\s+(?:[a-z]|[a-z]?\d{{1,3}}|[ivx]{{1,4}})(?:\s*[:.\-–]\s*|\s+).{{0,70}}"
                     rf"|\s+(?:[a-z]|[a-z]?\d{{1,3}}|[ivx]{{1,4}})|\s*[:.\-–]\s*.{{0,50}})?",
                     re.IGNORECASE)
# "Notes 7:574–578.": a wrapped entry's journal ("Mol. Ecol. / Notes") and its volume and pages.
_SOURCE_NUMBERS_RE = re.compile(r"\d+\s*:\s*\d+|\d+\s*[–-]\s*\d+")
_CITE_THIS_RE = re.compile(r"[*_]{0,2}(?:" + OWN_CITATION_LABEL + r"|(?:korrespondenzanschrift|korrespondenzadresse"
                           r"|correspondence(?: address)?|corresponding author|action editor|handling editor"
                           r"|(?:date )?(?:received|accepted|submitted|revised)(?: for publication)?"
                           r"|recibido|aceptado|recebido|aceito|aprovado|reçu|accepté|eingegangen|eingereicht"
                           r"|(?:nach revision )?angenommen"
                           r"|(?:disclaimer/)?publisher.s note)\s*:"  # MDPI's "Disclaimer/Publisher's Note: The ..."
                           # GSA's "Manuscript received 12 October 2022", "Revised manuscript received ..."
                           r"|(?:revised )?manuscript (?:received|accepted)\b"
                           # APA's journals close an article with its history: "Received July 4, 2022"
                           r"|(?:revision )?received\s+" + MONTH_WORD + r"\s\d{1,2},\s(?:19|20)\d\d\s*$"
                           # MNRAS's last line: "This paper has been typeset from a TEX/LATEX file prepared by ..."
                           r"|this paper has been typeset from\b"
                           # a wiki page's foot: 'Retrieved from "https://en.wikipedia.org/w/index.php?title=...'
                           r"|normdaten\b|kategorien:|categories:|this page was last edited|diese seite wurde zuletzt"
                           r"|(?:retrieved from|abgerufen von|récupérée de|obtenido de)\s+[\"“„«]?https?://\S*wiki"
                           # a site's cookie banner, whatever its length
                           r"|(?:we|this (?:web)?site) uses? cookies\b|cookie settings\b|accept all cookies\b"
                           # a journal's dates: ACM's "Received July 2023; revised ...; accepted ...", SciELO's
                           # "Recibido: 10 de Marzo de 2022; Aprobado: 05 de Agosto de 2022"
                           r"|(?:received|recibido|recebido|reçu|eingegangen|submitted)\b.{0,60}?[;,]\s*"
                           r"(?:revised|accepted|aprobado|aceptado|aceito|accepté|angenommen)\b)", re.IGNORECASE)
_TABLE_ALONE_RE = re.compile(r"(?:Table|TABLE|Figure|FIGURE|Tabla|Tabelle|Tableau|Tabela)\s+\d{1,3}")
_FURNITURE_RE = re.compile(r"(?:©|\(c\)|copyright\b).{0,80}(?:\d{4}|all rights reserved)", re.IGNORECASE)

_DECOR_RE = re.compile(r"^[\s#*_=>|]+|[\s#*_=:.|：\u3000]+$")  # "参考文献：" ends with a full-width colon
_NUMBERING_RE = re.compile(r"^(?:(?:chapter|section|part)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[ivxlc]{1,6}|[a-h])[.)]?\s+",
                           re.IGNORECASE)


class Section(Record):
    """The reference list's line span: heading line, then [start_line, end_line)."""

    __slots__ = ("heading_line", "start_line", "end_line", "heading")
    heading_line: int  # 1-based; 0 when the list was found without a heading
    start_line: int  # first line after the heading (1-based)
    end_line: int  # first line no longer in the list (1-based, exclusive)
    heading: str

    def __init__(self, heading_line: int, start_line: int, end_line: int, heading: str = "") -> None:
        self.heading_line, self.start_line, self.end_line, self.heading = heading_line, start_line, end_line, heading


_EDIT_LINK_RE = re.compile(r"\s*\[(?:edit|editar|modifier|bearbeiten|править|modifica)(?:\s*\|[^\]]{1,30})?\]\s*$",
                           re.IGNORECASE)
_ATTRIBUTES_RE = re.compile(r"\s*\{[.#-][^{}]{0,60}\}\s*$")


def heading_key(line: str, longest: int = 60) -> str:
    """The words of a heading line without its dress, lower-cased."""
    s = line.replace("\u00a0", " ").strip()
    if len(s) > longest:
        return ""
    s = s.replace("<b>", "").replace("</b>", "")
    s = _ATTRIBUTES_RE.sub("", s)  # pandoc's "# Bibliography {.unnumbered}", "## References {#refs}"
    s = _EDIT_LINK_RE.sub("", s)  # a wiki's "References[edit]", "Einzelnachweise[Bearbeiten | Quelltext bearbeiten]"
    s = _DECOR_RE.sub("", s)
    s = _NUMBERING_RE.sub("", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def is_reference_heading(line: str) -> bool:
    key = heading_key(line)
    # (or the list as an appendix: "ANNEXE 3 – BIBLIOGRAPHIE", "Appendix B: References", "Anexo I. Bibliografía")
    return key in REFERENCE_HEADINGS or _PART_OF_LIST_RE.fullmatch(key) is not None \
        or ((m := _APPENDIX_OF_RE.fullmatch(key)) is not None and m.group(1) in REFERENCE_HEADINGS) \
        or _joined_lists(key)


def part_headings(lines: list[str], start_line: int, end_line: int) -> set[int]:
    """The 1-based numbers of the lines in [START_LINE, END_LINE) that head a part of a list in parts ("References to
    studies excluded from this review", "Other references", "Literatur" under "Literatur- und Filmverzeichnis"):
    headings, not entries, whatever the lines around them."""
    last = min(end_line, len(lines) + 1)
    heads = [n for n in range(start_line, last) if is_reference_heading(lines[n - 1])]
    return {n for n in heads if any(lines[k - 1].strip() for k in range(n + 1, last))}


# Two lists under one heading: "Literatur- und Filmverzeichnis", "Quellen- und Literaturverzeichnis", "Bibliography
# and Filmography", "Sources and References" (German's suspended compound takes the last part's ending)
_JOIN_RE = re.compile(r"\s+(?:und|and|&|et|y|e|och|og|en)\s+")
_OTHER_LISTS = frozenset({"filmverzeichnis", "filmography", "filmographie", "filmografie", "filmografía", "discography",
                          "diskographie", "quellenverzeichnis", "abbildungsverzeichnis", "sources", "quellen",
                          "primary sources", "secondary sources", "archival sources", "further reading"})


def _joined_lists(key: str) -> bool:
    parts = _JOIN_RE.split(key)
    if len(parts) != 2 or len(key) > 60:
        return False
    first, last = parts
    if first.endswith("-") and (m := re.search(r"(verzeichnis|liste|angaben)$", last)):
        first = first[:-1] + m.group(1)  # "literatur-" + "verzeichnis"
    lists = {first, last}
    return bool(lists & REFERENCE_HEADINGS) and lists <= REFERENCE_HEADINGS | _OTHER_LISTS


# A list in parts, as systematic reviews print it: "References to studies included in this review", "References
# to studies excluded from this review", "Other references", "Additional references" (the parts in a row are one
# list: find_reference_section goes back over a heading whose part runs on to the next)
_PART_OF_LIST_RE = re.compile(r"(?:additional|other|further|secondary|supplementary|general|background) references"
                              r"|references (?:to|of|for) (?:the )?(?:included|excluded|ongoing|other|primary)?"
                              r" ?studies\b.{0,40}"
                              r"|references (?:to studies )?(?:included|excluded) (?:in|from)\b.{0,40}"
                              # a history's lists by kind of source: "Archival sources", "Primary sources: printed",
                              # "Secondary literature", "Sources manuscrites", "Ungedruckte Quellen"
                              r"|(?:(?:archival|manuscript|unpublished|published|printed|primary|secondary|official"
                              r"|newspaper)\s){1,2}(?:sources|literature|materials|works|documents)(?::\s?\w+)?"
                              r"|archives?|archival (?:material|collections)|sekundärliteratur|archivalien"
                              r"|(?:ungedruckte|gedruckte) quellen|sources (?:manuscrites|imprimées|primaires"
                              r"|secondaires)|fuentes (?:primarias|secundarias|documentales|de archivo)"
                              r"|fontes (?:primárias|secundárias)")


_APPENDIX_OF_RE = re.compile(r"(?:appendix|annexe?|anexo|anhang|allegato|bijlage)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})"
                             r"\s*[–:.-]\s*(.+)")


# An author's address under the list, opening with an academic title and naming an institution.
_ADDRESS_RE = re.compile(r"(?:Univ\.-)?(?:Prof\.|Dr\.|PD Dr\.)(?:\s?(?:Dr\.|habil\.|Dr\. h\.\s?c\.|em\.))*\s[A-ZÀ-Ý]"
                         r"[^\d,;()]{2,60},\s[^()]{0,80}?(?:Institut|Universit|Department|Departamento|Fakultät|"
                         r"Lehrstuhl|School|College|Faculty|Faculté|Seminar)")


def is_end_heading(line: str) -> bool:
    """A line that closes the list: a later section heading or page furniture."""
    s = line.replace("\u00a0", " ").strip()
    if _CITE_THIS_RE.match(s):
        return True  # T&F's "How to cite this article: Haugland, I. S., ... (2023)", "Received ...; accepted ..."
    if _ADDRESS_RE.match(s):
        return True  # the author's address after the list: "Prof. Dr. Brigitte Hallenberger, Geographisches Institut"
    if not s or len(s) > 80:
        return False
    key = heading_key(s, 80)  # (an appendix with its title: "Appendix B – Member workshop, 14 February 2023 (...)")
    if key and _END_RE.fullmatch(key) and not _SOURCE_NUMBERS_RE.search(key):
        return True
    if _TABLE_ALONE_RE.fullmatch(s):
        return True  # a manuscript's tables after its list: "Table 3" on a line of its own, its title below
    # (a page's copyright line opens with its mark; "Press. Copyright 1975 by II. Paul Grice." is an entry's tail)
    return bool(_FURNITURE_RE.match(s)) and len(s) < 80


def find_reference_section(doc: Document, learned: bool = True) -> Section | None:
    """Locate the reference list; None when the document has none.

    A heading is the strong signal. Without one, the learned line classifier
    may still find a list, but only one that closes the document and reads
    like references line by line: a false list would turn every citation of a
    list-less paper into noise.
    """
    lines = doc.lines
    candidates = [i for i, line in enumerate(lines) if is_reference_heading(line)]
    if (whole := _main_with_parts(lines, candidates)) is not None:
        return whole
    for k in range(len(candidates) - 1, -1, -1):
        idx = candidates[k]
        if k and _repeated_heading(lines, candidates[k - 1], idx):
            continue
        end = _section_end(lines, idx + 1)
        if _has_content(lines, idx + 1, end):
            return Section(heading_line=idx + 1, start_line=idx + 2, end_line=end + 1,
                           heading=lines[idx].strip())
    return (_footnote_section(lines) or _learned_section(lines) or _numbered_section(lines)) if learned else None


# The heading given to a list of Markdown footnotes found without a reference heading.
FOOTNOTES = "Markdown footnotes"
_FOOTNOTE_DEFINITION_RE = re.compile(rf"\[\^{FOOTNOTE_KEY}\]:\s+\S")


def _footnote_section(lines: list[str]) -> Section | None:
    """A paper with no reference heading whose sources are its Markdown footnotes ("[^3]: FIDO Alliance, ..."): the
    definitions, from the first to the end, are its list, each under its key (a white paper, a blog post)."""
    defined = [i for i, line in enumerate(lines) if _FOOTNOTE_DEFINITION_RE.match(line)]
    # (most of them cite a work, dated or linked: footnotes that comment, "[^2]: Interview protocol available on
    # request.", are a paper's notes, not its sources)
    sources = sum(1 for i in defined if YEAR_RE.search(lines[i]) or re.search(r"https?://|n\.d\.", lines[i]))
    if len(defined) < 3 or sources < 0.7 * len(defined):
        return None
    return Section(heading_line=0, start_line=defined[0] + 1, end_line=len(lines) + 1, heading=FOOTNOTES)


def _main_with_parts(lines: list[str], candidates: list[int]) -> Section | None:
    """A list heading followed closely by its parts' headings and nothing else ("BIBLIOGRAPHY" / "Primary Sources"
    / ... / "Secondary Sources"; "References" / "References to studies included in this review" / ... / "Additional
    references"): the whole, from the list's heading, however few entries a part holds."""
    parts = [i for i in candidates if _PART_OF_LIST_RE.fullmatch(heading_key(lines[i]))]
    mains = [i for i in candidates if i not in parts]
    if not parts or not mains or not (after := [i for i in parts if i > mains[-1]]) or after != parts[-len(after):] \
            or candidates[-1] != after[-1]:
        return None
    top = mains[-1]
    end = _section_end(lines, top + 1)
    if end <= after[-1] or not _has_content(lines, after[0], end):
        return None
    between = [ln for ln in lines[top + 1:after[0]] if ln.strip()]
    # (other groups may come first, "Table of Cases" / "Campbell v MGN Ltd [2004] UKHL 22 ....... 1": dated lines and
    # headings, never a body's prose)
    if len(between) > 3 and sum(1 for ln in between if YEAR_RE.search(ln) or len(ln.split()) <= 6) < 0.7 * len(between):
        return None
    return Section(heading_line=top + 1, start_line=top + 2, end_line=end + 1, heading=lines[top].strip())


def _repeated_heading(lines: list[str], before: int, idx: int) -> bool:
    """Whether the heading at IDX repeats one at BEFORE inside the same list: a thesis's running head
    ("References", right-aligned at the top of each page of its list) or "References (continued)" after a
    page break. The lines between are the list's (entries, page furniture), and nothing ends it."""
    if _section_end(lines, before + 1) <= idx:
        return False
    from refcheck.section.lines import classify_lines

    if _PART_OF_LIST_RE.fullmatch(heading_key(lines[idx])):
        # the next part of a list in parts ("Other references"): the part before opens with an entry or with a
        # study's identifier above its entry (Cochrane's "Volpp 2009 {published data only}"); it may hold a single
        # one, too few for the line classifier to be sure of
        first = next((ln for ln in lines[before + 1:idx] if ln.strip()), "").strip()
        if (looks_like_entry_start(without_marker(first)) or LABEL_LINE_RE.fullmatch(first) is not None) \
                and _has_content(lines, before + 1, idx):
            return True
        # (else the part opens under sub-headings, "Primary sources: archival", or with an archive's or a body's
        # name: the lines read as a list's more than as prose)
        labels = [lab for lab in classify_lines(lines[before + 1:idx]) if lab != "blank"]
        return bool(labels) and _has_content(lines, before + 1, idx) \
            and sum(lab in ("ref", "meta") for lab in labels) >= 0.5 * len(labels)
    labels = [lab for lab in classify_lines(lines[before + 1:idx]) if lab != "blank"]
    return len(labels) >= 3 and sum(lab in ("ref", "meta") for lab in labels) >= 0.7 * len(labels)


_PART_LETTER_RE = re.compile(r"^[a-h]\)\s+")


def _learned_section(lines: list[str]) -> Section | None:
    from refcheck.section.lines import classify_lines

    def opens_entry(i: int) -> bool:
        # (Angewandte and Chem. Eur. J. group works under one number: "[1] a) C. K. Prier, ...; b) M. H. Shaw")
        text = _PART_LETTER_RE.sub("", without_marker(lines[i]))
        return looks_like_entry_start(text) and not _NARRATIVE_RE.match(text)

    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    labels = classify_lines(lines[:end])
    start = end
    while start and labels[start - 1] in ("ref", "meta", "blank") and not _paragraph(lines[start - 1]):
        start -= 1
    while start < end and not (labels[start] == "ref" and opens_entry(start)):
        start += 1
    if start > 0 and opens_entry(start - 1) and not _paragraph(lines[start - 1]):
        start -= 1  # the classifier often misses the list's first line
    refs = [without_marker(lines[i]) for i in range(start, end) if labels[i] == "ref"]
    starts = [t for t in refs if looks_like_entry_start(t) and _has_content([t], 0, 1)]
    if len(starts) < 3 or len(starts) < 0.3 * len(refs) or _numbered_on_from_before(lines, start):
        return None
    return Section(heading_line=0, start_line=start + 1, end_line=end + 1)


def _numbered_on_from_before(lines: list[str], start: int) -> bool:
    """Whether the line at START carries number n > 1 and n - 1 opens an earlier line: the tail of a run of
    notes ("4. R. Kishore et al., ..." after notes 1 to 3), which no reference list starts with."""
    label = (m := MARKER_RE.match(lines[start])) and marker_label(m)
    if not (label and label.isdigit() and int(label) > 1):
        return False
    want = str(int(label) - 1)
    return any((m := MARKER_RE.match(line)) and marker_label(m) == want for line in lines[max(0, start - 40):start])


def _numbered_section(lines: list[str]) -> Section | None:
    """A list with no heading that numbers its entries 1, 2, 3 ... in order, as a Nature letter or an AIP
    paper pasted from a PDF prints it after the body. At least five entries, most of them dated and opening
    like an entry; it runs from the last entry 1 to the paragraph break after its last entry."""
    numbered = []
    for i, line in enumerate(lines):
        label = (m := MARKER_RE.match(line)) and marker_label(m)
        if label and label.isdigit():
            numbered.append((i, int(label)))
    best: list[int] = []
    for k, (i, n) in enumerate(numbered):
        if n != 1:
            continue
        run, want = [i], 2
        for j, m in numbered[k + 1:]:
            if m == want:
                run.append(j)
                want += 1
        if len(run) >= 5:
            best = run  # the last list numbered from 1 wins, as the last heading does
    if not best:
        return None
    texts = [" ".join(lines[a:b]) for a, b in zip(best, [*best[1:], best[-1] + 4], strict=True)]
    dated = sum(1 for t in texts if YEAR_RE.search(t))
    opening = sum(1 for i in best if looks_like_entry_start(without_marker(lines[i])))
    if dated < 0.8 * len(best) or opening < 0.6 * len(best):
        return None
    end = next((i for i in range(best[-1] + 1, len(lines)) if not lines[i].strip()), len(lines))
    return Section(heading_line=0, start_line=best[0] + 1, end_line=end + 1)


def _section_end(lines: list[str], start: int) -> int:
    """0-based index of the first line after the list."""
    for i in range(start, len(lines)):
        if is_end_heading(lines[i]) and not _entries_go_on(lines, i):
            return i
    return len(lines)


def _entries_go_on(lines: list[str], i: int) -> bool:
    """A copyright line followed by more entries is an entry's wrapped tail ("published by Harvard University
    Press." / "Copyright 1975 by II. Paul Grice." / "LEVINSON, S. C. Pragmática."), not the page's foot."""
    if not _FURNITURE_RE.match(lines[i].strip()):
        return False
    # (past the next page's head: "© 2021 Elsevier Ltd. All rights reserved." / "46    Author et al." / entries)
    after = next((ln for ln in lines[i + 1:i + 6] if ln.strip() and not RUNNING_HEAD_RE.match(ln.strip())), "")
    return looks_like_entry_start(without_marker(after))


# "Vogel (2012) had predicted", "Muller and Sato (2020), and": a sentence, not an entry.
_NARRATIVE_RE = re.compile(r"[^()]{1,150}\((?:1[5-9]\d\d|20\d\d)[a-z]?\)\s*(?:[,;]|[a-z])")


def _paragraph(line: str) -> bool:
    """A body paragraph: long prose that no reference entry opens like."""
    s = line.strip()
    return len(s) > 350 and not looks_like_entry_start(s)


def _has_content(lines: list[str], start: int, end: int) -> bool:
    """Something that could be a reference: some words and a year or a quote (the year may
    sit alone on an entry's wrapped last line)."""
    words = dated = False
    for i in range(start, end):
        s = lines[i].strip()
        words = words or len(s) > 15
        dated = dated or re.search(r"\b(?:1[5-9]|20)\d\d\b|n\.d\.|[“\"]", s) is not None
        if words and dated:
            return True
    return False
