"""reports.py: the pure event functions the store relies on. `event_id` is written into databases, so its value is
pinned byte for byte: a change here would orphan every stored event id."""

from __future__ import annotations

import subprocess
import sys

from dragoman.model import Event, EventDate, Participant
from dragoman.reports import event_id


def _event(type: str, mode: str | None, source: list[str], target: list[str], date: EventDate) -> Event:
    return Event(id="", type=type, mode=mode, source=[Participant(a, a) for a in source],
                 target=[Participant(a, a) for a in target], date=date)


def test_event_id_is_pinned_byte_for_byte() -> None:
    visit = _event("CONSULT", "visit", ["act-b", "act-a"], ["act-c"], EventDate("2024-07-23", "2024-07-23"))
    assert event_id(visit) == "ev-6ad9ad8e9e67"
    undated_start = _event("AGREE", None, ["act-x"], [], EventDate(value="2024"))
    assert event_id(undated_start) == "ev-9f8d8de5448f"
    assert event_id(_event("ASSAULT", None, [], [], EventDate())) == "ev-f04677be0009"


def test_event_id_ignores_participant_order_and_wording() -> None:
    a = _event("CONSULT", "visit", ["act-a", "act-b"], ["act-c"], EventDate("2024-07-23", "2024-07-23"))
    b = _event("CONSULT", "visit", ["act-b", "act-a"], ["act-c"], EventDate("2024-07-23", "2024-07-23", text="x"))
    assert event_id(a) == event_id(b)


def test_importing_the_store_does_not_load_spacy() -> None:
    code = "import sys, dragoman.store; assert 'spacy' not in sys.modules, [m for m in sys.modules if 'spacy' in m]"
    subprocess.run([sys.executable, "-c", code], check=True)
