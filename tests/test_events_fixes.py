"""Wrong codings left from session 13, each fixed by a general rule: orders that force people out or into custody,
boycotts, a summons made to protest, the country of an unnamed body, a region's name that is a person's too; and the
one check for a pair with no party. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import actors, events, names

from dragoman.geo import qualified_states, region_countries, state_countries
from dragoman.pairs import NoParty, PairError, code_pair
from dragoman.pipeline import Pipeline


def coded(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, set[str], set[str]]]:
    return [(e.type, e.mode, names(e.source), names(e.target)) for e in events(pipeline, text)]


@pytest.mark.parametrize("text, source, target", [
    ("Russia ordered Ukrainians in the occupied region to leave their homes.", "Russia", "Ukraine"),
    ("The army ordered villagers to flee their homes.", "army", "villagers"),
    ("The rebels ordered civilians in the town to leave within two days.", "rebels", "civilians"),
])
def test_a_state_or_force_ordering_people_out_forces_them_out(pipeline: Pipeline, text: str, source: str,
                                                              target: str) -> None:
    assert ("COERCE", "deport", {source}, {target}) in coded(pipeline, text), coded(pipeline, text)
    assert not [c for c in coded(pipeline, text) if c[0] == "REQUEST"], coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "The mayor ordered residents to stay indoors.",  # the public told to keep safe: administration
    "The Ethiopian government ordered its citizens to leave Sudan.",  # its own people, advised to go
])
def test_an_order_to_the_public_or_to_ones_own_people_forces_no_one_out(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded(pipeline, text) if c[0] == "COERCE"], coded(pipeline, text)


@pytest.mark.parametrize("text, source, target", [
    ("The Turkish prosecutor ordered the Swedish reporter held.", "Turkey", "Swedish reporter"),
    ("The court ordered the three opposition activists jailed for two years.", "court", "opposition activists"),
])
def test_an_order_that_someone_be_held_is_their_arrest_by_the_one_ordering(pipeline: Pipeline, text: str,
                                                                          source: str, target: str) -> None:
    found = coded(pipeline, text)
    assert ("COERCE", "arrest", {source}, {target}) in found, found
    assert not [c for c in found if c[0] == "REQUEST" or target in c[2]], found  # the one held arrests no one


@pytest.mark.parametrize("text, source", [
    ("Serbia boycotted the opening ceremony in Pristina.", "Serbia"),
    ("The main opposition party boycotted the presidential election.", "opposition party"),
])
def test_a_boycott_is_a_boycott_whoever_stays_away(pipeline: Pipeline, text: str, source: str) -> None:
    found = coded(pipeline, text)
    assert [c for c in found if c[:2] == ("PROTEST", "boycott") and source in c[2]], found
    assert not [c for c in found if c[0] in ("ACCUSE", "REJECT")], found
    # a state protesting in words still complains (CAMEO 114), no street protest
    words = coded(pipeline, "The Chilean foreign ministry protested the remarks.")
    assert [c for c in words if c[0] == "ACCUSE"] and not [c for c in words if c[0] == "PROTEST"], words


def test_a_summons_made_to_protest_is_one_complaint(pipeline: Pipeline) -> None:
    text = "The Moroccan foreign ministry summoned the Spanish ambassador to protest the decision."
    found = events(pipeline, text)
    complaints = [e for e in found if e.type == "ACCUSE"]
    assert len(complaints) == 1, coded(pipeline, text)
    assert {ev.trigger for ev in complaints[0].evidence} == {"summoned", "protest"}
    assert {p.country for p in complaints[0].target} == {"ESP"}


@pytest.mark.parametrize("text, other", [
    ("The ministry summoned the Dutch ambassador over the cartoons.", "NLD"),
    ("The ministry summoned the Dutch ambassador. The Netherlands has not commented on the summons.", "NLD"),
    ("The ministry summoned the Dutch envoy over the cartoons printed in Amsterdam.", "NLD"),
    ("The foreign ministry condemned the Turkish air strikes.", "TUR"),
    ("The defence ministry denounced the Armenian drone attacks on the border villages.", "ARM"),
])
def test_an_unnamed_body_takes_no_country_from_the_other_party(pipeline: Pipeline, text: str, other: str) -> None:
    ministries = [a for a in actors(pipeline, text) if "ministry" in a.name]
    assert ministries and all(a.country != other for a in ministries), [(a.name, a.country) for a in ministries]


def test_a_region_name_that_is_a_given_name_needs_support(pipeline: Pipeline) -> None:
    bare = "Sabah told reporters that the minister had met the Qatari emir."
    assert "MYS" not in {a.country for a in actors(pipeline, bare)}, [(a.name, a.country) for a in
                                                                     actors(pipeline, bare)]
    # a place by its preposition, or with its country named, is the place still
    placed = "Floods displaced thousands in Sabah, officials said."
    assert "MYS" in {a.country for a in actors(pipeline, placed)}
    named = "Malaysian police arrested three men in Sabah on Monday."
    assert "MYS" in {a.country for a in actors(pipeline, named)}


def test_code_pair_alone_checks_that_a_party_is_given(pipeline: Pipeline) -> None:
    with pytest.raises(NoParty, match="give a source, a target or both"):
        code_pair(pipeline, None, "Chile recalled its ambassador.", None, None)
    assert issubclass(NoParty, PairError)


def test_the_subdivision_tables_read_as_before() -> None:
    assert state_countries("Punjab") == ["IND", "PAK"]
    assert state_countries("Georgia") == ["USA"]  # the country's namesake, the US state
    assert state_countries("Texas") == ["USA"] and state_countries("Calif.") == ["USA"]
    assert region_countries("TX") == ["USA"] and region_countries("Georgia") == ["GEO", "USA"]
    assert qualified_states("MA") == ["US-MA"] and qualified_states("Ontario") == ["CA-ON"]
