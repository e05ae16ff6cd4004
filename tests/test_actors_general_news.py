"""Actors of general and wire news: namesakes of dictionary people, states named like countries, the article's
country given only where the text founds it, datelines. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import actors

from dragoman.geo import state_countries
from dragoman.model import Actor
from dragoman.pipeline import Pipeline


def named(found: list[Actor], name: str) -> Actor:
    matches = [a for a in found if a.name == name or name in a.aliases]
    assert len(matches) == 1, f"{name!r}: {[(a.name, a.kind) for a in found]}"
    return matches[0]


# -- 1. a lone surname and the dictionary's namesake --------------------------------------------------------------

def test_a_lone_surname_is_not_a_foreign_namesake_of_the_dictionary(pipeline: Pipeline) -> None:
    # RAYMOND_WOLFE is a Jamaican minister in Phoenix's leaders list; this Wolfe is a hospital's spokesman
    found = actors(pipeline, "Wolfe said the families of the wounded men requested privacy.")
    wolfe = named(found, "Wolfe")
    assert (wolfe.kind, wolfe.country, wolfe.sector) == ("person", None, None)
    found = actors(pipeline, "The hospital would not release any details, Hilton told reporters.")
    assert all(a.country is None for a in found if a.name == "Hilton")


def test_a_lone_surname_takes_the_dictionary_country_the_article_names(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Jamaica's parliament met on Monday. Wolfe said the bill would pass.")
    assert (named(found, "Wolfe").country, named(found, "Wolfe").country_basis) == ("JAM", "dictionary")
    found = actors(pipeline, "The talks would continue, Kishida told reporters in Tokyo on Monday.")
    assert named(found, "Kishida").country == "JPN"


def test_the_last_word_of_a_group_or_company_name_is_no_surname(pipeline: Pipeline) -> None:
    # FIRES_OF_HELL and BLACK_STAR are Greek armed groups of the MilNonState dictionary, not persons
    found = actors(pipeline, "Residents said Hell came to the village on Friday.")
    assert not any(a.kind == "person" and a.country == "GRC" for a in found)
    found = actors(pipeline, "The crowd cheered when Star arrived at the gate.")
    assert not any(a.country == "GRC" for a in found)


# -- 2. a state named as its agencies are -------------------------------------------------------------------------

def test_a_us_state_before_an_agency_is_the_state_not_the_country(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Georgia prosecutors charged the rapper with racketeering on Tuesday.")
    prosecutors = next(a for a in found if a.kind == "group")
    assert prosecutors.country == "USA"
    assert not any(a.kind == "country" and a.country == "GEO" for a in found)
    found = actors(pipeline, "A Georgia man was arrested after the robbery.")
    assert next(a for a in found if a.kind == "group").country == "USA"


def test_the_country_georgia_stays_the_country(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Georgia's president met the Russian envoy in Tbilisi.")
    assert any(a.kind == "country" and a.country == "GEO" for a in found)
    found = actors(pipeline, "Officials in Tbilisi said Georgia prosecutors charged the former president.")
    assert next(a for a in found if a.name == "Georgia prosecutors").country == "GEO"


def test_state_names_by_the_subdivision_tables() -> None:
    assert state_countries("Georgia") == ["USA"]  # the state, beside the country of that name
    assert state_countries("Calif.") == ["USA"]
    assert state_countries("Punjab") == ["IND", "PAK"]
    assert state_countries("Puerto Rico") == []  # a territory listed as its sovereign's: one place, no namesake
    assert state_countries("Kenya") == []


@pytest.mark.parametrize("text", ["California police arrested a man on Sunday.",
                                  "Ontario police arrested two men on Sunday."])
def test_a_state_or_province_gives_its_police_the_country(pipeline: Pipeline, text: str) -> None:
    police = next(a for a in actors(pipeline, text) if a.kind == "group" and "police" in a.name)
    assert police.country == ("USA" if text.startswith("California") else "CAN")
