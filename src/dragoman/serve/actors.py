"""Actors: pages of them by name, one with its mentions and events, merges, and the actor network."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam

from dragoman.export import network_data
from dragoman.serve.common import MAX_OFFSET, Filter, Limit, Offset, StoreDep, events_page, not_found, paged
from dragoman.serve.models import BY_DATE, ActorDetail, ActorPage, ActorSort, MergeOut, Network, SortKey
from dragoman.store import EventFilter

router = APIRouter()


@router.get("/api/actors", response_model=ActorPage, tags=["actors"])
def list_actors(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=300, description="Part of any name or alias, or an id.")] = None,
    kind: Annotated[str | None, Query(max_length=20, description="person, organization, country or group.")]
    = None,
    country: Annotated[str | None, Query(max_length=3)] = None,
    limit: Limit = 100, offset: Offset = 0, sort: ActorSort = ActorSort.events,
) -> Any:
    """Actors, searched by any of their aliases, with their roles and number of events."""
    return paged(request, store.actor_page(q, kind, country, limit, offset, sort.value))


@router.get("/api/actors/{actor_id}", response_model=ActorDetail, responses=not_found, tags=["actors"])
def get_actor(request: Request, store: StoreDep, actor_id: Annotated[str, PathParam(max_length=200)],
              limit: Limit = 100, offset: Offset = 0, sort: SortKey = BY_DATE) -> Any:
    """One actor with its aliases, roles, mentions, (a page of) its events, merges, and what joined each article's
    actor to it."""
    actor, mentions = store.actor_detail(actor_id)
    page = events_page(request, store, EventFilter(actor_id=actor_id), limit, offset, sort.value)
    return {"actor": actor, "mentions": mentions, "events": page, "merges": store.actor_merges(actor_id),
            "links": store.actor_links(actor_id)}


@router.get("/api/network", response_model=Network, tags=["actors"])
def get_network(store: StoreDep, flt: Filter,
                min_weight: Annotated[int, Query(ge=1, le=MAX_OFFSET, description="Drop weaker edges.")] = 1,
                limit: Annotated[int, Query(ge=1, le=5000, description="Keep the actors with most events.")]
                = 300) -> Any:
    """The actor network: actors that take part in the same events, edges weighted by event type."""
    return network_data(store, flt, min_weight, limit)


@router.get("/api/merges", response_model=list[MergeOut], tags=["actors"])
def list_merges(store: StoreDep) -> Any:
    """Every merge of actors, newest first (undone ones included)."""
    return store.actor_merges()
