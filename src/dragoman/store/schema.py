"""The store's tables and indexes, and `Database`: an open database (SQLite by default, any SQLAlchemy
URL), its schema made or upgraded by the Alembic revisions in store/migrations, and write transactions that several
processes can share. `metadata` is the newest revision's schema (the search tables of 0002_search aside): a change
to it needs a revision (see store/migrations/README.md)."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Self, TypeVar

from alembic import command as alembic_command
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError as AlembicError
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
    bindparam,
    create_engine,
    delete,
    event,
    insert,
    select,
    text,
    union,
)
from sqlalchemy.engine import Connection, CursorResult, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from dragoman.checks import mask_url
from dragoman.errors import DragomanError

T = TypeVar("T")
DEFAULT_URL = "sqlite:///dragoman.db"


def new_id(result: CursorResult[Any]) -> int:
    """The primary key that a one-row insert gave its row."""
    key = result.inserted_primary_key
    assert key is not None  # a one-row insert always has one
    return int(key[0])


def db_url(db: str | None) -> str:
    """The SQLAlchemy URL for a `--db` value: a URL as given, a file path as SQLite, nothing as the default."""
    if not db:
        return DEFAULT_URL
    return db if "://" in db else f"sqlite:///{db}"
WRITE_ATTEMPTS = 5
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
    # How the country was found (model.CountryBasis): dictionary, title, appositive, nationality, name, inherited.
    Column("country_basis", String(20)),
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
# Each article's person or organization joined to a stored actor at ingest: the name that article gives it, and
# why it was taken for the stored actor (matched_on, JSON: the name pairs that matched, country and role agreement);
# matched_on is null for the article that created the actor. actor_id is no foreign key: the rows stay when a user
# merges the actor away, as the evidence of what was joined under that id. Canonical names are voted from `name`.
actor_links = Table(
    "actor_links", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor_id", String(200), nullable=False, index=True),
    Column("article_id", String(200), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("matched_on", Text),
    Column("created_at", String(32), nullable=False),
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
    Column("size", Integer),  # PLOVER's magnitudes where the text states them (revision 0003)
    Column("dead", Integer),
    Column("injured", Integer),
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


MIGRATIONS = "dragoman.store:migrations"


@functools.cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_alembic_config())


def _alembic_config(connection: Connection | None = None) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", MIGRATIONS)
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest schema revision."""
    return _scripts().get_current_head()


def current_revision(conn: Connection) -> str | None:
    """The schema revision the database is at (None: empty, or made before dragoman used Alembic)."""
    return MigrationContext.configure(conn).get_current_revision()


def migrate(conn: Connection, shown_url: str, to: str = "head") -> None:
    """Upgrade the database on `conn` to revision `to` (the newest by default), in the caller's transaction. A
    database at a revision this dragoman does not know (made by a newer one) is an error saying so."""
    found = current_revision(conn)
    if found is not None:
        try:
            _scripts().get_revision(found)
        except AlembicError:
            raise DragomanError(f"database {shown_url} is at schema revision {found}, which this dragoman "
                                f"does not know: it was made by a newer version") from None
    alembic_command.upgrade(_alembic_config(conn), to)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")  # several ingest processes wait for each other
    cursor.close()


class Database:
    """An open database: the engine, its schema made or upgraded, and write transactions."""

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = mask_url(url)  # for printing (CLI summary, serve's start-up line): never the password
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
        """Bring the database to the newest schema revision (store/migrations): an empty one is made, an older
        one upgraded; processes starting together take turns."""
        with self.engine.connect() as conn:
            if current_revision(conn) == head_revision():
                return
        with self._writing() as conn:
            if conn.dialect.name == "sqlite":
                # sqlite3 commits DDL at once outside an explicit transaction: this one holds the whole upgrade (all
                # or nothing) and the write lock, so a process starting meanwhile waits, then finds the newest revision
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            migrate(conn, self.url)

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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
