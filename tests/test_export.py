"""Exports round-trip: CSV and Parquet load in pandas with one row per stored event; PLOVER JSONL
and ICEWS TSV have their fields; the network loads back from GEXF and GraphML."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dragoman.model import Extraction
from dragoman.store import EventFilter, Store

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
nx = pytest.importorskip("networkx")

from dragoman.export import (  # noqa: E402
    COLUMNS,
    ICEWS_COLUMNS,
    ExportFormat,
    actor_network,
    cameo_text,
    events_dataframe,
    export_file,
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seed: Extraction, example: Extraction) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('export') / 'e.db'}")
    store.ingest(seed)
    store.ingest(example)
    return store


def test_events_dataframe(store: Store) -> None:
    frame = events_dataframe(store)
    events = store.events()
    assert list(frame.columns) == COLUMNS
    assert len(frame) == len(events) and list(frame["id"]) == [e.id for e in events]
    visit = frame[(frame["source"].str.contains("Rezhenkov")) & (frame["date_start"] == "2024-07-23")
                  & (frame["type"] == "CONSULT")]
    assert not visit.empty and (visit["source_country"].str.contains("BLR")).all()
    assert set(frame["date_precision"]) >= {"day", "month", "year"}
    assert len(events_dataframe(store, EventFilter(country="MNG"))) == len(store.events(country="MNG"))


def test_csv_and_parquet_round_trip(store: Store, tmp_path: Path) -> None:
    n = len(store.events())
    export_file(store, "csv", tmp_path / "e.csv")
    export_file(store, "parquet", tmp_path / "e.parquet")
    from_csv = pd.read_csv(tmp_path / "e.csv", dtype=str, keep_default_na=False)
    from_parquet = pd.read_parquet(tmp_path / "e.parquet")
    assert len(from_csv) == len(from_parquet) == n
    assert list(from_csv["id"]) == list(from_parquet["id"]) == [e.id for e in store.events()]
    assert from_parquet["confidence"].dtype == "float64" and from_parquet["mentions"].dtype == "int64"
    # sentences with commas, quotes and newlines survive CSV quoting
    assert list(from_csv["sentence"]) == list(from_parquet["sentence"].fillna(""))


def test_plover_jsonl(store: Store, tmp_path: Path) -> None:
    export_file(store, ExportFormat.plover, tmp_path / "e.jsonl")
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text("utf-8").splitlines()]
    assert len(records) == len(store.events())
    for r in records:
        assert {"id", "date", "source", "target", "event", "mode", "context", "eventText", "text"} <= set(r)
        assert all({"actorText", "code", "sector"} <= set(a) for a in r["source"] + r["target"])
    visit = next(r for r in records if r["event"] == "CONSULT" and r["mode"] == "visit"
                 and r["date"] == "2024-07-23" and r["source"][0]["actorText"] == "Rezhenkov")
    assert visit["source"][0]["code"] == "BLR" and visit["target"][0]["code"] == "PRK"
    assert visit["dragoman"]["cameo"] == "042" and visit["dragoman"]["datePrecision"] == "day"
    month = next(r for r in records if r["dragoman"]["datePrecision"] == "month")
    assert len(month["date"]) == 7  # a month stays a month


def test_icews_tsv(store: Store, tmp_path: Path) -> None:
    export_file(store, "icews", tmp_path / "e.tsv")
    with (tmp_path / "e.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert list(rows[0]) == ICEWS_COLUMNS and len(ICEWS_COLUMNS) == 20
    assert len(rows) == len(store.events())
    visit = next(r for r in rows if r["CAMEO Code"] == "042" and r["Source Name"].startswith("Rezhenkov")
                 and r["Event Date"] == "2024-07-23")
    assert visit["Event Text"] == "Make a visit" and float(visit["Intensity"]) == 1.9
    assert visit["Source Country"].startswith("Belarus") and visit["Target Country"] == "North Korea"
    assert visit["Source Sectors"].startswith("Government")
    assert cameo_text("190") == ("Use conventional military force", -10.0)
    assert cameo_text("163") == ("Impose embargo, boycott, or sanctions", -8.0)  # GDELT's CAMEO Goldstein scale
    assert cameo_text("1711") == ("Seize or damage property", -9.2)
    assert cameo_text("036") == ("Express intent to cooperate", 4.0)
    assert cameo_text(None) == ("", None)


def test_network_gexf_and_graphml(store: Store, tmp_path: Path) -> None:
    graph = actor_network(store)
    assert graph.has_edge("person-rezhenkov-blr", "PRK")
    edge = graph.edges["person-rezhenkov-blr", "PRK"]
    assert edge["weight"] >= 1 and edge["type_CONSULT"] >= 1
    export_file(store, "gexf", tmp_path / "n.gexf")
    export_file(store, "graphml", tmp_path / "n.graphml")
    for loaded in (nx.read_gexf(tmp_path / "n.gexf"), nx.read_graphml(tmp_path / "n.graphml")):
        assert loaded.number_of_nodes() == graph.number_of_nodes()
        assert loaded.number_of_edges() == graph.number_of_edges()
        assert loaded.has_edge("person-rezhenkov-blr", "PRK")


def test_the_export_command(store: Store, tmp_path: Path) -> None:
    from dragoman.cli import app

    db = store.url.removeprefix("sqlite:///")
    result = CliRunner().invoke(app, ["export", "--format", "csv", "--db", db, "-o", str(tmp_path / "x.csv"),
                                      "--country", "MNG"])
    assert result.exit_code == 0, result.output
    assert len(pd.read_csv(tmp_path / "x.csv")) == len(store.events(country="MNG"))
