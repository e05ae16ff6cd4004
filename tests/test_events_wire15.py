"""Constructions the coder missed (issue 13, session 38, from the tune rows of the second batch of sentences written for
dragoman, `bench/events_written.py --set batch2`, and of session 37's notes): a day and its part ("on Saturday
night") read as a day and an object, which made an intransitive act transitive and dropped it; days given a party to
act (a deadline, CAMEO 139); diplomats ordered out of a country (an expulsion, CAMEO 166, not a deportation); a
person named by the surname alone, whom the dictionaries list twice (one entry without a post on the day). Every
sentence is written for these tests; none comes from an evaluation set, a written row or story, or a real
article."""

from __future__ import annotations

import datetime as dt

from helpers import actor_named, countries, events, extract, names, of_type

from dragoman.knowledge import default_knowledge
from dragoman.nlp import load_model, repair
from dragoman.pipeline import Pipeline


def test_a_day_and_its_part_stay_one_time() -> None:
    for text in ("Teachers rallied in Accra on Friday evening to demand their arrears.",
                 "Farmers demonstrated in Warsaw on Tuesday night against grain imports."):
        doc = repair(load_model()(text))
        part = next(t for t in doc if t.lower_ in ("evening", "night"))
        assert part.dep_ != "dobj", text
    # a day glued to the object that follows it is still detached
    doc = repair(load_model()("Egypt condemned on Sunday Israel's storming of the mosque."))
    storming = next(t for t in doc if t.lower_ == "storming")
    assert (storming.dep_, storming.head.lower_) == ("dobj", "condemned")


def test_a_protest_on_a_days_evening_is_coded(pipeline: Pipeline) -> None:
    found = events(pipeline, "Thousands of teachers rallied in Accra on Friday evening to demand that the government "
                             "pay their salary arrears.")
    assert not of_type(found, "REQUEST")
    (protest,) = of_type(found, "PROTEST")
    assert names(protest.target) == {"government"}


def test_days_given_a_party_to_act_are_a_deadline(pipeline: Pipeline) -> None:
    for text in ("The African Union gave the coup leaders one week to restore the constitution or face sanctions.",
                 "Ethiopia gave the rebels ten days to lay down their weapons."):
        (deadline,) = of_type(events(pipeline, text), "THREATEN")
        assert deadline.cameo == "139", text
    # time granted, or months given to adapt, are a period of grace
    for text in ("The court granted the company 30 days to file its defence.",
                 "The ministry gave farmers two years to adapt to the new rules."):
        assert not of_type(events(pipeline, text), "THREATEN"), text


def test_diplomats_ordered_out_of_a_country_are_expelled(pipeline: Pipeline) -> None:
    found = events(pipeline, "Lithuania ordered three Belarusian diplomats out of the country over espionage.")
    assert not of_type(found, "COERCE")
    (expulsion,) = of_type(found, "SANCTION")
    assert expulsion.cameo == "166"
    assert countries(expulsion.target) == {"BLR"}


def test_a_surname_listed_twice_once_without_a_post_is_that_persons() -> None:
    knowledge = default_knowledge()
    # Phoenix lists him twice: DMITRY_MEDVEDEV, whose dated posts end before 2024, and DMITR_MEDVEDEV (RUSGOV)
    assert knowledge.surname_person("Medvedev", dt.date(2024, 7, 24)) == ("RUS", "GOV")
    assert knowledge.surname_person("Maduro", dt.date(2024, 7, 24)) is None  # two posts, two countries


def test_a_person_named_by_the_surname_alone_takes_the_dictionarys_country(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "Moscow and Kyiv traded accusations on Tuesday. Medvedev said Ukraine would regret it.")
    assert actor_named(ex, "Medvedev").country == "RUS"
    # a namesake in an article that names no country of the dictionary's person keeps none from it
    ex = extract(pipeline, "Ghana's farmers met on Tuesday. Scholz said the harvest was poor.")
    assert actor_named(ex, "Scholz").country != "DEU"
