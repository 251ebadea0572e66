"""Shared fixtures."""

from __future__ import annotations

import pytest
from crossref_server import FakeCrossref


@pytest.fixture
def server():
    """A local stand-in for api.crossref.org serving recorded responses; counts every request."""
    with FakeCrossref() as fake:
        yield fake
