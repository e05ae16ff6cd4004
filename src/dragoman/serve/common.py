"""What the routers share: the server's state, the dependencies that hand it to an endpoint (the store, the
write token), the event filter's query parameters, paging, and the status code of each error the store raises."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, HTTPException, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from dragoman.errors import Conflict, Invalid, NotFound, StoreError
from dragoman.serve.models import Problem
from dragoman.store import EVENT_SORTS, EventFilter, Store

if TYPE_CHECKING:  # pragma: no cover
    from dragoman.events.relation import RelationModel
    from dragoman.pipeline import Pipeline

MAX_LIMIT = 1000
MAX_OFFSET = 10**9
DATE_PATTERN = r"^[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
SORTS = EVENT_SORTS
# The status code of each error the store raises.
STATUS: dict[type[StoreError], int] = {NotFound: 404, Conflict: 409, Invalid: 422}

bearer = HTTPBearer(auto_error=False, description="The token printed by `dragoman serve`.")
PROBLEM_JSON = "application/problem+json"


def problem_response(description: str) -> dict[str, Any]:
    """An error response in the OpenAPI document: RFC 9457 problem details."""
    return {"model": Problem, "description": description,
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}}


write_responses: dict[int | str, dict[str, Any]] = {401: problem_response("No token."),
                                                    403: problem_response("A wrong token.")}
not_found: dict[int | str, dict[str, Any]] = {404: problem_response("Not in the store.")}
conflict_response: dict[int | str, dict[str, Any]] = {409: problem_response("Clashes with what the store holds.")}


@dataclass
class Server:
    """One app's state: its store and write token; writes take turns on `write_lock`, and so does the pipeline
    (spaCy), which loads on the first ingest or pair coding; the relation model loads on the first pair coding."""

    store: Store
    token: str
    pipeline: Pipeline | None = None
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    relation: RelationModel | None = None

    def loaded_pipeline(self) -> Pipeline:
        """The pipeline, built now if this is its first use; call with `write_lock` held."""
        if self.pipeline is None:
            from dragoman.parallel import freeze_heap
            from dragoman.pipeline import Pipeline

            self.pipeline = Pipeline()
            freeze_heap()  # the spaCy model stays for good
        return self.pipeline


def get_server(request: Request) -> Server:
    return request.app.state.server


def get_store(request: Request) -> Store:
    return request.app.state.server.store


def require_token(request: Request,
                  creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    if creds is None or not creds.credentials:
        raise HTTPException(401, "a token is needed: Authorization: Bearer <token>",
                            headers={"WWW-Authenticate": "Bearer"})
    if not secrets.compare_digest(creds.credentials.encode(), request.app.state.server.token.encode()):
        raise HTTPException(403, "wrong token")


ServerDep = Annotated[Server, Depends(get_server)]
StoreDep = Annotated[Store, Depends(get_store)]


SearchQuery = Annotated[str | None, Query(
    max_length=500, description='Full-text search, as web search engines read it: every word (stemmed), "a phrase", '
                                'a OR b, -word to leave out.')]


def event_filter(
    actor: Annotated[str | None, Query(max_length=300, description="Any name or alias of an actor, or its id.")]
    = None,
    type: Annotated[str | None, Query(max_length=40, description="PLOVER event type, e.g. CONSULT.")] = None,
    country: Annotated[str | None, Query(max_length=60, description="ISO 3166 alpha-3 of a participant or "
                                                                   "the place.")] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Event date on or after "
                                                                         "(YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="Event date on or before.")] = None,
    factuality: Annotated[str | None, Query(max_length=20, description="asserted, reported, planned, ...")]
    = None,
    article: Annotated[str | None, Query(max_length=200, description="Only events this article reports.")]
    = None,
    disputed: Annotated[bool | None, Query(description="true: only events whose sources disagree on a field (a "
                                                       "conflict is listed); false: only the others.")] = None,
    q: SearchQuery = None,
) -> EventFilter:
    return EventFilter(actor=actor, type=type, country=country, since=since, until=until,
                       factuality=factuality, article=article, disputed=disputed, q=q)


Filter = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


def next_link(request: Request, total: int, limit: int, offset: int) -> str | None:
    """The URL of the page after this one (the same query with the offset moved on), or None on the last."""
    if offset + limit >= total:
        return None
    return str(request.url.include_query_params(offset=offset + limit, limit=limit))


def paged(request: Request, page: dict[str, Any]) -> dict[str, Any]:
    """A page (total, limit, offset, items) with its `next` link."""
    return page | {"next": next_link(request, page["total"], page["limit"], page["offset"])}


def events_page(request: Request, store: Store, flt: EventFilter, limit: int, offset: int,
                sort: str = "date") -> dict[str, Any]:
    """One page of events with the total count and the next page's link, in any sort order (`-` for
    descending)."""
    total, found = store.event_page(flt, sort=sort, limit=limit, offset=offset)
    return paged(request, {"total": total, "limit": limit, "offset": offset, "items": [e.to_dict() for e in found]})
