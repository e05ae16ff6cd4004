"""The written-story bench's data: the shipped stories parse with their gold, split once by hash of the text, and a
malformed story is named, not a traceback (`bench/events_stories.py`); and the scoring it shares with
`bench/wire_heldout.py`."""

from __future__ import annotations

import importlib
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from dragoman.model import Event, Participant

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def stories() -> ModuleType:
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))
    return importlib.import_module("events_stories")


@pytest.fixture(scope="module")
def scoring(stories: ModuleType) -> ModuleType:
    return importlib.import_module("wire_heldout")  # the scoring both story benches share


def test_the_shipped_stories_carry_gold_and_split_by_hash(stories: ModuleType) -> None:
    shipped = stories.load()
    assert len(shipped) >= 70
    parts = {stories.part_of(s["text"]) for s in shipped}
    assert parts == {"tune", "sealed"}
    types = {g["type"] for s in shipped for g in s["events"]}
    assert types == stories.TYPES  # every PLOVER 2021 type is a central event somewhere


def _write(tmp_path: Path, event: str, published: str = "2024-05-02") -> Path:
    path = tmp_path / "stories.toml"
    path.write_text(f'[[story]]\nid = "x-1"\npublished = "{published}"\ntext = """Kabul, May 2 -- Talks."""\n'
                    f"events = [{event}]\n", encoding="utf-8")
    return path


def test_a_story_with_a_sound_event_loads(stories: ModuleType, tmp_path: Path) -> None:
    event = '{ type = "CONSULT", source = ["AFG"], target = ["PAK"], factuality = "asserted", date = "pub" }'
    (story,) = stories.load(_write(tmp_path, event))
    assert story["events"][0]["target"] == ["PAK"]


@pytest.mark.parametrize(("event", "published", "complaint"), [
    ('{ type = "MEET", source = ["AFG"], target = [], factuality = "asserted" }', "2024-05-02", "type"),
    ('{ type = "CONSULT", source = ["AFG"], target = [], factuality = "maybe" }', "2024-05-02", "factuality"),
    ('{ type = "CONSULT", source = [], target = [], factuality = "asserted" }', "2024-05-02", "source list"),
    ('{ type = "CONSULT", source = ["AFG"], target = [], factuality = "asserted", date = "May 1" }', "2024-05-02",
     "date 'May 1'"),
    ('{ type = "CONSULT", source = ["AFG"], target = [], factuality = "asserted" }', "May 2024", "published"),
])
def test_a_malformed_story_is_named_with_its_problem(stories: ModuleType, tmp_path: Path, event: str,
                                                     published: str, complaint: str) -> None:
    with pytest.raises(stories.StoriesDataError, match=f"story 'x-1'.*{complaint}"):
        stories.load(_write(tmp_path, event, published))


def test_a_file_that_is_not_toml_is_named(stories: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "stories.toml"
    path.write_text("[[story]\nid = 1\n", encoding="utf-8")
    with pytest.raises(stories.StoriesDataError, match="stories.toml: not a TOML file"):
        stories.load(path)


def _event(type_: str, source: list[tuple[str, str | None]], target: list[tuple[str, str | None]]) -> Event:
    def side(named: list[tuple[str, str | None]]) -> list[Participant]:
        return [Participant(actor_id=name, name=name, country=country) for name, country in named]
    return Event(id="e", type=type_, source=side(source), target=side(target))


def test_a_gold_acronym_of_three_capitals_matches_by_name(scoring: ModuleType) -> None:
    gold = {"type": "ASSAULT", "source": ["TUR"], "target": ["PKK"], "factuality": "asserted"}
    made = _event("ASSAULT", [("Turkish Ministry of Defense", "TUR")], [("PKK", "TUR")])
    assert scoring.score_event(gold, [made], {}, date(2024, 9, 14)).found
    elsewhere = _event("ASSAULT", [("Turkish Ministry of Defense", "TUR")], [("YPG", "SYR")])
    assert not scoring.score_event(gold, [elsewhere], {}, date(2024, 9, 14)).found


def test_a_mutual_gold_type_takes_both_sides_in_one_role_of_its_also_type(scoring: ModuleType) -> None:
    gold = {"type": "AGREE", "also": ["SUPPORT"], "source": ["TUR"], "target": ["IRQ"], "factuality": "asserted"}
    signed = _event("SUPPORT", [("Turkey", "TUR"), ("Iraq", "IRQ")], [])
    assert scoring.score_event(gold, [signed], {}, date(2024, 8, 15)).found
    one_way = {**gold, "type": "SUPPORT", "also": []}  # backing is not mutual: both as its source is not enough
    assert not scoring.score_event(one_way, [signed], {}, date(2024, 8, 15)).found
