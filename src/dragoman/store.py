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
"""

from __future__ import annotations

import calendar
import copy
import json
import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar, get_args

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    false,
    func,
    insert,
    inspect,
    or_,
    select,
    text,
    union,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from dragoman import errors  # errors.Conflict (a clash with the store) is not model.Conflict (sources disagree)
from dragoman.model import (
    PLOVER_TYPES,
    Actor,
    Article,
    Claim,
    Conflict,
    Event,
    EventDate,
    Evidence,
    Extraction,
    Factuality,
    Location,
    Mention,
    Participant,
    Role,
)
from dragoman.names import same_person
from dragoman.reports import absorb, conflicting_fields, explain_match, find_conflicts, same_event, similarity

T = TypeVar("T")
DEFAULT_URL = "sqlite:///dragoman.db"


def db_url(db: str | None) -> str:
    """The SQLAlchemy URL for a `--db` value: a URL as given, a file path as SQLite, nothing as the default."""
    if not db:
        return DEFAULT_URL
    return db if "://" in db else f"sqlite:///{db}"
WRITE_ATTEMPTS = 5
MATCH_WINDOW_DAYS = 31  # how far from its date an undated report may join a stored event
WRITE_LOCK_KEY = 0x6472676D  # "drgm": one advisory lock serializes article writes on PostgreSQL
metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(200), primary_key=True),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("language", String(10)),
    Column("url", Text),
    Column("source", Text),
    Column("path", Text),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)
actors = Table(
    "actors", metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False, index=True),
    Column("country", String(3), index=True),
    Column("sector", String(10)),
)
actor_aliases = Table(
    "actor_aliases", metadata,
    Column("actor_id", String(200), ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("alias", String(300), primary_key=True),
    Column("alias_lower", String(300), nullable=False, index=True),
)
actor_roles = Table(
    "actor_roles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor_id", String(200), ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("title", Text, nullable=False),
    Column("country", String(3)),
    Column("start", String(10)),
    Column("end", String(10)),
    Column("current", Boolean, nullable=False, default=True),
)
actor_mentions = Table(
    "actor_mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor_id", String(200), ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)
events = Table(
    "events", metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(20), nullable=False, index=True),
    Column("mode", String(40)),
    Column("contexts", Text, nullable=False, default="[]"),
    Column("cameo", String(8)),
    Column("date_value", String(10), index=True),
    Column("date_start", String(10), index=True),
    Column("date_end", String(10)),
    Column("date_precision", String(5)),
    # The whole period the date covers, as days ("2024-06" -> 2024-06-01..2024-06-30), for range queries.
    Column("date_min", String(10), index=True),
    Column("date_max", String(10), index=True),
    Column("date_basis", String(12), nullable=False),
    Column("date_text", Text),
    Column("date_article_id", String(200)),
    Column("date_char_start", Integer),
    Column("date_char_end", Integer),
    Column("location_name", Text),
    Column("location_country", String(3), index=True),
    Column("lat", Float),
    Column("lon", Float),
    Column("location_char_start", Integer),
    Column("location_char_end", Integer),
    Column("factuality", String(14), nullable=False),
    Column("attribution", Text, nullable=False, default="[]"),
    Column("confidence", Float, nullable=False),
    Column("source_count", Integer, nullable=False, default=1),
)
event_participants = Table(
    "event_participants", metadata,
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", String(200), ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("role", String(6), primary_key=True),  # source | target
    Column("position", Integer, nullable=False),
)
event_mentions = Table(
    "event_mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("trigger", Text),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
)
claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("field", String(40), nullable=False),
    Column("value", Text, nullable=False),
    Column("attributed_to", Text),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)
# Each article's own report of an event, as its extraction gave it: a stored event is the fold of its
# reports, so removing an article or undoing a merge recomputes the event exactly.
event_reports = Table(
    "event_reports", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("extracted_id", String(40), nullable=False, index=True),
    Column("payload", Text, nullable=False),  # JSON of the extracted Event
)
# Old event IDs (an extraction's own ID, an event merged away) that still resolve to a stored event.
event_aliases = Table(
    "event_aliases", metadata,
    Column("alias", String(40), primary_key=True),
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("created_at", String(32), nullable=False),
)
# Every merge of events, automatic (a report joined a stored event) or by a user, with why; undoable.
# No foreign keys: the record outlives the events it names.
event_merges = Table(
    "event_merges", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("into_id", String(40), nullable=False, index=True),
    Column("merged_id", String(40), nullable=False, index=True),
    Column("kind", String(8), nullable=False),  # auto | user
    Column("article_id", String(200)),  # the article whose report joined (automatic merges)
    Column("explanation", Text, nullable=False),  # JSON: the fields that matched
    Column("reports", Text, nullable=False),  # JSON: ids of the event_reports that moved
    Column("aliases", Text, nullable=False, default="[]"),  # JSON: aliases re-pointed by the merge
    Column("created_at", String(32), nullable=False),
    Column("undone_at", String(32)),
)
actor_merges = Table(
    "actor_merges", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("into_id", String(200), nullable=False, index=True),
    Column("merged_id", String(200), nullable=False, index=True),
    Column("created_at", String(32), nullable=False),
    Column("undone_at", String(32)),
    Column("record", Text, nullable=False),  # JSON: every row the merge changed, to undo it
)
# A user's corrections of event fields; they win over every report, survive re-ingest and can be undone.
event_corrections = Table(
    "event_corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), nullable=False, index=True),
    Column("field", String(20), nullable=False),
    Column("value", Text),  # null clears the field
    Column("note", Text),
    Column("created_at", String(32), nullable=False),
    Column("undone_at", String(32)),
)
# What changed in an event and why (ingest, an edited article, a merge, a split, a correction). Kept after the event
# itself is gone.
event_revisions = Table(
    "event_revisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), nullable=False, index=True),
    Column("created_at", String(32), nullable=False),
    Column("action", String(16), nullable=False),  # created | updated | deleted | merged | split
    Column("article_id", String(200)),
    Column("merge_id", Integer),
    Column("changes", Text, nullable=False),  # JSON: {field: [before, after]}
)
# Earlier versions of edited articles, as they were stored.
article_revisions = Table(
    "article_revisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(200), nullable=False, index=True),
    Column("replaced_by", String(200), nullable=False, index=True),
    Column("title", Text),
    Column("published", String(10)),
    Column("url", Text),
    Column("path", Text),
    Column("content_hash", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Column("replaced_at", String(32), nullable=False),
)
# Derived: every country an event involves (its place's, and each participant actor's current country),
# so that the country filter is one index range instead of an OR over participants joined to actors.
# Kept by refresh_event_countries(): on every event write, and wherever participants are re-pointed or an
# actor's country changes (_store_actor, actor merges and splits). Rows go with their event (ON DELETE CASCADE).
event_countries = Table(
    "event_countries", metadata,
    Column("country", String(3), primary_key=True),
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, index=True),
)
# The fields an event's sources disagree on, kept at each write, so listing conflicts reads only those events.
event_conflicts = Table(
    "event_conflicts", metadata,
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("field", String(40), primary_key=True),
)
# Indexes for the API's filtered, paged event lists (bench/api_latency.py): one per sort key that ends
# in the id (a page is read in index order, no sort), and range filters that the index alone answers.
Index("ix_events_type_period_id", events.c.type, events.c.date_max, events.c.date_min, events.c.date_start,
      events.c.id)
Index("ix_events_date_start_id", events.c.date_start, events.c.id)
Index("ix_events_factuality_period_id", events.c.factuality, events.c.date_max, events.c.date_min,
      events.c.date_start, events.c.id)
Index("ix_events_confidence_id", events.c.confidence, events.c.id)
Index("ix_event_participants_actor_event", event_participants.c.actor_id, event_participants.c.event_id)
Index("ix_actors_country_id", actors.c.country, actors.c.id)
Index("ix_claims_event_field", claims.c.event_id, claims.c.field)  # Store.conflicts groups by both
Index("ix_events_type_date_start_id", events.c.type, events.c.date_start, events.c.id)
Index("ix_events_source_count_id", events.c.source_count, events.c.id)
Index("ix_events_period_start_id", events.c.date_max, events.c.date_min, events.c.date_start, events.c.id)
# Replaced by the *_id versions above, which also hold the sort columns and the id: dropped where found.
RETIRED_INDEXES = ("ix_events_type_period", "ix_events_factuality_period")
# Store.event_page starts from a filter's own rows up to this many, and may walk a sort index above.
WALK_ABOVE = 10_000
# Sort keys of Store.event_page (and the API): each ends in the id, so pages never overlap.
EVENT_SORTS: dict[str, tuple[Any, ...]] = {
    "date": (events.c.date_start, events.c.id), "type": (events.c.type, events.c.date_start, events.c.id),
    "confidence": (events.c.confidence, events.c.id), "mentions": (events.c.source_count, events.c.id),
    "id": (events.c.id,),
}


_PLACE_COUNTRIES = select(events.c.location_country, events.c.id).where(events.c.location_country.is_not(None))
_PEOPLE_COUNTRIES = (select(actors.c.country, event_participants.c.event_id)
                     .join(actors, actors.c.id == event_participants.c.actor_id).where(actors.c.country.is_not(None)))
_ALL_EVENT_COUNTRIES = insert(event_countries).from_select(
    ["country", "event_id"], union(_PLACE_COUNTRIES, _PEOPLE_COUNTRIES))
_EVENT_COUNTRIES = insert(event_countries).from_select(["country", "event_id"], union(
    _PLACE_COUNTRIES.where(events.c.id.in_(bindparam("ids", expanding=True))),
    _PEOPLE_COUNTRIES.where(event_participants.c.event_id.in_(bindparam("ids", expanding=True)))))
_CLEAR_EVENT_COUNTRIES = delete(event_countries).where(event_countries.c.event_id.in_(bindparam("ids", expanding=True)))


def refresh_event_countries(conn: Connection, event_ids: Sequence[str] | None = None) -> None:
    """Recompute event_countries for these events (all events if None) from their place and actors."""
    if event_ids is None:
        conn.execute(_ALL_EVENT_COUNTRIES)
        return
    ids = list(event_ids)
    for k in range(0, len(ids), 500):
        batch = {"ids": ids[k:k + 500]}
        conn.execute(_CLEAR_EVENT_COUNTRIES, batch)
        conn.execute(_EVENT_COUNTRIES, batch)


@event.listens_for(metadata, "after_create")
def _upgrade_schema(_target: MetaData, conn: Connection, tables: Sequence[Table] = (), **_kw: Any) -> None:
    """A database made by an older dragoman: create_all() adds new tables but not new indexes of old ones,
    and new event_countries and event_conflicts tables must be filled from the events already stored."""
    inspector = inspect(conn)
    for table in metadata.sorted_tables:
        if table not in tables:
            have = {ix["name"] for ix in inspector.get_indexes(table.name)}
            for index in table.indexes:
                if index.name not in have:
                    index.create(conn)
            for name in have & set(RETIRED_INDEXES):
                conn.execute(text(f"DROP INDEX {name}"))
    if event_countries in tables:
        refresh_event_countries(conn)
    if event_conflicts in tables:
        claimed: dict[str, list[tuple[str, str]]] = {}
        for r in conn.execute(select(claims.c.event_id, claims.c.field, claims.c.value)):
            claimed.setdefault(r.event_id, []).append((r.field, r.value))
        rows = [{"event_id": e, "field": f} for e, values in claimed.items() for f in conflicting_fields(values)]
        if rows:
            conn.execute(insert(event_conflicts), rows)


@dataclass
class IngestResult:
    article_id: str
    status: str  # "added" | "unchanged" | "replaced"
    events: int = 0
    actors: int = 0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# The statements every ingest runs for each actor and event, built once: building a statement costs
# SQLAlchemy more than running it does (about 35 of 50 microseconds for a lookup by key).
_ACTOR_ROW = select(actors.c.id, actors.c.country, actors.c.sector).where(actors.c.id == bindparam("key"))
_ALIASES_OF_ACTOR = select(actor_aliases.c.alias).where(actor_aliases.c.actor_id == bindparam("key"))
_SAME_NAME = actor_aliases.c.alias_lower.in_(bindparam("names", expanding=True))
_NAMED_ACTORS = (select(actors.c.id, actors.c.country, actors.c.sector, actor_aliases.c.alias)
                 .join(actor_aliases, actor_aliases.c.actor_id == actors.c.id)
                 .where(actors.c.kind == bindparam("kind")))
_ACTORS_NAMED = _NAMED_ACTORS.where(_SAME_NAME)
# A person's spelling variants are looked for among the full names of the people of their country.
_PEOPLE_NAMED_OR_OF_COUNTRY = _NAMED_ACTORS.where(or_(_SAME_NAME, and_(
    actors.c.country == bindparam("country"), actor_aliases.c.alias.like("% %"))))
_ACTOR_MERGED_AWAY = select(actor_merges.c.id).where(and_(
    actor_merges.c.merged_id == bindparam("key"), actor_merges.c.undone_at.is_(None)))
_EVENT_ROW = select(events.c.id).where(events.c.id == bindparam("key"))
_EVENT_ALIAS = select(event_aliases.c.event_id).where(event_aliases.c.alias == bindparam("key"))
_SPLIT_FROM = select(event_merges.c.into_id).where(and_(
    event_merges.c.merged_id == bindparam("key"), event_merges.c.undone_at.is_not(None)))
_CORRECTIONS_OF = (select(event_corrections).where(and_(
    event_corrections.c.event_id == bindparam("key"), event_corrections.c.undone_at.is_(None)))
    .order_by(event_corrections.c.id))
_SOURCES_OF_EVENT = (select(func.count(func.distinct(func.coalesce(articles.c.source, articles.c.id))))
                     .select_from(event_mentions.join(articles, articles.c.id == event_mentions.c.article_id))
                     .where(event_mentions.c.event_id == bindparam("key")))
_SET_SOURCE_COUNT = update(events).where(events.c.id == bindparam("key")).values(source_count=bindparam("count"))
_UPDATE_EVENT = update(events).where(events.c.id == bindparam("key"))
_CLEAR_PARTICIPANTS = delete(event_participants).where(event_participants.c.event_id == bindparam("key"))
_CLEAR_CONFLICTS = delete(event_conflicts).where(event_conflicts.c.event_id == bindparam("key"))
_IDS = bindparam("ids", expanding=True)
_EVENT_ROWS = select(events).where(events.c.id.in_(_IDS))
_PARTICIPANT_ROWS = (select(event_participants, actors.c.name, actors.c.country)
                     .join(actors, actors.c.id == event_participants.c.actor_id)
                     .where(event_participants.c.event_id.in_(_IDS)).order_by(event_participants.c.position))
_MENTION_ROWS = select(event_mentions).where(event_mentions.c.event_id.in_(_IDS)).order_by(event_mentions.c.id)
_CLAIM_ROWS = select(claims).where(claims.c.event_id.in_(_IDS)).order_by(claims.c.id)


@dataclass
class EventFilter:
    """What a query for events asks, as one value: the CLI, the API, the exports and the network pass it to
    the store, whose `_filter_conditions` is the one place it becomes SQL. `actor` matches any alias
    (case-insensitive) or an actor id, `actor_id` exactly one actor; `since`/`until` compare the event date
    (a month or year event overlaps the bound's period); `article` keeps the events that article reports."""

    actor: str | None = None
    actor_id: str | None = None
    type: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    factuality: str | None = None
    article: str | None = None


class Store:
    """A dragoman database. `Store()` opens ./dragoman.db; `Store(url)` any SQLAlchemy URL."""

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._retry(self._create_schema)

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction; on PostgreSQL, writers from several processes take turns (advisory lock)."""
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
            yield conn

    def _create_schema(self) -> None:
        with self._writing() as conn:  # processes starting together create the schema once
            metadata.create_all(conn)

    @staticmethod
    def _retry(write: Callable[[], T]) -> T:
        """Run a write transaction; one that lost a race with another process is retried."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                return write()
            except (IntegrityError, OperationalError):
                if attempt == WRITE_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------

    def has_article(self, article: Article) -> bool:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles.c.id).where(articles.c.content_hash == article.content_hash)).first()
        return row is not None

    def ingest(self, extraction: Extraction) -> IngestResult:
        """Store one article's extraction in one transaction. Safe from several processes at once:
        writers take turns (an advisory lock on PostgreSQL, SQLite's write lock), and a transaction
        that loses a race is retried and then sees the other's rows."""
        return self._retry(lambda: self._ingest_once(extraction))

    def _ingest_once(self, extraction: Extraction) -> IngestResult:
        (article,) = extraction.articles
        with self._writing() as conn:
            if conn.execute(select(articles.c.id).where(
                    articles.c.content_hash == article.content_hash)).first() is not None:
                return IngestResult(article.id, "unchanged")
            status = "added"
            before: dict[str, dict[str, Any] | None] = {}
            previous = self._previous_version(conn, article)
            if previous is not None:
                self._keep_article_revision(conn, previous, article.id)
                self._remove_article(conn, previous, before)
                status = "replaced"
            conn.execute(insert(articles).values(
                id=article.id, title=article.title,
                published=article.published.isoformat() if article.published else None,
                language=article.language, url=article.url, source=article.source, path=article.path,
                content_hash=article.content_hash, text=article.text, ingested_at=_now()))
            ids = {a.id: self._store_actor(conn, a, article.id) for a in extraction.actors}
            for ev in extraction.events:
                self._store_event(conn, _remap(ev, ids), article.id, before)
            self._record_revisions(conn, before, article_id=article.id)
        return IngestResult(article.id, status, len(extraction.events), len(extraction.actors))

    def _previous_version(self, conn: Connection, article: Article) -> str | None:
        keys = [articles.c.id == article.id]
        if article.path:
            keys.append(articles.c.path == article.path)
        if article.url:
            keys.append(articles.c.url == article.url)
        row = conn.execute(select(articles.c.id).where(or_(*keys))).first()
        return row[0] if row else None

    def _keep_article_revision(self, conn: Connection, article_id: str, replaced_by: str) -> None:
        old = conn.execute(select(articles).where(articles.c.id == article_id)).one()
        conn.execute(insert(article_revisions).values(
            article_id=old.id, replaced_by=replaced_by, title=old.title, published=old.published, url=old.url,
            path=old.path, content_hash=old.content_hash, text=old.text, ingested_at=old.ingested_at,
            replaced_at=_now()))

    def _remove_article(self, conn: Connection, article_id: str, before: dict[str, dict[str, Any] | None]) -> None:
        """Take an article out; the events it reported are recomputed from their other reports."""
        touched = [r[0] for r in conn.execute(
            select(event_reports.c.event_id).where(event_reports.c.article_id == article_id).distinct())]
        self._note_before(conn, before, touched)
        for table in (event_reports, event_mentions, claims, actor_mentions, actor_roles):
            conn.execute(delete(table).where(table.c.article_id == article_id))
        for event_id in touched:
            self._recompute_event(conn, event_id)
        conn.execute(delete(articles).where(articles.c.id == article_id))

    def _store_actor(self, conn: Connection, actor: Actor, article_id: str) -> str:
        match = self._match_actor(conn, actor)
        if match is None:
            actor_id = self._free_id(conn, actor.id)
            conn.execute(insert(actors).values(id=actor_id, name=actor.name, kind=actor.kind,
                                               country=actor.country, sector=actor.sector))
        else:
            actor_id, country, sector = match
            if country is None and actor.country or sector is None and actor.sector:
                conn.execute(update(actors).where(actors.c.id == actor_id).values(
                    country=country or actor.country, sector=sector or actor.sector))
            if country is None and actor.country:  # the actor's earlier events now have a country too
                refresh_event_countries(conn, [r[0] for r in conn.execute(select(
                    event_participants.c.event_id).where(event_participants.c.actor_id == actor_id))])
        known = {r[0] for r in conn.execute(_ALIASES_OF_ACTOR, {"key": actor_id})}
        new_aliases = [a for a in dict.fromkeys([actor.name, *actor.aliases]) if a not in known]
        if new_aliases:
            conn.execute(insert(actor_aliases), [
                {"actor_id": actor_id, "alias": alias, "alias_lower": alias.lower()} for alias in new_aliases])
        if actor.roles:
            conn.execute(insert(actor_roles), [
                {"actor_id": actor_id, "article_id": article_id, "title": role.title, "country": role.country,
                 "start": role.start, "end": role.end, "current": role.current} for role in actor.roles])
        if actor.mentions:
            conn.execute(insert(actor_mentions), [
                {"actor_id": actor_id, "article_id": article_id, "start": m.start, "end": m.end, "text": m.text}
                for m in actor.mentions])
        return actor_id

    def _match_actor(self, conn: Connection, actor: Actor) -> tuple[str, str | None, str | None] | None:
        """The stored actor this one is, with its country and sector: same country code, same organization
        name, or a person whose name is a spelling variant (with no disagreeing country)."""
        if actor.kind == "country":
            row = conn.execute(_ACTOR_ROW, {"key": actor.id}).first()
            return (row.id, row.country, row.sector) if row else None
        lowered = [a.lower() for a in dict.fromkeys([actor.name, *actor.aliases])]
        query = _PEOPLE_NAMED_OR_OF_COUNTRY if actor.kind == "person" and actor.country else _ACTORS_NAMED
        candidates = conn.execute(query, {"kind": actor.kind, "names": lowered, "country": actor.country}).all()
        for row in candidates:
            if actor.country and row.country and row.country != actor.country:
                continue
            if row.alias.lower() in lowered:
                return row.id, row.country, row.sector
        if actor.kind != "person":
            return None
        full_names = [n for n in [actor.name, *actor.aliases] if len(n.split()) > 1] or [actor.name]
        for row in candidates:
            if actor.country and row.country and row.country != actor.country:
                continue
            if len(row.alias.split()) > 1 and any(same_person(n, row.alias, actor.country, row.country)
                                                  for n in full_names):
                return row.id, row.country, row.sector
        return None

    def _free_id(self, conn: Connection, wanted: str) -> str:
        """An unused actor id; an id merged away stays reserved, since its events now point elsewhere."""
        candidate, n = wanted, 1
        while (conn.execute(_ACTOR_ROW, {"key": candidate}).first() is not None
               or conn.execute(_ACTOR_MERGED_AWAY, {"key": candidate}).first() is not None):
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def _store_event(self, conn: Connection, ev: Event, article_id: str,
                     before: dict[str, dict[str, Any] | None]) -> str:
        existing, explanation = self._matching_event(conn, ev)
        if existing is not None:
            before.setdefault(existing.id, _summary(existing))
            absorb(existing, ev)
            self._write_event(conn, self._corrected(conn, existing), update_only=True)
            target_id = existing.id
        else:
            target_id = self._free_event_id(conn, ev.id)
            before.setdefault(target_id, None)
            self._write_event(conn, self._corrected(conn, replace(ev, id=target_id)), update_only=False)
        report_id = conn.execute(insert(event_reports).values(
            event_id=target_id, article_id=article_id, extracted_id=ev.id, payload=_payload(ev))
        ).inserted_primary_key[0]
        if existing is not None:
            if self._resolve_event(conn, ev.id) is None:
                conn.execute(insert(event_aliases).values(alias=ev.id, event_id=target_id, created_at=_now()))
            conn.execute(insert(event_merges).values(
                into_id=target_id, merged_id=ev.id, kind="auto", article_id=article_id,
                explanation=json.dumps(explanation), reports=json.dumps([report_id]), aliases="[]",
                created_at=_now()))
        self._insert_mentions(conn, target_id, ev)
        self._refresh_source_count(conn, target_id)
        return target_id

    def _matching_event(self, conn: Connection, ev: Event) -> tuple[Event | None, dict[str, Any]]:
        """The stored event this one is another report of (its own id or an alias of it; else the same
        type, actors and dates), with the explanation of the match. Pairs a user split apart stay apart."""
        kept_apart = {r[0] for r in conn.execute(_SPLIT_FROM, {"key": ev.id})} - {ev.id}
        same_id = self._resolve_event(conn, ev.id)
        if same_id is not None and same_id not in kept_apart:
            stored = self._load_events(conn, [same_id])[0]
            return stored, explain_match(stored, ev)
        actor_ids = [p.actor_id for p in ev.source + ev.target]
        query = (select(events.c.id).join(event_participants, event_participants.c.event_id == events.c.id)
                 .where(and_(events.c.type == ev.type, event_participants.c.actor_id.in_(actor_ids))).distinct())
        low = _shift(period_start(ev.date.start), -MATCH_WINDOW_DAYS)
        high = _shift(period_end(ev.date.end or ev.date.start), MATCH_WINDOW_DAYS)
        if low and high:
            # The date window: an undated report ("the two leaders met") joins an event of the days around
            # its article, never one of years before; dated reports must overlap (same_event checks).
            query = query.where(or_(events.c.date_min.is_(None), and_(events.c.date_max >= low,
                                                                      events.c.date_min <= high)))
        ids = [r[0] for r in conn.execute(query)]
        found = [s for s in self._load_events(conn, ids) if s.id not in kept_apart and same_event(s, ev)]
        if not found:
            return None, {}
        # Several candidates: the one whose date agrees exactly, then the most alike.
        best = max(found, key=lambda s: (bool(s.date.start) and s.date.start == ev.date.start, similarity(s, ev)))
        return best, explain_match(best, ev)

    def _resolve_event(self, conn: Connection, event_id: str) -> str | None:
        """The stored event an id names: its own, or an old id (alias) that now resolves to it."""
        if conn.execute(_EVENT_ROW, {"key": event_id}).first() is not None:
            return event_id
        row = conn.execute(_EVENT_ALIAS, {"key": event_id}).first()
        return row[0] if row else None

    def _free_event_id(self, conn: Connection, wanted: str) -> str:
        candidate, n = wanted, 1
        while self._resolve_event(conn, candidate) is not None:
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def _insert_mentions(self, conn: Connection, event_id: str, ev: Event) -> None:
        if ev.evidence:
            conn.execute(insert(event_mentions), [
                {"event_id": event_id, "article_id": e.article_id, "sentence": e.sentence, "start": e.start,
                 "end": e.end, "trigger": e.trigger, "trigger_start": e.trigger_start, "trigger_end": e.trigger_end}
                for e in ev.evidence])
        if ev.claims:
            conn.execute(insert(claims), [
                {"event_id": event_id, "article_id": c.evidence.article_id, "field": c.field, "value": c.value,
                 "attributed_to": c.attributed_to, "sentence": c.evidence.sentence, "start": c.evidence.start,
                 "end": c.evidence.end} for c in ev.claims])

    def _recompute_event(self, conn: Connection, event_id: str) -> None:
        """Rebuild an event from its reports (in the order they arrived); without reports it is deleted."""
        rows = conn.execute(select(event_reports.c.payload).where(event_reports.c.event_id == event_id)
                            .order_by(event_reports.c.id)).all()
        exists = conn.execute(select(events.c.id).where(events.c.id == event_id)).first() is not None
        if not rows:
            if exists:
                self._delete_event(conn, event_id)
            return
        redirect = _actor_redirects(conn)
        reports = [_from_payload(r.payload, redirect) for r in rows]
        folded = replace(copy.deepcopy(reports[0]), id=event_id)
        for report in reports[1:]:
            absorb(folded, report)
        folded = self._corrected(conn, folded)
        for table in (event_mentions, claims):
            conn.execute(delete(table).where(table.c.event_id == event_id))
        self._write_event(conn, folded, update_only=exists)
        self._insert_mentions(conn, event_id, folded)
        self._refresh_source_count(conn, event_id)

    def _corrected(self, conn: Connection, ev: Event) -> Event:
        """The event with its user's corrections applied, oldest first."""
        for r in conn.execute(_CORRECTIONS_OF, {"key": ev.id}):
            ev = _apply_correction(ev, r.field, r.value)
        return ev

    def _delete_event(self, conn: Connection, event_id: str) -> None:
        for table in (event_participants, event_mentions, claims, event_reports):
            conn.execute(delete(table).where(table.c.event_id == event_id))
        conn.execute(delete(event_aliases).where(event_aliases.c.event_id == event_id))
        conn.execute(delete(events).where(events.c.id == event_id))

    def _note_before(self, conn: Connection, before: dict[str, dict[str, Any] | None], ids: Sequence[str]) -> None:
        """Remember how these events looked before this transaction changes them."""
        missing = [i for i in ids if i not in before]
        loaded = {ev.id: _summary(ev) for ev in self._load_events(conn, missing)}
        for event_id in missing:
            before[event_id] = loaded.get(event_id)

    def _record_revisions(self, conn: Connection, before: dict[str, dict[str, Any] | None], action: str = "updated",
                          article_id: str | None = None, merge_id: int | None = None) -> None:
        """One revision per event this transaction changed: what each changed field was and became."""
        after = {ev.id: _summary(ev) for ev in self._load_events(conn, list(before))}
        rows = []
        for event_id, old in before.items():
            new = after.get(event_id)
            if old is None and new is None:
                continue
            if old is None:
                kind, changes = "created", {k: [None, v] for k, v in new.items() if v not in (None, [])}
            elif new is None:
                kind, changes = "deleted", {k: [v, None] for k, v in old.items()}
            else:
                kind, changes = action, {k: [old.get(k), v] for k, v in new.items() if old.get(k) != v}
                if not changes:
                    continue
            rows.append({"event_id": event_id, "created_at": _now(), "action": kind, "article_id": article_id,
                         "merge_id": merge_id, "changes": json.dumps(changes, ensure_ascii=False)})
        if rows:
            conn.execute(insert(event_revisions), rows)

    def _write_event(self, conn: Connection, ev: Event, update_only: bool) -> None:
        loc = ev.location
        values: dict[str, Any] = dict(
            type=ev.type, mode=ev.mode, contexts=json.dumps(ev.contexts), cameo=ev.cameo,
            date_value=ev.date.value, date_start=ev.date.start, date_end=ev.date.end,
            date_precision=ev.date.precision, date_basis=ev.date.basis, date_text=ev.date.text,
            date_min=period_start(ev.date.start), date_max=period_end(ev.date.end or ev.date.start),
            date_article_id=ev.evidence[0].article_id if ev.date.text else None,
            date_char_start=ev.date.char_start, date_char_end=ev.date.char_end,
            location_name=loc.name if loc else None, location_country=loc.country if loc else None,
            lat=loc.lat if loc else None, lon=loc.lon if loc else None,
            location_char_start=loc.char_start if loc else None, location_char_end=loc.char_end if loc else None,
            factuality=ev.factuality, attribution=json.dumps(ev.attribution), confidence=ev.confidence,
        )
        if update_only:
            conn.execute(_UPDATE_EVENT, {"key": ev.id, **values})
            conn.execute(_CLEAR_PARTICIPANTS, {"key": ev.id})
        else:
            conn.execute(insert(events), {"id": ev.id, "source_count": 1, **values})
        rows = [{"event_id": ev.id, "actor_id": p.actor_id, "role": role, "position": k}
                for role, people in (("source", ev.source), ("target", ev.target)) for k, p in enumerate(people)]
        seen: set[tuple[str, str]] = set()
        rows = [r for r in rows if (r["actor_id"], r["role"]) not in seen and not seen.add((r["actor_id"], r["role"]))]
        if rows:
            conn.execute(insert(event_participants), rows)
        refresh_event_countries(conn, [ev.id])
        conn.execute(_CLEAR_CONFLICTS, {"key": ev.id})
        fields = conflicting_fields((c.field, c.value) for c in ev.claims)
        if fields:
            conn.execute(insert(event_conflicts), [{"event_id": ev.id, "field": f} for f in fields])

    def _refresh_source_count(self, conn: Connection, event_id: str) -> None:
        count = conn.execute(_SOURCES_OF_EVENT, {"key": event_id}).scalar_one()
        conn.execute(_SET_SOURCE_COUNT, {"key": event_id, "count": count})

    # -- reading -------------------------------------------------------------------------------

    def _load_events(self, conn: Connection, ids: Sequence[str]) -> list[Event]:
        if not ids:
            return []
        ids = list(ids)
        rows = {r.id: r for r in conn.execute(_EVENT_ROWS, {"ids": ids})}
        parts: dict[str, list[Any]] = {}
        for r in conn.execute(_PARTICIPANT_ROWS, {"ids": ids}):
            parts.setdefault(r.event_id, []).append(r)
        mentions: dict[str, list[Evidence]] = {}
        for r in conn.execute(_MENTION_ROWS, {"ids": ids}):
            mentions.setdefault(r.event_id, []).append(Evidence(
                r.article_id, r.sentence, r.start, r.end, r.trigger or "", r.trigger_start, r.trigger_end))
        claim_rows: dict[str, list[Claim]] = {}
        for r in conn.execute(_CLAIM_ROWS, {"ids": ids}):
            claim_rows.setdefault(r.event_id, []).append(Claim(
                r.field, r.value, r.attributed_to, Evidence(r.article_id, r.sentence, r.start, r.end)))
        out = []
        for event_id in ids:
            r = rows.get(event_id)
            if r is None:
                continue
            location = None
            if r.location_name:
                location = Location(r.location_name, r.location_country, r.lat, r.lon,
                                    r.location_char_start, r.location_char_end)
            ps = parts.get(event_id, [])
            out.append(Event(
                id=r.id, type=r.type, mode=r.mode, contexts=json.loads(r.contexts), cameo=r.cameo,
                source=[Participant(p.actor_id, p.name, p.country) for p in ps if p.role == "source"],
                target=[Participant(p.actor_id, p.name, p.country) for p in ps if p.role == "target"],
                date=EventDate(r.date_value, r.date_start, r.date_end, r.date_precision, r.date_basis,
                               r.date_text, r.date_char_start, r.date_char_end),
                location=location, factuality=r.factuality, attribution=json.loads(r.attribution),
                evidence=mentions.get(event_id, []), confidence=r.confidence, claims=claim_rows.get(event_id, []),
            ))
        return out

    def events(self, flt: EventFilter | None = None, *, limit: int | None = None, offset: int = 0,
               **filters: str | None) -> list[Event]:
        """Events matching `flt`, or the EventFilter that `filters` (actor=..., type=..., ...) make, by date."""
        return self.event_page(flt or EventFilter(**filters), limit=limit, offset=offset, count=False)[1]

    def event_page(self, flt: EventFilter | None = None, *, sort: str = "date", limit: int | None = 100,
                   offset: int = 0, count: bool = True) -> tuple[int, list[Event]]:
        """One page of events and how many match in all (-1 unless `count`). `sort` is a key of EVENT_SORTS,
        `-key` for descending. Fast on large stores (bench/api_latency.py): see _page_ids."""
        flt = flt or EventFilter()
        with self.engine.connect() as conn:
            found = self._filter_conditions(conn, flt)
            if found is None:
                return (0 if count else -1), []
            own, sets = found
            total, ids = self._page_ids(conn, own, sets, flt.since, flt.until, sort, limit, offset, count)
            return total, self._load_events(conn, ids)

    def _filter_conditions(self, conn: Connection, flt: EventFilter) \
            -> tuple[Callable[[Callable[[Any], Any]], list[Any]], list[tuple[Any, Any]]] | None:
        """The filter as SQL: conditions on the event row (a function of how to wrap each column) and filters
        that are membership in another table (its event_id column, its condition); None if nothing can match."""
        actor_ids = self._actor_ids(conn, flt.actor) if flt.actor else []
        if flt.actor and not actor_ids:
            return None

        def own(col: Callable[[Any], Any]) -> list[Any]:
            """Conditions on the event row itself, each on col(column)."""
            return [c for c in (
                col(events.c.type) == flt.type.upper() if flt.type else None,
                col(events.c.date_max) >= period_start(flt.since) if flt.since else None,
                col(events.c.date_min) <= period_end(flt.until) if flt.until else None,
                col(events.c.factuality) == flt.factuality if flt.factuality else None) if c is not None]

        sets = [m for m in (
            (event_participants.c.event_id, event_participants.c.actor_id.in_(actor_ids)) if flt.actor else None,
            (event_participants.c.event_id, event_participants.c.actor_id == flt.actor_id) if flt.actor_id else None,
            (event_countries.c.event_id, event_countries.c.country == flt.country.upper()) if flt.country else None,
            (event_mentions.c.event_id, event_mentions.c.article_id == flt.article) if flt.article else None)
            if m is not None]
        return own, sets

    def _matching_ids(self, conn: Connection, flt: EventFilter) -> Any:
        """A subquery of the ids of the events matching `flt`, for queries that aggregate over them."""
        found = self._filter_conditions(conn, flt)
        if found is None:
            return select(events.c.id).where(false())
        own, sets = found
        return select(events.c.id).where(*own(lambda c: c), *(events.c.id.in_(select(col).where(cond))
                                                               for col, cond in sets))

    @staticmethod
    def _page_ids(conn: Connection, own: Callable[[Callable[[Any], Any]], list[Any]], sets: list[tuple[Any, Any]],
                  since: str | None, until: str | None, sort: str, limit: int | None, offset: int,
                  count: bool) -> tuple[int, list[str]]:
        """The total and one page of event ids, by one of two plans that SQLite would not choose well
        by itself. Start: read the smallest filter's matches from its index, then sort them (cost: that
        filter's size). Walk: read the sort index in order and test each row (cost: the rows before the
        page's end, (offset + limit) * events / total if matches are spread evenly, all events if they
        bunch at the far end). Index counts, cheap, choose: start unless that reads over WALK_ABOVE rows
        and the walk promises fewer. PostgreSQL keeps statistics and plans the plain query well itself."""
        def n(query: Any) -> int:
            return conn.execute(query).scalar_one()

        def member(col: Any, cond: Any, drive: bool) -> Any:
            if drive:  # SQLite reads the filter's rows first
                return events.c.id.in_(select(col).where(cond))
            return select(col).where(and_(cond, col == events.c.id)).exists()  # tested row by row

        plain = own(lambda c: c)
        n_own = n(select(func.count()).select_from(events).where(*plain)) if plain or not sets else None
        sizes = [n(select(func.count()).select_from(col.table).where(cond)) for col, cond in sets]
        smallest = None  # the set filter to start from, if smaller than what the row filters leave
        if sets and (n_own is None or min(sizes) < n_own):
            smallest = min(range(len(sets)), key=sizes.__getitem__)
        if not sets:
            total = n_own
        elif not count:
            total = -1
        elif len(sets) == 1 and not plain and sets[0][0] is event_countries.c.event_id:
            total = sizes[0]  # (country, event_id) is the key: no duplicates
        elif len(sets) == 1 and not plain:  # the filter's own index answers (distinct: an actor in 2 roles)
            total = n(select(func.count()).select_from(select(sets[0][0]).where(sets[0][1]).distinct().subquery()))
        else:
            total = n(select(func.count()).select_from(events).where(
                *plain, *(member(col, cond, k == smallest) for k, (col, cond) in enumerate(sets))))
        if total == 0:
            return total, []
        key, desc = sort.lstrip("-"), sort.startswith("-")
        order = [c.desc() if desc else c.asc() for c in EVENT_SORTS[key]]
        sqlite = conn.dialect.name == "sqlite"
        walk = False
        if sqlite and limit is not None:
            n_all = n_own if n_own is not None and not plain else n(select(func.count()).select_from(events))
            start_size = min([n_all if n_own is None else n_own, *sizes])
            walk = WALK_ABOVE < start_size > (offset + limit) * n_all / max(total, 1)
        if walk:
            # `col || ''` keeps SQLite off the filters' indexes: the sort index leads
            where = [*own(lambda c: c.concat("")), *(member(col, cond, False) for col, cond in sets)]
        else:
            where = [*plain, *(member(col, cond, k == smallest) for k, (col, cond) in enumerate(sets))]
        if key == "date" and (walk or not sqlite):
            # Matches of a date range are not spread along date_start: bound it so that reading it starts at
            # them. date_start <= date_min always (as strings, "2024-07" <= "2024-07-01"); the lower bound is
            # the earliest start of the events that pass the other filters.
            if until:
                where.append(events.c.date_start <= period_end(until))
            if since and not desc:
                lower, undated = conn.execute(select(func.min(events.c.date_start),
                                                     func.count() - func.count(events.c.date_start))
                                              .where(*plain)).one()
                if lower is not None and not undated:
                    where.append(events.c.date_start >= lower)
        query = select(events.c.id).where(*where).order_by(*order)
        if offset:
            query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        return total, [r[0] for r in conn.execute(query)]

    def event(self, event_id: str) -> Event | None:
        """One event by its id, or by an old id that a merge made resolve to it."""
        with self.engine.connect() as conn:
            resolved = self._resolve_event(conn, event_id)
            found = self._load_events(conn, [resolved]) if resolved else []
        return found[0] if found else None

    def actor_ids(self, name_or_id: str) -> list[str]:
        """The actors one of whose aliases is this name (case-insensitive), and the actor with this id."""
        with self.engine.connect() as conn:
            return self._actor_ids(conn, name_or_id)

    @staticmethod
    def _actor_ids(conn: Connection, name_or_id: str) -> list[str]:
        rows = conn.execute(select(actor_aliases.c.actor_id).where(
            actor_aliases.c.alias_lower == name_or_id.lower()).distinct()).all()
        ids = [r[0] for r in rows]
        if conn.execute(select(actors.c.id).where(actors.c.id == name_or_id)).first():
            ids.append(name_or_id)
        return list(dict.fromkeys(ids))

    def actors(self, query: str | None = None, kind: str | None = None) -> list[Actor]:
        stmt = select(actors).order_by(actors.c.name)
        if query:
            stmt = stmt.where(actors.c.id.in_(select(actor_aliases.c.actor_id).where(
                actor_aliases.c.alias_lower.contains(query.lower()))))
        if kind:
            stmt = stmt.where(actors.c.kind == kind)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).all()
            ids = [r.id for r in rows]
            aliases: dict[str, list[str]] = {}
            for r in conn.execute(select(actor_aliases).where(actor_aliases.c.actor_id.in_(ids))):
                aliases.setdefault(r.actor_id, []).append(r.alias)
            roles: dict[str, list[Role]] = {}
            for r in conn.execute(select(actor_roles).where(actor_roles.c.actor_id.in_(ids))
                                  .order_by(actor_roles.c.id)):
                known = roles.setdefault(r.actor_id, [])
                if not any(x.title == r.title and x.country == r.country for x in known):
                    known.append(Role(r.title, r.country, r.start, r.end, r.current))
            mentions: dict[str, list[Mention]] = {}
            for r in conn.execute(select(actor_mentions).where(actor_mentions.c.actor_id.in_(ids))
                                  .order_by(actor_mentions.c.id)):
                mentions.setdefault(r.actor_id, []).append(Mention(r.article_id, r.start, r.end, r.text))
        return [Actor(r.id, r.name, r.kind, aliases.get(r.id, []), r.country, r.sector, roles.get(r.id, []),
                      mentions.get(r.id, [])) for r in rows]

    def actors_in(self, article_id: str, start: int, end: int,
                  roles: dict[str, str]) -> list[tuple[int, int, str]]:
        """Spans of the given actors' mentions inside [start, end) of an article, with their role."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(actor_mentions).where(and_(
                actor_mentions.c.article_id == article_id, actor_mentions.c.start >= start,
                actor_mentions.c.end <= end, actor_mentions.c.actor_id.in_(list(roles))))).all()
        return [(r.start, r.end, roles[r.actor_id]) for r in rows]

    def conflicts(self, event_id: str | None = None) -> list[Conflict]:
        """Events whose sources disagree, claim by claim (only the events event_conflicts lists load)."""
        query = select(event_conflicts.c.event_id).distinct()
        if event_id:
            query = query.where(event_conflicts.c.event_id == event_id)
        with self.engine.connect() as conn:
            ids = sorted({r[0] for r in conn.execute(query)})
            found: list[Conflict] = []
            for ev in self._load_events(conn, ids):
                found += find_conflicts(ev)
        return found

    def articles(self) -> list[Article]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(articles).order_by(articles.c.published, articles.c.id)).all()
        return [_article(r) for r in rows]

    def article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
        return _article(row) if row else None

    def counts(self) -> dict[str, int]:
        """Rows of the main tables; `conflicts` is the number of (event, field) disagreements."""
        with self.engine.connect() as conn:
            found = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                     for t in (articles, actors, events, event_mentions, claims)}
            found["conflicts"] = conn.execute(select(func.count()).select_from(event_conflicts)).scalar_one()
        return found

    def event_sources(self, ev: Event) -> dict[str, Any]:
        """What a stored event's page shows besides its evidence: its claims, its number of distinct sources, and
        the articles that report it (without their text)."""
        with self.engine.connect() as conn:
            claim_rows = conn.execute(select(claims).where(claims.c.event_id == ev.id).order_by(claims.c.id)).all()
            source_count = conn.execute(select(events.c.source_count).where(events.c.id == ev.id)).scalar_one()
            article_ids = list(dict.fromkeys(e.article_id for e in ev.evidence))
            art_rows = conn.execute(select(articles.c.id, articles.c.title, articles.c.published,
                                           articles.c.language, articles.c.url, articles.c.source, articles.c.path)
                                    .where(articles.c.id.in_(article_ids))).all()
        return {"claims": [{"field": r.field, "value": r.value, "attributed_to": r.attributed_to,
                            "article_id": r.article_id, "sentence": r.sentence, "start": r.start, "end": r.end}
                           for r in claim_rows],
                "articles": [dict(r._mapping) for r in art_rows], "source_count": source_count}

    def actor_page(self, query: str | None = None, kind: str | None = None, country: str | None = None,
                   limit: int = 100, offset: int = 0, sort: str = "events") -> dict[str, Any]:
        """One page of actors as dicts with their aliases, roles and number of events, and the total. `query` is
        part of any alias, or an id; `sort` is "events" (most first) or "name"."""
        counts = _event_counts()
        stmt = select(actors, counts.c.n_events).outerjoin(counts, counts.c.actor_id == actors.c.id)
        if query:
            stmt = stmt.where(or_(actors.c.id == query, actors.c.id.in_(select(actor_aliases.c.actor_id).where(
                actor_aliases.c.alias_lower.contains(query.lower(), autoescape=True)))))
        if kind:
            stmt = stmt.where(actors.c.kind == kind)
        if country:
            stmt = stmt.where(actors.c.country == country.upper())
        order = ((func.coalesce(counts.c.n_events, 0).desc(), actors.c.name) if sort == "events"
                 else (actors.c.name, actors.c.id))
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
            rows = conn.execute(stmt.order_by(*order).limit(limit).offset(offset)).all()
            items = _actor_rows(conn, rows)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    def actor_detail(self, actor_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """One actor as `actor_page` gives it, and its mentions; NotFound if there is no such actor."""
        counts = _event_counts()
        with self.engine.connect() as conn:
            row = conn.execute(select(actors, counts.c.n_events).outerjoin(counts, counts.c.actor_id == actors.c.id)
                               .where(actors.c.id == actor_id)).first()
            if row is None:
                raise errors.NotFound(f"no actor {actor_id}")
            mentions = [{"article_id": r.article_id, "start": r.start, "end": r.end, "text": r.text}
                        for r in conn.execute(select(actor_mentions).where(actor_mentions.c.actor_id == actor_id)
                                              .order_by(actor_mentions.c.id))]
            return _actor_rows(conn, [row])[0], mentions

    def actor_sectors(self, actor_ids: Sequence[str]) -> dict[str, str | None]:
        """The sector of each of these actors."""
        ids = sorted(set(actor_ids))
        found: dict[str, str | None] = {}
        with self.engine.connect() as conn:
            for k in range(0, len(ids), 900):
                for r in conn.execute(select(actors.c.id, actors.c.sector).where(actors.c.id.in_(ids[k:k + 900]))):
                    found[r.id] = r.sector
        return found

    def publishers(self) -> dict[str, str | None]:
        """The publisher (`source`) of every article, by article id."""
        with self.engine.connect() as conn:
            return {r.id: r.source for r in conn.execute(select(articles.c.id, articles.c.source))}

    def article_page(self, limit: int = 100, offset: int = 0) -> dict[str, Any]:
        """One page of articles (without their text) with their number of events, newest first, and the total."""
        n_events = (select(event_mentions.c.article_id, func.count(func.distinct(event_mentions.c.event_id))
                           .label("events")).group_by(event_mentions.c.article_id).subquery())
        cols = [articles.c.id, articles.c.title, articles.c.published, articles.c.language, articles.c.url,
                articles.c.source, articles.c.path, func.coalesce(n_events.c.events, 0).label("events")]
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(articles)).scalar_one()
            rows = conn.execute(select(*cols).outerjoin(n_events, n_events.c.article_id == articles.c.id)
                                .order_by(articles.c.published.desc(), articles.c.id).limit(limit)
                                .offset(offset)).all()
        return {"total": total, "limit": limit, "offset": offset, "items": [dict(r._mapping) for r in rows]}

    def article_event_ids(self, article_id: str) -> list[str]:
        """The events an article reports, by id."""
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(event_mentions.c.event_id).where(
                event_mentions.c.article_id == article_id).distinct().order_by(event_mentions.c.event_id))]

    def stats(self) -> dict[str, Any]:
        """Counts of what the store holds: rows, events by type, factuality, date precision and month, the
        range of event dates, and the number of (event, field) disagreements."""
        with self.engine.connect() as conn:
            def grouped(col: Any) -> dict[str, int]:
                return {str(k): n for k, n in conn.execute(select(col, func.count()).group_by(col).order_by(col))
                        if k is not None}

            by_month = grouped(func.substr(events.c.date_start, 1, 7))
            lo, hi = conn.execute(select(func.min(events.c.date_min), func.max(events.c.date_max))).one()
            counts = self.counts()
            n_conflicts = counts.pop("conflicts")
            return {"counts": counts, "by_type": grouped(events.c.type),
                    "by_factuality": grouped(events.c.factuality), "by_precision": grouped(events.c.date_precision),
                    "by_month": by_month, "date_min": lo, "date_max": hi, "conflicts": n_conflicts}

    def co_participation(self, flt: EventFilter | None = None) -> tuple[list[Any], list[Any]]:
        """The actor network's rows over the events matching `flt`: each actor with its number of events (most
        first), and each pair of actors in the same events with their number by event type."""
        a, b = event_participants.alias("a"), event_participants.alias("b")
        with self.engine.connect() as conn:
            ev_ids = self._matching_ids(conn, flt or EventFilter())
            node_rows = conn.execute(
                select(actors.c.id, actors.c.name, actors.c.kind, actors.c.country, actors.c.sector,
                       func.count(func.distinct(event_participants.c.event_id)).label("events"))
                .join(event_participants, event_participants.c.actor_id == actors.c.id)
                .where(event_participants.c.event_id.in_(ev_ids))
                .group_by(actors.c.id).order_by(func.count(func.distinct(event_participants.c.event_id)).desc(),
                                                actors.c.name)
            ).all()
            edge_rows = conn.execute(
                select(a.c.actor_id.label("x"), b.c.actor_id.label("y"), events.c.type,
                       func.count(func.distinct(a.c.event_id)).label("n"))
                .join(b, and_(a.c.event_id == b.c.event_id, a.c.actor_id < b.c.actor_id))
                .join(events, events.c.id == a.c.event_id)
                .where(a.c.event_id.in_(ev_ids))
                .group_by(a.c.actor_id, b.c.actor_id, events.c.type)
            ).all()
        return list(node_rows), list(edge_rows)

    # -- corrections by users: merges, splits and field corrections, recorded and reversible ------------------------

    def resolve_event(self, event_id: str) -> str | None:
        """The id of the stored event `event_id` names: itself, or the event an old id was merged into."""
        with self.engine.connect() as conn:
            return self._resolve_event(conn, event_id)

    def merge_events(self, into: str, merge: str, note: str | None = None) -> dict[str, Any]:
        """Make `merge` part of `into`: its reports, mentions and claims move, its id keeps resolving."""
        with self._writing() as conn:
            a, b = self._resolve_event(conn, into), self._resolve_event(conn, merge)
            for given, found in ((into, a), (merge, b)):
                if found is None:
                    raise errors.NotFound(f"no event {given}")
            assert a is not None and b is not None
            if a == b:
                raise errors.Invalid(f"{into} and {merge} are already one event ({a})")
            stored_a, stored_b = self._load_events(conn, [a, b])
            before: dict[str, dict[str, Any] | None] = {a: _summary(stored_a), b: _summary(stored_b)}
            explanation = {"by": "user", "note": note, **explain_match(stored_a, stored_b)}
            report_ids = [r[0] for r in conn.execute(
                select(event_reports.c.id).where(event_reports.c.event_id == b))]
            aliases = [r[0] for r in conn.execute(select(event_aliases.c.alias).where(event_aliases.c.event_id == b))]
            conn.execute(update(event_reports).where(event_reports.c.event_id == b).values(event_id=a))
            conn.execute(update(event_aliases).where(event_aliases.c.event_id == b).values(event_id=a))
            self._delete_event(conn, b)
            conn.execute(insert(event_aliases).values(alias=b, event_id=a, created_at=_now()))
            self._recompute_event(conn, a)
            merge_id = conn.execute(insert(event_merges).values(
                into_id=a, merged_id=b, kind="user", explanation=json.dumps(explanation, ensure_ascii=False),
                reports=json.dumps(report_ids), aliases=json.dumps(aliases), created_at=_now())
            ).inserted_primary_key[0]
            self._record_revisions(conn, before, action="merged", merge_id=merge_id)
            row = conn.execute(select(event_merges).where(event_merges.c.id == merge_id)).one()
        return _event_merge_out(row)

    def undo_event_merge(self, merge_id: int) -> dict[str, Any]:
        """Split a merge apart again (a user's or an automatic one): the merged reports become their own
        event under their old id, and a later ingest will not join the two again."""
        with self._writing() as conn:
            m = _undoable(conn, event_merges, merge_id, "event merge")
            reports = conn.execute(select(event_reports.c.id, event_reports.c.event_id).where(
                event_reports.c.id.in_(json.loads(m.reports)))).all()
            if not reports:
                raise errors.Conflict(f"nothing left to split: the reports of merge {merge_id} were removed "
                                           "(their article was edited and ingested again)")
            holders = sorted({r.event_id for r in reports})
            if set(holders) == {m.merged_id} != {m.into_id}:
                raise errors.Conflict(f"event merge {merge_id} is already apart")
            restored = m.merged_id
            if self._resolve_event(conn, restored) not in (None, *holders):
                raise errors.Conflict(f"an event {restored} exists again; cannot restore it")
            conn.execute(delete(event_aliases).where(event_aliases.c.alias == restored))
            if restored in holders:  # an automatic merge under the same id: the split-off part needs a new one
                restored = self._free_event_id(conn, f"{m.merged_id}-split")
            before: dict[str, dict[str, Any] | None] = {}
            self._note_before(conn, before, [*holders, restored])
            first = conn.execute(select(event_reports.c.payload).where(
                event_reports.c.id == min(r.id for r in reports))).scalar_one()
            # the row must exist before the reports point at it; the recompute below fills it in
            self._write_event(conn, replace(_from_payload(first, _actor_redirects(conn)), id=restored),
                              update_only=False)
            conn.execute(update(event_reports).where(event_reports.c.id.in_([r.id for r in reports]))
                         .values(event_id=restored))
            moved = json.loads(m.aliases)
            if moved:
                conn.execute(update(event_aliases).where(event_aliases.c.alias.in_(moved)).values(event_id=restored))
            for event_id in (restored, *holders):
                self._recompute_event(conn, event_id)
            conn.execute(update(event_merges).where(event_merges.c.id == merge_id).values(undone_at=_now()))
            self._record_revisions(conn, before, action="split", merge_id=merge_id)
            row = conn.execute(select(event_merges).where(event_merges.c.id == merge_id)).one()
        return _event_merge_out(row) | {"restored": restored}

    def event_merges(self, event_id: str | None = None) -> list[dict[str, Any]]:
        """Merges of events, oldest first, with the explanation of each; those of one event if given."""
        query = select(event_merges).order_by(event_merges.c.id)
        with self.engine.connect() as conn:
            if event_id:
                ids = {event_id, self._resolve_event(conn, event_id) or event_id}
                query = query.where(or_(event_merges.c.into_id.in_(ids), event_merges.c.merged_id.in_(ids)))
            return [_event_merge_out(r) for r in conn.execute(query)]

    def history(self, event_id: str) -> list[dict[str, Any]]:
        """Every revision of an event (and of the events merged into it), oldest first."""
        with self.engine.connect() as conn:
            current = self._resolve_event(conn, event_id)
            ids = {event_id} | ({current} if current else set())
            if current:
                ids |= {r[0] for r in conn.execute(select(event_aliases.c.alias)
                                                   .where(event_aliases.c.event_id == current))}
            rows = conn.execute(select(event_revisions).where(event_revisions.c.event_id.in_(ids))
                                .order_by(event_revisions.c.id)).all()
        return [{"id": r.id, "event_id": r.event_id, "created_at": r.created_at, "action": r.action,
                 "article_id": r.article_id, "merge_id": r.merge_id, "changes": json.loads(r.changes)} for r in rows]

    def article_revisions(self, article_id: str) -> list[dict[str, Any]]:
        """Earlier versions of an article (by its id or the id of the version that replaced it)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(article_revisions).where(or_(
                article_revisions.c.article_id == article_id, article_revisions.c.replaced_by == article_id))
                .order_by(article_revisions.c.id)).all()
        return [dict(r._mapping) for r in rows]

    def correct_event(self, event_id: str, field: str, value: str | None, note: str | None = None) -> dict[str, Any]:
        """Set one field of an event by hand (see CORRECTABLE); it wins over every report until undone."""
        if field not in CORRECTABLE:
            raise errors.Invalid(f"cannot correct {field!r}: one of {', '.join(CORRECTABLE)}")
        value = _check_correction(field, (value or "").strip() or None)
        with self._writing() as conn:
            current = self._resolve_event(conn, event_id)
            if current is None:
                raise errors.NotFound(f"no event {event_id}")
            (stored,) = self._load_events(conn, [current])
            before: dict[str, dict[str, Any] | None] = {current: _summary(stored)}
            if field == "location.country" and stored.location is None:
                raise errors.Invalid("the event has no place: correct `location` first")
            correction_id = conn.execute(insert(event_corrections).values(
                event_id=current, field=field, value=value, note=note, created_at=_now())).inserted_primary_key[0]
            self._recompute_event(conn, current)
            self._record_revisions(conn, before, action="corrected")
            row = conn.execute(select(event_corrections).where(event_corrections.c.id == correction_id)).one()
        return _correction_out(row)

    def undo_correction(self, correction_id: int) -> dict[str, Any]:
        """Take a correction back: the field is again what the reports (and later corrections) say."""
        with self._writing() as conn:
            row = _undoable(conn, event_corrections, correction_id, "correction")
            before: dict[str, dict[str, Any] | None] = {}
            self._note_before(conn, before, [row.event_id])
            conn.execute(update(event_corrections).where(event_corrections.c.id == correction_id)
                         .values(undone_at=_now()))
            if before[row.event_id] is not None:
                self._recompute_event(conn, row.event_id)
            self._record_revisions(conn, before, action="uncorrected")
            row = conn.execute(select(event_corrections).where(event_corrections.c.id == correction_id)).one()
        return _correction_out(row)

    def corrections(self, event_id: str | None = None) -> list[dict[str, Any]]:
        """Corrections by users, oldest first (undone ones included); those of one event if given."""
        query = select(event_corrections).order_by(event_corrections.c.id)
        with self.engine.connect() as conn:
            if event_id:
                query = query.where(event_corrections.c.event_id.in_(
                    {event_id, self._resolve_event(conn, event_id) or event_id}))
            return [_correction_out(r) for r in conn.execute(query)]

    def merge_actors(self, into: str, merge: str) -> dict[str, Any]:
        """Merge actor `merge` into actor `into`, in one transaction; the record lets a split undo it."""
        if into == merge:
            raise errors.Invalid("cannot merge an actor into itself")
        with self._writing() as conn:
            rows = {r.id: r for r in conn.execute(select(actors).where(actors.c.id.in_([into, merge])))}
            for actor_id in (into, merge):
                if actor_id not in rows:
                    raise errors.NotFound(f"no actor {actor_id}")
            record: dict[str, Any] = {"actor": dict(rows[merge]._mapping), "aliases": [], "added_aliases": [],
                                      "participants": [], "mentions": [], "roles": []}
            # event participations: re-point, or drop where `into` already plays that role in the event
            into_roles = {(r.event_id, r.role) for r in conn.execute(
                select(event_participants.c.event_id, event_participants.c.role)
                .where(event_participants.c.actor_id == into))}
            for r in conn.execute(select(event_participants).where(event_participants.c.actor_id == merge)).all():
                dropped = (r.event_id, r.role) in into_roles
                record["participants"].append({"event_id": r.event_id, "role": r.role, "position": r.position,
                                               "dropped": dropped})
                where = and_(event_participants.c.event_id == r.event_id, event_participants.c.actor_id == merge,
                             event_participants.c.role == r.role)
                if dropped:
                    conn.execute(delete(event_participants).where(where))
                else:
                    conn.execute(update(event_participants).where(where).values(actor_id=into))
            record["mentions"] = [r[0] for r in conn.execute(
                select(actor_mentions.c.id).where(actor_mentions.c.actor_id == merge))]
            conn.execute(update(actor_mentions).where(actor_mentions.c.actor_id == merge).values(actor_id=into))
            record["roles"] = [r[0] for r in conn.execute(
                select(actor_roles.c.id).where(actor_roles.c.actor_id == merge))]
            conn.execute(update(actor_roles).where(actor_roles.c.actor_id == merge).values(actor_id=into))
            known = {r[0] for r in conn.execute(select(actor_aliases.c.alias).where(actor_aliases.c.actor_id == into))}
            for r in conn.execute(select(actor_aliases).where(actor_aliases.c.actor_id == merge)).all():
                record["aliases"].append(r.alias)
                if r.alias not in known:
                    conn.execute(insert(actor_aliases).values(actor_id=into, alias=r.alias,
                                                              alias_lower=r.alias_lower))
                    record["added_aliases"].append(r.alias)
                    known.add(r.alias)
            conn.execute(delete(actor_aliases).where(actor_aliases.c.actor_id == merge))
            conn.execute(delete(actors).where(actors.c.id == merge))
            refresh_event_countries(conn, sorted({p["event_id"] for p in record["participants"]}))
            merge_id = conn.execute(insert(actor_merges).values(
                into_id=into, merged_id=merge, created_at=_now(), record=json.dumps(record))).inserted_primary_key[0]
            row = conn.execute(select(actor_merges).where(actor_merges.c.id == merge_id)).one()
        return _actor_merge_out(row)

    def split_actors(self, merge_id: int) -> dict[str, Any]:
        """Undo an actor merge: the merged actor comes back with its aliases, mentions, roles and events."""
        with self._writing() as conn:
            m = _undoable(conn, actor_merges, merge_id, "actor merge")
            if conn.execute(select(actors.c.id).where(actors.c.id == m.merged_id)).first():
                raise errors.Conflict(f"an actor {m.merged_id} exists again; cannot restore it")
            if not conn.execute(select(actors.c.id).where(actors.c.id == m.into_id)).first():
                raise errors.Conflict(f"actor {m.into_id} no longer exists")
            later = conn.execute(select(actor_merges.c.id).where(and_(
                actor_merges.c.id > merge_id, actor_merges.c.undone_at.is_(None),
                or_(actor_merges.c.into_id == m.into_id, actor_merges.c.merged_id == m.into_id)))).first()
            if later:
                raise errors.Conflict(f"undo actor merge {later[0]} first: it changed actor {m.into_id} "
                                           "afterwards")
            rec = json.loads(m.record)
            a, b = m.into_id, m.merged_id
            conn.execute(insert(actors).values(**rec["actor"]))
            for alias in rec["aliases"]:
                conn.execute(insert(actor_aliases).values(actor_id=b, alias=alias, alias_lower=alias.lower()))
            if rec["added_aliases"]:
                conn.execute(delete(actor_aliases).where(and_(actor_aliases.c.actor_id == a,
                                                              actor_aliases.c.alias.in_(rec["added_aliases"]))))
            if rec["mentions"]:
                conn.execute(update(actor_mentions).where(actor_mentions.c.id.in_(rec["mentions"]))
                             .values(actor_id=b))
            if rec["roles"]:
                conn.execute(update(actor_roles).where(actor_roles.c.id.in_(rec["roles"])).values(actor_id=b))
            for p in rec["participants"]:
                if not conn.execute(select(events.c.id).where(events.c.id == p["event_id"])).first():
                    continue  # the event is gone since (its article was removed, or it was merged)
                if not p["dropped"]:
                    conn.execute(delete(event_participants).where(and_(
                        event_participants.c.event_id == p["event_id"], event_participants.c.actor_id == a,
                        event_participants.c.role == p["role"])))
                conn.execute(insert(event_participants).values(event_id=p["event_id"], actor_id=b, role=p["role"],
                                                               position=p["position"]))
            refresh_event_countries(conn, sorted({p["event_id"] for p in rec["participants"]}))
            conn.execute(update(actor_merges).where(actor_merges.c.id == merge_id).values(undone_at=_now()))
            row = conn.execute(select(actor_merges).where(actor_merges.c.id == merge_id)).one()
        return _actor_merge_out(row)

    def actor_merges(self, actor_id: str | None = None) -> list[dict[str, Any]]:
        """Merges of actors, newest first (undone ones included); those touching one actor if given."""
        query = select(actor_merges).order_by(actor_merges.c.id.desc())
        if actor_id:
            query = query.where(or_(actor_merges.c.into_id == actor_id, actor_merges.c.merged_id == actor_id))
        with self.engine.connect() as conn:
            return [_actor_merge_out(r) for r in conn.execute(query)]

def _actor_rows(conn: Connection, rows: list[Any]) -> list[dict[str, Any]]:
    ids = [r.id for r in rows]
    aliases: dict[str, list[str]] = {}
    for r in conn.execute(select(actor_aliases.c.actor_id, actor_aliases.c.alias)
                          .where(actor_aliases.c.actor_id.in_(ids))):
        aliases.setdefault(r.actor_id, []).append(r.alias)
    roles: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(select(actor_roles).where(actor_roles.c.actor_id.in_(ids)).order_by(actor_roles.c.id)):
        known = roles.setdefault(r.actor_id, [])
        if not any(x["title"] == r.title and x["country"] == r.country for x in known):
            known.append({"title": r.title, "country": r.country, "start": r.start, "end": r.end,
                          "current": bool(r.current)})
    return [{"id": r.id, "name": r.name, "kind": r.kind, "country": r.country, "sector": r.sector,
             "aliases": sorted(aliases.get(r.id, []), key=lambda a: (a != r.name, a)), "roles": roles.get(r.id, []),
             "events": r.n_events or 0} for r in rows]


def _event_counts() -> Any:
    """A subquery: each actor's number of events."""
    return (select(event_participants.c.actor_id, func.count(func.distinct(event_participants.c.event_id))
                   .label("n_events")).group_by(event_participants.c.actor_id).subquery())


def period_start(value: str | None) -> str | None:
    """First day of a YYYY, YYYY-MM or YYYY-MM-DD period."""
    if not value:
        return None
    return {4: f"{value}-01-01", 7: f"{value}-01"}.get(len(value), value)


def period_end(value: str | None) -> str | None:
    """Last day of a YYYY, YYYY-MM or YYYY-MM-DD period."""
    if not value:
        return None
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return value


def _shift(day: str | None, days: int) -> str | None:
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat() if day else None
    except ValueError:  # not a calendar day: no window
        return None


def _article(r: Any) -> Article:
    return Article(id=r.id, text=r.text, title=r.title,
                   published=date.fromisoformat(r.published) if r.published else None,
                   language=r.language, url=r.url, source=r.source, path=r.path)


def _remap(ev: Event, ids: dict[str, str]) -> Event:
    """Point an extracted event at the store's actor IDs."""
    def move(people: list[Participant]) -> list[Participant]:
        return [Participant(ids.get(p.actor_id, p.actor_id), p.name, p.country) for p in people]

    return Event(**{**ev.__dict__, "source": move(ev.source), "target": move(ev.target)})


def _payload(ev: Event) -> str:
    return json.dumps(asdict(ev), ensure_ascii=False)


def _from_payload(payload: str, redirect: dict[str, str]) -> Event:
    """An event report as stored, its actors followed through any merge of actors since."""
    d = json.loads(payload)

    def people(rows: list[dict[str, Any]]) -> list[Participant]:
        return [Participant(**{**p, "actor_id": redirect.get(p["actor_id"], p["actor_id"])}) for p in rows]

    return Event(**{
        **d, "source": people(d["source"]), "target": people(d["target"]), "date": EventDate(**d["date"]),
        "location": Location(**d["location"]) if d["location"] else None,
        "evidence": [Evidence(**e) for e in d["evidence"]],
        "claims": [Claim(c["field"], c["value"], c["attributed_to"], Evidence(**c["evidence"])) for c in d["claims"]],
    })


def _actor_redirects(conn: Connection) -> dict[str, str]:
    """Actor ids merged away (and not split again) -> the actor they are now part of."""
    pairs = {r.merged_id: r.into_id for r in conn.execute(
        select(actor_merges.c.merged_id, actor_merges.c.into_id).where(actor_merges.c.undone_at.is_(None)))}

    def final(actor_id: str) -> str:
        seen = {actor_id}
        while actor_id in pairs and pairs[actor_id] not in seen:
            actor_id = pairs[actor_id]
            seen.add(actor_id)
        return actor_id

    return {merged: final(merged) for merged in pairs}


def _summary(ev: Event) -> dict[str, Any]:
    """The fields of an event that a revision compares."""
    out = ev.to_dict()
    return {"type": ev.type, "mode": ev.mode, "cameo": ev.cameo, "contexts": ev.contexts, "date": out["date"],
            "location": out["location"], "factuality": ev.factuality,
            "source": [p.actor_id for p in ev.source], "target": [p.actor_id for p in ev.target],
            "attribution": ev.attribution, "articles": sorted({e.article_id for e in ev.evidence}),
            "mentions": len(ev.evidence)}


CORRECTABLE = ("type", "mode", "cameo", "factuality", "date", "date.end", "location", "location.country")
DAY_PATTERN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _check_correction(field: str, value: str | None) -> str | None:
    """The value a correction stores, normalized; an Invalid error says why one is not valid."""
    def invalid(why: str) -> errors.Invalid:
        return errors.Invalid(f"{field}: {why}")

    if value is None:
        if field in ("type", "factuality", "date"):
            raise invalid("a value is needed")
        return None
    if field == "type":
        if value.upper() not in PLOVER_TYPES:
            raise invalid(f"{value!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
        return value.upper()
    if field == "factuality":
        if value not in get_args(Factuality):
            raise invalid(f"{value!r} is not one of {', '.join(get_args(Factuality))}")
        return value
    if field == "cameo" and not re.fullmatch(r"\d{2,4}", value):
        raise invalid(f"{value!r} is not a CAMEO code (two to four digits)")
    if field in ("date", "date.end"):
        try:
            if not DAY_PATTERN.match(value):
                raise ValueError
            date.fromisoformat(period_end(value) or "")
        except ValueError:
            raise invalid(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    if field == "location.country":
        if not re.fullmatch(r"[A-Za-z]{3}", value):
            raise invalid(f"{value!r} is not an ISO 3166 alpha-3 code")
        return value.upper()
    if len(value) > 300:
        raise invalid("too long")
    return value


def _apply_correction(ev: Event, field: str, value: str | None) -> Event:
    ev = copy.copy(ev)
    if field == "type":
        ev.type = value or ev.type
    elif field in ("mode", "cameo", "factuality"):
        setattr(ev, field, value)
    elif field == "date":
        end = ev.date.end if ev.date.end and value and ev.date.end > value else None
        precision = {4: "year", 7: "month", 10: "day"}[len(value or "0000")]
        ev.date = EventDate(value, value, end, precision, "user")  # type: ignore[arg-type]
    elif field == "date.end":
        ev.date = replace(ev.date, end=value, basis="user")
    elif field == "location":
        ev.location = Location(value) if value else None
    elif field == "location.country" and ev.location is not None:
        ev.location = replace(ev.location, country=value)
    return ev


def _undoable(conn: Connection, table: Table, record_id: int, what: str) -> Any:
    """The row of a merge or correction that can still be undone; a NotFound or Conflict error says why not."""
    row = conn.execute(select(table).where(table.c.id == record_id)).first()
    if row is None:
        raise errors.NotFound(f"no {what} {record_id}")
    if row.undone_at:
        raise errors.Conflict(f"{what} {record_id} was already undone")
    return row


def _correction_out(r: Any) -> dict[str, Any]:
    return {"id": r.id, "event_id": r.event_id, "field": r.field, "value": r.value, "note": r.note,
            "created_at": r.created_at, "undone_at": r.undone_at}


def _event_merge_out(r: Any) -> dict[str, Any]:
    return {"id": r.id, "into": r.into_id, "merged": r.merged_id, "kind": r.kind, "article_id": r.article_id,
            "explanation": json.loads(r.explanation), "created_at": r.created_at, "undone_at": r.undone_at}


def _actor_merge_out(r: Any) -> dict[str, Any]:
    return {"id": r.id, "into": r.into_id, "merged": r.merged_id, "created_at": r.created_at,
            "undone_at": r.undone_at}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")  # several ingest processes wait for each other
    cursor.close()
