"""Vocabulary of the types with the lowest recall (issue 13): AID, SUPPORT, YIELD (CONCEDE and RETREAT) and
REJECT, from the PLOVER 2021 roots and the CAMEO codes they map from (05, 07, 08, 12), on sentences written for
these tests; and the general-news senses of the same words, which are no events."""

from __future__ import annotations

import pytest
from helpers import coded, events

from dragoman.pipeline import Pipeline


@pytest.mark.parametrize("text, expected", [
    # a donor of aid to a party or in a place, said of the giver (CAMEO 070)
    ("Germany remains the largest donor of humanitarian assistance to Yemen.", ("AID", "DEU", "YEM")),
    ("Japan is the biggest donor of development aid in Cambodia.", ("AID", "JPN", "KHM")),
    ("Norway became a major donor to the Palestinian Authority.", ("AID", "NOR", "PSE")),
    # money pledged or committed to a party
    ("Saudi Arabia pledged $500 million for Yemen.", ("AID", "SAU", "YEM")),
    ("Britain pledged 100 million pounds to Sudan.", ("AID", "GBR", "SDN")),
    # peacekeepers serving in a place (CAMEO 074)
    ("Bangladeshi troops serving in Mali as peacekeepers were attacked.", ("AID", "BGD", "MLI")),
    # aid arriving where it was sent is its delivery, not a visit
    ("Humanitarian aid from Turkey arrived in Syria.", ("AID", "TUR", "SYR")),
])
def test_aid(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(pipeline, text)


def test_arriving_aid_is_no_visit(pipeline: Pipeline) -> None:
    assert "CONSULT" not in {t for t, _, _ in coded(pipeline, "Humanitarian aid from Turkey arrived in Syria.")}


@pytest.mark.parametrize("text", [
    "He was a donor of a kidney to his brother.",
    "She became an organ donor after the accident.",
    "He is a major donor to the Republican campaign.",
])
def test_donors_of_another_kind(pipeline: Pipeline, text: str) -> None:
    assert "AID" not in {t for t, _, _ in coded(pipeline, text)}


@pytest.mark.parametrize("text, expected", [
    # property given back (CAMEO 0842)
    ("Thailand restituted the temple carvings to Cambodia.", ("RETREAT", "THA", "KHM")),
    ("France handed back the looted artefacts to Benin.", ("RETREAT", "FRA", "BEN")),
    # a person put back in office (CAMEO 084)
    ("The Nigerien president reinstated Ahmed Mohamed as prime minister.", ("RETREAT", "NER", "NER")),
    # a coercive legal measure undone (CAMEO 081)
    ("The Egyptian court quashed the conviction of the Qatari journalist.", ("CONCEDE", "EGY", "QAT")),
    ("Belarus commuted the death sentence of the German national.", ("CONCEDE", "BLR", "DEU")),
    # aid let into a place (CAMEO 0863)
    ("Israel allowed aid into Gaza.", ("RETREAT", "ISR", "PSE")),
    # amnesty granted (CAMEO 0841)
    ("Myanmar granted amnesty to 2,000 prisoners.", ("RETREAT", "MMR", "")),
    # a military presence scaled back (CAMEO 087)
    ("Russia scaled back its military presence in Syria.", ("RETREAT", "RUS", "SYR")),
])
def test_yield(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "Bahrain reinstated the ban on public gatherings.",
    "The parliament voted to reinstate the death penalty.",
    "He returned home on Friday.",
    "The Chelsea defender conceded a late goal to Arsenal.",
    "The bonds yield 4 percent.",
])
def test_reinstated_measures_and_homecomings_yield_nothing(pipeline: Pipeline, text: str) -> None:
    assert not {t for t, _, _ in coded(pipeline, text)} & {"CONCEDE", "RETREAT"}


@pytest.mark.parametrize("text, expected", [
    # upholding a party's sovereignty or security (CAMEO 051)
    ("China reaffirmed its commitment to Cambodia's sovereignty.", ("SUPPORT", "CHN", "KHM")),
    ("Germany confirmed its commitment to Lithuania's security.", ("SUPPORT", "DEU", "LTU")),
    ("Russia respects Kazakhstan's territorial integrity.", ("SUPPORT", "RUS", "KAZ")),
    # praise heaped on a party, recognition extended to a state (CAMEO 051, 054)
    ("France heaped praise on Morocco's reforms.", ("SUPPORT", "FRA", "MAR")),
    ("Egypt extended diplomatic recognition to South Sudan.", ("SUPPORT", "EGY", "SSD")),
])
def test_support(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(pipeline, text)


def test_a_commitment_to_shareholders_is_no_support(pipeline: Pipeline) -> None:
    assert "SUPPORT" not in {t for t, _, _ in coded(pipeline, "The company reaffirmed its commitment to shareholders.")}


@pytest.mark.parametrize("text, expected", [
    # ruling out a concession or talks (CAMEO 120, 125)
    ("Ukraine ruled out any territorial concessions to Russia.", ("REJECT", "UKR", "RUS")),
    ("Syria ruled out talks with Turkey.", ("REJECT", "SYR", "TUR")),
    # permission not given is withheld (CAMEO 124)
    ("Israel did not allow aid into Gaza.", ("REJECT", "ISR", "PSE")),
    # recognition withheld
    ("Spain does not recognize Kosovo.", ("REJECT", "ESP", "XKX")),
    ("Serbia did not recognize Kosovo's independence.", ("REJECT", "SRB", "XKX")),
])
def test_reject(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(pipeline, text)


def test_withheld_permission_is_asserted(pipeline: Pipeline) -> None:
    """The negation is the refusal: the event happened, and no concession is coded beside it."""
    found = events(pipeline, "The Kenyan authorities did not give permission for the opposition rally in Nairobi.")
    assert [(e.type, e.cameo, e.factuality) for e in found] == [("REJECT", "124", "asserted")]


@pytest.mark.parametrize("text", [
    "He did not recognize the man in the photo.",
    "Israel did not withdraw its troops from Gaza.",
])
def test_other_negated_acts_are_no_refusal(pipeline: Pipeline, text: str) -> None:
    assert "REJECT" not in {t for t, _, _ in coded(pipeline, text)}


def test_ruling_out_force_stays_no_rejection(pipeline: Pipeline) -> None:
    assert "REJECT" not in {t for t, _, _ in coded(pipeline, "France ruled out military action against Mali.")}


@pytest.mark.parametrize("text, expected", [
    ("The Israeli prime minister would not be welcome in Turkey, Ankara said.", ("REJECT", "TUR", "ISR")),
    ("Turkey said the Israeli prime minister is no longer welcome in Ankara.", ("REJECT", "TUR", "ISR")),
    ("The Kremlin said the British envoy was unwelcome.", ("REJECT", "RUS", "GBR")),
    ("Iran said lifting the sanctions is out of the question.", ("REJECT", "IRN", "")),
])
def test_refusal_said_in_a_predicate(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "The minister said the delegation was welcome in Cairo.",
    "Kenya said the question of the border was settled.",
])
def test_welcome_and_questions_of_another_kind(pipeline: Pipeline, text: str) -> None:
    assert "REJECT" not in {t for t, _, _ in coded(pipeline, text)}


def test_a_seller_is_no_donor(pipeline: Pipeline) -> None:
    text = "Russia remains the largest provider of natural gas to Germany."
    assert "AID" not in {t for t, _, _ in coded(pipeline, text)}
