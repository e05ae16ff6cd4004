"""One event, many mentions: join the mentions of one article that report the same event.

Which mentions are one event, and how they fold, is `reports.py`'s; this module runs it over an article's coded
mentions and gives each event its id and conflicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dragoman.model import Conflict, Event
from dragoman.reports import (
    absorb,
    copy_event,
    date_score,
    event_id,
    evidence_key,
    find_conflicts,
    participants_of,
    same_event,
)

if TYPE_CHECKING:
    from dragoman.events import CodedMention


def merge_mentions(mentions: Sequence[CodedMention]) -> tuple[list[Event], list[Conflict]]:
    events: list[Event] = []
    seen: list[set[tuple]] = []  # each event's evidence keys, so that folding stays linear in the mentions
    for m in mentions:
        candidates = [k for k, e in enumerate(events) if same_event(e, m.event)]
        if candidates:
            best = max(candidates, key=lambda k: (date_score(events[k], m.event),
                                                  len(participants_of(events[k]) & m.participants)))
            absorb(events[best], m.event, seen[best])
        else:
            events.append(copy_event(m.event))
            seen.append({evidence_key(e) for e in m.event.evidence})
    conflicts: list[Conflict] = []
    for event in events:
        event.id = event_id(event)
        conflicts += find_conflicts(event)
    return events, conflicts
