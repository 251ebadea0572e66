"""`make bench-pdf`: PDF reading speed per page and the PDF corpus accuracy row.

Speed: every PDF in the committed fixtures and the corpus (if built) is read in-process,
best of three, and the time per page reported (pdfminer.six glyph extraction plus layout).
A synthetic long PDF (the seed 000 list repeated on 200 pages) gives the per-page cost at
length, and the page-limit refusal is timed on a PDF over the limit.

Accuracy: `tools/pdf_corpus.py score` on build/pdf_corpus (built by `make pdf-corpus`):
entries found exactly, citation detection, same findings as the paper's .txt.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))  # pdfmaker, the tests' PDF writer
sys.path.insert(0, str(ROOT / "tools"))


def _pages(path: Path) -> int:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    with path.open("rb") as f:
        return sum(1 for _ in PDFPage.create_pages(PDFDocument(PDFParser(f))))


def _read_time(path: Path) -> float:
    from refcheck.readers import read_document

    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        read_document(str(path))
        best = min(best, time.perf_counter() - t)
    return best


def _long_pdf(tmp: Path, pages: int) -> Path:
    from pdfmaker import make_layout_pdf

    lines = (ROOT / "fixtures/seeds/000_2dd45404e1011c92.txt").read_text(encoding="utf-8").splitlines()
    text = [ln.encode("cp1252", "replace").decode("cp1252")[:95] for ln in lines if ln.strip()]
    runs_per_page = []
    for n in range(pages):
        runs = [(72, 760, "HUMAN TRAFFICKING IN RUSSIA", 9), (300, 40, str(n + 1), 9)]
        runs += [(72, 720 - 12 * k, text[(n * 50 + k) % len(text)], 9) for k in range(50)]
        runs_per_page.append(runs)
    p = tmp / f"long{pages}.pdf"
    p.write_bytes(make_layout_pdf(runs_per_page))
    return p


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "build" / "pdf_corpus")
    args = ap.parse_args(argv)
    results: dict = {"load": os.getloadavg()[0]}
    files = sorted((ROOT / "fixtures/pdf").glob("*.pdf")) + sorted(args.corpus.glob("*.pdf"))[:24]
    pages = secs = 0.0
    for f in files:
        pages += _pages(f)
        secs += _read_time(f)
    results["speed"] = {"files": len(files), "pages": int(pages), "seconds": round(secs, 2),
                        "ms_per_page": round(1000 * secs / max(1, pages), 1)}
    print(f"PDF reading: {len(files)} files, {int(pages)} pages, {1000 * secs / max(1, pages):.0f} ms/page "
          f"(load {results['load']:.2f})")
    tmp = ROOT / "build" / "bench_pdf"
    tmp.mkdir(parents=True, exist_ok=True)
    long_pdf = _long_pdf(tmp, 200)
    t = _read_time(long_pdf)
    results["long"] = {"pages": 200, "seconds": round(t, 2), "ms_per_page": round(5 * t, 1),
                       "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    print(f"200-page PDF: {t:.1f} s ({5 * t:.0f} ms/page), max RSS {results['long']['max_rss_mb']} MB")
    from pdfmaker import make_pdf

    from refcheck.errors import InputError
    from refcheck.readers import pdf_layout, read_document

    over = tmp / "over.pdf"
    over.write_bytes(make_pdf([["x"]] * 2000))
    t = time.perf_counter()
    try:
        read_document(str(over))
    except InputError as exc:
        results["over_limit"] = {"pages": 2000, "seconds": round(time.perf_counter() - t, 2), "error": str(exc)}
        print(f"2,000-page PDF (limit {pdf_layout.MAX_PAGES}): refused in {time.perf_counter() - t:.2f} s: {exc}")
    if args.corpus.is_dir() and any(args.corpus.glob("*.pdf")):
        import pdf_corpus

        summary = pdf_corpus.score(args.corpus)["summary"]
        results["accuracy"] = summary
        print("PDF corpus:", json.dumps(summary))
    else:
        print(f"PDF corpus: {args.corpus} not built (make pdf-corpus); accuracy row skipped")
    (ROOT / "benchmarks" / "results_pdf.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
