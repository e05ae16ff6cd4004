"""What the text leaves open (issue 13, speculation is not fact): an act in an open question, a feared or weighed
act and one there is "no evidence" of are speculated; an act a party is accused of, or told in "reports that", is a
claim; an act in a condition announces nothing; and a period ("last week", "in the spring") dates an event as a
window, not as the publication day. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import countries, events, extract, names

from dragoman.events.dating import period_window
from dragoman.model import Event, EventDate
from dragoman.pipeline import Pipeline
from dragoman.reports import absorb, copy_event

PUBLISHED = date(2025, 3, 4)  # a Tuesday of ISO week 10


@pytest.mark.parametrize("text, type", [
    ("It is unclear whether the Chinese delegation will meet Taiwanese officials.", "CONSULT"),
    ("The minister would not say whether Canada would send troops to Haiti.", "MOBILIZE"),
    ("Officials will decide next week whether to impose sanctions on Belarus.", "COERCE"),
])
def test_an_act_in_an_open_question_is_speculated_and_announces_nothing(pipeline: Pipeline, text: str,
                                                                        type: str) -> None:
    found = events(pipeline, text)
    assert [e.factuality for e in found if e.type == type] == ["speculated"], text
    # no intention read off it: whether it happens is what is asked
    assert not [e for e in found if e.type in ("AGREE", "THREATEN")], text


@pytest.mark.parametrize("text, type, source, factuality", [
    ("Russia has no intention of attacking NATO.", "ASSAULT", "RUS", "negated"),
    ("Putin has no plans to meet Erdogan.", "CONSULT", "RUS", "negated"),
    ("China does not have any plans to send troops to Russia.", "MOBILIZE", "CHN", "negated"),
    ("Iran has every intention of retaliating against Israel.", "ASSAULT", "IRN", "planned"),
])
def test_an_act_meant_or_meant_by_no_one_is_the_owners_plan_or_denied(pipeline: Pipeline, text: str, type: str,
                                                                       source: str, factuality: str) -> None:
    """The infinitive or "of" gerund of a plan or an intention is the act of whoever has it; "no plans" denies it."""
    (act,) = [e for e in events(pipeline, text) if e.type == type]
    assert countries(act.source) == {source} and act.factuality == factuality, text


@pytest.mark.parametrize("text, type, source", [
    ("Iran dismissed claims that it supplied missiles to the Houthis.", "AID", "IRN"),
    ("Israel denied reports that it struck a hospital in Gaza.", "ASSAULT", "ISR"),
])
def test_an_act_in_an_account_the_party_denies_is_negated_and_theirs(pipeline: Pipeline, text: str, type: str,
                                                                     source: str) -> None:
    """A denied account's act is kept, negated and attributed to the denier, as "denied that it supplied" is."""
    (act,) = [e for e in events(pipeline, text) if e.type == type]
    assert countries(act.source) == {source} and act.factuality == "negated", text
    assert act.evidence[0].attribution, text


def test_an_act_one_party_wants_of_another_has_not_happened(pipeline: Pipeline) -> None:
    """"The US wants Israel to halt its offensive": the halt is wished, neither done nor Israel's plan."""
    found = events(pipeline, "The US wants Israel to halt its offensive in Gaza.")
    assert found and all(e.factuality == "hypothetical" for e in found)


def test_an_event_reports_tell_of_is_not_the_light_verbs(pipeline: Pipeline) -> None:
    """"reports of a summit" tell of a summit, which "had" above them does not hold."""
    found = events(pipeline, "The Kremlin said Putin had no plans to meet Erdogan, dismissing reports of a summit.")
    assert [e.factuality for e in found if e.type == "CONSULT"] == ["negated"]


@pytest.mark.parametrize("text, type, factuality", [
    ("There is no evidence that Turkey attacked the convoy.", "ASSAULT", "speculated"),
    ("Fears that militants could attack the capital grew.", "ASSAULT", "speculated"),
    ("Reports that Russia shelled the town could not be verified.", "ASSAULT", "reported"),
    ("Pakistan is considering expelling Afghan diplomats.", "SANCTION", "speculated"),
    ("The Kenyan president was supposed to meet his Ugandan counterpart on Monday.", "CONSULT", "planned"),
    # what a party hopes, seeks or stands poised to do, and talks set or expected to go on, are to come
    ("Israel is poised to strike Iran's nuclear facilities.", "ASSAULT", "planned"),
    ("Azerbaijan seeks to normalize ties with Armenia.", "SUPPORT", "planned"),
    ("Pakistan hopes to hold talks with China.", "CONSULT", "planned"),
    ("Talks between Iran and the US are set to resume next week.", "CONSULT", "planned"),
    ("Talks between Russia and Ukraine are expected to continue.", "CONSULT", "expected"),
    # a fact told in a "that" clause stays a fact, and weighing one act does not make the next one uncertain
    ("The fact that Russia attacked the port angered Kyiv.", "ASSAULT", "asserted"),
    ("The court considered the appeal and convicted the former minister.", "ACCUSE", "asserted"),
])
def test_an_account_a_possibility_or_a_plan_is_no_fact(pipeline: Pipeline, text: str, type: str,
                                                     factuality: str) -> None:
    assert [e.factuality for e in events(pipeline, text) if e.type == type] == [factuality], text


def test_an_act_in_a_plain_future_is_still_planned(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Chinese delegation will meet Taiwanese officials on Friday.")
    assert [e.factuality for e in found if e.type == "CONSULT"] == ["planned"]


@pytest.mark.parametrize("text, accuser, accused", [
    ("The Philippine coast guard accused China of ramming its vessel on March 2.", "Philippine coast guard", "China"),
    ("Prosecutors allege that the militia attacked the village.", "Prosecutors", "militia"),
])
def test_an_act_a_party_is_accused_of_is_the_accusers_claim(pipeline: Pipeline, text: str, accuser: str,
                                                           accused: str) -> None:
    found = events(pipeline, text)
    (act,) = [e for e in found if e.type == "ASSAULT"]
    assert act.factuality == "reported" and act.attribution == [accuser]
    assert accused in names(act.source)
    (accusation,) = [e for e in found if e.type == "ACCUSE"]
    assert accusation.factuality == "asserted"


def test_an_act_in_a_condition_is_no_threat_of_the_one_it_is_feared_from(pipeline: Pipeline) -> None:
    found = events(pipeline, "If Serbia attacks Kosovo, NATO will respond.")
    assert [e.factuality for e in found if e.type == "ASSAULT"] == ["hypothetical"]
    assert not [e for e in found if e.type == "THREATEN"]
    # the conditional threat of the one who states it stays
    found = events(pipeline, "Iran said it would attack Israel if the strikes continued.")
    assert [names(e.source) for e in found if e.type == "THREATEN"] == [{"Iran"}]


@pytest.mark.parametrize("value, window", [
    ("2025-W09", ("day", "2025-02-24", "2025-03-02")),
    ("2025-W10-WE", ("day", "2025-03-08", "2025-03-09")),
    ("2020-W53", ("day", "2020-12-28", "2021-01-03")),
    ("2025-Q1", ("month", "2025-01", "2025-03")),
    ("2023-H2", ("month", "2023-07", "2023-12")),
    ("2019-SU", ("month", "2019-06", "2019-08")),
    ("2024-WI", ("month", "2024-12", "2025-02")),
    ("199", ("year", "1990", "1999")),
    ("2025-W53", None), ("2025-03", None), ("2025", None), ("PRESENT_REF", None), ("20", None),
])
def test_a_period_is_a_window_of_days_months_or_years(value: str, window: tuple[str, str, str] | None) -> None:
    assert period_window(value) == window


@pytest.mark.parametrize("text, start, end, precision", [
    ("Rebels attacked an army convoy near Goma last week.", "2025-02-24", "2025-03-02", "day"),
    ("Police arrested dozens of protesters in Lima this weekend.", "2025-03-08", "2025-03-09", "day"),
    ("Russia could launch a new offensive in the spring, analysts said.", "2025-03", "2025-05", "month"),
])
def test_an_event_dated_by_a_period_is_dated_by_its_window(pipeline: Pipeline, text: str, start: str, end: str,
                                                           precision: str) -> None:
    (event,) = extract(pipeline, text, PUBLISHED).events
    assert (event.date.start, event.date.end, event.date.precision, event.date.basis) == (start, end, precision,
                                                                                         "text")
    assert event.claims == []  # a window bounds the event; it claims no start or end to dispute


def test_a_period_sets_no_narrative_time(pipeline: Pipeline) -> None:
    # "in the 1990s" dates its own clause; the next sentence's arrest is not dated by it
    text = "The militia attacked the town in the 1990s. Police arrested three militia members."
    dates = {e.type: e.date for e in extract(pipeline, text, PUBLISHED).events}
    assert dates["ASSAULT"].start == "1990" and dates["ASSAULT"].basis == "text"
    assert dates["COERCE"].basis == "publication"


def test_a_date_after_until_is_an_end_not_the_events_date(pipeline: Pipeline) -> None:
    (postponed,) = extract(pipeline, "Peru postponed talks with Bolivia until next year.", PUBLISHED).events
    assert postponed.date.basis == "publication"
    # a range's end keeps its place
    text = "The Kenyan president will visit Ethiopia from July 23 until July 26."
    (visit,) = [e for e in extract(pipeline, text, PUBLISHED).events if e.mode == "visit"]
    assert (visit.date.start, visit.date.end, visit.date.basis) == ("2025-07-23", "2025-07-26", "text")


def test_a_date_inside_a_window_wins_over_the_window() -> None:
    week = Event(id="a", type="ASSAULT", date=EventDate("2025-02-24", "2025-02-24", "2025-03-02", "day", "text"))
    friday = Event(id="b", type="ASSAULT", date=EventDate("2025-02-28", "2025-02-28", None, "day", "text"))
    for first, second in ((week, friday), (friday, week)):
        merged = copy_event(first)
        absorb(merged, second)
        assert (merged.date.start, merged.date.end) == ("2025-02-28", None)


def test_a_stated_range_keeps_its_end_beside_a_date_inside_it(pipeline: Pipeline) -> None:
    # "from March 3 to 6" claims an end; "arrived on March 3" does not take it away
    text = ("The Kenyan president will visit Ethiopia from March 10 to 13, his office said. "
            "The Kenyan president will arrive in Ethiopia on March 11, the Ethiopian foreign ministry said.")
    visits = [e for e in extract(pipeline, text, PUBLISHED).events if e.mode == "visit"]
    assert any(e.date.end == "2025-03-13" for e in visits)


@pytest.mark.parametrize("text", [
    "Protesters tried to storm the parliament in Athens on Thursday.",
    "Iraqi forces attempted to seize the oil fields of Kirkuk.",
    "Nigerian riot police were deployed in Lagos to break up the opposition rally.",
])
def test_an_act_tried_or_meant_is_planned_not_done(pipeline: Pipeline, text: str) -> None:
    # an attempt or a purpose tells what a party set out to do, not that it was done
    acts = [e for e in events(pipeline, text) if e.type in ("ASSAULT", "COERCE")]
    assert acts and all(e.factuality == "planned" for e in acts)


@pytest.mark.parametrize(("text", "event_type"), [
    ("The Security Council said it will not lift the sanctions imposed on Iraq after its invasion of Kuwait.",
     "COERCE"),
    ("Investigators are thought to have found the rifle that killed the Iraqi diplomat in Amman.", "ASSAULT"),
])
def test_a_relative_clause_is_no_plan_or_guess_of_the_clause_above(pipeline: Pipeline, text: str,
                                                                   event_type: str) -> None:
    # the sanctions were imposed and the diplomat killed, whatever the sentence plans or supposes about the rest
    found = [e for e in events(pipeline, text) if e.type == event_type]
    assert found and all(e.factuality in ("asserted", "reported") for e in found)


@pytest.mark.parametrize("text", [
    "Israel should withdraw its troops from Gaza.",
    "Israel needs to withdraw its troops from Gaza.",
    "Israel has to withdraw its troops from Gaza.",
])
def test_an_act_required_is_not_done(pipeline: Pipeline, text: str) -> None:
    (withdrawal,) = events(pipeline, text)
    assert withdrawal.factuality == "hypothetical"


def test_an_act_one_had_to_do_was_done(pipeline: Pipeline) -> None:
    (withdrawal,) = events(pipeline, "Israel had to withdraw its troops from Gaza.")
    assert withdrawal.factuality == "asserted"


def test_what_a_stopped_text_says_never_took_effect(pipeline: Pipeline) -> None:
    """"blocked an EU statement condemning Russia", "vetoed a resolution that condemned ...": the condemnation was
    never made; an adopted resolution's is."""
    for text in ("Hungary blocked an EU statement condemning Russia.",
                 "Russia vetoed a Security Council resolution that condemned North Korea.",
                 "A resolution condemning Israel was rejected by the assembly."):
        (condemnation,) = [e for e in events(pipeline, text) if e.type == "ACCUSE"]
        assert condemnation.factuality == "hypothetical", text
    (adopted,) = events(pipeline, "The council adopted a resolution condemning Israel.")
    assert adopted.factuality == "asserted"


def test_a_foiled_plot_did_not_happen_and_is_its_owners(pipeline: Pipeline) -> None:
    """"foiled a Russian plot to assassinate Zelensky": the assassination is negated and Russia's, not the foiler's;
    a plot or an attempt told alone is planned."""
    for text, owner in (("Ukraine's security service said it had foiled a Russian plot to assassinate Zelensky.",
                         {"RUS"}),
                        ("Police foiled an attempt to assassinate the president.", set()),
                        ("Iran's plot to kill a dissident in New York was foiled by the FBI.", {"IRN"})):
        (killing,) = [e for e in events(pipeline, text) if e.type == "ASSAULT"]
        assert killing.factuality == "negated" and countries(killing.source) == owner, text
    for text in ("Iran plotted to kill a dissident in New York.",
                 "The gang leader was convicted of conspiring to kill a rival."):
        (killing,) = [e for e in events(pipeline, text) if e.type == "ASSAULT"]
        assert killing.factuality == "planned", text
