"""Wrong codings seen on wire-style stories written for probing (issue 13), each fixed by a general rule: aid received
from a giver, a message handed over, an act in a condition, a venue named before talks, names read as the wrong kind
of party, a measure rejected by the one it was aimed at. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import actors, countries, events, names

from dragoman.pipeline import Pipeline


def coded(pipeline: Pipeline, text: str) -> list[tuple[str, set[str], set[str], str]]:
    return [(e.type, names(e.source), names(e.target), e.factuality) for e in events(pipeline, text)]


@pytest.mark.parametrize("text, giver, receiver", [
    ("Moldova received armoured vehicles from Romania last week.", "Romania", "Moldova"),
    ("Niger has received helicopters from Turkey.", "Turkey", "Niger"),
    ("Sri Lanka obtained a loan from the IMF on Friday.", "IMF", "Sri Lanka"),
])
def test_what_is_received_from_a_party_is_that_partys_aid(pipeline: Pipeline, text: str, giver: str,
                                                          receiver: str) -> None:
    aid = [c for c in coded(pipeline, text) if c[0] == "AID"]
    assert [(c[1], c[2]) for c in aid] == [({giver}, {receiver})], coded(pipeline, text)


def test_a_product_name_received_is_no_target(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Latvia received Stinger missiles from Norway on Monday.")
    assert [(c[1], c[2]) for c in found if c[0] == "AID"] == [({"Norway"}, {"Latvia"})], found


@pytest.mark.parametrize("text", [
    "The Emir of Qatar received a written message from the King of Jordan, handed over by the Jordanian ambassador.",
    "The Jordanian ambassador handed over a letter from King Abdullah to the Qatari foreign minister.",
    "Peru's foreign minister received a message from his Chilean counterpart, delivered by the Chilean envoy.",
])
def test_a_message_or_letter_handed_over_is_no_aid(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded(pipeline, text) if c[0] == "AID"], coded(pipeline, text)


def test_goods_handed_over_are_still_aid(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Algeria handed over food and medicine to Libya.")
    assert [(c[1], c[2]) for c in found if c[0] == "AID"] == [({"Algeria"}, {"Libya"})], found


@pytest.mark.parametrize("text, type", [
    ("The militia threatened to shell the town if the army did not withdraw its troops from the valley.", "RETREAT"),
    ("The guerrillas said they would fight on unless the government released the prisoners.", "RETREAT"),
])
def test_an_act_in_a_condition_is_hypothetical_not_negated(pipeline: Pipeline, text: str, type: str) -> None:
    found = [c for c in coded(pipeline, text) if c[0] == type]
    assert found and all(c[3] == "hypothetical" for c in found), coded(pipeline, text)


def test_an_act_denied_outside_a_condition_stays_negated(pipeline: Pipeline) -> None:
    found = coded(pipeline, "The army did not withdraw its troops from the valley.")
    assert [c[3] for c in found if c[0] == "RETREAT"] == ["negated"], found


def test_a_town_naming_the_venue_of_talks_is_no_party(pipeline: Pipeline) -> None:
    text = "Turkey mediated the Minsk talks between the two sides."
    found = coded(pipeline, text)
    assert [(c[1], c[2]) for c in found if c[0] == "CONSULT"] == [({"Turkey"}, set())], found
    assert not [a for a in actors(pipeline, text) if "Minsk" in a.aliases], actors(pipeline, text)


def test_mediation_is_aimed_at_the_parties_mediated_between(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Norway mediated the Aswan talks between Sudan and Chad.")
    assert [(c[1], c[2]) for c in found if c[0] == "CONSULT"] == [({"Norway"}, {"Sudan", "Chad"})], found


def test_a_town_that_is_a_party_is_still_its_country(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Cairo rejected the proposal on Sunday.")
    assert [c[1] for c in found if c[0] == "REJECT"] == [{"Egypt"}], found


def test_a_town_read_as_a_person_is_a_place_without_a_persons_context(pipeline: Pipeline) -> None:
    text = "Israeli aircraft bombed Rafah overnight. Residents of Rafah said the strikes hit homes."
    assert not [a for a in actors(pipeline, text) if a.kind == "person"], actors(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Ortega met with Lund.", "Lund"),  # a surname that is a Swedish town's name too
    ("Lopez met with Kiruna.", "Kiruna"),
])
def test_a_meeting_partner_named_like_a_town_is_a_person(pipeline: Pipeline, text: str, name: str) -> None:
    found = actors(pipeline, text)
    assert not [a for a in found if a.kind == "country"], [(a.id, a.aliases) for a in found]
    assert [a.kind for a in found if a.name == name] == ["person"], [(a.id, a.aliases) for a in found]


def test_a_capital_met_with_is_still_its_government(pipeline: Pipeline) -> None:
    found = coded(pipeline, "The senator called out Beijing over its treatment of journalists.")
    assert [c[2] for c in found if c[0] == "ACCUSE"] == [{"China"}], found


@pytest.mark.parametrize("text, group", [
    ("Rebels kidnapped Jones near the border.", "Rebels"),
    ("Protesters stormed the parliament in Dhaka on Monday.", "Protesters"),
])
def test_a_group_noun_opening_a_sentence_is_the_group(pipeline: Pipeline, text: str, group: str) -> None:
    found = coded(pipeline, text)
    assert any(c[1] == {group} for c in found), found


def test_a_two_word_country_read_as_a_person_is_the_country(pipeline: Pipeline) -> None:
    text = "Sri Lanka obtained a loan from the IMF on Friday."
    assert [(a.id, a.kind) for a in actors(pipeline, text) if a.name == "Sri Lanka"] == [("LKA", "country")]


@pytest.mark.parametrize("text, giver, receiver", [
    ("Spain sent Hawk missiles to Ukraine.", "Spain", "Ukraine"),
    ("Norway delivered Patriot missiles to Latvia.", "Norway", "Latvia"),
])
def test_a_weapons_model_name_is_no_party(pipeline: Pipeline, text: str, giver: str, receiver: str) -> None:
    found = coded(pipeline, text)
    assert [(c[1], c[2]) for c in found if c[0] == "AID"] == [({giver}, {receiver})], found
    assert not [a for a in actors(pipeline, text) if a.kind == "person"], actors(pipeline, text)


def rejection_targets(pipeline: Pipeline, text: str) -> set[str]:
    (rejection,) = [e for e in events(pipeline, text) if e.type == "REJECT"]
    return countries(rejection.target) | {p.name for p in rejection.target if not p.country}


@pytest.mark.parametrize("text, party", [
    ("Canada imposed sanctions on three Wagner commanders on Monday. Wagner rejected the sanctions as baseless.",
     "CAN"),
    ("Ethiopia accused the TPLF of shelling the town. The TPLF rejected the accusations on Tuesday.", "ETH"),
])
def test_a_measure_rejected_is_aimed_at_the_party_that_made_it(pipeline: Pipeline, text: str, party: str) -> None:
    assert rejection_targets(pipeline, text) == {party}


def test_a_measure_two_parties_made_names_no_one(pipeline: Pipeline) -> None:
    text = ("Canada imposed sanctions on Wagner on Monday. Japan imposed sanctions on Wagner on Tuesday. "
            "Wagner rejected the sanctions as baseless.")
    assert rejection_targets(pipeline, text) == set()
