"""Vocabulary gaps (issue 13), each as a class, on sentences written for these tests: regular forms of lexicon verbs
spaCy's lemmatizer does not know, harassment and intimidation by forces, a state's weapon test as a show of force,
and exchanges of fire as events; with the senses of the same words that are no event."""

from __future__ import annotations

from helpers import events

from dragoman.events.triggers import Lexicon, regular_inflections
from dragoman.pipeline import Pipeline


def types(pipeline: Pipeline, text: str) -> set[str]:
    return {e.type for e in events(pipeline, text)}


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
