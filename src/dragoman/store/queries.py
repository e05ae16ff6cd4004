"""Reading the store: events by `EventFilter` (one query path for the CLI, the API and the exports), actors,
articles, conflicts and counts."""

from __future__ import annotations

import calendar
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, get_args

from sqlalchemy import (
    and_,
    bindparam,
    false,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import BindParameter

from dragoman import errors  # errors.Conflict (a clash with the store) is not model.Conflict (sources disagree)
from dragoman.checks import period_filters
from dragoman.countries import country_name
from dragoman.model import (
    PLOVER_TYPES,
    Actor,
    Article,
    Claim,
    Conflict,
    Event,
    EventDate,
    Evidence,
    Factuality,
    Location,
    Mention,
    Participant,
    Role,
)
from dragoman.reports import find_conflicts
from dragoman.store.schema import (
    EVENT_SORTS,
    Database,
    actor_aliases,
    actor_links,
    actor_mentions,
    actor_merges,
    actor_roles,
    actors,
    articles,
    claims,
    event_aliases,
    event_conflicts,
    event_countries,
    event_mentions,
    event_participants,
    events,
)
from dragoman.store.search import (
    article_snippets,
    matching_articles,
    matching_mentions,
    parse_query,
    ranked_articles,
)

FACTUALITIES = get_args(Factuality)
# Store.event_page starts from a filter's own rows up to this many, and may walk a sort index above.
WALK_ABOVE = 10_000

# Statements run for every event read or resolved, built once (building costs SQLAlchemy more than running).
_EVENT_ROW = select(events.c.id).where(events.c.id == bindparam("key"))
_EVENT_ALIAS = select(event_aliases.c.event_id).where(event_aliases.c.alias == bindparam("key"))
_IDS: BindParameter[Any] = bindparam("ids", expanding=True)
_EVENT_ROWS = select(events).where(events.c.id.in_(_IDS))
_PARTICIPANT_ROWS = (select(event_participants, actors.c.name, actors.c.country)
                     .join(actors, actors.c.id == event_participants.c.actor_id)
                     .where(event_participants.c.event_id.in_(_IDS)).order_by(event_participants.c.position))
_MENTION_ROWS = select(event_mentions).where(event_mentions.c.event_id.in_(_IDS)).order_by(event_mentions.c.id)
_CLAIM_ROWS = select(claims).where(claims.c.event_id.in_(_IDS)).order_by(claims.c.id)
_DISPUTED_ROWS = (select(event_conflicts.c.event_id, event_conflicts.c.field)
                  .where(event_conflicts.c.event_id.in_(_IDS)).order_by(event_conflicts.c.field))


@dataclass
class EventFilter:
    """What a query for events asks, as one value: the CLI, the API, the exports and the network pass it to
    the store, whose `_filter_conditions` is the one place it becomes SQL. `actor` matches any alias
    (case-insensitive) or an actor id, `actor_id` exactly one actor; `since`/`until` compare the event date
    (a month or year event overlaps the bound's period); `article` keeps the events that article reports;
    `disputed` True keeps the events whose sources disagree on a field (a conflict is listed), False the others;
    `q` keeps the events with an evidence sentence or a reporting article that matches a full-text query
    (store.search says how it reads)."""

    actor: str | None = None
    actor_id: str | None = None
    type: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    factuality: str | None = None
    article: str | None = None
    disputed: bool | None = None
    q: str | None = None

    def __post_init__(self) -> None:
        """Checks each value as the CLI and the API take it: a value nothing can match is an error naming the
        allowed values (InvalidValue), not an empty result."""
        self.since, self.until = period_filters(self.since, self.until)  # 2024-02-30 is an error, not a string
        self.q = (self.q or "").strip() or None
        if self.q:
            parse_query(self.q)  # a query with no word to find is an error before any database reads it
        if self.type:
            self.type = self.type.strip().upper()
            if self.type not in PLOVER_TYPES:
                raise errors.InvalidValue(f"type: {self.type!r} is not a PLOVER event type; one of "
                                          f"{', '.join(PLOVER_TYPES)}")
        if self.factuality:
            self.factuality = self.factuality.strip().lower()
            if self.factuality not in FACTUALITIES:
                raise errors.InvalidValue(f"factuality: {self.factuality!r} is not one of {', '.join(FACTUALITIES)}")
        if self.country:
            given, self.country = self.country, self.country.strip().upper()
            if self.country != "IGO" and not country_name(self.country):
                from dragoman.countries import country_code

                guess = country_code(given)
                hint = f" ({guess} is {country_name(guess)})" if guess else ""
                raise errors.InvalidValue(f"country: {given!r} is not an ISO 3166 alpha-3 code such as BLR or "
                                          f"PRK, or IGO{hint}")


def _actor_rows(conn: Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
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
    return [{"id": r.id, "name": r.name, "kind": r.kind, "country": r.country, "country_basis": r.country_basis,
             "sector": r.sector,
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


# The periods a count of events over time is by, finest first; an event dated only to a coarser period (a month,
# when counting by week) is counted in `coarser`, not put on the period's first day.
SERIES_PERIODS = ("day", "week", "month", "year")
_PRECISION_RANK = {"day": 0, "month": 2, "year": 3}


def event_series(starts: Sequence[Any], by: str) -> dict[str, Any]:
    """Numbers of events per period from (date_start, date_precision, count) rows, in date order: `series`
    (periods without events left out), `coarser` (events dated less finely than `by`) and `undated`."""
    rank = SERIES_PERIODS.index(by)
    buckets: dict[tuple[str, str], int] = {}
    coarser = undated = 0
    for start, precision, n in starts:
        first = period_start(start)
        if first is None:
            undated += n
            continue
        if _PRECISION_RANK.get(precision or "day", 0) > rank:
            coarser += n
            continue
        day = date.fromisoformat(first)
        if by == "week":
            monday = date.fromordinal(day.toordinal() - day.weekday())
            year, week, _ = day.isocalendar()
            key = (f"{year}-W{week:02d}", monday.isoformat())
        else:
            period = {"day": first, "month": first[:7], "year": first[:4]}[by]
            key = (period, period_start(period) or first)
        buckets[key] = buckets.get(key, 0) + n
    series = [{"period": period, "start": begins, "events": n}
              for (period, begins), n in sorted(buckets.items(), key=lambda kv: kv[0][1])]
    return {"by": by, "series": series, "coarser": coarser, "undated": undated}


def _article(r: Any) -> Article:
    return Article(id=r.id, text=r.text, title=r.title,
                   published=date.fromisoformat(r.published) if r.published else None,
                   language=r.language, url=r.url, source=r.source, path=r.path)


class Queries(Database):
    """Reading: events, actors, articles, conflicts, counts."""

    def _resolve_event(self, conn: Connection, event_id: str) -> str | None:
        """The stored event an id names: its own, or an old id (alias) that now resolves to it."""
        if conn.execute(_EVENT_ROW, {"key": event_id}).first() is not None:
            return event_id
        row = conn.execute(_EVENT_ALIAS, {"key": event_id}).first()
        return row[0] if row else None

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
        disputed: dict[str, list[str]] = {}
        for r in conn.execute(_DISPUTED_ROWS, {"ids": ids}):
            disputed.setdefault(r.event_id, []).append(r.field)
        out = []
        for event_id in ids:
            row = rows.get(event_id)
            if row is None:
                continue
            location = None
            if row.location_name:
                location = Location(row.location_name, row.location_country, row.lat, row.lon,
                                    row.location_char_start, row.location_char_end)
            ps = parts.get(event_id, [])
            out.append(Event(
                id=row.id, type=row.type, mode=row.mode, contexts=json.loads(row.contexts), cameo=row.cameo,
                source=[Participant(p.actor_id, p.name, p.country) for p in ps if p.role == "source"],
                target=[Participant(p.actor_id, p.name, p.country) for p in ps if p.role == "target"],
                date=EventDate(row.date_value, row.date_start, row.date_end, row.date_precision, row.date_basis,
                               row.date_text, row.date_char_start, row.date_char_end),
                location=location, factuality=row.factuality, attribution=json.loads(row.attribution),
                evidence=mentions.get(event_id, []), confidence=row.confidence, claims=claim_rows.get(event_id, []),
                size=row.size, dead=row.dead, injured=row.injured, disputed=disputed.get(event_id, []),
            ))
        return out

    def events(self, flt: EventFilter | None = None, *, limit: int | None = None, offset: int = 0,
               **filters: Any) -> list[Event]:
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
                col(events.c.factuality) == flt.factuality if flt.factuality else None,
                col(events.c.id).not_in(select(event_conflicts.c.event_id)) if flt.disputed is False else None)
                if c is not None]

        sets = [m for m in (
            (event_participants.c.event_id, event_participants.c.actor_id.in_(actor_ids)) if flt.actor else None,
            (event_participants.c.event_id, event_participants.c.actor_id == flt.actor_id) if flt.actor_id else None,
            (event_countries.c.event_id, event_countries.c.country == flt.country.upper()) if flt.country else None,
            (event_mentions.c.event_id, event_mentions.c.article_id == flt.article) if flt.article else None,
            (event_conflicts.c.event_id, event_conflicts.c.event_id.is_not(None)) if flt.disputed else None,
            (event_mentions.c.event_id, matching_mentions(conn, flt.q)) if flt.q else None)
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
            assert n_own is not None  # counted above: with no set filter the row filters are the count
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
                      mentions.get(r.id, []), r.country_basis) for r in rows]

    def actors_in(self, article_id: str, start: int, end: int,
                  roles: dict[str, str]) -> list[tuple[int, int, str]]:
        """Spans of the given actors' mentions inside [start, end) of an article, with their role."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(actor_mentions).where(and_(
                actor_mentions.c.article_id == article_id, actor_mentions.c.start >= start,
                actor_mentions.c.end <= end, actor_mentions.c.actor_id.in_(list(roles))))).all()
        return [(r.start, r.end, roles[r.actor_id]) for r in rows]

    def conflicts(self, event_id: str | None = None, flt: EventFilter | None = None) -> list[Conflict]:
        """Events whose sources disagree, claim by claim (only the events event_conflicts lists load), of one
        event or of the events `flt` matches."""
        query = select(event_conflicts.c.event_id).distinct()
        if event_id:
            query = query.where(event_conflicts.c.event_id == event_id)
        with self.engine.connect() as conn:
            if flt is not None:
                query = query.where(event_conflicts.c.event_id.in_(self._matching_ids(conn, flt)))
            ids = sorted({r[0] for r in conn.execute(query)})
            found: list[Conflict] = []
            for ev in self._load_events(conn, ids):
                found += find_conflicts(ev)
        return found

    def conflict_page(self, flt: EventFilter | None = None, *, sort: str = "date", limit: int | None = 100,
                      offset: int = 0) -> tuple[int, list[tuple[Event, list[Conflict]]]]:
        """One page of the disputed events `flt` matches (its `disputed` is taken as True), each with the fields
        its sources disagree on, and how many such events there are in all."""
        total, found = self.event_page(replace(flt or EventFilter(), disputed=True), sort=sort, limit=limit,
                                       offset=offset)
        return total, [(ev, find_conflicts(ev)) for ev in found]

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

    def actor_links(self, actor_id: str) -> list[dict[str, Any]]:
        """The articles whose actor was joined to this one at ingest (also under ids since merged into it), oldest
        first: the name each gave and `matched_on`, what the join rested on (None for the article that created
        the actor)."""
        with self.engine.connect() as conn:
            merged = select(actor_merges.c.merged_id).where(and_(actor_merges.c.into_id == actor_id,
                                                                 actor_merges.c.undone_at.is_(None)))
            rows = conn.execute(select(actor_links).where(or_(actor_links.c.actor_id == actor_id,
                                                              actor_links.c.actor_id.in_(merged)))
                                .order_by(actor_links.c.id)).all()
        return [{"actor_id": r.actor_id, "article_id": r.article_id, "name": r.name, "created_at": r.created_at,
                 "matched_on": json.loads(r.matched_on) if r.matched_on is not None else None} for r in rows]

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

    def article_page(self, limit: int = 100, offset: int = 0, q: str | None = None) -> dict[str, Any]:
        """One page of articles (without their text) with their number of events, newest first, and the total;
        with `q`, only the articles whose title or text match that full-text query (store.search), most relevant
        first, each with a `snippet` of its text around the best match and the `highlights` in it."""
        n_events = (select(event_mentions.c.article_id, func.count(func.distinct(event_mentions.c.event_id))
                           .label("events")).group_by(event_mentions.c.article_id).subquery())
        cols = [articles.c.id, articles.c.title, articles.c.published, articles.c.language, articles.c.url,
                articles.c.source, articles.c.path, func.coalesce(n_events.c.events, 0).label("events")]
        q = (q or "").strip() or None
        if q:
            parse_query(q)
        with self.engine.connect() as conn:
            page = select(*cols).outerjoin(n_events, n_events.c.article_id == articles.c.id)
            if not q:
                total = conn.execute(select(func.count()).select_from(articles)).scalar_one()
                rows = conn.execute(page.order_by(articles.c.published.desc().nulls_last(), articles.c.id)
                                    .limit(limit).offset(offset)).all()
                return {"total": total, "limit": limit, "offset": offset, "items": [dict(r._mapping) for r in rows]}
            total = conn.execute(select(func.count()).select_from(articles)
                                 .where(articles.c.id.in_(matching_articles(conn, q)))).scalar_one()
            ids = ranked_articles(conn, q, limit, offset)
            found = {r.id: dict(r._mapping) for r in conn.execute(page.where(articles.c.id.in_(ids)))}
            snippets = article_snippets(conn, q, ids)
        items = []
        for article_id in ids:
            snippet, spans = snippets.get(article_id, ("", []))
            items.append(found[article_id] | {"snippet": snippet, "highlights": [list(span) for span in spans]})
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    def article_event_ids(self, article_id: str) -> list[str]:
        """The events an article reports, by id."""
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(event_mentions.c.event_id).where(
                event_mentions.c.article_id == article_id).distinct().order_by(event_mentions.c.event_id))]

    def stats(self, flt: EventFilter | None = None, by: str = "month") -> dict[str, Any]:
        """Counts of what the store holds (rows of its tables) and of the events `flt` matches: by type,
        factuality, date precision and month, the range of their dates, the number of (event, field)
        disagreements in the store, and `series`, their number in each day, week, month or year (`by`)."""
        if by not in SERIES_PERIODS:
            raise errors.InvalidValue(f"by: {by!r} is not one of {', '.join(SERIES_PERIODS)}")
        with self.engine.connect() as conn:
            matching = [] if flt is None or flt == EventFilter() else [events.c.id.in_(self._matching_ids(conn, flt))]

            def grouped(col: Any) -> dict[str, int]:
                query = select(col, func.count()).where(*matching).group_by(col).order_by(col)
                return {str(k): n for k, n in conn.execute(query) if k is not None}

            by_month = grouped(func.substr(events.c.date_start, 1, 7))
            lo, hi = conn.execute(select(func.min(events.c.date_min), func.max(events.c.date_max))
                                  .where(*matching)).one()
            starts = conn.execute(select(events.c.date_start, events.c.date_precision, func.count()).where(*matching)
                                  .group_by(events.c.date_start, events.c.date_precision)).all()
            counts = self.counts()
            n_conflicts = counts.pop("conflicts")
            return {"counts": counts, "by_type": grouped(events.c.type),
                    "by_factuality": grouped(events.c.factuality), "by_precision": grouped(events.c.date_precision),
                    "by_month": by_month, "date_min": lo, "date_max": hi, "conflicts": n_conflicts,
                    "events": sum(n for *_, n in starts), **event_series(starts, by)}

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


    def resolve_event(self, event_id: str) -> str | None:
        """The id of the stored event `event_id` names: itself, or the event an old id was merged into."""
        with self.engine.connect() as conn:
            return self._resolve_event(conn, event_id)
