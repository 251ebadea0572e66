"""Labelled spans -> normalized field values, one small module per field.

Each normalizer takes the raw text the tagger labelled (punctuation as printed)
and returns the value refcheck stores; they know nothing about the tagger, so
they are tested, and reused, on plain strings.
"""
