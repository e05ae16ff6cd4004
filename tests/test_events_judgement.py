"""Name-calling: "called X a puppet" blames, "called the deal a success" praises, "called him the best-known
source" says neither (events/senses.py `judgement`, the `insults` list of the lexicon's [senses])."""

from __future__ import annotations

import pytest
from helpers import coded, extract

from dragoman.events.senses import Senses, judgement
from dragoman.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "Russia called the new sanctions illegitimate.",
    "The Kremlin called the accusations baseless and absurd.",
    "China called the visit a serious provocation.",
    "Iran's foreign minister called the American envoy a liar.",
    "The opposition leader called the president a dictator.",
])
def test_a_bad_name_is_an_accusation(pipeline: Pipeline, text: str) -> None:
    assert ("ACCUSE", "111") in {(e.type, e.cameo) for e in extract(pipeline, text).events}


@pytest.mark.parametrize("text", [
    "Turkish President Erdogan called the agreement a historic success for both countries.",
    "The Indian prime minister called the talks a great success.",
])
def test_a_good_name_is_praise_not_an_accusation(pipeline: Pipeline, text: str) -> None:
    found = {(e.type, e.cameo) for e in extract(pipeline, text).events}
    assert ("SUPPORT", "051") in found and "ACCUSE" not in {t for t, _ in found}


@pytest.mark.parametrize("text", [
    "The New York Times called him the most famous anonymous source in American history.",
    "The company called the chip a building block for its servers.",
])
def test_a_name_that_judges_nothing_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text) == set()


def test_a_negation_turns_the_judgement_round(pipeline: Pipeline) -> None:
    doc = pipeline.parser.nlp("They called the plan no threat.")
    (threat,) = [t for t in doc if t.lower_ == "threat"]
    senses = Senses(types=frozenset(), domains={}, political=frozenset(), political_sectors=frozenset(),
                    domain_sectors=frozenset(), product_verbs=frozenset(), products=frozenset(),
                    trials=frozenset())
    assert judgement(threat, senses) == 1
    assert judgement([t for t in pipeline.parser.nlp("They called the plan a threat.") if t.lower_ == "threat"][0],
                     senses) == -1


def test_a_lexicon_file_extends_the_insults(pipeline: Pipeline, tmp_path) -> None:
    from dragoman.events.triggers import Lexicon

    extra = tmp_path / "insults.toml"
    extra.write_text('[senses]\ninsults = ["scoundrel"]\n', encoding="utf-8")
    assert "scoundrel" in Lexicon.load([extra]).senses.insults
