"""Fewer false events on general news (issue 13, session 31, from a hand-judged ECB+ tune sample): a road accident is
no attack, a disaster or a crime that is "the latest to hit" a place is no attack by it, reviewing rules is no
investigation of anyone, the victim of "the abuse of" is no abuser, police appeals to the public or calls for help
are no requests between parties, a returned call is no return and "let X know" no permission; and breaking into
computers is an intrusion, not a breach of rules. Every sentence is written for these tests; none comes from an
evaluation set or a real article."""

from __future__ import annotations

import pytest
from helpers import countries, events, names, of_type

from dragoman.pipeline import Pipeline

# -- a person hitting a road vehicle is an accident ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Officers stopped the driver after he hit another car outside the mall.",
    "While fleeing, the woman struck two parked vehicles on Main Street.",
])
def test_hitting_a_road_vehicle_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert not of_type(events(pipeline, text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "An Israeli missile hit a car in Gaza, killing two militants.",
    "Protesters hit a police van with stones in Athens.",
])
def test_a_weapon_or_an_instrument_against_a_vehicle_stays_an_attack(pipeline: Pipeline, text: str) -> None:
    assert of_type(events(pipeline, text), "ASSAULT")


def test_fired_from_a_job_is_no_shooting(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "A worker fired two weeks earlier from his job walked back into the plant."),
                       "ASSAULT")
    assert not of_type(events(pipeline, "The minister was fired from the cabinet in May."), "ASSAULT")
    assert of_type(events(pipeline, "Troops fired from the hilltop at the protesters."), "ASSAULT")


# -- "the latest to hit": the subject of the copula does the hitting ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "The storm was the third one to hit Bangladesh this year.",
    "The jewel heist in Cannes is the latest to hit France.",
])
def test_the_latest_to_hit_is_what_the_clause_is_about(pipeline: Pipeline, text: str) -> None:
    assert not of_type(events(pipeline, text), "ASSAULT")


def test_an_attack_that_is_the_latest_to_hit_stays_an_attack(pipeline: Pipeline) -> None:
    assert of_type(events(pipeline, "The bombing was the latest attack to hit Kabul."), "ASSAULT")


# -- reviewing rules or findings investigates no one ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The governor told the agency to review the new fishing regulations.",
    "The board will review the findings before it votes.",
])
def test_reviewing_rules_is_no_investigation(pipeline: Pipeline, text: str) -> None:
    assert not of_type(events(pipeline, text), "ACCUSE")


def test_reviewing_a_partys_conduct_stays_an_investigation(pipeline: Pipeline) -> None:
    (probe,) = of_type(events(pipeline, "The IAEA will review Iran's compliance with the deal."), "ACCUSE")
    assert countries(probe.target) == {"IRN"}


# -- "the abuse of X": X is abused -----------------------------------------------------------------------------------


def test_the_object_of_an_abuse_is_its_victim(pipeline: Pipeline) -> None:
    (abuse,) = of_type(events(pipeline, "The abuse of detainees continued for years, the report said."), "ASSAULT")
    assert "detainees" in names(abuse.target) and "detainees" not in names(abuse.source)


def test_the_object_of_a_visit_is_still_the_visitor(pipeline: Pipeline) -> None:
    (visit,) = of_type(events(pipeline, "The visit of the Indian foreign minister to Nepal ended on Tuesday."),
                       "CONSULT")
    assert countries(visit.source) == {"IND"}


# -- appeals to the public and calls for help --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Anyone with information is asked to contact Kent Police or Crimestoppers.",
    "Detectives urged witnesses to come forward.",
    "Firefighters were called by a neighbour on Sunday after smoke was seen.",
    "Paramedics were called to the scene, but the man died.",
])
def test_a_public_appeal_or_a_call_for_help_is_no_request(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert not of_type(found, "REQUEST") and not of_type(found, "CONSULT")


@pytest.mark.parametrize("text", [
    "The mayor called on police to release the detained activists.",
    "Iran asked the IAEA to send inspectors to the site.",
])
def test_a_request_of_a_party_stays_a_request(pipeline: Pipeline, text: str) -> None:
    assert of_type(events(pipeline, text), "REQUEST")


# -- returning a call, letting someone know --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A request for comment from Maria Zakharova was not immediately returned.",
    "Sergei Lavrov's office did not return messages seeking comment.",
    "Kim Yo Jong will let Moon Jae-in know whether the talks can go ahead.",
])
def test_returning_a_call_or_letting_someone_know_is_no_event(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert not of_type(found, "RETREAT") and not of_type(found, "CONCEDE")


def test_returning_prisoners_stays_a_return(pipeline: Pipeline) -> None:
    assert of_type(events(pipeline, "Russia returned 50 Ukrainian prisoners of war to Ukraine on Friday."), "RETREAT")


# -- breaking into computers is an intrusion, not a breach of rules ------------------------------------------------


@pytest.mark.parametrize("text", [
    "Russian hackers breached the networks of the US Treasury.",
    "Chinese hackers broke into the email accounts of State Department officials.",
])
def test_breaking_into_computers_is_an_intrusion(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    (intrusion,) = of_type(found, "COERCE")
    assert intrusion.cameo == "171" and countries(intrusion.target) == {"USA"} and not of_type(found, "REJECT")


def test_breaching_a_ceasefire_is_no_intrusion(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "Israel breached the ceasefire agreement with Hamas."), "COERCE")
