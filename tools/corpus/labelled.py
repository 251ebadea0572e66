"""Labelled reference strings in every style: each CSL field marked, rendered, read back.

Every field value is wrapped in a private-use start mark (one per field) and a
common end mark before citeproc renders the entry; afterwards each character
knows its field. Tokens (whitespace-separated, as in AnyStyle's format) take
the field of their marked characters; the unmarked ones -- punctuation words,
"In", "pp.", "et al.", initials, the year -- are labelled by what they are or by
their neighbours. `segments` label whole whitespace tokens, as AnyStyle's data and
refcheck's tokenizer do (a compact "2008;9:386." takes its first field, like AnyStyle's
"9:386" -> volume); `spans` give the exact fields as [label, start, end] offsets into
`text`, cut inside such tokens. Labels are AnyStyle's (tools/labelled/*.jsonl): issue numbers
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


def _squeeze(text: str, labels: list[str | None]) -> tuple[str, list[str | None]]:
    """Whitespace runs to one space, ends trimmed, labels kept in step."""
    out, out_labels = [], []
    for ch, lab in zip(text, labels, strict=True):
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                out_labels.append(None)
        else:
            out.append(ch)
            out_labels.append(lab)
    while out and out[-1] == " ":
        out.pop()
        out_labels.pop()
    return "".join(out), out_labels


def _pieces(text: str, char_labels: list[str | None]) -> list[tuple[int, int]]:
    """Whitespace tokens, cut further where one token holds two marked fields ("2008;9:386.").

    Unmarked characters inside a token go with the field before them (punctuation closes a
    field) unless they hold a letter or digit ("2008;" before a volume is the date's own piece)."""
    out = []
    for m in re.finditer(r"\S+", text):
        a, b = m.span()
        fields = {lab for lab in char_labels[a:b] if lab}
        if len(fields) < 2:
            out.append((a, b))
            continue
        runs: list[list] = []  # [start, end, label]
        for i in range(a, b):
            lab = char_labels[i]
            if runs and runs[-1][2] == lab:
                runs[-1][1] = i + 1
            else:
                runs.append([i, i + 1, lab])
        merged: list[list] = []
        for run in runs:
            bare = run[2] is None and not re.search(r"\w", text[run[0]:run[1]])
            if merged and (bare or merged[-1][2] == run[2]):
                merged[-1][1] = run[1]
            else:
                merged.append(run)
        out += [(r[0], r[1]) for r in merged]
    return out


def label_entry(marked: str, csl: dict) -> dict:
    """A marked rendering -> {"text", "segments"} in the labelled-reference format."""
    text, char_labels = _read_marks(marked)
    text, char_labels = _squeeze(text, char_labels)
    tokens = _pieces(text, char_labels)
    year = str(((csl.get("issued") or {}).get("date-parts") or [[""]])[0][0] or "")
    given = _given_words(csl)
    marked_as = []
    for a, b in tokens:
        counts = Counter(lab for lab in char_labels[a:b] if lab)
        marked_as.append(counts.most_common(1)[0][0] if counts else None)
    labels: list[str | None] = []
    for k, (a, b) in enumerate(tokens):
        tok = text[a:b]
        bare = re.sub(r"[^\w]", "", tok).lower()
        near_name = (labels and labels[-1] in NAME_LABELS) or (k + 1 < len(tokens) and marked_as[k + 1] in NAME_LABELS)
        words = [w for w in re.split(r"[\s.\-]+", tok.lower().strip(".,;:()")) if w]
        if marked_as[k]:
            labels.append(marked_as[k])
        elif k == 0 and NUMBER_LABEL.match(tok):
            labels.append("citation-number")
        elif (year and year in tok) or tok.strip("().,;") in ("n.d", "n.d.", "nd") or MONTHS.match(tok):
            labels.append("date")
        elif re.fullmatch(r"[\-—–_]{2,}[.,]?", tok):
            labels.append("author")  # subsequent-author substitute "———."
        elif near_name and re.fullmatch(r"[A-Z]{1,4}", tok.strip(".,;:()")) and all(ch in given for ch in bare):
            labels.append(given[bare[0]])
        elif near_name and words and all(w in given for w in words):
            labels.append(given[words[0]])
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
    spans = _runs(tokens, labels)
    words = [m.span() for m in re.finditer(r"\S+", text)]
    word_labels = [next(lab for (a, _b), lab in zip(tokens, labels, strict=True) if a >= w[0]) for w in words]
    return {"text": text, "segments": [[lab, text[a:b]] for lab, a, b in _runs(words, word_labels)],
            "spans": spans, "printed": printed_fields(marked, csl)}


_AUTHOR = re.compile("\ue001([^\ue0ff]*)\ue0ff")
_ISSUE = re.compile("\ue008([^\ue0ff]*)\ue0ff")


def _plain(name: str) -> str:
    """A family as compared with its rendering: citeproc curls apostrophes and may change case."""
    return MARKS.sub("", name).replace("’", "'").replace("‘", "'").strip().lower()


def printed_fields(marked: str, csl: dict) -> dict:
    """What the labels cannot say but the marks do: the printed authors one by one, as in the CSL
    item ([family, given] with any particle before the family; [literal] for a one-piece name), and
    the printed issue. The segments label a whole author list as one span and an issue as `volume`
    (AnyStyle's format), so a scorer has to split them again: "Zhou Y, W. T." (one person, family
    "Zhou Y"), "E Eyal, S Gerzon" and ACM's "9, 9" (volume 9, issue 9) are read wrongly that way.
    ``authors`` is None when a printed family cannot be matched to the item's authors in order."""
    out: dict = {"issue": None, "authors": None}
    issue = _ISSUE.search(marked)
    if issue:
        out["issue"] = MARKS.sub("", issue.group(1)).strip() or None
    printed = [_plain(f) for f in _AUTHOR.findall(marked)]
    names = csl.get("author") or []
    people, j = [], 0
    for fam in printed:
        while j < len(names) and _plain(names[j].get("family") or names[j].get("literal") or "") != fam:
            j += 1
        if j == len(names):
            return out
        n = names[j]
        j += 1
        if "literal" in n and "family" not in n:
            people.append([n["literal"]])
            continue
        particle = " ".join(filter(None, (n.get("dropping-particle"), n.get("non-dropping-particle"))))
        people.append([f"{particle} {n['family']}".strip(), n.get("given", "")])
    out["authors"] = people
    return out


def _runs(pieces: list[tuple[int, int]], labels: list[str]) -> list[list]:
    """Consecutive pieces of one label as [label, start, end]."""
    out: list[list] = []
    for (a, b), lab in zip(pieces, labels, strict=True):
        if out and out[-1][0] == lab:
            out[-1][2] = b
        else:
            out.append([lab, a, b])
    return out
