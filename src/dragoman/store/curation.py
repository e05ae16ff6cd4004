"""Curation by users: merges and splits of events and actors, field corrections, all recorded and reversible,
and the history of every event."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from typing import Any, get_args

from sqlalchemy import (
    Table,
    and_,
    delete,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection

from dragoman import errors
from dragoman.model import (
    PLOVER_TYPES,
    Factuality,
)
from dragoman.reports import explain_match
from dragoman.store.queries import period_end
from dragoman.store.schema import (
    actor_aliases,
    actor_mentions,
    actor_merges,
    actor_roles,
    actors,
    article_revisions,
    event_aliases,
    event_corrections,
    event_merges,
    event_participants,
    event_reports,
    event_revisions,
    events,
    new_id,
    refresh_event_countries,
)
from dragoman.store.writing import Writing, _actor_redirects, _from_payload, _now, _summary

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


class Curation(Writing):
    """Curation: merges, splits, corrections and history."""

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
            merge_id = new_id(conn.execute(insert(event_merges).values(
                into_id=a, merged_id=b, kind="user", explanation=json.dumps(explanation, ensure_ascii=False),
                reports=json.dumps(report_ids), aliases=json.dumps(aliases), created_at=_now())
            ))
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
            correction_id = new_id(conn.execute(insert(event_corrections).values(
                event_id=current, field=field, value=value, note=note, created_at=_now())))
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
            merge_id = new_id(conn.execute(insert(actor_merges).values(
                into_id=into, merged_id=merge, created_at=_now(), record=json.dumps(record))))
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
