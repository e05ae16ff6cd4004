"""Constructions the coder missed (issue 13, session 37, from the tune rows of the second batch of sentences written for
dragoman, `bench/events_written.py --set batch2`, and of the written stories, `bench/events_stories.py`): a protest's
demand as what the protest is for, a protest against another's act aimed at its owner, the maker of an invitation or
resolution turned down, a currency's country, idioms of threat ("pay dearly", "legitimate targets"), pleading with a
party, ships sent or pulled out, proceedings brought against a party, a name read as the compound of a present-tense
verb, groups of states given the country of another party, "Riot police" read as a person, a threat aimed at the
speaker's own fighters. Every sentence is written for these tests; none comes from an evaluation set, a written row
or story, or a real article."""

from __future__ import annotations

from helpers import countries, events, names, of_type

from dragoman.nlp import load_model, repair
from dragoman.pipeline import Pipeline


def test_a_protest_demanding_of_a_party_is_one_protest_against_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Thousands of farmers rallied in Paris to demand that the government scrap the fuel tax.")
    assert not of_type(found, "REQUEST")
    (protest,) = of_type(found, "PROTEST")
    assert names(protest.target) == {"government"}
    found = events(pipeline, "Hundreds of students rallied in Nairobi demanding that President Ruto withdraw the "
                             "finance bill.")
    assert [names(e.target) for e in found] == [{"Ruto"}]
    # a protest held at one party keeps a demand of another apart
    found = events(pipeline, "Demonstrators gathered outside the US embassy in Cairo to demand that Israel end the "
                             "siege of Gaza.")
    assert [countries(e.target) for e in of_type(found, "REQUEST")] == [{"ISR"}]
    assert of_type(found, "PROTEST")


def test_a_protest_against_anothers_act_is_aimed_at_its_owner(pipeline: Pipeline) -> None:
    (protest,) = of_type(events(pipeline, "Students marched through Lima against President Boluarte's education "
                                          "cuts."), "PROTEST")
    assert names(protest.target) == {"Boluarte"}
    (strike,) = of_type(events(pipeline, "Palestinian prisoners began a hunger strike in protest against the "
                                         "measures of Israeli prison authorities."), "PROTEST")
    assert countries(strike.target) == {"ISR"}


def test_turning_down_an_invitation_or_a_resolution_answers_whoever_made_it(pipeline: Pipeline) -> None:
    (rejection,) = of_type(events(pipeline, "Eritrea rebuffed an invitation from the African Union to attend the "
                                            "talks in Nairobi."), "REJECT")
    assert names(rejection.target) == {"African Union"}
    for text in ("Russia vetoed a draft resolution of the Security Council submitted by the United States.",
                 "Russia vetoed a US-drafted resolution on Ukraine."):
        (veto,) = of_type(events(pipeline, text), "REJECT")
        assert countries(veto.target) == {"USA"}, text
    (acceptance,) = of_type(events(pipeline, "Iran accepted a proposal put forward by Oman for indirect talks."),
                            "AGREE")
    assert countries(acceptance.target) == {"OMN"}


def test_the_country_of_a_currency_is_no_party(pipeline: Pipeline) -> None:
    (aid,) = of_type(events(pipeline, "Japan provided emergency aid of 2 million U.S. dollars to Nepal after the "
                                      "earthquake."), "AID")
    assert countries(aid.target) == {"NPL"}


def test_paying_dearly_and_legitimate_targets_are_threats(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "Pyongyang said Washington would pay dearly for the joint drills."),
                        "THREATEN")
    assert (countries(threat.source), countries(threat.target)) == ({"PRK"}, {"USA"})
    (threat,) = of_type(events(pipeline, "Moscow said NATO countries that send long-range missiles to Kyiv would "
                                         "become legitimate targets."), "THREATEN")
    assert countries(threat.source) == {"RUS"} and names(threat.target) == {"NATO"}
    assert not of_type(events(pipeline, "Officials said the new rules would not become legal targets of the "
                                        "reform."), "THREATEN")


def test_one_pleads_with_the_party_asked_and_a_plea_in_court_asks_no_one(pipeline: Pipeline) -> None:
    (plea,) = of_type(events(pipeline, "Kenya pleaded with Ethiopia to release the detained journalists."), "REQUEST")
    assert countries(plea.target) == {"ETH"}
    (plea,) = of_type(events(pipeline, "The opposition pleaded with the United Nations to send peacekeepers to "
                                       "help the army fight the gangs."), "REQUEST")
    assert names(plea.target) == {"the United Nations"}
    assert not events(pipeline, "The former minister pleaded not guilty to corruption charges.")


def test_patrol_ships_sent_mobilize_and_ships_pulled_out_of_a_partys_waters_retreat(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Philippine Coast Guard dispatched two patrol ships to the reef after Chinese "
                             "vessels were seen there.")
    assert [e.type for e in found] == ["MOBILIZE"]
    (retreat,) = of_type(events(pipeline, "China pulled its survey ship and two coast guard vessels out of "
                                          "Malaysia's exclusive economic zone on Friday."), "RETREAT")
    assert (countries(retreat.source), countries(retreat.target)) == ({"CHN"}, {"MYS"})
    assert not events(pipeline, "The company withdrew the vessel from service after the accident.")


def test_proceedings_and_legal_action_against_a_party_are_its_accusation(pipeline: Pipeline) -> None:
    (case,) = of_type(events(pipeline, "Ukraine brought proceedings against Russia at the UN's top court."), "ACCUSE")
    assert (countries(case.source), countries(case.target)) == ({"UKR"}, {"RUS"})
    (action,) = of_type(events(pipeline, "Kenya took legal action against the newspaper over the report."), "ACCUSE")
    assert names(action.target) == {"newspaper"}
    assert not events(pipeline, "The firm took legal action to recover the funds.")
    # "action" alone is no event noun: an order of an action of the armed forces is no demand of them
    assert not of_type(events(pipeline, "The president ordered the activation of a joint action of the armed forces "
                                        "in the east."), "REQUEST")


def test_a_name_before_a_present_verb_read_as_its_compound_is_its_subject(pipeline: Pipeline) -> None:
    doc = repair(load_model()("Beijing reserves the right to take further necessary measures against Lithuania."))
    beijing, reserves = doc[0], doc[1]
    assert (beijing.dep_, beijing.head.i) == ("nsubj", reserves.i)
    (threat,) = of_type(events(pipeline, "Beijing reserves the right to take further necessary measures against "
                                         "Lithuania."), "THREATEN")
    assert (countries(threat.source), countries(threat.target)) == ({"CHN"}, {"LTU"})


def test_a_group_of_states_takes_no_country_from_the_text(pipeline: Pipeline) -> None:
    (accusation,) = of_type(events(pipeline, "Iran accused Western countries of hypocrisy."), "ACCUSE")
    assert names(accusation.target) == {"countries"} and not countries(accusation.target)


def test_lending_paused_is_aid_cut_and_troops_poured_in_are_mobilized(pipeline: Pipeline) -> None:
    (cut,) = of_type(events(pipeline, "The World Bank paused new lending to Uganda over the law."), "SANCTION")
    assert countries(cut.target) == {"UGA"}
    (moved,) = of_type(events(pipeline, "Kenya poured troops into its border region with Somalia."), "MOBILIZE")
    assert countries(moved.source) == {"KEN"}


def test_working_alongside_a_party_and_a_joint_project_carried_on_are_cooperation(pipeline: Pipeline) -> None:
    (joint,) = of_type(events(pipeline, "Spanish police worked alongside Moroccan police to dismantle a smuggling "
                                        "ring."), "COOPERATE")
    assert (countries(joint.source), countries(joint.target)) == ({"ESP"}, {"MAR"})
    assert not events(pipeline, "The scientist worked with the United Nations for a decade.")
    (project,) = of_type(events(pipeline, "Belarus and Russia are implementing a joint project on a new satellite."),
                         "COOPERATE")
    assert countries(project.source) == {"BLR", "RUS"}


def test_a_hostile_act_held_out_as_a_prospect_is_a_threat(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "The EU raised the prospect of sanctions on Georgian officials over the "
                                         "crackdown."), "THREATEN")
    assert countries(threat.target) == {"GEO"}
    assert not events(pipeline, "The minister raised the prospect of talks with Iran.")


def test_the_kind_of_a_force_at_a_sentences_start_is_no_persons_name(pipeline: Pipeline) -> None:
    (arrest,) = of_type(events(pipeline, "Riot police detained dozens of students in Dhaka on Monday."), "COERCE")
    assert names(arrest.source) == {"police"} and countries(arrest.source) == {"BGD"}


def test_a_threat_of_the_speakers_own_fighters_is_not_aimed_at_them(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "Rebel chief Ali Mahdi warned that his fighters would resist any foreign "
                                         "troops sent to the region."), "THREATEN")
    assert names(threat.target) == {"troops"}
    (threat,) = of_type(events(pipeline, "Militia leader Omar Said warned that his men would fight any force that "
                                         "enters the town."), "THREATEN")
    assert not threat.target
    (threat,) = of_type(events(pipeline, "The rebel commander warned that his men would attack government troops if "
                                         "the offensive continued."), "THREATEN")
    assert names(threat.target) == {"government troops"}
