"""Errors that end the processing of one input file (never the whole run)."""

from __future__ import annotations


class InputError(Exception):
    """A file that cannot be read as a paper: the CLI prints one line and exits 2.

    Carries the path so the message always names the file; the run goes on with
    the other files.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
