"""Findings: ``build`` (the one way a finding is made, and the one sort order) over the code
registry in refcheck/codes.py (each code's severity, summary and fix)."""
