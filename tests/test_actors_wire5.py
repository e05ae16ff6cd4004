"""Places and countries in wire copy (issue 13, session 32): a point of the compass is no town ("the North" is not
North Salt Lake, Utah), in a story of the two Koreas "the North" and "the South" are the two states, the place whose
residents are meant is a place whatever name it shares with people ("residents of Khan Younis"), and the subject of
the next clause is no country qualifying a town ("If Israel attacks Rafah, Egypt could ..."), the pope is the Holy
See's, and a group or body named by several words keeps them all and no more ("Hong Kong national security police",
"the Rapid Support Forces", not "... in Jeddah"). Every sentence is written for these tests; none comes from an
evaluation set or a real article."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import actors, countries, events

from dragoman.geo import Gazetteer
from dragoman.pipeline import Pipeline


@pytest.mark.parametrize("name", ["North", "the North", "South", "West", "the East"])
def test_a_point_of_the_compass_is_no_town(name: str) -> None:
    assert Gazetteer().lookup(name) is None


def test_a_town_named_after_a_point_of_the_compass_is_still_found() -> None:
    place = Gazetteer().lookup("North Salt Lake")
    assert place is not None and place.country == "USA"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Seoul's defence ministry said the North had fired artillery shells near the sea border.", "PRK", None),
    ("Pyongyang accused the South of flying drones over its capital.", "PRK", "KOR"),
])
def test_the_north_and_the_south_of_a_korean_story_are_the_two_states(pipeline: Pipeline, text: str, source: str,
                                                                     target: str | None) -> None:
    found = events(pipeline, text)
    assert found and countries(found[0].source) == {source}
    if target:
        assert countries(found[0].target) == {target}
    assert not any("USA" in countries(e.source + e.target) for e in found)


def test_the_north_of_another_country_is_no_korea(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Protesters marched through towns in the North of England on Sunday.")
    assert not {"PRK", "KOR"} & {a.country for a in found}


def test_the_place_whose_residents_are_meant_is_a_place(pipeline: Pipeline) -> None:
    text = "The Israeli army ordered residents of eastern Khan Younis to evacuate."
    assert not [a for a in actors(pipeline, text) if a.kind == "person"]
    found = events(pipeline, text)
    assert found and countries(found[0].target) == {"PSE"}


def test_the_next_clauses_subject_is_no_qualifier_of_a_place(pipeline: Pipeline) -> None:
    found = events(pipeline, "If Israel attacks Rafah, Egypt could suspend the peace treaty, officials warned.")
    assert [countries(e.target) for e in found if e.type == "ASSAULT"] == [{"PSE"}]


def test_a_country_after_a_town_still_qualifies_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Police arrested two men in Paris, Texas, on Friday.")
    assert found and countries(found[0].target) == {"USA"}


@pytest.mark.parametrize(("text", "published", "pope"), [
    ("Pope Francis called for peace in Ukraine.", date(2024, 5, 1), "Pope Francis"),
    ("Pope Leo called for a ceasefire in Gaza.", date(2025, 6, 1), "Pope Leo XIV"),
])
def test_the_pope_is_the_holy_sees(pipeline: Pipeline, text: str, published: date, pope: str) -> None:
    found = [a for a in actors(pipeline, text, published) if a.kind == "person"]
    assert [(a.name, a.country) for a in found] == [(pope, "VAT")]


@pytest.mark.parametrize(("text", "name"), [
    ("Hong Kong national security police arrested six people on Monday.", "Hong Kong national security police"),
    ("New Zealand police arrested six people.", "New Zealand police"),
])
def test_a_group_named_by_a_place_of_several_words_keeps_them_all(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in {a.name for a in actors(pipeline, text) if a.kind == "group"}


def test_a_known_body_named_with_where_it_met_is_the_body(pipeline: Pipeline) -> None:
    text = "The army delegation walked out of talks with the Rapid Support Forces in Jeddah on Thursday."
    assert "Rapid Support Forces" in {a.name for a in actors(pipeline, text) if a.kind == "organization"}
