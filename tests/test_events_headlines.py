"""A headline leaves out the passive's auxiliary ("Journalist detained in Iran"): its subject is the one acted on
(issue 13, session 27, `nlp.headline_passives`). Every sentence is written for these tests; none comes from an
evaluation set or a real article."""

from __future__ import annotations

from helpers import countries, events, names, of_type

from dragoman.nlp import Parser, repair
from dragoman.pipeline import Pipeline


def test_the_subject_of_a_headline_passive_is_the_one_detained(pipeline: Pipeline) -> None:
    (arrest,) = of_type(events(pipeline, "British reporter detained in Iran"), "COERCE")
    assert countries(arrest.source) == {"IRN"} and countries(arrest.target) == {"GBR"}


def test_a_headline_conviction_is_of_its_subject(pipeline: Pipeline) -> None:
    (verdict,) = of_type(events(pipeline, "Opposition Leader Convicted Of Treason In Uganda"), "ACCUSE")
    assert names(verdict.target) == {"Opposition Leader"} and countries(verdict.source) == {"UGA"}


def test_diplomats_expelled_in_a_headline_are_the_target(pipeline: Pipeline) -> None:
    (expulsion,) = of_type(events(pipeline, "Two Iranian diplomats expelled from the Netherlands"), "SANCTION")
    assert countries(expulsion.target) == {"IRN"}


def test_an_active_verb_with_an_object_shared_with_its_conjunct_stays_active(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "A Nigerian soldier shot and killed two villagers in Borno."), "ASSAULT")
    assert countries(attack.source) == {"NGA"}


def test_only_verbs_that_need_an_object_are_read_as_passives() -> None:
    parser = Parser()
    assert not any(t.dep_ == "nsubjpass" for t in repair(parser.nlp("Protesters marched in Nairobi")))
    assert not any(t.dep_ == "nsubjpass" for t in repair(parser.nlp("Gunmen shot at a police patrol in Kirkuk.")))
    assert [t.text for t in repair(parser.nlp("Teen arrested over stabbing in Leeds")) if t.dep_ == "nsubjpass"] \
        == ["Teen"]
