"""tools/jats_refs prints reference entries as the publisher shows them (used to build fixtures/papers_real3).

Why: a yardstick's entries must read like the published page.  Pensoft's ZooKeys XML lets author names touch
("<name>…</name><name>…</name>") where the page prints "Roper CFE, Jerez P"; JOSS/JOSE papers keep structured
element-citations that their PDFs print in APA.
"""

from __future__ import annotations

from lxml import etree

from tools.jats_refs import printed, structured

PENSOFT = ('<mixed-citation><person-group><name name-style="western"><surname>Misaki</surname> '
           '<given-names>H</given-names></name><name name-style="western"><surname>Okutani</surname> '
           '<given-names>T</given-names></name></person-group> (<year>1976</year>)<article-title> Studies on early '
           'life history of decapodan Mollusca 6.</article-title> <source>Venus </source> <volume>35</volume>: '
           '<fpage>211</fpage>-<lpage>213</lpage>.</mixed-citation>')

JOSE = ('<element-citation publication-type="book"><person-group person-group-type="author">'
        '<name><surname>Archer</surname><given-names>Anita L</given-names></name>'
        '<name><surname>Hughes</surname><given-names>Charles A</given-names></name></person-group>'
        '<source>Explicit instruction: Effective and efficient teaching</source>'
        '<publisher-name>Guilford Publications</publisher-name><year iso-8601-date="2010">2010</year>'
        '</element-citation>')


def test_touching_author_names_are_printed_with_a_comma_between_them() -> None:
    assert printed(etree.fromstring(PENSOFT)).startswith("Misaki H, Okutani T (1976) Studies on early")


def test_apa_style_prints_initials_ampersand_and_year_in_parentheses() -> None:
    text = structured(etree.fromstring(JOSE), "", "apa")
    assert text == ("Archer, A. L., & Hughes, C. A. (2010). Explicit instruction: Effective and efficient teaching. "
                    "Guilford Publications.")
