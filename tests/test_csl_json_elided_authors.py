"""An author list elided as APA prints it ("A, B, … Z") goes to `format` as the names left out, then the last."""

from __future__ import annotations

from pathlib import Path

from refcheck.pipeline import check_document
from refcheck.readers import read_document
from refcheck.report.csl_json import to_items

ENTRY = ("Gadd, V. L., Skoien, R., Powell, E. E., Fagan, K. J., Winterford, C., Horsfall, L., … Clouston, A. D. "
         "(2014). The portal inflammatory infiltrate and ductular reaction in human nonalcoholic fatty liver disease. "
         "Hepatology, 59, 1393–1405. https://doi.org/10.1002/hep.26937")


def test_the_last_author_after_an_ellipsis_follows_a_gap_for_the_names_left_out(tmp_path: Path):
    paper = tmp_path / "paper.txt"
    paper.write_text("Body text.\n\nReferences\n\n" + ENTRY + "\n", encoding="utf-8")
    refs = check_document(read_document(str(paper)), citations=False).references
    authors = to_items(refs, et_al_as_others=True)[0]["author"]
    assert authors[-2:] == [{"literal": "…"}, {"family": "Clouston", "given": "A. D."}]
    assert len(authors) == 8
