"""argparse's help formatter at the terminal's width, found without importing shutil.

`refcheck --help` and the pre-commit hook pay for every import at start-up; shutil pulls
in its compression modules just to read the terminal size.
"""

from __future__ import annotations

import argparse
import os
import sys


def terminal_columns() -> int:
    """shutil.get_terminal_size().columns without importing shutil (and its compression
    modules): $COLUMNS, else the terminal stdout is on, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, with the width it would pick found without importing shutil."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         terminal_columns() - 2 if width is None else width)
