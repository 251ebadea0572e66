"""Resolve references against Crossref and check their links (``--resolve``, ``--check-urls``).

Importing this package is cheap: it imports nothing until a name is used. The
HTTP stack (requests, requests-cache, the SQLite/Redis cache) is imported the
first time resolving or link checking actually runs, because the CLI's
start-up time is measured and most runs never touch the network.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (the runner imports resolve.run)
if TYPE_CHECKING:
    from refcheck.model import Finding, Reference
    from refcheck.resolve.options import ResolveOptions

__all__ = ["ResolveOptions", "check_urls", "resolve_references"]


def resolve_references(refs: list[Reference], opts: ResolveOptions) -> list[Finding]:
    """Look every reference up in Crossref; see :mod:`refcheck.resolve.resolver`."""
    from refcheck.resolve.resolver import resolve_references as run

    return run(refs, opts)


def check_urls(refs: list[Reference], opts: ResolveOptions) -> list[Finding]:
    """Check every reference's URL; see :mod:`refcheck.resolve.urls`."""
    from refcheck.resolve.urls import check_urls as run

    return run(refs, opts)


def __getattr__(name: str) -> object:
    """``ResolveOptions`` on first use, so that importing ``refcheck.resolve.run`` stays free."""
    if name == "ResolveOptions":
        from refcheck.resolve.options import ResolveOptions

        return ResolveOptions
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
