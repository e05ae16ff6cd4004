"""Fewer false events on general news (issue 13, session 32, from hand-judged ECB+ tune samples): harm told by the
accident it came of is no attack, a boxer hitting the canvas hits no one, a police appeal for the public's help (or
its order to keep safe, told in the passive) is no request between parties, what is discussed is no partner in the
discussion, fighting to keep a law is no fight, and handing over suspects or a tape is no aid. Every sentence is
written for these tests; none comes from an evaluation set or a real article."""

from __future__ import annotations

import pytest
from helpers import countries, events, of_type

from dragoman.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "A firefighter was injured when he fell from a ladder, officials said.",
    "Two soldiers were killed when their truck overturned near the base.",
    "A fisherman died when his boat capsized off the coast.",
])
def test_harm_in_an_accident_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert not of_type(events(pipeline, text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Three civilians were killed when a shell fell on their house in Donetsk.",
    "A soldier was wounded when rebels ambushed his patrol.",
])
def test_harm_by_a_weapon_or_an_attacker_stays_an_attack(pipeline: Pipeline, text: str) -> None:
    assert of_type(events(pipeline, text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Johnson hit the canvas twice before the bell.",
    "Officer Daniels hit the brakes too late.",
])
def test_hitting_the_canvas_or_the_brakes_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert not of_type(events(pipeline, text), "ASSAULT")


def test_a_missile_hitting_a_floor_or_a_road_stays_an_attack(pipeline: Pipeline) -> None:
    assert of_type(events(pipeline, "A missile hit the floor of a shopping centre in Kharkiv."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Chief Ramirez asked for the public's help in finding the two suspects.",
    "Detectives asked for the public's assistance.",
])
def test_an_appeal_for_the_publics_help_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert not of_type(events(pipeline, text), "REQUEST")


def test_asking_for_a_partys_help_stays_a_request(pipeline: Pipeline) -> None:
    assert of_type(events(pipeline, "Kenya asked for the UN's help in fighting the gangs."), "REQUEST")


# -- what is discussed is no partner ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Putin discussed Ukraine's future at the meeting.",
    "The ministers discussed Syria on Monday.",
])
def test_the_country_discussed_is_no_partner(pipeline: Pipeline, text: str) -> None:
    found = of_type(events(pipeline, text), "CONSULT")
    assert found and not any(e.target for e in found)


def test_the_one_discussed_with_is_the_partner(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Putin discussed Ukraine with Macron."), "CONSULT")
    assert [[p.name for p in e.target] for e in found] == [["Macron"]]


def test_a_visit_discussed_by_parties_left_unresolved_is_no_pair_to_refer_to(pipeline: Pipeline) -> None:
    text = ("Lavrov held talks with Wang Yi in Beijing on Thursday. Both discussed preparations for a visit by "
            "President Vladimir Putin to China. The two sides also exchanged views on trade.")
    found = events(pipeline, text)
    assert not [e for e in found if "Vladimir Putin" in {p.name for p in e.source} and e.mode != "visit"]


# -- fighting to do something unforced is a struggle for a cause -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Senator Warren said she would fight to maintain the protections of the wildlife law.",
    "The union will fight to protect workers' pensions.",
])
def test_fighting_for_a_cause_is_no_attack_nor_threat(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e.type in ("ASSAULT", "THREATEN")]


@pytest.mark.parametrize("text", [
    "Rebels fought to retake the town from government forces.",
    "Villagers fought with the militia to protect their homes.",
    "The government is battling rebels fighting to overthrow the president.",
])
def test_fighting_by_force_or_against_someone_stays_an_attack(pipeline: Pipeline, text: str) -> None:
    assert of_type(events(pipeline, text), "ASSAULT")


# -- handing over is aid only when aid is handed over ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The suspects are likely to be handed over to the authorities in Djibouti.",
    "The store will hand the tape over to police.",
])
def test_handing_over_people_or_evidence_is_no_aid(pipeline: Pipeline, text: str) -> None:
    assert not of_type(events(pipeline, text), "AID")


def test_handing_over_aid_stays_aid(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Kenya handed over 20 tonnes of food aid to Somalia."), "AID")
    assert [(countries(e.source), countries(e.target)) for e in found] == [({"KEN"}, {"SOM"})]


def test_handing_over_arms_is_giving_them_up(pipeline: Pipeline) -> None:
    found = events(pipeline, "The rebels said they will hand over their arms to the United Nations by June.")
    assert [e.type for e in found if e.type != "AGREE"] == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "\"We have been asked by the police to stay away from the windows,\" a resident said.",
    "Residents were asked by police to stay indoors.",
])
def test_the_public_told_in_the_passive_to_keep_safe_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert not of_type(events(pipeline, text), "REQUEST")


def test_people_ordered_out_by_an_army_in_the_passive_stay_forced_out(pipeline: Pipeline) -> None:
    assert of_type(events(pipeline, "Residents were ordered by the army to leave their homes."), "COERCE")
