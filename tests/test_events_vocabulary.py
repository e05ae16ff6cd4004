"""Trigger vocabulary of issue 13 (the type side), on sentences written for these tests: phone calls, ultimatums,
releases and permissions, blockades, captures, human shields, states of emergency, tariff cuts, borders opened to
refugees, "failed to reach agreement", "called off the strike", and CAMEO patterns kept to their own verbs."""

from __future__ import annotations

import pytest
from helpers import countries, events, types

from dragoman.events.dictionary import CameoDictionary
from dragoman.pipeline import Pipeline


def test_calling_a_leader_is_a_phone_call(pipeline: Pipeline) -> None:
    (call,) = [e for e in events(pipeline, "Chilean President Gabriel Boric called Peruvian President Dina "
                                           "Boluarte on Monday to discuss the border dispute.") if e.mode == "phone"]
    assert call.type == "CONSULT" and countries(call.source) == {"CHL"} and countries(call.target) == {"PER"}
    assert "CONSULT" not in types(pipeline, "Kenyan unions called a general strike in Nairobi.")
    assert "REQUEST" in types(pipeline, "Ghana called on Togo to reopen the border.")


def test_an_ultimatum_is_a_threat(pipeline: Pipeline) -> None:
    (threat,) = events(pipeline, "Morocco issued an ultimatum to Algeria over the closed border.")
    assert (threat.type, threat.cameo) == ("THREATEN", "139") and countries(threat.target) == {"DZA"}


def test_ordered_release_is_a_release(pipeline: Pipeline) -> None:
    found = events(pipeline, "A Kenyan court ordered the release of two Ugandan fishermen on Tuesday.")
    assert [(e.type, e.mode) for e in found] == [("RETREAT", "release")]


def test_permission_given_and_denied(pipeline: Pipeline) -> None:
    assert "CONCEDE" in types(pipeline, "The Sudanese government gave permission to the Red Cross to visit the camps.")
    assert "REJECT" in types(pipeline, "The Turkish government denied permission to the Kurdish party's rally.")
    assert "SUPPORT" in types(pipeline, "Norway expressed approval of the Colombian peace plan.")


def test_blockade_and_human_shields_are_assaults(pipeline: Pipeline) -> None:
    assert "ASSAULT" in types(pipeline, "Azerbaijan imposed a blockade on the Armenian enclave.")
    assert "ASSAULT" in types(pipeline, "Rebel fighters used Congolese villagers as human shields.")
    # a road blocked by protesters stays a protest
    assert "ASSAULT" not in types(pipeline, "Farmers blockaded the main highway near Warsaw.")


def test_capturing_a_town_is_an_assault(pipeline: Pipeline) -> None:
    (capture,) = events(pipeline, "Ethiopian troops captured the Eritrean town of Badme.")
    assert capture.type == "ASSAULT"
    (annexed,) = events(pipeline, "Russia annexed the Ukrainian region of Crimea.")
    assert annexed.type == "COERCE"


def test_state_of_emergency(pipeline: Pipeline) -> None:
    (emergency,) = events(pipeline, "Ecuadorian authorities declared a state of emergency in Ecuador.")
    assert (emergency.type, emergency.mode) == ("COERCE", "restrict")


def test_cutting_tariffs_eases_sanctions(pipeline: Pipeline) -> None:
    (cut,) = events(pipeline, "Japan cut tariffs on South Korean steel.")
    assert (cut.type, cut.mode) == ("RETREAT", "ease") and countries(cut.target) == {"KOR"}


def test_borders_opened_to_refugees_are_asylum(pipeline: Pipeline) -> None:
    (asylum,) = events(pipeline, "Poland opened its borders to Ukrainian refugees.")
    assert (asylum.type, asylum.cameo) == ("AID", "075")
    (opened,) = events(pipeline, "Egypt reopened the Rafah crossing to Gaza on Monday.")
    assert opened.type == "RETREAT"


def test_refused_refugees_though_the_parse_slips(pipeline: Pipeline) -> None:
    # spaCy reads "refugees" as the subject of "fleeing"; the refusal still has its object
    assert "REJECT" in types(pipeline, "Thailand says it will not accept any Burmese refugees fleeing the fighting.")


def test_failing_to_reach_agreement_is_a_rejection(pipeline: Pipeline) -> None:
    found = types(pipeline, "Serbia and Kosovo failed to reach agreement on the license plates.")
    assert "REJECT" in found and not found & {"AGREE", "SUPPORT"}
    assert "REJECT" in types(pipeline, "Mexico failed to reach a deal with Guatemala on migration.")


def test_a_deal_reached_is_concluded(pipeline: Pipeline) -> None:
    # reaching a deal concludes it (SUPPORT 057, as signing does); agreeing to do something is the AGREE
    (deal,) = events(pipeline, "Mexico reached a deal with Guatemala on migration.")
    assert (deal.type, deal.cameo) == ("SUPPORT", "057") and countries(deal.target) == {"GTM"}
    assert "AGREE" in types(pipeline, "Mexico agreed to deploy more police on its border with Guatemala.")


def test_money_given_is_aid(pipeline: Pipeline) -> None:
    (aid,) = events(pipeline, "Japan provided $30 million to Bangladesh for the Rohingya camps.")
    assert aid.type == "AID" and countries(aid.target) == {"BGD"}


def test_agreeing_to_a_ceasefire_is_an_agreement(pipeline: Pipeline) -> None:
    assert "AGREE" in types(pipeline, "Armenia and Azerbaijan agreed to a ceasefire.")
    assert "RETREAT" in types(pipeline, "Armenia declared a ceasefire in Nagorno-Karabakh.")


def test_calling_off_a_strike_ends_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Nigerian doctors called off their strike after talks with the government.")
    assert "CONCEDE" in {e.type for e in found} and "PROTEST" not in {e.type for e in found}


def test_a_pardon_is_a_release(pipeline: Pipeline) -> None:
    (pardon,) = events(pipeline, "The Belarusian president pardoned a jailed Lithuanian journalist.")
    assert (pardon.type, pardon.mode) == ("RETREAT", "release")


@pytest.mark.parametrize("policy, granted", [("head", "060"), ("all", "051")])
def test_a_sibling_verbs_pattern_stays_with_it(pipeline: Pipeline, policy: str, granted: str) -> None:
    # CAMEO.2.0's GRANT block holds "- * MEDAL [051]  # AWARD": awarding a medal is praise; granting one codes as
    # the block head GRANT does (060) unless every sibling's pattern applies to every verb ("all", PETRARCH2's way).
    dictionary = CameoDictionary(patterns=policy)

    def codes(text: str) -> list[str | None]:
        return [t.rule.cameo for t in dictionary.triggers(list(pipeline.parser.nlp(text)), set())]

    assert codes("Malawi granted a medal to Zambia .") == [granted]
    assert codes("Malawi awarded a medal to Zambia .") == ["051"]


def test_name_calling_and_verbal_attacks_are_accusations(pipeline: Pipeline) -> None:
    (insult,) = events(pipeline, "Venezuelan President Nicolas Maduro called Colombian President Ivan Duque a "
                                 "puppet.")
    assert (insult.type, insult.mode) == ("ACCUSE", "disapprove") and countries(insult.source) == {"VEN"}
    (verbal,) = events(pipeline, "Turkey launched a scathing attack on Greece over the migrants.")
    assert verbal.type == "ACCUSE" and countries(verbal.target) == {"GRC"}
    assert "ASSAULT" in types(pipeline, "Turkey launched an attack on Kurdish positions in Syria.")


def test_saying_someone_is_responsible_is_blame(pipeline: Pipeline) -> None:
    (blame,) = events(pipeline, "The Somali government said Al Shabaab militants were responsible for the bombing.")
    assert (blame.type, blame.cameo) == ("ACCUSE", "112") and countries(blame.source) == {"SOM"}


def test_dictionary_intent_codes_on_acts_are_the_acts(pipeline: Pipeline) -> None:
    # CAMEO.2.0 codes "- * PILOTS [0312]  # TRAIN", an intent; training pilots is military cooperation itself
    dictionary = CameoDictionary()
    trained = dictionary.triggers(list(pipeline.parser.nlp("Egypt trains Libyan pilots .")), set())
    assert [(t.rule.type, t.rule.cameo) for t in trained] == [("COOPERATE", "062")]


def test_a_named_person_called_is_no_insult(pipeline: Pipeline) -> None:
    found = events(pipeline, "Pakistani Prime Minister Imran Khan called Turkish President Recep Tayyip Erdogan on "
                             "Friday.")
    assert "ACCUSE" not in {e.type for e in found} and "CONSULT" in {e.type for e in found}


def test_defending_a_policy_is_support(pipeline: Pipeline) -> None:
    assert "SUPPORT" in types(pipeline, "Mexico's president defended Mexico's immigration policy.")


def test_ceasing_operations_deescalates(pipeline: Pipeline) -> None:
    (halt,) = events(pipeline, "The Ethiopian army halted its offensive in Tigray on Sunday.")
    assert (halt.type, halt.cameo) == ("RETREAT", "087")
    (truce,) = events(pipeline, "Sudan declared a cessation of hostilities in Darfur.")
    assert (truce.type, truce.mode) == ("RETREAT", "ceasefire")
    # a noun's `objects` say what it is of: a cessation of production is no truce
    assert not events(pipeline, "Ghana declared a cessation of production at the Tema refinery.")


def test_verbal_support_conveyed_or_by_siding(pipeline: Pipeline) -> None:
    # PLOVER SUPPORT / CAMEO 051: siding with someone, condolences sent, tribute paid
    for text in ("Ghana stands with Togo in its fight against the smugglers.",
                 "Ghana sent condolences to Togo after the floods.",
                 "Ghana paid tribute to the Togolese president."):
        (support,) = events(pipeline, text)
        assert support.type == "SUPPORT" and countries(support.source) == {"GHA"}, text
        assert countries(support.target) == {"TGO"}, text


def test_the_subject_of_an_object_control_clause_is_the_target(pipeline: Pipeline) -> None:
    # "helped Togo rebuild": spaCy parses Togo as the subject of the complement clause
    (aid,) = events(pipeline, "Ghana helped Togo rebuild its roads.")
    assert aid.type == "AID" and countries(aid.target) == {"TGO"}


def test_taking_to_the_streets_is_a_demonstration(pipeline: Pipeline) -> None:
    (protest,) = events(pipeline, "Togolese students took to the streets against the government of Ghana.")
    assert (protest.type, protest.mode) == ("PROTEST", "demo") and countries(protest.target) == {"GHA"}
