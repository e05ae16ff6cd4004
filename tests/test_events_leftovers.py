"""General mistakes of the event coder found on news it was not tuned on (issue 13), each fixed by a general rule and
tested on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import countries, events

from dragoman.pipeline import Pipeline

# "Neither X nor Y did it": the act is denied of both parties.


@pytest.mark.parametrize(("text", "kind", "sources"), [
    ("Neither Chile nor Peru condemned the coup in Bolivia.", "ACCUSE", {"CHL", "PER"}),
    ("Neither Ghana nor Togo criticized Burkina Faso.", "ACCUSE", {"GHA", "TGO"}),
    ("Neither Norway nor Sweden supported the Danish proposal.", "SUPPORT", {"NOR", "SWE"}),
    ("Neither Egypt nor Jordan met with the Israeli delegation.", "CONSULT", {"EGY", "JOR"}),
])
def test_neither_nor_subject_is_negated(pipeline: Pipeline, text: str, kind: str, sources: set[str]) -> None:
    found = [e for e in events(pipeline, text) if e.type == kind]
    assert found and all(e.factuality == "negated" for e in found)
    assert countries(found[0].source) == sources


def test_both_subjects_without_neither_stay_asserted(pipeline: Pipeline) -> None:
    found = [e for e in events(pipeline, "Both Chile and Peru condemned the coup in Bolivia.") if e.type == "ACCUSE"]
    assert found and all(e.factuality == "asserted" for e in found)
