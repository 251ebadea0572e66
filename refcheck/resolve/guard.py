"""Bounds on every request that leaves the machine: where it may go, how long, how much.

* A link is never fetched from a private, loopback, link-local or otherwise non-public
  address: a paper must not make refcheck probe the network it runs in. The host's name is
  resolved and checked before each request (every redirect hop is a new request), and the
  address a connection actually reached is checked again before a byte is sent on it, so a
  name whose DNS answer changes between the two (DNS rebinding) is refused too.
  ``allow_private`` lifts this. The Crossref API root is the user's own setting and is exempt.
* Every request has a deadline (one per URL for a link, including its redirects and the
  GET after a refused HEAD; the run's remaining budget for Crossref); a server that sends
  one byte every few seconds is cut off at the deadline, not after the last byte.
* Bodies are read in chunks up to a cap: a link's verdict needs its status, so at most
  ``MAX_LINK_BODY`` bytes are read; a Crossref answer larger than ``MAX_API_BODY`` is refused.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any
from urllib.parse import urlsplit

import requests
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

MAX_LINK_BODY = 64 * 1024
MAX_API_BODY = 16 * 1024 * 1024
_CHUNK = 16 * 1024
_local = threading.local()


class PrivateAddress(requests.ConnectionError):
    """The URL's host is (or resolves to) an address that is not on the public internet."""


class DeadlinePassed(requests.Timeout):
    """The request's deadline (or the run's budget) passed before the answer was complete."""


class BodyTooLarge(requests.RequestException):
    """A Crossref answer larger than any real record: refused rather than read into memory."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Requests made by this thread inside the block must finish within SECONDS of now."""
    previous = getattr(_local, "deadline", None)
    _local.deadline = time.monotonic() + seconds if previous is None else min(previous,
                                                                             time.monotonic() + seconds)
    try:
        yield
    finally:
        _local.deadline = previous


def remaining(default: float) -> float:
    """Seconds left before this thread's deadline (DEFAULT when there is none)."""
    end = getattr(_local, "deadline", None)
    return default if end is None else end - time.monotonic()


def is_public(address: str) -> bool:
    """Whether ADDRESS (an IP, maybe with an IPv6 zone) is on the public internet."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    mapped = getattr(ip, "ipv4_mapped", None) or ip
    return mapped.is_global and not mapped.is_multicast


def non_public_address(url: str) -> str | None:
    """The first non-public address URL's host is or resolves to, else None (also when the name
    does not resolve: the request itself then fails and reports a dead host)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").strip("[]")
    if not host:
        return None
    try:
        candidates = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                       type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            return None
        candidates = [str(info[4][0]).split("%", 1)[0] for info in infos]
    return next((address for address in candidates if not is_public(address)), None)


class PrivatePeer(Exception):  # noqa: N818 - raised inside urllib3, turned into PrivateAddress by the adapter
    """A connection reached a non-public address. Deliberately not an OSError: urllib3 would
    retry or wrap one; this one leaves urllib3 and requests untouched and the adapter that
    made the request turns it into :class:`PrivateAddress`."""


class _PeerChecked:
    """Mixed into urllib3's connections: the address the socket reached must be public."""

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()  # type: ignore[misc]
        try:
            peer = str(sock.getpeername()[0])
        except OSError:
            return sock  # not connected after all: the request fails on its own
        if not is_public(peer):
            sock.close()
            raise PrivatePeer(f"{getattr(self, 'host', '')} connected to a private address ({peer})")
        return sock


class _CheckedHTTPConnection(_PeerChecked, HTTPConnection):
    pass


class _CheckedHTTPSConnection(_PeerChecked, HTTPSConnection):
    pass


class _CheckedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _CheckedHTTPConnection


class _CheckedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _CheckedHTTPSConnection


# The pool classes of a link adapter's pool manager: every direct connection is checked where it
# landed. (Through a proxy, the connection is the proxy's; the name check before the request holds.)
PEER_CHECKED_POOLS = {"http": _CheckedHTTPPool, "https": _CheckedHTTPSPool}


def read_capped(response: requests.Response, cap: int, end: float, truncate: bool) -> bytes:
    """The body of a streamed RESPONSE, decoded, read until END (monotonic time) and CAP bytes.

    Past CAP the body is cut there when TRUNCATE (a link: the status is the verdict), else
    BodyTooLarge. Each read waits at most until END, so a drip-feeding server cannot hold
    the run; past END, DeadlinePassed.
    """
    raw = response.raw
    parts: list[bytes] = []
    size = 0
    try:
        while True:
            left = end - time.monotonic()
            if left <= 0:
                raise DeadlinePassed(f"no complete answer from {urlsplit(response.url).netloc} in time")
            _set_read_timeout(raw, left)
            chunk = raw.read1(_CHUNK, decode_content=True) if hasattr(raw, "read1") else raw.read(_CHUNK)
            if not chunk:
                break
            parts.append(chunk)
            size += len(chunk)
            if size > cap:
                if truncate:
                    break
                raise BodyTooLarge(f"answer from {urlsplit(response.url).netloc} is over {cap // 1024 // 1024} MB")
    except TimeoutError as exc:
        raise DeadlinePassed(f"no complete answer from {urlsplit(response.url).netloc} in time") from exc
    except requests.RequestException:
        raise
    except Exception as exc:  # urllib3's ProtocolError, IncompleteRead, DecodeError: a broken transfer
        raise requests.ConnectionError(f"transfer broken off ({type(exc).__name__})") from exc
    finally:
        response.close()
    return b"".join(parts)[:cap] if truncate else b"".join(parts)


def _set_read_timeout(raw: Any, seconds: float) -> None:
    """Shorten the socket's timeout to what is left, so one slow read cannot pass the deadline."""
    sock = getattr(getattr(raw, "connection", None), "sock", None)
    if sock is not None:
        with suppress(OSError):
            sock.settimeout(max(0.01, seconds))
