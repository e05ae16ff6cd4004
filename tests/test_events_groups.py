"""Common-noun participants (issue 13): noun phrases the agent dictionaries know become group actors that the
event coder can use, on sentences written for these tests."""

from __future__ import annotations

from helpers import extract

from dragoman.knowledge import Knowledge
from dragoman.model import Actor, Event, Extraction
from dragoman.pipeline import Pipeline


def one_event(ex: Extraction, type: str) -> Event:
    (event,) = [e for e in ex.events if e.type == type]
    return event


def group(ex: Extraction, words: str) -> Actor:
    (actor,) = [a for a in ex.actors if a.kind == "group" and words in a.name.lower()]
    return actor


def ids(participants: list) -> set[str]:
    return {p.actor_id for p in participants}


def test_agent_dictionary_gives_a_group_its_sector() -> None:
    knowledge = Knowledge.with_defaults()
    assert knowledge.group_sector(["riot", "police"]) == "COP"
    assert knowledge.group_sector(["lawmakers"]) == "LEG"
    assert knowledge.group_sector(["court"]) == "JUD"
    assert knowledge.group_sector(["teapot"]) is None


def test_a_nationality_makes_the_groups_country(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "Kenyan lawmakers rejected the proposal from Uganda.")
    lawmakers = group(ex, "lawmakers")
    assert (lawmakers.country, lawmakers.country_basis, lawmakers.sector) == ("KEN", "nationality", "LEG")
    assert lawmakers.name == "Kenyan lawmakers"
    reject = one_event(ex, "REJECT")
    assert ids(reject.source) == {lawmakers.id} and ids(reject.target) == {"UGA"}


def test_unnamed_groups_on_both_sides_of_a_crackdown(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "Police arrested three students in Accra.")
    arrest = one_event(ex, "COERCE")
    police, students = group(ex, "police"), group(ex, "students")
    assert ids(arrest.source) == {police.id} and ids(arrest.target) == {students.id}
    # a local group in a crackdown is of the country where it happens
    assert police.country == students.country == "GHA"
    assert [m.text for m in police.mentions] == ["Police"]


def test_the_people_acted_on_before_the_place(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "Soldiers opened fire on villagers near Goma.")
    attack = one_event(ex, "ASSAULT")
    assert ids(attack.target) == {group(ex, "villagers").id}
    assert {p.country for p in attack.target} == {"COD"}


def test_a_named_target_elsewhere_in_the_clause_wins_over_a_group_object(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "Rwanda offered its engineers to Burundi.")
    offer = one_event(ex, "AGREE")
    assert ids(offer.target) == {"BDI"}


def test_the_forces_a_side_moves_are_not_its_target(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "Chad deployed soldiers to the border with Sudan.")
    assert not [e for e in ex.events if e.type == "MOBILIZE" and any(a.startswith("grp-") for a in ids(e.target))]


def test_the_country_of_an_attached_phrase(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "A court in Nairobi sentenced the smugglers to prison.")
    court = group(ex, "court")
    assert (court.country, court.sector) == ("KEN", "JUD")
    assert ids(one_event(ex, "COERCE").source) == {court.id}
    assert not [a for a in ex.actors if a.kind == "group" and a.name == "prison"]  # "to prison" is a place


def test_no_group_for_a_modifier_an_office_holder_or_a_thing_made(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "The spokesman said Peru opened an embassy in Quito. "
                           "The foreign ministers of Chile and Peru met in Lima.")
    assert not [a for a in ex.actors if a.kind == "group" and a.name in ("spokesman", "embassy")]
    meeting = one_event(ex, "CONSULT")
    # the ministers' own modifier names no actor: "of Chile and Peru" gives the participants
    assert {"CHL", "PER"} <= ids(meeting.source) | ids(meeting.target)


def test_two_countries_forces_are_no_one_countrys_group(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "Malian and Nigerien troops attacked the rebels.")
    assert group(ex, "troops").country is None
    attack = one_event(ex, "ASSAULT")
    assert {p.country for p in attack.source} == {"MLI", "NER"}


def test_the_two_sides_are_still_the_previous_participants(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "Lesotho and Botswana held talks in Gaborone. The two sides agreed to open the border.")
    assert not [a for a in ex.actors if a.kind == "group" and "side" in a.name]
    agree = one_event(ex, "AGREE")
    assert {"LSO", "BWA"} <= ids(agree.source) | ids(agree.target)


def test_a_named_target_of_a_planned_act_wins_over_its_group_object(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "Ghana has offered to send engineers to Liberia.")
    offer = one_event(ex, "AGREE")
    assert ids(offer.target) == {"LBR"}


def test_the_ministers_are_the_parties_just_named(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "The foreign ministers of Ghana and Togo met in Lome on Monday. "
                           "The ministers agreed to reopen the border.")
    agree = one_event(ex, "AGREE")
    assert ids(agree.source) | ids(agree.target) == {"GHA", "TGO"}


def test_on_behalf_of_makes_the_represented_party_the_source(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "The ambassador signed the agreement with Japan on behalf of Nepal.")
    (signing,) = [e for e in ex.events if ids(e.target) == {"JPN"}]
    assert ids(signing.source) == {"NPL"}
