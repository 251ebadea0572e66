"""Labelled reference strings in every style: each CSL field marked, rendered, read back.

Every field value is wrapped in a private-use start mark (one per field) and a
common end mark before citeproc renders the entry; afterwards each character
knows its field. Tokens (whitespace-separated, as in AnyStyle's format) take
the field of their marked characters; the unmarked ones -- punctuation words,
"In", "pp.", "et al.", initials, the year -- are labelled by what they are or by
their neighbours. Labels are AnyStyle's (tools/labelled/*.jsonl): issue numbers
count as `volume`, page as `pages`, publisher-place as `location`.
"""

from __future__ import annotations

import copy
import re
from collections import Counter

END = "\ue0ff"
FIELDS = {  # CSL field -> (mark, label); names are marked on the family part only
    "author": ("\ue001", "author"), "editor": ("\ue002", "editor"), "translator": ("\ue003", "translator"),
    "title": ("\ue004", "title"), "container-title": ("\ue005", "container-title"),
    "collection-title": ("\ue006", "collection-title"), "volume": ("\ue007", "volume"),
    "issue": ("\ue008", "volume"), "page": ("\ue009", "pages"), "publisher": ("\ue00a", "publisher"),
    "publisher-place": ("\ue00b", "location"), "DOI": ("\ue00c", "doi"), "URL": ("\ue00d", "url"),
    "genre": ("\ue00e", "genre"),
}
LABEL_OF_MARK = {mark: label for mark, label in FIELDS.values()}
NAME_LABELS = {"author", "editor", "translator"}
MARKS = re.compile("[\ue000-\ue0ff]")
MONTHS = re.compile(r"^\(?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[),.;:]*$", re.I)
ROLE_WORD = re.compile(r"^\(?(&|and|et|al\.?|eds?\.?|editors?|edited|trans\.?|translated|by|\(eds?\.?\)|"
                       r"ed\.\)|eds\.\)|\(ed\.?|\(eds\.?)[),.;:]*$", re.I)
EDITION = re.compile(r"^\(?(\d+(st|nd|rd|th)|ed\.?|edn\.?|edition)[),.;:]*$", re.I)
NUMBER_LABEL = re.compile(r"^[\[(]?\d{1,4}[.\])]?$")  # [12] 12. (12)


def mark_csl(csl: dict, journal_label: bool = True) -> dict:
    """A copy of a CSL item with every field value wrapped in its marks."""
    out = copy.deepcopy(csl)
    for field, (mark, _label) in FIELDS.items():
        if field not in out:
            continue
        if field in NAME_LABELS:
            for name in out[field]:
                key = "family" if "family" in name else "literal"
                name[key] = f"{mark}{name[key]}{END}"
        elif field == "container-title" and journal_label and csl.get("type") == "article-journal":
            out[field] = f"\ue010{out[field]}{END}"
        else:
            out[field] = f"{mark}{out[field]}{END}"
    return out


def _read_marks(marked: str) -> tuple[str, list[str | None]]:
    """Strip the marks: the clean text and the field label of each of its characters."""
    text, labels, current = [], [], None
    for ch in marked:
        if ch == END:
            current = None
        elif ch == "\ue010":
            current = "journal"
        elif "\ue000" <= ch <= "\ue0fe":
            current = LABEL_OF_MARK.get(ch, current)
        else:
            text.append(ch)
            labels.append(current)
    return "".join(text), labels


def _given_words(csl: dict) -> dict[str, str]:
    """Lower-cased given-name words and initials -> the name role they belong to."""
    words: dict[str, str] = {}
    for role in ("author", "editor", "translator"):
        for name in csl.get(role, []):
            for w in re.split(r"[\s.\-]+", name.get("given", "")):
                if w:
                    words.setdefault(w.lower(), role)
                    words.setdefault(w[0].lower(), role)
                    if w.isupper() and len(w) <= 3:  # Vancouver "RL" given as initials
                        for ch in w:
                            words.setdefault(ch.lower(), role)
    return words


def label_entry(marked: str, csl: dict) -> dict:
    """A marked rendering -> {"text", "segments"} in the labelled-reference format."""
    text, char_labels = _read_marks(marked)
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    year = str(((csl.get("issued") or {}).get("date-parts") or [[""]])[0][0] or "")
    given = _given_words(csl)
    labels: list[str | None] = []
    for k, (a, b) in enumerate(tokens):
        counts = Counter(lab for lab in char_labels[a:b] if lab)
        tok = text[a:b]
        bare = re.sub(r"[^\w]", "", tok).lower()
        if counts:
            labels.append(counts.most_common(1)[0][0])
        elif k == 0 and NUMBER_LABEL.match(tok):
            labels.append("citation-number")
        elif (year and year in tok) or tok.strip("().,;") in ("n.d", "n.d.", "nd") or MONTHS.match(tok):
            labels.append("date")
        elif re.fullmatch(r"[\-—–_]{2,}[.,]?", tok):
            labels.append("author")  # subsequent-author substitute "———."
        elif re.fullmatch(r"[A-Z]{1,4}", tok.strip(".,;:()")) and all(ch in given for ch in bare):
            labels.append(given[bare[0]])
        elif bare and all(part in given for part in re.split(r"[\s.\-]+", tok.lower().strip(".,;:()")) if part):
            labels.append(given[next(p for p in re.split(r"[\s.\-]+", tok.lower().strip(".,;:()")) if p)])
        elif EDITION.match(tok):
            labels.append("edition")
        elif re.fullmatch(r"\d{1,2}[,.]?", tok) and labels and labels[-1] == "date":
            labels.append("date")
        elif ROLE_WORD.match(tok) and labels and labels[-1] in NAME_LABELS:
            labels.append(labels[-1])
        else:
            labels.append(None)
    for k in range(len(labels) - 1, -1, -1):  # unmarked words belong to the field they introduce
        if labels[k] is None:
            labels[k] = labels[k + 1] if k + 1 < len(labels) else None
    for k in range(len(labels)):  # ...or, at the end, to the one they close
        if labels[k] is None:
            labels[k] = labels[k - 1] if k else "note"
    segments: list[list[str]] = []
    for (a, b), lab in zip(tokens, labels, strict=True):
        if segments and segments[-1][0] == lab:
            segments[-1][1] += " " + text[a:b]
        else:
            segments.append([lab, text[a:b]])
    return {"text": " ".join(text.split()), "segments": segments}
