"""Events: pages of them by filter, one with its evidence, claims and conflicts, its history; counts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Request
from fastapi import Path as PathParam

from dragoman.serve.common import Filter, Limit, Offset, StoreDep, events_page, not_found, paged
from dragoman.serve.evidence import event_detail
from dragoman.serve.models import (
    BY_DATE,
    ConflictPage,
    EventDetailOut,
    EventHistory,
    EventPage,
    SeriesPeriod,
    SortKey,
    Stats,
)

router = APIRouter()


@router.get("/api/events", response_model=EventPage, tags=["events"])
def list_events(request: Request, store: StoreDep, flt: Filter, limit: Limit = 100, offset: Offset = 0,
                sort: SortKey = BY_DATE) -> Any:
    """Events, filtered like `dragoman events`, one page at a time with the total count and the next page's
    link."""
    return events_page(request, store, flt, limit, offset, sort.value)


@router.get("/api/events/{event_id}", response_model=EventDetailOut, responses=not_found, tags=["events"])
def get_event(store: StoreDep, event_id: Annotated[str, PathParam(max_length=200)]) -> Any:
    """One event with the words behind each field, its claims and the conflicts between them."""
    ev = store.event(event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id}")
    detail = event_detail(ev, store) | store.event_sources(ev)
    detail["conflicts"] = [c.to_dict() for c in store.conflicts(ev.id)]
    return detail


@router.get("/api/conflicts", response_model=ConflictPage, tags=["events"])
def list_conflicts(request: Request, store: StoreDep, flt: Filter, limit: Limit = 100, offset: Offset = 0,
                   sort: SortKey = BY_DATE) -> Any:
    """Events whose sources disagree, filtered like /api/events (`disputed` is implied), one page at a time: each
    event with the fields in dispute, each claim and who made it."""
    total, found = store.conflict_page(flt, sort=sort.value, limit=limit, offset=offset)
    items = [{"event": ev.to_dict(), "fields": list(dict.fromkeys(c.field for c in conflicts)),
              "conflicts": [c.to_dict() for c in conflicts]} for ev, conflicts in found]
    return paged(request, {"total": total, "limit": limit, "offset": offset, "items": items})


@router.get("/api/stats", response_model=Stats, tags=["events"])
def get_stats(store: StoreDep, flt: Filter, by: SeriesPeriod = SeriesPeriod.month) -> Any:
    """Counts of the events the filters match: by type, factuality, date precision, and over time (`series`,
    by day, week, month or year), so a trend shows before the events are read."""
    return store.stats(flt, by.value)


@router.get("/api/events/{event_id}/history", response_model=EventHistory, responses=not_found, tags=["events"])
def event_history(store: StoreDep, event_id: Annotated[str, PathParam(max_length=200)]) -> Any:
    """What changed in an event and why: its revisions and the merges that made it, oldest first."""
    current = store.resolve_event(event_id)
    revisions = store.history(event_id)
    if current is None and not revisions:
        raise HTTPException(404, f"no event {event_id}")
    return {"event_id": current, "revisions": revisions, "merges": store.event_merges(event_id),
            "corrections": store.corrections(event_id)}
