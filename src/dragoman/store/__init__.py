"""The store: SQLite by default, any SQLAlchemy URL (PostgreSQL for teams).

Plain tables with clear names, foreign keys and indexes, so the database is also browsable with
Datasette, pandas or the sqlite3 shell. Each article is written in one transaction: a failure
leaves the store as it was. Re-ingesting an unchanged article changes nothing (content hash); an
edited article (same path or URL) replaces its mentions, and events keep their IDs when they are
the same event.

A stored event is the fold of its reports (one per article, `event_reports`), so removing an article
or undoing a merge recomputes it exactly. Every merge, automatic or by a user, is recorded with the
fields that matched (`event_merges`) and can be undone; old IDs keep resolving (`event_aliases`); and
every change to an event is kept, field by field (`event_revisions`).

The package is layered, each module on the one before: `schema` (tables, indexes, opening a database),
`queries` (reading, one query path for events), `writing` (ingesting extractions) and `curation` (merges,
splits, corrections, history). `Store` is all of them; import everything from `dragoman.store`.
"""

from __future__ import annotations

from dragoman.store.curation import CORRECTABLE, Curation
from dragoman.store.queries import EventFilter, period_end, period_start
from dragoman.store.schema import (
    DEFAULT_URL,
    EVENT_SORTS,
    actor_aliases,
    actor_mentions,
    actor_merges,
    actor_roles,
    actors,
    article_revisions,
    articles,
    claims,
    db_url,
    event_aliases,
    event_conflicts,
    event_corrections,
    event_countries,
    event_mentions,
    event_merges,
    event_participants,
    event_reports,
    event_revisions,
    events,
    metadata,
    refresh_event_countries,
)
from dragoman.store.writing import IngestResult


class Store(Curation):
    """A dragoman database. `Store()` opens ./dragoman.db; `Store(url)` any SQLAlchemy URL."""


__all__ = [
    'CORRECTABLE', 'DEFAULT_URL', 'EVENT_SORTS', 'EventFilter', 'IngestResult', 'Store', 'db_url', 'metadata',
    'period_end', 'period_start', 'refresh_event_countries', 'actor_aliases', 'actor_mentions', 'actor_merges',
    'actor_roles', 'actors', 'article_revisions', 'articles', 'claims', 'event_aliases', 'event_conflicts',
    'event_corrections', 'event_countries', 'event_mentions', 'event_merges', 'event_participants', 'event_reports',
    'event_revisions', 'events',
]
