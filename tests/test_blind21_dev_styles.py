"""Habits of the papers on blind set 21's dev half (fixtures/papers_blind21, languages and national standards not
used before, written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_latvian_author_date_reads_u_c_pages_before_lpp_and_a_body_named_last() -> None:
    text = ("Emigrācija ir galvenais iedzīvotāju samazinājuma cēlonis (Centrālā statistikas pārvalde, 2023). "
            "Atgriešanās ir plānota stratēģijas daļa (Massey u. c., 1993, 432.–436. lpp.).\n\n"
            "Hazans (2019, 55. lpp.) konstatējis, ka nodomi ir saistīti ar ģimeni.\n\nLiteratūra\n\n"
            "Centrālā statistikas pārvalde (2023). Iedzīvotāju starptautiskā ilgtermiņa migrācija 2022. gadā. Rīga: "
            "CSP.\n"
            "Hazans, M. (2019). Emigration from Latvia: A brief history and driving forces in the twenty-first "
            "century. In R. Kaša & I. Mieriņa (Eds.), The Emigrant Communities of Latvia (pp. 35–68). Springer.\n"
            "Massey, D. S., Arango, J., Hugo, G., Kouaouci, A., Pellegrino, A., Taylor, J. E. (1993). Theories of "
            "international migration: A review and appraisal. Population and Development Review, 19(3), 431–466.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [(c.text, c.references) for c in report.citations] == [
        ("Centrālā statistikas pārvalde, 2023", ["r1"]), ("Massey u. c., 1993, 432.–436. lpp.", ["r3"]),
        ("Hazans (2019, 55. lpp.)", ["r2"])]
    assert report.findings == []


def test_two_authors_joined_by_greek_and_before_a_number_are_two_people() -> None:
    text = ("Η δυναμική ανάλυση, όπως την πρότειναν οι Vamvatsikos και Cornell [2], επιτρέπει την εκτίμηση της "
            "τρωτότητας [1].\n\nΒιβλιογραφία\n\n"
            "[1] Fardis M. N., «Seismic design, assessment and retrofitting of concrete buildings», Springer, 2009.\n"
            "[2] Vamvatsikos D., Cornell C. A., «Incremental dynamic analysis», Earthquake Engineering and Structural "
            "Dynamics, τ. 31, σ. 491–514, 2002.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.citations[0].authors == ["Vamvatsikos", "Cornell"]
    assert report.findings == []


def test_a_reports_title_block_naming_its_university_and_year_cites_nothing() -> None:
    text = ("Droogte en stedelike waterbestuur in Kaapstad\n"
            "Navorsingsverslag — Departement Geografie en Omgewingstudie, Universiteit Stellenbosch (2023)\n\n"
            "Die droogte van 2015 tot 2018 het Kaapstad se waterstelsel tot die uiterste beproef, en die stad het "
            "byna 'Dag Nul' bereik toe die krane afgesluit sou word (Ziervogel, 2019). Hierdie verslag ondersoek hoe "
            "huishoudings en die munisipaliteit op die krisis gereageer het.\n\nBronnelys\n\n"
            "Ziervogel, G. (2019) Unpacking the Cape Town drought: Lessons learned. Cape Town: African Centre for "
            "Cities.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [c.text for c in report.citations] == ["Ziervogel, 2019"]
    assert report.findings == []
