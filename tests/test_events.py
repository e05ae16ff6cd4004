"""The event coder on small news-style sentences: one test per PLOVER type and per argument,
factuality and attribution rule, plus the lexicon's CAMEO codes checked against CAMEO2PLOVER."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest

from dragoman.events import COOPERATIVE_INTENT, HOSTILE_INTENT, Lexicon
from dragoman.model import Article, Event
from dragoman.pipeline import Pipeline

EVALDATA = Path(os.environ.get("DRAGOMAN_EVALDATA", "/work/shared/evaldata"))
CAMEO2PLOVER = EVALDATA / "plover_gsr_cameo" / "raw" / "CAMEO2PLOVER-2021.txt"


def events(pipeline: Pipeline, text: str) -> list[Event]:
    (ex,) = list(pipeline.extract_many([Article(id="t", text=text, published=date(2024, 5, 1))]))
    return ex.events


def one(pipeline: Pipeline, text: str, type: str) -> Event:
    found = [e for e in events(pipeline, text) if e.type == type]
    assert len(found) == 1, (text, [(e.type, e.cameo) for e in events(pipeline, text)])
    return found[0]


def countries(participants: list) -> set[str]:
    return {p.country for p in participants}


@pytest.mark.parametrize(("text", "type", "source", "target"), [
    ("Hungarian officials urged Romania to reopen the border.", "REQUEST", {"HUN"}, {"ROU"}),
    ("Poland called on Germany to release the prisoners.", "REQUEST", {"POL"}, {"DEU"}),
    ("Lithuania accused Russia of spying.", "ACCUSE", {"LTU"}, {"RUS"}),
    ("The Danish government condemned the attack.", "ACCUSE", {"DNK"}, set()),
    ("Greek police are investigating the theft.", "ACCUSE", {"GRC"}, set()),
    ("Armenia lodged a protest with Azerbaijan.", "ACCUSE", {"ARM"}, {"AZE"}),
    ("Iran rejected a French proposal.", "REJECT", {"IRN"}, {"FRA"}),
    ("Turkey warned Syria against any incursion.", "THREATEN", {"TUR"}, {"SYR"}),
    ("Thousands of students demonstrated in Nairobi on Monday.", "PROTEST", set(), {"KEN"}),
    ("Nurses went on strike in Lagos.", "PROTEST", set(), {"NGA"}),
    ("Chile expelled two Peruvian diplomats.", "SANCTION", {"CHL"}, {"PER"}),
    ("Spain cut ties with Venezuela.", "SANCTION", {"ESP"}, {"VEN"}),
    ("Ghana deployed troops to the border with Togo.", "MOBILIZE", {"GHA"}, set()),
    ("Kenyan police arrested 12 opposition supporters.", "COERCE", {"KEN"}, {"KEN"}),
    ("The army imposed a curfew in Kano.", "COERCE", set(), {"NGA"}),
    ("Russian forces shelled Kharkiv.", "ASSAULT", {"RUS"}, set()),
    ("The Nigerian army launched an offensive against the rebels.", "ASSAULT", {"NGA"}, set()),
    ("Japan sent aid to Nepal.", "AID", {"JPN"}, {"NPL"}),
    ("Uganda granted asylum to Rwandan refugees.", "AID", {"UGA"}, {"RWA"}),
    ("Israel withdrew its troops from Gaza.", "RETREAT", {"ISR"}, {"PSE"}),
    ("Algeria lifted the state of emergency.", "CONCEDE", {"DZA"}, {"DZA"}),
    ("Kenya gave in to the demands of Somali elders.", "CONCEDE", {"KEN"}, {"SOM"}),
    ("France and Germany cooperate on defence.", "COOPERATE", {"FRA", "DEU"}, set()),
    ("Brazil and Argentina agreed to hold talks.", "AGREE", {"BRA", "ARG"}, set()),
    ("Egypt and Jordan signed an agreement.", "SUPPORT", {"EGY", "JOR"}, set()),
])
def test_each_type(pipeline: Pipeline, text: str, type: str, source: set[str], target: set[str]) -> None:
    event = one(pipeline, text, type)
    assert countries(event.source) == source
    assert countries(event.target) == target


def test_passive_voice_agent_is_the_source(pipeline: Pipeline) -> None:
    event = one(pipeline, "Colombian troops were attacked by Venezuelan soldiers.", "ASSAULT")
    assert countries(event.source) == {"VEN"} and countries(event.target) == {"COL"}
    event = one(pipeline, "The Kenyan minister was arrested by Ugandan police.", "COERCE")
    assert countries(event.source) == {"UGA"} and countries(event.target) == {"KEN"}


def test_compound_and_reciprocal_actors(pipeline: Pipeline) -> None:
    event = one(pipeline, "Indian and Chinese troops clashed on the border.", "ASSAULT")
    assert countries(event.source) == {"IND", "CHN"}


def test_possessive_army_and_place_actors(pipeline: Pipeline) -> None:
    assert countries(one(pipeline, "Egypt's army shelled the town.", "ASSAULT").source) == {"EGY"}
    # A capital stands for its government; "forces in Mali" are Mali's.
    assert countries(one(pipeline, "Beirut rejected the proposal.", "REJECT").source) == {"LBN"}
    event = one(pipeline, "Security forces in Mali arrested two journalists.", "COERCE")
    assert countries(event.source) == {"MLI"}


def test_light_verb_nouns(pipeline: Pipeline) -> None:
    assert one(pipeline, "Armenia lodged a protest with Azerbaijan.", "ACCUSE").cameo == "114"
    assert one(pipeline, "Nurses went on strike in Lagos.", "PROTEST").mode == "boycott"
    assert one(pipeline, "The army imposed a curfew in Kano.", "COERCE").mode == "curfew"


def test_content_of_a_speech_act_is_not_a_second_event(pipeline: Pipeline) -> None:
    assert [e.type for e in events(pipeline, "Israel threatened to ban the party.")] == ["THREATEN"]
    assert [e.type for e in events(pipeline, "Cuba refused to release the prisoners.")] == ["REJECT"]


def test_obligation_reported_by_a_speaker_is_a_request(pipeline: Pipeline) -> None:
    event = one(pipeline, "Bolivia said that Peru must return the aircraft.", "REQUEST")
    assert countries(event.source) == {"BOL"} and countries(event.target) == {"PER"}
    assert [e.type for e in events(pipeline, "Bolivia said that Peru must return the aircraft.")] == ["REQUEST"]


def test_announced_intentions(pipeline: Pipeline) -> None:
    text = "Syria said it would withdraw its troops from Lebanon."
    retreat = one(pipeline, text, "RETREAT")
    assert countries(retreat.source) == {"SYR"} and retreat.factuality in ("planned", "reported")
    agree = one(pipeline, text, "AGREE")
    assert countries(agree.source) == {"SYR"} and countries(agree.target) == {"LBN"}
    threat = one(pipeline, "If so, Japan will impose sanctions on Iran.", "THREATEN")
    assert countries(threat.source) == {"JPN"} and countries(threat.target) == {"IRN"}


@pytest.mark.parametrize(("text", "type", "factuality"), [
    ("Poland and Lithuania may hold talks next week.", "CONSULT", "speculated"),
    ("The Estonian president will visit Finland in May.", "CONSULT", "planned"),
    ("Latvia has not opened an embassy in Seoul.", "SUPPORT", "negated"),
    ("If so, Japan will impose sanctions on Iran.", "COERCE", "hypothetical"),
    ("Morocco arrested three Spanish fishermen, according to reports.", "COERCE", "reported"),
    ("Ecuador said that Colombia had shelled a border village.", "ASSAULT", "reported"),
])
def test_factuality(pipeline: Pipeline, text: str, type: str, factuality: str) -> None:
    assert one(pipeline, text, type).factuality == factuality


def test_attribution(pipeline: Pipeline) -> None:
    event = one(pipeline, "Ecuador said that Colombia had shelled a border village.", "ASSAULT")
    assert event.attribution == ["Ecuador"] and countries(event.source) == {"COL"}
    event = one(pipeline, "Morocco arrested three Spanish fishermen, according to reports.", "COERCE")
    assert event.attribution == ["reports"]


def _cameo_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in CAMEO2PLOVER.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


@pytest.mark.skipif(not CAMEO2PLOVER.exists(), reason="CAMEO2PLOVER-2021.txt not available")
def test_every_lexicon_cameo_code_maps_to_its_plover_type() -> None:
    table = _cameo_table()
    lexicon = Lexicon.load()
    rules = {id(r): r for entries in (*lexicon.verbs.values(), *lexicon.nouns.values()) for r, _ in entries}
    wrong = [(r.lemmas[:3], r.cameo, r.type, table.get(r.cameo or "")) for r in rules.values()
             if r.cameo and table.get(r.cameo) != r.type]
    assert not wrong
    assert all(table[c] == "AGREE" for c, _ in COOPERATIVE_INTENT.values())
    assert all(table[c] == "THREATEN" for c, _ in HOSTILE_INTENT.values())
