"""Resolve references against Crossref and check their links (``--resolve``, ``--check-urls``).

Importing this package is cheap: it pulls in only the options dataclass. The
HTTP stack (requests, requests-cache, the SQLite/Redis cache) is imported the
first time resolving or link checking actually runs, because the CLI's
start-up time is measured and most runs never touch the network.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from refcheck.resolve.options import ResolveOptions

if TYPE_CHECKING:
    from refcheck.model import Finding, Reference

__all__ = ["ResolveOptions", "check_urls", "resolve_references"]


def resolve_references(refs: list[Reference], opts: ResolveOptions) -> list[Finding]:
    """Look every reference up in Crossref; see :mod:`refcheck.resolve.resolver`."""
    from refcheck.resolve.resolver import resolve_references as run

    return run(refs, opts)


def check_urls(refs: list[Reference], opts: ResolveOptions) -> list[Finding]:
    """Check every reference's URL; see :mod:`refcheck.resolve.urls`."""
    from refcheck.resolve.urls import check_urls as run

    return run(refs, opts)
