"""Argument attachment (issue 13): general constructions of English news that place an event's source or target,
on sentences written for these tests."""

from __future__ import annotations

from helpers import countries, events

from dragoman.model import Event
from dragoman.pipeline import Pipeline


def one(pipeline: Pipeline, text: str, type: str) -> Event:
    (event,) = [e for e in events(pipeline, text) if e.type == type]
    return event


def names(participants: list) -> set[str]:
    return {p.name for p in participants}


# -- unnamed people before a place or a party nested in a phrase ----------------------------------------------------

def test_freed_detainees_are_the_target_not_the_town_of_the_prison(pipeline: Pipeline) -> None:
    release = one(pipeline, "Guerrillas loyal to Amadou Sow freed detainees from a prison in the town of Kidal.",
                  "RETREAT")
    assert names(release.target) == {"detainees"}


def test_sent_doctors_to_a_named_country_keeps_the_country(pipeline: Pipeline) -> None:
    aid = one(pipeline, "Cuba sent doctors to Haiti after the storm.", "AID")
    assert countries(aid.target) == {"HTI"}


def test_the_demands_of_unnamed_people(pipeline: Pipeline) -> None:
    (yielded,) = [e for e in events(pipeline, "The governor gave in to the demands of the striking nurses.")
                  if e.type == "CONCEDE"]
    assert [p.name.endswith("nurses") for p in yielded.target] == [True]


# -- lists ---------------------------------------------------------------------------------------------------------

def test_country_adjectives_listed_side_by_side_each_count(pipeline: Pipeline) -> None:
    # parsed as three modifiers of "troops", not as one modifier and its conjuncts
    deployment = one(pipeline, "The union decided to deploy Zambian, Malawian and Angolan troops to the border.",
                     "MOBILIZE")
    assert countries(deployment.target) == {"ZMB", "MWI", "AGO"}


# -- who speaks or acts for whom -----------------------------------------------------------------------------------

def test_a_spokesman_for_a_named_leader_speaks_for_the_leader(pipeline: Pipeline) -> None:
    accusation = one(pipeline, "A spokesman for President Hakainde Hichilema on Monday condemned Malawi.", "ACCUSE")
    assert names(accusation.source) == {"Hakainde Hichilema"}


def test_for_someone_to_act_names_the_target(pipeline: Pipeline) -> None:
    (permission,) = [e for e in events(pipeline, "The Kenyan government gave approval for Uganda to build a pipeline.")
                     if e.type == "CONCEDE"]
    assert countries(permission.target) == {"UGA"}


def test_the_indirect_object_of_a_light_verb_is_the_target(pipeline: Pipeline) -> None:
    (permission,) = [e for e in events(pipeline, "A court in Lagos, on Friday, granted the police, permission to hold "
                                                 "the two suspects for a week.") if e.type == "CONCEDE"]
    assert names(permission.target) == {"police"}


def test_expelled_from_a_country_in_the_passive_the_country_expels(pipeline: Pipeline) -> None:
    expulsion = one(pipeline, "Three Danish journalists were expelled from Eritrea on Monday.", "SANCTION")
    assert countries(expulsion.source) == {"ERI"} and countries(expulsion.target) == {"DNK"}


def test_a_number_of_unnamed_people_is_the_target(pipeline: Pipeline) -> None:
    release = one(pipeline, "The army freed 40 of the hostages on Sunday.", "RETREAT")
    assert names(release.target) == {"hostages"}


# -- a purpose clause ----------------------------------------------------------------------------------------------

def test_a_purpose_clause_acts_on_the_party_its_means_reached(pipeline: Pipeline) -> None:
    inquiry = one(pipeline, "Kenya sent a team of experts to Uganda to investigate the crash.", "ACCUSE")
    assert countries(inquiry.source) == {"KEN"} and countries(inquiry.target) == {"UGA"}


def test_the_purpose_of_a_demand_is_its_content_not_its_means(pipeline: Pipeline) -> None:
    evts = events(pipeline, "Zambia demanded a meeting of the Security Council to investigate the raid.")
    assert not [e for e in evts if e.type == "ACCUSE" and e.target]


# -- possessors and place names ------------------------------------------------------------------------------------

def test_a_possessor_named_by_its_own_modifier_is_the_party(pipeline: Pipeline) -> None:
    condemnation = one(pipeline, "The Arab League condemned the Kenyan foreign minister's remarks on Sunday.", "ACCUSE")
    assert countries(condemnation.target) == {"KEN"}


def test_a_landform_word_alone_is_no_place(pipeline: Pipeline) -> None:
    evts = events(pipeline, "The League condemned the plan to annex the Kidepo Valley.")
    assert not [p for e in evts for p in e.source + e.target if p.country == "AIA"]  # "The Valley", Anguilla


def test_the_noun_an_ing_participle_modifies_does_the_act(pipeline: Pipeline) -> None:
    evts = events(pipeline, "The Kenyan-led force fighting Shabaab militants in Somalia declared a truce on Monday.")
    (fighting,) = [e for e in evts if e.type == "ASSAULT"]
    assert countries(fighting.source) == {"KEN"}


def test_a_named_person_in_apposition_is_the_party(pipeline: Pipeline) -> None:
    evts = events(pipeline, "President Hichilema praised the country's finance minister, Situmbeko Musokotwane, for "
                            "the budget.")
    assert [names(e.target) for e in evts] == [{"Situmbeko Musokotwane"}]
