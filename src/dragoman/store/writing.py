"""Writing the store: an article's extraction in one transaction, matching its actors and events to stored ones,
and recomputing an event from its reports."""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection

from dragoman.checks import check_article_id
from dragoman.model import (
    Actor,
    Article,
    Claim,
    Event,
    EventDate,
    Evidence,
    Extraction,
    Location,
    Participant,
)
from dragoman.names import full_name, same_person, same_person_across
from dragoman.reports import absorb, conflicting_fields, explain_match, same_event, similarity
from dragoman.store.queries import Queries, period_end, period_start
from dragoman.store.schema import (
    actor_aliases,
    actor_links,
    actor_mentions,
    actor_merges,
    actor_roles,
    actors,
    article_revisions,
    articles,
    claims,
    event_aliases,
    event_conflicts,
    event_corrections,
    event_mentions,
    event_merges,
    event_participants,
    event_reports,
    event_revisions,
    events,
    new_id,
    refresh_event_countries,
)

MATCH_WINDOW_DAYS = 31  # how far from its date an undated report may join a stored event


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
_ACTOR_ROW = (select(actors.c.id, actors.c.name, actors.c.country, actors.c.sector, actors.c.country_basis)
              .where(actors.c.id == bindparam("key")))
_ALIASES_OF_ACTOR = select(actor_aliases.c.alias).where(actor_aliases.c.actor_id == bindparam("key"))
_ROLES_OF_ACTOR = (select(actor_roles.c.title, actor_roles.c.country).where(actor_roles.c.actor_id == bindparam("key"))
                   .distinct())
# The names articles give an actor, each with the number of sources (publishers; an article without one counts as
# its own) that use it.
_NAME_VOTES = (select(actor_links.c.name,
                      func.count(func.distinct(func.coalesce(articles.c.source, articles.c.id))).label("sources"))
               .join(articles, articles.c.id == actor_links.c.article_id)
               .where(actor_links.c.actor_id == bindparam("key")).group_by(actor_links.c.name))
# Sources of the articles that mention an actor but gave it no link: stored before actor_links existed. Their
# votes go to the actor's current name, which they gave or kept.
_UNLINKED_SOURCES = (select(func.count(func.distinct(func.coalesce(articles.c.source, articles.c.id))))
                     .select_from(actor_mentions.join(articles, articles.c.id == actor_mentions.c.article_id))
                     .where(actor_mentions.c.actor_id == bindparam("key"), ~select(actor_links.c.id).where(
                         actor_links.c.actor_id == actor_mentions.c.actor_id,
                         actor_links.c.article_id == actor_mentions.c.article_id).exists()))
_SAME_NAME = actor_aliases.c.alias_lower.in_(bindparam("names", expanding=True))
_NAMED_ACTORS = (select(actors.c.id, actors.c.name, actors.c.country, actors.c.sector, actors.c.country_basis,
                        actor_aliases.c.alias)
                 .join(actor_aliases, actor_aliases.c.actor_id == actors.c.id)
                 .where(actors.c.kind == bindparam("kind")))
_ACTORS_NAMED = _NAMED_ACTORS.where(_SAME_NAME)
# A person's spelling variants are looked for among the full names of the people of their country.
_PEOPLE_NAMED_OR_OF_COUNTRY = _NAMED_ACTORS.where(or_(_SAME_NAME, and_(
    actors.c.country == bindparam("country"), actor_aliases.c.alias.like("% %"))))
_ACTOR_MERGED_AWAY = select(actor_merges.c.id).where(and_(
    actor_merges.c.merged_id == bindparam("key"), actor_merges.c.undone_at.is_(None)))
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


def _shift(day: str | None, days: int) -> str | None:
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat() if day else None
    except ValueError:  # not a calendar day: no window
        return None


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


class Writing(Queries):
    """Writing: ingesting extractions."""

    def has_article(self, article: Article) -> bool:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles.c.id).where(articles.c.content_hash == article.content_hash)).first()
        return row is not None

    def ingest(self, extraction: Extraction) -> IngestResult:
        """Store one article's extraction in one transaction. Safe from several processes at once:
        writers take turns (an advisory lock on PostgreSQL, SQLite's write lock), and a transaction
        that loses a race is retried and then sees the other's rows."""
        check_article_id(extraction.articles[0].id)  # one rule for SQLite and PostgreSQL, before any write
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
        named = conn.execute(select(actor_mentions.c.actor_id, actor_mentions.c.text).where(
            actor_mentions.c.article_id == article_id).distinct()).all()
        linked = [r[0] for r in conn.execute(select(actor_links.c.actor_id).where(
            actor_links.c.article_id == article_id).distinct())]
        for table in (event_reports, event_mentions, claims, actor_mentions, actor_roles, actor_links):
            conn.execute(delete(table).where(table.c.article_id == article_id))
        self._drop_unbacked_aliases(conn, named)
        for actor_id in linked:
            self._choose_name(conn, actor_id)
        for event_id in touched:
            self._recompute_event(conn, event_id)
        conn.execute(delete(articles).where(articles.c.id == article_id))

    @staticmethod
    def _drop_unbacked_aliases(conn: Connection, named: Sequence[Any]) -> None:
        """An alias that only the removed article's mentions gave goes with it: an edit that named someone
        differently, then reverted, leaves no trace. The actor's own name stays."""
        for actor_id, alias in named:
            backed = conn.execute(select(actor_mentions.c.actor_id).where(
                actor_mentions.c.actor_id == actor_id, actor_mentions.c.text == alias).limit(1)).first()
            if backed is None and conn.execute(select(actors.c.id).where(
                    actors.c.id == actor_id, actors.c.name == alias)).first() is None:
                conn.execute(delete(actor_aliases).where(actor_aliases.c.actor_id == actor_id,
                                                         actor_aliases.c.alias == alias))

    def _store_actor(self, conn: Connection, actor: Actor, article_id: str) -> str:
        match = self._match_actor(conn, actor)
        matched_on: dict[str, Any] | None = None
        if match is None:
            actor_id = self._free_id(conn, actor.id)
            conn.execute(insert(actors).values(id=actor_id, name=actor.name, kind=actor.kind, country=actor.country,
                                               sector=actor.sector,
                                               country_basis=actor.country_basis if actor.country else None))
        else:
            actor_id, stored, matched_on = match
            values: dict[str, Any] = {}
            if stored.country is None and actor.country:
                values.update(country=actor.country, country_basis=actor.country_basis)
            elif stored.country == actor.country and stored.country_basis in (None, "inherited") \
                    and actor.country_basis not in (None, "inherited"):
                values["country_basis"] = actor.country_basis  # found more firmly this time
            if stored.sector is None and actor.sector:
                values["sector"] = actor.sector
            if values:
                conn.execute(update(actors).where(actors.c.id == actor_id).values(**values))
            if stored.country is None and actor.country:  # the actor's earlier events now have a country too
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
        if actor.kind != "country":  # a country is its code: nothing to justify, its name is the country's
            conn.execute(insert(actor_links).values(
                actor_id=actor_id, article_id=article_id, name=actor.name, created_at=_now(),
                matched_on=json.dumps(matched_on, ensure_ascii=False) if matched_on is not None else None))
            if match is not None and actor.name != match[1].name:  # the name it has gains a vote: it stays first
                self._choose_name(conn, actor_id)
        return actor_id

    @staticmethod
    def _choose_name(conn: Connection, actor_id: str) -> None:
        """Name the actor as most sources do (a dictionary's name wins where the dictionary named it in each
        article); a tie keeps the current name. A person's lone surname or title form never wins over a full
        name."""
        row = conn.execute(select(actors.c.name, actors.c.kind).where(actors.c.id == actor_id)).first()
        if row is None:
            return
        votes = {r.name: r.sources for r in conn.execute(_NAME_VOTES, {"key": actor_id})}
        unlinked = conn.execute(_UNLINKED_SOURCES, {"key": actor_id}).scalar_one()
        if unlinked:
            votes[row.name] = votes.get(row.name, 0) + unlinked
        if row.kind == "person" and any(full_name(n) for n in votes):
            votes = {n: v for n, v in votes.items() if full_name(n)}
        if not votes:
            return
        best = max(votes.values())
        if votes.get(row.name, 0) < best:
            name = next(n for n, v in votes.items() if v == best)
            conn.execute(update(actors).where(actors.c.id == actor_id).values(name=name))

    def _match_actor(self, conn: Connection, actor: Actor) -> tuple[str, Any, dict[str, Any]] | None:
        """The stored actor this one is (its id and row: country, sector, country basis) and what the match rests
        on: same country code, same organization name, or a person whose name is a spelling variant (with no
        disagreeing country)."""
        if actor.kind == "country":
            row = conn.execute(_ACTOR_ROW, {"key": actor.id}).first()
            return (row.id, row, {"code": actor.id}) if row else None
        names = list(dict.fromkeys([actor.name, *actor.aliases]))
        lowered = [a.lower() for a in names]
        query = _PEOPLE_NAMED_OR_OF_COUNTRY if actor.kind == "person" and actor.country else _ACTORS_NAMED
        candidates = conn.execute(query, {"kind": actor.kind, "names": lowered, "country": actor.country}).all()
        if actor.kind == "person":  # the decision is names.same_person_across: a shared lone "Hussein" is not enough
            stored: dict[str, list[Any]] = {}
            own_posts = {r.country for r in actor.roles if r.country}
            for candidate in candidates:
                stored.setdefault(candidate.id, []).append(candidate)

            def posts_agree(key: str) -> bool:
                """Roles that contradict: posts held for other countries only than the article's person's."""
                posts = {r.country for r in conn.execute(_ROLES_OF_ACTOR, {"key": key}) if r.country}
                return not own_posts or not posts or bool(posts & own_posts)
            if actor.country and not any(full_name(n) for n in names):
                # A surname alone ("Zelenskyy") joins the one stored person of its country with that surname (before
                # a stored lone "Zelenskyy": a full name is the better match); with two (the Kims of PRK) it stays
                # apart.
                fits = [(rows, pairs) for rows in stored.values() if rows[0].country == actor.country
                        for pairs in [[[x, r.alias] for x in names for r in rows
                                       if full_name(r.alias) and same_person(x, r.alias, actor.country,
                                                                             actor.country)]]
                        if pairs and posts_agree(rows[0].id)]
                if len(fits) == 1:
                    (rows, pairs), = fits
                    return rows[0].id, rows[0], self._matched_on(conn, actor, rows[0], pairs, lone=True)
            for rows in stored.values():
                aliases = [r.alias for r in rows]
                if same_person_across(names, actor.country, aliases, rows[0].country) and posts_agree(rows[0].id):
                    pairs = [[x, y] for x in names for y in aliases
                             if same_person(x, y, actor.country, rows[0].country)]
                    return rows[0].id, rows[0], self._matched_on(conn, actor, rows[0], pairs)
            return None
        for candidate in candidates:
            if actor.country and candidate.country and candidate.country != actor.country:
                continue
            if candidate.alias.lower() in lowered:
                pairs = [[x, candidate.alias] for x in names if x.lower() == candidate.alias.lower()]
                return candidate.id, candidate, self._matched_on(conn, actor, candidate, pairs)
        return None

    @staticmethod
    def _matched_on(conn: Connection, actor: Actor, stored: Any, pairs: list[list[str]],
                    lone: bool = False) -> dict[str, Any]:
        """What joined an article's actor to a stored one, kept beside the link as event merges keep theirs:
        the (article name, stored alias) pairs that are one name, the two countries and whether they agree,
        the roles each side holds, and whether a lone name joined as the only one of its country."""
        stored_roles = list(dict.fromkeys(r.title for r in conn.execute(_ROLES_OF_ACTOR, {"key": stored.id})))
        own_roles = list(dict.fromkeys(r.title for r in actor.roles))
        return {
            "names": pairs,
            "country": {"article": actor.country, "stored": stored.country,
                        "agree": actor.country == stored.country if actor.country and stored.country else None},
            "roles": {"article": own_roles, "stored": stored_roles,
                      "shared": sorted({t.lower() for t in own_roles} & {t.lower() for t in stored_roles})},
            "lone_name_unambiguous": lone,
        }

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
        report_id = new_id(conn.execute(insert(event_reports).values(
            event_id=target_id, article_id=article_id, extracted_id=ev.id, payload=_payload(ev))
        ))
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
            if old is None:
                if new is None:
                    continue
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
            size=ev.size, dead=ev.dead, injured=ev.injured,
        )
        if update_only:
            conn.execute(_UPDATE_EVENT, {"key": ev.id, **values})
            conn.execute(_CLEAR_PARTICIPANTS, {"key": ev.id})
        else:
            conn.execute(insert(events), {"id": ev.id, "source_count": 1, **values})
        rows: list[dict[str, Any]] = [
            {"event_id": ev.id, "actor_id": p.actor_id, "role": role, "position": k}
            for role, people in (("source", ev.source), ("target", ev.target)) for k, p in enumerate(people)]
        first: dict[tuple[str, str], dict[str, Any]] = {}  # an actor twice in one role counts once
        for r in rows:
            first.setdefault((r["actor_id"], r["role"]), r)
        rows = list(first.values())
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
