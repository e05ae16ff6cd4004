"""Military exercises: cooperation when held jointly, with a partner or by several, a show of force when held alone;
and a sea named "the Sea of X" is no town (issue 13, session 27). Every sentence is written for these tests; none
comes from an evaluation set or a real article."""

from __future__ import annotations

from helpers import countries, events, of_type

from dragoman.geo import shared_gazetteer
from dragoman.pipeline import Pipeline


def test_drills_held_alone_are_a_show_of_force_not_cooperation_with_nobody(pipeline: Pipeline) -> None:
    found = events(pipeline, "Iran's navy held missile drills in the Gulf of Oman on Thursday.")
    assert not of_type(found, "COOPERATE")
    (show,) = of_type(found, "MOBILIZE")
    assert countries(show.source) == {"IRN"} and not show.target


def test_drills_held_near_a_party_are_aimed_at_it(pipeline: Pipeline) -> None:
    (show,) = of_type(events(pipeline, "Azerbaijan staged artillery drills near the border with Armenia."),
                      "MOBILIZE")
    assert countries(show.source) == {"AZE"} and countries(show.target) == {"ARM"}


def test_drills_with_a_partner_are_cooperation(pipeline: Pipeline) -> None:
    (joint,) = of_type(events(pipeline, "Pakistan conducted naval drills with Turkey in the Arabian Sea."),
                       "COOPERATE")
    assert countries(joint.source) == {"PAK"} and countries(joint.target) == {"TUR"}


def test_drills_held_by_two_parties_are_cooperation_without_the_word_joint(pipeline: Pipeline) -> None:
    found = events(pipeline, "Greek and Cypriot warships held naval exercises south of Crete on Monday.")
    (joint,) = of_type(found, "COOPERATE")
    assert countries(joint.source + joint.target) == {"GRC", "CYP"}
    assert not of_type(found, "MOBILIZE")


def test_joint_drills_of_a_pair_named_together_are_cooperation(pipeline: Pipeline) -> None:
    (joint,) = of_type(events(pipeline, "Egypt and Sudan began joint air force exercises on Saturday."),
                       "COOPERATE")
    assert countries(joint.source + joint.target) == {"EGY", "SDN"}


def test_the_sea_of_a_country_is_no_town_of_the_gazetteer(pipeline: Pipeline) -> None:
    # "Sea" alone was Seattle (its airport code), so the drills were "aimed" at the United States
    (show,) = of_type(events(pipeline, "Russia held naval drills in the Sea of Okhotsk."), "MOBILIZE")
    assert not show.target and (show.location is None or show.location.country != "USA")
    assert shared_gazetteer().lookup("Sea") is None and shared_gazetteer().lookup("Strait") is None
