"""Mechanisms that let the lexicon and the CAMEO dictionary reach a construction rather than one more word: a
spelling the dictionary does not list, verbs of an act's course over any event noun, a named party's act with its
complement, a decision's subject as the object undone, and an agreement broken by any verb of undoing.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import coded, events

from dragoman.events.dictionary import CameoDictionary
from dragoman.pipeline import Pipeline


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Bolivia canceled its order for Brazilian fighter jets .", "canceled", "160"),
    ("Gunmen kidnaped two Kenyan engineers near Mandera .", "kidnaped", "181"),
])
def test_dictionary_finds_a_spelling_it_does_not_list(pipeline: Pipeline, text: str, word: str, code: str) -> None:
    # CAMEO.2.0 lists CANCELLED and KIDNAPPED only; the American spelling is found through the base form
    triggers = CameoDictionary().triggers(list(pipeline.parser.nlp(text)), set())
    assert [(t.word.text, t.rule.cameo) for t in triggers] == [(word, code)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt boosted its aid to Sudan.", ("AID", "EGY", "SDN")),
    ("Japan increased its assistance to the Philippines.", ("AID", "JPN", "PHL")),
    ("Germany continued its support for Ukraine.", ("SUPPORT", "DEU", "UKR")),
])
def test_verbs_of_course_and_degree_carry_the_noun_event(pipeline: Pipeline, text: str,
                                                         expected: tuple[str, str, str]) -> None:
    assert expected in coded(pipeline, text)


def test_verbs_of_course_need_an_event_noun(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The company continued its search for a new chief executive.")
    assert not events(pipeline, "Prices increased sharply in Lagos last month.")


def test_a_named_party_s_act_with_its_complement_is_an_event(pipeline: Pipeline) -> None:
    refusal = events(pipeline, "Cuba's refusal to engage with the Colombian government angered Washington.")
    assert any(e.type == "REJECT" and [p.country for p in e.source] == ["CUB"] for e in refusal)
    demand = events(pipeline, "Kenya's demand for compensation from Uganda was rejected.")
    assert any(e.type == "REQUEST" and [p.country for p in e.source] == ["KEN"] for e in demand)


def test_an_act_with_no_owner_or_no_complement_is_not(pipeline: Pipeline) -> None:
    assert not any(e.type == "REJECT" for e in events(pipeline, "The refusal to comment surprised reporters."))
    assert not any(e.type == "REJECT" for e in events(pipeline, "Moldova's refusal was expected."))
    # a state, not an act: "relations with", "plans to"
    assert not events(pipeline, "Samsung's relations with its Taiwanese suppliers go back decades.")
    assert not events(pipeline, "Greece's plans to cut pensions worried investors.")


def test_a_decision_s_subject_is_what_is_undone(pipeline: Pipeline) -> None:
    text = "A court in Quito revoked the decision on the detention of former minister Ricardo Patino."
    (revoked,) = [e for e in events(pipeline, text) if e.type == "CONCEDE"]
    assert revoked.cameo == "081" and [p.name for p in revoked.target] == ["Ricardo Patino"]


@pytest.mark.parametrize("text", [
    "Venezuela terminated its gas agreement with Colombia.",
    "The new Ecuadorian government annulled the fishing accord with Peru.",
    "Washington tore up the nuclear deal with Tehran.",
])
def test_any_verb_of_undoing_breaks_an_agreement(pipeline: Pipeline, text: str) -> None:
    assert "REJECT" in {e.type for e in events(pipeline, text)}


def test_undoing_a_measure_is_no_broken_agreement(pipeline: Pipeline) -> None:
    kinds = {e.type for e in events(pipeline, "Jordan revoked the ban on Syrian imports.")}
    assert "REJECT" not in kinds


@pytest.mark.parametrize(("text", "target"), [
    ("Several European countries have called for sanctions against Moscow over the poisoning.", "RUS"),
    ("Amnesty International urged the prosecution of Syrian officers responsible for the massacre.", "SYR"),
    ("Human rights groups demanded an investigation into Egyptian police conduct.", None),
])
def test_a_demand_to_investigate_or_punish_a_party_accuses_it(pipeline: Pipeline, text: str,
                                                               target: str | None) -> None:
    (accused,) = [e for e in events(pipeline, text) if e.type in ("ACCUSE", "REQUEST")]
    assert accused.type == "ACCUSE"
    if target is not None:
        assert [p.country for p in accused.target] == [target]


def test_a_demand_aimed_at_no_one_stays_a_request(pipeline: Pipeline) -> None:
    assert "ACCUSE" not in {e.type for e in events(pipeline, "Kenyan opposition leaders called for an inquiry.")}
    assert ("REQUEST", "IRN", "SAU") in coded(pipeline, "Iran called for talks with Saudi Arabia.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian President Vladimir Putin called Turkish President Recep Tayyip Erdogan to congratulate him on his "
     "re-election.", ("SUPPORT", "RUS", "TUR")),
    ("French President Emmanuel Macron held a phone call with Ukrainian President Volodymyr Zelensky to express "
     "support for Kyiv.", ("SUPPORT", "FRA", "UKR")),
])
def test_what_a_phone_call_was_for_is_the_event(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text)
    assert expected in found
    assert not any(kind == "CONSULT" for kind, _, _ in found)


def test_a_call_to_talk_or_a_visit_stays_a_consultation(pipeline: Pipeline) -> None:
    assert ("CONSULT", "RUS", "TUR") in coded(pipeline, "Russian President Vladimir Putin called Turkish President "
                                                        "Recep Tayyip Erdogan to discuss the war in Syria.")
    visit = coded(pipeline, "Polish President Andrzej Duda visited Kyiv to express support for Ukraine.")
    assert any(kind == "CONSULT" for kind, _, _ in visit)
