"""Which entry a citation means: candidates from one index, evidence per candidate, one decision.

names     how a reader compares names (keys, acronyms, short forms)
index     candidates by normalized name, acronym, opening words, title words, trigrams
evidence  one question each about a candidate (year, co-authors, initials, short title, ...)
decide    the one decision and the count of every outcome

(A regular package, not a namespace one: setuptools' packages.find only ships folders with an
__init__.py, so without it a non-editable install, such as the pre-commit hook's, lacks matching/.)
"""
