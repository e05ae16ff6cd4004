"""Where an event happened (`events.place`): the place an attack or a raid is done to and the place a visit goes to
are where they happen, as a place after "in" or "at" is; what a statement is aimed at is no place of it. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from helpers import events

from dragoman.pipeline import Pipeline


@pytest.mark.parametrize("text, place, country", [
    ("Ukrainian forces shelled the Russian city of Belgorod overnight.", "Belgorod", "RUS"),
    ("Russian missiles struck Kharkiv on Friday, killing three people.", "Kharkiv", "UKR"),  # Kharkiv: a PERSON
    ("Rebels shelled Goma on Sunday.", "Goma", "COD"),
    ("President Putin visited Hanoi on Tuesday.", "Hanoi", "VNM"),
    ("President Putin paid a state visit to Hanoi on Tuesday.", "Hanoi", "VNM"),
    ("Police arrested 12 protesters in Kharkiv.", "Kharkiv", "UKR"),
    ("The foreign ministers of Chile and Peru met in the Kazakh capital Astana.", "Astana", "KAZ"),
    ("Israeli troops killed two Palestinians in the West Bank city of Jenin.", "Jenin", "PSE"),  # not "Palestinians"
])
def test_the_place_an_act_is_done_to_or_a_visit_goes_to(pipeline: Pipeline, text: str, place: str,
                                                         country: str) -> None:
    located = [(e.location.name, e.location.country) for e in events(pipeline, text) if e.location]
    assert located == [(place, country)], text


@pytest.mark.parametrize("text", [
    "Russia condemned Kyiv on Monday.",
    "Washington sanctioned Moscow over the war.",
])
def test_what_words_or_measures_are_aimed_at_is_no_place_of_them(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert found, text
    assert all(e.location is None for e in found), text


@pytest.mark.parametrize("text, place, victims", [
    ("Two Ruritanian bombers killed nine people when they blew themselves up in Haifa.", "Haifa", "ISR"),
    ("Gunmen killed five worshippers as they prayed at a mosque in Kano.", "Kano", "NGA"),
])
def test_a_clause_of_the_same_moment_places_the_act_and_its_victims(pipeline: Pipeline, text: str, place: str,
                                                                    victims: str) -> None:
    attacks = [e for e in events(pipeline, text) if e.type == "ASSAULT"]
    assert [e.location.name for e in attacks if e.location] == [place]
    assert {p.country for e in attacks for p in e.target} == {victims}


def test_a_clause_of_another_moment_does_not_place_the_act(pipeline: Pipeline) -> None:
    located = [e.location for e in events(pipeline, "Gunmen killed five villagers after they had returned from "
                                                    "a market in Kano.") if e.type == "ASSAULT"]
    assert located == [None]
