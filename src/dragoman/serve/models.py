"""The API's response and request bodies and its enumerations: they make the OpenAPI document."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from dragoman.model import EVENT_SORTS_ACCEPTED


class Participant(BaseModel):
    actor_id: str
    name: str
    country: str | None = None


class EventDateOut(BaseModel):
    value: str | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD: the date at its real precision.")
    start: str | None = None
    end: str | None = Field(None, description="Last day of a range (e.g. a visit from July 23 to 25).")
    precision: str | None = Field(None, description="year, month or day")
    basis: str = Field(description="text (the article says it), narrative (inferred) or publication")


class LocationOut(BaseModel):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class EvidenceOut(BaseModel):
    article_id: str
    sentence: str
    start: int
    end: int
    trigger: str | None = None
    factuality: str | None = None
    attribution: list[str] = []


class EventOut(BaseModel):
    id: str
    type: str
    mode: str | None = None
    contexts: list[str] = []
    cameo: str | None = None
    source: list[Participant] = []
    target: list[Participant] = []
    date: EventDateOut
    location: LocationOut | None = None
    factuality: str
    attribution: list[str] = []
    evidence: list[EvidenceOut] = []
    confidence: float
    size: int | None = Field(None, description="PLOVER size: the people taking part or acted on, as the text "
                                               "states it ('thousands': 2000, the smallest plural).")
    dead: int | None = Field(None, description="PLOVER dead: the people killed, as the text states it.")
    injured: int | None = Field(None, description="PLOVER injured: the people injured, as the text states it.")
    disputed: list[str] = Field(description="The fields its sources disagree on (date.end, factuality, ...), empty "
                                "when they agree; /api/conflicts and the event's `conflicts` give each claim.")


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    next: str | None = Field(None, description="The URL of the next page; null on the last.")
    items: list[EventOut]


class Highlight(BaseModel):
    start: int = Field(description="Offset in the sentence.")
    end: int
    field: str = Field(description="event, date, location, source or target")


class EvidenceDetail(BaseModel):
    article_id: str
    sentence: str
    start: int
    end: int
    trigger: str | None = None
    highlights: list[Highlight]


class ClaimOut(BaseModel):
    field: str
    value: str
    attributed_to: str | None = None
    article_id: str
    sentence: str
    start: int
    end: int


class ConflictEvidence(BaseModel):
    article_id: str
    sentence: str
    start: int
    end: int


class ConflictClaim(BaseModel):
    value: str
    attributed_to: str | None = None
    evidence: ConflictEvidence


class ConflictOut(BaseModel):
    event_id: str
    field: str
    claims: list[ConflictClaim]


class DisputedEventOut(BaseModel):
    event: EventOut = Field(description="The event as /api/events gives it: type, participants, date, place.")
    fields: list[str] = Field(description="The fields its sources disagree on.")
    conflicts: list[ConflictOut]


class ConflictPage(BaseModel):
    total: int = Field(description="Disputed events that match the filters.")
    limit: int
    offset: int
    next: str | None = Field(None, description="The URL of the next page; null on the last.")
    items: list[DisputedEventOut]


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    events: int = 0


class ArticleOut(ArticleSummary):
    text: str
    event_ids: list[str] = []


class ArticleMatch(ArticleSummary):
    snippet: str | None = Field(None, description="With `q`: a few words of the text around the best match.")
    highlights: list[list[int]] | None = Field(
        None, description="With `q`: the matched words in `snippet`, as [start, end) character offsets.")


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    next: str | None = Field(None, description="The URL of the next page; null on the last.")
    items: list[ArticleMatch]


class EventDetailOut(BaseModel):
    event: EventOut
    fields: dict[str, str] = Field(description="For each field, the words of the article that gave it.")
    evidence: list[EvidenceDetail]
    claims: list[ClaimOut]
    conflicts: list[ConflictOut]
    articles: list[ArticleSummary]
    source_count: int


class RoleOut(BaseModel):
    title: str
    country: str | None = None
    start: str | None = None
    end: str | None = None
    current: bool = True


class ActorOut(BaseModel):
    id: str
    name: str
    kind: str
    country: str | None = None
    country_basis: str | None = Field(None, description="How the country was found: dictionary, title, appositive, "
                                      "nationality, name or inherited")
    sector: str | None = None
    aliases: list[str] = []
    roles: list[RoleOut] = []
    events: int = 0


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    next: str | None = Field(None, description="The URL of the next page; null on the last.")
    items: list[ActorOut]


class MentionOut(BaseModel):
    article_id: str
    start: int
    end: int
    text: str


class MergeOut(BaseModel):
    id: int
    into: str
    merged: str
    created_at: str
    undone_at: str | None = None


class ActorLinkOut(BaseModel):
    actor_id: str = Field(description="The actor the article's one was joined to (an id since merged into this one)")
    article_id: str
    name: str = Field(description="The name the article used")
    created_at: str
    matched_on: dict[str, Any] | None = Field(
        None, description="What the join rested on: the name pairs that are one name, the two countries and whether "
        "they agree, the roles on each side and those shared, and whether a lone name joined as the only one of its "
        "country; null for the article that created the actor")


class ActorDetail(BaseModel):
    actor: ActorOut
    mentions: list[MentionOut]
    events: EventPage
    merges: list[MergeOut]
    links: list[ActorLinkOut] = Field(description="Each article whose actor was joined to this one at ingest")


class NetworkNode(BaseModel):
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    events: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int
    types: dict[str, int] = Field(description="Number of shared events by event type.")


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class SeriesPoint(BaseModel):
    period: str = Field(description="2024-07-23, 2024-W30, 2024-07 or 2024.")
    start: str = Field(description="The period's first day, YYYY-MM-DD.")
    events: int


class SeriesPeriod(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class Stats(BaseModel):
    counts: dict[str, int] = Field(description="Rows of the store's main tables.")
    events: int = Field(description="Events the filters match; the by_ counts and the series are of these.")
    by_type: dict[str, int]
    by_factuality: dict[str, int]
    by_precision: dict[str, int]
    by_month: dict[str, int]
    date_min: str | None = None
    date_max: str | None = None
    conflicts: int
    by: SeriesPeriod
    series: list[SeriesPoint] = Field(description="Events per period, by their first day; periods without events "
                                                  "are left out.")
    coarser: int = Field(description="Events dated less finely than `by` (a month, counting by week).")
    undated: int


class IngestResultOut(BaseModel):
    article_id: str
    status: str
    events: int
    actors: int


class IngestOut(BaseModel):
    results: list[IngestResultOut]
    errors: list[str]


class EventMergeIn(BaseModel):
    into: str = Field(min_length=1, max_length=200, description="The event that stays.")
    merge: str = Field(min_length=1, max_length=200, description="The event merged into it; its id keeps resolving.")
    note: str | None = Field(None, max_length=2000, description="Why, for the record.")


class EventMergeOut(BaseModel):
    id: int
    into: str
    merged: str
    kind: str = Field(description="auto (at ingest) or user")
    article_id: str | None = Field(None, description="The article whose report joined (automatic merges).")
    explanation: dict[str, Any] = Field(description="The fields that matched.")
    created_at: str
    undone_at: str | None = None
    restored: str | None = Field(None, description="After a split: the id of the event split off.")


class RevisionOut(BaseModel):
    id: int
    event_id: str
    created_at: str
    action: str = Field(description="created, updated, deleted, merged, split, corrected or uncorrected")
    article_id: str | None = None
    merge_id: int | None = None
    changes: dict[str, list[Any]] = Field(description="Each changed field: [before, after].")


class PairIn(BaseModel):
    sentence: str = Field(min_length=1, max_length=5000, description="One sentence.")
    source: str | None = Field(None, min_length=1, max_length=500,
                               description="The acting party, as the sentence words it (first occurrence).")
    target: str | None = Field(None, min_length=1, max_length=500,
                               description="The party acted on, as the sentence words it (first occurrence).")
    published: date | None = Field(None, description="Publication date, for the event's date.")


class RootProbability(BaseModel):
    root: str
    probability: float


class PairOut(BaseModel):
    root: str | None = Field(description="The PLOVER root (CONCEDE and RETREAT are YIELD) of what the source does "
                                         "to the target; null only when the rules found no event and no model ran.")
    basis: str = Field(description="rules (the rules' event between the two), model over rules (the relation "
                                   "model finds another root far likelier than the rules'), one party (the rules' "
                                   "event of one of them, its other role given to somebody else) or model (the "
                                   "relation model's reading, where the rules found none)")
    event: EventOut | None = Field(description="The rules' event the root came from (between the two, else of one "
                                               "of them), with its evidence.")
    model: list[RootProbability] | None = Field(description="The relation model's three likeliest roots.")


class CorrectionIn(BaseModel):
    field: str = Field(description="type, mode, cameo, factuality, date, date.end, location or location.country")
    value: str | None = Field(None, max_length=300, description="The right value; empty clears the field.")
    note: str | None = Field(None, max_length=2000, description="Why, for the record.")


class CorrectionOut(BaseModel):
    id: int
    event_id: str
    field: str
    value: str | None = None
    note: str | None = None
    created_at: str
    undone_at: str | None = None


class EventHistory(BaseModel):
    event_id: str | None = Field(description="The event the id resolves to now (null if it is gone).")
    revisions: list[RevisionOut]
    merges: list[EventMergeOut]
    corrections: list[CorrectionOut]


class MergeIn(BaseModel):
    into: str = Field(min_length=1, max_length=200, description="The actor that stays.")
    merge: str = Field(min_length=1, max_length=200, description="The actor merged into it (deleted).")


SortKey = StrEnum("SortKey", {k: k for k in EVENT_SORTS_ACCEPTED})  # type: ignore[misc]
BY_DATE = SortKey("date")


class ActorSort(StrEnum):
    events = "events"
    name = "name"


class ProblemItem(BaseModel):
    name: str = Field(description="The parameter or body field.")
    reason: str


class Problem(BaseModel):
    """An error as RFC 9457 problem details, served as application/problem+json."""

    type: str = Field("about:blank", description="A URI naming the kind of problem; about:blank: the status says it.")
    title: str = Field(description="The status code's phrase, e.g. Not Found.")
    status: int
    detail: str = Field(description="What was wrong with this request, for a person to read.")
    errors: list[ProblemItem] | None = Field(None, description="For an invalid request: each bad parameter.")
