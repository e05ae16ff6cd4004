"""Constructions of wire reporting that cost a second participant or the trigger (issue 13, session 15). Every
sentence is written for these tests, in the styles of KUNA, WAM, TASS, Xinhua and Anadolu; none comes from an
evaluation set or a real article."""

from __future__ import annotations

from helpers import countries, events

from dragoman.model import Event
from dragoman.pipeline import Pipeline


def of_type(found: list[Event], type: str) -> list[Event]:
    return [e for e in found if e.type == type]


def triggers(event: Event) -> str:
    return " | ".join(ev.trigger for ev in event.evidence)


# -- a phrase fronted before the subject sets the scene: no light verb's object ----------------------------------


def test_fronted_meeting_noun_is_not_the_talks_held(pipeline: Pipeline) -> None:
    found = events(pipeline, "Ahead of the Arab League summit, Egypt's president held talks with King Abdullah II "
                             "of Jordan in Cairo on Sunday.")
    (talks,) = of_type(found, "CONSULT")
    assert "talks" in triggers(talks) and "summit" not in triggers(talks)
    assert countries(talks.source) | countries(talks.target) == {"EGY", "JOR"}


def test_fronted_sidelines_of_a_summit_are_not_the_talks_held(pipeline: Pipeline) -> None:
    found = events(pipeline, "On the sidelines of the summit, Indian Prime Minister Narendra Modi held talks with "
                             "French President Emmanuel Macron.")
    (talks,) = of_type(found, "CONSULT")
    assert "talks" in triggers(talks) and "summit" not in triggers(talks)
