"""The HTML report's content, without a browser (the browser tests are in test_html_browser.py)."""

from __future__ import annotations

import re

from report_sample import PAPER, report

from refcheck.report import RenderOptions
from refcheck.report.html import render


def _page() -> str:
    return render([report()], RenderOptions(texts={"paper.txt": PAPER}))


def test_the_page_loads_nothing_from_anywhere():
    page = _page()
    assert not re.search(r"<(?:link|img|iframe|object|embed)\b|\bsrc=|@import|url\(", page)
    assert "Content-Security-Policy\" content=\"default-src 'none'" in page


def test_each_citation_is_marked_with_its_status_in_words_not_only_colour():
    page = _page()
    assert re.search(r'<mark id="f0-c3" class="cite status-error"[^>]*><span class="sr">error: </span>Smith \(2020\)',
                     page)
    assert re.search(r'<mark id="f0-c1" class="cite status-ok"[^>]*><span class="sr">ok: </span>Kundzewicz', page)


def test_the_message_is_on_the_citation_and_the_finding_links_to_it():
    page = _page()
    assert 'data-tip="error no-entry: &quot;Smith (2020)&quot; has no entry' in page
    assert 'href="#f0-c3" data-target="f0-c3"' in page


def test_an_entry_level_finding_links_to_the_entry_and_an_uncited_entry_is_marked():
    page = _page()
    assert 'href="#f0-ref-r3" data-target="f0-ref-r3"' in page
    entry = page[page.index('id="f0-ref-r3"'):]
    assert "not cited" in entry[:entry.index("</article>")]


def test_an_entry_lists_the_sentences_that_cite_it():
    page = _page()
    entry = page[page.index('id="f0-ref-r2"'):]
    entry = entry[:entry.index("</article>")]
    assert "The agency agrees (World Health Organization, 2019)." in entry
    assert "Flooding is rising" not in entry


def test_paper_text_is_escaped():
    from refcheck.model import FileReport

    page = render([FileReport(path="x.txt")], RenderOptions(texts={"x.txt": "<script>alert(1)</script> & more"}))
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page


def test_an_entry_looked_up_in_crossref_shows_its_status():
    page = _page()
    entry = page[page.index('id="f0-ref-r1"'):]
    entry = entry[:entry.index("</article>")]
    assert "Crossref: matched" in entry and "10.1080/02626667.2013.857411" in entry


def test_a_latex_paper_with_chapters_renders(tmp_path):
    import subprocess
    import sys

    target = tmp_path / "report.html"
    run = subprocess.run([sys.executable, "-m", "refcheck.cli", "check", "fixtures/latex/natbib/paper.tex",
                          "--no-config", "--format", "html", "-o", str(target)], capture_output=True, text=True,
                         check=False)
    assert run.returncode in (0, 1), run.stderr
    page = target.read_text(encoding="utf-8")
    assert page.count('class="entry"') >= 1 and "paper.tex" in page


def test_the_report_never_overwrites_the_paper(tmp_path):
    import subprocess
    import sys

    paper = tmp_path / "paper.txt"
    paper.write_text(PAPER, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "refcheck.cli", "check", str(paper), "--format", "html",
                          "-o", str(paper)], capture_output=True, text=True, check=False)
    assert run.returncode == 2 and "refusing to overwrite an input file" in run.stderr
    assert paper.read_text(encoding="utf-8") == PAPER


def test_a_screen_reader_hears_a_citations_finding_as_its_description():
    page = _page()
    mark = re.search(r'<mark id="f0-c3"[^>]*aria-describedby="([^"]+)"', page)
    assert mark is not None
    item = page[page.index(f'<li id="{mark.group(1)}"'):]
    assert "&quot;Smith (2020)&quot; has no entry" in item[:item.index("</li>")]


def test_several_papers_checked_in_parallel_each_get_their_section(tmp_path):
    import subprocess
    import sys

    target = tmp_path / "report.html"
    papers = ["fixtures/papers/apa_messy.txt", "fixtures/papers/ieee_edge.txt"]
    run = subprocess.run([sys.executable, "-m", "refcheck.cli", "check", *papers, "--no-config", "--jobs", "2",
                          "--format", "html", "-o", str(target)], capture_output=True, text=True, check=False)
    assert run.returncode in (0, 1), run.stderr
    page = target.read_text(encoding="utf-8")
    assert 'id="f0-title">fixtures/papers/apa_messy.txt' in page
    assert 'id="f1-title">fixtures/papers/ieee_edge.txt' in page
    assert 'id="f1-c1"' in page  # the second paper's citations are marked: whole reports came back from the worker
