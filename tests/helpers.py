"""Small lookups over an Extraction, shared by the tests."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from datetime import date
from types import FrameType
from typing import Any

import pytest

from dragoman.model import Actor, Article, Event, Extraction
from dragoman.pipeline import Pipeline

TEST_DAY = date(2024, 5, 1)  # the publication date of the tests' one-sentence articles


def extract(pipeline: Pipeline, text: str, published: date = TEST_DAY) -> Extraction:
    """The extraction of one article made of `text`."""
    (ex,) = list(pipeline.extract_many([Article(id="t", text=text, published=published)]))
    return ex


def event_dates(pipeline: Pipeline, text: str, published: date = TEST_DAY) -> dict[str, tuple[str | None, str]]:
    """Trigger word -> (date, basis) of each event of one article made of `text`."""
    return {e.evidence[0].trigger: (e.date.value, e.date.basis) for e in extract(pipeline, text, published).events}


def actors(pipeline: Pipeline, text: str, published: date = TEST_DAY) -> list[Actor]:
    """The actors of one article made of `text`."""
    return extract(pipeline, text, published).actors


def events(pipeline: Pipeline, text: str, published: date = TEST_DAY) -> list[Event]:
    return extract(pipeline, text, published).events


def of_type(found: list[Event], type: str) -> list[Event]:
    return [e for e in found if e.type == type]


def types(pipeline: Pipeline, text: str) -> set[str]:
    """The types of the events of one article made of `text`."""
    return {e.type for e in events(pipeline, text)}


def coded(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    """(type, source countries, target countries) of each event of one article made of `text`."""
    return {(e.type, "/".join(sorted({p.country or "" for p in e.source})),
             "/".join(sorted({p.country or "" for p in e.target}))) for e in events(pipeline, text)}


def actor_named(ex: Extraction, alias: str) -> Actor:
    found = [a for a in ex.actors if alias in a.aliases or a.name == alias]
    assert len(found) == 1, f"{alias!r}: {[a.id for a in found]}"
    return found[0]


def countries(participants: list) -> set[str]:
    """The countries of the participants that have one."""
    return {p.country for p in participants if p.country}


def names(people: list) -> set[str]:
    return {p.name for p in people}


def events_with(ex: Extraction, type: str, *actors: Actor, date: str | None = None) -> list[Event]:
    """Events of a type that involve all the given actors (and start on the date, if given)."""
    ids = {a.id for a in actors}
    return [e for e in ex.events if e.type == type and ids <= {p.actor_id for p in e.source + e.target}
            and (date is None or e.date.start == date)]


def count_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> dict[str, int]:
    """Replace `owner.name` by a wrapper that counts its calls (for the tests that cost grows linearly);
    the returned dict's "n" is the count so far."""
    calls = {"n": 0}
    real = getattr(owner, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return calls


def count_lines(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> dict[str, int]:
    """Replace `owner.name` by a wrapper that counts the Python lines it runs, in it and in all it calls: an
    operation count for the tests that cost grows linearly (CPU time scatters too much to test on)."""
    counted = {"n": 0}
    real = getattr(owner, name)

    def tracer(frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        if event == "line":
            counted["n"] += 1
        return tracer

    def counting(*args: Any, **kwargs: Any) -> Any:
        previous = sys.gettrace()
        sys.settrace(tracer)
        try:
            return real(*args, **kwargs)
        finally:
            sys.settrace(previous)

    monkeypatch.setattr(owner, name, counting)
    return counted


def counted_per_article(pipeline: Pipeline, counter: dict[str, int], texts: Iterable[str]) -> list[int]:
    """What `counter` (from `count_calls` or `count_lines`) counts while each text is extracted as one article."""
    counts = []
    for text in texts:
        counter["n"] = 0
        pipeline.extract_article(Article(id="counted", text=text))
        counts.append(counter["n"])
    return counts


def process_alive(pid: int) -> bool:
    """Whether a process exists and is not a zombie (read from /proc: Linux)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(") ", 1)[1][:1] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def alive_after(pids: Iterable[int], seconds: float) -> list[int]:
    """The processes of `pids` still alive once they are all gone or `seconds` have passed, whichever is first."""
    pids = list(pids)
    deadline = time.monotonic() + seconds
    while any(process_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    return [p for p in pids if process_alive(p)]
