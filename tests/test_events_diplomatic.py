"""The routine of diplomatic wire copy (issue 13, news nobody here has read): hosting a counterpart, courtesy calls,
calls and messages *to* someone, a written message received, and a protest lodged in words. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from helpers import events, names

from dragoman.pipeline import Pipeline


def coded(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, set[str], set[str]]]:
    return [(e.type, e.mode, names(e.source), names(e.target)) for e in events(pipeline, text)]


@pytest.mark.parametrize("text, host, guest", [
    ("Turkish President Recep Tayyip Erdogan hosted his Azerbaijani counterpart Ilham Aliyev in Ankara.",
     "Erdogan", "Aliyev"),
    ("The Emir of Qatar hosted the visiting Iranian foreign minister in Doha on Sunday.", "Qatar", "Iran"),
])
def test_a_host_receives_the_guests_visit(pipeline: Pipeline, text: str, host: str, guest: str) -> None:
    visits = [(s, t) for type, mode, s, t in coded(pipeline, text) if (type, mode) == ("CONSULT", "visit")]
    assert any(any(guest in n for n in s) and any(host in n for n in t) for s, t in visits), coded(pipeline, text)


def test_a_courtesy_call_is_a_visit_to_the_one_called_on(pipeline: Pipeline) -> None:
    text = "The Malaysian prime minister paid a courtesy call on Indonesian President Joko Widodo in Jakarta."
    assert ("CONSULT", "visit", {"Malaysia"}, {"Joko Widodo"}) in coded(pipeline, text), coded(pipeline, text)


@pytest.mark.parametrize("text, caller, called", [
    ("Egyptian Foreign Minister Sameh Shoukry made a phone call to his Jordanian counterpart Ayman Safadi.",
     "Sameh Shoukry", "Ayman Safadi"),
    ("The Kenyan president placed a telephone call to the Ugandan leader on Friday.", "Kenya", "Uganda"),
])
def test_a_call_made_to_someone_is_with_them(pipeline: Pipeline, text: str, caller: str, called: str) -> None:
    calls = [(s, t) for type, mode, s, t in coded(pipeline, text) if (type, mode) == ("CONSULT", "phone")]
    assert any(caller in s and called in t for s, t in calls), coded(pipeline, text)


def test_a_message_received_is_no_visit(pipeline: Pipeline) -> None:
    text = "The Qatari emir received a written message from the Iraqi prime minister."
    assert not [c for c in coded(pipeline, text) if c[1] == "visit"], coded(pipeline, text)


def test_a_protest_lodged_by_a_government_is_no_demonstration(pipeline: Pipeline) -> None:
    text = "The Iranian foreign ministry summoned the British charge d'affaires to protest against the remarks."
    assert not [c for c in coded(pipeline, text) if c[0] == "PROTEST"], coded(pipeline, text)
    # people protesting in the street still demonstrate
    text = "Thousands of students protested against the fee increase in Santiago on Thursday."
    assert [c for c in coded(pipeline, text) if c[0] == "PROTEST"]


@pytest.mark.parametrize("text, actor, posting", [
    ("Ethiopia recalled its ambassador to Somalia after a dispute over a port deal.", "Ethiopia", "Somalia"),
    ("Peru recalled its envoy to Mexico on Tuesday.", "Peru", "Mexico"),
    ("Algeria recalled its ambassador in Paris for consultations.", "Algeria", "France"),
    ("France withdrew its diplomats from Niger.", "France", "Niger"),
])
def test_what_a_state_does_to_its_own_envoys_is_aimed_at_their_posting(pipeline: Pipeline, text: str, actor: str,
                                                                       posting: str) -> None:
    found = [(s, t) for type, _, s, t in coded(pipeline, text) if type == "SANCTION"]
    assert (({actor}, {posting}) in found), coded(pipeline, text)
    assert not [t for _, t in found if any("ambassador" in n or "envoy" in n or "diplomat" in n for n in t)]


def test_a_message_received_from_a_party_is_that_partys_message(pipeline: Pipeline) -> None:
    text = "Kuwait's Crown Prince received a written message from the Saudi King on Sunday."
    assert ("CONSULT", None, {"Saudi Arabia"}, {"Kuwait"}) in coded(pipeline, text), coded(pipeline, text)
    private = "Smith said he got a letter from his bank last week."
    assert not [c for c in coded(pipeline, private) if c[0] == "CONSULT"], coded(pipeline, private)


@pytest.mark.parametrize("text, speaker, judged", [
    ("China said the US sanctions were illegal and unilateral.", "China", "United States"),
    ("The Chinese embassy said the remarks by the British foreign secretary were groundless.", "Chinese embassy",
     "United Kingdom"),
    ("China described the British foreign secretary's remarks as irresponsible.", "China", "United Kingdom"),
    ("Moscow labelled the Ukrainian strike a terrorist act.", "Russia", "Ukraine"),
])
def test_a_partys_words_or_acts_judged_bad_in_words_is_criticism(pipeline: Pipeline, text: str, speaker: str,
                                                                  judged: str) -> None:
    assert ("ACCUSE", "disapprove", {speaker}, {judged}) in coded(pipeline, text), coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "Police said the weather was awful.",
    "Assistant chief fire officer Peter Guest described the building as a total loss.",
    "The coach described the team's performance as terrible.",
    "China said the talks with Australia were constructive.",
])
def test_judgements_of_no_partys_conduct_are_no_events(pipeline: Pipeline, text: str) -> None:
    assert not [c for c in coded(pipeline, text) if c[0] == "ACCUSE"], coded(pipeline, text)
