"""events.magnitude: the size, dead and injured that a sentence states, as PLOVER records carry them."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import jsonschema
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dragoman.events.magnitude import Magnitude, magnitude, number_value
from dragoman.export import events_dataframe, export_bytes
from dragoman.model import Article, Event
from dragoman.pipeline import Pipeline
from dragoman.reports import absorb
from dragoman.schema import load_schema
from dragoman.store import Store


@pytest.mark.parametrize(("words", "value"), [
    ("12", 12), ("1,200", 1200), ("3.5 million", 3_500_000), ("twenty-three", 23), ("two hundred", 200),
    ("one hundred and five", 105), ("thousands", 2000), ("tens of thousands", 20_000), ("Dozens", 24),
    ("scores", 40), ("a dozen", 12), ("five thousand", 5000), ("banana", None),
])
def test_numbers_as_written(words: str, value: int | None) -> None:
    assert number_value(words) == value


@pytest.mark.parametrize(("sentence", "event_type", "expected"), [
    ("Troops opened fire on the crowd, killing 12 people.", "ASSAULT", Magnitude(dead=12)),
    ("At least 30 were injured when police charged the march.", "COERCE", Magnitude(injured=30)),
    ("Thousands of protesters marched through the capital on Sunday.", "PROTEST", Magnitude(size=2000)),
    ("A car bomb killed seven soldiers and wounded more than twenty civilians in the north.", "ASSAULT",
     Magnitude(dead=7, injured=20)),
    ("Three police officers were killed and 14 others injured in the clashes.", "ASSAULT",
     Magnitude(dead=3, injured=14)),
    ("The shelling left 9 people dead, officials said.", "ASSAULT", Magnitude(dead=9)),
    ("The death toll from the raid rose to 41 on Tuesday.", "ASSAULT", Magnitude(dead=41)),
    ("A journalist was killed in the crossfire.", "ASSAULT", Magnitude(dead=1)),
    ("Police arrested 35 students after the rally.", "COERCE", Magnitude(size=35)),
    ("Authorities deported some 2,400 migrants last month.", "COERCE", Magnitude(size=2400)),
    ("About 5,000 nurses went on strike over pay.", "PROTEST", Magnitude(size=5000)),
    ("The army deployed 3,000 troops to the border.", "MOBILIZE", Magnitude(size=3000)),
    ("Two gunmen killed a guard at the embassy.", "ASSAULT", Magnitude(dead=1)),  # the doers are no size
    # counts of things and times, and counts about something else, are no magnitude
    ("Protesters demanded the return of 300 hectares of land seized in 1998.", "PROTEST", Magnitude()),
    ("Workers struck for the third time in 12 months over a 5 percent pay cut.", "PROTEST", Magnitude()),
    ("Seven opposition parties called a general strike.", "PROTEST", Magnitude()),
    ("Students rallied in the city, where 24 people were killed in riots last year.", "PROTEST", Magnitude()),
    ("The two leaders met in Minsk and signed 12 agreements.", "AGREE", Magnitude()),
    ("Both ministers said 40 people had died in the floods.", "CONSULT", Magnitude()),  # no casualties of a talk
])
def test_what_a_sentence_states(sentence: str, event_type: str, expected: Magnitude) -> None:
    assert magnitude(sentence, event_type) == expected


GOMA = ("Clashes in Goma\n\nGOMA, March 3 -- Congolese troops attacked M23 rebels near Goma on Monday, killing 12 "
        "people and wounding at least 30, officials said.\n\nThousands of protesters marched in Kinshasa on Tuesday "
        "to denounce the violence.\n\nPolice arrested 35 students in Kinshasa after the rally.\n")


def test_magnitudes_are_extracted_stored_and_exported(pipeline: Pipeline, tmp_path: Path) -> None:
    extraction = pipeline.extract_article(Article(id="goma", text=GOMA, published=date(2025, 3, 4)))
    found = {(e.type, e.size, e.dead, e.injured) for e in extraction.events}
    assert {("ASSAULT", None, 12, 30), ("PROTEST", 2000, None, None), ("COERCE", 35, None, None)} <= found
    assert all(e.dead is None for e in extraction.events if e.type not in ("ASSAULT", "COERCE", "PROTEST"))
    jsonschema.validate(extraction.to_dict(), load_schema())
    store = Store(f"sqlite:///{tmp_path / 'm.db'}")
    store.ingest(extraction)
    assert {(e.type, e.size, e.dead, e.injured) for e in store.events()} == found  # stored as extracted
    attack = next(e for e in store.events(type="ASSAULT") if e.dead == 12)
    assert (attack.dead, attack.injured) == (12, 30)

    plover = [json.loads(line) for line in export_bytes(store, "plover").decode().splitlines()]
    by_id = {r["id"]: r for r in plover}
    assert (by_id[attack.id]["dead"], by_id[attack.id]["injured"], by_id[attack.id]["size"]) == (12, 30, None)
    assert all({"size", "dead", "injured"} <= set(r) for r in plover)
    table = pq.read_table(io.BytesIO(export_bytes(store, "parquet")))
    assert all(table.schema.field(c).type == pa.int64() for c in ("size", "dead", "injured"))
    rows = list(csv.DictReader(io.StringIO(export_bytes(store, "csv").decode())))
    assert next(r for r in rows if r["id"] == attack.id)["dead"] == "12"
    assert events_dataframe(store)["size"].dtype == "Int64"
    store.close()


def test_a_merged_event_keeps_a_magnitude_one_report_states() -> None:
    stated = Event(id="ev-1", type="ASSAULT", dead=12)
    silent = Event(id="ev-2", type="ASSAULT", injured=3)
    absorb(silent, stated)
    assert (silent.dead, silent.injured) == (12, 3)
