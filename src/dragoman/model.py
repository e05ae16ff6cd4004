"""The one data model every stage reads and writes.

Plain dataclasses: readers produce `Article`s, the pipeline fills an `Extraction`
(actors, events, conflicts) and the store persists it. `to_dict` gives the JSON
output contract documented in `schema/extraction.schema.json`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

ActorKind = Literal["person", "organization", "country", "group"]
Precision = Literal["year", "month", "day"]
DateBasis = Literal["text", "narrative", "publication", "user"]  # "user": set by a correction
# How an actor's country was found: an actor dictionary; the words of a title before or after the name
# ("Foreign Minister of Kyrgyzstan X"); an apposition ("X, the chief justice of Ghana"); a nationality adjective
# or possessive ("the DPRK's X", "the Vietnamese Communist Party"); the name itself (a country, "Ministry of
# Defence of Japan", a city's institution); the one country the article names around the actor (inherited).
CountryBasis = Literal["dictionary", "title", "appositive", "nationality", "name", "inherited"]
Factuality = Literal[
    "asserted", "reported", "planned", "expected", "speculated", "negated", "hypothetical"
]
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# Orders of stored events, as the CLI and the API accept them ("-date": newest first); the store maps each to columns.
EVENT_SORT_KEYS = ("date", "type", "confidence", "mentions", "id")
EVENT_SORTS_ACCEPTED = tuple(k for key in EVENT_SORT_KEYS for k in (key, f"-{key}"))


@dataclass
class Article:
    """One news article as read from its source. `text` is what offsets index into."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    language: str | None = "en"
    url: str | None = None
    source: str | None = None
    path: str | None = None

    @property
    def content_hash(self) -> str:
        payload = "\x1f".join([self.title or "", self.published.isoformat() if self.published else "", self.text])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "url": self.url,
            "source": self.source,
            "path": self.path,
        }


@dataclass
class Mention:
    """A span of article text: the evidence unit for actors, dates and places."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass
class Role:
    title: str
    country: str | None = None
    start: str | None = None
    end: str | None = None
    current: bool = True


@dataclass
class Actor:
    id: str
    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    country_basis: CountryBasis | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "kind": self.kind,
            "country": self.country,
            # A country actor's country is the country it names, whoever made it.
            "country_basis": (self.country_basis or ("name" if self.kind == "country" else None))
            if self.country else None,
            "sector": self.sector,
            "roles": [{k: v for k, v in asdict(r).items() if k != "current"} | {"current": r.current}
                      for r in self.roles],
            "mentions": [asdict(m) for m in self.mentions],
        }


@dataclass
class Participant:
    actor_id: str
    name: str
    country: str | None = None


@dataclass
class EventDate:
    value: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    start: str | None = None
    end: str | None = None
    precision: Precision | None = None
    basis: DateBasis = "publication"
    text: str | None = None  # the words behind the date, when the text gave it
    char_start: int | None = None
    char_end: int | None = None


@dataclass
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    char_start: int | None = None
    char_end: int | None = None


@dataclass
class Evidence:
    """One mention of an event: the sentence and the trigger words that express it."""

    article_id: str
    sentence: str
    start: int  # sentence offsets in the article text
    end: int
    trigger: str = ""
    trigger_start: int | None = None
    trigger_end: int | None = None
    factuality: str | None = None  # of this mention: "will pay a visit" is planned even if the visit happened
    attribution: list[str] = field(default_factory=list)


@dataclass
class Claim:
    """What one source says about one field of an event."""

    field: str
    value: str
    attributed_to: str | None
    evidence: Evidence


@dataclass
class Event:
    id: str
    type: str
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    cameo: str | None = None
    source: list[Participant] = field(default_factory=list)
    target: list[Participant] = field(default_factory=list)
    date: EventDate = field(default_factory=EventDate)
    location: Location | None = None
    factuality: Factuality = "asserted"
    attribution: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    claims: list[Claim] = field(default_factory=list)
    # PLOVER's magnitudes, where the text states them (events.magnitude): the people taking part or acted on, the
    # people killed, the people injured.
    size: int | None = None
    dead: int | None = None
    injured: int | None = None
    # The fields its stored sources disagree on (event_conflicts), set when the event is read from a store; None for
    # an event fresh from extraction, whose output contract has no such key. Not part of equality: it is derived.
    disputed: list[str] | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        location = None
        if self.location is not None:
            location = {k: getattr(self.location, k) for k in ("name", "country", "lat", "lon")}
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "cameo": self.cameo,
            "source": [asdict(p) for p in self.source],
            "target": [asdict(p) for p in self.target],
            "date": {k: getattr(self.date, k) for k in ("value", "start", "end", "precision", "basis")},
            "location": location,
            "factuality": self.factuality,
            "attribution": list(self.attribution),
            "evidence": [
                {"article_id": e.article_id, "sentence": e.sentence, "start": e.start, "end": e.end,
                 "trigger": e.trigger, "factuality": e.factuality, "attribution": list(e.attribution)}
                for e in self.evidence
            ],
            "confidence": round(self.confidence, 3),
            "size": self.size,
            "dead": self.dead,
            "injured": self.injured,
        }
        if self.disputed is not None:
            out["disputed"] = list(self.disputed)
        return out


@dataclass
class Conflict:
    event_id: str
    field: str
    claims: list[Claim]

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "field": self.field,
            "claims": [
                {
                    "value": c.value,
                    "attributed_to": c.attributed_to,
                    "evidence": {
                        "article_id": c.evidence.article_id,
                        "sentence": c.evidence.sentence,
                        "start": c.evidence.start,
                        "end": c.evidence.end,
                    },
                }
                for c in self.claims
            ],
        }


@dataclass
class Extraction:
    """Everything found in a batch of articles: the JSON output contract."""

    articles: list[Article] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    def extend(self, other: Extraction) -> None:
        self.articles += other.articles
        self.actors += other.actors
        self.events += other.events
        self.conflicts += other.conflicts

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": [a.to_dict() for a in self.articles],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "conflicts": [c.to_dict() for c in self.conflicts],
        }
