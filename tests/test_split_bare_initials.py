"""Chicago bibliographies whose given names are bare initials ("Cai, K, and LJ Gudas.") split one entry each,
also when numbered notes share the list (issue 15: notes pointed at merged entries)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.section.cues import looks_like_entry_start
from refcheck.section.find import find_reference_section
from refcheck.section.split import split_entries

BIBLIOGRAPHY = [
    "Abraham, C, and S Michie. \u201cA Taxonomy of Behavior Change Techniques Used in Interventions.\u201d "
    "Health Psychol 27 (2008): 379\u201387.",
    "Bergmann, A, D Stein, R Geisler, S Hagenmaier, and C N\u00fcsslein-Volhard. \u201cA Gradient of Cytoplasmic "
    "Cactus Degradation.\u201d Mechanisms of Development 60 (1996): 109\u201323.",
    "Das, Sajal K, Diane J Cook, and Amiya Bhattacharya. \u201cThe Role of Prediction Algorithms in the MavHome "
    "Smart Home Architecture.\u201d IEEE Wireless Communications 9 (2002): 77\u201384.",
    "Doench, JG, and PA Sharp. \u201cSpecificity of microRNA Target Selection in Translational Repression.\u201d "
    "Genes & Development 18 (2004): 504\u201311.",
]
NOTES = ["[1] Bergmann et al., \u201cA Gradient of Cytoplasmic Cactus Degradation.\u201d",
         "[2] Doench and Sharp, \u201cSpecificity of microRNA Target Selection,\u201d 505.",
         "[3] Abraham and Michie, 380."]


def test_a_family_name_then_bare_initials_and_a_second_author_opens_an_entry() -> None:
    assert looks_like_entry_start("Cai, K, and LJ Gudas. \u201cRetinoic Acid.\u201d")
    assert looks_like_entry_start("Bergmann, A, D Stein, R Geisler")
    assert looks_like_entry_start("Das, Sajal K, Diane J Cook, and Amiya Bhattacharya.")


def test_a_place_and_state_does_not_open_an_entry() -> None:
    assert not looks_like_entry_start("Cambridge, MA: MIT Press, 2004.")


def test_bare_initial_entries_beside_numbered_notes_are_one_entry_each() -> None:
    text = "Body text.\n\nReferences\n\n" + "\n\n".join(BIBLIOGRAPHY + NOTES) + "\n"
    doc = Document(path="paper.txt", text=text)
    entries = split_entries(doc, find_reference_section(doc))
    assert [e.text.split(",")[0] for e in entries[:4]] == ["Abraham", "Bergmann", "Das", "Doench"]
