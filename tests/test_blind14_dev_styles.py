"""Habits of the papers on blind set 14's dev half (fixtures/papers_blind14, humanities, law and social-science papers
written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.parser import parse_entry


def test_forthcoming_where_the_year_goes_is_the_entrys_date() -> None:
    # APSA: "Druckman, James N., ... and John Barry Ryan. Forthcoming. "(Mis)estimating ..." Journal of Politics."
    _, fields = parse_entry("Druckman, James N., Samara Klar, Yanna Krupnikov, Matthew Levendusky, and John Barry "
                            "Ryan. Forthcoming. \"(Mis)estimating Affective Polarization.\" Journal of Politics.")
    assert (fields.year, fields.container) == ("forthcoming", "Journal of Politics")
