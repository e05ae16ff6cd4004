"""Latency of a filtered page of events through the HTTP API, on a store of 100k events.

How to run (from the repository root, takes about 2-4 minutes on 2 cores):

    .venv/bin/python bench/api_latency.py [--events 100000] [--requests 200] [--db /tmp/bench.db]

What it does: extracts the seed article (../shared/seed/belarus_dprk_2024-07-24.txt, skipped if
missing) and the shipped example with the real pipeline, ingests them into a temporary SQLite file,
then replicates their stored events, participants, mentions, claims and actors at the SQL level
until the store holds --events events: each copy gets distinct event ids, its own actors (ids and
aliases suffixed with the copy's "world", 500 worlds) and its dates shifted by whole days. It then
serves the store with uvicorn on 127.0.0.1 (a free port) and times --requests GETs of each query
below with httpx, after a warm-up, and prints p50/p95 per query against the 50 ms target. The
numbers are also written to bench/data/api_latency.json.

Last measured (2-core machine shared with other jobs, Python 3.11.7, SQLite, 100,000 events, 11,010
actors, 162,500 mentions; httpx -> uvicorn on 127.0.0.1; bench/data/api_latency.json):

    query                    p50 ms  p95 ms  p95/50ms   total
    type+date range           104.9   114.0     2.28    3,940
    actor alias                14.2    18.8     0.38       14
    country, page 20          576.3   665.5    13.31   62,500
    all, sort -confidence      74.2   226.1     4.52  100,000
    factuality+since          183.7   216.9     4.34   15,139

With the indexes proposed for store.py added by hand to the same file (100 requests per query;
bench/data/api_latency_with_indexes.json): 29/57, 20/42, 184/216, 41/194, 63/70 ms (p50/p95).
Where the time goes: the exact `total` count and the ORDER BY date_start, id sort (temp B-tree)
without a matching composite index; the country filter's OR (place country, or any participant's
actor country) cannot use one index and needs a denormalized event_countries table.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TARGET_MS = 50.0
QUERIES = {
    "type+date range": {"type": "CONSULT", "since": "2024-01", "until": "2024-12", "limit": 50},
    "actor alias": {"actor": "Ryzhenkov w17", "limit": 50},
    "country, page 20": {"country": "PRK", "limit": 50, "offset": 1000},
    "all, sort -confidence": {"sort": "-confidence", "limit": 50},
    "factuality+since": {"factuality": "reported", "since": "2025-01", "limit": 100},
}


def _shift(value: str | None, days: int) -> str | None:
    """Shift a day date by `days`; month and year dates move by whole years so they stay honest."""
    if not value:
        return value
    if len(value) == 10:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    years = days // 365
    return f"{int(value[:4]) + years:04d}{value[4:]}"


def _bound(value: str | None, days: int, precision: str | None) -> str | None:
    """A period bound (always YYYY-MM-DD) shifted like its date: by days, or by whole years."""
    if not value or precision == "day":
        return _shift(value, days)
    return f"{int(value[:4]) + days // 365:04d}{value[4:]}"


def build_store(path: Path, n_events: int, worlds: int = 500) -> None:
    from sqlalchemy import insert, select

    from dragoman.model import Article
    from dragoman.pipeline import Pipeline
    from dragoman.readers import iter_articles
    from dragoman.store import (
        Store,
        actor_aliases,
        actor_mentions,
        actor_roles,
        actors,
        claims,
        event_mentions,
        event_participants,
        events,
    )

    inputs = [p for p in (ROOT.parent / "shared" / "seed" / "belarus_dprk_2024-07-24.txt",
                          ROOT / "examples" / "kazakh_minister_visit_2025-03-12.txt") if p.exists()]
    store = Store(f"sqlite:///{path}")
    pipeline = Pipeline()
    for item in iter_articles([str(p) for p in inputs]):
        assert isinstance(item, Article), item
        store.ingest(pipeline.extract_article(item))
    with store.engine.begin() as conn:
        t_events = [dict(r._mapping) for r in conn.execute(select(events))]
        t_parts = [dict(r._mapping) for r in conn.execute(select(event_participants))]
        t_ment = [dict(r._mapping) for r in conn.execute(select(event_mentions))]
        t_claims = [dict(r._mapping) for r in conn.execute(select(claims))]
        t_actors = [dict(r._mapping) for r in conn.execute(select(actors))]
        t_alias = [dict(r._mapping) for r in conn.execute(select(actor_aliases))]
        t_roles = [dict(r._mapping) for r in conn.execute(select(actor_roles))]
        t_amen = [dict(r._mapping) for r in conn.execute(select(actor_mentions))]
        for row in t_ment + t_claims + t_roles + t_amen:
            row.pop("id", None)
        # one set of actors per world (countries stay shared: there is one North Korea)
        people = {a["id"] for a in t_actors if a["kind"] != "country"}
        for w in range(1, worlds):
            conn.execute(insert(actors), [a | {"id": f"{a['id']}-w{w}", "name": f"{a['name']} w{w}"}
                                          for a in t_actors if a["id"] in people])
            conn.execute(insert(actor_aliases), [
                {"actor_id": f"{r['actor_id']}-w{w}", "alias": f"{r['alias']} w{w}",
                 "alias_lower": f"{r['alias_lower']} w{w}"} for r in t_alias if r["actor_id"] in people])
            conn.execute(insert(actor_roles), [r | {"actor_id": f"{r['actor_id']}-w{w}"}
                                               for r in t_roles if r["actor_id"] in people])
            conn.execute(insert(actor_mentions), [r | {"actor_id": f"{r['actor_id']}-w{w}"}
                                                  for r in t_amen if r["actor_id"] in people])
        copies = max(0, -(-n_events // len(t_events)) - 1)
        for k in range(1, copies + 1):
            w, days = k % worlds, k
            left = n_events - len(t_events) * k
            batch = t_events[:left] if left < len(t_events) else t_events
            ids = {e["id"]: f"{e['id']}-{k}" for e in batch}

            def actor(a: str, w: int = w) -> str:
                return f"{a}-w{w}" if w and a in people else a

            conn.execute(insert(events), [e | {
                "id": ids[e["id"]], "date_value": _shift(e["date_value"], days),
                "date_start": _shift(e["date_start"], days), "date_end": _shift(e["date_end"], days),
                "date_min": _bound(e["date_min"], days, e["date_precision"]),
                "date_max": _bound(e["date_max"], days, e["date_precision"])} for e in batch])
            conn.execute(insert(event_participants), [p | {"event_id": ids[p["event_id"]],
                                                           "actor_id": actor(p["actor_id"])}
                                                      for p in t_parts if p["event_id"] in ids])
            conn.execute(insert(event_mentions), [m | {"event_id": ids[m["event_id"]]}
                                                  for m in t_ment if m["event_id"] in ids])
            conn.execute(insert(claims), [c | {"event_id": ids[c["event_id"]]} for c in t_claims
                                          if c["event_id"] in ids])
    store.close()


def measure(path: Path, requests: int) -> dict[str, dict[str, float]]:
    import httpx
    import uvicorn

    from dragoman.api import create_app
    from dragoman.store import Store

    store = Store(f"sqlite:///{path}")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store, token="bench"), host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    results: dict[str, dict[str, float]] = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for name, params in QUERIES.items():
                for _ in range(5):  # warm-up
                    client.get("/api/events", params=params).raise_for_status()
                times = []
                for _ in range(requests):
                    t0 = time.perf_counter()
                    r = client.get("/api/events", params=params)
                    times.append((time.perf_counter() - t0) * 1000)
                    r.raise_for_status()
                body = r.json()
                times.sort()
                results[name] = {"p50_ms": round(statistics.median(times), 2),
                                 "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
                                 "total": body["total"], "items": len(body["items"])}
    finally:
        server.should_exit = True
        thread.join(10)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--db", type=Path, help="Reuse (or build) the store here instead of a temp file.")
    args = parser.parse_args()
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="dragoman-bench-")
        args.db = Path(tmp.name) / "bench.db"
    t0 = time.perf_counter()
    if not args.db.exists():
        build_store(args.db, args.events)
    built = time.perf_counter() - t0
    from dragoman.store import Store

    counts = Store(f"sqlite:///{args.db}").counts()
    print(f"store: {counts['events']:,} events, {counts['actors']:,} actors, {counts['event_mentions']:,} mentions "
          f"(built in {built:.0f} s) -> {args.db}")
    results = measure(args.db, args.requests)
    print(f"\n{'query':<24}{'p50 ms':>9}{'p95 ms':>9}{'p95/50ms':>10}{'total':>9}")
    for name, r in results.items():
        print(f"{name:<24}{r['p50_ms']:>9.1f}{r['p95_ms']:>9.1f}{r['p95_ms'] / TARGET_MS:>10.2f}{r['total']:>9,}")
    out = ROOT / "bench" / "data" / "api_latency.json"
    out.write_text(json.dumps({"events": counts["events"], "requests": args.requests, "target_ms": TARGET_MS,
                               "python": sys.version.split()[0], "results": results}, indent=1) + "\n")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
