"""The event filter as the plainest SQL, written apart from the store's query planner: the oracle that the pages of
`Store.event_page` and `/api/events` are checked against."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select

from dragoman.store import (
    actor_aliases,
    event_conflicts,
    event_countries,
    event_mentions,
    event_participants,
    events,
    period_end,
    period_start,
)


def plain_event_ids(actor: str | None = None, type: str | None = None, country: str | None = None,
                    since: str | None = None, until: str | None = None, factuality: str | None = None,
                    article: str | None = None, disputed: bool | None = None) -> Any:
    """`select(events.c.id)` filtered as `EventFilter` says, for the caller to order."""
    query = select(events.c.id)
    if actor:
        ids = select(actor_aliases.c.actor_id).where(actor_aliases.c.alias_lower == actor.lower())
        query = query.where(events.c.id.in_(select(event_participants.c.event_id).where(or_(
            event_participants.c.actor_id.in_(ids), event_participants.c.actor_id == actor))))
    if type:
        query = query.where(events.c.type == type.upper())
    if country:
        query = query.where(events.c.id.in_(
            select(event_countries.c.event_id).where(event_countries.c.country == country.upper())))
    if since:
        query = query.where(events.c.date_max >= period_start(since))
    if until:
        query = query.where(events.c.date_min <= period_end(until))
    if factuality:
        query = query.where(events.c.factuality == factuality)
    if article:
        query = query.where(events.c.id.in_(
            select(event_mentions.c.event_id).where(event_mentions.c.article_id == article)))
    if disputed is not None:
        listed = events.c.id.in_(select(event_conflicts.c.event_id))
        query = query.where(listed if disputed else ~listed)
    return query
