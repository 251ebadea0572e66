"""Findings: ``registry`` (each code's severity, summary and fix), ``build`` (the one way a
finding is made, and the one sort order). Import the modules; this package's init imports
nothing, so the value types in model.py can read the registry without a cycle."""
