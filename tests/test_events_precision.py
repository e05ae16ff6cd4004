"""Fewer false events on general news (issue 13, section 3), on sentences written for these tests: forces of nature
and traffic are no attackers, games keep scores rather than wage war, a company fires staff and a club offers
contracts; the political senses of the same words stay events."""

from __future__ import annotations

import pytest
from helpers import countries, events, names, of_type, types

from dragoman.pipeline import Pipeline


def test_forces_of_nature_and_traffic_attack_no_one(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The earthquake hit the coastal villages of northern Peru on Monday.")
    assert not events(pipeline, "A 5.9-magnitude quake struck the Chilean province of Arauco.")
    assert not events(pipeline, "A cyclist was struck by a delivery truck near the market in Lyon.")
    assert not events(pipeline, "The hurricane and the storm surge battered the Cuban coast.")
    # ... also as a series, and after a conjunction the parser takes for a preposition ("after two quakes struck")
    assert not events(pipeline, "A series of earthquakes killed a 10-year-old girl in eastern Indonesia.")
    assert not events(pipeline, "A UN team was sent to the province after two quakes, measuring 7.6 and 7.4, "
                                "struck west of Manokwari.")
    assert not events(pipeline, "Dozens injured as 6.1-magnitude quake hits Indonesia's Aceh")
    assert "ASSAULT" in types(pipeline, "A wave of attacks killed 30 people in Baghdad.")
    assert "ASSAULT" in types(pipeline, "Troops were sent to the region after militants attacked a police post.")
    # A bomb carried by a car is an attack all the same.
    assert "ASSAULT" in types(pipeline, "A car bomb struck a police checkpoint in Kirkuk.")
    assert "ASSAULT" in types(pipeline, "Rebels hit an army convoy near Goma on Sunday.")


def test_a_game_is_no_war(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Wolves battled the Hawks for three quarters, but the score stayed level "
                                "until the final minute.")
    assert not events(pipeline, "The Lions shot 51 percent from the field.")
    assert not events(pipeline, "Morales pounded the Mexican boxer in the sixth round before the knockout.")
    assert not events(pipeline, "Smith beat his defender for a dunk just before the timeout.")
    assert "ASSAULT" in types(pipeline, "Troops battled insurgents in the hills above Kandahar.")


def test_firing_staff_is_no_shooting(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The carmaker fired its chief executive on Friday.")
    assert not events(pipeline, "The coach was fired after the team lost six games in a row.")
    assert not events(pipeline, "The chairman decided to fire the coach after the defeat.")
    assert "ASSAULT" not in types(pipeline, "Jensen, fired in March, is suing the club for breach of contract.")
    assert "ASSAULT" in types(pipeline, "Soldiers fired tear gas at the protesters in the square.")
    assert "ASSAULT" in types(pipeline, "Troops fired on demonstrators outside the parliament in Bishkek.")
    assert "ASSAULT" in types(pipeline, "Militants fired three rockets into southern Israel overnight.")


def test_a_contract_or_details_offered_is_no_offer_to_cooperate(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Panthers offered the striker a four-year contract.")
    assert "AGREE" not in types(pipeline, "Police offered few details about the arrests in Leeds.")
    assert "AGREE" in types(pipeline, "Russia offered Iran a new round of talks on its nuclear program.")


def test_what_a_disaster_or_a_crash_does_is_no_attack(pipeline: Pipeline) -> None:
    assert not events(pipeline, "A strong earthquake struck the island of Sumbawa, destroying houses and injuring "
                                "at least 40 people.")
    assert not events(pipeline, "In 2010 a cyclone that killed 3,000 people swept across the delta.")
    assert not events(pipeline, "Two cyclists were killed in a crash on the coastal highway.")
    assert "ASSAULT" in types(pipeline, "Three soldiers were killed in an ambush near Kidal.")
    assert "ASSAULT" in types(pipeline, "Gunmen who attacked a church in Kaduna killed nine worshippers.")


def test_a_released_product_is_no_released_captive(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The phone maker will release its new handset next month.")
    assert not events(pipeline, "The vendor released a security patch for its browser on Tuesday.")
    assert "RETREAT" in types(pipeline, "Rebels released two aid workers near Kidal on Monday.")


@pytest.mark.parametrize("text", [
    "The Russian Foreign Ministry declined comment.",
    "The Peruvian embassy refused any comment on the expulsions.",
    "The former governor pleaded guilty to obstruction of justice on Monday.",
    "The opposition leader pleaded not guilty to charges of treason.",
    "The mayor pleaded no contest to a charge of drunken driving.",
])
def test_no_comment_and_a_plea_in_court_are_no_events(pipeline: Pipeline, text: str) -> None:
    assert not events(pipeline, text)


def test_a_plea_for_help_stays_a_request(pipeline: Pipeline) -> None:
    assert "REQUEST" in types(pipeline, "Lebanon pleaded with the United Nations for urgent help.")
    assert "REJECT" in types(pipeline, "Iran declined the invitation to the summit.")


def test_the_place_a_relative_clause_is_on_is_where_not_whom(pipeline: Pipeline) -> None:
    # "where" makes the noun the place of the act: no one died at a hospital's hands, and a march there is there
    assert not events(pipeline, "Paramedics took the driver to St Mary's Hospital in Leeds, where he died hours later.")
    (march,) = of_type(events(pipeline, "Clashes spread to the port city of Piraeus, where 5,000 students marched "
                                        "against the reforms."), "PROTEST")
    assert march.location is not None and march.location.country == "GRC"
    (seizure,) = of_type(events(pipeline, "Agents raided a compound in Waco, where authorities seized 40 rifles "
                                          "from cult members."), "COERCE")
    assert "compound" not in " ".join(names(seizure.target))


def test_siding_needs_someone_sided_with(pipeline: Pipeline) -> None:
    # standing by a fence sides with no one
    assert not events(pipeline, "\"They are widening the war,\" said Yousif Ahmed, a refugee from the Nuba mountains, "
                                "as he stood by the fence.")
    assert "SUPPORT" in types(pipeline, "The German chancellor stood by Israel after the attack.")


def test_permission_needs_someone_who_gives_it(pipeline: Pipeline) -> None:
    # a flaw or a clause that lets people do something concedes nothing; nor does being let go
    for text in ("Analysts in Germany say the flaw could allow criminals to take control of government computers.",
                 "A French official who had just been let go from his job at the ministry came in and shot a man.",
                 "A provision tucked into the bill would allow the Interior secretary to withdraw the rules."):
        assert not of_type(events(pipeline, text), "CONCEDE"), text
    (permission,) = of_type(events(pipeline, "Israel allowed foreign journalists to enter Gaza on Sunday."), "CONCEDE")
    assert countries(permission.source) == {"ISR"}


def test_a_shell_that_lands_visits_no_one(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "Five rockets fired from Gaza landed in Israel on Tuesday."), "CONSULT")
    assert not of_type(events(pipeline, "Two mortar shells landed at a UN school in Jabalia."), "CONSULT")
    (visit,) = of_type(events(pipeline, "A plane carrying the Chinese premier landed in Islamabad."), "CONSULT")
    assert countries(visit.source) == {"CHN"} and countries(visit.target) == {"PAK"}


def test_the_one_charged_is_charged_when_the_parser_reads_the_participle_as_finite(pipeline: Pipeline) -> None:
    # "X charged with Y <verb>": the participle is on X, who is charged, not charging
    for text in ("Two police officers charged over the shooting prepared to go before a magistrate in Athens.",
                 "Protesters marched to the station where the Greek policeman charged with the murder was based."):
        (charge,) = of_type(events(pipeline, text), "ACCUSE")
        assert not charge.source and names(charge.target), text
    (charge,) = of_type(events(pipeline, "Greek prosecutors charged the policeman with murder."), "ACCUSE")
    assert names(charge.source) == {"Greek prosecutors"} and names(charge.target) == {"policeman"}


def test_winding_up_is_no_wounding(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "The Chinese state firm wound up buying the Italian tyre maker instead."),
                       "ASSAULT")
    assert "ASSAULT" in types(pipeline, "The blast wounded three Afghan soldiers in Kandahar.")


def test_a_film_shot_and_a_title_defended_are_no_acts_of_politics(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The British actor was in Prague shooting a BBC remake of the Three Musketeers.")
    assert not events(pipeline, "The Ukrainian boxer will defend his WBC title against a German in Moscow.")
    assert "ASSAULT" in types(pipeline, "Israeli soldiers shot two Palestinian teenagers in Hebron.")
    assert "SUPPORT" in types(pipeline, "Germany defended Israel's right to respond.")


def test_breaking_up_a_rally_is_no_rally(pipeline: Pipeline) -> None:
    # "broke up" ends what "broke out" starts: the police disperse the rally, they do not hold it
    assert {e.type for e in events(pipeline, "Belarusian police broke up a rally of opposition supporters in "
                                             "Minsk.")} == {"COERCE"}
    assert "PROTEST" in types(pipeline, "Protests broke out in Tehran after the election.")


def test_goods_that_hit_the_shelves_and_rules_struck_down_are_no_attacks(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "The Obama administration overturned a controversial measure of the Bush era, "
                                        "striking down a rule that had weakened protection for endangered species."),
                       "ASSAULT")
    assert not events(pipeline, "The new BlackBerry will not be hitting store shelves in Canada until March.")
    assert "ASSAULT" in types(pipeline, "Israeli jets hit a Hamas training camp in Gaza.")


def test_armed_with_a_weapon_is_what_one_carries(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The man was armed with a long gun, police in Ohio said.")
    assert {e.type for e in events(pipeline, "Rebels armed with rifles attacked a Malian army post.")} == {"ASSAULT"}
    assert "AID" in types(pipeline, "Iran armed the Houthi rebels with drones.")


@pytest.mark.parametrize("text", [
    "Russian missiles hit a crowded market in Kharkiv.",
    "A Russian bomb struck the drama theatre in Mariupol.",
])
def test_a_market_or_a_theatre_struck_is_attacked(pipeline: Pipeline, text: str) -> None:
    assert "ASSAULT" in types(pipeline, text)
