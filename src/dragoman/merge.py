"""One event, many mentions: join the mentions of one article that report the same event.

Which mentions are one event, and how they fold, is `reports.py`'s; this module runs it over an article's coded
mentions and gives each event its id and conflicts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from dragoman.model import Conflict, Event
from dragoman.reports import (
    absorb,
    copy_event,
    date_score,
    event_id,
    evidence_key,
    find_conflicts,
    keep_named,
    names_the_unnamed,
    one_attack,
    participants_of,
    same_event,
    voices_the_state,
)

if TYPE_CHECKING:
    from dragoman.events import CodedMention


def _sentences(event: Event) -> set[tuple[str, int, int]]:
    return {(e.article_id, e.start, e.end) for e in event.evidence}


def _one_act(event: Event, mention: Event, one_sentence: bool) -> bool:
    """`same_event`, and within one sentence: attack mentions giving one toll are one attack (`one_attack`), and two
    mentions of one CAMEO code are one act whatever modes they were given: "the ministry summoned the German
    ambassador to protest the remarks" is one official complaint (CAMEO 114), read off the summons (mode "allege")
    and off the protest in words (mode "disapprove")."""
    if same_event(event, mention, any_mode=one_sentence) or one_sentence and one_attack(event, mention):
        return True
    return one_sentence and event.cameo is not None and event.cameo == mention.cameo and event.mode != mention.mode \
        and same_event(event, replace(mention, mode=event.mode), any_mode=True)


def merge_mentions(mentions: Sequence[CodedMention], kinds: Mapping[str, str] | None = None,
                   voices: Mapping[str, str] | None = None) -> tuple[list[Event], list[Conflict]]:
    """The article's events and their conflicts. `kinds` (actor id -> actor kind) lets an event told of unnamed
    people join the one event that names them (`name_the_unnamed`), and with `voices` (actor id -> the country whose
    government or forces the actor is) an act of a state join the report of it by the body that did it
    (`join_state_voices`)."""
    events: list[Event] = []
    seen: list[set[tuple]] = []  # each event's evidence keys, so that folding stays linear in the mentions
    sentences: list[set[tuple[str, int, int]]] = []  # each event's sentences (article, start, end)
    # Events by (type, participant): `same_event` needs both shared, so only those are compared, not every event.
    sharing: dict[tuple[str, str], set[int]] = {}
    # Events by (type, sentence): within a sentence, one attack may be told by mentions that share no party.
    told_in: dict[tuple[str, tuple[str, int, int]], set[int]] = {}

    def index(k: int) -> None:
        for actor_id in participants_of(events[k]):
            sharing.setdefault((events[k].type, actor_id), set()).add(k)
        for sentence in sentences[k]:
            told_in.setdefault((events[k].type, sentence), set()).add(k)

    for m in mentions:
        # Two verbs of one sentence ("shot and killed") are one act even when only one of them gives the mode.
        told = _sentences(m.event)
        near = set().union(*(sharing.get((m.event.type, a), ()) for a in participants_of(m.event)),
                           *(told_in.get((m.event.type, s), ()) for s in told))
        candidates = [k for k in sorted(near) if _one_act(events[k], m.event, bool(told & sentences[k]))]
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
    if kinds:
        events = name_the_unnamed(events, kinds)
        if voices:
            events = join_state_voices(events, kinds, voices)
    conflicts: list[Conflict] = []
    for event in events:
        event.id = event_id(event)
        conflicts += find_conflicts(event)
    return events, conflicts


def _fold_into_sole(events: list[Event], candidate: Callable[[Event], bool], joins: Callable[[Event, Event], bool],
                    then: Callable[[Event], None] | None = None) -> list[Event]:
    """Each `candidate` event that `joins` exactly one other event (one not folded away already) is folded into it
    (`then` runs on the event it joined); with two or more it stays apart."""
    joined: set[int] = set()
    for k, event in enumerate(events):
        if not candidate(event):
            continue
        into = [n for n, other in enumerate(events) if n != k and n not in joined and joins(event, other)]
        if len(into) == 1:
            absorb(events[into[0]], event)
            if then is not None:
                then(events[into[0]])
            joined.add(k)
    return [event for k, event in enumerate(events) if k not in joined]


def name_the_unnamed(events: list[Event], kinds: Mapping[str, str]) -> list[Event]:
    """"A man was charged with arson", then "Robert Pitman, 24, was charged with arson": an event told of an unnamed
    person joins the event that names the person, when the article has exactly one such event (with two men charged
    in one story, "a man was charged" stays apart). The joined event keeps the named person."""
    return _fold_into_sole(
        events, lambda event: any(kinds.get(p.actor_id) == "individual" for p in event.source + event.target),
        lambda event, other: names_the_unnamed(event, other, kinds), lambda named: keep_named(named, kinds))


def join_state_voices(events: list[Event], kinds: Mapping[str, str], voices: Mapping[str, str]) -> list[Event]:
    """"The UAE condemned the attack", then "the Ministry of Foreign Affairs expressed the UAE's strong condemnation":
    an act told of a body or official of a state joins the one event that tells it of the state
    (`voices_the_state`); with two such events of the state ("Russia warned Kyiv ... Russia warned the West") it
    stays apart. The joined event keeps both as its source."""
    return _fold_into_sole(
        events, lambda event: bool(event.source) and all(p.actor_id in voices for p in event.source),
        lambda event, other: voices_the_state(other, event, kinds, voices))
