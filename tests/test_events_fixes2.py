"""Wrong codings seen on wire-style stories written for probing (issue 13), each fixed by a general rule: aid received
from a giver, a message handed over, an act in a condition, a venue named before talks, names read as the wrong kind
of party, a measure rejected by the one it was aimed at. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events, names

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
