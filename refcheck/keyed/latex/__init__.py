"""LaTeX papers: the reader (``\\input``, comments), ``\\cite`` forms, bibliography names and the check.

Entry points are in :mod:`refcheck.keyed`; nothing is imported here so that importing a
submodule costs only that submodule.
"""
