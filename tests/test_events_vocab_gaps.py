"""Vocabulary gaps (issue 13), each as a class, on sentences written for these tests: regular forms of lexicon verbs
spaCy's lemmatizer does not know, harassment and intimidation by forces, a state's weapon test as a show of force,
and exchanges of fire as events; with the senses of the same words that are no event."""

from __future__ import annotations

from helpers import events, types

from dragoman.events.triggers import Lexicon, regular_inflections
from dragoman.pipeline import Pipeline


def test_regular_inflections_double_a_final_consonant_and_drop_a_silent_e() -> None:
    assert {"unbanned", "unbanning", "unbans"} <= regular_inflections("unban")
    assert regular_inflections("deny") == {"denies", "denied", "denying"}
    assert {"deplored", "deploring", "deplores"} <= regular_inflections("deplore")
    assert "freeing" in regular_inflections("free") and "tying" in regular_inflections("tie")


def test_a_form_that_is_a_head_word_itself_keeps_its_own_entries() -> None:
    lexicon = Lexicon.load()
    assert lexicon.verb_forms["unbanned"] == "unban"
    assert not set(lexicon.verb_forms) & lexicon.head_words


def test_verbs_the_lemmatizer_misreads_still_trigger(pipeline: Pipeline) -> None:
    # spaCy lemmatizes "unbanned" and "unbanning" as "unbanne"
    assert "CONCEDE" in types(pipeline, "Hungary unbanned the opposition party on Monday.")
    assert "CONCEDE" in types(pipeline, "The government is unbanning the newspaper, the ministry said.")
    assert "CONCEDE" in types(pipeline, "The court unbanned the newspaper after a year.")


def test_harassment_and_intimidation_of_people_is_coercion(pipeline: Pipeline) -> None:
    assert "COERCE" in types(pipeline, "Police harassed journalists in Minsk.")
    assert "COERCE" in types(pipeline, "Security forces intimidated opposition supporters before the vote.")
    assert "COERCE" in types(pipeline, "Chinese coast guard vessels harassed Philippine fishing boats near the shoal.")
    assert "COERCE" in types(pipeline, "Activists faced harassment from the police in Minsk.")


def test_sexual_harassment_and_intimidating_a_state_are_no_coercion(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The manager sexually harassed two employees, the lawsuit says.")
    assert not events(pipeline, "She faced sexual harassment from her boss at the bank.")
    assert types(pipeline, "China's drills are meant to intimidate Taiwan.") == {"THREATEN"}


def test_a_states_weapon_test_is_a_show_of_force(pipeline: Pipeline) -> None:
    assert types(pipeline, "Iran test-fired a ballistic missile on Sunday.") == {"MOBILIZE"}
    assert types(pipeline, "Pyongyang said it test-fired a new intercontinental ballistic missile.") == {"MOBILIZE"}
    assert types(pipeline, "The Indian navy fired a missile in a test off Odisha.") == {"MOBILIZE"}
    assert types(pipeline, "Russia fired a missile at Kyiv on Sunday.") == {"ASSAULT"}


def test_a_companys_test_firing_is_no_event(pipeline: Pipeline) -> None:
    assert not events(pipeline, "SpaceX test-fired the engine of its Starship rocket in Texas.")
    assert not events(pipeline, "Rocket Lab test-fired a rocket in New Zealand.")


def test_exchanges_of_fire_are_attacks(pipeline: Pipeline) -> None:
    assert "ASSAULT" in types(pipeline, "There was an exchange of fire between Indian and Pakistani troops in Kashmir.")
    assert "ASSAULT" in types(pipeline, "A shootout between police and gang members left three dead in Lagos.")
    assert "ASSAULT" in types(pipeline, "Police and gunmen engaged in a shootout in Karachi.")
    assert "ASSAULT" in types(pipeline, "Syrian and Turkish troops traded fire near the border.")
    assert "ASSAULT" in types(pipeline, "Troops skirmished with rebels near Goma.")


def test_other_exchanges_and_a_penalty_shootout_are_no_attack(pipeline: Pipeline) -> None:
    assert "ASSAULT" not in types(pipeline, "There was an exchange of prisoners between Russia and Ukraine.")
    assert not events(pipeline, "The two leaders had an exchange of views on trade.")
    assert not events(pipeline, "Brazil lost the penalty shootout against Croatia in the quarter-final.")
