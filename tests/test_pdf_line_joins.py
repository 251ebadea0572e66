"""Where a PDF's lines join: hyphens at a line end in DOIs and in words with a capital inside, and a
full line of a list without indents that stops on a bare word."""

from __future__ import annotations

from pathlib import Path

from pdfmaker import justified, make_layout_pdf

from refcheck.readers import read_document
from refcheck.section.find import find_reference_section
from refcheck.section.split import split_entries


def _entries(tmp_path: Path, lines: list[tuple[float, str]]) -> list[str]:
    """A "References" heading over LINES, each (x, text), 12 pt apart in 10 pt type."""
    runs = [(72, 700, "References", 14, "B")] + [(x, 670 - 12 * k, text) for k, (x, text) in enumerate(lines)]
    p = tmp_path / "paper.pdf"
    p.write_bytes(make_layout_pdf([runs]))
    doc = read_document(str(p))
    return [e.text for e in split_entries(doc, find_reference_section(doc))]


def test_a_dois_own_hyphen_at_a_line_end_is_kept(tmp_path):
    entries = _entries(tmp_path, [
        (72, "Fenner M. Eating your own Dog Food. Published online 2016. doi:10.53731/r79vxn1-97aq74v-"),
        (96, "ag58n"),
        (72, "Fenner M. Do we need to fix science blogs? Published online 2023. doi:10.53731/avg2ykg-"),
        (96, "gdxppcd"),
    ])
    assert [e.rsplit("doi:", 1)[-1] for e in entries] == ["10.53731/r79vxn1-97aq74v-ag58n", "10.53731/avg2ykg-gdxppcd"]


def test_a_word_of_a_doi_hyphenated_by_tex_is_joined(tmp_path):
    entries = _entries(tmp_path, [
        (72, "[1] W. Liu and S. Hou, \u201cGenetic Characterization of the Gene,\u201d PLoS ONE, vol. 8, no. 6,"),
        (90, "p. e65869, 2013, doi: 10.1371/jour-"),
        (90, "nal.pone.0065869."),
    ])
    assert entries[0].endswith("doi: 10.1371/journal.pone.0065869.")


def test_a_word_with_a_capital_inside_is_joined_when_the_document_writes_it_whole(tmp_path):
    entries = _entries(tmp_path, [
        (72, "Foltynski, Kamil. 2026. \u201csunburstShiny-"),
        (96, "Widget: Sunburst \u2018HTML\u2019 Widget Based on \u2018D3.js\u2019.\u201d CRAN: Contributed Packages."),
        (96, "https://doi.org/10.32614/cran.package.sunburstshinywidget."),
    ])
    assert "\u201csunburstShinyWidget: Sunburst" in entries[0]


def test_a_full_line_stopping_on_a_bare_word_goes_on_in_a_list_without_indents(tmp_path):
    full = ["Ali, N. M., Khan, H. A., Then, A. Y.-H., Ving", "Ching, C., Gaur, M., & Dhillon, S. K. (2017).",
            "Fish Ontology framework for taxonomy-based", "Bales, K. (2004). Disposable people: New",
            "slavery in the global economy. University"]
    runs = [(72, 700, "References", 14, "B")]
    runs += justified(full[0], 670) + justified(full[1], 658) + justified(full[2], 646)
    runs += [(72, 634, "fish recognition. PeerJ, 5, e3811.", 10)]
    runs += justified(full[3], 622) + justified(full[4], 610) + [(72, 598, "of California Press.", 10)]
    p = tmp_path / "paper.pdf"
    p.write_bytes(make_layout_pdf([runs]))
    doc = read_document(str(p))
    entries = [e.text for e in split_entries(doc, find_reference_section(doc))]
    assert [e[:17] for e in entries] == ["Ali, N. M., Khan,", "Bales, K. (2004)."]
    assert "Then, A. Y.-H., Ving Ching, C., Gaur" in entries[0]


def test_a_hyphen_after_a_words_second_part_or_a_digit_is_the_writers(tmp_path):
    entries = _entries(tmp_path, [
        (72, "McMahon, T. (2018). Sampling-based motion planning for high-degree-"),
        (96, "of-freedom manipulators. Int J Robot Res, 37(7)."),
        (72, "Stravopodis, D. (2009). Human bladder cancer cells undergo apoptosis with p53-"),
        (96, "dependent and p53-independent responses. Int J Oncol."),
    ])
    assert "for high-degree-of-freedom manipulators." in entries[0]
    assert "with p53-dependent and p53-independent" in entries[1]


def test_an_entry_opening_with_a_lowercase_particle_after_a_finished_line_is_a_new_entry(tmp_path):
    entries = _entries(tmp_path, [
        (72, "Secor, D.H. (2015) 'Migration Ecology of Marine Fishes'. Available at: https://doi.org/10.1353/"),
        (72, "book.39942."),
        (72, "van der Pluijm, I. et al. (2006) 'Impaired Genome Maintenance Suppresses the Growth"),
        (72, "Hormone Axis in Mice', PLoS Biology, 5(1), p. e2."),
    ])
    assert [e[:16] for e in entries] == ["Secor, D.H. (201", "van der Pluijm, "]


def test_a_page_number_wrapped_as_1_dot_is_no_list_number_in_an_unnumbered_list(tmp_path):
    entries = _entries(tmp_path, [
        (72, "Qi, Lin, and Tiezhu Wang. 2019. \u201cWidget Detection.\u201d Journal of Electronic Imaging 28 (06):"),
        (72, "1. https://doi.org/10.1117/1.jei.28.6.063006."),
        (72, "Rivera, Isela Sarahi. 2024. \u201cGWAS and 3d Chromatin Mapping.\u201d PLOS Genetics 20 (11): e1011490."),
    ])
    assert entries[0].endswith("Journal of Electronic Imaging 28 (06): 1. https://doi.org/10.1117/1.jei.28.6.063006.")
    assert len(entries) == 2


def test_a_spaced_dash_at_a_line_end_keeps_its_spaces(tmp_path):
    entries = _entries(tmp_path, [
        (72, "Rutland, P. (2000). Russia's economy: The years of transition, 1991 -"),
        (96, "1999. Europe-Asia Studies, 52(3), 425-446."),
    ])
    assert "transition, 1991 - 1999. Europe-Asia" in entries[0]
