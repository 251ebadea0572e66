"""Habits of the papers on the dev halves of blind sets 52-57 (fixtures/papers_blind52 ... papers_blind57: clinical
medicine, engineering, humanities and arts, Nordic, Dutch, German and Italian social science, environmental reports,
pandoc and Quarto exports; written by helpers who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def _check(text: str):  # noqa: ANN202 - FileReport
    return check_document(Document(path="p.txt", text=text))


def test_a_group_authors_abbreviation_of_two_words_defined_across_a_line_break_cites_its_other_works() -> None:
    text = ("Cover crops are planted on about 5% of cropland (U.S. Department of Agriculture, National Agricultural\n"
            "Statistics Service [USDA\nNASS], 2019). County averages came from Quick Stats (USDA NASS, 2022). Soil "
            "carbon rose (Poeplau & Don, 2015).\n\n"
            "References\n\n"
            "Poeplau, C., & Don, A. (2015). Carbon sequestration in agricultural soils via cultivation of cover crops. "
            "Agriculture, Ecosystems & Environment, 200, 33–41.\n\n"
            "U.S. Department of Agriculture, National Agricultural Statistics Service. (2019). 2017 Census of "
            "agriculture. USDA.\n\n"
            "U.S. Department of Agriculture, National Agricultural Statistics Service. (2022). Quick Stats "
            "[Data set]. USDA.\n")
    assert _check(text).findings == []


def test_an_abbreviation_defined_by_a_citation_fitting_two_works_fits_both_later() -> None:
    text = ("El acuífero está sobreexplotado (Comisión Nacional del Agua [CONAGUA], 2020). La disponibilidad se "
            "publicó en el DOF (CONAGUA, 2020).\n\n"
            "Referencias\n\n"
            "Comisión Nacional del Agua. (2020). Actualización de la disponibilidad media anual de agua en el "
            "acuífero Valle de Celaya. Diario Oficial de la Federación.\n\n"
            "Comisión Nacional del Agua. (2020). Estadísticas agrícolas de los distritos de riego. Año agrícola "
            "2018-2019. SEMARNAT.\n")
    assert [f.code for f in _check(text).findings] == ["ambiguous", "ambiguous"]
