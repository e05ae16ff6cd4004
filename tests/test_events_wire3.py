"""Constructions of wire reporting that cost a second participant or the trigger (issue 13, session 15). Every
sentence is written for these tests, in the styles of KUNA, WAM, TASS, Xinhua and Anadolu; none comes from an
evaluation set or a real article."""

from __future__ import annotations

import pytest
from helpers import countries, events, names, of_type

from dragoman.model import Event
from dragoman.pipeline import Pipeline


def triggers(event: Event) -> str:
    return " | ".join(ev.trigger for ev in event.evidence)


# -- a phrase fronted before the subject sets the scene: no light verb's object ----------------------------------


def test_fronted_meeting_noun_is_not_the_talks_held(pipeline: Pipeline) -> None:
    found = events(pipeline, "Ahead of the Arab League summit, Egypt's president held talks with King Abdullah II "
                             "of Jordan in Cairo on Sunday.")
    (talks,) = of_type(found, "CONSULT")
    assert "talks" in triggers(talks) and "summit" not in triggers(talks)
    assert countries(talks.source) | countries(talks.target) == {"EGY", "JOR"}


def test_fronted_sidelines_of_a_summit_are_not_the_talks_held(pipeline: Pipeline) -> None:
    found = events(pipeline, "On the sidelines of the summit, Indian Prime Minister Narendra Modi held talks with "
                             "French President Emmanuel Macron.")
    (talks,) = of_type(found, "CONSULT")
    assert "talks" in triggers(talks) and "summit" not in triggers(talks)


# -- the one accused: a collective named by a common noun, with the grounds of the charge ----------------------------


def test_accused_unnamed_groups_are_the_target(pipeline: Pipeline) -> None:
    (accusation,) = of_type(events(pipeline, "Tunisia's president accused foreign-funded associations and "
                                             "hostile circles of stirring unrest in the provinces."), "ACCUSE")
    assert any("associations" in n for n in names(accusation.target)), names(accusation.target)


def test_blamed_extremist_elements_for_the_attack(pipeline: Pipeline) -> None:
    (blame,) = of_type(events(pipeline, "The interior ministry blamed extremist elements for the bombing of the "
                                        "church."), "ACCUSE")
    assert names(blame.target) == {"extremist elements"}


def test_accusation_misparsed_as_a_modifier_still_finds_the_accused(pipeline: Pipeline) -> None:
    # the parser reads "accused" as a modifier of "groups", the noun made the sentence's root
    (accusation,) = of_type(events(pipeline, "Egyptian President Abdel Fattah al-Sisi accused foreign-funded "
                                             "groups of inciting unrest in the country."), "ACCUSE")
    assert names(accusation.target) == {"foreign-funded groups"}
    assert countries(accusation.source) == {"EGY"}


# -- the sender of a message is its source, whatever entity the tagger made of the office ----------------------------


def test_message_from_a_king_named_by_office(pipeline: Pipeline) -> None:
    (message,) = of_type(events(pipeline, "The prime minister received a written message from the King of Jordan "
                                          "on regional developments."), "CONSULT")
    assert countries(message.source) == {"JOR"}


# -- the object the parser hung on a date or a place --------------------------------------------------------------


def test_received_on_a_day_then_the_guest(pipeline: Pipeline) -> None:
    (visit,) = of_type(events(pipeline, "Bahrain's crown prince received on Sunday Indian Ambassador Vinod Jacob."),
                       "CONSULT")
    assert names(visit.target) == {"Vinod Jacob"}, (names(visit.source), names(visit.target))
    assert countries(visit.source) == {"BHR"}


def test_received_at_a_palace_then_the_guest(pipeline: Pipeline) -> None:
    (visit,) = of_type(events(pipeline, "The Sultan of Oman received at Al Alam Palace the Qatari minister of state "
                                        "and the accompanying delegation."), "CONSULT")
    assert countries(visit.source + visit.target) == {"OMN", "QAT"}


# -- "the two ministers" are the people of the last meeting, not the countries of an act reported between -----------


def test_two_ministers_after_a_reported_aid_delivery(pipeline: Pipeline) -> None:
    found = events(pipeline, "Indonesian Foreign Minister Sugiono met his Malaysian counterpart Mohamad Hasan in "
                             "Jakarta on Monday. Indonesia delivered 40 tonnes of relief supplies to Myanmar last "
                             "week, the ministry said. The two ministers agreed to expand maritime cooperation.")
    (aid,) = of_type(found, "AID")
    assert countries(aid.target) == {"MMR"}
    (agreement,) = of_type(found, "AGREE")
    assert countries(agreement.source + agreement.target) == {"IDN", "MYS"}


# -- probes of wire stories written for the session: participants and false events ---------------------------------


def test_its_in_a_clause_with_a_named_subject_is_that_subject(pipeline: Pipeline) -> None:
    # "its bases" are Pakistan's, not the army's that reports the move
    (move,) = of_type(events(pipeline, "Pakistan has moved additional troops to its bases near the border, the army "
                                       "said on Friday."), "MOBILIZE")
    assert not any("army" in n for n in names(move.target)), names(move.target)


def test_threat_aimed_at_the_party_of_its_condition(pipeline: Pipeline) -> None:
    # the condition inside the warning's words names whom it is aimed at; "its allies" are Japan's, not the speaker's
    (threat,) = of_type(events(pipeline, "North Korea's defence minister said the exercises were a provocation and "
                                         "warned that the army would respond if Japan and its allies continued the "
                                         "drills."), "THREATEN")
    assert countries(threat.target) == {"JPN"}


def test_warning_after_and_takes_the_subject_of_the_first_verb(pipeline: Pipeline) -> None:
    text = ("Pyongyang, May 2 (KCNA) -- Kang Sun Nam, minister of National Defence of the DPRK, issued a statement on "
            "Thursday.\n\nThe minister said the drills were a rehearsal for invasion and warned that the army would "
            "take strong countermeasures if the U.S. continued its reckless moves.\n")
    (threat,) = of_type(events(pipeline, text), "THREATEN")
    assert countries(threat.source) == {"PRK"} and countries(threat.target) == {"USA"}


def test_sanctions_targeting_officials_are_no_attack(pipeline: Pipeline) -> None:
    found = events(pipeline, "Canada imposed sanctions targeting Russian military officials.")
    assert not of_type(found, "ASSAULT")
    (measure,) = [e for e in found if e.type in ("SANCTION", "COERCE")]
    assert countries(measure.source) == {"CAN"} and countries(measure.target) == {"RUS"}


def test_vehicles_arriving_visit_no_one(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "Trucks carrying the freed detainees arrived in the town of Ramadi."),
                       "CONSULT")
    (visit,) = of_type(events(pipeline, "A plane carrying the Saudi delegation landed in Muscat on Monday."), "CONSULT")
    assert countries(visit.source) == {"SAU"} and countries(visit.target) == {"OMN"}


@pytest.mark.parametrize("text", [
    "Qatar dispatched a plane carrying 30 tonnes of food and medical supplies to Lebanon.",
    "Algeria dispatched two ships carrying wheat and fuel to Lebanon.",
])
def test_aid_dispatched_in_a_vehicle_goes_to_where_the_vehicle_carries_it(pipeline: Pipeline, text: str) -> None:
    (aid,) = of_type(events(pipeline, text), "AID")
    assert countries(aid.target) == {"LBN"}


def test_unnamed_people_beside_a_named_foreign_party_are_that_partys(pipeline: Pipeline) -> None:
    text = "Canada imposed sanctions on four Venezuelan officials and three companies."
    (sanction,) = of_type(events(pipeline, text), "COERCE")
    assert {p.name: p.country for p in sanction.target}.get("companies") == "VEN"
    (arrest,) = of_type(events(pipeline, "Kenyan police arrested 12 opposition supporters."), "COERCE")
    assert countries(arrest.target) == {"KEN"}  # no other party named: the forces' own people


def test_quoted_campaign_name_is_no_event(pipeline: Pipeline) -> None:
    found = events(pipeline, 'Egypt sent 40 trucks of flour to Gaza as part of the "Egypt Stands with Gaza" campaign.')
    assert {e.type for e in found} == {"AID"}


def test_infinitive_of_a_call_is_its_content(pipeline: Pipeline) -> None:
    found = events(pipeline, "The envoy condemned the shelling and called on both sides to protect civilians.")
    assert of_type(found, "REQUEST") and not of_type(found, "AID")


@pytest.mark.parametrize("text", [
    "The rights group called on the authorities to end the crackdown and release the detained students.",
    "The UN urged the junta to lift the curfew and free the journalists it holds.",
])
def test_every_act_a_call_asks_for_is_its_content(pipeline: Pipeline, text: str) -> None:
    assert {e.type for e in events(pipeline, text)} == {"REQUEST"}


def test_an_act_beside_the_call_itself_stays_an_act(pipeline: Pipeline) -> None:
    found = events(pipeline, "Iran demanded the release of its diplomats and expelled two British envoys.")
    assert of_type(found, "REQUEST") and of_type(found, "SANCTION")


def test_agent_after_an_adjective_the_parser_split_off(pipeline: Pipeline) -> None:
    # "by the paramilitary": the parser made the adjective the object of "by" and the name a second subject
    (attack,) = of_type(events(pipeline, "A drone strike by the paramilitary Rapid Support Forces killed at least 12 "
                                         "civilians at a market in El Fasher on Tuesday, the Sudanese army said in a "
                                         "statement."), "ASSAULT")
    assert names(attack.source) == {"Rapid Support Forces"}


def test_arrests_reported_by_the_police_body_are_its_own(pipeline: Pipeline) -> None:
    (arrest,) = of_type(events(pipeline, "The Interior Ministry said 43 people were detained for disobeying police "
                                         "orders."), "COERCE")
    assert names(arrest.source) == {"Interior Ministry"}
    (other,) = of_type(events(pipeline, "Amnesty International said dozens of protesters were detained."), "COERCE")
    assert not other.source


def test_it_is_absurd_to_blame_is_no_accusation(pipeline: Pipeline) -> None:
    # the speaker judges the blaming of others; no one named blames
    found = events(pipeline, '"It is absurd to keep blaming Russia for every incident," the Kremlin spokesman said.')
    assert not of_type(found, "ACCUSE")


def test_similar_cables_go_where_the_first_went(pipeline: Pipeline) -> None:
    # the "to" hangs on the message's "of" phrase; the second cable names no addressee of its own
    text = ("The Emir of Qatar sent a cable of congratulations to President Bassirou Diomaye Faye of Senegal on his "
            "country's national day. His Highness the Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani sent "
            "a similar cable.")
    found = events(pipeline, text)
    assert len(found) >= 2 and all(countries(e.target) == {"SEN"} for e in found), [
        (e.type, names(e.source), names(e.target)) for e in found]


def test_the_load_of_a_plane_sent_is_what_is_sent(pipeline: Pipeline) -> None:
    # no military cooperation read off the plane: the aid it carries is the act
    found = events(pipeline, "Qatar has sent a plane carrying 30 tonnes of food and medicine to Sudan.")
    assert {e.type for e in found} == {"AID"}
    found = events(pipeline, "Kuwait dispatched a plane loaded with relief supplies for flood victims in Pakistan.")
    assert of_type(found, "AID")
