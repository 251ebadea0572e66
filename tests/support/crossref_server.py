"""A local stand-in for api.crossref.org (and for arbitrary web pages) used by the resolve tests.

It serves the recorded real Crossref responses in ``fixtures/crossref/``
(see PROVENANCE.md there) by route — ``/works/{doi}``, ``/works/{doi}/agency``
and ``/works?query.bibliographic=`` — and counts every request it receives, so
a test can assert that a second run sent nothing. Tests can script one-off
answers (a 429 with Retry-After, a 500, garbage, a slow reply) ahead of the
default routing, and add static routes for link checks. Standard library
only, so the benchmark can use it without pytest.
"""

from __future__ import annotations

import json
import re
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "crossref"
NOT_FOUND_BODY = b"Resource not found."


@dataclass
class Canned:
    """One scripted answer. ``body`` may be bytes, text or a JSON-able object."""

    status: int = 200
    body: Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    # "reset": close the connection without answering; "truncate": promise more body than is sent;
    # "drip": send the body one byte every ``delay`` seconds (a server that never quite stalls)
    fault: str = ""

    def payload(self) -> tuple[bytes, str]:
        if isinstance(self.body, bytes):
            return self.body, self.headers.get("Content-Type", "text/plain")
        if isinstance(self.body, str):
            return self.body.encode(), self.headers.get("Content-Type", "text/plain")
        return json.dumps(self.body).encode(), "application/json"


@dataclass(frozen=True)
class Seen:
    method: str
    path: str  # decoded path
    query: dict[str, list[str]]
    headers: dict[str, str]


def _norm_query(text: str) -> str:
    text = re.sub(r"^\s*\[\s*\w+\s*\]\s*", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


class FakeCrossref:
    def __init__(
        self,
        fixtures: Path = FIXTURES,
        latency: float = 0.0,
        fallback: Callable[[Seen], Canned | None] | None = None,
    ) -> None:
        self.latency = latency
        self.fallback = fallback
        self.requests: list[Seen] = []
        self._scripts: list[tuple[str, list[Canned]]] = []
        self._routes: dict[str, Canned] = {}
        self._lock = threading.Lock()
        self._works: dict[str, Path] = {}
        self._agency: dict[str, Path] = {}
        self._searches: dict[str, Path] = {}
        self._empty: Path | None = None
        self._active = 0
        self.max_active = 0
        for entry in json.loads((fixtures / "index.json").read_text()):
            path = fixtures / entry["file"]
            if entry.get("message_type") == "work" and entry.get("doi"):
                self._works[entry["doi"].lower()] = path
            elif entry.get("message_type") == "work-agency":
                self._agency[entry["doi"].lower()] = path
            elif entry.get("message_type") == "work-list":
                q = (entry.get("query") or {}).get("query.bibliographic") or (entry.get("query") or {}).get(
                    "query"
                )
                if entry.get("total_results") == 0:
                    self._empty = path
                elif q:
                    self._searches[_norm_query(q[0])] = path
            elif entry["file"].startswith("works/item__"):  # list items cut out of a recording
                doi = json.loads(path.read_text()).get("DOI", "")
                self._works[doi.lower()] = path
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- control --------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeCrossref:
        # serve_forever's default 0.5 s poll made every stop() wait up to half a second (~24 s of suite time)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeCrossref:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def script(self, path_prefix: str, *answers: Canned) -> None:
        """Answer the next requests whose path starts with ``path_prefix`` with these, in order."""
        with self._lock:
            self._scripts.append((path_prefix, list(answers)))

    def route(self, path: str, answer: Canned) -> None:
        """A fixed answer for an exact path (web pages for link checks)."""
        self._routes[path] = answer

    def count(self, path_prefix: str = "/") -> int:
        return sum(1 for r in self.requests if r.path.startswith(path_prefix))

    # -- serving --------------------------------------------------------------------------------

    def answer(self, seen: Seen) -> Canned:
        with self._lock:
            for i, (prefix, answers) in enumerate(self._scripts):
                if seen.path.startswith(prefix) and answers:
                    answer = answers.pop(0)
                    if not answers:
                        del self._scripts[i]
                    return answer
        if seen.path in self._routes:
            return self._routes[seen.path]
        if self.fallback is not None:
            custom = self.fallback(seen)
            if custom is not None:
                return custom
        if seen.path.startswith("/works/"):
            doi = seen.path[len("/works/") :].lower()
            if doi.endswith("/agency"):
                file = self._agency.get(doi[: -len("/agency")])
            else:
                file = self._works.get(doi)
                if file is not None and file.name.startswith("item__"):  # bare item: wrap it
                    item = json.loads(file.read_text())
                    return Canned(200, {"status": "ok", "message-type": "work", "message": item})
            if file is None:
                return Canned(404, NOT_FOUND_BODY)
            return Canned(200, file.read_bytes(), {"Content-Type": "application/json"})
        if seen.path.rstrip("/") == "/works" and "query.bibliographic" in seen.query:
            file = self._searches.get(_norm_query(seen.query["query.bibliographic"][0])) or self._empty
            assert file is not None
            return Canned(200, file.read_bytes(), {"Content-Type": "application/json"})
        return Canned(404, NOT_FOUND_BODY)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def setup(self) -> None:
                super().setup()
                # headers and body go out in separate writes: without this, Nagle's algorithm and
                # delayed ACKs add ~40 ms to every answer, which would swamp the benchmark
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _serve(self, with_body: bool) -> None:
                parts = urlsplit(self.path)
                seen = Seen(self.command, unquote(parts.path), parse_qs(parts.query), dict(self.headers))
                with fake._lock:
                    fake.requests.append(seen)
                    fake._active += 1
                    fake.max_active = max(fake.max_active, fake._active)
                try:
                    answer = fake.answer(seen)
                    if (fake.latency or answer.delay) and answer.fault != "drip":
                        time.sleep(fake.latency + answer.delay)
                finally:
                    # counted while "thinking" only: the client may see the reply and send its next
                    # request before this thread has finished writing, which is not concurrency
                    with fake._lock:
                        fake._active -= 1
                try:
                    if answer.fault == "reset":
                        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                        self.close_connection = True
                        return
                    body, content_type = answer.payload()
                    self.send_response(answer.status)
                    headers = {"Content-Type": content_type, **answer.headers}
                    for key, value in headers.items():
                        self.send_header(key, value)
                    length = len(body) * 2 + 10 if answer.fault == "truncate" else len(body)
                    self.send_header("Content-Length", str(length))
                    self.end_headers()
                    if with_body and answer.fault == "drip":
                        for i in range(len(body)):
                            self.wfile.write(body[i:i + 1])
                            self.wfile.flush()
                            time.sleep(answer.delay)
                    elif with_body:
                        self.wfile.write(body)
                    if answer.fault == "truncate":
                        self.close_connection = True
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                self._serve(True)

            def do_HEAD(self) -> None:  # noqa: N802
                self._serve(False)

        return Handler


# -- helpers shared by the resolve tests -------------------------------------------------------


def make_ref(
    raw: str = "", *, type: str = "article", line: int = 1, ref_id: str = "r1", **fields: Any
) -> Any:
    """A parsed reference as the parser would hand it over; ``authors`` may be family names."""
    from refcheck.model import Fields, Name, Reference

    authors = [a if isinstance(a, Name) else Name(family=a) for a in fields.pop("authors", [])]
    return Reference(
        id=ref_id, line=line, column=1, raw=raw, type=type, fields=Fields(authors=authors, **fields)
    )


def options(server: FakeCrossref, tmp_path: Path, **overrides: Any) -> Any:
    """Options pointing at the fake server with a private cache and test-speed retries."""
    from refcheck.resolve import ResolveOptions

    values: dict[str, Any] = {
        "base_url": server.url,
        "cache": str(tmp_path / "cache.sqlite"),
        "mailto": "test@example.org",
        "progress": False,
        "timeout": 2.0,
        "backoff": 0.01,
        "max_retries": 2,
        "records_per_second": 1000.0,
        "searches_per_second": 1000.0,
    }
    values.update(overrides)
    return ResolveOptions(**values)
