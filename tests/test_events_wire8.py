"""Wire constructions of military and financial help (issue 13, session 25). Every sentence is written for these
tests; none comes from an evaluation set or a real article."""

from __future__ import annotations

from helpers import countries, events, of_type

from dragoman.pipeline import Pipeline

# -- training another party's forces is military aid; one's own, mobilizing ------------------------------------------


def test_training_another_partys_soldiers_is_military_aid_to_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "France trained Malian soldiers in counterterrorism last year.")
    (aid,) = of_type(found, "AID")
    assert (aid.cameo, countries(aid.source), countries(aid.target)) == ("072", {"FRA"}, {"MLI"})
    assert not of_type(found, "MOBILIZE")


def test_training_ones_own_soldiers_is_mobilizing(pipeline: Pipeline) -> None:
    found = events(pipeline, "Russia trained its own soldiers for the offensive.")
    assert of_type(found, "MOBILIZE") and not of_type(found, "AID")
    found = events(pipeline, "The army trained new recruits in the desert.")
    assert of_type(found, "MOBILIZE") and not of_type(found, "AID")


def test_arming_another_partys_forces_is_military_cooperation(pipeline: Pipeline) -> None:
    # the verb dictionary codes arming a party 062; the object shared with "trained" counts for both verbs
    found = events(pipeline, "Washington has trained and equipped the Ukrainian army since 2014.")
    assert {e.type for e in found} == {"AID", "COOPERATE"}
    assert all(countries(e.target) == {"UKR"} for e in found)


# -- money deposited with a central bank ------------------------------------------------------------------------------


def test_a_deposit_in_a_central_bank_is_economic_aid(pipeline: Pipeline) -> None:
    (aid,) = of_type(events(pipeline, "Saudi Arabia deposited 3 billion dollars in Pakistan's central bank."), "AID")
    assert (aid.cameo, countries(aid.source), countries(aid.target)) == ("071", {"SAU"}, {"PAK"})
    (aid,) = of_type(events(pipeline, "The UAE placed a 5 billion dollar deposit with Egypt's central bank."), "AID")
    assert countries(aid.target) == {"EGY"}


def test_money_put_in_an_account_is_no_aid(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "Police said the suspect deposited the money in a Swiss account."), "AID")


# -- talks as the occasion of a statement, however the occasion is hung ----------------------------------------------


def test_talks_before_a_participle_of_speaking_are_the_speakers(pipeline: Pipeline) -> None:
    found = events(pipeline, "Speaking after talks with his Kenyan counterpart, the Ethiopian prime minister said "
                             "trade would grow.")
    (talks,) = of_type(found, "CONSULT")
    assert countries(talks.source) == {"ETH"} and countries(talks.target) == {"KEN"}


def test_following_a_meeting_is_a_preposition_not_a_verb(pipeline: Pipeline) -> None:
    found = events(pipeline, "Following a meeting with Chinese President Xi Jinping, the Brazilian president told "
                             "reporters that Brazil wanted peace.")
    (talks,) = of_type(found, "CONSULT")
    assert countries(talks.source) == {"BRA"} and countries(talks.target) == {"CHN"}


# -- accusations traded; exercises as a show of force -----------------------------------------------------------------


def test_accusations_traded_are_both_sides_and_not_what_they_are_over(pipeline: Pipeline) -> None:
    (accusation,) = of_type(events(pipeline, "Armenia and Azerbaijan traded accusations over the shelling of border "
                                             "villages."), "ACCUSE")
    assert countries(accusation.source) == {"ARM", "AZE"} and not accusation.target
    (accusation,) = of_type(events(pipeline, "Serbia traded barbs with Kosovo over the border."), "ACCUSE")
    assert countries(accusation.source) == {"SRB"} and countries(accusation.target) == {"XKX"}


def test_exercises_near_another_party_are_a_show_of_force_against_it(pipeline: Pipeline) -> None:
    (show,) = of_type(events(pipeline, "China conducted military exercises near Taiwan on Monday."), "MOBILIZE")
    assert (show.cameo, countries(show.source), countries(show.target)) == ("150", {"CHN"}, {"TWN"})
    found = events(pipeline, "Russia held naval drills with China in the Sea of Japan.")
    (drills,) = of_type(found, "COOPERATE")
    assert countries(drills.target) == {"CHN"} and not of_type(found, "MOBILIZE")


# -- the seat of a government is no town of the same name -------------------------------------------------------------


def test_a_protest_outside_the_white_house_is_in_the_united_states(pipeline: Pipeline) -> None:
    # the gazetteer knows a Moroccan "White House" (Casablanca); the organization table knows the seat
    (protest,) = of_type(events(pipeline, "Protesters gathered outside the White House."), "PROTEST")
    assert protest.location is not None and protest.location.country == "USA"
    assert countries(protest.source) == {"USA"}
