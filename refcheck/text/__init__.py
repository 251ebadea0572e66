"""Text knowledge every stage shares, in one place: folding, word lists, patterns, similarity.

A leaf package: it imports nothing from refcheck, so the parser, the normalizers, the
citation reader and matching can all use it without a cycle (a test holds this).

* ``fold``: what a reader ignores when comparing text (case, accents, apostrophes);
* ``lexicon``: name particles, organisation words, months, honorifics, the word "and"
  in the languages refcheck reads;
* ``patterns``: a year, a DOI, a page range;
* ``similarity``: the string distances behind every did-you-mean.
"""
