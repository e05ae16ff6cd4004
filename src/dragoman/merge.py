"""One event, many mentions: join the mentions of one article that report the same event.

Which mentions are one event, and how they fold, is `reports.py`'s; this module runs it over an article's coded
mentions and gives each event its id and conflicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dragoman.model import Conflict, Event
from dragoman.reports import absorb, copy_event, date_score, event_id, find_conflicts, participants_of, same_event

if TYPE_CHECKING:
    from dragoman.events import CodedMention


def merge_mentions(mentions: Sequence[CodedMention]) -> tuple[list[Event], list[Conflict]]:
    events: list[Event] = []
    for m in mentions:
        candidates = [e for e in events if same_event(e, m.event)]
        if candidates:
            best = max(candidates, key=lambda e: (date_score(e, m.event), len(participants_of(e) & m.participants)))
            absorb(best, m.event)
        else:
            events.append(copy_event(m.event))
    conflicts: list[Conflict] = []
    for event in events:
        event.id = event_id(event)
        conflicts += find_conflicts(event)
    return events, conflicts
