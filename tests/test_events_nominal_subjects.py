"""Event nouns whose sense or parties come from their own phrase (issue 13): a strike on a country is an attack and a
strike over pay a walkout; "talks between X and Y ended", "X's arrest by Y sparked protests"; "came under attack
from X". Sentences written for these tests."""

from __future__ import annotations

from helpers import countries, events

from dragoman.pipeline import Pipeline


def test_a_strike_on_a_party_is_an_attack(pipeline: Pipeline) -> None:
    for text, source, target in (("The United States launched strikes on Syria on Friday.", "USA", "SYR"),
                                 ("Russia launched missile strikes against Kyiv.", "RUS", "UKR"),
                                 ("Israel carried out retaliatory strikes on Hezbollah.", "ISR", "LBN")):
        (attack,) = events(pipeline, text)
        assert attack.type == "ASSAULT", text
        assert countries(attack.source) == {source} and countries(attack.target) == {target}, text


def test_a_labour_strike_stays_a_walkout(pipeline: Pipeline) -> None:
    for text in ("Teachers in Kenya staged a strike over pay.", "Dock workers in France went on strike on Monday.",
                 "The union called a strike against the government."):
        assert [e.type for e in events(pipeline, text)] == ["PROTEST"], text


def test_coming_under_attack_receives_it(pipeline: Pipeline) -> None:
    for text in ("The Ukrainian positions came under attack from Russian forces.",
                 "The Ukrainian positions came under fire from Russian forces."):
        (attack,) = events(pipeline, text)
        assert attack.type == "ASSAULT", text
        assert countries(attack.source) == {"RUS"} and countries(attack.target) == {"UKR"}, text


def test_coming_under_what_is_no_event_stays_none(pipeline: Pipeline) -> None:
    assert events(pipeline, "The team came under new management.") == []


def test_an_event_noun_subject_with_both_sides_between(pipeline: Pipeline) -> None:
    for text, type, sides in (("Talks between Russia and Ukraine ended without agreement.", "CONSULT", {"RUS", "UKR"}),
                              ("Fighting between Armenia and Azerbaijan intensified on Tuesday.", "ASSAULT",
                               {"ARM", "AZE"})):
        (event,) = events(pipeline, text)
        assert event.type == type, text
        assert countries(event.source) | countries(event.target) == sides, text


def test_a_possessor_beside_a_by_agent_is_acted_on(pipeline: Pipeline) -> None:
    (arrest,) = [e for e in events(pipeline, "Navalny's arrest by Russian police sparked protests.")
                 if e.type == "COERCE"]
    assert {p.name for p in arrest.source} == {"Russian police"} and {p.name for p in arrest.target} == {"Navalny"}


def test_an_event_noun_subject_without_its_parties_is_no_event(pipeline: Pipeline) -> None:
    for text in ("The talks ended.", "The war continued.", "The fighting for workers' rights continued."):
        assert events(pipeline, text) == [], text


def test_the_guest_hosted_is_the_visitor_active_and_passive(pipeline: Pipeline) -> None:
    for text in ("Qatar hosted the Saudi delegation.", "The Saudi delegation was hosted by Qatar."):
        (visit,) = events(pipeline, text)
        assert visit.type == "CONSULT", text
        assert countries(visit.source) == {"SAU"} and countries(visit.target) == {"QAT"}, text


def test_hosting_talks_about_a_party_keeps_the_host_as_source(pipeline: Pipeline) -> None:
    (talks,) = events(pipeline, "Qatar hosted talks on Gaza.")
    assert countries(talks.source) == {"QAT"}


def test_a_state_noun_subject_is_no_act(pipeline: Pipeline) -> None:
    assert events(pipeline, "Relations between China and the United States continued to worsen.") == []
    assert "SUPPORT" not in {e.type for e in events(pipeline, "The agreement between Israel and Egypt ended the war.")}
