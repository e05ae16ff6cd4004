"""Places and the actors they make: a region alone is a place, a state's name before a group noun gives the state's
country, a legislature takes the country its modifier names, a given name spaCy left out of a person's name is
kept. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import actors, events

from dragoman.geo import Gazetteer, qualified_states
from dragoman.model import Actor
from dragoman.pipeline import Pipeline


def named(found: list[Actor], name: str) -> Actor:
    matches = [a for a in found if a.name == name or name in a.aliases]
    assert len(matches) == 1, f"{name!r}: {[(a.name, a.kind) for a in found]}"
    return matches[0]


# -- a legislature noun with a country's modifier is that country's --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Polish senate rejected the bill on Tuesday.",
    "The Polish Senate rejected the bill on Tuesday.",
    "Poland's senate rejected the bill on Tuesday.",
    "The senate of Poland rejected the bill on Tuesday.",
])
def test_a_legislature_with_a_country_modifier_is_that_countrys(pipeline: Pipeline, text: str) -> None:
    found = actors(pipeline, text)
    assert not any(a.country == "USA" for a in found)
    (rejection,) = [e for e in events(pipeline, text) if e.type == "REJECT"]
    assert [p.country for p in rejection.source] == ["POL"]


def test_the_us_senate_is_still_the_us_one(pipeline: Pipeline) -> None:
    (rejection,) = [e for e in events(pipeline, "The US Senate rejected the bill on Tuesday.") if e.type == "REJECT"]
    assert [p.country for p in rejection.source] == ["USA"]


# -- a state's or province's name before a group noun -----------------------------------------------------------

@pytest.mark.parametrize(("text", "group", "country"), [
    ("Texas officials criticized the federal plan on Monday.", "Texas officials", "USA"),
    ("Ontario police arrested two men on Monday.", "Ontario police", "CAN"),
    ("Punjab police arrested three men in Lahore on Sunday, Pakistan's interior ministry said.", "Punjab police",
     "PAK"),
])
def test_a_state_name_before_a_group_noun_gives_its_country(pipeline: Pipeline, text: str, group: str,
                                                             country: str) -> None:
    assert named(actors(pipeline, text), group).country == country


def test_a_province_of_two_countries_needs_the_article_to_name_one(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Punjab police arrested three men on Sunday.")
    assert not any(a.country in ("IND", "PAK") for a in found)


def test_a_state_office_gives_the_holder_its_country(pipeline: Pipeline) -> None:
    assert named(actors(pipeline, "Texas Governor Greg Abbott criticized the plan on Monday."),
                 "Greg Abbott").country == "USA"


# -- a region names its country as a place -----------------------------------------------------------------------

def test_a_region_names_the_country_of_the_people_in_it(pipeline: Pipeline) -> None:
    assert named(actors(pipeline, "Police in Sabah arrested five men on Sunday."), "Police").country == "MYS"


# -- a given name spaCy left out of a person's name ----------------------------------------------------------------

def test_a_given_name_before_a_person_is_part_of_the_name(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Ahmet Yilmaz, a shop owner, said on Monday that sales had fallen by half.")
    assert named(found, "Ahmet Yilmaz").kind == "person"
    assert not any(a.name == "Yilmaz" for a in found)


def test_a_title_before_a_person_stays_out_of_the_name(pipeline: Pipeline) -> None:
    found = actors(pipeline, "President Joe Biden met Chancellor Olaf Scholz on Monday.")
    assert {a.name for a in found if a.kind == "person"} == {"Joe Biden", "Olaf Scholz"}


# -- "City, State": the city in that state -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lat"), [
    ("Police arrested a man in Springfield, Mass., on Monday after a shooting.", 42.1),
    ("Police arrested a man in Springfield, Illinois, on Monday after a shooting.", 39.8),
    ("Police arrested a man in London, Ont., on Monday after a shooting.", 43.0),
])
def test_a_city_and_its_state_is_the_city_in_that_state(pipeline: Pipeline, text: str, lat: float) -> None:
    (arrest,) = [e for e in events(pipeline, text) if e.type == "COERCE"]
    assert arrest.location is not None and arrest.location.lat is not None
    assert abs(arrest.location.lat - lat) < 0.2


@pytest.mark.parametrize(("written", "states"), [
    ("Mass.", ["US-MA"]), ("MA", ["US-MA"]), ("Massachusetts", ["US-MA"]), ("Ont.", ["CA-ON"]), ("NSW", ["AU-NSW"]),
    ("Kenya", []), ("Punjab", []),
])
def test_qualified_states(written: str, states: list[str]) -> None:
    assert qualified_states(written) == states


def test_a_state_too_small_a_town_falls_back_to_the_country() -> None:
    place = Gazetteer().lookup("Smallville", ["US-KS", "USA"])
    assert place is not None and place.country == "USA" and place.lat is None
