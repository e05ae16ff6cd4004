"""The HTTP API and the web interface: `dragoman serve` (FastAPI + uvicorn).

Read endpoints live under `/api/` and need no token. Write endpoints (ingest, merge and split of
actors and of events) need the token that `dragoman serve` prints at start, or reads from `DRAGOMAN_TOKEN`, sent
as `Authorization: Bearer <token>`; without it they answer 401, with a wrong one 403.

The web interface (`/`) is static HTML, CSS and JavaScript from `dragoman/web/`, with its JS
libraries vendored in `web/vendor/`: there is no build step. All article text reaches the page as
JSON and is put into the DOM as text, never as HTML.

Merges and splits are the store's (`Store.merge_actors`, `Store.merge_events` and their undo): each is
one transaction, recorded with what it changed, and reversible.
"""

from __future__ import annotations

import io
import json
import os
import secrets
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from dragoman.errors import Conflict, Invalid, NotFound, StoreError
from dragoman.evidence import event_detail
from dragoman.export import FORMAT_INFO, ExportFormat, export_bytes, network_data
from dragoman.parallel import freeze_heap
from dragoman.store import EVENT_SORTS, EventFilter, Store, db_url

if TYPE_CHECKING:  # pragma: no cover
    from dragoman.pipeline import Pipeline

WEB_DIR = Path(__file__).resolve().parent / "web"
MAX_LIMIT = 1000
MAX_OFFSET = 10**9
MAX_BODY = 20 * 1024 * 1024
DATE_PATTERN = r"^[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

bearer = HTTPBearer(auto_error=False, description="The token printed by `dragoman serve`.")


# -- response models (they make the OpenAPI document) ----------------------------------------------


class Participant(BaseModel):
    actor_id: str
    name: str
    country: str | None = None


class EventDateOut(BaseModel):
    value: str | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD: the date at its real precision.")
    start: str | None = None
    end: str | None = Field(None, description="Last day of a range (e.g. a visit from July 23 to 25).")
    precision: str | None = Field(None, description="year, month or day")
    basis: str = Field(description="text (the article says it), narrative (inferred) or publication")


class LocationOut(BaseModel):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class EvidenceOut(BaseModel):
    article_id: str
    sentence: str
    start: int
    end: int
    trigger: str | None = None
    factuality: str | None = None
    attribution: list[str] = []


class EventOut(BaseModel):
    id: str
    type: str
    mode: str | None = None
    contexts: list[str] = []
    cameo: str | None = None
    source: list[Participant] = []
    target: list[Participant] = []
    date: EventDateOut
    location: LocationOut | None = None
    factuality: str
    attribution: list[str] = []
    evidence: list[EvidenceOut] = []
    confidence: float


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EventOut]


class Highlight(BaseModel):
    start: int = Field(description="Offset in the sentence.")
    end: int
    field: str = Field(description="event, date, location, source or target")


class EvidenceDetail(BaseModel):
    article_id: str
    sentence: str
    start: int
    end: int
    trigger: str | None = None
    highlights: list[Highlight]


class ClaimOut(BaseModel):
    field: str
    value: str
    attributed_to: str | None = None
    article_id: str
    sentence: str
    start: int
    end: int


class ConflictEvidence(BaseModel):
    article_id: str
    sentence: str
    start: int
    end: int


class ConflictClaim(BaseModel):
    value: str
    attributed_to: str | None = None
    evidence: ConflictEvidence


class ConflictOut(BaseModel):
    event_id: str
    field: str
    claims: list[ConflictClaim]


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    events: int = 0


class ArticleOut(ArticleSummary):
    text: str
    event_ids: list[str] = []


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleSummary]


class EventDetailOut(BaseModel):
    event: EventOut
    fields: dict[str, str] = Field(description="For each field, the words of the article that gave it.")
    evidence: list[EvidenceDetail]
    claims: list[ClaimOut]
    conflicts: list[ConflictOut]
    articles: list[ArticleSummary]
    source_count: int


class RoleOut(BaseModel):
    title: str
    country: str | None = None
    start: str | None = None
    end: str | None = None
    current: bool = True


class ActorOut(BaseModel):
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = []
    roles: list[RoleOut] = []
    events: int = 0


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ActorOut]


class MentionOut(BaseModel):
    article_id: str
    start: int
    end: int
    text: str


class MergeOut(BaseModel):
    id: int
    into: str
    merged: str
    created_at: str
    undone_at: str | None = None


class ActorDetail(BaseModel):
    actor: ActorOut
    mentions: list[MentionOut]
    events: EventPage
    merges: list[MergeOut]


class NetworkNode(BaseModel):
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    events: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int
    types: dict[str, int] = Field(description="Number of shared events by event type.")


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class Stats(BaseModel):
    counts: dict[str, int]
    by_type: dict[str, int]
    by_factuality: dict[str, int]
    by_precision: dict[str, int]
    by_month: dict[str, int]
    date_min: str | None = None
    date_max: str | None = None
    conflicts: int


class IngestResultOut(BaseModel):
    article_id: str
    status: str
    events: int
    actors: int


class IngestOut(BaseModel):
    results: list[IngestResultOut]
    errors: list[str]


class EventMergeIn(BaseModel):
    into: str = Field(min_length=1, max_length=200, description="The event that stays.")
    merge: str = Field(min_length=1, max_length=200, description="The event merged into it; its id keeps resolving.")
    note: str | None = Field(None, max_length=2000, description="Why, for the record.")


class EventMergeOut(BaseModel):
    id: int
    into: str
    merged: str
    kind: str = Field(description="auto (at ingest) or user")
    article_id: str | None = Field(None, description="The article whose report joined (automatic merges).")
    explanation: dict[str, Any] = Field(description="The fields that matched.")
    created_at: str
    undone_at: str | None = None
    restored: str | None = Field(None, description="After a split: the id of the event split off.")


class RevisionOut(BaseModel):
    id: int
    event_id: str
    created_at: str
    action: str = Field(description="created, updated, deleted, merged, split, corrected or uncorrected")
    article_id: str | None = None
    merge_id: int | None = None
    changes: dict[str, list[Any]] = Field(description="Each changed field: [before, after].")


class CorrectionIn(BaseModel):
    field: str = Field(description="type, mode, cameo, factuality, date, date.end, location or location.country")
    value: str | None = Field(None, max_length=300, description="The right value; empty clears the field.")
    note: str | None = Field(None, max_length=2000, description="Why, for the record.")


class CorrectionOut(BaseModel):
    id: int
    event_id: str
    field: str
    value: str | None = None
    note: str | None = None
    created_at: str
    undone_at: str | None = None


class EventHistory(BaseModel):
    event_id: str | None = Field(description="The event the id resolves to now (null if it is gone).")
    revisions: list[RevisionOut]
    merges: list[EventMergeOut]
    corrections: list[CorrectionOut]


class MergeIn(BaseModel):
    into: str = Field(min_length=1, max_length=200, description="The actor that stays.")
    merge: str = Field(min_length=1, max_length=200, description="The actor merged into it (deleted).")


class SortKey(StrEnum):
    date = "date"
    date_desc = "-date"
    type = "type"
    type_desc = "-type"
    confidence = "confidence"
    confidence_desc = "-confidence"
    mentions = "mentions"
    mentions_desc = "-mentions"
    id = "id"


class ActorSort(StrEnum):
    events = "events"
    name = "name"


class Problem(BaseModel):
    detail: str


SORTS = EVENT_SORTS
# The status code of each error the store raises.
STATUS: dict[type[StoreError], int] = {NotFound: 404, Conflict: 409, Invalid: 422}


def events_page(store: Store, flt: EventFilter, limit: int, offset: int, sort: str = "date") -> dict[str, Any]:
    """One page of events with the total count, in any sort order (`-` for descending)."""
    total, found = store.event_page(flt, sort=sort, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": [e.to_dict() for e in found]}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- parameters shared by the endpoints ---------------------------------------------------------------


def event_filter(
    actor: Annotated[str | None, Query(max_length=300, description="Any name or alias of an actor, or its id.")]
    = None,
    type: Annotated[str | None, Query(max_length=40, description="PLOVER event type, e.g. CONSULT.")] = None,
    country: Annotated[str | None, Query(max_length=3, description="ISO 3166 alpha-3 of a participant or "
                                                                   "the place.")] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Event date on or after "
                                                                         "(YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Event date on or before.")] = None,
    factuality: Annotated[str | None, Query(max_length=20, description="asserted, reported, planned, ...")]
    = None,
    article: Annotated[str | None, Query(max_length=200, description="Only events this article reports.")]
    = None,
) -> EventFilter:
    return EventFilter(actor=actor, type=type, country=country, since=since, until=until,
                       factuality=factuality, article=article)


Filter = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


# -- the application -------------------------------------------------------------------------------


@asynccontextmanager
async def _lifespan(_app: FastAPI) -> AsyncIterator[None]:
    freeze_heap()
    yield


def create_app(store: Store | str | None = None, token: str | None = None,
               pipeline: Pipeline | None = None) -> FastAPI:
    """The API and web app over a store (a `Store`, a URL or a SQLite path). The write token is
    `token`, else `DRAGOMAN_TOKEN`, else a fresh random one (in `app.state.token`)."""
    if not isinstance(store, Store):
        store = Store(db_url(store))
    token = token or os.environ.get("DRAGOMAN_TOKEN") or secrets.token_urlsafe(24)

    app = FastAPI(
        title="dragoman",
        version="0.1.0",
        description="News articles in, evidenced and queryable event data out. Read endpoints are open; "
                    "write endpoints need `Authorization: Bearer <token>` (printed by `dragoman serve`, "
                    "or set with DRAGOMAN_TOKEN).",
        lifespan=_lifespan,
    )
    app.state.store = store
    app.state.token = token
    state: dict[str, Any] = {"pipeline": pipeline}
    write_lock = threading.Lock()

    def require_token(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        if creds is None or not creds.credentials:
            raise HTTPException(401, "a token is needed: Authorization: Bearer <token>",
                                headers={"WWW-Authenticate": "Bearer"})
        if not secrets.compare_digest(creds.credentials.encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    write_responses: dict[int | str, dict[str, Any]] = {401: {"model": Problem}, 403: {"model": Problem}}
    not_found: dict[int | str, dict[str, Any]] = {404: {"model": Problem}}

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.url.path.startswith("/api/"):
            response.headers.setdefault("Content-Security-Policy", CSP)
            response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    @app.get("/api/events", response_model=EventPage, tags=["events"])
    def list_events(flt: Filter, limit: Limit = 100, offset: Offset = 0, sort: SortKey = SortKey.date) -> Any:
        """Events, filtered like `dragoman events`, one page at a time with the total count."""
        return events_page(store, flt, limit, offset, sort.value)

    @app.get("/api/events/{event_id}", response_model=EventDetailOut, responses=not_found, tags=["events"])
    def get_event(event_id: Annotated[str, PathParam(max_length=200)]) -> Any:
        """One event with the words behind each field, its claims and the conflicts between them."""
        ev = store.event(event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id}")
        detail = event_detail(ev, store) | store.event_sources(ev)
        detail["conflicts"] = [c.to_dict() for c in store.conflicts(ev.id)]
        return detail

    @app.get("/api/actors", response_model=ActorPage, tags=["actors"])
    def list_actors(
        q: Annotated[str | None, Query(max_length=300, description="Part of any name or alias, or an id.")] = None,
        kind: Annotated[str | None, Query(max_length=20, description="person, organization, country or group.")]
        = None,
        country: Annotated[str | None, Query(max_length=3)] = None,
        limit: Limit = 100, offset: Offset = 0, sort: ActorSort = ActorSort.events,
    ) -> Any:
        """Actors, searched by any of their aliases, with their roles and number of events."""
        return store.actor_page(q, kind, country, limit, offset, sort.value)

    @app.get("/api/actors/{actor_id}", response_model=ActorDetail, responses=not_found, tags=["actors"])
    def get_actor(actor_id: Annotated[str, PathParam(max_length=200)], limit: Limit = 100,
                  offset: Offset = 0, sort: SortKey = SortKey.date) -> Any:
        """One actor with its aliases, roles, mentions and (a page of) its events."""
        actor, mentions = store.actor_detail(actor_id)
        page = events_page(store, EventFilter(actor_id=actor_id), limit, offset, sort.value)
        return {"actor": actor, "mentions": mentions, "events": page, "merges": store.actor_merges(actor_id)}

    @app.get("/api/conflicts", response_model=list[ConflictOut], tags=["events"])
    def list_conflicts() -> Any:
        """Events whose sources disagree, with each claim and who made it."""
        return [c.to_dict() for c in store.conflicts()]

    @app.get("/api/articles", response_model=ArticlePage, tags=["articles"])
    def list_articles(limit: Limit = 100, offset: Offset = 0) -> Any:
        """Stored articles (without their text), newest first."""
        return store.article_page(limit, offset)

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, responses=not_found, tags=["articles"])
    def get_article(article_id: Annotated[str, PathParam(max_length=200)]) -> Any:
        """One article with its text and the events it reports."""
        art = store.article(article_id)
        if art is None:
            raise HTTPException(404, f"no article {article_id}")
        ids = store.article_event_ids(article_id)
        return art.to_dict() | {"text": art.text, "event_ids": ids, "events": len(ids)}

    @app.get("/api/network", response_model=Network, tags=["actors"])
    def get_network(flt: Filter,
                    min_weight: Annotated[int, Query(ge=1, le=MAX_OFFSET, description="Drop weaker edges.")] = 1,
                    limit: Annotated[int, Query(ge=1, le=5000, description="Keep the actors with most events.")]
                    = 300) -> Any:
        """The actor network: actors that take part in the same events, edges weighted by event type."""
        return network_data(store, flt, min_weight, limit)

    @app.get("/api/stats", response_model=Stats, tags=["events"])
    def get_stats() -> Any:
        """Counts of what the store holds: events by type, factuality, date precision and month."""
        return store.stats()

    export_responses: dict[int | str, dict[str, Any]] = {
        200: {"content": {media: {"schema": {"type": "string", "format": "binary"}}
                          for media, _ in FORMAT_INFO.values()}, "description": "The export file."}}

    @app.get("/api/export/{format}", response_class=Response, responses=export_responses, tags=["export"])
    def download(format: ExportFormat, flt: Filter) -> Response:
        """Download events (plover, icews, csv, parquet) or the actor network (gexf, graphml)."""
        media, ext = FORMAT_INFO[format]
        data = export_bytes(store, format, flt)
        return Response(data, media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="dragoman-events.{ext}"'})

    # -- writes --

    ingest_body = {"requestBody": {"required": True, "content": {
        "text/plain": {"schema": {"type": "string"}}, "text/html": {"schema": {"type": "string"}},
        "application/x-ndjson": {"schema": {"type": "string"},
                                 "example": '{"id": "a1", "text": "...", "published": "2024-07-24"}'}}}}

    @app.post("/api/ingest", response_model=IngestOut, responses=write_responses | {413: {"model": Problem}},
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

        return await anyio.to_thread.run_sync(_ingest_sync, body, published, title, url, source)

    def _ingest_sync(body: bytes, published: date | None, title: str | None, url: str | None,
                     source: str | None) -> dict[str, Any]:
        from dragoman.errors import InputError
        from dragoman.readers import iter_articles

        results, errors = [], []
        with write_lock:
            if state["pipeline"] is None:
                from dragoman.pipeline import Pipeline

                state["pipeline"] = Pipeline()
                freeze_heap()  # the spaCy model stays for good
            pipe = state["pipeline"]
            for item in iter_articles(["-"], published=published, stdin=io.BytesIO(body)):
                if isinstance(item, InputError):
                    errors.append(str(item))
                    continue
                item.title = title or item.title
                item.url = url or item.url
                item.source = source or item.source
                try:
                    res = store.ingest(pipe.extract_article(item))
                except Exception as exc:  # reported; the article's transaction rolled back
                    errors.append(f"{item.id}: {type(exc).__name__}: {exc}")
                    continue
                results.append({"article_id": res.article_id, "status": res.status, "events": res.events,
                                "actors": res.actors})
        return {"results": results, "errors": errors}

    @app.post("/api/actors/merge", response_model=MergeOut, dependencies=[Depends(require_token)],
              responses=write_responses | not_found | {409: {"model": Problem}}, tags=["write"])
    def merge(body: MergeIn) -> Any:
        """Merge one actor into another (reversible with split)."""
        with write_lock:
            return store.merge_actors(body.into, body.merge)

    @app.post("/api/actors/split/{merge_id}", response_model=MergeOut, dependencies=[Depends(require_token)],
              responses=write_responses | not_found | {409: {"model": Problem}}, tags=["write"])
    def split(merge_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> Any:
        """Undo a merge: the merged actor comes back with its aliases, mentions, roles and events."""
        with write_lock:
            return store.split_actors(merge_id)

    @app.get("/api/merges", response_model=list[MergeOut], tags=["actors"])
    def list_merges() -> Any:
        """Every merge of actors, newest first (undone ones included)."""
        return store.actor_merges()

    @app.post("/api/events/merge", response_model=EventMergeOut, dependencies=[Depends(require_token)],
              responses=write_responses | not_found | {409: {"model": Problem}}, tags=["write"])
    def merge_events(body: EventMergeIn) -> Any:
        """Make one event part of another: its mentions and claims move, its id keeps resolving."""
        with write_lock:
            return store.merge_events(body.into, body.merge, body.note)

    @app.post("/api/events/split/{merge_id}", response_model=EventMergeOut, dependencies=[Depends(require_token)],
              responses=write_responses | not_found | {409: {"model": Problem}}, tags=["write"])
    def split_events(merge_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> Any:
        """Undo a merge of events, automatic or by a user; a later ingest will not join them again."""
        with write_lock:
            return store.undo_event_merge(merge_id)

    @app.get("/api/events/{event_id}/history", response_model=EventHistory, responses=not_found, tags=["events"])
    def event_history(event_id: Annotated[str, PathParam(max_length=200)]) -> Any:
        """What changed in an event and why: its revisions and the merges that made it, oldest first."""
        current = store.resolve_event(event_id)
        revisions = store.history(event_id)
        if current is None and not revisions:
            raise HTTPException(404, f"no event {event_id}")
        return {"event_id": current, "revisions": revisions, "merges": store.event_merges(event_id),
                "corrections": store.corrections(event_id)}

    @app.post("/api/events/{event_id}/corrections", response_model=CorrectionOut,
              dependencies=[Depends(require_token)], responses=write_responses | not_found, tags=["write"])
    def correct_event(event_id: Annotated[str, PathParam(max_length=200)], body: CorrectionIn) -> Any:
        """Set one field of an event by hand; it wins over every report until undone, and is in its history."""
        with write_lock:
            return store.correct_event(event_id, body.field, body.value, body.note)

    @app.post("/api/corrections/{correction_id}/undo", response_model=CorrectionOut,
              dependencies=[Depends(require_token)], responses=write_responses | not_found | {409: {"model": Problem}},
              tags=["write"])
    def undo_correction(correction_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> Any:
        """Take a correction back: the field is again what the reports say."""
        with write_lock:
            return store.undo_correction(correction_id)

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=STATUS[type(exc)])

    # -- the web interface --

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    return app


def openapi_document() -> str:
    """The OpenAPI document as committed in docs/openapi.json (`python -m dragoman.api > docs/openapi.json`)."""
    app = create_app(Store("sqlite://"), token="x")
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(openapi_document())
