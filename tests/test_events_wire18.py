"""Constructions the coder missed (issue 13, session 41, from the tune stories of `bench/events_stories.py` and
sentences written to probe each type): a party turning to another for help, or to ask something of it, appeals to
it; a group the tagger took for a people ("armed the Houthis"); each of joined modifiers names what is sent ("search
and rescue teams"); a credit line extended; common nouns of groups in the streets ("the opposition", "pensioners",
"truckers"); a party's role valued and support stressed, not "the need for support"; a group named as the owner of
an act ("the opposition's petition"); a border's "with" naming the party across it; a saying answered ("dismissed
the announcement") aimed at its speaker in a sentence before. Every sentence is written for these tests; none comes
from an evaluation set, a written row or story, or a real article."""

from __future__ import annotations

from helpers import countries, events, names, of_type

from dragoman.pipeline import Pipeline


def test_turning_to_a_party_for_help_appeals_to_it(pipeline: Pipeline) -> None:
    (appeal,) = of_type(events(pipeline, "Niger turned to Russia for military assistance after the coup."), "REQUEST")
    assert countries(appeal.source) == {"NER"} and countries(appeal.target) == {"RUS"}
    (appeal,) = of_type(events(pipeline, "The opposition said it would turn to the Constitutional Court to demand "
                                         "a recount."), "REQUEST")
    assert names(appeal.target) == {"Constitutional Court"}


def test_turning_to_a_course_or_turning_out_is_no_appeal(pipeline: Pipeline) -> None:
    for text in ("The march through Lima turned to rioting after dark.",
                 "The debate in parliament turned to Iran's nuclear programme.",
                 "The vessel the navy sank turned out to be a Thai fishing trawler."):
        assert not of_type(events(pipeline, text), "REQUEST"), text


def test_a_group_the_tagger_took_for_a_people_is_a_party(pipeline: Pipeline) -> None:
    for text in ("Iran armed the Houthis with anti-ship missiles.",
                 "American warplanes struck the Houthis near Hodeidah."):
        (event,) = [e for e in events(pipeline, text) if e.type in ("AID", "ASSAULT")]
        assert "Houthis" in names(event.target), text


def test_each_of_joined_modifiers_names_what_is_sent(pipeline: Pipeline) -> None:
    (aid,) = of_type(events(pipeline, "Greece sent search and rescue teams to Albania after the quake."), "AID")
    assert countries(aid.source) == {"GRC"} and countries(aid.target) == {"ALB"}


def test_a_credit_line_extended_is_aid(pipeline: Pipeline) -> None:
    (aid,) = of_type(events(pipeline, "China extended a $3 billion credit line to Argentina."), "AID")
    assert countries(aid.target) == {"ARG"}


def test_common_nouns_of_groups_in_the_streets_are_parties(pipeline: Pipeline) -> None:
    for text, group in (("The opposition boycotted the vote on the budget.", "opposition"),
                        ("Pensioners rallied outside the parliament in Lisbon.", "Pensioners"),
                        ("Truckers blockaded the border crossing with Poland.", "Truckers")):
        (protest,) = of_type(events(pipeline, text), "PROTEST")
        assert group in names(protest.source), text


def test_valuing_a_party_s_role_and_stressing_support_for_it_are_support(pipeline: Pipeline) -> None:
    for text, target in (("Jordan appreciated the Egyptian role in the negotiations.", "EGY"),
                         ("Baku valued Ankara's efforts to end the crisis.", "TUR"),
                         ("Rome signalled its support for Tirana.", "ALB"),
                         ("The foreign minister stressed Egypt's support for Sudan.", "SDN")):
        (support,) = of_type(events(pipeline, text), "SUPPORT")
        assert countries(support.target) == {target}, text
    assert not of_type(events(pipeline, "The minister stressed the need for support for farmers."), "SUPPORT")
    assert not of_type(events(pipeline, "The company values its independence."), "SUPPORT")


def test_a_group_named_as_the_owner_of_an_act_is_its_party(pipeline: Pipeline) -> None:
    (refusal,) = of_type(events(pipeline, "The court dismissed the opposition's petition to annul the vote."),
                         "REJECT")
    assert names(refusal.target) == {"opposition"}
    (protest,) = of_type(events(pipeline, "Students marched against the government's decision to raise fees."),
                         "PROTEST")
    assert names(protest.target) == {"government"}


def test_a_border_s_with_names_the_party_across_it(pipeline: Pipeline) -> None:
    for text in ("Belgrade deployed troops along the border with Kosovo.",
                 "Caracas massed soldiers near its frontier with Guyana."):
        (move,) = of_type(events(pipeline, text), "MOBILIZE")
        assert countries(move.target) == {"XKX" if "Kosovo" in text else "GUY"}, text


def test_a_saying_answered_is_the_earlier_speaker_s(pipeline: Pipeline) -> None:
    text = ("Pyongyang announced on Monday that it would launch a spy satellite. Tokyo condemned the announcement as a "
            "violation of UN resolutions.")
    (condemnation,) = of_type(events(pipeline, text), "ACCUSE")
    assert countries(condemnation.source) == {"JPN"} and countries(condemnation.target) == {"PRK"}
    (refusal,) = of_type(events(pipeline, "Nairobi rejected the statement as baseless."), "REJECT")
    assert not refusal.target
