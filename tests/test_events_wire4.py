"""Faults of wire reporting in who did what to whom (issue 13, session 15, second round). Every sentence is written
for these tests; none comes from an evaluation set or a real article."""

from __future__ import annotations

from helpers import countries, events

from dragoman.model import Event
from dragoman.pipeline import Pipeline


def of_type(found: list[Event], type: str) -> list[Event]:
    return [e for e in found if e.type == type]


# -- a passive clause conjoined to an active one shares its subject as the one acted on ---------------------------


def test_passive_conjunct_of_an_active_clause_keeps_the_roles(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "Greece has expelled the diplomat and has been threatened by Turkey several "
                                         "times."), "THREATEN")
    assert countries(threat.source) == {"TUR"} and countries(threat.target) == {"GRC"}


def test_passive_conjunct_without_an_agent_has_no_source(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Egypt closed the crossing and was attacked on several occasions."),
                        "ASSAULT")
    assert countries(attack.target) == {"EGY"} and not attack.source
