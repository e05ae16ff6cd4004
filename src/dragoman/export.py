"""Exports: PLOVER JSONL, ICEWS-style TSV, CSV, Parquet, and the actor network as GEXF or GraphML.

Everything reads the store; nothing here writes to it. The event tables have one row per event: the Parquet
file (`events_arrow`) is typed (dates as date32, actors as list<struct>, nulls where nothing is known); the CSV
(`write_csv`, `events_dataframe`) is flat, one actor per column group. `actor_network(store)` is who did what
to whom, a directed multigraph with the event dates on its edges; `network_data` is the undirected
co-participation graph the web interface draws.

Heavy libraries (pandas, pyarrow, networkx) are imported where they are used, so importing this
module (and the API) stays cheap.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from dragoman.model import Article, Event, Participant

if TYPE_CHECKING:  # pragma: no cover - the store (SQLAlchemy) loads only where an export runs
    import networkx as nx
    import pandas as pd
    import pyarrow as pa

    from dragoman.store import EventFilter, Store

class ExportFormat(StrEnum):
    plover = "plover"
    icews = "icews"
    csv = "csv"
    parquet = "parquet"
    gexf = "gexf"
    graphml = "graphml"


# media type, file extension
FORMAT_INFO: dict[ExportFormat, tuple[str, str]] = {
    ExportFormat.plover: ("application/x-ndjson", "jsonl"),
    ExportFormat.icews: ("text/tab-separated-values; charset=utf-8", "tsv"),
    ExportFormat.csv: ("text/csv; charset=utf-8", "csv"),
    ExportFormat.parquet: ("application/vnd.apache.parquet", "parquet"),
    ExportFormat.gexf: ("application/gexf+xml", "gexf"),
    ExportFormat.graphml: ("application/graphml+xml", "graphml"),
}

# -- the event tables --------------------------------------------------------------------------------

# The columns of both tables, in order. The Parquet file holds each event's actors as lists of structs in
# `source` and `target`; the flat CSV spreads them over `source_1_name`, `source_1_country`, ... up to the
# largest number of actors one event has in the export (ACTOR_FIELDS for each).
HEAD_COLUMNS = ["id", "type", "mode", "cameo", "contexts", "date_start", "date_end", "date_precision",
                "date_basis", "date_text"]
TAIL_COLUMNS = ["location", "location_country", "lat", "lon", "factuality", "attribution", "confidence",
                "size", "dead", "injured", "mentions", "articles", "sentence"]
ACTOR_FIELDS = ["id", "name", "country", "sector"]
COLUMNS = [*HEAD_COLUMNS, "source", "target", *TAIL_COLUMNS]  # the Parquet file's


def _sectors(store: Store, evs: Iterable[Event]) -> dict[str, str | None]:
    return store.actor_sectors([p.actor_id for e in evs for p in e.source + e.target])


def date_range(e: Event) -> tuple[date | None, date | None]:
    """The first and last day of an event's dates: a month or year event spans its whole period, and an event
    without an end ends when its start period does (2024-07 is 2024-07-01 to 2024-07-31)."""
    from dragoman.store.queries import period_end, period_start  # SQLAlchemy loads only where an export runs

    start = period_start(e.date.start or e.date.value)
    end = period_end(e.date.end or e.date.start or e.date.value)
    return (date.fromisoformat(start) if start else None), (date.fromisoformat(end) if end else None)


def event_records(store: Store, evs: list[Event]) -> list[dict[str, Any]]:
    """One dict per event with typed values: dates as `datetime.date`, lists as lists, actors as lists of
    {id, name, country, sector}, and None (not "") where a value is missing."""
    sectors = _sectors(store, evs)

    def actors(people: list[Any]) -> list[dict[str, Any]]:
        return [{"id": p.actor_id, "name": p.name, "country": p.country, "sector": sectors.get(p.actor_id)}
                for p in people]

    records = []
    for e in evs:
        loc = e.location
        first_day, last_day = date_range(e)
        records.append({
            "id": e.id, "type": e.type, "mode": e.mode, "cameo": e.cameo, "contexts": list(e.contexts),
            "date_start": first_day, "date_end": last_day, "date_precision": e.date.precision,
            "date_basis": e.date.basis, "date_text": e.date.text,
            "source": actors(e.source), "target": actors(e.target),
            "location": loc.name if loc else None, "location_country": loc.country if loc else None,
            "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
            "factuality": e.factuality, "attribution": list(e.attribution), "confidence": round(e.confidence, 3),
            "size": e.size, "dead": e.dead, "injured": e.injured, "mentions": len(e.evidence),
            "articles": list(dict.fromkeys(m.article_id for m in e.evidence)),
            "sentence": e.evidence[0].sentence if e.evidence else None,
        })
    return records


def events_arrow(store: Store, evs: list[Event]) -> pa.Table:
    """The events as an Arrow table with an explicit schema (what the Parquet export writes)."""
    import pyarrow as pa

    actor = pa.list_(pa.struct([(f, pa.string()) for f in ACTOR_FIELDS]))
    text, texts = pa.string(), pa.list_(pa.string())
    schema = pa.schema([
        ("id", text), ("type", text), ("mode", text), ("cameo", text), ("contexts", texts),
        ("date_start", pa.date32()), ("date_end", pa.date32()), ("date_precision", text), ("date_basis", text),
        ("date_text", text), ("source", actor), ("target", actor), ("location", text),
        ("location_country", text), ("lat", pa.float64()), ("lon", pa.float64()), ("factuality", text),
        ("attribution", texts), ("confidence", pa.float64()), ("size", pa.int64()), ("dead", pa.int64()),
        ("injured", pa.int64()), ("mentions", pa.int64()), ("articles", texts),
        ("sentence", text),
    ])
    return pa.Table.from_pylist(event_records(store, evs), schema=schema)


def flat_columns(records: list[dict[str, Any]]) -> list[str]:
    """The flat table's columns: one group of ACTOR_FIELDS per source and per target position."""
    n_source = max((len(r["source"]) for r in records), default=0)
    n_target = max((len(r["target"]) for r in records), default=0)
    actor_cols = [f"{role}_{i}_{f}" for role, n in (("source", n_source), ("target", n_target))
                  for i in range(1, n + 1) for f in ACTOR_FIELDS]
    return [*HEAD_COLUMNS, *actor_cols, *TAIL_COLUMNS]


def flat_rows(store: Store, evs: list[Event]) -> tuple[list[str], list[dict[str, Any]]]:
    """The flat table (one actor per column, lists joined with "; ", None where nothing is known)."""
    records = event_records(store, evs)
    rows = []
    for r in records:
        row = {k: v for k, v in r.items() if k not in ("source", "target")}
        for key in ("contexts", "attribution", "articles"):
            row[key] = "; ".join(r[key]) or None
        for role in ("source", "target"):
            for i, person in enumerate(r[role], 1):
                row.update({f"{role}_{i}_{f}": person[f] for f in ACTOR_FIELDS})
        rows.append(row)
    return flat_columns(records), rows


def events_dataframe(store: Store, flt: EventFilter | None = None) -> pd.DataFrame:
    """The store's events as the flat pandas DataFrame the CSV holds: one row per event, one actor per
    column group, dates as `datetime.date`, missing values as None."""
    import pandas as pd

    columns, rows = flat_rows(store, store.events(flt))
    frame = pd.DataFrame(rows, columns=columns)
    for col in ("lat", "lon", "confidence"):
        frame[col] = frame[col].astype("float64")
    frame["mentions"] = frame["mentions"].astype("int64")
    for col in ("size", "dead", "injured"):  # counts where the text states them: nullable integers
        frame[col] = frame[col].astype("Int64")
    return frame


def write_csv(store: Store, evs: list[Event], out: Any) -> int:
    """The flat table as CSV (what `dragoman events -f csv` and `dragoman export -f csv` write): dates as
    YYYY-MM-DD, missing values as empty fields."""
    columns, rows = flat_rows(store, evs)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return len(rows)


# -- PLOVER ----------------------------------------------------------------------------------------


def plover_record(e: Event, sectors: dict[str, str | None], publishers: dict[str, str | None]) -> dict[str, Any]:
    """One event as a PLOVER JSON record (field names of the PLOVER 0.5 gold-standard records:
    id, date, source, target, event, mode, context, eventText, eventLoc, text, textInfo, size, dead, injured).
    `date` is always a day: the day the text gives, else the start of the month or year it gives, with
    `datePrecision` saying which; `enddate` is the last day of a range or of that month or year; the magnitudes
    are null where the text states none. A `dragoman` object holds what PLOVER has no field for."""

    def actor(p: Any) -> dict[str, Any]:
        return {"actorText": p.name, "code": p.country, "sector": sectors.get(p.actor_id), "id": p.actor_id}

    first = e.evidence[0] if e.evidence else None
    first_day, last_day = date_range(e)
    record: dict[str, Any] = {
        "id": e.id,
        "date": first_day.isoformat() if first_day else None,
        "datePrecision": e.date.precision,
        "source": [actor(p) for p in e.source],
        "target": [actor(p) for p in e.target],
        "event": e.type,
        "mode": e.mode,
        "context": list(e.contexts),
        "eventText": first.trigger if first else None,
        "eventLoc": ({"name": e.location.name, "code": e.location.country, "lat": e.location.lat,
                      "lon": e.location.lon} if e.location else None),
        "text": first.sentence if first else None,
        "textInfo": ({"articleId": first.article_id, "start": first.start, "end": first.end,
                      "publisher": publishers.get(first.article_id)} if first else None),
    }
    record.update(size=e.size, dead=e.dead, injured=e.injured)  # null where the text states none
    if last_day and last_day != first_day:
        record["enddate"] = last_day.isoformat()
    record["dragoman"] = {
        "cameo": e.cameo, "dateValue": e.date.value, "dateStart": e.date.start, "dateEnd": e.date.end,
        "dateBasis": e.date.basis, "dateText": e.date.text, "factuality": e.factuality,
        "attribution": list(e.attribution), "confidence": round(e.confidence, 3), "mentions": len(e.evidence),
    }
    return record


def write_plover(store: Store, out: io.TextIOBase | Any, flt: EventFilter | None = None) -> int:
    evs = store.events(flt)
    sectors, publishers = _sectors(store, evs), store.publishers()
    for e in evs:
        out.write(json.dumps(plover_record(e, sectors, publishers), ensure_ascii=False) + "\n")
    return len(evs)


# -- ICEWS -----------------------------------------------------------------------------------------

ICEWS_COLUMNS = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
                 "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
                 "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"]

# CAMEO root categories: name and Goldstein (1992) weight, the CAMEO scale GDELT publishes
# (CAMEO.goldsteinscale.txt). Codes below the root take their root's weight unless listed in CAMEO_CODES.
CAMEO_ROOTS: dict[str, tuple[str, float]] = {
    "01": ("Make public statement", 0.0), "02": ("Appeal", 3.0), "03": ("Express intent to cooperate", 4.0),
    "04": ("Consult", 1.0), "05": ("Engage in diplomatic cooperation", 3.5),
    "06": ("Engage in material cooperation", 6.0), "07": ("Provide aid", 7.0), "08": ("Yield", 5.0),
    "09": ("Investigate", -2.0), "10": ("Demand", -5.0), "11": ("Disapprove", -2.0), "12": ("Reject", -4.0),
    "13": ("Threaten", -6.0), "14": ("Protest", -6.5), "15": ("Exhibit force posture", -7.2),
    "16": ("Reduce relations", -4.0), "17": ("Coerce", -7.0), "18": ("Assault", -9.0), "19": ("Fight", -10.0),
    "20": ("Use unconventional mass violence", -10.0),
}
CAMEO_CODES: dict[str, tuple[str, float]] = {
    "041": ("Discuss by telephone", 1.0), "042": ("Make a visit", 1.9), "043": ("Host a visit", 2.8),
    "051": ("Praise or endorse", 3.4), "054": ("Grant diplomatic recognition", 6.0),
    "055": ("Apologize", 7.0), "057": ("Sign formal agreement", 8.0), "062": ("Cooperate militarily", 7.4),
    "084": ("Return, release", 7.0), "085": ("Ease economic sanctions, boycott, embargo", 7.0),
    "087": ("De-escalate military engagement", 9.0), "111": ("Criticize or denounce", -2.0),
    "115": ("Bring lawsuit against", -2.0), "139": ("Give ultimatum", -7.0),
    "141": ("Demonstrate or rally", -6.5), "142": ("Conduct hunger strike", -6.5),
    "143": ("Conduct strike or boycott", -6.5), "145": ("Protest violently, riot", -7.5),
    "154": ("Mobilize or increase armed forces", -7.2), "161": ("Reduce or break diplomatic relations", -4.0),
    "163": ("Impose embargo, boycott, or sanctions", -8.0), "166": ("Expel or withdraw", -7.0),
    "171": ("Seize or damage property", -9.2), "172": ("Impose administrative sanctions", -5.0),
    "173": ("Arrest, detain, or charge with legal action", -5.0), "174": ("Expel or deport individuals", -5.0),
    "181": ("Abduct, hijack, or take hostage", -9.0), "186": ("Assassinate", -10.0),
    "190": ("Use conventional military force", -10.0),
}
SECTOR_NAMES = {"GOV": "Government", "MIL": "Military", "JUD": "Judicial", "LEG": "Legislative",
                "MED": "Media", "BUS": "Business", "EDU": "Education", "CVL": "Civilian", "REB": "Rebel",
                "OPP": "Opposition", "NGO": "Non-Governmental Organization", "IGO": "Intergovernmental Organization",
                "POL": "Political Party", "COP": "Police", "SPY": "Intelligence", "REL": "Religious",
                "HLH": "Health", "LAB": "Labor", "CRM": "Criminal"}


def cameo_text(code: str | None) -> tuple[str, float | None]:
    """Name and Goldstein intensity of a CAMEO code ("042" -> ("Make a visit", 1.9))."""
    if not code:
        return "", None
    for prefix in (code, code[:3]):  # a four-digit code takes its three-digit parent's name and weight
        if prefix in CAMEO_CODES:
            return CAMEO_CODES[prefix]
    return CAMEO_ROOTS.get(code[:2], ("", None))


ICEWS_EXTRA_COLUMNS = ["Date Precision"]  # after ICEWS's own 20: "day", "month" or "year" of Event Date
# A sentence ends at . ! or ? (with closing quotes or brackets) followed by space, or at a blank line (a headline,
# a dateline); counting these before an evidence sentence numbers it as ICEWS does (1 for a story's first
# sentence). Abbreviations ("Mr.") count too, so the number can run ahead of spaCy's sentences.
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n\s*\n")


def sentence_number(text: str | None, start: int) -> int | None:
    """The 1-based number of the sentence that starts at `start` in `text`."""
    if text is None:
        return None
    return 1 + len(SENTENCE_END.findall(text, 0, start))


def publisher(article: Article | None) -> str | None:
    """Who published an article: its stated source, else its URL's host."""
    if article is None:
        return None
    if article.source:
        return article.source
    host = urlsplit(article.url).hostname if article.url else None
    return host.removeprefix("www.") if host else None


def write_icews(store: Store, out: Any, flt: EventFilter | None = None) -> int:
    """ICEWS-style TSV: its 20 columns and `Date Precision`, one row per source-target pair as ICEWS has it
    (an event without a target, or without a source, gets one row with that side empty). `Event Date` is
    always YYYY-MM-DD, the first day of the event's range; `Sentence Number` counts sentences in the story;
    District and Province are left empty (not extracted). Returns the number of rows."""
    from dragoman.countries import country_name  # pycountry loads only for this format, not for `dragoman --help`

    evs = store.events(flt)
    sectors = _sectors(store, evs)
    stories: dict[str, Article | None] = {}
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(ICEWS_COLUMNS + ICEWS_EXTRA_COLUMNS)

    def side(p: Any | None) -> list[str]:
        if p is None:
            return ["", "", ""]
        sector = sectors.get(p.actor_id) or ""
        return [p.name, SECTOR_NAMES.get(sector, sector), (country_name(p.country) or p.country) if p.country else ""]

    rows = 0
    for e in evs:
        text, intensity = cameo_text(e.cameo)
        first = e.evidence[0] if e.evidence else None
        story = None
        if first:
            if first.article_id not in stories:
                stories[first.article_id] = store.article(first.article_id)
            story = stories[first.article_id]
        number = sentence_number(story.text, first.start) if story and first else None
        loc = e.location
        first_day = date_range(e)[0]
        is_country = bool(loc and loc.country and country_name(loc.country) == loc.name)
        place = [loc.name if loc and not is_country else "", "", "",
                 (country_name(loc.country) or loc.country) if loc and loc.country else "",
                 "" if not loc or loc.lat is None else loc.lat, "" if not loc or loc.lon is None else loc.lon]
        sources: list[Participant | None] = [*e.source] or [None]  # a side with no actor still gets its row
        targets: list[Participant | None] = [*e.target] or [None]
        for source, target in itertools.product(sources, targets):
            s_name, s_sector, s_country = side(source)
            t_name, t_sector, t_country = side(target)
            writer.writerow([
                e.id, first_day.isoformat() if first_day else "", s_name, s_sector, s_country, text, e.cameo or "",
                "" if intensity is None else intensity, t_name, t_sector, t_country,
                first.article_id if first else "", "" if number is None else number,
                publisher(story) or "", *place, e.date.precision or "",
            ])
            rows += 1
    return rows


# -- the actor network -----------------------------------------------------------------------------


def network_data(store: Store, flt: EventFilter | None = None, min_weight: int = 1,
                 limit: int | None = None) -> dict[str, Any]:
    """Nodes (actors with their event counts) and undirected edges between actors that take part in
    the same event, weighted by the number of events, with counts by event type. With `limit`, only
    the `limit` actors with most events are kept."""
    node_rows, edge_rows = store.co_participation(flt)
    if limit is not None:
        node_rows = node_rows[:limit]
    keep = {r.id for r in node_rows}
    edges: dict[tuple[str, str], dict[str, int]] = {}
    for r in edge_rows:
        if r.x in keep and r.y in keep:
            edges.setdefault((r.x, r.y), {})[r.type] = r.n
    return {
        "nodes": [{"id": r.id, "name": r.name, "kind": r.kind, "country": r.country, "sector": r.sector,
                   "events": r.events} for r in node_rows],
        "edges": [{"source": x, "target": y, "weight": sum(types.values()), "types": dict(sorted(types.items()))}
                  for (x, y), types in sorted(edges.items()) if sum(types.values()) >= min_weight],
    }


def actor_network(store: Store, flt: EventFilter | None = None) -> nx.MultiDiGraph:
    """Who did what to whom, as a networkx MultiDiGraph: one node per actor, one directed edge (keyed by the
    event id) from each source actor to each target actor of an event, with the event's type (`event_type`:
    GEXF keeps `type` for the edge kind), CAMEO code and dates. `start`/`end` make GEXF dynamic, so Gephi's
    timeline plays the events; attributes are plain strings, ints and floats (None left out), so that GEXF and
    GraphML can hold them."""
    import networkx as nx

    evs = store.events(flt)
    nodes = {r["id"]: r for r in network_data(store, flt)["nodes"]}
    sectors = _sectors(store, evs)
    graph = nx.MultiDiGraph(name="dragoman actor network")

    def add_actor(p: Any) -> None:
        if p.actor_id in graph:
            return
        info = nodes.get(p.actor_id, {})
        attrs = {"label": p.name, "kind": info.get("kind"), "country": p.country,
                 "sector": sectors.get(p.actor_id), "events": info.get("events")}
        graph.add_node(p.actor_id, **{k: v for k, v in attrs.items() if v is not None})

    for e in evs:
        for p in e.source + e.target:
            add_actor(p)
        first_day, last_day = (d.isoformat() if d else None for d in date_range(e))
        attrs = {"event_id": e.id, "event_type": e.type, "mode": e.mode, "cameo": e.cameo, "label": e.type,
                 "date_start": first_day, "date_end": last_day, "date_precision": e.date.precision,
                 "start": first_day, "end": last_day, "factuality": e.factuality,
                 "confidence": round(e.confidence, 3), "weight": 1}
        attrs = {k: v for k, v in attrs.items() if v is not None}
        for source, target in itertools.product(e.source, e.target):
            if source.actor_id != target.actor_id:
                graph.add_edge(source.actor_id, target.actor_id, key=e.id, **attrs)
    return graph


# -- one entry point for the CLI and the API -------------------------------------------------------


def export_bytes(store: Store, fmt: ExportFormat | str, flt: EventFilter | None = None) -> bytes:
    """The whole export in memory (the API's downloads)."""
    fmt = ExportFormat(fmt)
    if fmt in (ExportFormat.plover, ExportFormat.icews, ExportFormat.csv):
        buf = io.StringIO()
        _write_text(store, fmt, buf, flt)
        return buf.getvalue().encode("utf-8")
    buf_b = io.BytesIO()
    _write_binary(store, fmt, buf_b, flt)
    return buf_b.getvalue()


def export_file(store: Store, fmt: ExportFormat | str, path: Path | str, flt: EventFilter | None = None) -> None:
    """Write the export to `path`, or to standard output when `path` is "-". A file appears whole or not at all: the
    export is written beside it under a temporary name and renamed over it once complete."""
    fmt = ExportFormat(fmt)
    text = fmt in (ExportFormat.plover, ExportFormat.icews, ExportFormat.csv)
    if str(path) == "-":
        if text:
            _write_text(store, fmt, sys.stdout, flt)
        else:
            buffer = io.BytesIO()  # Parquet and the graph writers may seek, which a pipe cannot
            _write_binary(store, fmt, buffer, flt)
            sys.stdout.buffer.write(buffer.getvalue())
            sys.stdout.buffer.flush()
        return
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")  # opened as a new file, with the usual mode
    try:
        if text:
            with partial.open("x", encoding="utf-8", newline="") as fh:
                _write_text(store, fmt, fh, flt)
        else:
            with partial.open("xb") as fh:
                _write_binary(store, fmt, fh, flt)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _write_text(store: Store, fmt: ExportFormat, out: Any, flt: EventFilter | None) -> None:
    if fmt is ExportFormat.plover:
        write_plover(store, out, flt)
    elif fmt is ExportFormat.icews:
        write_icews(store, out, flt)
    else:
        write_csv(store, store.events(flt), out)


def _write_binary(store: Store, fmt: ExportFormat, out: Any, flt: EventFilter | None) -> None:
    if fmt is ExportFormat.parquet:
        import pyarrow.parquet as pq

        pq.write_table(events_arrow(store, store.events(flt)), out)
        return
    import networkx as nx

    graph = actor_network(store, flt)
    if fmt is ExportFormat.gexf:
        nx.write_gexf(graph, out)
    else:
        nx.write_graphml(graph, out)
