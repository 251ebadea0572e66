"""The corpus labeller's printed fields: authors one by one and the issue, read from the render marks."""

from tools.corpus.labelled import END, printed_fields


def test_printed_fields_keep_a_family_with_initials_as_one_person_and_the_acm_issue():
    csl = {"author": [{"family": "Xue", "given": "Y"}, {"family": "Zhou Y", "given": "Wu T"},
                      {"family": "Kwon", "given": "YS"}], "issue": "9"}
    # ACS prints "Xue, Y.; Zhou Y, W. T.; Kwon, Y." ; the issue as ACM prints it, "9, 9"
    marked = (f"\ue001Xue{END}, Y.; \ue001Zhou Y{END}, W. T.; \ue001Kwon{END}, Y. Title. PLoS ONE "
              f"\ue0079{END}, \ue0089{END} (Sept 2014)")
    out = printed_fields(marked, csl)
    assert out["authors"] == [["Xue", "Y"], ["Zhou Y", "Wu T"], ["Kwon", "YS"]]
    assert out["issue"] == "9"


def test_printed_fields_list_only_the_printed_authors_and_curled_apostrophes_match():
    csl = {"author": [{"family": "D'Hondt", "given": "S"}, {"family": "Ma", "given": "K"},
                      {"literal": "MalariaGEN Consortium"}]}
    marked = f"\ue001D’Hondt{END}, S.; … \ue001MalariaGEN Consortium{END}. Title."
    assert printed_fields(marked, csl)["authors"] == [["D'Hondt", "S"], ["MalariaGEN Consortium"]]


def test_eval_styles_takes_a_parsed_list_that_reads_the_printed_names_person_by_person():
    from tools.eval_styles import matches_printed

    names = [["Sobolev", "V"], ["Eyal", "E"], ["Gerzon", "S"], ["van Hoek"], ["Wen B", "Wu H"], ["Darter", "BJ"]]
    got = (("sobolev", "v"), ("eyal", "e"), ("gerzon", "s"), ("van hoek", ""), ("wen b", "wh"), ("darter", "b"))
    assert matches_printed(names, got)
    assert not matches_printed(names, got[:2] + (("eyal", "sg"),) + got[3:])
