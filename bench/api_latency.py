"""Latency of a filtered page of events through the HTTP API, on a store of 100k events.

How to run (from the repository root; about 2 minutes on 2 cores, 20-40 s of it building the store):

    .venv/bin/python bench/api_latency.py [--events 100000] [--requests 200] [--db /tmp/bench.db]

What it does: extracts the seed article (../shared/seed/belarus_dprk_2024-07-24.txt, skipped if
missing) and the shipped example with the real pipeline, ingests them into a temporary SQLite file,
then replicates their stored events, participants, countries, mentions, claims and actors at the SQL
level until the store holds --events events: each copy gets distinct event ids, its own actors (ids
and aliases suffixed with the copy's "world", 500 worlds) and its dates shifted by whole days. It then
serves the store with uvicorn on 127.0.0.1 (a free port) and times --requests GETs of each query in
QUERIES (every filter of /api/events alone and combined, common and rare values, every sort key, a
deep page) with httpx, after a warm-up, and prints p50/p95 per query against the 50 ms target. The
numbers, each query's parameters and the load average are written to bench/data/api_latency.json.

Last measured 2026-11-27 (2-core machine shared with other jobs, load average 2.0-2.6 during the run;
Python 3.11.7, SQLite, 100,000 events, 11,010 actors, 169,705 mentions; httpx -> uvicorn on
127.0.0.1): every query p95 <= 21.4 ms. p50/p95 ms:

    type+date range 19.7/21.3    actor alias 6.5/7.3          country, page 20 12.0/13.1
    all, sort -confidence 16.2/18.3                           factuality+since 17.1/18.9
    all, default page 11.8/13.3  all, page 1000 10.1/11.9     type, rare 8.7/10.4
    actor, 32k events 14.9/17.5  actor id, sort -date 18.1/20.4                country, place only 16.9/19.7
    country+type+since 17.2/19.2 country, sort -conf 12.7/14.7                 since 12.5/15.4
    until 9.2/10.2               since+until, sort -date 14.0/15.0             factuality, rare 8.6/10.8
    sort -date 7.7/9.2   sort type 7.3/8.3   sort -type 7.9/9.5   sort confidence 6.6/8.0
    sort mentions 7.7/10.0   sort -mentions 8.0/9.1   sort id 7.8/8.5   type, sort -mentions 20.3/21.4

An earlier run at load 2.7-3.5 had every p95 <= 35.3 ms. Before (the same day, load 0.4-0.9, with the
indexes of the session before): type+date range 12.0/15.1, actor alias 5.5/5.9, country, page 20
207.5/214.6, all, sort -confidence 14.9/81.9, factuality+since 27.2/28.8 (p50/p95 ms); before those
indexes p95 was 114, 19, 666, 226 and 217 ms (bench/data/api_latency_with_indexes.json has the middle
step). In-process (no HTTP) on one identical store, old query path -> Store.event_page, p50 ms:
country page 20 220 -> 9, actor with 32k events 98 -> 11, country sort -confidence 124 -> 9,
country+type+since 55 -> 13, since 52 -> 8, since+until 63 -> 9, factuality+since 25 -> 13, sort
type/-type 15/22 -> 4, sort mentions 25 -> 5; type+date range went 8 -> 15 (its index now leads with
date_max, which suits "since" better than this early, two-sided range); the rest within 1 ms.

What fixed it (src/dragoman/store.py):
- The country filter was an OR of the place's country with a subquery over participants joined to
  actors: no index serves it, 50 ms for the count alone. The derived table event_countries
  (country, event_id) makes it one index range; count 1-3 ms.
- SQLite plans without statistics, and picked the wrong one of two plans: for an actor or country
  filter it read all 30-60k matches and sorted them; for since/until it walked the date index from
  the end where nothing matches. Store.event_page chooses by cheap index counts: start from the
  smallest filter (up to WALK_ABOVE rows), else walk the sort index testing each row; a date-sorted
  page gets bounds on date_start so that the walk starts at the matches.
- An index per sort key, ending in the id (no sort step for a page), and covering (type|factuality,
  date_max, date_min, date_start, id) indexes for filtered counts and pages.
- The page total: an exact count, 0-10 ms here (the largest: distinct events of a 30k-event actor,
  and a three-filter combination).
- The server freezes its startup heap (gc.freeze in the app's lifespan): a full garbage collection
  otherwise scanned every long-lived object, 70-100 ms, and hit over 5% of the pages with many
  mentions (the p95 of 81.9 ms above).
Where the time goes now: building the Event objects of a page (Store._load_events, up to 10 ms for 50
events with 13 mentions each) and the JSON response; the SQL is 1-10 ms.

PostgreSQL (the same 100k store copied into a local server and ANALYZEd; Store.event_page called
in-process, no HTTP, load 2.1-2.5): p50 11-52 ms, p95 14-65 ms, not yet under the target for every
query. It plans the plain query itself (plus the date_start bounds); the time is mostly the count of a
two-sided date range (type+date range, 8 ms) and rare filters whose matches bunch at one end of the
sort order (country, place only: it walks 13k rows of the date index).
"""

from __future__ import annotations

import argparse
import json
import os
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
RAREST = "<rarest>"  # the store's least frequent value of that column (what the pipeline extracts changes)
# Every filter of /api/events alone and combined, common and rare values, every sort key, deep pages.
QUERIES = {
    "type+date range": {"type": "CONSULT", "since": "2024-01", "until": "2024-12", "limit": 50},
    "actor alias": {"actor": "Ryzhenkov w17", "limit": 50},
    "country, page 20": {"country": "PRK", "limit": 50, "offset": 1000},
    "all, sort -confidence": {"sort": "-confidence", "limit": 50},
    "factuality+since": {"factuality": "reported", "since": "2025-01", "limit": 100},
    "all, default page": {},
    "all, page 1000": {"limit": 50, "offset": 50_000},
    "type, rare": {"type": RAREST, "limit": 50},
    "actor, 32k events": {"actor": "North Korea", "limit": 50},
    "actor id, sort -date": {"actor": "PRK", "sort": "-date", "limit": 50},
    "country, place only": {"country": "UGA", "limit": 50},
    "country+type+since": {"country": "KAZ", "type": "AGREE", "since": "2026", "limit": 50},
    "country, sort -conf": {"country": "RUS", "sort": "-confidence", "limit": 50},
    "since": {"since": "2030-06", "limit": 50},
    "until": {"until": "2024-03", "limit": 50},
    "since+until, sort -date": {"since": "2027", "until": "2028", "sort": "-date", "limit": 50},
    "factuality, rare": {"factuality": RAREST, "limit": 50},
    "sort -date": {"sort": "-date", "limit": 50},
    "sort type": {"sort": "type", "limit": 50},
    "sort -type": {"sort": "-type", "limit": 50},
    "sort confidence": {"sort": "confidence", "limit": 50},
    "sort mentions": {"sort": "mentions", "limit": 50},
    "sort -mentions": {"sort": "-mentions", "limit": 50},
    "sort id": {"sort": "id", "limit": 50},
    "type, sort -mentions": {"type": RAREST, "sort": "-mentions", "limit": 50},
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
        event_countries,
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
        t_countries = [dict(r._mapping) for r in conn.execute(select(event_countries))]
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
            # a copy's actors keep their originals' countries, so its events keep their countries
            conn.execute(insert(event_countries), [c | {"event_id": ids[c["event_id"]]} for c in t_countries
                                                   if c["event_id"] in ids])
    store.close()


def measure(path: Path, requests: int) -> dict[str, dict[str, float]]:
    import httpx
    import uvicorn
    from sqlalchemy import func, select

    from dragoman.serve.app import create_app
    from dragoman.store import Store, events

    store = Store(f"sqlite:///{path}")
    with store.engine.connect() as conn:
        rarest = {col: conn.execute(select(getattr(events.c, col)).group_by(getattr(events.c, col))
                                    .order_by(func.count(), getattr(events.c, col)).limit(1)).scalar_one()
                  for col in ("type", "factuality")}
    queries = {name: {k: rarest[k] if v == RAREST else v for k, v in params.items()}
               for name, params in QUERIES.items()}
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
            for name, params in queries.items():
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
                                 "total": body["total"], "items": len(body["items"]), "params": params}
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
    load_before = os.getloadavg()
    results = measure(args.db, args.requests)
    load = [round(x, 2) for x in (*load_before, *os.getloadavg())]
    print(f"\n{'query':<24}{'p50 ms':>9}{'p95 ms':>9}{'p95/50ms':>10}{'total':>9}")
    for name, r in results.items():
        print(f"{name:<24}{r['p50_ms']:>9.1f}{r['p95_ms']:>9.1f}{r['p95_ms'] / TARGET_MS:>10.2f}{r['total']:>9,}")
    out = ROOT / "bench" / "data" / "api_latency.json"
    print(f"load average (1, 5, 15 min) before {load[:3]}, after {load[3:]} on {os.cpu_count()} cores")
    out.write_text(json.dumps({"events": counts["events"], "requests": args.requests, "target_ms": TARGET_MS,
                               "python": sys.version.split()[0], "cores": os.cpu_count(),
                               "load_before_after": load, "results": results}, indent=1) + "\n")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
