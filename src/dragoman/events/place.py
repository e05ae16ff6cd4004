"""Where an event happened (the place-related type policies are data: `dragoman.events.policy`)."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.actors import ATTACKED_PREPS, ActorTable, attack_noun
from dragoman.events.arguments import _phrase, _phrase_start, _pobj
from dragoman.events.triggers import CLAUSE_DEPS, Trigger
from dragoman.geo import Gazetteer, Place, qualified_countries
from dragoman.model import Location
from dragoman.nlp import ParsedBlock

# Regions that are news actors' places but not in the city gazetteer (general knowledge).
REGIONS = {"west bank": "PSE", "gaza strip": "PSE", "gaza": "PSE", "golan heights": "SYR", "darfur": "SDN",
           "kosovo": "XKX", "chechnya": "RUS", "kashmir": "IND", "crimea": "UKR", "donbas": "UKR",
           "kurdistan": "IRQ", "tibet": "CHN", "xinjiang": "CHN", "south lebanon": "LBN", "west darfur": "SDN",
           "niger delta": "NGA", "jordan valley": "PSE"}


# Acts done at the place they are done to: "shelled Belgorod", "raided the Jenin camp" happen there; "condemned
# Kyiv" and "sanctioned Moscow" (a restriction, from afar) do not.
SCENE_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE"})
REMOTE_MODES = frozenset({"restrict", "ban"})
PREP_PLACES = ("GPE", "LOC", "FAC", "ORG")  # "at the Foreign Ministry" is a place too


def _is_place(tok: Token, b: int, actors: ActorTable, labels: tuple[str, ...] = ("GPE", "LOC", "FAC")) -> bool:
    """A place by its entity label, or one the actors read as its country ("struck Kharkiv", labelled a person),
    not its people ("killed two Palestinians")."""
    actor = actors.get(actors.at(b, tok.i) or "")
    return tok.ent_type_ in labels or tok.tag_ not in ("NNPS", "NNS") and actor is not None and actor.kind == "country"


def _scene_objects(trig: Trigger, roots: list[Token], b: int, actors: ActorTable) -> list[Token]:
    """The place an act is done to or a visit goes to: the object of an attack ("shelled the city of Belgorod")
    or of a visit ("visited Hanoi", "a visit to Hanoi", "travelled to Hanoi")."""
    visit = trig.rule.mode == "visit"
    if not visit and (trig.rule.type not in SCENE_OBJECT_TYPES or trig.rule.mode in REMOTE_MODES):
        return []
    found = []
    for root in roots:
        for child in root.children:
            obj = child if child.dep_ == "dobj" else _pobj(child) if visit and child.dep_ == "prep" \
                and child.lower_ == "to" else None
            if obj is not None and not _is_place(obj, b, actors):
                obj = _named_place(obj, b, actors)
            if obj is not None and _is_place(obj, b, actors):
                found.append(obj)
    return found


def _named_place(noun: Token, b: int, actors: ActorTable, labels: tuple[str, ...] = ("GPE", "LOC", "FAC")) \
        -> Token | None:
    """The place a common noun names by its "of" phrase or its apposition: "the city of Belgorod", "the Kazakh
    capital Astana"."""
    of = _pobj(next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None))
    named = [of] if of is not None else []
    named += [c for c in noun.children if c.dep_ == "appos"]
    return next((t for t in named if _is_place(t, b, actors, labels)), None)


def event_location(gazetteer: Gazetteer, trig: Trigger, b: int, pb: ParsedBlock, actors: ActorTable) -> Location | None:
    """The most specific place in the event's clause ("at the Koryo Hotel in Pyongyang"), or the place an attack
    or a visit is aimed at."""
    roots = [trig.governor] if trig.governor is trig.word else [trig.governor, trig.word]
    names: list[Token] = _scene_objects(trig, roots, b, actors)
    # "killed 23 people when they blew themselves up in Tel Aviv": a clause of the same moment places the act when
    # its own clause names no place
    same_moment = [c for r in roots for c in r.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ in ("mark", "advmod") and m.lower_ in SAME_MOMENT_MARKS for m in c.children)]
    names += _places_below(roots, b, actors)
    if not names and same_moment:
        names = _places_below(same_moment, b, actors)
    if not names and trig.governor.dep_ == "conj" and trig.governor.head.pos_ in ("VERB", "AUX"):
        # "rallied in Tel Aviv on Saturday, and police arrested six protesters": a clause joined to one that
        # names the place, naming none itself, happens there
        names = _places_below([trig.governor.head], b, actors)
    if not names and trig.governor.dep_ == "relcl" and any(
            c.tag_ == "WRB" and c.lower_ == "where" for c in trig.governor.children):
        # "the northern city of Thessaloniki, where 20,000 people marched": the noun the clause is on
        on = trig.governor.head
        names = [p for p in [on if _is_place(on, b, actors, PREP_PLACES) else _named_place(on, b, actors)] if p]
    best: Location | None = None
    for obj in sorted(names, key=lambda t: t.i):
        text, start = _phrase(obj), pb.offset + _phrase_start(obj)
        place = gazetteer.lookup(text, qualified_countries(obj))  # "Bountiful, B.C." is Canada's
        entity = next((e for e in obj.doc.ents if e.end - 1 == obj.i), None)
        if place is None and entity is not None and entity.text != text:
            # "the Kazakh capital Astana": the name, not the phrase
            text, start = entity.text, pb.offset + entity.start_char
            place = gazetteer.lookup(text, qualified_countries(obj))
        if place is None and text.lower().removeprefix("the ") in REGIONS:
            place = Place(text, REGIONS[text.lower().removeprefix("the ")], None, None)
        if place is not None:
            # The place as the article spells it; the gazetteer gives country and coordinates.
            if best is not None and best.lat is None and best.country in (None, place.country):
                # "the Koryo Hotel in Pyongyang": keep the venue name, take the city's coordinates.
                best = Location(f"{best.name}, {text}", place.country, place.lat, place.lon,
                                best.char_start, start + len(text))
            elif best is None or best.lat is None:
                best = Location(text, place.country, place.lat, place.lon, start, start + len(text))
        elif best is None and obj.ent_type_ in ("FAC", "ORG") and obj.lower_ in (
                "hotel", "palace", "house", "hall", "building", "square", "center", "centre") \
                or best is None and obj.ent_type_ == "FAC":
            best = Location(text, None, None, None, start, start + len(text))
    return best


def _the_act(noun: Token, roots: list[Token]) -> bool:
    """An attack noun that names the event or its means: a root, a root's subject ("the shelling of Kharkiv
    killed"), or its setting ("killed in a strike on Odesa"); not one in a phrase of time ("suspended since the
    start of the attacks on Gaza")."""
    if not attack_noun(noun):
        return False
    if noun in roots:
        return True
    return noun.head in roots and noun.dep_ in ("nsubj", "nsubjpass") or noun.dep_ == "pobj" \
        and noun.head.lower_ in ("in", "during") and noun.head.head in roots


# Marks of a clause telling of the same moment as the one it hangs on ("when they blew themselves up in Tel Aviv").
SAME_MOMENT_MARKS = frozenset({"when", "as", "while"})


def _places_below(roots: list[Token], b: int, actors: ActorTable) -> list[Token]:
    """The place objects of in/at/near ... phrases in the clauses of `roots`, not in the clauses below them (other
    than relative ones, "the summit, which was held in Doha")."""
    names: list[Token] = []
    stack = [(tok, False) for tok in roots]
    seen: set[int] = set()
    while stack:
        tok, in_acl = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        for child in tok.children:
            if child.dep_ in CLAUSE_DEPS - {"acl"} and child.pos_ in ("VERB", "AUX") and not in_acl:
                continue
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "during", "outside", "throughout"):
                obj = _pobj(child)
                if obj is None:  # "outside of the Iraqi city of Basra"
                    obj = _pobj(next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None))
                if obj is not None and not _is_place(obj, b, actors, PREP_PLACES):
                    # "in the town of Cizre", "in the capital city of Algiers", "in the Kazakh capital Astana"
                    obj = _named_place(obj, b, actors, ("GPE", "LOC", "NORP")) or obj
                if obj is not None and (_is_place(obj, b, actors, PREP_PLACES) or
                                        obj.ent_type_ == "NORP" and obj.dep_ == "pobj" and obj.head.lower_ == "of"):
                    names.append(obj)
            elif child.dep_ == "prep" and child.lower_ in ATTACKED_PREPS and _the_act(tok, roots):
                # "the shelling of Kharkiv killed two", "killed in a strike on the city of Odesa": where the attack
                # that is the event (or that did it) fell
                obj = _pobj(child)
                if obj is not None and not _is_place(obj, b, actors):
                    obj = _named_place(obj, b, actors)
                if obj is not None and _is_place(obj, b, actors):
                    names.append(obj)
            stack.append((child, in_acl or child.dep_ == "acl"))
    return names
