"""`refcheck bib --to csl-json|ris`: the exports read back by the programs people use them with.

CSL-JSON goes through Debian's pandoc --citeproc (what Zotero's CSL-JSON and pandoc users rely
on), RIS through rispy from PyPI; both must give back every entry with its fields.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from report_sample import references

from refcheck.report.csl_json import render as csl_json
from refcheck.report.ris import render as ris

ROOT = Path(__file__).resolve().parent.parent
PAPERS = ["fixtures/seeds/003_a1e76db77d51934e.txt", "fixtures/papers/ieee_edge.txt", "fixtures/papers/mla_memory.txt",
          "fixtures/papers/chicago_states.txt"]
STYLES = Path("/usr/share/citation-style-language/styles")

needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None,
                                  reason="pandoc is not installed (make pandoc installs it from Debian)")


def refcheck(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "refcheck.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          check=False)


def _citeproc(csl_json_text: str, tmp_path: Path) -> subprocess.CompletedProcess:
    bib = tmp_path / "refs.json"
    bib.write_text(csl_json_text, encoding="utf-8")
    doc = tmp_path / "doc.md"
    doc.write_text("---\nnocite: '[@*]'\n---\n", encoding="utf-8")
    return subprocess.run(["pandoc", str(doc), "--citeproc", "--bibliography", str(bib), "-t", "plain",
                           "--wrap=none"], capture_output=True, text=True, check=False)


def test_csl_json_names_people_family_given_and_organisations_literal():
    items = json.loads(csl_json(references()))
    assert items[0]["author"] == [{"family": "Kundzewicz", "given": "Z. W."}, {"family": "Kanae", "given": "S."}]
    assert items[1]["author"] == [{"literal": "World Health Organization"}]


def test_csl_json_dates_are_date_parts_and_types_are_csl_types():
    items = json.loads(csl_json(references()))
    assert [i["type"] for i in items] == ["article-journal", "webpage", "book"]
    assert items[0]["issued"] == {"date-parts": [[2014]]}
    assert items[1]["issued"] == {"date-parts": [[2019, 6, 3]]}
    assert items[1]["accessed"] == {"date-parts": [[2020, 1, 5]]}


def test_csl_json_keeps_what_csl_has_no_variable_for_in_note():
    assert json.loads(csl_json(references()))[0]["note"] == "et al."


@needs_pandoc
def test_pandoc_citeproc_renders_every_entry_of_the_sample_without_warnings(tmp_path):
    run = _citeproc(csl_json(references()), tmp_path)
    assert run.returncode == 0 and run.stderr == ""
    # pandoc's default style, Chicago author-date
    assert "Kundzewicz, Z. W., and S. Kanae. 2014. “Flood Risk and Climate Change.”" in run.stdout
    assert "World Health Organization. 2019. “Floods.” Geneva: WHO. June 3, 2019." in run.stdout


@needs_pandoc
@pytest.mark.parametrize("paper", PAPERS)
def test_pandoc_citeproc_reads_a_real_papers_csl_json_without_warnings(paper, tmp_path):
    out = refcheck("bib", paper, "--to", "csl-json", "--no-config")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    run = _citeproc(out.stdout, tmp_path)
    assert run.returncode == 0 and run.stderr == ""
    assert len([p for p in run.stdout.split("\n\n") if p.strip()]) == len(items)


def test_rispy_reads_back_every_record_with_its_fields():
    import rispy

    records = rispy.loads(ris(references()))
    assert [r["type_of_reference"] for r in records] == ["JOUR", "ELEC", "BOOK"]
    article, page, book = records
    assert article["authors"] == ["Kundzewicz, Z. W.", "Kanae, S."]
    assert (article["start_page"], article["end_page"]) == ("1", "28")
    assert article["doi"] == "10.1080/02626667.2013.857411"
    assert article["secondary_title"] == "Hydrological Sciences Journal"
    assert page["authors"] == ["World Health Organization"] and page["date"] == "2019/06/03"
    assert page["urls"] == ["https://www.who.int/floods"] and page["access_date"] == "2020/01/05"
    assert book["edition"] == "2nd" and book["publisher"] == "Oxford University Press"


@pytest.mark.parametrize("paper", PAPERS)
def test_rispy_reads_a_real_papers_ris_export_entry_for_entry(paper):
    import rispy

    ris_out = refcheck("bib", paper, "--to", "ris", "--no-config")
    items = json.loads(refcheck("bib", paper, "--to", "csl-json", "--no-config").stdout)
    records = rispy.loads(ris_out.stdout)
    assert len(records) == len(items)
    assert [r.get("title") for r in records] == [i.get("title") for i in items]


def test_a_field_with_a_line_break_stays_on_its_ris_line():
    from refcheck.model import Fields, Reference

    text = ris([Reference("r1", 1, 1, "x", fields=Fields(title="Two\nlines\r\nER  - "))])
    assert "TI  - Two lines ER -\r\n" in text
    assert text.count("ER  - ") == 1


def test_a_bib_file_converts_to_csl_json_and_ris():
    out = refcheck("bib", "fixtures/pandoc/references.bib", "--to", "csl-json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert items and all(i["id"] and i["type"] for i in items)
    ris_out = refcheck("bib", "fixtures/pandoc/references.bib", "--to", "ris")
    assert ris_out.stdout.count("ER  - ") == len(items)


def test_fix_with_another_format_is_a_usage_error():
    out = refcheck("bib", "fixtures/pandoc/references.bib", "--fix", "--to", "ris")
    assert out.returncode == 2
    assert out.stderr.startswith("refcheck: error: --fix writes the .bib back as BibTeX")


def test_export_is_written_atomically_to_the_output_file(tmp_path):
    target = tmp_path / "refs.ris"
    out = refcheck("bib", "fixtures/papers/ieee_edge.txt", "--to", "ris", "-o", str(target))
    assert out.returncode == 0 and out.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("TY  - ")


def test_a_doi_is_exported_in_the_case_the_entry_printed_it():
    from refcheck.model import Fields, Reference

    ref = Reference("r1", 1, 1, "Chavrier, P. (1999). Rab. Curr Opin, 11. doi:10.1016/S0955-0674(99)80067-2",
                    fields=Fields(doi="10.1016/s0955-0674(99)80067-2"))
    assert json.loads(csl_json([ref]))[0]["DOI"] == "10.1016/S0955-0674(99)80067-2"
    assert "DO  - 10.1016/S0955-0674(99)80067-2\r\n" in ris([ref])


def test_an_entry_whose_only_link_is_its_doi_exports_as_a_journal_article(tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text("Body text.\n\nReferences\n\n(7) Davies, R. The Bologna Process: The Quiet Revolution in Nursing "
                     "Higher Education. 2008. https://doi.org/10.1016/j.nedt.2008.05.008.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "refcheck.cli", "bib", str(paper), "--to", "csl-json"],
                         cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, check=False)
    assert [item["type"] for item in json.loads(out.stdout)] == ["article-journal"]
