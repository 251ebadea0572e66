"""`make bench-accuracy`'s PDF row: scored on a PDF corpus already built, per renderer and half,
and a missing corpus is said in one line, never built by the benchmark."""

import shutil
from pathlib import Path

from benchmarks.bench_accuracy import pdf_table

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "pdf"


def test_a_missing_pdf_corpus_is_reported_and_not_built(tmp_path, capsys):
    corpus = tmp_path / "pdf_corpus"
    assert pdf_table([corpus]) == {}
    assert "no PDF corpus: run make pdf-corpus" in capsys.readouterr().out
    assert not corpus.exists()


def test_a_built_corpus_gives_one_row_per_renderer_and_half_it_holds(tmp_path, capsys):
    # the committed AMA paper (pandoc -> pdflatex, two columns) as development paper p00
    for ext in ("pdf", "txt"):
        shutil.copy(FIXTURES / f"ama-2col.{ext}", tmp_path / f"p00-american-medical-association-2col.{ext}")
    rows = pdf_table([tmp_path])
    assert list(rows) == ["PDF (pandoc -> pdflatex), dev"]
    assert rows["PDF (pandoc -> pdflatex), dev"]["papers"] == 1
    line = [x for x in capsys.readouterr().out.splitlines() if x.startswith("| PDF (pandoc -> pdflatex), dev")]
    assert len(line) == 1 and "| 1 |" in line[0] and "found" in line[0] and "1/1 = 1.00" in line[0]
