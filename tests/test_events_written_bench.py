"""The written-sentence bench's data: the shipped file parses into marked rows split once by hash, and a malformed
row is named, not a traceback (`bench/events_written.py`)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def written() -> ModuleType:
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))
    return importlib.import_module("events_written")


def test_the_shipped_sentences_mark_their_pair_and_split_by_hash(written: ModuleType) -> None:
    rows = written.load()
    assert len(rows) >= 300
    assert {part for row, _ in rows for part in [row.part]} == {"tune", "sealed"}
    for row, written_set in rows:
        assert written_set in written.SETS
        assert f"<s>{row.source}</s>" in row.marked
        assert row.target == "-" or f"<t>{row.target}</t>" in row.marked
        assert row.part == written.plv.part_of(row.sentence)


def test_the_target_is_marked_apart_from_the_source(written: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("# a comment\nroot\tsource\ttarget\tset\tsentence\n"
                    "REQUEST\tthe army\tarmy\twire\tThe bishops asked the army to let the army's cadets go.\n",
                    encoding="utf-8")
    ((row, _),) = written.load(path)
    assert row.marked == "The bishops asked <s>the army</s> to let the <t>army</t>'s cadets go."


def test_a_pair_not_in_its_sentence_is_named(written: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("root\tsource\ttarget\tset\tsentence\nACCUSE\tChile\tPeru\twire\tChile accused Bolivia.\n",
                    encoding="utf-8")
    with pytest.raises(written.WrittenDataError, match="line 2: target 'Peru'"):
        written.load(path)
