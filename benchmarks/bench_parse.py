"""Field accuracy and speed of refcheck's reference parser on AnyStyle's labelled references.

    python benchmarks/bench_parse.py --shared ../shared [--json out.json] [--errors FIELD]

For each of core.jsonl (training data: an optimistic figure) and gold.jsonl (never
trained on: the real figure) it prints per-field precision / recall / F1 for author,
year, title, container, volume, issue, pages, publisher, doi, url and the micro-F1 over
all of them, then references per second as a whole process (Python start-up, imports,
model load and parsing of every gold reference in a fresh interpreter).

Authors are compared fairly (benchmarks/fair_names.py): every author in order, family names
word for word, given names by initials; the list is one value, right only when all of it is.
The older bag-of-words comparison (the list's words, sorted) is printed as ``author~``, outside
the micro figure.

Values are compared after the same light normalization on both sides (case, punctuation,
dash style), so a field counts as right only when the parser found the same words:
gold "(1999)." is year "1999"; gold volume "106(2)," is volume "106" and issue "2";
the container is AnyStyle's ``journal`` or ``container-title``. A wrong value counts as
both a false positive and a false negative.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from fair_names import gold_people, key, predicted_people  # noqa: E402

FIELDS = ("author", "year", "title", "container", "volume", "issue", "pages", "publisher", "doi", "url")
_NAME_NOISE = {"and", "et", "al", "eds", "ed", "in", "by", "hrsg", "trans", "editor", "editors", "edited",
               "others", "und", "u", "a", "translated", "dir", "comp"}


# --- gold side -------------------------------------------------------------------------------------

def _first(rec: dict, *labels: str) -> str | None:
    for label, text in rec["segments"]:
        if label in labels:
            return text
    return None


def _words(text: str | None) -> str | None:
    if not text:
        return None
    w = re.findall(r"[^\W_]+", text.lower().replace("*", ""))
    return " ".join(w) or None


def _container_words(text: str | None) -> str | None:
    w = _words(text)
    if w and w.startswith(("in ", "dans ")):
        w = w.split(" ", 1)[1]
    return w or None


def _name_bag(text: str | None) -> str | None:
    if not text:
        return None
    w = [x for x in re.findall(r"[^\W\d_]+", text.lower()) if x not in _NAME_NOISE]
    return " ".join(sorted(w)) or None


def _year(text: str | None) -> str | None:
    if not text:
        return None
    m = re.search(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)", text)
    return m.group(1) if m else None


def _pages(text: str | None) -> str | None:
    if not text:
        return None
    nums = re.findall(r"[a-z]?\d+", text.lower())
    return "-".join(nums[:2]) or None


def _num(text: str | None) -> str | None:
    if not text:
        return None
    t = re.sub(r"\b(?:vol|volume|v|part|t|bd)\b\.?", " ", text.lower())
    m = re.search(r"[a-z]?\d+[a-z]?", t) or re.search(r"\b[ivxlc]+\b", t)
    return m.group(0) if m else _words(t)


def _gold_volume(text: str | None) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    t = text.lower()
    issue = None
    m = re.search(r"\(\s*(?:no\.?\s*)?([\w/–-]+)\s*\)", t) or re.search(r"(?:no|nr|issue|n°|heft)\.?\s*(\w+)", t)
    colon = None if m else re.search(r"^\D{0,8}\d+\s*[:.]\s*(\d+)", t)
    if m:
        issue = _num(m.group(1))
        t = t[: m.start()]
    elif colon:  # "61: 4": volume before the colon, issue after it
        issue = _num(colon.group(1))
        t = t[: colon.start(1)].rstrip(" :.")
    return _num(t), issue


def _doi(text: str | None) -> str | None:
    if not text:
        return None
    m = re.search(r"10\.\d{3,9}/\S+", text)
    return m.group(0).lower().rstrip(".,;)]") if m else None


def _url(text: str | None) -> str | None:
    if not text:
        return None
    m = re.search(r"(?:https?://|www\.)\S+", text)
    return m.group(0).rstrip(".,;>").lower() if m else None


_COMPACT = re.compile(r"(?:(?<=[\d)])|(?<=\d [A-Z][a-z]{2}))([;:])\s*(?=[(\[]?[A-Za-z]?\d)")  # "2018 Aug;366:"
_YEAR_ONLY = re.compile(r"^\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?(?: [A-Z][a-z]{2,8}\.?(?: \d{1,2})?)?$")  # "2018 Aug"


def expand_compact(segments: list) -> list:
    """AnyStyle labels a token, so a compact group is one label in its gold ("2009;108(2):" volume,
    "175(7):4769–76," volume): read it as printed instead, year before ";", volume(issue), and pages
    after the last ":" when the reference has no other pages span ("Phonetica 61: 4, 220-233" keeps
    "61: 4" as volume and issue). A year before ":" opening a pages span in a reference with no date
    span is the date: AMA prints a chapter's year glued to its pages ("Harvester; 1991:281-98.")."""
    has_pages = any(label == "pages" for label, _ in segments)
    has_date = any(label == "date" for label, _ in segments)
    out = []
    for label, text in segments:
        if label not in ("date", "volume", "pages") or not _COMPACT.search(text):
            out.append((label, text))
            continue
        parts = _COMPACT.split(text)  # piece, sep, piece, sep, ..., piece
        pieces, seps = parts[0::2], parts[1::2]
        for k, piece in enumerate(pieces):
            after = seps[k] if k < len(seps) else ""
            before = seps[k - 1] if k else ""
            day = k == 0 and piece.strip().isdigit() and len(piece.strip()) <= 2 and out and out[-1][0] == "date"
            year_in_pages = k == 0 and after == ":" and label == "pages" and not has_date
            if (after == ";" or year_in_pages) and (_YEAR_ONLY.match(piece.strip()) or day):
                out.append(("date", piece))
            elif k == len(pieces) - 1 and before == ":" and (label == "pages" or not has_pages):
                out.append(("pages", piece))
            else:
                out.append(("volume", piece + after))
    merged: list = []
    for label, text in out:  # "61:" + "4," of one volume span read together again
        if merged and merged[-1][0] == label == "volume":
            merged[-1] = (label, merged[-1][1] + text)
        else:
            merged.append((label, text))
    return merged


def tagged_people(people: list) -> tuple | None:
    """The JATS set's authors as the publisher tagged them ([family, given, suffix] or ["org", name])."""
    out = tuple(key(None, None, p[1]) if p[0] == "org" else key(p[0], p[1]) for p in people)
    return out or None


def gold_fields(rec: dict) -> dict[str, str | None]:
    rec = {**rec, "segments": expand_compact(rec["segments"])}
    date = next((t for label, t in rec["segments"] if label == "date" and _year(t)), None)
    vol, iss = _gold_volume(_first(rec, "volume"))
    if _first(rec, "issue"):  # the JATS set tags the issue on its own
        iss = _num(_first(rec, "issue"))
    return {
        "author": tagged_people(rec["people"]) if "people" in rec else gold_people(_first(rec, "author")),
        "author~": _name_bag(_first(rec, "author")),
        "year": _year(date),
        "title": _words(_first(rec, "title")),
        "container": _container_words(_first(rec, "journal", "container-title")),
        "volume": vol,
        "issue": iss,
        "pages": _pages(_first(rec, "pages")),
        "publisher": _words(_first(rec, "publisher")),
        "doi": _doi(_first(rec, "doi")),
        "url": _url(_first(rec, "url")),
    }


# --- parser side -----------------------------------------------------------------------------------

def predicted_fields(fields) -> dict[str, str | None]:  # noqa: ANN001 - refcheck.model.Fields
    names = " ".join(" ".join(filter(None, (a.family, a.given, a.literal))) for a in fields.authors)
    return {
        "author": predicted_people(fields.authors),
        "author~": _name_bag(names),
        "year": _year(fields.year),
        "title": _words(fields.title),
        "container": _container_words(fields.container),
        "volume": _num(fields.volume),
        "issue": _num(fields.issue),
        "pages": _pages(fields.pages),
        "publisher": _words(fields.publisher),
        "doi": (fields.doi or "").lower() or None,
        "url": (fields.url or "").rstrip(".,;>").lower() or None,
    }


# --- scoring ---------------------------------------------------------------------------------------

def score(records: list[dict], parsed: list) -> tuple[dict[str, dict[str, float]], list]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors = []
    for rec, (_, fields) in zip(records, parsed, strict=True):
        g, p = gold_fields(rec), predicted_fields(fields)
        for f in (*FIELDS, "author~"):
            if f == "author~":
                if g[f] == p[f]:
                    tp["~"] += g[f] is not None
                else:
                    fp["~"] += p[f] is not None
                    fn["~"] += g[f] is not None
                continue
            if g[f] == p[f]:
                tp[f] += g[f] is not None
                continue
            if p[f] is not None:
                fp[f] += 1
            if g[f] is not None:
                fn[f] += 1
            errors.append((f, rec["id"], g[f], p[f], rec["text"]))
    table: dict[str, dict[str, float]] = {}
    for f in (*FIELDS, "micro", "author~"):
        if f == "micro":
            t, p_, n_ = (sum(tp[x] for x in FIELDS), sum(fp[x] for x in FIELDS), sum(fn[x] for x in FIELDS))
        else:
            x = "~" if f == "author~" else f
            t, p_, n_ = tp[x], fp[x], fn[x]
        prec = t / (t + p_) if t + p_ else 0.0
        rec_ = t / (t + n_) if t + n_ else 0.0
        f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
        table[f] = {"precision": prec, "recall": rec_, "f1": f1, "support": t + n_}
    return table, errors


def read_set(shared: Path, name: str) -> list[dict]:
    """AnyStyle's core/gold from ../shared, or a half of the JATS set (fixtures/jats_refs, tools/jats_parse_set.py)."""
    if name.startswith("jats-"):
        with gzip.open(ROOT / "fixtures" / "jats_refs" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    from refcheck.parser.training import read_jsonl

    return list(read_jsonl(shared / "data" / "anystyle" / f"{name}.jsonl"))


def by_group(records: list[dict], parsed: list, key_: str) -> dict:
    """Micro-F1 and per-field F1 of each publisher's references (printed as one row each)."""
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        groups.setdefault(r[key_], []).append(i)
    out = {}
    print(f"\n{'publisher':<22}{'n':>5}{'micro':>7}" + "".join(f"{f[:6]:>7}" for f in FIELDS))
    for g, idx in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        table, _ = score([records[i] for i in idx], [parsed[i] for i in idx])
        out[g] = {"references": len(idx), **{f: round(table[f]["f1"], 4) for f in ("micro", *FIELDS)}}
        cells = "".join(f"{table[f]['f1']:>7.3f}" if table[f]["support"] else f"{'-':>7}" for f in FIELDS)
        print(f"{g[:21]:<22}{len(idx):>5}{table['micro']['f1']:>7.3f}{cells}")
    return out


def whole_process_rate(texts: list[str], rounds: int = 5) -> tuple[float, float]:
    """Refs/s of a fresh interpreter that imports refcheck, loads the model and parses every line
    (best of ROUNDS; the package's bytecode compiled first, as an installed package has it)."""
    import compileall

    compileall.compile_dir(str(ROOT / "refcheck"), quiet=1)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(texts) + "\n")
        path = fh.name
    code = ("import sys; from refcheck.parser import parse_entries; "
            "lines = [l.rstrip('\\n') for l in open(sys.argv[1], encoding='utf-8') if l.strip()]; "
            "parse_entries(lines)")
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, path], check=True, cwd=ROOT)
        best = min(best, time.perf_counter() - t0)
    Path(path).unlink()
    return len(texts) / best, best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sets", default="core,gold")
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    ap.add_argument("--errors", metavar="FIELD",
                    help="print the wrong values of FIELD (core and jats-dev only: never tune on gold or sealed)")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--dump", type=Path, help="write every wrong value (all sets) here as JSONL, to classify errors")
    args = ap.parse_args(argv)

    from refcheck.parser import parse_entries

    results: dict = {}
    gold_texts: list[str] = []
    for name in args.sets.split(","):
        records = read_set(args.shared, name)
        texts = [r["text"] for r in records]
        t0 = time.perf_counter()
        parsed = parse_entries(texts)
        elapsed = time.perf_counter() - t0
        table, errors = score(records, parsed)
        results[name] = {"fields": table, "references": len(records), "in_process_refs_per_s": len(records) / elapsed}
        if name == "gold":
            gold_texts = texts
        if args.dump and not name.endswith("sealed"):  # a sealed half's errors are never read
            with open(args.dump, "a", encoding="utf-8") as fh:
                for f, rid, g, p, text in errors:
                    fh.write(json.dumps({"set": name, "field": f, "id": rid, "gold": g, "got": p, "text": text},
                                        ensure_ascii=False) + "\n")
        print(f"\n{name}.jsonl: {len(records)} references, in-process {len(records) / elapsed:,.0f} refs/s")
        print(f"{'field':<11}{'P':>7}{'R':>7}{'F1':>7}{'n':>7}")
        for f, row in table.items():
            print(f"{f:<11}{row['precision']:>7.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}{row['support']:>7}")
        if any("publisher" in r for r in records):
            results[name]["by_publisher"] = by_group(records, parsed, "publisher")
        if args.errors and name in ("core", "jats-dev"):
            for f, rid, g, p, text in errors:
                if f == args.errors:
                    print(f"  {rid}: gold={g!r} got={p!r}\n      {text}")
    if gold_texts and not args.no_speed:
        rate, secs = whole_process_rate(gold_texts)
        results["speed"] = {"references": len(gold_texts), "seconds": secs, "refs_per_s": rate}
        load = os.getloadavg()[0]
        results["speed"]["load"] = load
        print(f"\nwhole process on gold: {len(gold_texts)} references in {secs:.2f}s = {rate:,.0f} refs/s "
              f"(best of 5; load average {load:.2f} on {os.cpu_count()} cores)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
