"""Habits of the papers on blind set 14's dev half (fixtures/papers_blind14, humanities, law and social-science papers
written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.parser import parse_entry


def test_forthcoming_where_the_year_goes_is_the_entrys_date() -> None:
    # APSA: "Druckman, James N., ... and John Barry Ryan. Forthcoming. "(Mis)estimating ..." Journal of Politics."
    _, fields = parse_entry("Druckman, James N., Samara Klar, Yanna Krupnikov, Matthew Levendusky, and John Barry "
                            "Ryan. Forthcoming. \"(Mis)estimating Affective Polarization.\" Journal of Politics.")
    assert (fields.year, fields.container) == ("forthcoming", "Journal of Politics")


def test_a_given_name_that_opens_like_a_month_does_not_join_its_entry_to_the_one_before() -> None:
    # Unified Style Sheet for Linguistics: "Haspelmath, Martin. 2007a." ("Mar" ... " 2") after a finished entry
    from refcheck.document import Document
    from refcheck.pipeline import check_document

    text = ("Categories differ (Greenberg 1963; Haspelmath 2007a, 2010).\n\nReferences\n\n"
            "Greenberg, Joseph H. 1963. Some universals of grammar with particular reference to the order of "
            "meaningful elements. In Joseph H. Greenberg (ed.), Universals of language, 73–113. Cambridge, MA: MIT "
            "Press.\n"
            "Haspelmath, Martin. 2007a. Pre-established categories don't exist: Consequences for language description "
            "and typology. Linguistic Typology 11(1). 119–132.\n"
            "Haspelmath, Martin. 2010. Comparative concepts and descriptive categories in crosslinguistic studies. "
            "Language 86(3). 663–687.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert len(report.references) == 3 and report.findings == []


def test_a_dash_run_glued_to_the_year_repeats_the_author_and_a_year_with_a_colon_opens_an_entry() -> None:
    # Mind (OUP): "Lewis, David 1968: 'Counterpart Theory ...'." then "——1986a: On the Plurality of Worlds."
    from refcheck.document import Document
    from refcheck.pipeline import check_document

    text = ("Counterpart theory (Lewis 1968, 1986a) and its critics (Stalnaker 1976).\n\nReferences\n\n"
            "Lewis, David 1968: 'Counterpart Theory and Quantified Modal Logic'. Journal of Philosophy, 65, pp. "
            "113–26.\n"
            "——1986a: On the Plurality of Worlds. Oxford: Blackwell.\n"
            "Sider, Theodore 2001: Four-Dimensionalism: An Ontology of Persistence and Time. Oxford: Clarendon Press.\n"
            "Stalnaker, Robert 1976: 'Possible Worlds'. Noûs, 10, pp. 65–75.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [(r.fields.authors[0].family, r.fields.year) for r in report.references] == [
        ("Lewis", "1968"), ("Lewis", "1986a"), ("Sider", "2001"), ("Stalnaker", "1976")]


def test_a_list_read_as_mla_under_a_text_citing_by_year_is_read_author_date() -> None:
    from refcheck.document import Document
    from refcheck.pipeline import check_document

    text = ("Adams (1979) defends thisness; Divers (2002, p. 4) surveys the field. Fine (1994) ties essence to "
            "modality, Kripke (1980, p. 47) rigidity to necessity, and Plantinga (1974) worlds to states of affairs. "
            "Stalnaker (1979, pp. 70–2) argues otherwise.\n\nReferences\n\n"
            "Adams, Robert Merrihew 1979: 'Primitive Thisness and Primitive Identity'. Journal of Philosophy, 76, "
            "pp. 5–26.\nDivers, John 2002: Possible Worlds. London: Routledge.\n"
            "Fine, Kit 1994: 'Essence and Modality'. Philosophical Perspectives, 8, pp. 1–16.\n"
            "Kripke, Saul 1980: Naming and Necessity. Cambridge, MA: Harvard University Press.\n"
            "Plantinga, Alvin 1974: The Nature of Necessity. Oxford: Clarendon Press.\n"
            "Stalnaker, Robert 1976: 'Possible Worlds'. Noûs, 10, pp. 65–75.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert report.style != "mla" and [f.code for f in report.findings] == ["year-mismatch"]


def test_kants_a_b_and_academy_pages_are_locators_of_an_author_date_citation() -> None:
    # philosophy, Chicago author-date: "(Kant 1998 [1781], A320/B377)", "(Kant 2004 [1783], 4:285–86)"
    from refcheck.document import Document
    from refcheck.pipeline import check_document

    text = ("Intuitions are singular and immediate (Kant 1998 [1781], A320/B377), as the Prolegomena repeat (Kant "
            "2004 [1783], 4:285–86).\n\nReferences\n\n"
            "Kant, Immanuel. 1998 [1781]. Critique of Pure Reason. Translated by Paul Guyer and Allen W. Wood. "
            "Cambridge: Cambridge University Press.\n"
            "———. 2004 [1783]. Prolegomena to Any Future Metaphysics. Translated by Gary Hatfield. Cambridge: "
            "Cambridge University Press.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [c.locator for c in report.citations] == ["A320/B377", "4:285–86"] and report.findings == []
