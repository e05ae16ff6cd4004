"""Writes, each behind the token and one at a time: ingesting articles, merging and splitting actors and
events, correcting an event's fields and taking a correction back."""

from __future__ import annotations

import io
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam

from dragoman.serve.common import (
    Server,
    ServerDep,
    conflict_response,
    get_server,
    not_found,
    problem_response,
    require_token,
    write_responses,
)
from dragoman.serve.models import (
    CorrectionIn,
    CorrectionOut,
    EventMergeIn,
    EventMergeOut,
    IngestOut,
    MergeIn,
    MergeOut,
)

router = APIRouter()
MAX_BODY = 20 * 1024 * 1024

ingest_body = {"requestBody": {"required": True, "content": {
    "text/plain": {"schema": {"type": "string"}}, "text/html": {"schema": {"type": "string"}},
    "application/x-ndjson": {"schema": {"type": "string"},
                             "example": '{"id": "a1", "text": "...", "published": "2024-07-24"}'}}}}


@router.post("/api/ingest", response_model=IngestOut,
             responses=write_responses | {413: problem_response("The body is too large.")},
             dependencies=[Depends(require_token)], openapi_extra=ingest_body, tags=["write"])
async def ingest(
    request: Request,
    published: Annotated[date | None, Query(description="Publication date if the input gives none.")] = None,
    title: Annotated[str | None, Query(max_length=1000)] = None,
    url: Annotated[str | None, Query(max_length=2000)] = None,
    source: Annotated[str | None, Query(max_length=300, description="Publisher.")] = None,
) -> Any:
    """Extract and store articles sent in the body: plain text, HTML, or JSONL (one article a line)."""
    body = await request.body()
    if len(body) > MAX_BODY:
        raise HTTPException(413, "body too large")
    import anyio

    return await anyio.to_thread.run_sync(_ingest_sync, get_server(request), body, published, title, url, source)


def _ingest_sync(server: Server, body: bytes, published: date | None, title: str | None, url: str | None,
                 source: str | None) -> dict[str, Any]:
    from dragoman.errors import InputError
    from dragoman.readers import iter_articles

    results, errors = [], []
    with server.write_lock:
        pipe = server.loaded_pipeline()
        for item in iter_articles(["-"], published=published, stdin=io.BytesIO(body)):
            if isinstance(item, InputError):
                errors.append(str(item))
                continue
            item.title = title or item.title
            item.url = url or item.url
            item.source = source or item.source
            try:
                res = server.store.ingest(pipe.extract_article(item))
            except Exception as exc:  # reported; the article's transaction rolled back
                errors.append(f"{item.id}: {type(exc).__name__}: {exc}")
                continue
            results.append({"article_id": res.article_id, "status": res.status, "events": res.events,
                            "actors": res.actors})
    return {"results": results, "errors": errors}


@router.post("/api/actors/merge", response_model=MergeOut, dependencies=[Depends(require_token)],
             responses=write_responses | not_found | conflict_response, tags=["write"])
def merge(server: ServerDep, body: MergeIn) -> Any:
    """Merge one actor into another (reversible with split)."""
    with server.write_lock:
        return server.store.merge_actors(body.into, body.merge)


@router.post("/api/actors/split/{merge_id}", response_model=MergeOut, dependencies=[Depends(require_token)],
             responses=write_responses | not_found | conflict_response, tags=["write"])
def split(server: ServerDep, merge_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> Any:
    """Undo a merge: the merged actor comes back with its aliases, mentions, roles and events."""
    with server.write_lock:
        return server.store.split_actors(merge_id)


@router.post("/api/events/merge", response_model=EventMergeOut, dependencies=[Depends(require_token)],
             responses=write_responses | not_found | conflict_response, tags=["write"])
def merge_events(server: ServerDep, body: EventMergeIn) -> Any:
    """Make one event part of another: its mentions and claims move, its id keeps resolving."""
    with server.write_lock:
        return server.store.merge_events(body.into, body.merge, body.note)


@router.post("/api/events/split/{merge_id}", response_model=EventMergeOut, dependencies=[Depends(require_token)],
             responses=write_responses | not_found | conflict_response, tags=["write"])
def split_events(server: ServerDep, merge_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> Any:
    """Undo a merge of events, automatic or by a user; a later ingest will not join them again."""
    with server.write_lock:
        return server.store.undo_event_merge(merge_id)


@router.post("/api/events/{event_id}/corrections", response_model=CorrectionOut,
             dependencies=[Depends(require_token)], responses=write_responses | not_found, tags=["write"])
def correct_event(server: ServerDep, event_id: Annotated[str, PathParam(max_length=200)], body: CorrectionIn) -> Any:
    """Set one field of an event by hand; it wins over every report until undone, and is in its history."""
    with server.write_lock:
        return server.store.correct_event(event_id, body.field, body.value, body.note)


@router.post("/api/corrections/{correction_id}/undo", response_model=CorrectionOut,
             dependencies=[Depends(require_token)], responses=write_responses | not_found | conflict_response,
             tags=["write"])
def undo_correction(server: ServerDep, correction_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> Any:
    """Take a correction back: the field is again what the reports say."""
    with server.write_lock:
        return server.store.undo_correction(correction_id)
