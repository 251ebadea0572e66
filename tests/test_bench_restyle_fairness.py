"""The restyle benchmark's fair comparison: only the punctuation the generator's invisible title
mark kept citeproc from merging is merged, on both sides; every other difference still counts."""

from benchmarks.bench_restyle import merged


def test_punctuation_left_unmerged_after_a_title_compares_equal_to_citeproc_merging_it():
    paper = "Ritala, M., and M. Leskela. 1999. “Atomic Layer Epitaxy - a Valuable Tool for Nanotechnology?.”"
    style = "Ritala, M., and M. Leskela. 1999. “Atomic Layer Epitaxy - a Valuable Tool for Nanotechnology?”"
    assert merged(paper) == merged(style)
    assert merged("Hipólito, A. (2010). Evolutionary Ecology.. N Engl J Med, 73(3), 1077.") == \
        merged("Hipólito, A. (2010). Evolutionary Ecology. N Engl J Med, 73(3), 1077.")


def test_a_full_stop_left_outside_the_closing_quote_compares_equal_to_it_inside():
    assert merged("pela videira “Niagara Rosada”. Revista") == merged("pela videira “Niagara Rosada.” Revista")


def test_an_ellipsis_and_any_other_difference_still_count():
    assert merged("Tools, Methods and so on... Journal") != merged("Tools, Methods and so on. Journal")
    assert merged("Journal of X, 12(3), 1–9.") != merged("Journal of X, 12, 1–9.")
