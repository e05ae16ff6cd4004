"""The store: SQLite by default, any SQLAlchemy URL (PostgreSQL for teams).

Plain tables with clear names, foreign keys and indexes, so the database is also browsable with
Datasette, pandas or the sqlite3 shell. Each article is written in one transaction: a failure
leaves the store as it was. Re-ingesting an unchanged article changes nothing (content hash); an
edited article (same path or URL) replaces its mentions, and events keep their IDs when they are
the same event.
"""

from __future__ import annotations

import calendar
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

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
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from dragoman.merge import absorb, find_conflicts, same_event
from dragoman.model import (
    Actor,
    Article,
    Claim,
    Conflict,
    Event,
    EventDate,
    Evidence,
    Extraction,
    Location,
    Mention,
    Participant,
    Role,
)
from dragoman.names import same_person

T = TypeVar("T")
DEFAULT_URL = "sqlite:///dragoman.db"


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
# Indexes for the API's filtered, paged event lists (bench/api_latency.py).
Index("ix_events_type_period", events.c.type, events.c.date_min, events.c.date_max, events.c.date_start)
Index("ix_events_date_start_id", events.c.date_start, events.c.id)
Index("ix_events_factuality_period", events.c.factuality, events.c.date_max, events.c.date_min)
Index("ix_events_confidence_id", events.c.confidence, events.c.id)
Index("ix_event_participants_actor_event", event_participants.c.actor_id, event_participants.c.event_id)
Index("ix_actors_country_id", actors.c.country, actors.c.id)


@dataclass
class IngestResult:
    article_id: str
    status: str  # "added" | "unchanged" | "replaced"
    events: int = 0
    actors: int = 0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A dragoman database. `Store()` opens ./dragoman.db; `Store(url)` any SQLAlchemy URL."""

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._retry(self._create_schema)

    def _create_schema(self) -> None:
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":  # processes starting together create the schema once
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
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
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
            if conn.execute(select(articles.c.id).where(
                    articles.c.content_hash == article.content_hash)).first() is not None:
                return IngestResult(article.id, "unchanged")
            status = "added"
            previous = self._previous_version(conn, article)
            if previous is not None:
                self._remove_article(conn, previous)
                status = "replaced"
            conn.execute(insert(articles).values(
                id=article.id, title=article.title,
                published=article.published.isoformat() if article.published else None,
                language=article.language, url=article.url, source=article.source, path=article.path,
                content_hash=article.content_hash, text=article.text, ingested_at=_now()))
            ids = {a.id: self._store_actor(conn, a, article.id) for a in extraction.actors}
            for ev in extraction.events:
                self._store_event(conn, _remap(ev, ids), article.id)
        return IngestResult(article.id, status, len(extraction.events), len(extraction.actors))

    def _previous_version(self, conn: Connection, article: Article) -> str | None:
        keys = [articles.c.id == article.id]
        if article.path:
            keys.append(articles.c.path == article.path)
        if article.url:
            keys.append(articles.c.url == article.url)
        row = conn.execute(select(articles.c.id).where(or_(*keys))).first()
        return row[0] if row else None

    def _remove_article(self, conn: Connection, article_id: str) -> None:
        touched = [r[0] for r in conn.execute(
            select(event_mentions.c.event_id).where(event_mentions.c.article_id == article_id).distinct())]
        for table in (event_mentions, claims, actor_mentions, actor_roles):
            conn.execute(delete(table).where(table.c.article_id == article_id))
        for event_id in touched:
            left = conn.execute(select(func.count()).select_from(event_mentions).where(
                event_mentions.c.event_id == event_id)).scalar_one()
            if left == 0:
                conn.execute(delete(event_participants).where(event_participants.c.event_id == event_id))
                conn.execute(delete(events).where(events.c.id == event_id))
            else:
                self._refresh_source_count(conn, event_id)
        conn.execute(delete(articles).where(articles.c.id == article_id))

    def _store_actor(self, conn: Connection, actor: Actor, article_id: str) -> str:
        actor_id = self._match_actor(conn, actor)
        if actor_id is None:
            actor_id = self._free_id(conn, actor.id)
            conn.execute(insert(actors).values(id=actor_id, name=actor.name, kind=actor.kind,
                                               country=actor.country, sector=actor.sector))
        else:
            row = conn.execute(select(actors.c.country, actors.c.sector).where(actors.c.id == actor_id)).one()
            conn.execute(update(actors).where(actors.c.id == actor_id).values(
                country=row.country or actor.country, sector=row.sector or actor.sector))
        known = {r[0] for r in conn.execute(select(actor_aliases.c.alias).where(actor_aliases.c.actor_id == actor_id))}
        for alias in dict.fromkeys([actor.name, *actor.aliases]):
            if alias not in known:
                conn.execute(insert(actor_aliases).values(actor_id=actor_id, alias=alias, alias_lower=alias.lower()))
        for role in actor.roles:
            conn.execute(insert(actor_roles).values(actor_id=actor_id, article_id=article_id, title=role.title,
                                                    country=role.country, start=role.start, end=role.end,
                                                    current=role.current))
        if actor.mentions:
            conn.execute(insert(actor_mentions), [
                {"actor_id": actor_id, "article_id": article_id, "start": m.start, "end": m.end, "text": m.text}
                for m in actor.mentions])
        return actor_id

    def _match_actor(self, conn: Connection, actor: Actor) -> str | None:
        """The stored actor this one is: same country code, same organization name, or a person
        whose name is a spelling variant (with no disagreeing country)."""
        if actor.kind == "country":
            row = conn.execute(select(actors.c.id).where(actors.c.id == actor.id)).first()
            return row[0] if row else None
        lowered = [a.lower() for a in dict.fromkeys([actor.name, *actor.aliases])]
        candidates = conn.execute(
            select(actors.c.id, actors.c.country, actor_aliases.c.alias)
            .join(actor_aliases, actor_aliases.c.actor_id == actors.c.id)
            .where(actors.c.kind == actor.kind)
            .where(or_(actor_aliases.c.alias_lower.in_(lowered), actors.c.country == actor.country)
                   if actor.country else actor_aliases.c.alias_lower.in_(lowered))
        ).all()
        for row in candidates:
            if actor.country and row.country and row.country != actor.country:
                continue
            if row.alias.lower() in lowered:
                return row.id
        if actor.kind != "person":
            return None
        full_names = [n for n in [actor.name, *actor.aliases] if len(n.split()) > 1] or [actor.name]
        for row in candidates:
            if actor.country and row.country and row.country != actor.country:
                continue
            if len(row.alias.split()) > 1 and any(same_person(n, row.alias, actor.country, row.country)
                                                  for n in full_names):
                return row.id
        return None

    def _free_id(self, conn: Connection, wanted: str) -> str:
        candidate, n = wanted, 1
        while conn.execute(select(actors.c.id).where(actors.c.id == candidate)).first() is not None:
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def _store_event(self, conn: Connection, ev: Event, article_id: str) -> str:
        existing = self._matching_event(conn, ev)
        if existing is not None:
            absorb(existing, ev)
            self._write_event(conn, existing, update_only=True)
            target_id = existing.id
        else:
            target_id = ev.id
            self._write_event(conn, ev, update_only=False)
        conn.execute(insert(event_mentions), [
            {"event_id": target_id, "article_id": e.article_id, "sentence": e.sentence, "start": e.start,
             "end": e.end, "trigger": e.trigger, "trigger_start": e.trigger_start, "trigger_end": e.trigger_end}
            for e in ev.evidence])
        if ev.claims:
            conn.execute(insert(claims), [
                {"event_id": target_id, "article_id": c.evidence.article_id, "field": c.field, "value": c.value,
                 "attributed_to": c.attributed_to, "sentence": c.evidence.sentence, "start": c.evidence.start,
                 "end": c.evidence.end} for c in ev.claims])
        self._refresh_source_count(conn, target_id)
        return target_id

    def _matching_event(self, conn: Connection, ev: Event) -> Event | None:
        """A stored event this one is another report of (same id, or same type, actors and dates)."""
        if conn.execute(select(events.c.id).where(events.c.id == ev.id)).first() is not None:
            return self._load_events(conn, [ev.id])[0]
        actor_ids = [p.actor_id for p in ev.source + ev.target]
        ids = [r[0] for r in conn.execute(
            select(events.c.id).join(event_participants, event_participants.c.event_id == events.c.id)
            .where(and_(events.c.type == ev.type, event_participants.c.actor_id.in_(actor_ids))).distinct())]
        for stored in self._load_events(conn, ids):
            if same_event(stored, ev):
                return stored
        return None

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
            conn.execute(update(events).where(events.c.id == ev.id).values(**values))
            conn.execute(delete(event_participants).where(event_participants.c.event_id == ev.id))
        else:
            conn.execute(insert(events).values(id=ev.id, source_count=1, **values))
        rows = [{"event_id": ev.id, "actor_id": p.actor_id, "role": role, "position": k}
                for role, people in (("source", ev.source), ("target", ev.target)) for k, p in enumerate(people)]
        seen: set[tuple[str, str]] = set()
        rows = [r for r in rows if (r["actor_id"], r["role"]) not in seen and not seen.add((r["actor_id"], r["role"]))]
        if rows:
            conn.execute(insert(event_participants), rows)

    def _refresh_source_count(self, conn: Connection, event_id: str) -> None:
        count = conn.execute(
            select(func.count(func.distinct(func.coalesce(articles.c.source, articles.c.id))))
            .select_from(event_mentions.join(articles, articles.c.id == event_mentions.c.article_id))
            .where(event_mentions.c.event_id == event_id)).scalar_one()
        conn.execute(update(events).where(events.c.id == event_id).values(source_count=count))

    # -- reading -------------------------------------------------------------------------------

    def _load_events(self, conn: Connection, ids: Sequence[str]) -> list[Event]:
        if not ids:
            return []
        rows = {r.id: r for r in conn.execute(select(events).where(events.c.id.in_(ids)))}
        parts: dict[str, list[Any]] = {}
        for r in conn.execute(
                select(event_participants, actors.c.name, actors.c.country)
                .join(actors, actors.c.id == event_participants.c.actor_id)
                .where(event_participants.c.event_id.in_(ids)).order_by(event_participants.c.position)):
            parts.setdefault(r.event_id, []).append(r)
        mentions: dict[str, list[Evidence]] = {}
        for r in conn.execute(select(event_mentions).where(event_mentions.c.event_id.in_(ids))
                              .order_by(event_mentions.c.id)):
            mentions.setdefault(r.event_id, []).append(Evidence(
                r.article_id, r.sentence, r.start, r.end, r.trigger or "", r.trigger_start, r.trigger_end))
        claim_rows: dict[str, list[Claim]] = {}
        for r in conn.execute(select(claims).where(claims.c.event_id.in_(ids)).order_by(claims.c.id)):
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

    def events(self, *, actor: str | None = None, type: str | None = None, country: str | None = None,
               since: str | None = None, until: str | None = None, factuality: str | None = None,
               limit: int | None = None, offset: int = 0) -> list[Event]:
        """Events, filtered. `actor` matches any alias (case-insensitive) or an actor id;
        `since`/`until` compare the event date (a month or year event overlaps the bound's period)."""
        query = select(events.c.id)
        if actor:
            ids = self.actor_ids(actor)
            query = query.where(events.c.id.in_(
                select(event_participants.c.event_id).where(event_participants.c.actor_id.in_(ids))))
        if type:
            query = query.where(events.c.type == type.upper())
        if country:
            code = country.upper()
            query = query.where(or_(events.c.location_country == code, events.c.id.in_(
                select(event_participants.c.event_id).join(actors, actors.c.id == event_participants.c.actor_id)
                .where(actors.c.country == code))))
        if since:
            query = query.where(events.c.date_max >= period_start(since))
        if until:
            query = query.where(events.c.date_min <= period_end(until))
        if factuality:
            query = query.where(events.c.factuality == factuality)
        query = query.order_by(events.c.date_start, events.c.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(query)]
            return self._load_events(conn, ids)

    def event(self, event_id: str) -> Event | None:
        with self.engine.connect() as conn:
            found = self._load_events(conn, [event_id])
        return found[0] if found else None

    def actor_ids(self, name_or_id: str) -> list[str]:
        with self.engine.connect() as conn:
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
        with self.engine.connect() as conn:
            query = select(claims.c.event_id).distinct()
            if event_id:
                query = query.where(claims.c.event_id == event_id)
            ids = [r[0] for r in conn.execute(query)]
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
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (articles, actors, events, event_mentions, claims)}


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


def _article(r: Any) -> Article:
    return Article(id=r.id, text=r.text, title=r.title,
                   published=date.fromisoformat(r.published) if r.published else None,
                   language=r.language, url=r.url, source=r.source, path=r.path)


def _remap(ev: Event, ids: dict[str, str]) -> Event:
    """Point an extracted event at the store's actor IDs."""
    def move(people: list[Participant]) -> list[Participant]:
        return [Participant(ids.get(p.actor_id, p.actor_id), p.name, p.country) for p in people]

    return Event(**{**ev.__dict__, "source": move(ev.source), "target": move(ev.target)})


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")  # several ingest processes wait for each other
    cursor.close()
