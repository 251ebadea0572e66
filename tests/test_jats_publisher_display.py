"""tools/jats_refs and jats_render print what the publisher shows (used to build fixtures/papers_real3).

Why: a yardstick's entries must read like the published page.  Pensoft's ZooKeys XML lets author names touch
("<name>…</name><name>…</name>") where the page prints "Roper CFE, Jerez P"; JOSS/JOSE papers keep structured
element-citations that their PDFs print in APA.
"""

from __future__ import annotations

from lxml import etree

from tools.jats_gold import numeric_link
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


ZOOKEYS_ARTICLE = (
    '<article xmlns:tp="http://www.plazi.org/taxpub"><front><article-meta><title-group><article-title>T'
    '</article-title></title-group></article-meta></front><body><sec><title>Taxonomy</title>'
    '<p>The species was subsequently placed <!--PageBreak-->in five different genera.</p>'
    '<tp:taxon-treatment><tp:nomenclature><label>Genus</label>\n<tp:taxon-name><tp:taxon-name-part '
    'taxon-name-part-type="genus">Aptesis</tp:taxon-name-part></tp:taxon-name> <tp:taxon-authority>Förster, '
    '1850</tp:taxon-authority><tp:nomenclature-citation-list><tp:nomenclature-citation><tp:taxon-name>Aptesis'
    '</tp:taxon-name><comment> <xref ref-type="bibr" rid="B4">Förster 1850</xref>. Archiv für Naturgeschichte. '
    '16(1): 71.</comment></tp:nomenclature-citation></tp:nomenclature-citation-list></tp:nomenclature>'
    '<tp:treatment-sec sec-type="Diagnosis"><title>Diagnosis.</title><p>Clypeus weakly convex.</p>'
    '</tp:treatment-sec></tp:taxon-treatment></sec></body><back><ref-list><ref id="B4"><mixed-citation>'
    '<!--PageBreak--><person-group><name><surname>Förster</surname> <given-names>A</given-names></name>'
    '</person-group> (<year>1850</year>) Monographie der Gattung Pezomachus.</mixed-citation></ref></ref-list>'
    '</back></article>')


def test_xml_comments_such_as_pagebreak_are_not_printed() -> None:
    from tools.jats_render import Renderer

    text = Renderer(etree.fromstring(ZOOKEYS_ARTICLE), "elife").render().text
    assert "placed in five different genera" in text
    assert "\nFörster A (1850) Monographie" in text
    assert "PageBreak" not in text


def test_taxpub_nomenclature_and_treatment_section_titles_are_printed() -> None:
    from tools.jats_render import Renderer

    r = Renderer(etree.fromstring(ZOOKEYS_ARTICLE), "elife").render()
    paras = r.text.split("\n\n")
    assert "Genus Aptesis Förster, 1850" in paras
    assert "Aptesis Förster 1850. Archiv für Naturgeschichte. 16(1): 71." in paras
    assert "Diagnosis." in paras
    assert [r.text[s:e] for s, e, _ in r.links] == ["Förster 1850"]


def test_a_year_alone_in_a_link_is_not_a_numeric_citation() -> None:
    # Wiley Ecology and Evolution via PMC: "(e.g., Sala et al. <xref>2000</xref>; ...)" links the year only
    assert not numeric_link("2000", 74)
    assert not numeric_link("2004a", 74)
    assert numeric_link("[12]", 74)
    assert numeric_link("1–3", 74)


PMED_NLM = ('<ref id="pmed-0020124-b1"><label>1</label><nlm-citation publication-type="journal">'
            '<person-group person-group-type="author"><name name-style="western"><surname>Ioannidis</surname>'
            '<given-names>JP</given-names></name><name name-style="western"><surname>Haidich</surname>'
            '<given-names>AB</given-names></name><name name-style="western"><surname>Lau</surname>'
            '<given-names>J</given-names></name></person-group><year>2001</year><article-title>Any casualties in '
            'the clash of randomised and observational evidence?</article-title><source>BMJ</source>'
            '<volume>322</volume><fpage>879</fpage><lpage>880</lpage></nlm-citation></ref>')


def test_nlm3_citation_of_old_plos_xml_is_printed_as_a_structured_entry() -> None:
    from tools.jats_refs import entry_of

    entry = entry_of(etree.fromstring(PMED_NLM), 1, "plos")
    assert entry is not None and entry.text.startswith("1. Ioannidis JP, Haidich AB, Lau J (2001) Any casualties")


APS = ('<mixed-citation publication-type="journal"><object-id>44</object-id><person-group person-group-type="author">'
       '<string-name>X.-J. Liu</string-name> and <string-name>A. M. Lobos</string-name></person-group>, '
       '<article-title>Manipulating Majorana Fermions in Quantum Nanowires with Broken Inversion Symmetry'
       '</article-title>, <source>Phys. Rev. B</source> <volume>87</volume>, <page-range>060504(R)</page-range> '
       '(<year>2013</year>).<pub-id pub-id-type="coden">PRBMDO</pub-id><issn>1098-0121</issn>'
       '<pub-id pub-id-type="doi" specific-use="suppress-display">10.1103/PhysRevB.87.060504</pub-id>'
       '</mixed-citation>')


def test_aps_coden_issn_and_suppressed_doi_are_not_printed() -> None:
    # Physical Review X 4, 021018 (papers_real7): the page ends the entry at "(2013)."
    assert printed(etree.fromstring(APS)).endswith("Phys. Rev. B 87, 060504(R) (2013).")


def test_aps_untyped_object_id_is_not_printed_so_the_label_is() -> None:
    # the same entry: "<object-id>44</object-id>" repeats the number; the page prints its label "[44]"
    assert printed(etree.fromstring(APS)).startswith("X.-J. Liu and A. M. Lobos, Manipulating")


def test_html_named_entities_of_dtd_less_xml_are_kept_as_characters() -> None:
    # PTEP ptt114 (papers_real7) writes "[8&ndash;12]" with no DTD to define &ndash;: the dash would vanish
    from tools.jats_papers import named_entities

    xml = named_entities(b'<p>[<xref>8</xref>&ndash;<xref>12</xref>] Pontecorvo&ndash;Maki &amp; &lt;</p>')
    assert "".join(etree.fromstring(xml).itertext()) == "[8\u201312] Pontecorvo\u2013Maki & <"
