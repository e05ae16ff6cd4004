"""Wire constructions the coder missed or misread (issue 13, session 32): fire from a country by no one named, a plural
opening a sentence, misparsed plurals after an object ("imposed asset freezes"), sanctions by their kind ("export
controls"), reported clauses the parser hangs on their subject ("Israeli airstrikes killed ..., officials said"),
and sums in currencies the entity recognizer leaves unlabelled ("500 million euros in aid"). Every sentence is
written for these tests; none comes from an evaluation set or a real article."""

from __future__ import annotations

import pytest
from helpers import countries, events, of_type
from spacy.language import Language

from dragoman.nlp import load_model, repair
from dragoman.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()

# -- fire from a country, by no one named, is that country's -----------------------------------------------------------


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Rockets were fired at Israel from Lebanon on Sunday, the Israeli army said.", "LBN", "ISR"),
    ("Two rockets were fired from Gaza at southern Israel on Tuesday.", "PSE", "ISR"),
    ("A rocket fired from Gaza hit the Israeli town of Sderot.", "PSE", "ISR"),
    ("Mortar shells were fired into Syria from Turkey.", "TUR", "SYR"),
])
def test_fire_from_a_country_is_that_countrys(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    found = of_type(events(pipeline, text), "ASSAULT")
    assert [(countries(e.source), countries(e.target)) for e in found] == [({source}, {target})]


def test_a_named_shooter_keeps_the_fire(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Hezbollah fired rockets from Lebanon at northern Israel."), "ASSAULT")
    assert [[p.name for p in e.source] for e in found] == [["Hezbollah"]]


def test_where_a_weapon_shot_down_came_from_is_no_shooter(pipeline: Pipeline) -> None:
    found = events(pipeline, "A drone launched from Iraq was shot down over Jordan.")
    assert not any("IRQ" in countries(e.source) for e in found)


def test_fire_from_a_direction_names_no_country(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Gunmen attacked the village from the north."), "ASSAULT")
    assert found and not any(countries(e.source) for e in found)


# -- a plural opening a sentence is no name ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Rockets were fired at Israel on Sunday.",
    "Missiles were fired at Odesa overnight.",
])
def test_a_weapon_opening_the_sentence_is_fired(pipeline: Pipeline, text: str) -> None:
    assert of_type(events(pipeline, text), "ASSAULT")


# -- sanctions by their kind -------------------------------------------------------------------------------------------


def test_a_plural_misread_as_a_verb_after_an_object_is_the_object(nlp: Language) -> None:
    doc = repair(nlp("The European Union imposed asset freezes on six Russian officials."))
    freezes = doc[5]
    assert (freezes.dep_, freezes.pos_, freezes.head.text) == ("dobj", "NOUN", "imposed")
    assert (doc[4].dep_, doc[4].head.text) == ("compound", "freezes")
    assert doc[6].head.text == "imposed"  # "on six Russian officials" is the verb's, as with "imposed sanctions on"


@pytest.mark.parametrize(("text", "verb"), [("He said the plan works.", 4), ("He said inflation rises.", 3)])
def test_a_present_verb_with_its_own_subject_stays_a_verb(nlp: Language, text: str, verb: int) -> None:
    doc = repair(nlp(text))
    assert doc[verb].pos_ in ("VERB", "AUX") and doc[verb].dep_ != "dobj"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The European Union imposed asset freezes on six Russian officials.", None, "RUS"),
    ("Canada announced export controls on Russia.", "CAN", "RUS"),
    ("EU ministers imposed asset freezes and travel bans on 25 Belarusian officials.", None, "BLR"),
    ("The EU ordered asset freezes against 12 Syrian ministers.", None, "SYR"),
])
def test_asset_freezes_and_export_controls_are_sanctions(pipeline: Pipeline, text: str, source: str | None,
                                                          target: str) -> None:
    found = [e for e in events(pipeline, text) if e.cameo == "163"]
    assert [countries(e.target) for e in found] == [{target}]
    assert countries(found[0].source) == ({source} if source else set())


@pytest.mark.parametrize("text", [
    "The company announced tighter controls on spending.",
    "The government announced a freeze on public hiring.",
])
def test_controls_and_freezes_of_no_such_kind_are_no_sanctions(pipeline: Pipeline, text: str) -> None:
    assert not events(pipeline, text)


# -- a reported clause the parser hung on its subject ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Israeli airstrikes killed at least 20 people in Rafah, health officials said.",
    "Israeli airstrikes killed at least 20 people in Rafah, Palestinian health officials said.",
])
def test_the_attackers_of_a_reported_clause_are_its_subject(pipeline: Pipeline, text: str) -> None:
    found = of_type(events(pipeline, text), "ASSAULT")
    assert [countries(e.source) for e in found] == [{"ISR"}]


def test_a_participle_without_an_object_stays_on_its_noun(nlp: Language) -> None:
    doc = repair(nlp("Soldiers wounded in the attack were taken to hospital, officials said."))
    assert (doc[1].dep_, doc[1].head.text) == ("acl", "Soldiers")


# -- sums in a currency ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Germany pledged 500 million euros in military aid to Kyiv.", "DEU", "UKR"),
    ("China offered 2 billion yuan in loans to Sri Lanka.", "CHN", "LKA"),
])
def test_aid_told_as_a_sum_in_a_currency_goes_to_its_receiver(pipeline: Pipeline, text: str, source: str,
                                                               target: str) -> None:
    found = of_type(events(pipeline, text), "AID")
    assert [(countries(e.source), countries(e.target)) for e in found] == [({source}, {target})]


# -- weapons in a list, the aim hung on the last ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Russia launched 120 missiles and 90 drones at Ukraine overnight.",
    "Russia launched 120 missiles and 90 drones at Ukraine overnight, targeting power plants, officials said.",
])
def test_a_salvo_of_several_weapons_is_aimed_at_the_party_after_the_last(pipeline: Pipeline, text: str) -> None:
    found = of_type(events(pipeline, text), "ASSAULT")
    assert ({"RUS"}, {"UKR"}) in [(countries(e.source), countries(e.target)) for e in found]


# -- surrounding a party in a drill shows force -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Chinese warships and aircraft encircled Taiwan in large-scale drills on Monday.",
    "Chinese warships surrounded Taiwan during exercises.",
])
def test_encircling_a_party_in_a_drill_is_a_show_of_force(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert not of_type(found, "ASSAULT")
    assert [(countries(e.source), countries(e.target)) for e in of_type(found, "MOBILIZE")] == [({"CHN"}, {"TWN"})]


def test_encircling_a_city_in_war_stays_an_assault(pipeline: Pipeline) -> None:
    assert of_type(events(pipeline, "Russian troops encircled the city of Avdiivka."), "ASSAULT")


# -- irregular forms of prefixed verbs -----------------------------------------------------------------------------


def test_the_past_of_a_prefixed_irregular_verb_is_found(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Ukrainian forces retook the village of Robotyne."), "ASSAULT")
    assert [countries(e.source) for e in found] == [{"UKR"}]


# -- anyone at all is no party -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Maduro said Venezuela will not allow anyone to threaten its sovereignty.",
    "China will not allow anyone to interfere in its internal affairs.",
    "Anyone who attacks Iran will face a crushing response, the commander said.",
])
def test_a_resolve_about_anyone_at_all_is_no_event_between_parties(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e.type in ("REJECT", "THREATEN", "ASSAULT")]


def test_refusing_a_named_party_stays_a_refusal(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Israel will not allow Iran to obtain nuclear weapons."), "REJECT")
    assert [(countries(e.source), countries(e.target)) for e in found] == [({"ISR"}, {"IRN"})]


# -- a promise to fund or arm is a promise of aid; one to endorse is backing -------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU pledged to fund Ukraine's reconstruction.", "AGREE"),
    ("Iran vowed to arm the Houthis.", "AGREE"),
    ("Germany pledged to support Ukraine.", "SUPPORT"),
    ("France promised to endorse Morocco's plan.", "SUPPORT"),
])
def test_what_a_promise_is_of_decides_its_type(pipeline: Pipeline, text: str, expected: str) -> None:
    found = events(pipeline, text)
    assert found and found[0].type == expected


# -- a verb read as an adjective on its object's name ------------------------------------------------------------------


def test_a_participle_after_had_read_as_an_adjective_is_the_verb(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Russian forces had targeted civilians."), "ASSAULT")
    assert [countries(e.source) for e in found] == [{"RUS"}]


@pytest.mark.parametrize("text", [
    "A Moscow court jailed opposition politician Ilya Yashin.",
    "A Russian court jailed opposition politician Ilya Yashin for eight and a half years.",
])
def test_a_verb_the_parser_read_as_an_adjective_on_a_name_is_the_verb(pipeline: Pipeline, text: str) -> None:
    found = of_type(events(pipeline, text), "COERCE")
    assert [([p.name for p in e.target], countries(e.source)) for e in found] == [(["Ilya Yashin"], {"RUS"})]


def test_the_repaired_verb_is_the_root_and_the_name_its_object(nlp: Language) -> None:
    doc = repair(nlp("A Moscow court jailed opposition politician Ilya Yashin."))
    jailed, yashin = doc[3], doc[7]
    assert (jailed.dep_, yashin.dep_, yashin.head.i, doc[2].dep_) == ("ROOT", "dobj", 3, "nsubj")
    assert len(list(doc.sents)) == 1


def test_a_participle_on_a_name_stays_a_modifier(nlp: Language) -> None:
    doc = repair(nlp("Jailed opposition politician Ilya Yashin."))
    assert doc[0].dep_ != "ROOT"


# -- things seized are no one's country by default ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Israeli troops seized three apartment blocks.",
    "Kenyan police seized weapons in a raid.",
])
def test_things_seized_give_no_target_country_by_default(pipeline: Pipeline, text: str) -> None:
    found = of_type(events(pipeline, text), "COERCE")
    assert found and not any(countries(e.target) for e in found)


def test_people_seized_by_police_stay_the_polices_own(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Kenyan police seized 12 suspects in Nairobi."), "COERCE")
    assert [countries(e.target) for e in found] == [{"KEN"}]


# -- arms and forces sent to a border are deployed there ---------------------------------------------------------------


def test_arms_sent_to_a_border_are_a_deployment_not_aid(pipeline: Pipeline) -> None:
    found = events(pipeline, "Minsk sent air defence units to its border with Lithuania on Friday.")
    assert [e.type for e in found] == ["MOBILIZE"]


def test_arms_sent_to_a_country_stay_military_aid(pipeline: Pipeline) -> None:
    found = events(pipeline, "The US sent air defence systems to Ukraine.")
    assert [(e.type, e.cameo) for e in found] == [("AID", "072")]


def test_police_sent_abroad_for_a_security_mission_are_aid(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Kenya sent 400 police officers to Haiti to lead a multinational security "
                                     "mission."), "AID")
    assert [(countries(e.source), countries(e.target), e.cameo) for e in found] == [({"KEN"}, {"HTI"}, "074")]
