"""Shared fixtures; tests/support (helpers, not tests) goes on the import path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "support"))

from crossref_server import FakeCrossref  # noqa: E402


@pytest.fixture
def server():
    """A local stand-in for api.crossref.org serving recorded responses; counts every request."""
    with FakeCrossref() as fake:
        yield fake
