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


def _sentences(event: Event) -> set[tuple[str, int, int]]:
    return {(e.article_id, e.start, e.end) for e in event.evidence}


def merge_mentions(mentions: Sequence[CodedMention]) -> tuple[list[Event], list[Conflict]]:
    events: list[Event] = []
    seen: list[set[tuple]] = []  # each event's evidence keys, so that folding stays linear in the mentions
    sentences: list[set[tuple[str, int, int]]] = []  # each event's sentences (article, start, end)
    # Events by (type, participant): `same_event` needs both shared, so only those are compared, not every event.
    sharing: dict[tuple[str, str], set[int]] = {}

    def index(k: int) -> None:
        for actor_id in participants_of(events[k]):
            sharing.setdefault((events[k].type, actor_id), set()).add(k)

    for m in mentions:
        near = set().union(*(sharing.get((m.event.type, a), ()) for a in participants_of(m.event)))
        # Two verbs of one sentence ("shot and killed") are one act even when only one of them gives the mode.
        told = _sentences(m.event)
        candidates = [k for k in sorted(near) if same_event(events[k], m.event, any_mode=bool(told & sentences[k]))]
        if candidates:
            best = max(candidates, key=lambda k: (date_score(events[k], m.event),
                                                  len(participants_of(events[k]) & m.participants)))
            absorb(events[best], m.event, seen[best])
            sentences[best] |= told
            index(best)
        else:
            events.append(copy_event(m.event))
            seen.append({evidence_key(e) for e in m.event.evidence})
            sentences.append(told)
            index(len(events) - 1)
    conflicts: list[Conflict] = []
    for event in events:
        event.id = event_id(event)
        conflicts += find_conflicts(event)
    return events, conflicts
