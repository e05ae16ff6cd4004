"""Exports: PLOVER JSONL, ICEWS-style TSV, CSV, Parquet, and the actor network as GEXF or GraphML.

Everything reads the store; nothing here writes to it. `events_dataframe(store)` is the flat table
the CSV and Parquet files hold (one row per event). `actor_network(store)` is the co-participation
graph: one node per actor, one edge per pair of actors that take part in the same event, weighted
by the number of such events and broken down by event type.

Heavy libraries (pandas, pyarrow, networkx) are imported where they are used, so importing this
module (and the API) stays cheap.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dragoman.model import Event

if TYPE_CHECKING:  # pragma: no cover - the store (SQLAlchemy) loads only where an export runs
    import networkx as nx
    import pandas as pd

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

# -- the flat table --------------------------------------------------------------------------------

COLUMNS = ["id", "type", "mode", "cameo", "contexts", "date", "date_start", "date_end", "date_precision",
           "date_basis", "date_text", "source_ids", "source", "source_country", "source_sector", "target_ids",
           "target", "target_country", "target_sector", "location", "location_country", "lat", "lon",
           "factuality", "attribution", "confidence", "mentions", "articles", "sentence"]


def _sectors(store: Store, evs: Iterable[Event]) -> dict[str, str | None]:
    return store.actor_sectors([p.actor_id for e in evs for p in e.source + e.target])


def event_rows(store: Store, evs: list[Event]) -> list[dict[str, Any]]:
    """One flat dict per event (multi-valued fields joined with "; ")."""
    sectors = _sectors(store, evs)

    def join(values: Iterable[str | None]) -> str:
        return "; ".join(v or "" for v in values)

    rows = []
    for e in evs:
        loc = e.location
        rows.append({
            "id": e.id, "type": e.type, "mode": e.mode, "cameo": e.cameo, "contexts": join(e.contexts),
            "date": e.date.value, "date_start": e.date.start, "date_end": e.date.end,
            "date_precision": e.date.precision, "date_basis": e.date.basis, "date_text": e.date.text,
            "source_ids": join(p.actor_id for p in e.source), "source": join(p.name for p in e.source),
            "source_country": join(p.country for p in e.source),
            "source_sector": join(sectors.get(p.actor_id) for p in e.source),
            "target_ids": join(p.actor_id for p in e.target), "target": join(p.name for p in e.target),
            "target_country": join(p.country for p in e.target),
            "target_sector": join(sectors.get(p.actor_id) for p in e.target),
            "location": loc.name if loc else None, "location_country": loc.country if loc else None,
            "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
            "factuality": e.factuality, "attribution": join(e.attribution), "confidence": round(e.confidence, 3),
            "mentions": len(e.evidence), "articles": join(dict.fromkeys(m.article_id for m in e.evidence)),
            "sentence": e.evidence[0].sentence if e.evidence else None,
        })
    return rows


def events_dataframe(store: Store, flt: EventFilter | None = None) -> pd.DataFrame:
    """The store's events as a pandas DataFrame, one row per event, columns as in `COLUMNS`."""
    import pandas as pd

    frame = pd.DataFrame(event_rows(store, store.events(flt)), columns=COLUMNS)
    for col in ("lat", "lon", "confidence"):
        frame[col] = frame[col].astype("float64")
    frame["mentions"] = frame["mentions"].astype("int64")
    return frame


# -- PLOVER ----------------------------------------------------------------------------------------


def plover_record(e: Event, sectors: dict[str, str | None], publishers: dict[str, str | None]) -> dict[str, Any]:
    """One event as a PLOVER JSON record (field names of the PLOVER 0.5 gold-standard records:
    id, date, source, target, event, mode, context, eventText, eventLoc, text, textInfo), plus
    `enddate` for date ranges and a `dragoman` object with what PLOVER has no field for."""

    def actor(p: Any) -> dict[str, Any]:
        return {"actorText": p.name, "code": p.country, "sector": sectors.get(p.actor_id), "id": p.actor_id}

    first = e.evidence[0] if e.evidence else None
    record: dict[str, Any] = {
        "id": e.id,
        "date": e.date.value,
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
    if e.date.end:
        record["enddate"] = e.date.end
    record["dragoman"] = {
        "cameo": e.cameo, "dateStart": e.date.start, "dateEnd": e.date.end, "datePrecision": e.date.precision,
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


def write_icews(store: Store, out: Any, flt: EventFilter | None = None) -> int:
    """ICEWS-style TSV: its 20 columns, one row per event. Several source (or target) actors are joined
    with "; " in one row; the date is the event date at its real precision (YYYY-MM for a month);
    Sentence Number and District/Province are left empty (not extracted)."""
    from dragoman.countries import country_name  # pycountry loads only for this format, not for `dragoman --help`

    evs = store.events(flt)
    sectors, publishers = _sectors(store, evs), store.publishers()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(ICEWS_COLUMNS)

    def names(people: list[Any]) -> str:
        return "; ".join(p.name for p in people)

    def sector_names(people: list[Any]) -> str:
        return "; ".join(SECTOR_NAMES.get(sectors.get(p.actor_id) or "", sectors.get(p.actor_id) or "")
                         for p in people)

    def countries(people: list[Any]) -> str:
        return "; ".join(country_name(p.country) or p.country or "" if p.country else "" for p in people)

    for e in evs:
        text, intensity = cameo_text(e.cameo)
        first = e.evidence[0] if e.evidence else None
        loc = e.location
        is_country = bool(loc and loc.country and country_name(loc.country) == loc.name)
        writer.writerow([
            e.id, e.date.value or "", names(e.source), sector_names(e.source), countries(e.source),
            text, e.cameo or "", "" if intensity is None else intensity, names(e.target), sector_names(e.target),
            countries(e.target), first.article_id if first else "", "",
            publishers.get(first.article_id) or "" if first else "",
            loc.name if loc and not is_country else "", "", "",
            (country_name(loc.country) or loc.country) if loc and loc.country else "",
            "" if not loc or loc.lat is None else loc.lat, "" if not loc or loc.lon is None else loc.lon,
        ])
    return len(evs)


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


def actor_network(store: Store, flt: EventFilter | None = None, min_weight: int = 1) -> nx.Graph:
    """The actor network as a networkx Graph (node and edge attributes are plain strings and ints,
    so that GEXF and GraphML can hold them; edge attribute `type_X` counts events of type X)."""
    import networkx as nx

    data = network_data(store, flt, min_weight)
    graph = nx.Graph(name="dragoman actor network")
    for n in data["nodes"]:
        graph.add_node(n["id"], label=n["name"], kind=n["kind"], country=n["country"] or "",
                       sector=n["sector"] or "", events=n["events"])
    for e in data["edges"]:
        attrs = {f"type_{t}": c for t, c in e["types"].items()}
        graph.add_edge(e["source"], e["target"], weight=e["weight"],
                       types=", ".join(f"{t}:{c}" for t, c in e["types"].items()), **attrs)
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
    fmt = ExportFormat(fmt)
    path = Path(path)
    if fmt in (ExportFormat.plover, ExportFormat.icews, ExportFormat.csv):
        with path.open("w", encoding="utf-8", newline="") as fh:
            _write_text(store, fmt, fh, flt)
    else:
        with path.open("wb") as fh:
            _write_binary(store, fmt, fh, flt)


def _write_text(store: Store, fmt: ExportFormat, out: Any, flt: EventFilter | None) -> None:
    if fmt is ExportFormat.plover:
        write_plover(store, out, flt)
    elif fmt is ExportFormat.icews:
        write_icews(store, out, flt)
    else:
        events_dataframe(store, flt).to_csv(out, index=False, lineterminator="\n")


def _write_binary(store: Store, fmt: ExportFormat, out: Any, flt: EventFilter | None) -> None:
    if fmt is ExportFormat.parquet:
        events_dataframe(store, flt).to_parquet(out, engine="pyarrow", index=False)
        return
    import networkx as nx

    graph = actor_network(store, flt)
    if fmt is ExportFormat.gexf:
        nx.write_gexf(graph, out)
    else:
        nx.write_graphml(graph, out)
