"""`refcheck format PAPER --style S`: the list re-emitted by pandoc's citeproc in a CSL style."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STYLES = Path("/usr/share/citation-style-language/styles")
IEEE_PAPER = "fixtures/papers/ieee_edge.txt"

pytestmark = pytest.mark.skipif(shutil.which("pandoc") is None or not (STYLES / "apa.csl").is_file(),
                                reason="pandoc and Debian's citation-style-language-styles are needed "
                                       "(make pandoc installs both)")


def refcheck(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "refcheck.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          check=False)


# One entry of ieee_edge.txt as each style prints it.
EXPECTED = {
    "apa": "Chen, X. (2015). Decentralized computation offloading game. IEEE Trans. Parallel Distrib. Syst., "
           "26(4), 974–983.",
    "mla": "Chen, X. “Decentralized Computation Offloading Game.” IEEE Trans. Parallel Distrib. Syst., vol. 26, "
           "no. 4, 2015, pp. 974–83.",
    "chicago-author-date": "Chen, X. 2015. “Decentralized Computation Offloading Game.” IEEE Trans. Parallel "
                           "Distrib. Syst. 26 (4): 974–83.",
    "harvard": "Chen, X. (2015) ‘Decentralized computation offloading game’, IEEE Trans. Parallel Distrib. Syst., "
               "26(4), pp. 974–983.",
    "ieee": "[2] X. Chen, “Decentralized computation offloading game,” IEEE Trans. Parallel Distrib. Syst., vol. 26, "
            "no. 4, pp. 974–983, 2015.",
    "vancouver": "2. Chen X. Decentralized computation offloading game. IEEE Trans Parallel Distrib Syst. "
                 "2015;26(4):974–83.",
}


@pytest.mark.parametrize("style", sorted(EXPECTED))
def test_each_named_style_prints_the_entry_as_the_style_does(style):
    out = refcheck("format", IEEE_PAPER, "--style", style)
    assert out.returncode == 0 and out.stderr == ""
    assert EXPECTED[style] in out.stdout.splitlines()


def test_author_date_styles_sort_and_numeric_styles_keep_the_papers_order():
    apa = refcheck("format", IEEE_PAPER, "--style", "apa").stdout.splitlines()
    assert apa == sorted(apa, key=str.casefold)
    ieee = refcheck("format", IEEE_PAPER, "--style", "ieee").stdout.splitlines()
    assert [line.split("]")[0] for line in ieee] == [f"[{i}" for i in range(1, len(ieee) + 1)]


HOUSE_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>House</title><id>house</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <sort><key variable="title"/></sort>
    <layout suffix="."><text variable="title" text-case="uppercase"/><date variable="issued" prefix=" -- ">
      <date-part name="year"/></date></layout>
  </bibliography>
</style>
"""


def test_a_users_csl_file_is_used_as_given(tmp_path):
    own = tmp_path / "house.csl"
    own.write_text(HOUSE_STYLE, encoding="utf-8")
    out = refcheck("format", IEEE_PAPER, "--style", str(own))
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == "A SURVEY ON MOBILE EDGE COMPUTING -- 2017."


def test_diff_shows_each_changed_entry_as_paper_then_style_and_counts_them():
    out = refcheck("format", IEEE_PAPER, "--style", "ieee", "--diff").stdout.splitlines()
    assert out[:2] == ["--- the paper's list", "+++ the list in the chosen style"]
    assert '- [2] X. Chen, "Decentralized computation offloading game," IEEE Trans. Parallel Distrib. Syst., ' \
           'vol. 26, no. 4, pp. 974–983, 2015.' in out
    assert "+ " + EXPECTED["ieee"] in out
    assert out[-1].endswith("entries changed")


def test_a_list_in_its_own_style_is_unchanged(tmp_path):
    paper = tmp_path / "paper.txt"
    listed = refcheck("format", "fixtures/papers/apa_wellbeing.txt", "--style", "apa").stdout
    paper.write_text("Body text.\n\nReferences\n\n" + listed, encoding="utf-8")
    out = refcheck("format", str(paper), "--style", "apa", "--diff").stdout.splitlines()
    assert out[-1].startswith("0 of ")


def test_an_unknown_style_is_one_line_and_status_2():
    out = refcheck("format", IEEE_PAPER, "--style", "no-such-style")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith("refcheck: error: no-such-style: CSL style not found") and out.stderr.count("\n") == 1


def test_a_bib_file_is_formatted_too():
    out = refcheck("format", "fixtures/pandoc/references.bib", "--style", "apa")
    assert out.returncode == 0 and out.stdout.strip()


def _formatted(tmp_path: Path, entries: str, style: str) -> list[str]:
    paper = tmp_path / "paper.txt"
    paper.write_text("Body text.\n\nReferences\n\n" + entries, encoding="utf-8")
    out = refcheck("format", str(paper), "--style", style)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


def test_initials_printed_run_together_stay_two_initials_in_a_style_that_initializes(tmp_path):
    entry = ("1. Renear AH, Palmer CL. Strategic Reading, Ontologies, and the Future of Scientific Publishing. "
             "Science. 2009;325(5942):828–32.\n")
    assert _formatted(tmp_path, entry, "vancouver") == [entry.strip()]
    assert _formatted(tmp_path, entry, "apa")[0].startswith("Renear, A. H., & Palmer, C. L. (2009).")


def test_a_given_name_in_capitals_is_printed_as_written_by_a_style_that_prints_given_names(tmp_path):
    entry = ("Dowell, RD, O. Ryan, A. Jansen, D. Cheung, and S. Agarwala. 2010. “Genotype to Phenotype: A "
             "Complex Problem.” Science 328:469.\n")
    assert _formatted(tmp_path, entry, "american-sociological-association") == [entry.strip()]


def test_a_title_ending_in_a_parenthesis_keeps_it(tmp_path):
    entry = ("Ward, C., Kimbel, W., Harmon, E., & Johanson, D. (2012). New postcranial fossils of Australopithecus "
             "afarensis from hadar, Ethiopia (1990–2007). Journal of Human Evolution, 63, 1–51.\n")
    assert _formatted(tmp_path, entry, "apa") == [entry.strip()]


def test_a_doi_printed_as_an_old_style_link_stays_that_link(tmp_path):
    entry = ("Aguilera, R. F., & Ripple, R. D. (2012). Technological progress and the availability of European oil "
             "and gas resources. Applied Energy, 96, 387–392. http://dx.doi.org/10.1016/j.apenergy.2012.02.069\n")
    assert _formatted(tmp_path, entry, "apa") == [entry.strip()]


def test_a_journal_name_ending_in_its_own_parenthesis_keeps_it(tmp_path):
    entry = ("Kuettel, D., Guillaumin, M., & Ferrari, V. (2012). Segmentation propagation in imagenet. "
             "European Conference on Computer Vision (ECCV), 459–473.\n")
    assert _formatted(tmp_path, entry, "apa") == [entry.strip()]


def test_hyphenated_initials_keep_their_hyphen_in_a_style_that_initializes(tmp_path):
    entry = ("1. Marsalek O, Chen P-Y, Dupuis R. Efficient calculation of free energy differences associated with "
             "isotopic substitution. J Chem Theory Comput. 2014;10:1440–53.\n")
    assert _formatted(tmp_path, entry, "vancouver") == [entry.strip()]


def test_acm_volume_and_issue_separated_by_a_comma_are_both_printed(tmp_path):
    entry = ("[1] N. Benvenuto and F. Piazza. 1992. On the Complex Backpropagation Algorithm. IEEE Transactions on "
             "Signal Processing 40, 4 (1992), 967–969.\n")
    assert _formatted(tmp_path, entry, "association-for-computing-machinery") == [entry.strip()]


def test_a_family_name_with_its_particle_and_no_given_name_stays_whole(tmp_path):
    entry = ("van Luijtelaar. (2006). Global and focal aspects of absence epilepsy: the contribution of genetic "
             "models. Neuroscience and Biobehavioral Reviews, 30, 983–1003.\n")
    assert _formatted(tmp_path, entry, "apa") == [entry.strip()]


def test_two_works_of_one_author_and_year_keep_the_papers_letters(tmp_path):
    entries = ("Raab A (1979) Redox control of systemic acquired resistance. J Geophys Res 8:378–382\n\n"
               "Raab FH (1977a) Remote object position locator\n\n"
               "Raab FH (1977b) A mathematical theory of communication\n")
    assert sorted(_formatted(tmp_path, entries, "springer-basic-author-date")) == [
        "Raab A (1979) Redox control of systemic acquired resistance. J Geophys Res 8:378–382",
        "Raab FH (1977a) Remote object position locator", "Raab FH (1977b) A mathematical theory of communication"]


def test_a_space_printed_before_a_titles_colon_is_kept(tmp_path):
    entry = ("PECHILLON, E. (2015). Chambre d’isolement : quelle protection juridique du patient. Santé Mentale, "
             "203, 10–11.\n")
    assert _formatted(tmp_path, entry, "apa-6th-edition") == [entry.strip()]


def test_an_edited_book_cited_whole_is_a_book_with_its_editors_et_al(tmp_path):
    entries = ("Binstock, R. H., and L. K. George, editors. Handbook of Aging and the Social Sciences. 3rd ed., "
               "Academic Press, 1990.\n\n"
               "Levinson, et al., editors. Encyclopedia of Cultural Anthropology. Vol. 4, Henry Holt, 1996.\n")
    assert _formatted(tmp_path, entries, "modern-language-association-8th-edition") == entries.strip().split("\n\n")
    # the publisher read into the book's name: the entry stays as the list printed it
    entry = "Brown, L. E., editor. Isokinetics in Human Performance. Human Kinetics, 2000.\n"
    assert _formatted(tmp_path, entry, "modern-language-association") == [entry.strip()]


def test_a_journal_or_book_keeps_the_brackets_the_entry_printed_with_it(tmp_path):
    entries = ("[1] T. O’Connell, M. Rodrigo, and P. Simpson, “Isolation and culture of adult mouse cardiac myocytes,” "
               "Methods in molecular biology (Clifton, NJ), vol. 357, pp. 271–96, 2007, "
               "doi: 10.1385/1-59745-214-9:271.\n\n"
               "[2] K. Harding, “Overview Of Non-Contact 3D Sensing Methods,” in [The Encyclopedia of Optical "
               "Engineering], New York: Marcel Dekker, 2000.\n")
    assert _formatted(tmp_path, entries, "ieee") == entries.strip().split("\n\n")
    entry = ("Torgersen, S. “The Determination of Twin Zygosity by Means of a Mailed Questionnaire.” Acta Genet Med "
             "Gemellol (Roma), vol. 28, 1979, pp. 225–36.\n")
    assert _formatted(tmp_path, entry, "modern-language-association") == [entry.strip()]


def test_a_family_name_with_its_particle_and_no_given_name_is_not_demoted(tmp_path):
    # Chicago and MLA demote a particle ("Costa, da") when the name is inverted; a name with no given name
    # is printed whole
    entry = ("da Costa. 2015. “Synthesis by Microwave-Assisted 1,3-Dipolar Cycloaddition of 1,2,3-Triazole "
             "1’-Homo-3’-Isoazanucleosides and Evaluation of Their Anticancer Activity.” European Journal of "
             "Medicinal Chemistry 98: 212–20.\n")
    assert _formatted(tmp_path, entry, "chicago-author-date") == [entry.strip()]
    entry = ("ter Hofstede. “The Simple Ears of Noctuoid Moths Are Tuned to the Calls Sof Their Sympatric Bat "
             "Community.” J Exp Biol, vol. 216, 2013, pp. 3954–62, doi:10.1242/jeb.093294.\n")
    assert _formatted(tmp_path, entry, "modern-language-association-8th-edition") == [entry.strip()]
