"""Phrases the Phoenix dictionaries give one party that the news now means another by (data/recent/
dragoman.corrections.tsv, `Knowledge.correct`). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import events, extract

from dragoman.knowledge import CORRECTIONS_FILE, Knowledge, KnowledgeError, default_paths
from dragoman.petrarch import _phrase_glue
from dragoman.pipeline import Pipeline


def test_the_corrections_are_read_last() -> None:
    assert default_paths()[-1].as_posix().endswith(CORRECTIONS_FILE)


def test_islamic_jihad_is_the_palestinian_group(pipeline: Pipeline) -> None:
    (attack,) = events(pipeline, "Islamic Jihad fired rockets at Sderot on Monday.")
    assert [(p.name, p.country) for p in attack.source] == [("Palestinian Islamic Jihad", "PSE")]
    (attack,) = events(pipeline, "Hezbollah fired rockets at Kiryat Shmona on Monday.")
    assert [p.country for p in attack.source] == ["LBN"]


def test_al_aqsa_alone_is_no_armed_group(pipeline: Pipeline) -> None:
    ex = extract(pipeline, "Thousands prayed at Al-Aqsa on Friday.")
    assert not any("Brigades" in a.name for a in ex.actors)
    ex = extract(pipeline, "The Al-Aqsa Martyrs Brigades claimed the shooting.")
    assert any(a.name == "Al-Aqsa Martyrs Brigades" for a in ex.actors)


def _knowledge(tmp_path: Path) -> Knowledge:
    actors = tmp_path / "actors.txt"
    actors.write_text("OLD_FRONT [ABCREB]\n+THE_FRONT_\n\nNEW_FRONT [DEFREB]\n", encoding="utf-8")
    return Knowledge.load([actors])


def test_a_phrase_moves_to_the_entry_named(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path)
    fixes = tmp_path / "fixes.tsv"
    fixes.write_text("# the front is the new one now\nTHE_FRONT_\tNEW_FRONT\n", encoding="utf-8")
    knowledge.correct(fixes)
    payload = knowledge.index._lookup()[_phrase_glue("THE_FRONT_")[0]].payload
    assert knowledge.entry(payload).name == "New Front"
    assert "The Front" in knowledge.entry(payload).aliases


def test_a_phrase_that_names_no_party_leaves(tmp_path: Path) -> None:
    knowledge = _knowledge(tmp_path)
    fixes = tmp_path / "fixes.tsv"
    fixes.write_text("THE_FRONT_\t-\n", encoding="utf-8")
    knowledge.correct(fixes)
    assert _phrase_glue("THE_FRONT_")[0] not in knowledge.index._lookup()


@pytest.mark.parametrize(("line", "problem"), [
    ("NO_SUCH_FRONT\tNEW_FRONT", "line 1: NO_SUCH_FRONT is in no dictionary"),
    ("THE_FRONT_\tNO_SUCH_FRONT", "line 1: NO_SUCH_FRONT is in no dictionary"),
    ("THE_FRONT_ NEW_FRONT", "line 1: expected a phrase, a tab"),
])
def test_a_bad_line_is_an_error_naming_the_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    fixes = tmp_path / "fixes.tsv"
    fixes.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=problem) as raised:
        _knowledge(tmp_path).correct(fixes)
    assert str(fixes) in str(raised.value)
