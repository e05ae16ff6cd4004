"""Wire constructions the coder missed or misread (issue 13, session 34, from the tune part of the written stories
of `bench/events_stories.py`): names the recognizer ends on "of the" or "and", a "he" opening a paragraph after an
unnamed spokesman's words, "is to blame", rallies that say what they condemn, drills a leader guided, snap checks of
combat readiness, troops and military personnel withdrawn, the medium of words, passive arrests in a story about its
home country, releases "from" captivity, "were neutralized", words defined, fire "in the direction of", suspects held
in operations against a group, "the enemy" and ceasefires with the side last fought, national Red Crescents and
funds, "took the lead in condemning", acts that violate a norm, acronyms' plurals, bodies named after a province.
Every sentence is written for these tests; none comes from an evaluation set, a written story or a real article."""

from __future__ import annotations

import pytest
from helpers import actors, countries, events, names, of_type

from dragoman.geo import state_countries
from dragoman.pipeline import Pipeline


def test_a_name_cut_before_its_country_ends_before_the_of(pipeline: Pipeline) -> None:
    found = {a.name: a.country for a in actors(pipeline, "A spokesman for the Ministry of People's Armed Forces of the "
                                                         "DPRK spoke on Monday.")}
    assert found.get("Ministry of People's Armed Forces") == "PRK"
    assert not any(name.endswith((" of", " of the")) for name in found)


def test_a_name_cut_at_its_and_is_one_name(pipeline: Pipeline) -> None:
    found = {a.name for a in actors(pipeline, "The Ministry of Foreign Affairs and International Cooperation said "
                                              "the Laotian envoy would arrive on Friday.")}
    assert "Ministry of Foreign Affairs and International Cooperation" in found
    assert not any(name.endswith(" and") for name in found)


def test_he_opening_a_paragraph_is_the_unnamed_spokesman_before(pipeline: Pipeline) -> None:
    text = ("TEHRAN, May 3 -- A spokesman for the Iranian Foreign Ministry spoke on Sunday about the naval patrols.\n\n"
            "The patrols are a provocation, the spokesman said.\n\n"
            "He accused Britain of stoking tension in the Gulf.")
    assert ({"IRN"}, {"GBR"}) in [(countries(e.source), countries(e.target))
                                  for e in of_type(events(pipeline, text), "ACCUSE")]


def test_he_opening_a_quote_of_a_later_speaker_is_not_the_one_before(pipeline: Pipeline) -> None:
    text = ("The sergeant said the gunman had fled toward the river.\n\n"
            '"He knew he would be shot if he stayed," the police chief of the county said.')
    assert not of_type(events(pipeline, text), "ASSAULT")


def test_a_party_said_to_be_to_blame_blames_no_one(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "The envoy said that Serbia is to blame for the unrest."), "ACCUSE")
    assert [(countries(e.source), countries(e.target)) for e in found] == [(set(), {"SRB"})]


def test_rallies_condemning_a_party_protest_against_it(pipeline: Pipeline) -> None:
    text = "Thousands of Iraqis came out in rallies condemning the Turkish incursion on Friday."
    found = of_type(events(pipeline, text), "PROTEST")
    assert [(countries(e.source), countries(e.target)) for e in found] == [({"IRQ"}, {"TUR"})]


def test_a_vigil_that_turned_violent_is_no_protest_taken_part_in(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "The riot came after a candle-lit vigil for the teenager."), "PROTEST")


def test_a_firing_drill_a_leader_guided_is_a_show_of_force(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Kim Jong Un guided on Sunday a firing drill of a rocket unit."), "MOBILIZE")
    assert [countries(e.source) for e in found] == [{"PRK"}]


def test_a_snap_check_of_combat_readiness_is_an_alert(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "The Kazakh Defense Ministry launched a snap combat readiness check of its "
                                     "southern units on Monday."), "MOBILIZE")
    assert [(countries(e.source), e.cameo) for e in found] == [({"KAZ"}, "152")]


def test_military_personnel_withdrawn_are_a_retreat_peacekeepers_a_sanction(pipeline: Pipeline) -> None:
    retreat = events(pipeline, "Kenya will withdraw its military personnel from Somalia by June.")
    assert [(countries(e.source), countries(e.target)) for e in of_type(retreat, "RETREAT")] == [({"KEN"}, {"SOM"})]
    assert not of_type(retreat, "SANCTION")
    peacekeepers = events(pipeline, "Ghana said it would withdraw its peacekeepers from Mali.")
    assert [e.cameo for e in of_type(peacekeepers, "SANCTION")] == ["166"]


def test_the_medium_words_go_out_on_is_no_target(pipeline: Pipeline) -> None:
    found = events(pipeline, '"They must answer for the bloodshed," the Bolivian president said on state television.')
    assert not any("television" in {p.name for p in e.target} for e in found)


def test_an_arrest_in_the_passive_in_a_story_about_its_home_country_is_its_authorities(pipeline: Pipeline) -> None:
    text = ("LA PAZ (AFP) - Bolivia's opposition called for new protests on Monday.\n\n"
            "More than 300 people have been arrested since Friday, the interior minister said.\n\n"
            "Bolivia's capital has seen daily marches.")
    found = of_type(events(pipeline, text), "COERCE")
    assert ({"BOL"}, {"BOL"}) in [(countries(e.source), countries(e.target)) for e in found]


def test_a_passive_arrest_in_a_story_filed_from_elsewhere_is_no_one_s(pipeline: Pipeline) -> None:
    text = ("GENEVA (Reuters) - UN experts said on Monday that Iran must stop executing protesters.\n\n"
            "More than 300 people have been arrested since Friday, the experts said.\n\n"
            "Iran rejected the statement, and Iran's judiciary said the trials were fair.")
    found = of_type(events(pipeline, text), "COERCE")
    assert all("CHE" not in countries(e.source) for e in found)


def test_people_released_from_a_party_s_captivity_are_released_by_it(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Eleven Georgian soldiers were freed from Russian captivity on Sunday."),
                    "RETREAT")
    assert [(countries(e.source), countries(e.target)) for e in found] == [({"RUS"}, {"GEO"})]
    found = of_type(events(pipeline, "Forty Armenian servicemen were returned on Sunday."), "RETREAT")
    assert [(countries(e.source), countries(e.target), e.cameo) for e in found] == [(set(), {"ARM"}, "0841")]


def test_those_a_state_says_were_neutralized_were_neutralized_by_it(pipeline: Pipeline) -> None:
    text = "ANKARA -- Nine PKK terrorists were neutralized in northern Iraq, the Turkish Defense Ministry said."
    found = of_type(events(pipeline, text), "ASSAULT")
    assert [countries(e.source) for e in found] == [{"TUR"}]


def test_a_word_defined_is_no_act(pipeline: Pipeline) -> None:
    text = 'Officials use the term "neutralize" to imply the militants surrendered or were killed or captured.'
    assert not events(pipeline, text)


def test_fire_opened_in_the_direction_of_a_side_s_positions_is_aimed_at_it(pipeline: Pipeline) -> None:
    text = "Georgian units opened fire in the direction of the Russian positions."
    found = of_type(events(pipeline, text), "ASSAULT")
    assert [(countries(e.source), countries(e.target)) for e in found] == [({"GEO"}, {"RUS"})]


def test_suspects_held_in_operations_against_a_group_are_the_group_s(pipeline: Pipeline) -> None:
    text = "Iraqi police detained 30 suspects in raids against the Islamic State group on Monday."
    found = of_type(events(pipeline, text), "COERCE")
    assert [{n.removeprefix("the ") for n in names(e.target)} for e in found] == [{"Islamic State"}]


def test_the_enemy_unnamed_is_the_party_the_speaker_s_side_last_acted_against(pipeline: Pipeline) -> None:
    text = ("TEHRAN, May 2 -- Iran's foreign ministry accused Israel of sabotage on Monday.\n\n"
            "Iran's army will take resolute countermeasures against any reckless act of the enemy, a general said.")
    found = of_type(events(pipeline, text), "THREATEN")
    assert found and all(countries(e.target) == {"ISR"} for e in found)


def test_the_enemy_with_no_earlier_act_against_anyone_stays_unnamed(pipeline: Pipeline) -> None:
    text = "TEHRAN, May 2 -- Iran's army will take resolute countermeasures against any reckless act of the enemy."
    assert all(not e.target for e in of_type(events(pipeline, text), "THREATEN"))


def test_a_national_society_or_fund_is_its_country_s(pipeline: Pipeline) -> None:
    found = {a.name: a.country for a in actors(pipeline, "The Egyptian Red Crescent and the Kuwait Fund for Arab "
                                                         "Economic Development sent aid to Gaza.")}
    assert found.get("Egyptian Red Crescent") == "EGY"
    assert found.get("Kuwait Fund for Arab Economic Development") == "KWT"
    assert {a.name: a.country for a in actors(pipeline, "The Red Crescent sent aid to Gaza.")}.get("Red Crescent") \
        is None


@pytest.mark.parametrize("text", [
    "Jordan took the lead in condemning the Israeli raids.",
    "Jordan's position in condemning the Israeli raids was clear.",
    "The minister affirmed the position of Jordan in condemning the Israeli raids.",
])
def test_the_one_who_takes_a_part_in_condemning_condemns(pipeline: Pipeline, text: str) -> None:
    found = of_type(events(pipeline, text), "ACCUSE")
    assert ({"JOR"}, {"ISR"}) in [(countries(e.source), countries(e.target)) for e in found]


def test_a_ceasefire_in_no_place_named_is_with_the_side_last_fought(pipeline: Pipeline) -> None:
    text = ("Houthi rebels fired missiles at Saudi Arabia on Monday.\n\n"
            "The Houthis declared a unilateral ceasefire on Wednesday.")
    found = of_type(events(pipeline, text), "RETREAT")
    assert [countries(e.target) for e in found] == [{"SAU"}]


@pytest.mark.parametrize(("text", "accused"), [
    ("Beijing said the Philippine arms sales seriously violate regional agreements.", {"PHL"}),
    ("Moscow said the Polish decision contradicts the UN Charter.", {"POL"}),
])
def test_a_party_s_acts_said_to_violate_a_norm_are_blamed(pipeline: Pipeline, text: str, accused: set[str]) -> None:
    found = of_type(events(pipeline, text), "ACCUSE")
    assert accused in [countries(e.target) for e in found if countries(e.source) - accused]


def test_acts_said_not_to_violate_anything_are_not_blamed(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Moscow said the Polish decision does not violate any rule."), "ACCUSE")
    assert not found


def test_an_acronym_s_plural_is_the_group(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "The junta banned NGOs from working in the north."), "COERCE")
    assert [names(e.target) for e in found] == [{"NGOs"}]


def test_a_body_named_after_a_province_is_its_country_s(pipeline: Pipeline) -> None:
    found = {a.name: a.country for a in actors(pipeline, "The Guangdong Maritime Safety Administration closed the "
                                                         "strait to shipping on Friday.")}
    assert found.get("Guangdong Maritime Safety Administration") == "CHN"


def test_a_chinese_province_is_found_by_its_english_name_not_taiwan() -> None:
    assert state_countries("Sichuan") == ["CHN"] and state_countries("Xinjiang") == ["CHN"]
    assert "CHN" not in state_countries("Taiwan")
