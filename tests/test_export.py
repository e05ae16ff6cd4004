"""Exports read back as an analyst would: Parquet and CSV in pandas/pyarrow with typed dates, lists and nulls;
PLOVER JSONL with a day in every `date`; ICEWS TSV one row per actor pair; the directed, dated network from GEXF
and GraphML in networkx."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TextIO

import pytest
from typer.testing import CliRunner

from dragoman.model import Extraction
from dragoman.store import EventFilter, Store

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
nx = pytest.importorskip("networkx")

from dragoman.export import (  # noqa: E402
    COLUMNS,
    HEAD_COLUMNS,
    ICEWS_COLUMNS,
    ExportFormat,
    actor_network,
    cameo_text,
    events_dataframe,
    export_file,
    sentence_number,
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seed: Extraction, example: Extraction) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('export') / 'e.db'}")
    # the seed as a web page of its publisher (ICEWS's Publisher), the example as a file with no publisher
    seed = replace(seed, articles=[replace(a, url="https://www.belta.by/politics/view/1") for a in seed.articles])
    store.ingest(seed)
    store.ingest(example)
    return store


def test_events_dataframe(store: Store) -> None:
    frame = events_dataframe(store)
    events = store.events()
    assert list(frame.columns[:len(HEAD_COLUMNS)]) == HEAD_COLUMNS
    assert len(frame) == len(events) and list(frame["id"]) == [e.id for e in events]
    visit = frame[(frame["source_1_name"] == "Rezhenkov") & (frame["date_start"] == date(2024, 7, 23))
                  & (frame["type"] == "CONSULT")]
    assert not visit.empty and (visit["source_1_country"] == "BLR").all()
    assert set(frame["date_precision"]) >= {"day", "month", "year"}
    assert len(events_dataframe(store, EventFilter(country="MNG"))) == len(store.events(country="MNG"))


def test_parquet_loads_typed(store: Store, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    export_file(store, "parquet", tmp_path / "e.parquet")
    schema = pq.read_schema(tmp_path / "e.parquet")
    assert schema.names == COLUMNS
    assert schema.field("date_start").type == pa.date32() and schema.field("date_end").type == pa.date32()
    assert schema.field("cameo").type == pa.string() and schema.field("date_precision").type == pa.string()
    actor = schema.field("source").type
    assert pa.types.is_list(actor) and pa.types.is_struct(actor.value_type)
    assert [f.name for f in actor.value_type] == ["id", "name", "country", "sector"]
    frame = pd.read_parquet(tmp_path / "e.parquet")
    assert len(frame) == len(store.events())
    assert all(isinstance(d, date) for d in frame["date_start"].dropna())
    assert frame["date_start"].notna().all()
    assert pd.to_datetime(frame["date_start"]).notna().all()  # every value is a date, whatever its precision
    # a month-precision event is its month's first to last day
    month = frame[frame["date_precision"] == "month"].iloc[0]
    assert month["date_start"].day == 1 and month["date_end"].month == month["date_start"].month
    visit = frame[frame["cameo"] == "042"].iloc[0]
    assert isinstance(visit["cameo"], str)
    assert visit["source"][0]["name"] and len(visit["source"][0]) == 4
    # nulls, not empty strings
    assert not (frame["mode"] == "").any() and frame["mode"].isna().any()
    assert not (frame["location"] == "").any()
    assert frame["confidence"].dtype == "float64" and frame["mentions"].dtype == "int64"


def test_flat_csv_one_actor_per_column(store: Store, tmp_path: Path) -> None:
    n = len(store.events())
    export_file(store, "csv", tmp_path / "e.csv")
    frame = pd.read_csv(tmp_path / "e.csv", dtype={"cameo": str}, parse_dates=["date_start", "date_end"])
    assert len(frame) == n and list(frame["id"]) == [e.id for e in store.events()]
    assert str(frame["date_start"].dtype).startswith("datetime64")
    most = max(len(e.source) for e in store.events())
    assert most >= 2 and f"source_{most}_name" in frame and f"source_{most + 1}_name" not in frame
    assert {"source_1_name", "source_1_country", "source_1_sector", "target_1_name"} <= set(frame.columns)
    assert "source" not in frame and frame["mode"].isna().any()  # empty fields read back as missing
    visit = frame[(frame["source_1_name"] == "Rezhenkov") & (frame["cameo"] == "042")]
    assert not visit.empty and (visit["target_1_country"] == "PRK").all()
    # sentences with commas, quotes and newlines survive CSV quoting
    from_parquet = pd.read_parquet(events_parquet(store, tmp_path))
    assert list(frame["sentence"].fillna("")) == list(from_parquet["sentence"].fillna(""))


def events_parquet(store: Store, tmp_path: Path) -> Path:
    export_file(store, "parquet", tmp_path / "p.parquet")
    return tmp_path / "p.parquet"


def test_events_csv_and_export_csv_are_one_table(store: Store, tmp_path: Path) -> None:
    from dragoman.cli import app

    db = store.url.removeprefix("sqlite:///")
    listed = CliRunner().invoke(app, ["events", "--db", db, "-f", "csv"])
    assert listed.exit_code == 0, listed.output
    export_file(store, "csv", tmp_path / "e.csv")
    assert listed.stdout == (tmp_path / "e.csv").read_text("utf-8")


def test_plover_jsonl(store: Store, tmp_path: Path) -> None:
    export_file(store, ExportFormat.plover, tmp_path / "e.jsonl")
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text("utf-8").splitlines()]
    assert len(records) == len(store.events())
    for r in records:
        assert {"id", "date", "source", "target", "event", "mode", "context", "eventText", "text"} <= set(r)
        assert all({"actorText", "code", "sector"} <= set(a) for a in r["source"] + r["target"])
        assert date.fromisoformat(r["date"])  # always a day
        assert r["datePrecision"] in ("day", "month", "year")
    visit = next(r for r in records if r["event"] == "CONSULT" and r["mode"] == "visit"
                 and r["date"] == "2024-07-23" and r["source"][0]["actorText"] == "Rezhenkov")
    assert visit["source"][0]["code"] == "BLR" and visit["target"][0]["code"] == "PRK"
    assert visit["dragoman"]["cameo"] == "042" and visit["datePrecision"] == "day"
    month = next(r for r in records if r["datePrecision"] == "month")
    assert month["date"].endswith("-01") and month["enddate"][:7] == month["date"][:7]


def test_icews_tsv(store: Store, tmp_path: Path) -> None:
    export_file(store, "icews", tmp_path / "e.tsv")
    frame = pd.read_csv(tmp_path / "e.tsv", sep="\t", dtype={"CAMEO Code": str}, parse_dates=["Event Date"],
                        date_format="%Y-%m-%d")
    assert list(frame.columns) == [*ICEWS_COLUMNS, "Date Precision"] and len(ICEWS_COLUMNS) == 20
    assert str(frame["Event Date"].dtype).startswith("datetime64") and frame["Event Date"].notna().all()
    events = store.events()
    pairs = sum(max(len(e.source), 1) * max(len(e.target), 1) for e in events)
    assert len(frame) == pairs > len(events)  # one row per source-target pair
    assert not frame["Source Name"].str.contains(";", na=False).any()
    assert frame["Sentence Number"].notna().all() and (frame["Sentence Number"] >= 1).all()
    from_seed = frame["Story ID"] == store.events(country="BLR")[0].evidence[0].article_id
    assert (frame[from_seed]["Publisher"] == "belta.by").all() and frame[~from_seed]["Publisher"].isna().all()
    assert set(frame["Date Precision"]) >= {"day", "month", "year"}
    visit = frame[(frame["CAMEO Code"] == "042") & (frame["Source Name"] == "Rezhenkov")
                  & (frame["Event Date"] == "2024-07-23")].iloc[0]
    assert visit["Event Text"] == "Make a visit" and visit["Intensity"] == 1.9
    assert visit["Source Country"] == "Belarus" and visit["Target Country"] == "North Korea"
    assert visit["Source Sectors"] == "Government"
    article = store.article(visit["Story ID"])
    assert article is not None and visit["Sentence Number"] > 1
    assert sentence_number("One. Two! Three? Four", 15) == 3
    assert sentence_number("Headline\n\nDateline\n\nFirst. Second.", 27) == 4
    assert cameo_text("190") == ("Use conventional military force", -10.0)
    assert cameo_text("163") == ("Impose embargo, boycott, or sanctions", -8.0)  # GDELT's CAMEO Goldstein scale
    assert cameo_text("1711") == ("Seize or damage property", -9.2)
    assert cameo_text("036") == ("Express intent to cooperate", 4.0)
    assert cameo_text(None) == ("", None)


def test_network_directed_with_dates(store: Store, tmp_path: Path) -> None:
    graph = actor_network(store)
    assert graph.is_directed() and graph.is_multigraph()
    visits = graph.get_edge_data("person-rezhenkov-blr", "PRK")
    assert visits and any(v["event_type"] == "CONSULT" and v["date_start"] == "2024-07-23" for v in visits.values())
    export_file(store, "gexf", tmp_path / "n.gexf")
    export_file(store, "graphml", tmp_path / "n.graphml")
    for loaded in (nx.read_gexf(tmp_path / "n.gexf"), nx.read_graphml(tmp_path / "n.graphml")):
        assert loaded.is_directed()
        assert loaded.number_of_nodes() == graph.number_of_nodes()
        assert loaded.number_of_edges() == graph.number_of_edges()
        edges = loaded.get_edge_data("person-rezhenkov-blr", "PRK")
        assert any(e["date_start"] == "2024-07-23" and e["event_type"] == "CONSULT" for e in edges.values())
        assert not loaded.has_edge("PRK", "person-rezhenkov-blr") or loaded.get_edge_data(
            "PRK", "person-rezhenkov-blr") != edges
    assert 'mode="dynamic"' in (tmp_path / "n.gexf").read_text("utf-8")  # Gephi's timeline


def test_an_export_to_standard_output(store: Store) -> None:
    from dragoman.cli import app

    db = store.url.removeprefix("sqlite:///")
    result = CliRunner().invoke(app, ["export", "-f", "plover", "--db", db, "-o", "-", "--country", "MNG"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(store.events(country="MNG")) and not Path("-").exists()


def test_a_failed_export_leaves_the_old_file_whole_and_no_partial_file(store: Store, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import dragoman.export
    from dragoman.cli import app

    out = tmp_path / "x.csv"
    out.write_text("the previous export\n", encoding="utf-8")

    def disk_full(store: Store, fmt: object, fh: TextIO, flt: object) -> None:
        fh.write("id,type\n")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dragoman.export, "_write_text", disk_full)
    result = CliRunner().invoke(app, ["export", "-f", "csv", "--db", store.url.removeprefix("sqlite:///"),
                                      "-o", str(out)])
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line == f"error: cannot write {out}: No space left on device"
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]


def test_the_export_command(store: Store, tmp_path: Path) -> None:
    from dragoman.cli import app

    db = store.url.removeprefix("sqlite:///")
    result = CliRunner().invoke(app, ["export", "--format", "csv", "--db", db, "-o", str(tmp_path / "x.csv"),
                                      "--country", "MNG"])
    assert result.exit_code == 0, result.output
    assert len(pd.read_csv(tmp_path / "x.csv")) == len(store.events(country="MNG"))
