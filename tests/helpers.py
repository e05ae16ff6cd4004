"""Small lookups over an Extraction, shared by the tests."""

from __future__ import annotations

from dragoman.model import Actor, Event, Extraction


def actor_named(ex: Extraction, alias: str) -> Actor:
    found = [a for a in ex.actors if alias in a.aliases or a.name == alias]
    assert len(found) == 1, f"{alias!r}: {[a.id for a in found]}"
    return found[0]


def names(people: list) -> set[str]:
    return {p.name for p in people}


def events_with(ex: Extraction, type: str, *actors: Actor, date: str | None = None) -> list[Event]:
    """Events of a type that involve all the given actors (and start on the date, if given)."""
    ids = {a.id for a in actors}
    return [e for e in ex.events if e.type == type and ids <= {p.actor_id for p in e.source + e.target}
            and (date is None or e.date.start == date)]
