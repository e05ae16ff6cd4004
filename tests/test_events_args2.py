"""Participants read wrong in wire-style prose (issue 13), each fixed by a general rule: forces of no nationality in a
state body's report. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events, names

from dragoman.pipeline import Pipeline


def coded(pipeline: Pipeline, text: str) -> list[tuple[str, set[str], set[str]]]:
    return [(e.type, names(e.source), names(e.target)) for e in events(pipeline, text)]


@pytest.mark.parametrize("text, role, code", [
    ("The Belarusian Defence Ministry said air defences shot down four drones over the Gomel region.", "source", "BLR"),
    # the troops fended the attack off: its target, the gunmen its source
    ("The Serbian Interior Ministry said troops repelled an attack by Kosovo gunmen near the border.", "target", "SRB"),
])
def test_forces_of_no_nationality_in_a_state_bodys_report_are_its_countrys(pipeline: Pipeline, text: str,
                                                                           role: str, code: str) -> None:
    found = coded(pipeline, text)
    assault = [c for c in found if c[0] == "ASSAULT"]
    assert assault and all(c[1] for c in assault), found
    assert {p.country for e in events(pipeline, text) if e.type == "ASSAULT" for p in getattr(e, role)} == {code}, \
        found


@pytest.mark.parametrize("text, receiver, sender", [
    ("Lavrov conveyed the greetings of President Tokayev to Prime Minister Modi.", "Modi", "Tokayev"),
    ("The envoy conveyed the greetings of King Abdullah to President Macron.", "Macron", "Abdullah"),
])
def test_a_message_goes_to_its_to_party_not_to_the_one_whose_it_is(pipeline: Pipeline, text: str, receiver: str,
                                                                   sender: str) -> None:
    found = coded(pipeline, text)
    assert found and all(not any(sender in n for n in c[2]) for c in found), found
    assert any(receiver in n for c in found for n in c[2]), found


@pytest.mark.parametrize("text, acting, group", [
    ("Ankara has long accused the Gulen movement of plotting. Turkey banned the group in 2016.", "Turkey", "Gulen"),
    ("Berlin has watched Hezbollah for years. Germany outlawed the organization in 2020.", "Germany", "Hezbollah"),
])
def test_the_group_refers_to_the_organization_named_last(pipeline: Pipeline, text: str, acting: str,
                                                         group: str) -> None:
    found = [c for c in coded(pipeline, text) if c[1] == {acting} and c[0] in ("COERCE", "SANCTION")]
    assert found and all(acting not in c[2] for c in found), coded(pipeline, text)
    assert all(any(group in n for n in c[2]) for c in found), coded(pipeline, text)


@pytest.mark.parametrize("text, threatened", [
    ("The insurgents warned they would attack government troops if the army did not withdraw.", "government"),
    ("Hezbollah warned it would strike Israeli cities if the bombing went on.", "Israel"),
])
def test_a_threats_target_is_the_target_of_the_act_threatened(pipeline: Pipeline, text: str,
                                                              threatened: str) -> None:
    found = [c for c in coded(pipeline, text) if c[0] == "THREATEN"]
    assert found and any(threatened in n for c in found for n in c[2]), coded(pipeline, text)


def test_the_one_asked_is_the_object_pronoun_not_the_party_of_the_infinitive(pipeline: Pipeline) -> None:
    text = ("Foreign Minister Wang Yi met Olaf Scholz in Berlin on Tuesday. Scholz urged him to press Moscow for a "
            "ceasefire.")
    found = [c for c in coded(pipeline, text) if c[0] == "REQUEST"]
    assert found and all(c[2] == {"Wang Yi"} for c in found), coded(pipeline, text)


def test_them_accused_in_a_participle_are_the_ones_the_main_clause_acted_on(pipeline: Pipeline) -> None:
    text = "Canada sanctioned four Hamas officials on Friday, accusing them of funding attacks on civilians."
    found = [c for c in coded(pipeline, text) if c[0] == "ACCUSE"]
    assert found and all(c[2] == {"Hamas"} for c in found), coded(pipeline, text)
