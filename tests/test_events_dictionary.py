"""The CAMEO verb dictionary beside the lexicon: verbs the lexicon does not know, CAMEO -> PLOVER, and the limits
that keep the dictionary from coding every verb of a general news story."""

from __future__ import annotations

import pytest
from helpers import events

from dragoman.events import EventCoder
from dragoman.events.dictionary import CameoDictionary, plover_of
from dragoman.pipeline import Pipeline


@pytest.fixture(scope="module")
def lexicon_only(pipeline: Pipeline) -> Pipeline:
    bare = Pipeline(pipeline.parser)
    bare.coder = EventCoder(pipeline.coder.lexicon, pipeline.coder.gazetteer, dictionary=False)
    return bare


def test_cameo_codes_map_to_plover_types() -> None:
    assert (plover_of("173").type, plover_of("173").mode) == ("COERCE", "arrest")
    assert plover_of("0874").type == "RETREAT"
    assert plover_of("1712").type == "ASSAULT"  # destroying property is an assault in the 2021 table
    assert plover_of("0213").type == "REQUEST"  # appeals (02x) are requests, as demands (10x) are
    assert plover_of("010") is None  # a public statement is no PLOVER event
    assert plover_of("08799") is not None and plover_of("08799").type == "RETREAT"  # longest listed prefix


def test_dictionary_codes_a_verb_the_lexicon_does_not_know(pipeline: Pipeline, lexicon_only: Pipeline) -> None:
    text = "The Chilean navy intercepted a Peruvian fishing vessel off Arica."
    assert not events(lexicon_only, text)
    (seized,) = events(pipeline, text)
    assert seized.type == "COERCE" and seized.cameo.startswith("171")
    assert [p.country for p in seized.source] == ["CHL"] and [p.country for p in seized.target] == ["PER"]


def test_dictionary_needs_a_source_and_a_target(pipeline: Pipeline) -> None:
    # PETRARCH's own condition: a dictionary verb between no two actors codes nothing.
    assert not events(pipeline, "The vessel was intercepted at dawn.")


def test_pattern_refines_the_verb_code(pipeline: Pipeline) -> None:
    words = "Lithuania petitioned the Latvian court for a retrial of the fishermen ."
    doc = pipeline.parser.nlp(words)
    (trigger,) = CameoDictionary().triggers(list(doc), set())
    assert trigger.word.text == "petitioned" and trigger.rule.cameo == "0213" and trigger.rule.type == "REQUEST"


def test_speech_verbs_and_frames_are_left_to_the_lexicon(pipeline: Pipeline) -> None:
    # "said" is not coded from the words of its content clause; "decided" does not swallow the act it frames.
    said = events(pipeline, "Peru said it would pull its troops out of Ecuador.")
    assert all(e.evidence[0].trigger != "said" for e in said)
    allowed = events(pipeline, "The Bolivian court decided to allow opposition leader Ana Rojas to run for office.")
    assert "CONCEDE" in {e.type for e in allowed}
