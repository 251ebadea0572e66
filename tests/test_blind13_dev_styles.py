"""Habits of the papers on blind set 13's dev half (fixtures/papers_blind13, documents of unusual structure written by
a helper who never read refcheck's code): what follows a reference list."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document


def test_figure_captions_after_the_list_end_it() -> None:
    # an Elsevier manuscript: "Figure captions" and "Fig. 1. Location of the 112 study catchments ..." after the list
    text = ("Runoff was simulated with an LSTM (Kratzert et al., 2018) and scored with the Nash–Sutcliffe efficiency "
            "(NSE; Nash and Sutcliffe, 1970).\n\nReferences\n\n"
            "Kratzert, F., Klotz, D., Brenner, C., Schulz, K., Herrnegger, M., 2018. Rainfall–runoff modelling using "
            "Long Short-Term Memory (LSTM) networks. Hydrol. Earth Syst. Sci. 22 (11), 6005–6022.\n\n"
            "Nash, J.E., Sutcliffe, J.V., 1970. River flow forecasting through conceptual models part I — A "
            "discussion of principles. J. Hydrol. 10 (3), 282–290.\n\n"
            "Figure captions\n\n"
            "Fig. 1. Location of the 112 study catchments (dots) and their glacier fraction (colour scale, 0–35%).\n\n"
            "Fig. 2. Mean May–September temperature (°C) of each year 1981–2020.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert len(report.references) == 2 and report.findings == []


def test_an_explanatory_note_opening_with_three_authors_and_a_year_cites_them() -> None:
    # Chicago author-date with explanatory notes: "6. Samson, Raudenbush, and Earls 1997, 918-19." (misspelt)
    text = ("Collective efficacy predicts lower violence.6\n\nNOTES\n\n"
            "6. Samson, Raudenbush, and Earls 1997, 918-19. The survey was part of the Project on Human Development "
            "in Chicago Neighborhoods.\n\nREFERENCES\n\n"
            "Sampson, Robert J., Stephen W. Raudenbush, and Felton Earls. 1997. \"Neighborhoods and Violent Crime: A "
            "Multilevel Study of Collective Efficacy.\" Science 277 (5328): 918-24.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [f.code for f in report.findings] == ["name-mismatch"]


def test_a_place_read_before_a_narratives_names_leaves_a_near_miss_of_the_names() -> None:
    # a two-column PDF paste: "... in French immersion classrooms in\nCanada, Lister and Ranta (1997) identified"
    text = ("In a descriptive study of French immersion classrooms in\nCanada, Lister and Ranta (1997) identified six "
            "types of feedback (Lyster & Ranta, 1997; Long, 1983).\n\nReferences\n\n"
            "Long, M. H. (1983). Does second language instruction make a difference? TESOL Quarterly, 17(3), 359–382."
            "\n\nLyster, R., & Ranta, L. (1997). Corrective feedback and learner uptake. Studies in Second Language "
            "Acquisition, 19(1), 37–66.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [(f.code, f.message.split(";")[0]) for f in report.findings] == [
        ("name-mismatch", '"Lister" has no entry')]
