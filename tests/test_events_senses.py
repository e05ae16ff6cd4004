"""Senses chosen by the domain (issue 13, "fewer false events"), on sentences written for these tests: the words of
political events in a sentence about a game, a show or a trade, a product brought out and a weapon test-fired are no
event; the political and criminal senses of the same words, beside the same domain words, stay events. Visits,
meetings, calls, thanks, promises and rescues between private people are no events; the same acts with a government,
a country, an official or an aid agency stay events, and so does violence between private people."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import events, types

from dragoman.events.senses import Senses
from dragoman.events.triggers import Lexicon
from dragoman.pipeline import Pipeline


def test_a_fight_in_the_ring_is_no_attack(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Klitschko bombed Thompson with a vicious right hand in the fifth round of the bout.")
    assert not events(pipeline, "The champion blasted a sluggish challenger in Mannheim, Germany, to retain his "
                                "heavyweight titles.")
    assert not events(pipeline, "The striker attacked the Liverpool defence again and again in the second half "
                                "of the match.")
    assert "ASSAULT" in types(pipeline, "Rebels attacked an army post near the football stadium in Goma.")


def test_a_club_and_its_players_make_no_deals_between_parties(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Boston Red Sox offered free-agent first baseman Mark Teixeira an eight-year "
                                "contract.")
    assert not events(pipeline, "The coach led his players to a win over the Hawks in the playoffs.")
    assert not events(pipeline, "Drake, which defeated Bradley in the play-in round of the tournament, fell to 15-17.")
    assert "AGREE" in types(pipeline, "Russia offered Iran a new round of talks on its nuclear program.")


def test_crime_beside_the_game_stays_an_event(pipeline: Pipeline) -> None:
    found = types(pipeline, "Police arrested the former heavyweight champion Riddick Bowe after he beat his wife.")
    assert "COERCE" in found
    assert "ACCUSE" in types(pipeline, "The quarterback was charged with murder by prosecutors in Boston.")


def test_a_company_and_its_products(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Apple unveiled a new laptop at its developer conference in San Francisco.")
    assert not events(pipeline, "The airline suspended flights to Bangkok after the storm.")
    assert not events(pipeline, "Shares of the chipmaker rose after it agreed to acquire its rival.")
    # A state suspends flights as a sanction; a government unveils a plan; rockets launched at a town are an attack.
    assert "SANCTION" in types(pipeline, "Russia suspended flights to Georgia after the arrest of four Russian "
                                         "officers.")
    assert "ASSAULT" in types(pipeline, "Militants launched rockets at the Israeli town of Sderot.")


def test_a_weapon_tested_is_not_fired_at_anyone(pipeline: Pipeline) -> None:
    assert "ASSAULT" not in types(pipeline, "North Korea test-fired two ballistic missiles into the sea on Thursday.")
    assert "ASSAULT" not in types(pipeline, "The navy fired a cruise missile in a test off the coast of California.")
    assert "ASSAULT" in types(pipeline, "North Korea fired artillery shells at a South Korean island on Tuesday.")


def test_acts_between_private_people_are_no_events(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Mark Reilly visited his grandmother Rose Reilly at her home in Ohio.")
    assert not events(pipeline, "After the accident, John Miller met with his doctor, Susan Park.")
    assert not events(pipeline, "Anna Kowalski made several phone calls to her sister Maria Kowalski.")
    assert not events(pipeline, "Maria Lopez thanked her husband David Lopez for his support.")
    assert not events(pipeline, "Jane Doe promised her friend Sam Green that she would keep the secret.")
    assert not events(pipeline, "The climbers tried to rescue their friend Tom Baker as he fell ill on the glacier.")
    assert not events(pipeline, "The singer Tara Reid asked her fans to respect her family's privacy.")
    assert not events(pipeline, "Tom Baker begged his neighbour Sam Green for help.")


def test_the_same_acts_with_a_political_party_stay_events(pipeline: Pipeline) -> None:
    assert "CONSULT" in types(pipeline, "Foreign Minister Sergei Lavrov visited Beijing on Tuesday.")
    assert "REQUEST" in types(pipeline, "The opposition asked the government to release the prisoners.")
    assert "CONSULT" in types(pipeline, "Prime Minister Theresa May visited the hospital on Tuesday.")
    assert "CONSULT" in types(pipeline, "Bill Gates met Chinese President Xi Jinping in Beijing.")
    assert "SUPPORT" in types(pipeline, "The mayor of Boston thanked the firefighters for their work.")
    assert "AID" in types(pipeline, "Apple donated $5 million to the government's relief fund for the flood victims.")
    assert "AID" in types(pipeline, "Oxfam sent food aid to Yemen.")
    assert "AID" in types(pipeline, "The Red Cross delivered food and medicine to Syria.")
    # an institution named by its place is its country's (CAMEO codes it so: IRQEDU)
    assert "AID" in types(pipeline, "Doctors delivered medicine and blankets to Mosul University Hospital.")


def test_violence_between_private_people_stays_an_event(pipeline: Pipeline) -> None:
    assert "ASSAULT" in types(pipeline, "John Miller shot his neighbour Peter Jones after an argument.")


def test_the_senses_section_is_data_a_user_extends(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text('[senses]\npolitical = ["junta"]\nprivate_types = ["REJECT"]\nprivate_sectors = ["REL"]\n\n'
                     '[senses.domains]\nchess = ["grandmaster", "checkmate"]\n')
    senses = Lexicon.load([extra]).senses
    assert "junta" in senses.political and "police" in senses.political
    assert {"REJECT", "CONSULT"} <= senses.private_types and {"REL", "BUS"} <= senses.private_sectors
    assert senses.domains["chess"] == frozenset({"grandmaster", "checkmate"})
    assert "sports" in senses.domains


def test_a_bad_senses_section_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"mine.toml: \[senses\] colour: unknown key"):
        Senses.from_tables([("mine.toml", {"colour": ["red"]})])
    with pytest.raises(ValueError, match=r"\[senses\] types: not a PLOVER type: fight"):
        Senses.from_tables([("mine.toml", {"types": ["fight"]})])
    with pytest.raises(ValueError, match=r"\[senses\] private_types: not a PLOVER type: chat"):
        Senses.from_tables([("mine.toml", {"private_types": ["chat"]})])
    with pytest.raises(ValueError, match=r"\[senses\] domains: expected a table"):
        Senses.from_tables([("mine.toml", {"domains": ["chess"]})])
