"""Constructions of English that place an event's participants or choose its type, written for these tests (issue
13, generalization: mechanisms, not sentences of the evaluation pools)."""

from __future__ import annotations

from helpers import countries, events

from dragoman.model import Event
from dragoman.pipeline import Pipeline


def of_type(pipeline: Pipeline, text: str, type: str) -> list[Event]:
    return [e for e in events(pipeline, text) if e.type == type]


def names(participants: list) -> set[str]:
    return {p.name for p in participants}


# -- commands: "X ordered Y to close ..." is X's sanction or coercion of Y --------------------------------------------

def test_a_commanded_sanction_is_the_commanders(pipeline: Pipeline) -> None:
    (closure,) = of_type(pipeline, "Moscow ordered Britain to close its consulate in Yekaterinburg.", "SANCTION")
    assert countries(closure.source) == {"RUS"} and countries(closure.target) == {"GBR"}


def test_a_commanded_restriction_targets_the_one_commanded(pipeline: Pipeline) -> None:
    (suspension,) = of_type(pipeline, "The junta forced the independent radio station to suspend its broadcasts.",
                            "COERCE")
    assert names(suspension.source) == {"junta"} and "radio station" in names(suspension.target)


def test_forces_commanded_are_the_commanders_hands(pipeline: Pipeline) -> None:
    """Its own forces carry out the order: the target is whom they act on, not they."""
    (closure,) = of_type(pipeline, "Erdogan ordered the army to close the border with Syria.", "SANCTION")
    assert countries(closure.source) == {"TUR"} and countries(closure.target) == {"SYR"}
    (dispersal,) = of_type(pipeline, "The interior minister ordered police to disperse the protesters.", "COERCE")
    assert names(dispersal.target) == {"protesters"}


def test_an_act_decided_is_no_command(pipeline: Pipeline) -> None:
    (closure,) = of_type(pipeline, "Turkey decided to close its border with Syria.", "SANCTION")
    assert countries(closure.source) == {"TUR"} and countries(closure.target) == {"SYR"}


# -- a failed agreement is between the sides named together -----------------------------------------------------------

def test_a_failed_agreement_is_between_the_sides_named_together(pipeline: Pipeline) -> None:
    for text in ("Greece and Turkey failed to reach agreement on maritime borders.",
                 "Greek and Turkish negotiators failed to reach a deal on the islands after two days of talks."):
        (no_deal,) = of_type(pipeline, text, "REJECT")
        assert countries(no_deal.source) == {"GRC"} and countries(no_deal.target) == {"TUR"}, text


def test_a_failed_agreement_with_a_partner_keeps_it(pipeline: Pipeline) -> None:
    (no_deal,) = of_type(pipeline, "Ethiopia failed to reach a deal with Egypt on the dam.", "REJECT")
    assert countries(no_deal.source) == {"ETH"} and countries(no_deal.target) == {"EGY"}


# -- pressure put on a party is a demand; calling a party out is censure -----------------------------------------------

def test_pressure_put_on_a_party_is_a_demand(pipeline: Pipeline) -> None:
    for text in ("Washington increased pressure on Tehran over its missile program.",
                 "Berlin put pressure on Israel to halt settlement construction.",
                 "The EU has ramped up the pressure on Minsk."):
        (demand,) = of_type(pipeline, text, "REQUEST")
        assert demand.source and demand.target, text
        assert not of_type(pipeline, text, "COOPERATE"), text


def test_pressure_on_no_party_is_no_event(pipeline: Pipeline) -> None:
    for text in ("The central bank's decision put pressure on the pound.",
                 "High inflation increased the pressure on households.",
                 "Deadly strikes on civilians raised pressure on Israel to halt hostilities."):  # by no party
        assert not of_type(pipeline, text, "REQUEST"), text


def test_calling_a_party_out_is_censure(pipeline: Pipeline) -> None:
    (censure,) = of_type(pipeline, "The senator called out Beijing for its treatment of the Uighurs.", "ACCUSE")
    assert countries(censure.target) == {"CHN"}
    assert not of_type(pipeline, "The senator called out Beijing for its treatment of the Uighurs.", "REQUEST")
    (censure,) = of_type(pipeline, "Erdogan took aim at Greece over the migrant crisis.", "ACCUSE")
    assert countries(censure.source) == {"TUR"} and countries(censure.target) == {"GRC"}


def test_calling_out_troops_is_a_mobilization(pipeline: Pipeline) -> None:
    assert {e.type for e in events(pipeline, "The governor called out the National Guard.")} == {"MOBILIZE"}


# -- idioms of threat in a speaker's words ----------------------------------------------------------------------------

def test_idioms_of_threat_are_the_speakers_threats(pipeline: Pipeline) -> None:
    for text, speaker, threatened in (
            ("Iran said Israel would pay a heavy price for the attack.", "IRN", "ISR"),
            ("Tehran said Washington would face serious consequences.", "IRN", "USA"),
            ("The Kremlin said Kyiv will regret the decision.", "RUS", "UKR")):
        kinds = {e.type for e in events(pipeline, text)}
        (threat,) = of_type(pipeline, text, "THREATEN")
        assert countries(threat.source) == {speaker} and countries(threat.target) == {threatened}, text
        assert kinds == {"THREATEN"}, text  # "will regret" is no censure


def test_a_price_paid_or_a_challenge_faced_is_no_threat(pipeline: Pipeline) -> None:
    for text in ("The minister said Greece paid a heavy price during the debt crisis.",
                 "The president said the country would face difficult challenges.",
                 "The newspaper said Egypt will pay $2 billion - a price that includes interest.",
                 "Hezbollah said the assassination would not go unpunished."):  # no party threatened
        assert not of_type(pipeline, text, "THREATEN"), text


# -- a light verb after its event noun, as a participle with its agent -----------------------------------------------

def test_a_light_verb_participle_governs_its_event_noun(pipeline: Pipeline) -> None:
    for text, type, source, target in (
            ("The sanctions imposed by Canada on Iran are harsh.", "COERCE", "CAN", "IRN"),
            ("The aid provided by Japan to Ukraine arrived on Monday.", "AID", "JPN", "UKR"),
            ("The talks held by Qatar with the Taliban ended without agreement.", "CONSULT", "QAT", "AFG")):
        (event,) = of_type(pipeline, text, type)
        assert countries(event.source) == {source} and countries(event.target) == {target}, text


def test_an_event_noun_with_its_participle_and_no_party_acted_on_is_no_event(pipeline: Pipeline) -> None:
    """Only the censure: the sanctions are named, aimed at no party the sentence names."""
    assert {e.type for e in events(pipeline, "Iran condemned the sanctions imposed by Canada.")} == {"ACCUSE"}


def test_encouraging_a_party_to_act_is_an_appeal(pipeline: Pipeline) -> None:
    (appeal,) = of_type(pipeline, "The IMF prodded Pakistan to raise taxes.", "REQUEST")
    assert countries(appeal.target) == {"PAK"}
    (appeal,) = of_type(pipeline, "Berlin encouraged Serbia and Kosovo to resume their dialogue.", "REQUEST")
    assert countries(appeal.source) == {"DEU"} and countries(appeal.target) == {"SRB", "XKX"}
    # the dialogue is what they are encouraged to resume, not talks that took place
    assert not of_type(pipeline, "Berlin encouraged Serbia and Kosovo to resume their dialogue.", "CONSULT")
    assert not events(pipeline, "The minister encouraged foreign investment in the energy sector.")


# -- a promise to back a party is backing expressed, as "pledged support for X" is ------------------------------------

def test_a_promise_to_back_a_party_is_support(pipeline: Pipeline) -> None:
    for text in ("Kenya vowed to back Somalia in its border dispute.",
                 "The Ghanaian army reaffirmed its commitment to support the national police.",
                 "Brazil promised to support Bolivia at the summit."):
        found = events(pipeline, text)
        assert [(e.type, e.factuality) for e in found] == [("SUPPORT", "asserted")], text
        assert found[0].source and found[0].target, text


def test_a_promise_of_another_act_stays_a_promise(pipeline: Pipeline) -> None:
    (pledge,) = of_type(pipeline, "Qatar pledged to send food aid to Sudan.", "AGREE")
    assert countries(pledge.target) == {"SDN"}
    assert not of_type(pipeline, "Qatar pledged to send food aid to Sudan.", "SUPPORT")
    assert [e.type for e in events(pipeline, "Peru refused to back Chile's claim.")] == ["REJECT"]


# -- a text's act: what a bill "would" do is not done, and is done by whoever wrote or adopted the bill ---------------

def test_what_a_bill_would_do_is_hypothetical_and_its_authors(pipeline: Pipeline) -> None:
    text = "The Senate passed a bill that would impose sanctions on Russia."
    (sanctions,) = of_type(pipeline, text, "COERCE")
    assert sanctions.factuality == "hypothetical"
    assert countries(sanctions.source) == {"USA"} and countries(sanctions.target) == {"RUS"}
    (threat,) = of_type(pipeline, text, "THREATEN")  # the authors' stated intent, as "said it would impose"
    assert countries(threat.source) == {"USA"} and threat.factuality == "asserted"
    (embargo,) = of_type(pipeline, "Britain tabled a resolution that would impose an arms embargo on Sudan.", "COERCE")
    assert countries(embargo.source) == {"GBR"} and embargo.factuality == "hypothetical"


def test_a_text_someone_else_wrote_or_one_that_failed_is_not_theirs(pipeline: Pipeline) -> None:
    found = events(pipeline, "Russia vetoed a resolution that would have condemned Syria.")
    (condemnation,) = [e for e in found if e.type == "ACCUSE"]
    assert not condemnation.source and condemnation.factuality == "hypothetical"  # vetoing writes nothing
    assert not [e for e in found if e.type in ("AGREE", "THREATEN")]  # "would have": no intent left
