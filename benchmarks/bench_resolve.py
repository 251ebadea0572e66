"""Benchmark: resolving a 200-entry reference list against a local Crossref with 100 ms latency.

Measures, each with a cold private cache:

* the default settings (polite pool: 3 concurrent, 10 records/s, 3 searches/s);
* one request at a time (concurrency 1, same rates);
* the same two without the rate limits, to show what concurrency alone buys;

then the warm-cache rerun of the default (expected: 0 requests, well under 1 s).

The mix is 150 entries with a DOI and 50 without (searched), like a typical
paper's list. Every answer is made from recorded Crossref responses
(fixtures/crossref): one recorded record with the DOI replaced, and one
recorded search response. Nothing touches the network.

    python benchmarks/bench_resolve.py [--entries 200] [--latency 0.1] [--no-unthrottled]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))

from crossref_server import FIXTURES, Canned, FakeCrossref, Seen, make_ref  # noqa: E402

from refcheck.resolve import ResolveOptions, resolve_references  # noqa: E402

RECORD = json.loads((FIXTURES / "works" / "works_10.1038_ng.3834.json").read_text())
SEARCH = (next((FIXTURES / "search").glob("works__rows_5_query.bibliographic_Tkaczyk_IJDAR*"))).read_bytes()


def answer(seen: Seen) -> Canned | None:
    """Any /works/10.5555/bench-N gets the recorded record re-labelled; any search the recorded list."""
    if seen.path.startswith("/works/10.5555/bench-"):
        body = json.loads(json.dumps(RECORD))
        body["message"]["DOI"] = seen.path[len("/works/") :]
        return Canned(200, body)
    if seen.path == "/works":
        return Canned(200, SEARCH, {"Content-Type": "application/json"})
    return None


def entries(n: int) -> list:
    refs = []
    for i in range(n):
        if i % 4 == 3:  # a quarter without DOI: searched
            raw = f"Author{i}, A. ({2000 + i % 20}). Paper number {i} on a topic. Journal {i % 7}, {i}, {i}-{i + 9}."
            refs.append(
                make_ref(
                    raw,
                    ref_id=f"r{i}",
                    line=i + 1,
                    authors=[f"Author{i}"],
                    year=str(2000 + i % 20),
                    title=f"Paper number {i} on a topic",
                    container=f"Journal {i % 7}",
                    volume=str(i),
                    pages=f"{i}-{i + 9}",
                )
            )
        else:
            refs.append(
                make_ref(
                    "Chiang (2017) ...",
                    ref_id=f"r{i}",
                    line=i + 1,
                    authors=["Chiang"],
                    year="2017",
                    title="The impact of structural variation on human gene expression",
                    container="Nature Genetics",
                    volume="49",
                    pages="692-699",
                    doi=f"10.5555/bench-{i}",
                )
            )
    return refs


def run(server: FakeCrossref, cache: Path, n: int, **overrides: object) -> tuple[float, int, dict[str, int]]:
    opts = ResolveOptions(
        base_url=server.url, cache=str(cache), mailto="bench@example.org", progress=False, **overrides
    )  # type: ignore[arg-type]
    refs = entries(n)
    before = len(server.requests)
    start = time.perf_counter()
    resolve_references(refs, opts)
    elapsed = time.perf_counter() - start
    statuses: dict[str, int] = {}
    for ref in refs:
        status = ref.extra["resolution"]["status"]
        statuses[status] = statuses.get(status, 0) + 1
    return elapsed, len(server.requests) - before, statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--no-unthrottled", action="store_true", help="skip the runs without rate limits")
    args = parser.parse_args()
    n = args.entries
    print(
        f"bench_resolve: {n} entries ({n - n // 4} with DOI, {n // 4} searched), "
        f"local server with {args.latency * 1000:.0f} ms latency"
    )
    configs: list[tuple[str, dict[str, object]]] = [
        ("default (3 concurrent, 10 rec/s, 3 search/s)", {}),
        ("one at a time (same rates)", {"concurrency": 1}),
    ]
    if not args.no_unthrottled:
        fast = {"records_per_second": 1000.0, "searches_per_second": 1000.0}
        configs += [
            ("no rate limit, 3 concurrent", fast),
            ("no rate limit, one at a time", {**fast, "concurrency": 1}),
        ]
    ok = True
    with tempfile.TemporaryDirectory() as tmp, FakeCrossref(latency=args.latency, fallback=answer) as server:
        for i, (label, overrides) in enumerate(configs):
            cache = Path(tmp) / f"cache{i}.sqlite"
            elapsed, requests, statuses = run(server, cache, n, **overrides)
            print(f"  {label:48} {elapsed:7.2f} s  {requests:4d} requests  {statuses}")
            if i == 0:
                warm, warm_requests, _ = run(server, cache, n)
                default_cache = cache
        print(f"  {'warm-cache rerun of the default':48} {warm:7.2f} s  {warm_requests:4d} requests")
        ok = warm_requests == 0 and warm < 1.0
        del default_cache
    print("warm rerun: " + ("OK (0 requests, < 1 s)" if ok else "FAILED (expected 0 requests and < 1 s)"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
