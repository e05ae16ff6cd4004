"""reports.py: the pure event functions the store relies on. `event_id` is written into databases, so its value is
pinned byte for byte: a change here would orphan every stored event id."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import extract

from dragoman.clean import segment
from dragoman.model import Actor, Event, EventDate, Location, Mention, Participant
from dragoman.pipeline import Pipeline, actor_kinds
from dragoman.reports import absorb, event_id, names_the_unnamed, same_event, voices_the_state


def _event(type: str, mode: str | None, source: list[str], target: list[str], date: EventDate) -> Event:
    return Event(id="", type=type, mode=mode, source=[Participant(a, a) for a in source],
                 target=[Participant(a, a) for a in target], date=date)


def test_event_id_is_pinned_byte_for_byte() -> None:
    visit = _event("CONSULT", "visit", ["act-b", "act-a"], ["act-c"], EventDate("2024-07-23", "2024-07-23"))
    assert event_id(visit) == "ev-6ad9ad8e9e67"
    undated_start = _event("AGREE", None, ["act-x"], [], EventDate(value="2024"))
    assert event_id(undated_start) == "ev-9f8d8de5448f"
    assert event_id(_event("ASSAULT", None, [], [], EventDate())) == "ev-f04677be0009"


def test_event_id_ignores_participant_order_and_wording() -> None:
    a = _event("CONSULT", "visit", ["act-a", "act-b"], ["act-c"], EventDate("2024-07-23", "2024-07-23"))
    b = _event("CONSULT", "visit", ["act-b", "act-a"], ["act-c"], EventDate("2024-07-23", "2024-07-23", text="x"))
    assert event_id(a) == event_id(b)


def test_importing_the_store_does_not_load_spacy() -> None:
    code = "import sys, dragoman.store; assert 'spacy' not in sys.modules, [m for m in sys.modules if 'spacy' in m]"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_within_a_sentence_a_mode_one_verb_leaves_out_is_no_disagreement() -> None:
    day = EventDate("2024-07-23", "2024-07-23", basis="text")
    killed = _event("ASSAULT", None, ["police"], ["man"], day)
    shot = Event(**{**_event("ASSAULT", "firearms", ["police"], ["man"], day).__dict__, "cameo": "193"})
    assert not same_event(killed, shot)  # in two sentences, or two articles: two acts may be told
    assert same_event(killed, shot, any_mode=True) and same_event(shot, killed, any_mode=True)
    absorb(killed, shot)
    assert (killed.mode, killed.cameo) == ("firearms", "193")  # the more specific report says how
    assert not same_event(_event("ASSAULT", "firearms", ["police"], ["man"], day),
                          _event("ASSAULT", "beat", ["police"], ["man"], day), any_mode=True)


def test_a_visit_and_the_talks_held_during_it_stay_two_events() -> None:
    day = EventDate("2024-07-23", "2024-07-23", basis="text")
    assert not same_event(_event("CONSULT", "visit", ["blr"], ["prk"], day),
                          _event("CONSULT", None, ["blr"], ["prk"], day), any_mode=True)


def test_an_act_the_other_way_round_is_another_act_unless_the_type_is_told_either_way() -> None:
    day = EventDate("2024-07-23", "2024-07-23", basis="text")
    assert not same_event(_event("ACCUSE", "disapprove", ["fra"], ["mli"], day),
                          _event("ACCUSE", "disapprove", ["mli"], ["fra"], day))  # accused each other: two acts
    assert same_event(_event("ACCUSE", "disapprove", ["fra"], [], day),
                      _event("ACCUSE", "disapprove", ["fra"], ["mli"], day))  # one names the target, one not
    assert same_event(_event("ACCUSE", "disapprove", ["jeffs"], [], day),  # "Jeffs convicted": a role misread
                      _event("ACCUSE", "disapprove", ["usa"], ["jeffs"], day))
    assert same_event(_event("CONSULT", None, ["fra"], ["mli"], day), _event("CONSULT", None, ["mli"], ["fra"], day))


def test_a_verdict_is_another_act_than_the_charges_it_ends() -> None:
    day = EventDate("2024-07-23", "2024-07-23", basis="text")

    def accuse(cameo: str, mode: str) -> Event:
        return Event(**{**_event("ACCUSE", mode, [], ["jeffs"], day).__dict__, "cameo": cameo})

    convicted, found_guilty = accuse("116", "disapprove"), accuse("116", "disapprove")
    assert same_event(convicted, found_guilty)
    assert not same_event(convicted, accuse("114", "disapprove"))  # "authorities brought charges against Jeffs"
    assert not same_event(accuse("112", "disapprove"), convicted)  # "Jeffs was accused of ..."


def test_reports_placing_the_act_apart_are_two_events() -> None:
    day = EventDate("2024-07-23", "2024-07-23", basis="text")

    def protest(place: Location | None) -> Event:
        return Event(**{**_event("PROTEST", "demo", ["unions"], ["grc"], day).__dict__, "location": place})

    athens = Location("Athens", "GRC", 37.98, 23.73)
    thessaloniki = Location("Thessaloniki", "GRC", 40.64, 22.94)
    piraeus = Location("Piraeus", "GRC", 37.94, 23.65)
    assert not same_event(protest(athens), protest(thessaloniki))  # rallies in two cities, as ACLED codes them
    assert same_event(protest(athens), protest(piraeus))  # a port and its city: one place within 50 km
    assert not same_event(protest(athens), protest(Location("Nicosia", "CYP")))
    assert same_event(protest(athens), protest(Location("Greece", "GRC")))  # a country holds its cities
    assert same_event(protest(athens), protest(None))  # a report that names no place is no evidence against


def test_an_act_told_of_unnamed_people_joins_the_one_report_that_names_them(pipeline: Pipeline) -> None:
    text = ("A man was arrested on Tuesday over the arson attack on the town hall of Lyon.\n\n"
            "Police said Jean Dupont, 34, was arrested at his home on Tuesday.")
    arrests = [e for e in extract(pipeline, text).events if e.type == "COERCE"]
    assert len(arrests) == 1 and len(arrests[0].evidence) == 2
    assert [p.name for p in arrests[0].target] == ["Jean Dupont"]  # "a man" was Jean Dupont


def test_unnamed_people_stay_apart_when_the_article_names_two_candidates(pipeline: Pipeline) -> None:
    text = ("A man was arrested on Tuesday over the arson attack on the town hall of Lyon.\n\n"
            "Police said Jean Dupont, 34, was arrested at his home. Paul Martin, 51, was arrested at his office on "
            "Tuesday.")
    arrests = [e for e in extract(pipeline, text).events if e.type == "COERCE"]
    assert sorted(p.name for e in arrests for p in e.target) == ["Jean Dupont", "Paul Martin", "man"]


def test_only_a_noun_of_one_person_in_the_singular_is_an_individual(pipeline: Pipeline) -> None:
    text = "The driver, the community and two women saw a man."
    parsed = next(pipeline.parser.parse_many([(text, segment(text))]))

    def group(word: str) -> Actor:
        start = text.index(word)
        return Actor("grp-" + word, word, "group", mentions=[Mention("t", start, start + len(word), word)])

    kinds = actor_kinds([group("driver"), group("community"), group("women"), group("man"),
                         Actor("person-x", "X", "person")], parsed)
    assert kinds == {"grp-driver": "individual", "grp-community": "group", "grp-women": "group",
                     "grp-man": "individual", "person-x": "person"}


def test_naming_the_unnamed_needs_the_same_act_and_person_for_people() -> None:
    day = EventDate("2024-07-23", "2024-07-23", basis="text")
    kinds = {"grp-man": "individual", "per-a": "person", "org-b": "organization", "police": "group",
             "grp-youth": "group", "per-c": "person"}
    unnamed = _event("COERCE", "arrest", [], ["grp-man"], day)
    assert names_the_unnamed(unnamed, _event("COERCE", "arrest", ["police"], ["per-a"], day), kinds)
    assert not names_the_unnamed(unnamed, _event("COERCE", "arrest", [], ["org-b"], day), kinds)
    assert not names_the_unnamed(unnamed, _event("ACCUSE", None, [], ["per-a"], day), kinds)
    other_day = EventDate("2024-07-20", "2024-07-20", basis="text")
    assert not names_the_unnamed(unnamed, _event("COERCE", "arrest", [], ["per-a"], other_day), kinds)
    assert not names_the_unnamed(unnamed, _event("COERCE", "arrest", [], ["grp-man"], day), kinds)  # nothing named
    assert not names_the_unnamed(unnamed, _event("COERCE", "arrest", [], ["per-a", "per-c"], day), kinds)
    youths = _event("ASSAULT", None, ["grp-youth"], [], day)  # "youths hurled petrol bombs": a crowd, not one person
    assert not names_the_unnamed(youths, _event("ASSAULT", None, ["per-a"], [], day), kinds)


@pytest.mark.parametrize("text", [
    "Police said the gunman shot and killed a guard outside the bank on Tuesday.",
    "The guard was shot and killed by the gunman on Tuesday, police said.",
])
def test_two_verbs_of_one_act_in_a_sentence_are_one_event(pipeline: Pipeline, text: str) -> None:
    (event,) = [e for e in extract(pipeline, text).events if e.type == "ASSAULT"]
    assert event.mode == "firearms" and len(event.evidence) == 2


def test_the_same_pair_in_two_sentences_with_and_without_a_mode_stays_two_events(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "Israeli forces killed three Palestinians in Gaza on Tuesday. Israeli forces shot "
                           "two Palestinians in Jenin on Tuesday.")
    assert len([e for e in ex.events if e.type == "ASSAULT"]) == 2


def test_a_states_statement_told_of_the_state_and_of_its_ministry_is_one_event(pipeline: Pipeline) -> None:
    text = ("Egypt strongly condemned the bombing of a mosque in Mogadishu on Friday.\n\n"
            "In a statement, the Egyptian Foreign Ministry expressed its strong condemnation of the terrorist attack.")
    (condemnation,) = [e for e in extract(pipeline, text).events if e.type == "ACCUSE"]
    assert [p.name for p in condemnation.source] == ["Egypt", "Egyptian Foreign Ministry"]
    assert len(condemnation.evidence) == 2


def test_a_ministrys_statement_on_another_matter_stays_apart(pipeline: Pipeline) -> None:
    text = ("Egypt strongly condemned the bombing of a mosque in Mogadishu on Friday.\n\n"
            "The Egyptian Foreign Ministry also condemned Israel's raid on Jenin.")
    condemnations = [e for e in extract(pipeline, text).events if e.type == "ACCUSE"]
    assert len(condemnations) == 2


def test_voicing_the_state_needs_a_country_its_own_body_and_one_act_in_words() -> None:
    day = EventDate("2024-07-23", "2024-07-23", basis="text")
    kinds = {"EGY": "country", "org-mfa": "organization", "grp-egy-force": "group", "org-firm": "organization",
             "ISR": "country", "SOM": "country"}
    voices = {"org-mfa": "EGY", "grp-egy-force": "EGY"}

    def said(source: str, target: list[str], type: str = "ACCUSE", factuality: str = "asserted",
             date: EventDate = day) -> Event:
        event = _event(type, "disapprove" if type == "ACCUSE" else None, [source], target, date)
        event.source[0].country = "EGY" if source in ("EGY", "org-mfa", "grp-egy-force", "org-firm") else None
        event.factuality = factuality  # type: ignore[assignment]
        return event

    assert voices_the_state(said("EGY", ["SOM"]), said("org-mfa", []), kinds, voices)
    assert voices_the_state(said("EGY", ["SOM"]), said("org-mfa", ["SOM"], factuality="reported"), kinds, voices)
    assert not voices_the_state(said("EGY", ["SOM"]), said("org-mfa", ["ISR"]), kinds, voices)  # another matter
    assert not voices_the_state(said("EGY", []), said("org-firm", []), kinds, voices)  # a firm is not the state
    assert not voices_the_state(said("org-mfa", []), said("org-mfa", []), kinds, voices)  # no country told of
    assert not voices_the_state(said("EGY", []), said("org-mfa", [], factuality="planned"), kinds, voices)
    other_day = EventDate("2024-07-20", "2024-07-20", basis="text")
    assert not voices_the_state(said("EGY", []), said("org-mfa", [], date=other_day), kinds, voices)
    # attacks, arrests and aid of one state are often several in one story: only acts done in words join
    assert not voices_the_state(said("EGY", [], "ASSAULT"), said("grp-egy-force", [], "ASSAULT"), kinds, voices)
