"""Per-type policies of the event coder: which PLOVER types take the place of the event as their target, which
are read off a content clause, and so on. Data, not code: the `[type_policy]` section at the end of
`data/lexicon.toml` gives them, and a user's `--lexicon` file may set any of them again (a list given there
replaces the shipped one, so a type can be taken out as well as added)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from typing import Any

from dragoman.model import PLOVER_TYPES

SECTION = "type_policy"


@dataclass(frozen=True)
class TypePolicy:
    # An unnamed target is the place where the event happens ("imposed a curfew in Cizre" -> Turkey).
    place_target: frozenset[str]
    # Of these, the place is the target only outside the source's own country ("held a parade in Pyongyang").
    foreign_place: frozenset[str]
    # With no place either, the target is the source's own country ("students staged demonstrations").
    domestic: frozenset[str]
    # An unnamed source is the place's own people or authorities ("a roadside bombing near Samarra" -> Iraq).
    local_source: frozenset[str]
    # The same, for these types in the passive only ("was put under investigation in Italy" -> Italy).
    passive_local_source: frozenset[str]
    # An agentless passive of these in a state body's words is the body's own, done to another country's party.
    reported_by_doer: frozenset[str]
    # The target may be the subject of the content clause ("demanded that the US cancel ...").
    speech_act: frozenset[str]
    # The forces a side moves are its own, not the target ("deployed troops to the border").
    moved_force: frozenset[str]
    # A stated refusal of these ("will not accept refugees") is coded REJECT.
    refusable: frozenset[str]

    @classmethod
    def from_tables(cls, tables: Iterable[tuple[str, Mapping[str, Any]]]) -> TypePolicy:
        """The policy the `[type_policy]` tables give, later tables overriding earlier ones key by key; each
        table comes with the name of the file it was read from, for the error message."""
        names = {f.name for f in fields(cls)}
        merged: dict[str, frozenset[str]] = {}
        for source, table in tables:
            for key, value in table.items():
                where = f"{source}: [{SECTION}] {key}"
                if key not in names:
                    raise ValueError(f"{where}: unknown key (known: {', '.join(sorted(names))})")
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ValueError(f"{where}: expected a list of PLOVER types")
                unknown = [v for v in value if v.upper() not in PLOVER_TYPES]
                if unknown:
                    raise ValueError(f"{where}: not a PLOVER type: {', '.join(unknown)}")
                merged[key] = frozenset(v.upper() for v in value)
        missing = sorted(names - merged.keys())
        if missing:
            raise ValueError(f"[{SECTION}]: no value for {', '.join(missing)}")
        return cls(**merged)



@lru_cache(maxsize=1)
def packaged_policy() -> TypePolicy:
    """The policy shipped in the package's lexicon."""
    text = resources.files("dragoman").joinpath("data/lexicon.toml").read_text("utf-8")
    return TypePolicy.from_tables([("lexicon.toml", tomllib.loads(text).get(SECTION, {}))])
