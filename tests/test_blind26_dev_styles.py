"""Habits of the papers on blind set 26's dev half (fixtures/papers_blind26, humanities and social-science articles
copied from publisher web pages, written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_taylor_and_francis_link_lines_and_notes_on_contributors_are_not_entries() -> None:
    text = ("Gardens are commons (Eizenberg 2012; Harvey 2008).\n\nReferences\n"
            "Eizenberg, Efrat. 2012. “Actually Existing Commons: Three Moments of Space of Community Gardens in New "
            "York City.” Antipode 44 (3): 764–782.\n"
            "[Crossref], [Web of Science ®], [Google Scholar]\n"
            "Harvey, David. 2008. “The Right to the City.” New Left Review 53: 23–40.\n"
            "[Taylor & Francis Online], [Google Scholar]\n\n"
            "Notes on contributors\n"
            "Katrin Vogelsang is a postdoctoral researcher in urban geography at the University of Leeds.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [r.raw[:9] for r in report.references] == ["Eizenberg", "Harvey, D"]
    assert report.findings == []


def test_a_journals_received_and_accepted_dates_end_the_list() -> None:
    text = ("El retorno crece (Massey, 1993).\n\nReferencias\n\n"
            "Massey, D. S. (1993). Theories of international migration: A review and appraisal. Population and "
            "Development Review, 19(3), 431–466.\n\n"
            "Recibido: 10 de Marzo de 2022; Aprobado: 05 de Agosto de 2022\n\n"
            "Ana Lucía Gutiérrez Ramos. Doctora en Ciencias Sociales por la Universidad de Guadalajara.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert len(report.references) == 1
    assert report.findings == []


def test_a_theorem_of_a_cited_work_is_a_locator() -> None:
    from refcheck.citations.locator import is_locator

    assert all(is_locator(t) for t in ("Theorem 1", "Lemma 2.1", "Proposition 3", "Corollary 4"))


def test_french_de_before_a_narratives_name_is_the_preposition_when_no_entry_has_the_particle() -> None:
    text = ("Les effets de lieu, pour reprendre l’expression de Bourdieu (1993), tiennent à la distance sociale.\n\n"
            "Bibliographie\n\n"
            "Bourdieu Pierre, 1993, « Effets de lieu », dans P. Bourdieu (dir.), La misère du monde, Paris, Éditions "
            "du Seuil, p. 159-167.\n"
            "Préteceille Edmond, 2006, « La ségrégation sociale a-t-elle augmenté ? », Sociétés contemporaines, "
            "no 62, p. 69-93.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [c.references for c in report.citations] == [["r1"]]
    assert [f.code for f in report.findings] == ["uncited"]
