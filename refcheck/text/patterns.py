"""Patterns for the small things every stage recognizes: a year, a DOI, a page range."""

from __future__ import annotations

import re

# A publication year, 1500-2099, not inside a longer number.
YEAR = r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)"
YEAR_RE = re.compile(YEAR)

# A Markdown footnote's key, as its definition "[^3]: ..." and its calls "[^3]" print it.
FOOTNOTE_KEY = r"[^\]\s^]{1,20}"

# A DOI as printed: "10.1000/xyz123" (Crossref's recommended pattern, with its suffix characters).
DOI_RE = re.compile(r"\b10\.\d{4,9}/[-._;()/:A-Za-z0-9<>\[\]]+[A-Za-z0-9/)\]>]")

# A page range: "33-50", "371–384", "e1082020".
PAGE_RANGE_RE = re.compile(r"\b[a-zA-Z]?\d{1,6}\s*[-–—]\s*[a-zA-Z]?\d{1,6}\b")


def years_in(text: str) -> list[str]:
    """Every year printed in the text, in order."""
    return YEAR_RE.findall(text)

# The words that hand a citation on to the work actually read: "Freud (1900) apud Kumar (2019)",
# "(Freud, 1900, as cited in Kumar, 2019)". Only the source read needs an entry.
CITED_IN = r"(?:as cited in|cited in|qtd\.? in|as quoted in|quoted in|apud)"

# The link buttons a publisher's web page prints under each entry, pasted with it: ScienceDirect's "View PDF View
# article View in Scopus Google Scholar", "Google Scholar", MDPI's "[Google Scholar] [CrossRef]", "PubMed", "CAS".
# (Taylor & Francis: "[Crossref], [Web of Science ®], [Google Scholar]"; SciELO's "[ Links ]"; PLOS's "View Article";
# Frontiers' "PubMed Abstract | CrossRef Full Text"; Oxford's "WorldCat"; maths' "MathSciNet", "zbMATH")
LINK_BUTTONS_RE = re.compile(
    r"^(?:\[?\s?(?:View (?:PDF|[Aa]rticle|in Scopus|at publisher)|Google Scholar|Cross[Rr]ef|PubMed(?:/NCBI)?"
    r"|PMC free article|Web of Science(?:\s?®)?|Scopus|Full Text|Abstract|CAS|Green Version|Taylor & Francis Online"
    r"|Links|WorldCat|MathSciNet|zbMATH|Medline|Article|ADS)\s?\]?[\s,|]*)+$")

# A database's download stamp on every page of a PDF: JSTOR's "This content downloaded from 129.105.215.146 on Tue,
# 05 Mar 2024 14:22:09 UTC" / "All use subject to https://about.jstor.org/terms", Wiley's "Downloaded from
# https://onlinelibrary.wiley.com/ by ..., Wiley Online Library on [12/03/2024]. See the Terms and Conditions ..."
DOWNLOAD_STAMP_RE = re.compile(r"^(?:This content downloaded from\s|All use subject to\s+(?:https?://|JSTOR)"
                               r"|Downloaded from\s+(?:https?://|www\.)\S+\s+(?:by|on)\s"
                               # and a publisher's page's count of the list: ACS's "This article references 22 other
                               # publications."
                               r"|This (?:article|chapter) references \d+ other publications)", re.IGNORECASE)

# A month's name in English as dates print it, "Oct. 6", "March 2019", not a given name that opens like one
# ("Haspelmath, Martin. 2007a.", "Janet", "Augustin").
MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
              r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")

# "in press" in the languages of the world's papers: Spanish "en prensa", Portuguese "no prelo", German "im Druck",
# French "sous presse" / "à paraître", Italian "in stampa", Polish "w druku", Czech "v tisku", Dutch "in druk", Swedish
# "i tryck", Finnish "painossa", Russian "в печати", Ukrainian "у друку", Turkish "baskıda". Matching reads each as
# "in press".
IN_PRESS = (r"in press|forthcoming|en prensa|no prelo|im druck|sous presse|à paraître|in stampa|w druku|v tisku"
            r"|in druk|i tryck|painossa|в печати|у друку|baskıda"
            # German "im Erscheinen", Portuguese "a publicar", Italian "di prossima pubblicazione", Spanish "de
            # próxima aparición" (each may wrap at its space)
            r"|im\s+erscheinen|a\s+publicar|di\s+prossima\s+pubblicazione|de\s+próxima\s+aparición")
# "no date" beside "n.d.": Dutch "z.d.", Russian "б.г." (French "s.d.", Spanish "s.f.", German "o.J." are read where
# they are; Latin "s.a." is also a company's "S.A.").
NO_DATE_MORE = r"z\.\s?d\.|б\.\s?г\."

# "et al." as the CSL locales and styles print it after a name, in the languages of the world's author-date
# papers (the et-al terms of the styles Debian ships): German "u. a.", Latin "& al." (myrmecology, botany),
# Spanish "y otros" / "y cols.", Portuguese "e colab.", Turkish "vd." / "ve ark.", Polish "i wsp." / "i in.",
# Italian "e coll.", Hungarian "és mtsai.", Dutch "e.a.", Nordic "m.fl.", Finnish "ym.", Slovenian "idr.",
# Croatian "i sur.", Indonesian "dkk.", Czech "a kol.", Lithuanian "ir kt.", Latvian "u.c.", Russian "и др.",
# Vietnamese, Persian, Chinese "等" (GB/T 7714's "(PÁNEK 等, 2017)"), Japanese "ほか" and "他", Greek "κ.ά.". The Latin
# and English forms in any case ("Et Al."); the short ones only as printed, so a capital stays an initial or a word.
ET_AL = (r"(?:\bet\.?\s+al(?:ii|\b\.?)|\band\s+others\b|\bи\s+др\b\.?"
         r"|(?-i:&\s+al\b\.?|\bu\.\s?a\.|\by\s+(?:otros\b|cols?\.)|\be\s+(?:outros\b|colab\.|coll?\.|cols?\.)|\bés\s+(?:mtsai\b\.?|munkatársai\b|társai\b)"
         r"|\bet\s+coll\.|\bv\.\s?dğr\.|\bvd\.|\bve\s+(?:ark\.|diğerleri\b)|\bi\s+(?:wsp|in|sur)\.|\be\.a\."
         r"|\bm\.\s?fl\.|\b[mo]\.?fl\.|\bym\.|\bidr\.|\bdkk\.|\ba\s+kol\.|\bir\s+kt\.|\bu\.\s?c\.|và\s+cộng\s+sự"
         r"|و\s+همکاران|κ\.\s?ά\.|等|ほか|他))")
# The form a citation reader strips from a name ("Smith et al.," -> "Smith"): it starts where the spaces before
# it do, or a search over a run of spaces is cubic; and it needs a space, comma or slash before it (Chinese and
# Japanese may glue theirs, "王等"), so most places in a text fail at the first character (speed).
ET_AL_RE = re.compile(r"(?<!\s)(?:\s*[,/]\s*|\s+)" + ET_AL + r",?|(?<=\S)(?:等|ほか|他),?", re.IGNORECASE)

# Capital letters a name can open with, for character classes: ASCII, Latin-1 ("Ó", "Ø") and Latin
# Extended-A and Romanian ("Šípek", "Łukasz", "Čech", "Őri", "Ștefan"), which [A-ZÀ-Þ] leaves out, Cyrillic
# ("Аузан А. А.", "Полтерович") and Greek ("Μουζέλης").
CAPS = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x180) if chr(c).isupper()) + "ȘȚ" + "Ѐ-ЯΑ-ΩΆΈΉΊΌΎΏ"
# Chinese, Japanese and Korean characters (kana, CJK ideographs and extensions, Hangul, compatibility
# ideographs): one range for the tokenizer, the CJK parser and the names normalizer.
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"

# A page's running head or foot as a line of its own: "Okafor et al. Page 17", "GROWTH MINDSET 14",
# "46    Author et al.", a bare page number: text a PDF leaves between a paragraph's two halves.
RUNNING_HEAD_RE = re.compile(
    r"^(?:(?i:running head:).{0,80}?\s\d{1,4}|(?i:page) \d{1,4}(?: (?i:of) \d{1,4})?|\d{1,4}|[ivxlc]{1,6}"
    r"|[—–-]\s?\d{1,4}\s?[—–-]|(?i:page)\s?\|\s?\d{1,4}"  # a centred "— 231 —", Word's "Page | 11"
    r"|[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?,? \d{1,3}|\d{1,3} [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?"
    r"|[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-:]+){1,9}\s+\d{1,3}"  # "GROWTH MINDSET INTERVENTIONS 14"
    r"|[A-Z][\w'’\-]+(?: et al\.?| and [A-Z][\w'’\-]+)? (?i:page) \d{1,4}"  # PMC manuscripts: "Okafor et al. Page 17"
    r"|[^\s].{0,78}?\s{4,}\d{1,4}(?: (?i:of) \d{1,4})?"  # any short head with its page ("11 of 12") pushed right
    r"|\d{1,4}\s{4,}[^\s].{0,78}"  # or to the left margin (an even page)
    # "... Nr. 27/2023    Seite 21", "... | v1.2        Page 4 of 5", "Rapport technique n° 12        p. 3"
    r"|[^\s].{0,78}?\s{4,}(?:Seite|Page|Página|Pagina|Strona|Side|Sida|Sivu|p\.|S\.)\s\d{1,4}"
    r"(?: (?i:of|von|de|sur) \d{1,4})?"
    # a head with its authors pushed right or left: "CHI EA '24, May 11–16, 2024, Honolulu, HI, USA      Brandt et al."
    # (Elsevier's foot with the initials: "I. Haugland et al.      Building and Environment 246 (2023) 110962")
    r"|[^\s].{0,78}?\s{6,}[A-Z][\w'’\-]+ et al\.?|(?:[A-Z]\.\s?){0,3}[A-Z][\w'’\-]+ et al\.?\s{6,}[^\s].{0,78}"
    # a journal's foot: "PLOS ONE | https://doi.org/10.1371/journal.pone.0185809 September 28, 2017 13 / 20",
    # "Frontiers in Psychology | www.frontiersin.org    13    January 2015 | Volume 5 | Article 1582"
    r"|[^|\n]{2,40}\s\|\s.{0,100}?\s\d{1,4}\s?/\s?\d{1,4}|[^|\n]{2,40}\s\|\s\S+\s{4,}\d{1,4}\s{4,}.{0,80}"
    # a journal's head with its volume and pages, then the page: "Raumforschung und Raumordnung | Spatial Research and
    # Planning           81 (2023) 4: 301–318     305"
    r"|[^|\n]{2,60}\s\|\s[^|\n]{2,80}?\s{4,}[^|\n]{1,40}?\s{4,}\d{1,4}"
    r"|©\s?(?:1[5-9]|20)\d\d\b.{10,110})$"  # "© 2022 The Authors. Published by Elsevier Ltd. This is an open ..."
)
# A page break inside a paragraph: blank, the page's head or foot, blank; a page's foot and the next one's head
# may stand one above the other, each between blank lines.
PAGE_BREAK_RE = re.compile(r"\n[ \t]*\n[ \t]*([^\n]{1,120}?)[ \t]*\n[ \t]*\n(?:[ \t]*([^\n]{1,120}?)[ \t]*\n[ \t]*\n)?")


def page_break_at(text: str, pos: int) -> int | None:
    """The offset just past a page break (blank line, running head, blank line) starting at pos,
    or None when the blank line at pos is a real paragraph end."""
    m = PAGE_BREAK_RE.match(text, pos)
    if m is None or not RUNNING_HEAD_RE.match(m.group(1)):
        return None
    return m.start(2) if m.group(2) is not None and not RUNNING_HEAD_RE.match(m.group(2)) else m.end()

# A case or a statute named in a note: "Robinson v Chief Constable of West Yorkshire Police [2018] UKSC 4",
# "Anns v Merton LBC [1978] AC 728 (HL)", "Compensation Act 2006, s 1", "42 U.S.C. § 1983".
# (and the cases named for one party, "In re S (A Child) (Identification ...) [2004] UKHL 47", "Ex parte Pinochet")
CASE_RE = re.compile(r"(?:[A-Z][^;“”\"‘’]{0,150}?\sv\.?\s[A-Z]|(?:In\s[Rr]e|Re|Ex\s[Pp]arte)\s[A-Z])[^;]{0,150}?"
                        r"(?:\[(?:1[5-9]|20)\d\d\]|\((?:1[5-9]|20)\d\d\)|\d{1,4}\s[A-Z][\w.]{0,12}\s\d)")
_NOTE_STATUTE = re.compile(r"[A-Z][^;“”\"‘’]{0,150}?\b(?:Act|Regulations?|Ordinance|Statute|Directive)\s(?:of\s)?"
                           r"(?:1[5-9]|20)\d\d\b|.{0,40}§")


# The label of a paper's own citation, in its front matter or after its list: "Citation:", "How to cite this article:",
# "Cite this article as:", "Cómo citar este artículo:", "Pour citer cet article :", "Zitiervorschlag:"
OWN_CITATION_LABEL = (r"(?:citation|suggested citation|cita sugerida|how to cite(?: this (?:article|paper|chapter))?"
                      r"|(?:to |please )?cite this (?:article|paper|chapter)(?: as)?|c[oó]mo citar este art[ií]culo"
                      r"|como citar este artigo|pour citer cet article|zitiervorschlag|zitierhinweis)"
                      r"(?:\s*:|[ \t]*(?=\n|$))")  # (or alone on its line, as Cairn prints "Pour citer cet article")

# A statute named as a citation's author, "(Mental Capacity Act 2005, s.2)", "(Data Protection Regulations 2018)"
# (not the Romance languages' "Ley", "Lei", "Loi": surnames too)
# or an official gazette's page, "(BGBl. I S. 1824)", "(ABl. L 119 S. 1)", "(OJ L 119, 4.5.2016)", "(BOE núm. 236)"
STATUTE_HEAD_RE = re.compile(r"[A-Za-z]\s(?:Act|Regulations?|Ordinance|Directive|Gesetz|Verordnung|Decree)$"
                             r"|^(?:[RB]GBl|GVBl|ABl|BAnz|OJ|BOE|DOF|DOU|JORF|GU)\b")


# A case of the EU courts by its number or identifier: "aff. C-399/11", "Joined Cases C-293/12 & C-594/12",
# "EU:C:2013:105", "ECLI:EU:C:2014:238", German "Rs. C-131/12"
_EU_CASE = re.compile(r"\b(?:aff\.|affaires?|Cases?|Rs\.|causa|asunto)\s+(?:jointes\s+)?(?:[CT]-)?\d{1,4}/\d{2}\b"
                      r"|\bEU:[CT]:\d{4}:\d+|\bECLI:")


# A court's decision as the civil-law traditions cite it, by its official reports and volume or by the court and the
# kind of decision: German "BVerfGE 65, 1 (43)", "BGH, Urt. v. 12.5.2010", Swiss "BGE 136 I 87", Austrian "VfSlg
# 12.345"; French "Cass. civ. 1re", "CE, Ass., 20 oct. 1989", "Cons. const.", "n° 2004-496 DC"; Italian "Corte cost.,
# sent. n. 269/2017", "Cass., sez. un."; Spanish "STC 292/2000", "ATC 86/2011"; the ECtHR's "App. no. 931/13".
_COURT_DECISION = re.compile(
    r"\b(?:BVerfGE|BVerwGE|BGHZ|BGHSt|BAGE|BSGE|BFHE|RGZ|RGSt|BGE|ATF|DTF|VfSlg\.?)\s\d{1,3}\b"
    r"|\b(?:BVerfG|BVerwG|BGH|BAG|BSG|BFH|EuGH|EuG|EGMR|OLG|OVG|VGH|OGH|VfGH|VwGH|BGer)\b,?\s(?:\w+\.?\s)?"
    r"(?:Urt|Beschl|Urteil|Beschluss|Entscheidung)\b|\b(?:Urt|Beschl)\.\sv\.\s\d"
    r"|\bCass\.,?\s(?:civ|crim|soc|com|ass|ch|pen|sez|pl[ée]n)|\bCE,\s(?:Ass\.|Sect\.|\d)|\bCons\.\sconst\.|\b\d{2,4}-\d{1,4}\sDC\b"
    r"|\bCorte\s(?:cost\.|costituzionale)|\b(?:sent|ord)\.\sn\.\s\d|\b(?:S?STC|STS|ATC)\s\d{1,4}/\d{4}\b"
    r"|\bApp(?:lication)?\.?\sno\.\s\d{1,6}/\d\d\b")


def is_legal(text: str) -> bool:
    """Whether a note's work is a court case or a statute, which needs no bibliography entry (OSCOLA keeps
    them in tables of their own, when at all)."""
    return CASE_RE.match(text) is not None or _NOTE_STATUTE.match(text) is not None \
        or _EU_CASE.search(text) is not None or _COURT_DECISION.search(text) is not None


# A compound with its shared part left out, as only a body's name has one: Norwegian "Arbeids- og
# velferdsdirektoratet", German "Bundesinstitut für Bau-, Stadt- und Raumforschung"
SUSPENDED_COMPOUND_RE = re.compile(r"[^\W\d_]-,?\s+(?:und|and|og|och|en|et|e|y|i|&|oder|or|bzw\.)\s"
                                   r"|[^\W\d_]-,\s+[^\W\d_]")
