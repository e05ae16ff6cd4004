"""The event coder: PLOVER type, mode and CAMEO code, participants, date, place, factuality, attribution.

Triggers come from a lexicon (`data/lexicon.toml`, user-extensible): verbs ("visited", "met") and
nouns governed by light verbs ("paid a visit", "held talks", "signed a treaty"). Arguments are read
off spaCy's dependency parse; each event mention keeps the sentence and trigger words as evidence.
This module codes single mentions; `dragoman.merge` joins mentions of one event.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from spacy.tokens import Span, Token

from dragoman.actors import GROUP_NOUNS, ActorTable, slug
from dragoman.countries import country_code, country_code_fuzzy, country_name, organization_country
from dragoman.geo import Gazetteer, Place
from dragoman.model import Actor, Event, EventDate, Evidence, Location, Participant
from dragoman.nlp import ParsedBlock, block_at, last_ended_by
from dragoman.reports import date_claims, event_id
from dragoman.timex import Timex

DEFAULT_TARGET_PREPS = ("with", "to", "against", "on")
SPEECH_VERBS = frozenset("""say report announce state claim tell add confirm insist stress write declare
quote release issue deny reveal disclose note""".split())
SPECULATION_VERBS = frozenset("speculate rumor rumour suggest guess believe suspect think".split())
EXPECTATION_WORDS = frozenset("expect anticipate likely predict forecast".split())
PLAN_WORDS = frozenset("plan schedule intend prepare set due aim will shall".split())
SPECULATIVE_MODALS = frozenset({"may", "might", "could", "can"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
EVENT_NOUNS = frozenset("visit trip tour meeting talk summit banquet conference negotiation dinner".split())
# Events whose target may be the subject of their content clause ("urged that X ...").
SPEECH_ACT_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "AGREE", "REJECT", "SUPPORT"})
# Types whose unnamed target is the place of the event, and those aimed at the actors' own country.
PLACE_TARGET_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT", "CONCEDE", "MOBILIZE", "AID", "RETREAT",
                                "SANCTION"})
DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "CONCEDE"})
# Types whose unnamed source is the place's own people or authorities; in the passive, also these.
LOCAL_SOURCE_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE"})
PASSIVE_LOCAL_SOURCE_TYPES = frozenset({"ACCUSE", "SANCTION", "REJECT"})
# Regions that are news actors' places but not in the city gazetteer (general knowledge).
REGIONS = {"west bank": "PSE", "gaza strip": "PSE", "gaza": "PSE", "golan heights": "SYR", "darfur": "SDN",
           "kosovo": "XKX", "chechnya": "RUS", "kashmir": "IND", "crimea": "UKR", "donbas": "UKR",
           "kurdistan": "IRQ", "tibet": "CHN", "xinjiang": "CHN", "south lebanon": "LBN", "west darfur": "SDN"}
# Prepositions that attach an event's target to the noun that names what the event acts on.
OBJECT_PREPS = ("from", "by", "of", "on", "against", "to", "for", "with", "between", "among")
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "conj", "csubj", "parataxis", "acl"})


@dataclass(frozen=True)
class Rule:
    kind: str  # "verb" | "noun"
    lemmas: tuple[str, ...]
    type: str
    cameo: str | None = None
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    target_preps: tuple[str, ...] = DEFAULT_TARGET_PREPS
    require_target: bool = False
    objects: tuple[str, ...] = ()
    light: tuple[str, ...] = ()
    standalone: bool = False
    requires_modifier: tuple[str, ...] = ()
    clause_words: tuple[str, ...] = ()
    target_is_place: bool = False
    objects_are_actors: bool = False


class Lexicon:
    """Trigger words by lemma. Loaded from the packaged default plus any user files."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        # Keyed by the head word: a verb's first word ("call" of "call off"), a noun's last word ("strike"
        # of "hunger strike"); the other words are checked against the parse (`_phrase_matches`).
        self.verbs: dict[str, list[tuple[Rule, tuple[str, ...]]]] = {}
        self.nouns: dict[str, list[tuple[Rule, tuple[str, ...]]]] = {}
        for rule in rules:
            for lemma in rule.lemmas:
                words = tuple(lemma.lower().split())
                if rule.kind == "verb":
                    self.verbs.setdefault(words[0], []).append((rule, words[1:]))
                else:
                    self.nouns.setdefault(words[-1], []).append((rule, words[:-1]))
        # The most specific entry first: multiword lemmas, then entries restricted by their objects.
        for table in (self.verbs, self.nouns):
            for entries in table.values():
                entries.sort(key=lambda e: (-len(e[1]), not e[0].clause_words, not e[0].objects,
                                            not e[0].requires_modifier))
        self.head_words = frozenset(self.verbs) | frozenset(self.nouns)

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Lexicon:
        texts = [resources.files("dragoman").joinpath("data/lexicon.toml").read_text("utf-8")]
        texts += [Path(p).read_text("utf-8") for p in extra]
        rules: list[Rule] = []
        for text in texts:
            data = tomllib.loads(text)
            for kind in ("verb", "noun"):
                for entry in data.get(kind, []):
                    values = {k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()}
                    rules.append(Rule(kind=kind, **values))
        return cls(rules)


@dataclass
class Trigger:
    rule: Rule
    word: Token  # the verb or noun that names the event
    governor: Token  # the verb whose clause the event is in (the word itself for verb triggers)


@dataclass
class CodedMention:
    """One event mention with the parse positions the merger and dater need."""

    event: Event
    block: int
    governor: int  # token index of the clause verb
    sentence_start: int
    participants: set[str] = field(default_factory=set)
    derived: bool = False  # an announced intention read off a planned act; its date claims are the act's


def country_actor(actors: ActorTable, code: str) -> str | None:
    """The id of the country actor `code`, added to the table when the article names it only through a
    place or a people ("in Cizre", "Beirut")."""
    if actors.get(code) is None:
        name = country_name(code)
        if name is None:
            return None
        actors.actors.append(Actor(code, name, "country", country=code))
    return code


# People an attack or crackdown may be aimed at without naming their country.
UNNAMED_PEOPLE = frozenset("""demonstrator protester protestor crowd civilian villager resident student worker
striker rioter people opposition supporter worshipper mourner prisoner inmate detainee""".split())


def _unnamed_people_object(verb: Token) -> bool:
    """The verb, or its purpose clause ("opened fire to disperse ..."), acts on an unnamed crowd."""
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp"))]
    objects = [o for v in clauses for o in v.children if o.dep_ == "dobj"]
    objects += [p for v in clauses for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against")
                for p in c.children if p.dep_ == "pobj"]
    return any(_lemma(o) in UNNAMED_PEOPLE and not o.ent_type_ for o in objects)


def _own_course(verb: Token) -> bool:
    """"insists on opening", "presses for building": the content is an act of the subject itself (a gerund
    with no subject of its own), so the verb demands nothing of another party."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "for")):
        for comp in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            if not any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in comp.children):
                return True
    return False


def _population(tok: Token, b: int, actors: ActorTable) -> bool:
    """A plural common noun a country adjective makes a people of that country ("Croatian extremists")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and actors.at(b, tok.i) is None and any(
        c.dep_ in ("amod", "compound") and c.text[:1].isupper() and country_code(c.text) for c in tok.children)


def _skip_source(found: list[str], tok: Token | None, avoid: frozenset[str], b: int, actors: ActorTable) -> list[str]:
    """`found` without the source's own actors, except the source country named as a people of its own
    ("Croatia is investigating crimes by Croatian extremists")."""
    people = tok is not None and _population(tok, b, actors)
    return [a for a in found if a not in avoid or people and (x := actors.get(a)) is not None and x.kind == "country"]


def _known_organization(tok: Token, b: int, actors: ActorTable) -> str | None:
    """A well-known organization spaCy did not tag as one ("rallies by the Kifaya group", "The Hamas"):
    an organization actor with the country the organization table gives, added to the table."""
    if tok.pos_ != "PROPN" or actors.at(b, tok.i) or tok.ent_type_ in ("PERSON", "GPE", "NORP"):
        return None
    name = _phrase(tok)
    code = organization_country(name)
    if code is None:
        return None
    actor_id = "org-" + slug(name)
    if actors.get(actor_id) is None:
        actors.actors.append(Actor(actor_id, name, "organization", country=code))
    return actor_id


REPORTED_PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our"})


def _reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the verb that reports or decides the pronoun's clause: "Nigeria announced that it
    will withdraw" (it = Nigeria). Only a non-pronoun subject of a verb above the pronoun's own clause."""
    clause = pronoun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    tok = clause
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ != "PRON":
            return subj
    return None


# The forces a side sends, deploys or withdraws.
FORCE_NOUNS = frozenset("""troop soldier force army unit warship jet aircraft peacekeeper personnel police navy
militia battalion brigade division""".split())
# Verbs that put out a statement whose words are its issuer's ("issued a declaration demanding ...").
ISSUING = frozenset("issue release publish send deliver make adopt pass post sign give".split())
# "were engaged in", "is opposed to": the passive form of these says what its subject itself does.
STATIVE_PASSIVES = frozenset("engage involve oppose commit determine prepare resolve dedicate".split())


def _passive_subject(verb: Token) -> Token | None:
    """The surface subject of a passive verb, or of the passive verb it is conjoined to."""
    for tok in (verb, verb.head if verb.dep_ == "conj" else verb):
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            return subj
    return None


def _active(verb: Token) -> bool:
    """A verb in the active voice (no passive auxiliary of its own)."""
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _forms(verb: Token) -> set[str]:
    """The lemma plus the stems of a regular inflection, for when the lemmatizer slips ("staged" -> "stag")."""
    low = verb.lower_
    forms = {_lemma(verb), low}
    if low.endswith("ed"):
        forms |= {low[:-1], low[:-2]}
    elif low.endswith("ing"):
        forms |= {low[:-3], low[:-3] + "e"}
    elif low.endswith("s"):
        forms.add(low[:-1])
    return forms


def _phrase_matches(tok: Token, rest: tuple[str, ...], kind: str) -> bool:
    """The other words of a multiword lemma: a verb's particle or object ("call off", "open fire",
    "beat up"), a noun's compound modifier ("hunger strike", "war games")."""
    if not rest:
        return True
    if kind == "verb":
        words = {c.lower_ for c in tok.children if c.dep_ in ("prt", "dobj", "advmod", "prep", "acomp")} | {
            _lemma(c) for c in tok.children if c.dep_ in ("prt", "dobj", "prep")}
        return all(w in words for w in rest)
    words = {c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")}
    return all(w in words for w in rest)


def _objects_match(tok: Token, objects: tuple[str, ...]) -> bool:
    """`objects` restricts a verb to those direct objects (their lemma, or a phrase in the object)."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "prt", "advmod", "attr")]
    for prep in (c for c in tok.children if c.dep_ in ("prep", "dative")):
        objs += [c for c in prep.children if c.dep_ == "pobj"]
    objs += [c for o in list(objs) for c in o.children if c.dep_ == "conj"]
    # "suspended part of a military aid program": the noun inside "part of", "some of", ...
    objs += [p for o in list(objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    # "halt mediation efforts": a compound modifier names what is halted
    objs += [c for o in list(objs) for c in o.children if c.dep_ == "compound"]
    for o in objs:
        if _lemma(o) in objects or o.lower_ in objects:
            return True
        phrase = " ".join(t.lower_ for t in o.subtree)
        if any(" " in w and w in phrase for w in objects):
            return True
    return False


def _clause_mentions(verb: Token, words: tuple[str, ...]) -> bool:
    """One of `words` is in the verb's clause: "sent troops to join the peace-keeping force"."""
    doc = verb.doc
    clause = doc[verb.left_edge.i:verb.right_edge.i + 1].text.lower()
    return any(w in clause for w in words)


def find_triggers(sent: Iterable[Token], lexicon: Lexicon) -> list[Trigger]:
    triggers: list[Trigger] = []
    heads = lexicon.head_words
    for tok in sent:
        lemma, low = _lemma(tok), tok.lower_
        if lemma not in heads and low not in heads:
            continue  # most words: no trigger, and no need to look further
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            for rule, rest in lexicon.verbs.get(lemma, []) + lexicon.verbs.get(low, []):
                if not _phrase_matches(tok, rest, "verb"):
                    continue
                if rule.objects and not _objects_match(tok, rule.objects):
                    continue
                if rule.clause_words and not _clause_mentions(tok, rule.clause_words):
                    continue
                triggers.append(Trigger(rule, tok, tok))
                break
        elif tok.pos_ in ("NOUN", "PROPN"):
            for rule, rest in lexicon.nouns.get(lemma, []) + lexicon.nouns.get(low, []):
                if not _phrase_matches(tok, rest, "noun"):
                    continue
                if rule.requires_modifier and not any(
                        c.lower_ in rule.requires_modifier for c in tok.subtree if c.i < tok.i):
                    continue
                governor = _governing_verb(tok)
                light = governor is not None and bool(_forms(governor) & set(rule.light))
                standalone = rule.standalone and any(c.dep_ in ("poss", "prep") for c in tok.children)
                held = any(c.dep_ == "acl" and _lemma(c) in ("hold", "schedule", "plan") for c in tok.children)
                if light or standalone or held:
                    triggers.append(Trigger(rule, tok, governor if light and governor is not None else tok))
                    break
    # One event per clause verb and type ("signed an agreement and a plan" is one signing).
    unique: dict[tuple[int, str], Trigger] = {}
    # A verb trigger reads its own object ("a bombing killed one U.S. soldier"): it wins over a noun
    # trigger of the same type on the same verb.
    for t in sorted(triggers, key=lambda t: t.word is not t.governor):
        unique.setdefault((t.governor.i, t.rule.type), t)
    found = sorted(unique.values(), key=lambda t: t.word.i)
    return [t for t in found if _content_of(t, found) is None]


# What these events are about is their content, not a second event: "threatened to ban voting",
# "demanded that the US cancel the sale", "refused to lift the curfew", "agreed to hold exercises".
CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "AGREE"})


def _content_of(trig: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """The speech act whose content a trigger's clause is, if any."""
    tok = trig.governor
    for _ in range(4):
        if tok.dep_ not in ("xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "dobj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        for other in triggers:
            if other is not trig and other.rule.type in CONTENT_TYPES and tok in (other.governor, other.word):
                return other
    return None


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase hangs from, through prepositions ("lead a delegation on a visit")."""
    tok = noun
    for _ in range(4):
        if tok.dep_ in ("ROOT",) or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ in ("nsubj", "nsubjpass", "appos"):
            return None
    return None


class EventCoder:
    def __init__(self, lexicon: Lexicon | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.lexicon = lexicon or Lexicon.load()
        self.gazetteer = gazetteer or Gazetteer()

    def code(self, article_id: str, parsed: list[ParsedBlock], actors: ActorTable,
             timexes: list[Timex], published: str | None) -> list[CodedMention]:
        mentions: list[CodedMention] = []
        previous: CodedMention | None = None
        for b, pb in enumerate(parsed):
            for sent in pb.doc.sents:
                sentence_events: list[CodedMention] = []
                tokens = pb.tokens[sent.start:sent.end]  # made once per doc, not per walk
                obligations = _obligation_clauses(tokens)
                triggers = [t for t in find_triggers(tokens, self.lexicon) if t.governor not in obligations]
                # "Russia said that Sudan must return the helicopter": a demand by the speaker.
                triggers += [Trigger(OBLIGATION_RULE, head, head) for head in obligations.values()
                             if not any(t.governor is head for t in triggers)]
                for trig in triggers:
                    coded = self._code_one(article_id, b, pb, sent, trig, actors, previous)
                    if coded is not None:
                        sentence_events.append(coded)
                        previous = coded  # "the two sides" refers to the last event's participants
                        intent = _intent(coded, trig, pb)
                        if intent is not None:
                            sentence_events.append(intent)
                for coded in sentence_events:
                    self._inherit_from_conj_head(coded, sentence_events, pb)
                mentions += sentence_events
        self._date(mentions, parsed, timexes, published)
        return mentions

    # -- participants -------------------------------------------------------------------------

    def _actors_of(self, tok: Token | None, b: int, actors: ActorTable, previous: CodedMention | None,
                   depth: int = 0) -> list[str]:
        """Actor ids a noun phrase refers to: the name itself, conjuncts, "a delegation led by X",
        "the Belarusian side", "Hungarian and Romanian officials", "security forces in Guinea",
        "Iran's leader", a city standing for its government ("Beirut rejected"), "the two countries"
        (the participants of the previous event)."""
        if tok is None or depth > 4:
            return []
        found: list[str] = []
        own = actors.at(b, tok.i)
        own_actor = actors.get(own) if own else None
        if own_actor is not None and own_actor.kind == "country" and any(c.lower_ == "ethnic" for c in tok.children):
            pass  # "ethnic Albanians" are a people, not Albania: their country is where they live
        elif own:
            found.append(own)
        elif tok.pos_ == "PROPN" and not tok.ent_type_ and (code := country_code_fuzzy(tok.text)):
            found.append(country_actor(actors, code) or "")  # "Ethopia has agreed": no entity, still a country
        elif (known := _known_organization(tok, b, actors)) is not None:
            found.append(known)
        elif tok.lower_ in GROUP_NOUNS and previous is not None and any(
                c.lower_ in ("two", "both", "three") for c in tok.children):
            if tok.lower_ in ("countries", "nations", "states", "governments"):
                countries = [p.country for p in previous.event.source + previous.event.target if p.country]
                found += [c for c in dict.fromkeys(countries) if actors.get(c)] or sorted(previous.participants)
            else:
                found += sorted(previous.participants)
        elif tok.lower_ in REPORTED_PRONOUNS and (speaker := _reporting_subject(tok)) is not None:
            # "Syria says it is willing to withdraw", "Palestinian leaders said they would boycott"
            found += self._actors_of(speaker, b, actors, previous, depth + 1)
        elif (place := self._place_actor(tok, b, actors)) is not None:
            found.append(place)
        else:
            for child in tok.children:
                if child.dep_ == "acl":  # "a delegation led by X"
                    for agent in (c for c in child.children if c.dep_ == "agent"):
                        found += self._actors_of(_pobj(agent), b, actors, previous, depth + 1)
                    if _lemma(child) in ("base", "headquarter", "locate", "station"):
                        # "a newspaper based in Beirut" speaks for its country
                        found += self._prep_actors(child, ("in", "at"), b, actors, previous)
                if child.dep_ in ("acl", "amod") and _lemma(child) in ("affiliate", "belong", "loyal"):
                    # "workers affiliated with the Serbian Workers' Union", "militants loyal to Iraq's Al-Qaeda"
                    found += self._prep_actors(child, ("with", "to"), b, actors, previous)
            if not found:
                for child in tok.children:
                    if child.dep_ == "amod" and _lemma(child) == "lead":
                        # "the US-led war": the leader's war
                        found += [a for c in child.children if c.dep_ in ("npadvmod", "compound", "nmod")
                                  if (a := self._modifier_actor(c, b, actors))]
                    if found:
                        break
                    if child.dep_ in ("amod", "compound", "poss", "nmod") and self._modifier_actor(child, b, actors):
                        # "Hungarian and Romanian officials": the modifier and its conjuncts
                        for mod in [child, *(c for c in child.children if c.dep_ == "conj")]:
                            found.append(self._modifier_actor(mod, b, actors) or "")
                        break
            if not found and tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.ent_type_ in ("", "CARDINAL", "QUANTITY"):
                # "security forces in Guinea", "supporters of X", "doctors from two American aid groups"
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ in ("in", "of", "from", "throughout"):
                        found += self._actors_of(_pobj(child), b, actors, previous, depth + 1)
                        if found:
                            break
        for child in tok.children:
            if child.dep_ == "conj":
                found += self._actors_of(child, b, actors, previous, depth + 1)
        return list(dict.fromkeys(a for a in found if a))

    def _modifier_actor(self, tok: Token, b: int, actors: ActorTable) -> str | None:
        """The actor a modifier names: an actor mention, a place, or a demonym spaCy left untagged
        ("Ghanaian authorities")."""
        found = actors.at(b, tok.i) or self._place_actor(tok, b, actors) or _known_organization(tok, b, actors)
        if found is None and not tok.ent_type_ and tok.text[:1].isupper() and tok.pos_ in ("ADJ", "PROPN"):
            code = country_code(tok.text)
            found = country_actor(actors, code) if code else None
        return found

    def place_country(self, text: str) -> str | None:
        """The country of a place the text names: a city from the gazetteer or a known region."""
        place = self.gazetteer.lookup(text)
        return place.country if place else REGIONS.get(text.lower().removeprefix("the "))

    def _place_actor(self, tok: Token, b: int, actors: ActorTable) -> str | None:
        """A city or region named as an actor stands for its country's government ("Beirut rejected",
        "Washington demanded", "the Bosnian town of Gorazde"): the country actor, added if needed."""
        if tok.ent_type_ not in ("GPE", "LOC") or actors.at(b, tok.i):
            return None
        text = _phrase(tok)
        place = self.gazetteer.lookup(text) or self.gazetteer.lookup(tok.text)
        code = place.country if place else REGIONS.get(text.lower().removeprefix("the "))
        if not code:
            return None
        return country_actor(actors, code)

    def _subject(self, verb: Token) -> tuple[Token | None, bool]:
        """The subject of a verb, inherited through conjunction and control; True if passive."""
        tok = verb
        for _ in range(4):
            for child in tok.children:
                if child.dep_ == "nsubj":
                    return child, False
                if child.dep_ == "nsubjpass":
                    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                    if tok is not verb and _active(verb) or agent is None and (
                            _lemma(tok) in STATIVE_PASSIVES or self._moved_forces(child, verb)):
                        # "has been indicted by the court and will resign": the passive subject resigns;
                        # "Serb forces were engaged in ethnic cleansing": they did it; "Turkish troops were
                        # deployed to the border": their country deployed them
                        return child, False
                    return (_pobj(agent), True) if agent is not None else (None, True)
            # "Syria says it is willing to withdraw": through the adjective to the clause's subject
            if tok.dep_ in ("conj", "xcomp", "advcl", "acomp") and tok.head.i != tok.i:
                tok = tok.head
                continue
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" and _lemma(tok.head.head) in ISSUING:
                # "issued a declaration demanding that ...": the statement's issuer demands
                tok = tok.head.head
                continue
            if tok.dep_ == "relcl":  # "the destination he visited": the head noun is not the subject
                return None, False
            break
        return None, False

    def _moved_forces(self, subject: Token, verb: Token) -> bool:
        """A passive deployment, withdrawal or dispatch of forces: the forces' side is the actor."""
        types = {rule.type for rule, _ in self.lexicon.verbs.get(_lemma(verb), [])}
        return _lemma(subject) in FORCE_NOUNS and bool(types & {"MOBILIZE", "RETREAT", "AID"})

    def _targets(self, trig: Trigger, b: int, actors: ActorTable, previous: CodedMention | None,
                 avoid: frozenset[str] = frozenset()) -> tuple[list[str], Token | None]:
        """The event's target; actors in `avoid` (the source) are skipped, so that "reneged on his
        commitment to the Zambian people" looks past "his" to the people."""
        rule, word, governor = trig.rule, trig.word, trig.governor

        def actors_of(tok: Token | None) -> list[str]:
            return _skip_source(self._actors_of(tok, b, actors, previous), tok, avoid, b, actors)

        def nested(tok: Token, preps: tuple[str, ...]) -> list[str]:
            return self._nested_actors(tok, preps, b, actors, previous, avoid=avoid)

        heads = [word] if word is governor else [word, governor]
        for head in heads:
            for child in head.children:
                if child.dep_ in ("dobj", "dative") and word is governor and not rule.target_is_place:
                    found = actors_of(child)
                    if not found and child.pos_ in ("NOUN", "VERB", "ADJ"):
                        # "rejected an appeal from X", "evacuated the wounded from X", "demanded the removal of X",
                        # "lifted a blockade on X",
                        # "suspended part of a military aid program for Bosnia"
                        found = nested(child, OBJECT_PREPS)
                    if found:
                        return found, child
            # "a mediation effort between X and Y": the noun a trigger modifies carries its arguments
            owners = [head, head.head] if head is word and head.dep_ == "compound" else [head]
            for child in (c for h in owners for c in h.children):
                if child.dep_ in ("prep", "dative") and child.lower_ in rule.target_preps:
                    obj = _pobj(child)
                    found = actors_of(obj)
                    if not found and obj is not None and obj.pos_ == "NOUN" and not rule.target_is_place:
                        # "reneged on his commitment to the Zambian people"
                        found = nested(obj, OBJECT_PREPS)
                    if found:
                        return found, obj
                    if obj is not None and rule.target_is_place:
                        place = self.gazetteer.lookup(_phrase(obj))
                        if place and place.country and actors.get(place.country):
                            return [place.country], obj
        if rule.type == "THREATEN":
            # "threatened to strike unless Israel rescinded ...", "... if the United States goes ahead"
            for clause in (c for v in (governor, *(x for x in governor.children if x.dep_ == "xcomp"))
                           for c in v.children if c.dep_ == "advcl"):
                if any(m.lower_ in ("unless", "if") for m in clause.children if m.dep_ == "mark"):
                    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    found = actors_of(subj)
                    if found:
                        return found, subj
        if rule.type in SPEECH_ACT_TYPES:
            # "demanded that the US cancel ...", "warned that police will ...": the subject of the content
            for child in governor.children:
                if child.dep_ in ("ccomp", "xcomp"):
                    subj = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    found = actors_of(subj)
                    if not found and child.dep_ == "xcomp":
                        found = [a for a in self._prep_actors(child, rule.target_preps + ("to", "on", "against",
                                                                                            "from"),
                                                              b, actors, previous, direct=True) if a not in avoid]
                    if not found:
                        # "promised to continue military aid to Mozambique", "refusing to lift the curfew on X",
                        # "warned that police will no longer tolerate rallies by the Kifaya group"
                        for obj in (c for c in child.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
                            found = nested(obj, OBJECT_PREPS)
                            if found:
                                break
                    if not found and child.dep_ == "xcomp":
                        # "refused to commit to any direct assistance to the US-led war"
                        found = nested(child, OBJECT_PREPS)
                    if found:
                        return found, subj
        for clause in (c for c in governor.children if c.dep_ in ("advcl", "xcomp")
                       and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")):
            # "opened the bridge to allow the delivery of grain to Afghanistan": the purpose names the target
            for obj in (c for c in clause.children if c.dep_ == "dobj"):
                found = actors_of(obj) or (nested(obj, OBJECT_PREPS) if obj.pos_ == "NOUN" else [])
                if found:
                    return found, obj
        if word is governor and rule.kind == "verb" and word.dep_ in ("relcl",) and word.head.pos_ != "VERB":
            found = actors_of(word.head)
            if found:
                return found, word.head
        return [], None

    def _nested_actors(self, noun: Token, preps: tuple[str, ...], b: int, actors: ActorTable,
                       previous: CodedMention | None, depth: int = 0, avoid: frozenset[str] = frozenset()) -> list[str]:
        """Actors in a noun's prepositional phrases, through nouns and clauses that name no actor ("a
        suspension of air links with Serbia", "about 70 million dollars of aid for Romania and Poland",
        "an invitation to attend a meeting of Palestinian factions", "hackers capable of launching cyber
        warfare against the United States")."""
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                obj = _pobj(child)
            elif child.dep_ == "dobj" and noun.pos_ in ("VERB", "AUX"):
                obj = child
            elif child.dep_ in ("acl", "amod") and depth < 3 and (child.pos_ == "ADJ" or any(
                    a.lower_ == "to" for a in child.children if a.dep_ == "aux")):
                # an infinitive ("invitation to attend ...") or an adjective ("capable of ...") on the noun
                found = self._nested_actors(child, preps, b, actors, previous, depth + 1, avoid)
                if found:
                    return found
                continue
            else:
                continue
            found = _skip_source(self._actors_of(obj, b, actors, previous), obj, avoid, b, actors)
            if not found and obj is not None and obj.pos_ in ("NOUN", "VERB") and depth < 3:
                found = self._nested_actors(obj, preps, b, actors, previous, depth + 1, avoid)
            if found:
                return found
        return []

    def _prep_actors(self, tok: Token, preps: tuple[str, ...], b: int, actors: ActorTable,
                     previous: CodedMention | None, direct: bool = False) -> list[str]:
        """Actors in `tok`'s prepositional phrases (and, with `direct`, its direct object)."""
        for child in tok.children:
            if direct and child.dep_ in ("dobj", "dative"):
                found = self._actors_of(child, b, actors, previous)
                if found:
                    return found
            if child.dep_ in ("prep", "dative", "agent") and child.lower_ in preps:
                found = self._actors_of(_pobj(child), b, actors, previous)
                if found:
                    return found
        return []

    def _participant(self, actor_id: str, actors: ActorTable) -> Participant:
        actor = actors.get(actor_id)
        if actor is None:
            return Participant(actor_id, actor_id, None)
        return Participant(actor.id, actor.name, actor.country)

    # -- one mention --------------------------------------------------------------------------

    def _code_one(self, article_id: str, b: int, pb: ParsedBlock, sent: Span, trig: Trigger,
                  actors: ActorTable, previous: CodedMention | None) -> CodedMention | None:
        rule = trig.rule
        subject, passive = self._subject(trig.governor)
        source_ids: list[str] = []
        if trig.word is not trig.governor or rule.kind == "verb":
            source_ids = self._actors_of(subject, b, actors, previous)
        if not source_ids and rule.kind == "noun":
            # "Ryzhenkov's trip", "the first visit ... by a Belarusian foreign minister", "the ASEAN meeting"
            for child in trig.word.children:
                if child.dep_ in ("poss", "compound", "nmod", "amod"):
                    source_ids += self._actors_of(child, b, actors, previous)
                if child.dep_ == "prep" and child.lower_ == "by":
                    source_ids += self._actors_of(_pobj(child), b, actors, previous)
                if child.dep_ == "prep" and child.lower_ == "of" and not source_ids:
                    source_ids += self._actors_of(_pobj(child), b, actors, previous)
        # The passive subject is the target ("Three US servicemen were killed by ...", "A US national has
        # been put under investigation in Italy"); else the object or a prepositional argument.
        target_ids = self._actors_of(_passive_subject(trig.governor), b, actors, previous) if passive else []
        if target_ids:
            target_ids = [t for t in dict.fromkeys(target_ids) if t not in source_ids]
        else:
            # `_targets` already skips the source itself ("Croatia ... its borders"), but keeps a country's
            # own people: "Croatia is investigating crimes by Croatian extremists" is domestic, not reflexive.
            target_ids, _ = self._targets(trig, b, actors, previous, frozenset(source_ids))
            target_ids = list(dict.fromkeys(target_ids))
        source_ids = list(dict.fromkeys(source_ids))
        if rule.type == "REQUEST" and not target_ids and _own_course(trig.governor):
            return None  # "North Korea insists on opening a new era": a resolve of its own, asked of no one
        if rule.require_target and not target_ids:
            return None
        location = self._location(trig, b, pb, actors)
        if not target_ids and rule.type in PLACE_TARGET_TYPES:
            # A protest, crackdown, attack or easing with no named target is aimed at the place where it
            # happens ("imposed a curfew in Cizre" -> Turkey), or, for domestic dissent, at the
            # protesters' own country ("students throughout Indonesia staged demonstrations").
            if location is not None and location.country:
                target_ids = [c for c in [country_actor(actors, location.country)] if c]
            elif rule.type in DOMESTIC_TYPES or _unnamed_people_object(trig.governor):
                # "police opened fire to disperse demonstrators": unnamed crowds are the forces' own people
                own = {self._participant(a, actors).country for a in source_ids} - {None}
                if len(own) == 1:
                    target_ids = [c for c in [country_actor(actors, own.pop())] if c]
        if not source_ids and location is not None and location.country and (
                rule.type in LOCAL_SOURCE_TYPES or passive and rule.type in PASSIVE_LOCAL_SOURCE_TYPES):
            # An attack, crackdown or protest by no one named, or an arrest or inquiry in the passive, is
            # coded to the country where it happens, as CAMEO codes unidentified local actors ("a roadside
            # bombing near Samarra" -> Iraq; "was put under investigation in Italy" -> Italy).
            source_ids = [c for c in [country_actor(actors, location.country)] if c]
        if not source_ids and not target_ids:
            return None
        offset = pb.offset
        evidence = Evidence(
            article_id=article_id,
            sentence=sent.text.strip(),
            start=offset + sent.start_char,
            end=offset + sent.start_char + len(sent.text.rstrip()),
            trigger=_trigger_words(trig),
            trigger_start=offset + trig.governor.idx if trig.governor.i < trig.word.i else offset + trig.word.idx,
            trigger_end=offset + max(trig.word.idx + len(trig.word), trig.governor.idx + len(trig.governor)),
        )
        factuality = _factuality(trig)
        attribution = _attribution(trig.governor, b, actors)
        evidence.factuality, evidence.attribution = factuality, attribution
        mode = rule.mode
        if rule.type == "CONSULT" and mode is None and location and location.country:
            countries = {self._participant(a, actors).country for a in source_ids + target_ids}
            if location.country not in countries and None not in countries:
                mode = "third-party"
        event = Event(
            id="",
            type=rule.type,
            mode=mode,
            contexts=list(rule.contexts) or _contexts(sent),
            cameo=rule.cameo,
            source=[self._participant(a, actors) for a in source_ids],
            target=[self._participant(a, actors) for a in target_ids],
            location=location,
            factuality=factuality,
            attribution=attribution,
            evidence=[evidence],
            confidence=0.4 + 0.2 * bool(source_ids) + 0.2 * bool(target_ids),
        )
        return CodedMention(event, b, trig.governor.i, offset + sent.start_char, set(source_ids + target_ids))

    def _inherit_from_conj_head(self, coded: CodedMention, siblings: list[CodedMention],
                                pb: ParsedBlock) -> None:
        """"Krasnov held talks with Kim and signed an agreement": the signing has the same partner."""
        if coded.event.target:
            return
        verb = pb.doc[coded.governor]
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return
        head = next((s for s in siblings if s.governor == verb.head.i and s is not coded), None)
        if head is not None:
            sources = {p.actor_id for p in coded.event.source}
            coded.event.target = [p for p in head.event.target if p.actor_id not in sources]
            coded.participants |= {p.actor_id for p in coded.event.target}

    def _location(self, trig: Trigger, b: int, pb: ParsedBlock, actors: ActorTable) -> Location | None:
        """The most specific place in the event's clause ("at the Koryo Hotel in Pyongyang")."""
        names: list[Token] = []
        roots = [trig.governor] if trig.governor is trig.word else [trig.governor, trig.word]
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
                    if obj is not None and obj.ent_type_ not in ("GPE", "LOC", "FAC", "ORG"):
                        # "in the town of Cizre", "in the capital city of Algiers"
                        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                        inner = _pobj(of)
                        if inner is not None and inner.ent_type_ in ("GPE", "LOC", "NORP"):  # "town of Samarra"
                            obj = inner
                    if obj is not None and (obj.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or
                                            obj.ent_type_ == "NORP" and obj.dep_ == "pobj" and obj.head.lower_ == "of"):
                        names.append(obj)
                stack.append((child, in_acl or child.dep_ == "acl"))
        best: Location | None = None
        for obj in sorted(names, key=lambda t: t.i):
            text = _phrase(obj)
            place = self.gazetteer.lookup(text)
            if place is None and text.lower().removeprefix("the ") in REGIONS:
                place = Place(text, REGIONS[text.lower().removeprefix("the ")], None, None)
            start = pb.offset + _phrase_start(obj)
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

    # -- dates --------------------------------------------------------------------------------

    def _date(self, mentions: list[CodedMention], parsed: list[ParsedBlock], timexes: list[Timex],
              published: str | None) -> None:
        dated = [t for t in timexes if t.type in ("DATE", "TIME") and t.precision]
        governed: dict[tuple[int, int], Timex] = {}
        for t in dated:
            located = _timex_governor(t, parsed)
            if located is not None and located not in governed:
                governed[located] = t
        for m in mentions:
            verb = parsed[m.block].doc[m.governor]
            t = governed.get((m.block, m.governor))
            if t is None:
                t = _noun_trigger_date(m, parsed, governed)
            if t is None and verb.pos_ == "NOUN":
                # "may miss the meeting ... on July 27": the date on the verb dates the meeting.
                head = _governing_verb(verb)
                if head is not None and not any(x.governor == head.i and x.block == m.block for x in mentions):
                    t = governed.get((m.block, head.i))
            if t is None and verb.dep_ == "conj" and _shares_time(verb):
                t = governed.get((m.block, verb.head.i))
            if t is None:
                for child in verb.children:
                    if child.dep_ == "conj" and _shares_time(child):
                        t = governed.get((m.block, child.i))
                        if t:
                            break
            if t is not None:
                m.event.date = _event_date(t, "text")
            else:
                # Narrative time: the last date the story gave before this mention.
                trigger_start = m.event.evidence[0].trigger_start or 0
                before = last_ended_by(dated, trigger_start)
                if before:
                    m.event.date = _event_date(before[-1], "narrative")
                elif published:
                    m.event.date = EventDate(value=published, start=published, end=None, precision="day",
                                             basis="publication")
            m.event.confidence = min(1.0, m.event.confidence + (0.1 if m.event.date.basis == "text" else 0))
            if m.derived:
                # The intention's sources may disagree on when the act ends; that conflict is listed on
                # the act itself, so the intention keeps only the agreed start instead of one side's end.
                m.event.date = replace(m.event.date, end=None)
            m.event.claims = [] if m.derived else date_claims(m.event)
            m.event.id = event_id(m.event)


OBLIGATION_RULE = Rule(kind="verb", lemmas=(), type="REQUEST", cameo="100")
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
OBLIGATION_HEADS = SPEECH_VERBS | frozenset("conclude insist demand warn urge agree decide argue".split())


def _obligation_clauses(sent: Iterable[Token]) -> dict[Token, Token]:
    """Clauses "X must/should do Y" reported by a speaker ("Russia said that Sudan must return ..."),
    mapped to the speech verb: PLOVER codes them as the speaker's demand on X."""
    found: dict[Token, Token] = {}
    for tok in sent:
        if tok.dep_ != "ccomp" or _lemma(tok.head) not in OBLIGATION_HEADS:
            continue
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in tok.children):
            found[tok] = tok.head
    return found


# Announced intentions: PLOVER codes a stated future cooperative act as AGREE and a hostile one as
# THREATEN (CAMEO 03 "express intent to ..." and 13 "threaten"), besides the planned act itself.
COOPERATIVE_INTENT = {"CONSULT": ("036", None), "SUPPORT": ("032", None), "COOPERATE": ("031", None),
                      "AID": ("033", None), "RETREAT": ("035", None), "CONCEDE": ("035", None)}
HOSTILE_INTENT = {"SANCTION": ("133", "relations"), "COERCE": ("132", "ban"), "ASSAULT": ("138", "violence"),
                  "MOBILIZE": ("138", "violence"), "PROTEST": ("133", "relations")}
INTENT_WORDS = frozenset("plan intend decide ready willing prepared vow offer determine resolve mean".split())


def _intent(coded: CodedMention, trig: Trigger, pb: ParsedBlock) -> CodedMention | None:
    event = coded.event
    if event.factuality not in ("planned", "hypothetical", "reported") or not event.source:
        return None
    table = COOPERATIVE_INTENT if event.type in COOPERATIVE_INTENT else HOSTILE_INTENT
    if event.type not in table:
        return None
    chain = _chain(trig.governor)[:4]
    auxes = {c.lower_ for v in chain[:2] for c in v.children if c.dep_ == "aux"}
    conditional = event.factuality == "hypothetical" and auxes & (SPECULATIVE_MODALS | {"would"})
    if not (conditional or auxes & (FUTURE_MODALS | {"would"}) or any(
            _lemma(v) in INTENT_WORDS or any(c.lower_ in INTENT_WORDS for c in v.children if c.dep_ == "acomp")
            for v in chain)):
        return None
    cameo, mode = table[event.type]
    new_type = "AGREE" if table is COOPERATIVE_INTENT else "THREATEN"
    evidence = Evidence(**{**event.evidence[0].__dict__, "factuality": "asserted"})
    evidence.factuality = "reported" if event.attribution else "asserted"
    derived = Event(id="", type=new_type, mode=mode, contexts=list(event.contexts), cameo=cameo,
                    source=list(event.source), target=list(event.target), location=event.location,
                    factuality=evidence.factuality, attribution=list(event.attribution), evidence=[evidence],
                    confidence=event.confidence)
    return CodedMention(derived, coded.block, coded.governor, coded.sentence_start, set(coded.participants),
                        derived=True)


def _event_date(t: Timex, basis: str) -> EventDate:
    value = _date_part(t.range_start or t.value, t.precision)
    start = _date_part(t.range_start, t.precision) if t.range_start else value
    end = _date_part(t.range_end, t.precision) if t.range_end else None
    return EventDate(value=value, start=start, end=end, precision=t.precision, basis=basis,  # type: ignore[arg-type]
                     text=t.text, char_start=t.start, char_end=t.end)


def _date_part(value: str | None, precision: str | None) -> str | None:
    if value is None:
        return None
    size = {"year": 4, "month": 7, "day": 10}.get(precision or "day", 10)
    return value[:size]


def _timex_governor(t: Timex, parsed: list[ParsedBlock]) -> tuple[int, int] | None:
    """The (block, token) of the verb or trigger noun a date expression modifies."""
    for b, pb in block_at(parsed, t.start):
        if not (pb.block.start <= t.start < pb.block.end):
            continue
        span = pb.doc.char_span(t.start - pb.offset, t.end - pb.offset, alignment_mode="expand")
        if span is None:
            return None
        tok = span.root
        for _ in range(8):
            if tok.head.i == tok.i:
                return (b, tok.i) if tok.pos_ in ("VERB", "AUX") else None
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                return b, tok.i
            if tok.pos_ in ("NOUN", "PROPN"):
                # A date inside a noun phrase dates that noun ("a visit from July 23 to 25"), never the
                # verb above it ("signed a plan for 2024-2026").
                return (b, tok.i) if tok.lemma_.lower() in EVENT_NOUNS else None
        return None
    return None


def _noun_trigger_date(m: CodedMention, parsed: list[ParsedBlock],
                       governed: dict[tuple[int, int], Timex]) -> Timex | None:
    """A date hung on the trigger noun ("a visit ... from July 23 to 25")."""
    evidence = m.event.evidence[0]
    offset = parsed[m.block].offset
    for tok in parsed[m.block].tokens:
        if offset + tok.idx >= evidence.start and offset + tok.idx < evidence.end and (m.block, tok.i) in governed \
                and tok.pos_ == "NOUN" and _governing_verb(tok) is not None and _governing_verb(tok).i == m.governor:
            return governed[(m.block, tok.i)]
    return None


def _shares_time(verb: Token) -> bool:
    """Conjoined verbs share a date unless the clause turns ("but ... has not yet opened")."""
    conj_verb = verb if verb.dep_ == "conj" else None
    if conj_verb is None:
        return False
    if any(c.dep_ == "cc" and c.lower_ in ("but", "yet", "while", "whereas") for c in conj_verb.head.children
           if c.i < conj_verb.i):
        return False
    own_aux = {c.lower_ for c in conj_verb.children if c.dep_ == "aux"}
    head_aux = {c.lower_ for c in conj_verb.head.children if c.dep_ == "aux"}
    return own_aux <= head_aux


def _pobj(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _phrase(tok: Token) -> str:
    """The name a token heads: its compound/proper-noun modifiers plus itself."""
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "PROPN" or child.dep_ == "compound":
            left = child if child.i < left.i else left
    return tok.doc[left.i:tok.i + 1].text


def _phrase_start(tok: Token) -> int:
    text = _phrase(tok)
    return tok.idx + len(tok.text) - len(text)


def _trigger_words(trig: Trigger) -> str:
    if trig.word is trig.governor:
        return trig.word.text
    first, last = sorted((trig.word, trig.governor), key=lambda t: t.i)
    return f"{first.text} … {last.text}" if last.i - first.i > 2 else first.doc[first.i:last.i + 1].text


def _chain(tok: Token) -> list[Token]:
    """The verb and the verbs it is embedded under, up to the sentence root."""
    chain = [tok]
    while tok.head.i != tok.i and len(chain) < 8:
        tok = tok.head
        chain.append(tok)
    return chain


def _factuality(trig: Trigger) -> str:
    if trig.word is trig.governor and trig.word.pos_ in ("NOUN", "PROPN"):
        return _noun_factuality(trig.word)
    verbs = [trig.governor] if trig.word is trig.governor else [trig.word, trig.governor]
    own = trig.governor
    children = [c for v in verbs for c in v.children]
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in ("neg", "advmod", "det") for c in children):
        return "negated"
    chain = _chain(own)
    for v in chain:
        for c in v.children:
            if c.dep_ in ("advcl", "mark") and c.lower_ == "if" or c.dep_ == "advcl" and any(
                    m.lower_ == "if" for m in c.children if m.dep_ == "mark"):
                return "hypothetical"
        if v.dep_ == "advcl" and any(m.lower_ == "if" for m in v.children if m.dep_ == "mark"):
            return "hypothetical"
    auxes = [c.lower_ for v in chain[:3] for c in v.children if c.dep_ == "aux"]
    lemmas = [_lemma(v) for v in chain]
    if any(a in SPECULATIVE_MODALS for a in [c.lower_ for c in own.children if c.dep_ == "aux"]) or any(
            lem in SPECULATION_VERBS for lem in lemmas[1:]):
        return "speculated"
    if any(lem in EXPECTATION_WORDS for lem in lemmas[1:]) or any(
            c.lower_ == "likely" for v in chain[:3] for c in v.children):
        return "expected"
    if any(a in FUTURE_MODALS for a in auxes) or any(lem in PLAN_WORDS for lem in lemmas[1:]) or any(
            c.dep_ == "acomp" and c.lower_ in ("ready", "willing", "prepared") for v in chain[:3]
            for c in v.children) or any(v.lower_ in ("ready", "willing", "prepared") for v in chain[1:3]):
        return "planned"
    if any(lem in SPEECH_VERBS for lem in lemmas[1:]) or any(
            c.lower_ == "according" for v in chain for c in v.children) or any(
            c.lower_ in ("reportedly", "allegedly") for c in own.children):
        return "reported"
    return "asserted"


def _noun_factuality(noun: Token) -> str:
    """An event named by a noun alone ("the meeting scheduled for July 27", "Ryzhenkov's trip") is
    as certain as its own modifiers say, whatever the clause around it speculates about."""
    if any(c.dep_ == "acl" and _lemma(c) in PLAN_WORDS for c in noun.children):
        return "planned"
    if any(c.dep_ == "amod" and c.lower_ in ("planned", "proposed", "upcoming", "expected", "future")
           for c in noun.children):
        return "planned"
    if any(_lemma(v) in SPEECH_VERBS for v in _chain(noun)[1:]):
        return "reported"
    return "asserted"


def _attribution(verb: Token, b: int, actors: ActorTable) -> list[str]:
    """Who says so: the subject of a reporting verb above the event, or "according to X"."""
    found: list[str] = []
    chain = _chain(verb)
    for v in chain:
        for c in v.children:
            if c.lower_ == "according":
                to = next((x for x in c.children if x.lower_ == "to"), None)
                obj = _pobj(to) if to is not None else None
                if obj is not None:
                    found.append(_speaker(obj, b, actors))
    for i, v in enumerate(chain[1:], start=1):
        if _lemma(v) not in SPEECH_VERBS | SPECULATION_VERBS:
            continue
        # "issued a statement ... saying that": the speaker is the subject of the nearest verb that has one.
        for w in chain[i:]:
            subj = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            if subj.lower_ == "it":  # "It is reported that" names no one; "It is worth noting" says nothing
                if subj.dep_ == "nsubjpass" and _lemma(w) in SPEECH_VERBS:
                    found.append("unnamed reports")
            elif subj.dep_ == "nsubj" and not any(c.lower_ in ("neither", "no", "none") for c in subj.subtree):
                found.append(_speaker(subj, b, actors))
            break
        break
    return list(dict.fromkeys(found))


def _speaker(tok: Token, b: int, actors: ActorTable) -> str:
    actor_id = actors.at(b, tok.i)
    if actor_id:
        actor = actors.get(actor_id)
        if actor is not None:
            return actor.name
    words = [t for t in tok.subtree if t.dep_ != "det"]
    return " ".join(t.text for t in words) if len(words) <= 6 else tok.text


CONTEXT_WORDS = {
    "military": ("military", "troops", "army", "defense", "defence", "weapon", "missile", "war"),
    "economic": ("economic", "trade", "economy", "investment", "business", "finance"),
    "legal": ("prosecutor", "procuratorate", "court", "judicial", "legal", "law"),
    "culture": ("cultural", "culture"),
}


def _contexts(sent: Span) -> list[str]:
    low = sent.text.lower()
    found = [c for c, words in CONTEXT_WORDS.items() if any(w in low for w in words)]
    return found or ["diplomatic"]
