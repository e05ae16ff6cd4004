"""The evidence behind an event: for each field, the words of the article that gave it."""

from __future__ import annotations

from typing import Any

from dragoman.model import Event
from dragoman.store import Store


def event_detail(ev: Event, store: Store) -> dict[str, Any]:
    """The event with, for each field, the words of the article that gave it."""
    fields = {
        "source": ", ".join(p.name for p in ev.source) or "-",
        "target": ", ".join(p.name for p in ev.target) or "-",
        "date": f"{ev.date.value or '-'} ({ev.date.precision or '-'}, {ev.date.basis})"
                + (f" from “{ev.date.text}”" if ev.date.text else ""),
        "location": (f"{ev.location.name} ({ev.location.country or '?'})" if ev.location else "-"),
        "attribution": ", ".join(ev.attribution) or "-",
    }
    evidence = []
    for e in ev.evidence:
        marks: list[tuple[int, int, str]] = []
        if e.trigger_start is not None and e.trigger_end is not None:
            marks.append((e.trigger_start, e.trigger_end, "event"))
        if ev.date.char_start is not None and ev.date.char_end is not None:
            marks.append((ev.date.char_start, ev.date.char_end, "date"))
        if ev.location and ev.location.char_start is not None and ev.location.char_end is not None:
            marks.append((ev.location.char_start, ev.location.char_end, "location"))
        roles = {p.actor_id: "target" for p in ev.target} | {p.actor_id: "source" for p in ev.source}
        marks += store.actors_in(e.article_id, e.start, e.end, roles)
        highlights = [{"start": s - e.start, "end": t - e.start, "field": f}
                      for s, t, f in marks if e.start <= s and t <= e.end]
        evidence.append({"article_id": e.article_id, "sentence": e.sentence, "start": e.start, "end": e.end,
                         "trigger": e.trigger, "highlights": highlights})
    return {"event": ev.to_dict(), "fields": fields, "evidence": evidence}
