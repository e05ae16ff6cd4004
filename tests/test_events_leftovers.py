"""General mistakes of the event coder found on news it was not tuned on (issue 13), each fixed by a general rule and
tested on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import countries, events

from dragoman.events.triggers import Lexicon
from dragoman.pipeline import Pipeline

# "Neither X nor Y did it": the act is denied of both parties.


@pytest.mark.parametrize(("text", "kind", "sources"), [
    ("Neither Chile nor Peru condemned the coup in Bolivia.", "ACCUSE", {"CHL", "PER"}),
    ("Neither Ghana nor Togo criticized Burkina Faso.", "ACCUSE", {"GHA", "TGO"}),
    ("Neither Norway nor Sweden supported the Danish proposal.", "SUPPORT", {"NOR", "SWE"}),
    ("Neither Egypt nor Jordan met with the Israeli delegation.", "CONSULT", {"EGY", "JOR"}),
])
def test_neither_nor_subject_is_negated(pipeline: Pipeline, text: str, kind: str, sources: set[str]) -> None:
    found = [e for e in events(pipeline, text) if e.type == kind]
    assert found and all(e.factuality == "negated" for e in found)
    assert countries(found[0].source) == sources


def test_both_subjects_without_neither_stay_asserted(pipeline: Pipeline) -> None:
    found = [e for e in events(pipeline, "Both Chile and Peru condemned the coup in Bolivia.") if e.type == "ACCUSE"]
    assert found and all(e.factuality == "asserted" for e in found)


# A threatening call, letter or message is a threat (CAMEO 130), not a consultation by phone; a hoax call is neither.


@pytest.mark.parametrize("text", [
    "A man made a threatening phone call to the Israeli embassy in Dublin.",
    "Someone made threatening telephone calls to the Greek consulate in Izmir.",
    "The suspect sent threatening letters to the Mexican ambassador.",
])
def test_threatening_call_is_a_threat(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert {e.type for e in found} == {"THREATEN"}
    assert not [e for e in found if e.mode == "phone"]


def test_hoax_call_is_no_consultation(pipeline: Pipeline) -> None:
    assert not [e for e in events(pipeline, "A student made a hoax phone call to the Belgian embassy.")
                if e.type == "CONSULT"]


def test_plain_phone_call_stays_a_consultation(pipeline: Pipeline) -> None:
    found = events(pipeline, "Erdogan made a phone call to Putin on Tuesday.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]


# Celebrating an occasion is no support or aid between whoever celebrates and whose occasion it is, nor is helping to
# celebrate it.


@pytest.mark.parametrize("text", [
    "The Indian prime minister helped celebrate the French president's birthday in Paris.",
    "The Austrian chancellor helped mark the anniversary of the Hungarian constitution in Budapest.",
    "Malaysia's prime minister celebrated the king of Brunei's birthday with a banquet.",
    "Kenyan President William Ruto helped celebrate Tanzania's independence anniversary in Dodoma.",
    "Turkish officials celebrated Azerbaijan's national day in Ankara.",
])
def test_celebrating_an_occasion_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e.type in ("SUPPORT", "AID")]


def test_help_in_a_mediation_keeps_the_mediation(pipeline: Pipeline) -> None:
    found = events(pipeline, "Qatar helped broker a truce between Israel and Hamas.")
    assert "CONSULT" in {e.type for e in found}


@pytest.mark.parametrize("text", [
    "Japan helped Indonesia rebuild its schools after the tsunami.",
    "The United States helped rebuild Iraq's schools.",
])
def test_help_that_goes_to_a_party_stays_aid(pipeline: Pipeline, text: str) -> None:
    assert "AID" in {e.type for e in events(pipeline, text)}


# A fire, a named storm or a vehicle in a "when" clause is no attacker: nothing it kills or destroys is an assault or a
# seizure. Fire that a force, a weapon or a party makes stays theirs.


@pytest.mark.parametrize("text", [
    "The fire killed three people in a Lagos market.",
    "A fire destroyed the Canadian embassy in Tripoli.",
    "Fires destroyed 300 homes in southern Portugal.",
    "Cyclone Idai killed hundreds in Mozambique.",
    "Hurricane Maria destroyed thousands of homes in Dominica.",
    "Four Sudanese migrants were killed when they were struck by a train in Egypt.",
    "Two Nepali pilgrims died when their bus was hit by a landslide.",
    "A Nigerian diplomat was struck by a car in Lagos on Monday.",
    "Two Pakistani pilgrims were struck by a train near Karachi.",
    "A Kenyan police officer was struck by a bus in Nairobi.",
])
def test_natural_agent_is_no_attacker(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e.type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize("text", [
    "Israeli fire killed three Palestinians in Gaza.",
    "Tank fire killed two Ukrainian soldiers near Bakhmut.",
    "The fire set by protesters destroyed the French embassy in Niamey.",
    "Three soldiers were killed when their vehicle was hit by a roadside bomb in Mali.",
])
def test_fire_of_a_force_stays_an_attack(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e.type in ("ASSAULT", "COERCE")]


# An authority's order to the public to keep itself safe is administration, no demand; people who evacuate, or a
# place evacuated, are aided by no one. An order that is itself the act codes that act; an armed force ordering people
# out forces them out.


@pytest.mark.parametrize("text", [
    "Police ordered residents to evacuate.",
    "Police in Portugal ordered residents to evacuate the village as the fire approached.",
    "Authorities in Queensland ordered residents to evacuate ahead of the cyclone.",
    "The mayor ordered residents to stay indoors.",
    "Spanish police ordered residents of three villages to leave their homes.",
    "The governor ordered the evacuation of the town.",
])
def test_safety_order_to_the_public_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e.type in ("REQUEST", "AID", "COERCE")]


@pytest.mark.parametrize(("text", "kind"), [
    ("A Peruvian judge ordered the release of the opposition leader.", "RETREAT"),
    ("A court in Ghana ordered the arrest of the former minister.", "COERCE"),
    ("The Israeli army ordered residents of Rafah to leave.", "COERCE"),
    ("Italy rescued 200 migrants off the coast of Libya.", "AID"),
    ("The Ukrainian army evacuated civilians from Bakhmut.", "AID"),
])
def test_orders_that_are_acts_stay_coded(pipeline: Pipeline, text: str, kind: str) -> None:
    assert kind in {e.type for e in events(pipeline, text)}


# Agreeing to a truce, a deal or talks "with" a party agrees with that party; buying "from" a party trades with it,
# whatever brand or maker names the goods.


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Hamas agreed to a truce with Israel.", "PSE", "ISR"),
    ("Armenia agreed to a ceasefire with Azerbaijan.", "ARM", "AZE"),
    ("The Taliban agreed to a prisoner swap with the United States.", "AFG", "USA"),
    ("Ukraine agreed to a grain deal with Russia.", "UKR", "RUS"),
    ("Ethiopia agreed on a ceasefire with Eritrea on Friday.", "ETH", "ERI"),
])
def test_agreed_to_a_truce_with_a_party(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    found = [e for e in events(pipeline, text) if e.type in ("AGREE", "SUPPORT")]
    assert found and countries(found[0].source) == {source} and countries(found[0].target) == {target}


@pytest.mark.parametrize(("text", "seller"), [
    ("Ukraine bought Bayraktar drones from Turkey.", "TUR"),
    ("Saudi Arabia has bought Patriot missiles from America.", "USA"),
    ("India bought fighter jets from France.", "FRA"),
    ("Egypt purchased two Mistral warships from France in 2015.", "FRA"),
])
def test_seller_is_the_counterpart_of_a_purchase(pipeline: Pipeline, text: str, seller: str) -> None:
    found = events(pipeline, text)
    assert found and all(countries(e.target) == {seller} for e in found)
    assert all(p.country for e in found for p in e.target)


def test_people_evacuated_by_a_party_are_aided(pipeline: Pipeline) -> None:
    found = events(pipeline, "The total number of people evacuated from Ghana by the British is about 900.")
    assert [e for e in found if e.type == "AID" and countries(e.source) == {"GBR"}]


# A state or its ministry protesting is its complaint in words (CAMEO 114, the lexicon's `subject_kinds` variant of
# "protest"); a people, a crowd or a plural subject protests in the street.


@pytest.mark.parametrize("text", [
    "Kenya's foreign ministry protested the remarks by the Ugandan president.",
    "Germany protested the arrest of its journalist in Iran.",
])
def test_state_protest_is_a_complaint(pipeline: Pipeline, text: str) -> None:
    found = [e for e in events(pipeline, text) if e.type in ("ACCUSE", "PROTEST")]
    assert [(e.type, e.cameo) for e in found] == [("ACCUSE", "114")]


@pytest.mark.parametrize("text", [
    "Hundreds of Nigerians protested the fuel price rise in Lagos.",
    "Thousands of Kenyans protested against the new tax in Nairobi.",
    "Students protested outside the Dutch embassy in Manila.",
])
def test_people_protest_in_the_street(pipeline: Pipeline, text: str) -> None:
    assert "PROTEST" in {e.type for e in events(pipeline, text)}


def test_subject_variant_is_no_trigger_of_its_own() -> None:
    lexicon = Lexicon.load()
    assert lexicon.subject_types["PROTEST"].subject_kinds == ("country", "GOV")
    assert all(not rule.subject_kinds for rules in lexicon.verbs.values() for rule, _ in rules)
