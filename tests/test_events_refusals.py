"""Refusals, failures and questions (issue 13), on sentences written for these tests: an act someone refused or
failed to do did not happen; a refusal is a rejection (CAMEO 12); a journalist's question is no request."""

from __future__ import annotations

import pytest
from helpers import countries, events

from dragoman.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "Serbia's refusal to withdraw its troops from the border angered Kosovo.",
    "Kosovo condemned Serbia's refusal to withdraw its troops from the border.",
    "Serbia's unwillingness to withdraw its troops from the border worries the EU.",
])
def test_refusal_noun_is_a_rejection(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert not [e for e in found if e.type in ("RETREAT", "CONCEDE") and e.factuality == "asserted"]
    assert [e for e in found if e.type == "REJECT" and countries(e.source) == {"SRB"}]


def test_refused_to_release_is_a_rejection(pipeline: Pipeline) -> None:
    found = events(pipeline, "Venezuela refused to release the detained Guyanese fishermen.")
    assert [e.type for e in found] == ["REJECT"] and countries(found[0].source) == {"VEN"}


def test_failure_to_withdraw_did_not_happen(pipeline: Pipeline) -> None:
    found = events(pipeline, "Serbia's failure to withdraw its troops from the border angered Kosovo.")
    assert not [e for e in found if e.type in ("RETREAT", "REJECT") and e.factuality == "asserted"]


def test_withdrawal_itself_stays_asserted(pipeline: Pipeline) -> None:
    (withdrawal,) = events(pipeline, "Serbia withdrew its troops from the border with Kosovo.")
    assert withdrawal.type == "RETREAT" and withdrawal.factuality == "asserted"


@pytest.mark.parametrize("text", [
    "When asked whether Chile would attend, the Peruvian minister declined to comment.",
    "Asked if Chile would attend the summit, the Peruvian minister declined to comment.",
    "When asked about Chile, the Peruvian minister declined to comment.",
    "Reporters asked the Peruvian minister about Chile's copper exports.",
    "The Peruvian minister declined to comment.",
])
def test_a_question_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e.type in ("REQUEST", "REJECT")]


@pytest.mark.parametrize("text", [
    "Peru asked Chile to release the detained fishermen.",
    "Peru asked Chile for help with the floods.",
    "Peru asked Chile whether it would release the detained fishermen.",
])
def test_asking_a_party_for_something_is_a_request(pipeline: Pipeline, text: str) -> None:
    (request,) = [e for e in events(pipeline, text) if e.type == "REQUEST"]
    assert countries(request.source) == {"PER"} and countries(request.target) == {"CHL"}


@pytest.mark.parametrize("text, mode", [
    ("Azerbaijan did not rule out military action against Armenia.", "violence"),
    ("Azerbaijan would not rule out the use of force against Armenia.", "violence"),
    ("Azerbaijan has not ruled out air strikes on Armenia.", "violence"),
    ("Azerbaijan refused to rule out sanctions against Armenia.", "relations"),
])
def test_not_ruling_out_a_hostile_act_threatens_it(pipeline: Pipeline, text: str, mode: str) -> None:
    (threat,) = events(pipeline, text)
    assert (threat.type, threat.mode, threat.factuality) == ("THREATEN", mode, "asserted")
    assert countries(threat.source) == {"AZE"} and countries(threat.target) == {"ARM"}


@pytest.mark.parametrize("text", [
    "Azerbaijan ruled out military action against Armenia.",
    "Azerbaijan did not rule out early elections.",
])
def test_ruling_out_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e.factuality == "asserted"]


def test_what_would_not_have_happened_is_no_refusal(pipeline: Pipeline) -> None:
    # a counterfactual ("without the leak he would not have resigned") refuses nothing; "will not resign" does
    (counterfactual,) = events(pipeline, "Without the leak, the Iraqi prime minister would not have resigned.")
    assert counterfactual.type == "RETREAT" and counterfactual.factuality != "asserted"
    assert "REJECT" in {e.type for e in events(pipeline, "The Iraqi prime minister will not resign.")}
