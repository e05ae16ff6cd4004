"""Benchmark: PLOVER's size, dead and injured (events.magnitude) against the PLOVER gold-standard records.

Run:  python bench/magnitude_plover.py [path/to/plover_gsr_dev.jsonl] [--pipeline] [--errors]

Data: `$DRAGOMAN_EVALDATA/plover_gsr_cameo/plover_gsr_dev.jsonl` (default `/work/shared/evaldata`), read at run
time and never copied into the repository. Each record is one sentence and one gold event; 23 of its values are
coded (12 size, 9 dead, 2 injured), a small sample: a count moves a score by 4 to 50 points.

By default the rules read the sentence with the gold event type (0.5b1 FIGHT read as the 2021 ASSAULT), which
scores `magnitude` alone. With --pipeline the sentence goes through the whole pipeline, and the values of its first
event of the gold type are scored (a missed event type then misses its magnitudes too).

A gold vague size ("thousands", "scores") is its smallest plural, as dragoman gives it. Per field: right (the
gold value), wrong (another value), spurious (a value where the gold has none), missed (none where the gold has
one); precision = right / (right + wrong + spurious), recall = right / (right + wrong + missed).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

from dragoman.events.magnitude import VAGUE, Magnitude, magnitude

FIELDS = ("size", "dead", "injured")
TYPE_2021 = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}


def gold_value(value: object) -> int | None:
    if value in (None, ""):
        return None
    text = str(value).strip().lower()
    return int(text) if text.isdigit() else VAGUE.get(text)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = Path(os.environ.get("DRAGOMAN_EVALDATA", "/work/shared/evaldata"))
    path = Path(args[0]) if args else root / "plover_gsr_cameo" / "plover_gsr_dev.jsonl"
    pipeline = None
    if "--pipeline" in sys.argv:
        from dragoman.pipeline import Pipeline

        pipeline = Pipeline()
    scores = {f: {"right": 0, "wrong": 0, "spurious": 0, "missed": 0} for f in FIELDS}
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        gold = record["expected_events"][0]
        event_type = TYPE_2021.get(gold["event_type"], gold["event_type"])
        if pipeline is None:
            found = magnitude(record["text"], event_type)
        else:
            from dragoman.model import Article

            extraction = pipeline.extract_article(Article(id=record["id"], text=record["text"],
                                                          published=date(2000, 1, 1)))
            event = next((e for e in extraction.events if e.type == event_type), None)
            found = Magnitude(event.size, event.dead, event.injured) if event else Magnitude()
        for field in FIELDS:
            expected, got = gold_value(gold.get(field)), getattr(found, field)
            if expected is None and got is None:
                continue
            outcome = ("right" if got == expected else "spurious" if expected is None
                       else "missed" if got is None else "wrong")
            scores[field][outcome] += 1
            if outcome != "right" and "--errors" in sys.argv:
                print(f"{field:8} gold {gold.get(field)!s:>8} got {got!s:>8}  {record['id']}: {record['text'][:110]}")
    for field, s in scores.items():
        precision = s["right"] / max(1, s["right"] + s["wrong"] + s["spurious"])
        recall = s["right"] / max(1, s["right"] + s["wrong"] + s["missed"])
        print(f"{field:8} right {s['right']:3}  wrong {s['wrong']:3}  spurious {s['spurious']:3}  missed "
              f"{s['missed']:3}  precision {precision:.2f}  recall {recall:.2f}")


if __name__ == "__main__":
    main()
