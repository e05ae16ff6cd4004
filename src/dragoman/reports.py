"""An event as the fold of its reports: identity, matching, folding and conflicts.

Pure functions over `model.Event`, with no parser behind them, shared by the in-article merge (`merge.py`) and
the store. Two mentions are the same event when their type and mode agree (within one sentence, a mode one of them
leaves out agrees: "shot and killed"), their participants are compatible
(one set contains the other, and no party changes sides unless the type is told either way round), their text
dates overlap, they are not placed apart (other countries, or cities
more than `SAME_PLACE_KM` apart), and neither negates the other, except that a denial by
another source joins the report it denies. A date that only narrative or publication time gave is no evidence
against a match. Disagreeing date claims from different sources become a `Conflict`, and so do a report and its
denial (field `factuality`); a more precise date refines a vaguer one ("in July", then "on July 23") instead of
contradicting it.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from typing import Any

from dragoman.coref import event_profile, mention_similarity
from dragoman.model import Claim, Conflict, Event, EventDate, Evidence, Location

CLAIM_FIELDS = ("date.start", "date.end")
# Date bases that are evidence of when: the text said so, or a user corrected it.
GIVEN = ("text", "user")
# Most to least certain; a merged event is as certain as its most certain mention.
FACTUALITY_ORDER = ("asserted", "reported", "planned", "expected", "speculated", "hypothetical", "negated")


def refines(a: str, b: str) -> bool:
    """True when one date value is the other at a finer precision ("2024-07" and "2024-07-23")."""
    return a.startswith(b) or b.startswith(a)


def _interval(date: EventDate) -> tuple[str, str] | None:
    if date.basis not in GIVEN or not date.start:
        return None
    end = date.end or date.start
    return date.start, end + "\uffff"  # a prefix covers its whole period


def _within(inner: EventDate, outer: EventDate) -> bool:
    """Whether `inner`'s given interval lies inside `outer`'s and is not the same."""
    i, o = _interval(inner), _interval(outer)
    return i is not None and o is not None and i != o and o[0] <= i[0] and i[1] <= o[1]


def dates_compatible(a: EventDate, b: EventDate) -> bool:
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def participants_of(event: Event) -> set[str]:
    return {p.actor_id for p in event.source + event.target}


def _covered(a: Event, b: Event) -> bool:
    """Every participant of `a` is in `b`, or is a country that a participant of `b` belongs to
    ("a Belarusian delegation" and the Belarusian foreign minister)."""
    b_ids = participants_of(b)
    b_countries = {p.country for p in b.source + b.target if p.country}
    return all(p.actor_id in b_ids or (p.actor_id == p.country and p.country in b_countries)
               for p in a.source + a.target)


# Types whose two sides may be told either way round ("A met B", "B and A held talks", "clashes between A and B").
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "ASSAULT"})


def _reversed(a: Event, b: Event) -> bool:
    """Both name both sides, and one party is the source of one act and the target of the other: "Paris accused
    the junta of ..." and "the junta accused France of ..." are two accusations, not one, unless the type is told
    either way round. With a side left unnamed the two may be one act told with a role misread ("Jeffs convicted"
    in a headline, "a jury convicted Jeffs" below it), and are left to the other tests (`_acted_on_by_another`)."""
    if not (a.source and a.target and b.source and b.target):
        # told either way round or not, "Egypt proposed a plan" and "Hamas accepted the proposal" are two acts
        return _acted_on_by_another(a, b) or _acted_on_by_another(b, a)
    if a.type in SYMMETRIC_TYPES:
        return False
    sa, ta = {p.actor_id for p in a.source}, {p.actor_id for p in a.target}
    sb, tb = {p.actor_id for p in b.source}, {p.actor_id for p in b.target}
    return bool((sa & tb) - sb or (ta & sb) - tb)


def _acted_on_by_another(a: Event, b: Event) -> bool:
    """`a` names only its source, which `b`, told by another word, has another party act on: "workers demanding
    higher wages" and "the minister urged the workers to return to work" are two requests. The same word may be one
    act with a role misread (a headline's "Jeffs convicted" beside "a jury convicted Jeffs")."""
    sa, sb, tb = ({p.actor_id for p in side} for side in (a.source, b.source, b.target))
    if not sa or a.target or not sb or not tb or not sa & tb or sa & sb:
        return False
    stems = [{w[:5] for e in event.evidence for w in e.trigger.lower().split()[:1]} for event in (a, b)]
    return all(stems) and not stems[0] & stems[1]


def _only_sources(event: Event) -> Event:
    return Event(id=event.id, type=event.type, source=event.source)


# CAMEO's mediation (045): the mediator's part in talks between others, another event than those talks ("Qatar
# brokered talks between Hamas and Israel": Qatar mediates; Hamas and Israel negotiate).
MEDIATION_CAMEO = "045"
# CAMEO's finding guilty (116): a verdict, another act than the accusation or the charges it ends ("a jury convicted
# Jeffs" is not "authorities brought charges against Jeffs"), though both are ACCUSE.
VERDICT_CAMEO = "116"
# CAMEO's signing of a formal agreement (057): another act than praise or endorsement (051), though both SUPPORT
# ("the two presidents signed a joint statement" is not "Putin thanked Xi for the welcome").
SIGNING_CAMEO = "057"
# Codes that make another event than the same type without them.
SEPARATE_CAMEO = (MEDIATION_CAMEO, VERDICT_CAMEO, SIGNING_CAMEO)


def _separate_acts(a: Event, b: Event) -> bool:
    return any((a.cameo == code) != (b.cameo == code) for code in SEPARATE_CAMEO)


# Two cities further apart than this are two places: a protest in Athens and one in Thessaloniki are two events, as
# ACLED codes them; within it, a suburb and its city ("Brooklyn", "New York") may be one.
SAME_PLACE_KM = 50.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def places_apart(a: Location | None, b: Location | None) -> bool:
    """The two reports place the act in different countries, or in cities too far apart to be one place."""
    if a is None or b is None:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return _km(a.lat, a.lon, b.lat, b.lon) > SAME_PLACE_KM


# A mode that makes another event than the same type without one: CAMEO codes a visit and the talks held during it
# as two events ("arrived for a visit and held talks").
SEPARATE_MODES = frozenset({"visit"})


def _same_act(a: Event, b: Event, any_mode: bool) -> bool:
    """Type and mode agree and the codes do not make two acts. `any_mode`: a mode only one of them gives is no
    disagreement (two verbs of one sentence, "shot and killed"), unless it is one of `SEPARATE_MODES`."""
    modes_agree = a.mode == b.mode or any_mode and (a.mode is None or b.mode is None) \
        and (a.mode or b.mode) not in SEPARATE_MODES
    return a.type == b.type and modes_agree and not _separate_acts(a, b)


def same_event(a: Event, b: Event, any_mode: bool = False) -> bool:
    """Whether `a` and `b` report one event: one act (`_same_act`), shared and compatible participants, places and
    dates, and one factuality unless one denies the other."""
    if not _same_act(a, b, any_mode):
        return False
    if (a.factuality == "negated") != (b.factuality == "negated") and not _denial_of(a, b):
        return False
    if not (participants_of(a) & participants_of(b)) or not (_covered(a, b) or _covered(b, a)) or _reversed(a, b):
        return False
    if places_apart(a.location, b.location):
        return False
    # A visit by A to B is not a visit by B to A.
    if a.mode == "visit" and a.source and b.source and not (
            _covered(_only_sources(a), _only_sources(b)) or _covered(_only_sources(b), _only_sources(a))):
        return False
    return dates_compatible(a.date, b.date)


def one_attack(a: Event, b: Event) -> bool:
    """Two attack mentions of one sentence that give the same toll are one attack ("an airstrike killed 30 people
    and wounded dozens in Gaza", "three people were killed when missiles hit Odesa"): the toll is the sentence's,
    so is the attack. Their attackers agree (or one names none), and neither is denied while the other is not."""
    if a.type != "ASSAULT" or b.type != "ASSAULT" or (a.dead, a.injured) != (b.dead, b.injured) \
            or a.dead is None and a.injured is None:
        return False
    sources_a, sources_b = {p.actor_id for p in a.source}, {p.actor_id for p in b.source}
    if sources_a and sources_b and sources_a != sources_b:
        return False
    return (a.factuality == "negated") == (b.factuality == "negated") and not places_apart(a.location, b.location) \
        and dates_compatible(a.date, b.date)


def names_the_unnamed(unnamed: Event, named: Event, kinds: Mapping[str, str]) -> bool:
    """Two reports of one act in which `named` names the people `unnamed` leaves unnamed ("A man has been charged
    with arson" / "Robert Pitman, 24, was charged with arson"): type, mode, negation, dates and place agree, and in
    each role the two share a party, or one is silent, or one unnamed person (`kinds`: actor id -> actor kind,
    "individual") stands in `unnamed` where `named` has one named person (at least once). Within one article only:
    across articles "a man" could be anyone."""
    a, b = unnamed, named
    # Two visits are one only when the visitor is named in both (same_event), never the case here.
    if not _same_act(a, b, any_mode=True) or a.mode in SEPARATE_MODES:
        return False
    if (a.factuality == "negated") != (b.factuality == "negated") or not dates_compatible(a.date, b.date) \
            or places_apart(a.location, b.location):
        return False
    bridged = False
    for one, other in ((a.source, b.source), (a.target, b.target)):
        ids, other_ids = {p.actor_id for p in one}, {p.actor_id for p in other}
        if not ids or not other_ids or ids & other_ids:
            continue
        if len(ids) != 1 or len(other_ids) != 1 or kinds.get(min(ids)) != "individual" or kinds.get(
                min(other_ids)) != "person":
            return False
        bridged = True
    return bridged


# Told as done, by the text or by someone it quotes: what a coder codes, one class when two reports are compared.
HAPPENED = frozenset({"asserted", "reported"})
# Acts done in words, which a state does through the body or official who says them: one statement a day is the
# rule, where attacks, arrests or aid of one state are often several in one story.
SAID_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "AGREE"})


def voices_the_state(state: Event, voiced: Event, kinds: Mapping[str, str], voices: Mapping[str, str]) -> bool:
    """Two reports of one act of a state, told once of the state and once of the body or official who did it for
    it ("The UAE condemned the attack" / "the Ministry of Foreign Affairs expressed the UAE's strong condemnation";
    "Russia warned Kyiv" / "the Russian Foreign Ministry warned Kyiv"), for acts done in words (`SAID_TYPES`): type,
    mode, factuality (asserted and reported as one), dates and place agree;
    `state`'s source is one country (`kinds`: actor id -> kind) and `voiced`'s sources are all of its government or
    forces (`voices`: actor id -> the country whose government or forces the actor is); the targets share a party,
    or one is silent. Within one article only."""
    a, b = state, voiced
    if a.type not in SAID_TYPES or not _same_act(a, b, any_mode=True):
        return False
    if a.factuality != b.factuality and not {a.factuality, b.factuality} <= HAPPENED \
            or not dates_compatible(a.date, b.date) \
            or places_apart(a.location, b.location):
        return False
    if len(a.source) != 1 or kinds.get(a.source[0].actor_id) != "country" or not b.source \
            or any(voices.get(p.actor_id) != a.source[0].country for p in b.source):
        return False
    targets, voiced_targets = {p.actor_id for p in a.target}, {p.actor_id for p in b.target}
    return not targets or not voiced_targets or bool(targets & voiced_targets)


def keep_named(event: Event, kinds: Mapping[str, str]) -> None:
    """After `names_the_unnamed` joined two reports: in a role that now holds named persons, the unnamed people
    were those persons."""
    for role in (event.source, event.target):
        if any(kinds.get(p.actor_id) == "person" for p in role):
            role[:] = [p for p in role if kinds.get(p.actor_id) != "individual"]


def _denial_of(a: Event, b: Event) -> bool:
    """One source says it happened and another denies it ("the rebels said they met a Turkish envoy" / "Ankara
    denied that its envoy had met rebel leaders"): one event, its factuality in conflict. A source that both
    says and denies, or unattributed text, gives two events as before."""
    return bool(a.attribution and b.attribution) and not set(a.attribution) & set(b.attribution)


def similarity(a: Event, b: Event) -> float:
    """How alike two reports of one event look beyond the rules (trigger, participants, place, date)."""
    return mention_similarity(event_profile(a), event_profile(b))


def explain_match(stored: Event, new: Event) -> dict[str, Any]:
    """Why `new` was taken as another report of `stored`: the fields that matched, for the merge record
    a user reads before undoing a merge."""
    def when(d: EventDate) -> str | None:
        value = d.start or d.value
        return None if value is None else f"{value}..{d.end}" if d.end else value

    if stored.date.basis not in GIVEN or new.date.basis not in GIVEN:
        date_match = "no text date on one side"
    elif (stored.date.start, stored.date.end) == (new.date.start, new.date.end):
        date_match = "same"
    elif stored.date.start and new.date.start and refines(stored.date.start, new.date.start):
        date_match = "one refines the other"
    else:
        date_match = "overlapping"
    place = None
    if stored.location and new.location:
        place = "same" if (stored.location.country, stored.location.name) == (new.location.country,
                                                                              new.location.name) else "different"
    return {
        "same_id": stored.id == new.id,
        "type": stored.type,
        "mode": stored.mode,
        "shared_participants": sorted(participants_of(stored) & participants_of(new)),
        "date": {"stored": when(stored.date), "new": when(new.date), "match": date_match},
        "location": place,
        "similarity": round(similarity(stored, new), 3),
    }


def date_score(a: Event, b: Event) -> int:
    """Prefer the candidate whose date agrees exactly (narrative dates included)."""
    return int(bool(a.date.start) and a.date.start == b.date.start)


def copy_event(event: Event) -> Event:
    return Event(**{**event.__dict__, "evidence": list(event.evidence), "claims": list(event.claims),
                    "source": list(event.source), "target": list(event.target),
                    "attribution": list(event.attribution), "contexts": list(event.contexts)})


def absorb(event: Event, other: Event, seen: set[tuple] | None = None) -> None:
    """Fold another mention of the same event into `event`. `seen`, the `evidence_key`s of `event`'s evidence
    kept by the caller, makes folding thousands of mentions linear instead of quadratic."""
    if seen is None:
        event.evidence += [e for e in other.evidence if e not in event.evidence]
    else:
        fresh = [e for e in other.evidence if evidence_key(e) not in seen]
        seen.update(map(evidence_key, fresh))
        event.evidence += fresh
    event.claims += other.claims
    have = participants_of(event)
    event.source += [p for p in other.source if p.actor_id not in have]
    have = participants_of(event)
    event.target += [p for p in other.target if p.actor_id not in have]
    if event.mode is None and other.mode is not None:  # the more specific report says how
        event.mode, event.cameo = other.mode, other.cameo
    event.attribution += [a for a in other.attribution if a not in event.attribution]
    event.contexts += [c for c in other.contexts if c not in event.contexts]
    event.location = event.location or other.location
    if other.location and event.location and event.location.lat is None and other.location.lat is not None:
        event.location = other.location
    if FACTUALITY_ORDER.index(other.factuality) < FACTUALITY_ORDER.index(event.factuality):
        event.factuality = other.factuality
    event.date = _best_date(event.date, other.date, event.claims)
    event.confidence = min(1.0, max(event.confidence, other.confidence) + 0.05)
    # a magnitude one report states and another leaves out is the event's
    event.size, event.dead, event.injured = (event.size if event.size is not None else other.size,
                                             event.dead if event.dead is not None else other.dead,
                                             event.injured if event.injured is not None else other.injured)


def evidence_key(e: Evidence) -> tuple:
    """Equal for equal evidence (every field), and hashable."""
    return (e.article_id, e.sentence, e.start, e.end, e.trigger, e.trigger_start, e.trigger_end, e.factuality,
            tuple(e.attribution))


def _best_date(a: EventDate, b: EventDate, claims: list[Claim]) -> EventDate:
    rank = {"user": 3, "text": 2, "narrative": 1, "publication": 0}
    precision = {"day": 3, "month": 2, "year": 1, None: 0}
    best = max((a, b), key=lambda d: (rank[d.basis], precision[d.precision], d.end is not None))
    other = b if best is a else a
    if best.end and other.basis == best.basis and _within(other, best) \
            and best.end not in {c.value for c in claims if c.field == "date.end"}:
        # A period that only bounds the event ("last week") yields to a date inside it ("on Friday").
        best = other
    if best.end and len(_distinct({c.value for c in claims if c.field == "date.end"})) > 1:
        # Sources disagree on the end: keep the agreed start, leave the end to the listed conflict.
        best = EventDate(**{**best.__dict__, "end": None})
    return best


def _distinct(values: set[str]) -> list[str]:
    """Values that are not refinements of one another."""
    kept: list[str] = []
    for v in sorted(values, key=len, reverse=True):
        if not any(refines(v, k) for k in kept):
            kept.append(v)
    return kept


def conflicting_fields(claims: Iterable[tuple[str, str]]) -> list[str]:
    """The fields that (field, value) claims disagree on: two values, neither a refinement of the other."""
    values: dict[str, set[str]] = {}
    for field, value in claims:
        values.setdefault(field, set()).add(value)
    return [f for f in CLAIM_FIELDS if len(_distinct(values.get(f, set()))) > 1]


def find_conflicts(event: Event) -> list[Conflict]:
    conflicts: list[Conflict] = []
    said = {(e.factuality == "negated", e.attribution[0] if e.attribution else None): e for e in event.evidence}
    if {denied for denied, _ in said} == {True, False}:
        # Who asserts and who denies the event, one claim per (value, source), from the mentions' own factuality.
        conflicts.append(Conflict(event.id, "factuality", [
            Claim("factuality", e.factuality or event.factuality, who, e) for (_, who), e in said.items()]))
    for field in conflicting_fields((c.field, c.value) for c in event.claims):
        # One claim per (value, source): repeated mentions from one source add nothing.
        unique: dict[tuple[str, str | None], Claim] = {}
        for c in event.claims:
            if c.field == field:
                unique.setdefault((c.value, c.attributed_to), c)
        conflicts.append(Conflict(event.id, field, list(unique.values())))
    return conflicts


def event_id(event: Event) -> str:
    """Stable across re-runs: what happened, between whom, when (not which words said so)."""
    parts = [event.type, event.mode or "", ",".join(sorted(p.actor_id for p in event.source)),
             ",".join(sorted(p.actor_id for p in event.target)), event.date.start or event.date.value or ""]
    return "ev-" + hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def date_claims(event: Event) -> list[Claim]:
    """What this mention asserts about the event's time, attributed to whoever says it."""
    if event.date.basis != "text":
        return []
    who = event.attribution[0] if event.attribution else None
    evidence = event.evidence[0]
    claims = [Claim("date.start", event.date.start or "", who, evidence)] if event.date.start else []
    if event.date.end:
        claims.append(Claim("date.end", event.date.end, who, evidence))
    return claims
