"""Participants of issue 13, on sentences written for these tests: a wire dateline is no party to the story,
unnamed people an act is done to are its target (not the place where it happens)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import countries, events

from dragoman.events import EventCoder, Lexicon
from dragoman.events.policy import packaged_policy
from dragoman.pipeline import Pipeline


def names(participants: list) -> set[str]:
    return {p.name for p in participants}


# -- a wire dateline -----------------------------------------------------------------------------------------------

def test_a_dateline_city_is_not_the_subject(pipeline: Pipeline) -> None:
    (pardon,) = [e for e in events(pipeline, "LUSAKA (Wire) -- President Hakainde Hichilema on Monday granted a "
                                             "pardon to the opposition leader Chanda Mulenga.") if e.type == "CONCEDE"]
    assert "Hakainde Hichilema" in names(pardon.source)


def test_a_dateline_with_a_region_is_not_the_arresting_side(pipeline: Pipeline) -> None:
    (arrest,) = events(pipeline, "ACCRA, Ghana - Togolese police have arrested six smugglers near the border.")
    assert arrest.type == "COERCE" and countries(arrest.source) == {"TGO"}


# -- unnamed people as the target ----------------------------------------------------------------------------------

def test_unnamed_inmate_is_the_target_not_the_place(pipeline: Pipeline) -> None:
    (torture,) = events(pipeline, "Moroccan prison guards tortured a 40-year-old inmate in Rabat last week.")
    assert torture.type == "ASSAULT"
    assert names(torture.target) == {"40-year-old inmate"}
    assert countries(torture.target) == {"MAR"}  # the people of the place where it happened


def test_one_of_two_men_after_a_nominal_arrest(pipeline: Pipeline) -> None:
    found = events(pipeline, "A court in Nairobi has ordered the arrest of one of two men accused of fraud.")
    (arrest,) = [e for e in found if e.type == "COERCE"]
    assert names(arrest.target) == {"men"}
    (accusation,) = [e for e in found if e.type == "ACCUSE"]  # "men accused of fraud": a passive participle
    assert names(accusation.target) == {"men"} and not accusation.source


def test_returned_to_its_owners(pipeline: Pipeline) -> None:
    (returned,) = [e for e in events(pipeline, "The Dutch government returned a stolen painting to its owners.")
                   if e.type == "RETREAT"]
    assert names(returned.target) == {"owners"}


def test_an_office_holder_without_a_name_is_the_target(pipeline: Pipeline) -> None:
    (demand,) = events(pipeline, "The opposition leader Chanda Mulenga demanded an apology from the Prime Minister.")
    assert demand.type == "REQUEST" and names(demand.target) == {"Prime Minister"}


def test_a_named_target_still_wins_over_unnamed_people(pipeline: Pipeline) -> None:
    (arrest,) = events(pipeline, "Kenyan police arrested the opposition leader Raila Odinga and two bodyguards.")
    assert "Raila Odinga" in names(arrest.target)



# -- which argument is the participant -----------------------------------------------------------------------------

def test_the_partner_of_discussed_with_is_the_target_not_the_topic(pipeline: Pipeline) -> None:
    (talks,) = events(pipeline, "The Zambian president discussed the drought in Malawi's south with the leaders "
                                "of Kenya and Uganda.")
    assert talks.type == "CONSULT" and countries(talks.target) == {"KEN", "UGA"}


def test_the_agent_of_a_nominal_attack_is_the_source(pipeline: Pipeline) -> None:
    (attack,) = [e for e in events(pipeline, "A bombing by Al-Shabaab killed twelve soldiers near Mogadishu.")
                 if e.type == "ASSAULT"]
    assert "Al-Shabaab" in names(attack.source)



def test_the_party_an_agreed_act_names_is_the_target(pipeline: Pipeline) -> None:
    (agree,) = [e for e in events(pipeline, "Tanzania agreed to open its ports for relief ships to reach Malawi.")
                if e.type == "AGREE"]
    assert countries(agree.source) == {"TZA"} and countries(agree.target) == {"MWI"}


def test_the_of_object_of_a_nominal_event_is_the_target(pipeline: Pipeline) -> None:
    (support,) = events(pipeline, "The Kenyan president voiced his strong support of President Yoweri Museveni.")
    assert support.type == "SUPPORT" and "Yoweri Museveni" in names(support.target)


def test_a_relative_clause_acts_for_the_noun_it_is_on(pipeline: Pipeline) -> None:
    found = events(pipeline, "Zambia, which has long backed Malawi, condemned Rwanda.")
    (backing,) = [e for e in found if e.type == "SUPPORT"]
    assert countries(backing.source) == {"ZMB"} and countries(backing.target) == {"MWI"}


def test_the_accused_does_what_the_gerund_says(pipeline: Pipeline) -> None:
    found = events(pipeline, "Kenya accused Uganda and Rwanda of backing the rebels.")
    (backing,) = [e for e in found if e.type == "SUPPORT"]
    assert countries(backing.source) == {"UGA", "RWA"}


def test_a_national_group_as_the_object_is_the_target(pipeline: Pipeline) -> None:
    # the people warned, not the subject of what they were warned of
    found = events(pipeline, "The Kenyan envoy warned Ugandan lawmakers that Tanzania would close the border.")
    (warning,) = [e for e in found if e.type == "THREATEN"]
    assert names(warning.target) == {"Ugandan lawmakers"}


# -- per-type policies are lexicon data ----------------------------------------------------------------------------

def test_packaged_policy_is_read_from_the_lexicon() -> None:
    policy = Lexicon.load().policy
    assert "PROTEST" in policy.place_target and "REJECT" in policy.speech_act
    assert policy == packaged_policy()


def test_a_user_lexicon_replaces_a_policy_list(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text('[type_policy]\nplace_target = ["assault"]\n', encoding="utf-8")
    policy = Lexicon.load([extra]).policy
    assert policy.place_target == frozenset({"ASSAULT"})
    assert policy.domestic == packaged_policy().domestic  # keys the user does not set stay as shipped


def test_the_place_target_policy_reaches_the_coder(pipeline: Pipeline, tmp_path: Path) -> None:
    text = "Thousands of nurses went on strike in Lusaka on Monday."
    (strike,) = events(pipeline, text)
    assert countries(strike.target) == {"ZMB"}
    extra = tmp_path / "no_place_targets.toml"
    extra.write_text("[type_policy]\nplace_target = []\ndomestic = []\n", encoding="utf-8")
    coder = EventCoder(Lexicon.load([extra]), pipeline.coder.gazetteer, pipeline.coder.dictionary)
    user = Pipeline(pipeline.parser)
    user.coder = coder
    assert all(not e.target for e in events(user, text))


@pytest.mark.parametrize(("section", "message"), [
    ('place_targets = ["PROTEST"]', "mine.toml: [type_policy] place_targets: unknown key"),
    ('place_target = ["PROTESTS"]', "mine.toml: [type_policy] place_target: not a PLOVER type: PROTESTS"),
    ('place_target = "PROTEST"', "mine.toml: [type_policy] place_target: expected a list of PLOVER types"),
])
def test_a_bad_policy_is_one_clear_error(tmp_path: Path, section: str, message: str) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text(f"[type_policy]\n{section}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)):
        Lexicon.load([extra])


# -- page debris ---------------------------------------------------------------------------------------------------

PAGE = """Zambia and Malawi sign border accord

LUSAKA, Zambia - Zambia and Malawi signed a border accord on Monday, the foreign ministry said.

BREAKING: Kenyan police arrest opposition leader | Ugandan troops cross into Congo | Tanzania expels Rwandan envoy

Related stories

Kenyan police arrest six protesters in Nairobi

Ugandan army attacks rebel camp near border

Zambia and Malawi signed a border accord on Monday, the foreign ministry said.
"""


def test_a_page_with_a_ticker_links_and_the_story_twice_gives_one_event(pipeline: Pipeline) -> None:
    (accord,) = events(pipeline, PAGE)
    assert accord.type in ("AGREE", "SUPPORT", "COOPERATE") and countries(accord.source) == {"ZMB", "MWI"}
    assert len(accord.evidence) == 1


# -- second roles on wire constructions (session 14) ---------------------------------------------------------------

def test_withdrawing_its_envoy_to_a_state_is_aimed_at_that_state(pipeline: Pipeline) -> None:
    (recall,) = events(pipeline, "Lima has withdrawn its envoy to Caracas over the remarks, the ministry said.")
    assert recall.type == "SANCTION" and countries(recall.source) == {"PER"} and countries(recall.target) == {"VEN"}


def test_its_own_envoy_is_never_the_target(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Bolivian government withdrew its envoys on Friday.")
    assert all(not e.target for e in found if e.type == "SANCTION")


def test_a_group_named_by_its_members_acts_through_them(pipeline: Pipeline) -> None:
    (condemnation,) = [e for e in events(pipeline, "Several states, including Norway and Denmark, condemned the "
                                                   "seizure of the ship by Iran.") if e.type == "ACCUSE"]
    assert countries(condemnation.source) == {"NOR", "DNK"} and countries(condemnation.target) == {"IRN"}


def test_goods_carried_into_a_country_are_aimed_at_it(pipeline: Pipeline) -> None:
    (aid,) = events(pipeline, "The Jordanian air force airlifted medical supplies into Lebanon on Sunday.")
    assert aid.type == "AID" and countries(aid.source) == {"JOR"} and countries(aid.target) == {"LBN"}


def test_the_possessor_of_a_release_is_the_one_released(pipeline: Pipeline) -> None:
    (release,) = [e for e in events(pipeline, "A Maltese court on Tuesday ordered the Libyan vessel's release.")
                  if e.type == "RETREAT"]
    assert countries(release.source) == {"MLT"} and countries(release.target) == {"LBY"}


def test_the_possessor_beside_an_of_object_is_the_doer(pipeline: Pipeline) -> None:
    (arrest,) = [e for e in events(pipeline, "Canberra condemned Beijing's arrest of the Australian writer.")
                 if e.type == "COERCE"]
    assert countries(arrest.source) == {"CHN"} and countries(arrest.target) == {"AUS"}


def test_who_summons_an_envoy_to_protest_protests_to_the_envoys_state(pipeline: Pipeline) -> None:
    found = events(pipeline, "Ankara summoned the Danish ambassador to protest the burning of a Koran in Copenhagen.")
    assert found and all(countries(e.source) == {"TUR"} and countries(e.target) == {"DNK"} for e in found)


def test_two_abbreviated_parties_before_one_noun_are_both_named(pipeline: Pipeline) -> None:
    (accord,) = [e for e in events(pipeline, "US and EU negotiators have agreed a new steel tariff deal.")
                 if e.type == "SUPPORT"]
    assert countries(accord.source) == {"USA"} and names(accord.source) == {"United States", "EU"}


def test_talks_held_in_a_city_with_a_partner(pipeline: Pipeline) -> None:
    (talks,) = [e for e in events(pipeline, "Ahead of the forum, Lavrov on Monday held talks in Tashkent with "
                                            "Indian Prime Minister Narendra Modi.") if e.type == "CONSULT"]
    assert countries(talks.source) == {"RUS"} and countries(talks.target) == {"IND"}


def test_the_partner_of_a_meeting_left_before_the_meeting_place(pipeline: Pipeline) -> None:
    (walkout,) = [e for e in events(pipeline, "The Serbian delegation walked out of a Brussels meeting with "
                                              "Kosovo Prime Minister Albin Kurti.") if e.type == "REJECT"]
    assert countries(walkout.target) == {"XKX"}


def test_an_agreement_set_in_a_meeting_is_with_the_one_met(pipeline: Pipeline) -> None:
    (agreement,) = [e for e in events(pipeline, "During talks with his Egyptian counterpart, the Greek foreign "
                                                "minister agreed to expand maritime cooperation.") if e.type == "AGREE"]
    assert countries(agreement.source) == {"GRC"} and countries(agreement.target) == {"EGY"}


def test_critics_of_a_leader_are_not_the_leader(pipeline: Pipeline) -> None:
    found = events(pipeline, "Critics of President Kais Saied staged a protest in Tunis on Sunday.")
    assert all("Kais Saied" not in names(e.source) for e in found)


def test_the_first_to_do_an_act_is_the_subject_of_the_copula(pipeline: Pipeline) -> None:
    (recognition,) = [e for e in events(pipeline, "Bhutan was the first country to recognize Bangladesh.")
                      if e.type == "SUPPORT"]
    assert countries(recognition.source) == {"BTN"} and countries(recognition.target) == {"BGD"}


def test_the_second_to_be_arrested_is_no_doer(pipeline: Pipeline) -> None:
    found = events(pipeline, "Colonel Mamadou Diallo was the second officer to be arrested by the junta this month.")
    assert all("Mamadou Diallo" not in names(e.source) for e in found)


def test_a_ministry_protesting_to_a_state_complains_to_it(pipeline: Pipeline) -> None:
    (complaint,) = events(pipeline, "The Bulgarian foreign ministry protested to Skopje over the remarks.")
    assert complaint.type == "ACCUSE" and countries(complaint.target) == {"MKD"}


def test_a_reaction_to_the_move_just_reported_is_aimed_at_who_made_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Costa Rica expelled the Nicaraguan ambassador on Monday. Managua condemned the move.")
    (condemnation,) = [e for e in found if e.type == "ACCUSE"]
    assert countries(condemnation.source) == {"NIC"} and countries(condemnation.target) == {"CRI"}


def test_a_second_reaction_to_the_same_move_passes_on_its_maker(pipeline: Pipeline) -> None:
    found = events(pipeline, "Costa Rica expelled the Nicaraguan ambassador on Monday. The European Union said it "
                             "regretted the decision. Managua condemned the move.")
    (condemnation,) = [e for e in found if e.type == "ACCUSE" and countries(e.source) == {"NIC"}]
    assert countries(condemnation.target) == {"CRI"}


def test_a_move_that_says_whose_it_is_keeps_its_own_party(pipeline: Pipeline) -> None:
    found = events(pipeline, "Russia suspended gas deliveries to Poland. Warsaw condemned the move by Moscow.")
    (condemnation,) = [e for e in found if e.type == "ACCUSE"]
    assert countries(condemnation.target) == {"RUS"}


def test_a_thing_given_alongside_another_is_no_companion(pipeline: Pipeline) -> None:
    found = events(pipeline, "The UK is willing to provide ammunition alongside humanitarian assistance to Jordan in "
                             "Syria's war-torn Daraa region.")
    assert found and all(countries(e.source) == {"GBR"} for e in found)


def test_a_party_alongside_the_subject_acts_with_it(pipeline: Pipeline) -> None:
    (condemnation,) = events(pipeline, "Norway, alongside Iceland, condemned the whaling ban.")
    assert countries(condemnation.source) == {"NOR", "ISL"}


def test_he_after_an_office_holder_is_that_office_holder(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Qatari foreign minister arrived in Kabul on Sunday. He met the Afghan interior "
                             "minister.")
    (meeting,) = [e for e in found if e.type == "CONSULT" and e.evidence[0].trigger == "met"]
    assert countries(meeting.source) == {"QAT"} and countries(meeting.target) == {"AFG"}


def test_he_after_a_sentence_naming_two_people_is_left_alone(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Qatari foreign minister met Afghan Interior Minister Sirajuddin Haqqani in Kabul. "
                             "He thanked the Emir of Qatar.")
    assert all(countries(e.source) != {"QAT"} or e.evidence[0].trigger != "thanked" for e in found)


def test_a_threat_in_a_letter_is_to_its_addressee_not_the_senders_own_side(pipeline: Pipeline) -> None:
    found = events(pipeline, "Brazilian President Lula sent a letter to the head of the World Bank threatening to "
                             "cut Brazilian contributions.")
    (threat,) = [e for e in found if e.type == "THREATEN"]
    assert names(threat.target) == {"World Bank"}


def test_a_demand_in_a_letter_about_the_senders_own_people_is_made_to_the_addressee(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Ugandan president wrote to the African Union demanding the release of Ugandan "
                             "soldiers.")
    (demand,) = [e for e in found if e.type == "REQUEST"]
    assert names(demand.target) == {"African Union"}


def test_an_accord_signed_between_two_in_the_passive_is_between_them(pipeline: Pipeline) -> None:
    (accord,) = [e for e in events(pipeline, "A border agreement was signed between Eritrea and Djibouti on Tuesday.")
                 if e.type == "SUPPORT"]
    assert countries(accord.source) == {"ERI"} and countries(accord.target) == {"DJI"}


def test_damage_between_two_places_is_no_event_between_them(pipeline: Pipeline) -> None:
    found = events(pipeline, "Two undersea cables were damaged in the Red Sea between Yemen and Djibouti.")
    assert not any(countries(e.source) and countries(e.target) for e in found)


def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state(pipeline: Pipeline) -> None:
    (summons,) = events(pipeline, "The Belarusian ambassador was summoned to the Lithuanian foreign ministry.")
    assert summons.type == "ACCUSE" and countries(summons.source) == {"LTU"} and countries(summons.target) == {"BLR"}


def test_the_two_sides_are_the_last_pair_that_acted_not_a_visit_being_prepared(pipeline: Pipeline) -> None:
    text = ("Russian Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing on "
            "Thursday. They discussed preparations for a visit by President Vladimir Putin to China. The two "
            "sides also exchanged views on cooperation within BRICS.")
    found = events(pipeline, text)
    assert not [e for e in found if "Vladimir Putin" in {p.name for p in e.source} and e.mode != "visit"]
    talks = [e for e in found if e.type == "CONSULT" and e.mode is None]
    assert len(talks) == 1 and {p.name for p in talks[0].source + talks[0].target} == {"Sergey Lavrov", "Wang Yi"}
