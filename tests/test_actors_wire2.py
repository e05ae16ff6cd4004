"""Actors and vocabulary on wire-style prose (issue 13): a state withdrawing its own envoy recalls it, a person
named with a nationality title takes that country, an armed group takes no country from its counterpart, and a
lone capitalised name acted on by a person's verb is a person."""

from __future__ import annotations

import pytest
from helpers import actors, events

from dragoman.pipeline import Pipeline

# -- withdrawing one's own envoy is a recall (CAMEO 161), not an expulsion (166) ---------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("Peru has withdrawn its envoy to Mexico.", "PER", "MEX"),
    ("Ghana withdrew its ambassador from Togo on Friday.", "GHA", "TGO"),
    ("Norway recalled its ambassador to Chile.", "NOR", "CHL"),
])
def test_withdrawing_its_own_envoy_is_a_recall(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    found = [(e.mode, e.cameo, {p.country for p in e.source}, {p.country for p in e.target})
             for e in events(pipeline, text) if e.type == "SANCTION"]
    assert found == [("withdraw", "161", {source}, {target})]


def test_withdrawing_peacekeepers_stays_an_expulsion(pipeline: Pipeline) -> None:
    found = [e.cameo for e in events(pipeline, "Mali ordered the withdrawal and withdrew the UN peacekeepers.")
             if e.type == "SANCTION"]
    assert "166" in found


# -- a nationality or country name on a description before a name gives the person that country -----------------


@pytest.mark.parametrize("text, name, country", [
    ("Canadian journalist Mark Hollis was detained in Minsk.", "Mark Hollis", "CAN"),
    ("Police arrested Belgian aid worker Pieter Claes on Monday.", "Pieter Claes", "BEL"),
    ("U.S. photographer Dana Walsh was freed on Sunday.", "Dana Walsh", "USA"),
])
def test_nationality_on_a_description_gives_the_person_a_country(pipeline: Pipeline, text: str, name: str,
                                                                 country: str) -> None:
    (person,) = [a for a in actors(pipeline, text) if a.name == name]
    assert person.country == country


# -- an armed group the organization table places in one country keeps it, whoever it acts on --------------------


@pytest.mark.parametrize("text, group, country", [
    ("The Houthis launched drones at Saudi Arabia on Tuesday.", "Houthis", "YEM"),
    ("Houthis attacked a ship bound for Egypt.", "Houthis", "YEM"),
    ("The Arakan Army captured a town near the border with Bangladesh.", "Arakan Army", "MMR"),
])
def test_armed_group_keeps_its_own_country(pipeline: Pipeline, text: str, group: str, country: str) -> None:
    found = [a.country for a in actors(pipeline, text) if a.name == group or group in a.aliases]
    assert found == [country]


def test_peacekeeping_force_is_international(pipeline: Pipeline) -> None:
    found = [a for a in actors(pipeline, "UNDOF said Syrian troops had entered the zone.") if a.name == "UNDOF"]
    assert [(a.kind, a.country) for a in found] == [("organization", None)]


# -- a lone name that is the object of a verb done only to people is a person -------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Belarus arrested Tsepkalo on Monday.", "Tsepkalo"),
    ("Security forces detained Kovalenko at the border.", "Kovalenko"),
])
def test_object_of_a_person_verb_is_a_person(pipeline: Pipeline, text: str, name: str) -> None:
    found = [a.kind for a in actors(pipeline, text) if a.name == name or name in a.aliases]
    assert found == ["person"]


def test_a_people_arrested_is_no_person(pipeline: Pipeline) -> None:
    assert not [a for a in actors(pipeline, "Troops detained Kurds in the north.") if a.kind == "person"]
