"""Benchmark: resolving a 45-entry paper against a faulty Crossref (issue 17).

The local Crossref stand-in answers each request, with probability ``--faults``, with one
of the faults a real network produces: 500/502/503, 429 with Retry-After, a reply slower
than the timeout, a 200 with garbage, a truncated body, a reset connection, or an HTML
page with status 200 (a proxy's error page). Reported: wall time, requests sent, and how
the entries ended (verified / corrected / not-found / unchecked); then a full outage (every
request a 503; then every connection reset; then every reply hanging), and the warm rerun
after a faulty run (served from the cache only for the answers that were valid).
Targets: 30% faults under 60 s, a full outage under 10 s; every entry ends in one of the
four states. Production settings (timeouts, retries, back-off, budget, breaker).

    python benchmarks/bench_faults.py [--entries 45] [--faults 0.3] [--seed 17]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_resolve import answer, entries  # noqa: E402
from crossref_server import Canned, FakeCrossref, Seen  # noqa: E402

from refcheck.resolve import ResolveOptions, resolve_references  # noqa: E402

FAULTS = {
    "5xx": lambda rng: Canned(rng.choice((500, 502, 503)), "server error"),
    "429": lambda rng: Canned(429, "slow down", {"Retry-After": "1"}),
    "slow": lambda rng: Canned(200, b"{}", {"Content-Type": "application/json"}, delay=30.0),
    "garbage": lambda rng: Canned(200, b"\x00\xff{not json", {"Content-Type": "application/json"}),
    "truncated": lambda rng: Canned(200, b'{"status": "ok", "message": {"DOI"', {"Content-Type": "application/json"},
                                    fault="truncate"),
    "reset": lambda rng: Canned(200, b"", fault="reset"),
    "html200": lambda rng: Canned(200, "<html><body>Proxy error</body></html>", {"Content-Type": "text/html"}),
}


def faulty(rate: float, seed: int, kinds: tuple[str, ...] = tuple(FAULTS)):
    rng = random.Random(seed)
    injected: Counter[str] = Counter()

    def respond(seen: Seen) -> Canned | None:
        if rng.random() < rate:
            kind = rng.choice(kinds)
            injected[kind] += 1
            return FAULTS[kind](rng)
        return answer(seen)

    return respond, injected


def run(label: str, server: FakeCrossref, cache: Path, n: int, injected: Counter | None = None) -> list:
    refs = entries(n)
    opts = ResolveOptions(base_url=server.url, cache=str(cache), mailto="bench@example.org", progress=False)
    before = len(server.requests)
    start = time.monotonic()
    resolve_references(refs, opts)
    took = time.monotonic() - start
    states = Counter(r.extra["resolution"]["status"] for r in refs)
    print(f"{label:<34} {took:6.1f} s  {len(server.requests) - before:4d} requests  {dict(sorted(states.items()))}"
          + (f"  faults {dict(sorted(injected.items()))}" if injected else ""))
    assert set(states) <= {"verified", "corrected", "not-found", "unchecked"}
    return refs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entries", type=int, default=45)
    ap.add_argument("--faults", type=float, default=0.3)
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        respond, injected = faulty(args.faults, args.seed)
        with FakeCrossref(fallback=respond) as server:
            run(f"{args.faults:.0%} faults, cold cache", server, Path(tmp) / "c.sqlite", args.entries, injected)
            server.fallback = answer
            run("warm rerun, healthy server", server, Path(tmp) / "c.sqlite", args.entries)
        for kind, canned in (("503", Canned(503, "down")), ("reset", Canned(200, b"", fault="reset")),
                             ("hang", Canned(200, b"{}", delay=60.0))):
            with FakeCrossref(fallback=lambda seen, c=canned: c) as server:
                run(f"full outage ({kind}), cold cache", server, Path(tmp) / f"o-{kind}.sqlite", args.entries)


if __name__ == "__main__":
    main()
