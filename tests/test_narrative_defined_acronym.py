"""A body's short form defined in a narrative citation, "Menurut Otoritas Jasa Keuangan [OJK] (2022)", is the
name the text cites later, "(OJK, 2022)"; "Menurut" ("according to") opens the sentence and is no name."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_an_acronym_a_narrative_defines_cites_the_body_later() -> None:
    text = ("Menurut Otoritas Jasa Keuangan [OJK] (2022), indeks inklusi keuangan meningkat. Data terbaru (OJK, "
            "2022; Bank Indonesia, 2021) menunjukkan hal yang sama.\n\nDaftar Pustaka\n\n"
            "Bank Indonesia. (2021). Laporan ekonomi dan keuangan digital. Bank Indonesia.\n"
            "Otoritas Jasa Keuangan. (2022). Survei nasional literasi dan inklusi keuangan 2022. OJK.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.citations[0].authors == ["Otoritas Jasa Keuangan"] and report.findings == []
