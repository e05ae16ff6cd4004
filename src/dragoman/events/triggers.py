"""Event triggers: the lexicon's rules and where they fire in a sentence (verbs, light-verb nouns, obligations)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from dragoman.countries import country_code
from dragoman.events.magnitude import number_value
from dragoman.events.policy import SECTION, TypePolicy, packaged_policy
from dragoman.events.senses import SECTION as SENSES
from dragoman.events.senses import Senses, judgement, packaged_senses, tested, word_valence
from dragoman.model import Event, Participant
from dragoman.wordlists import NO_COMMENT_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from dragoman.events.dictionary import CameoDictionary

DEFAULT_TARGET_PREPS = ("with", "to", "against", "on")


EVENT_NOUNS = frozenset("visit trip tour meeting talk summit banquet conference negotiation dinner".split())


UNDOING_PARTICLES = frozenset({"off"})
# ... and verbs with a particle that end what the verb alone would start ("broke up the rally", "protests broke out")
UNDOING_PHRASALS = frozenset({("break", "up")})


# Prepositions a verb keeps in its nominalisation ("withdrawal from", "application for", "coordination with").
NOMINAL_PREPOSITIONS = frozenset({"from", "for", "with", "against", "into", "on", "to"})


CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "conj", "csubj", "parataxis", "acl"})


# Noun suffixes of English derivational morphology and the verb endings they come from, most specific first:
# "investigation" -> investigate, "condemnation" -> condemn, "mobilization" -> mobilize, "occupation" -> occupy,
# "detention" -> detain, "expulsion" -> expel, "suspension" -> suspend, "invasion" -> invade, "permission" ->
# permit, "rejection" -> reject, "extradition" -> extradite, "withdrawal" -> withdraw, "refusal" -> refuse,
# "denial" -> deny, "deployment" -> deploy, "assistance" -> assist, "interference" -> interfere, "compliance" ->
# comply, "seizure" -> seize, "delivery" -> deliver, "bombing" -> bomb, "criticism" -> criticize.
NOMINAL_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ization", ("ize",)), ("isation", ("ise", "ize")), ("icism", ("icize", "icise")), ("ication", ("y",)),
    ("ation", ("ate", "", "e", "y")),
    ("ention", ("ain", "ene")), ("ulsion", ("el",)), ("ission", ("it",)), ("ension", ("end",)),
    ("ansion", ("and",)), ("asion", ("ade",)), ("ision", ("ide",)), ("ution", ("ute",)), ("ition", ("ite", "")),
    ("ion", ("", "e")), ("ial", ("y",)), ("al", ("", "e")), ("ment", ("",)), ("iance", ("y",)),
    ("ance", ("", "e")), ("ence", ("e", "")), ("ure", ("e",)), ("ery", ("er",)), ("ing", ("", "e")),
)


VOWELS = frozenset("aeiou")


def regular_inflections(verb: str) -> set[str]:
    """The regular -s, -ed and -ing forms of a one-word verb, with the final consonant doubled after one stressed
    short vowel ("unban" -> "unbanned", "snub" -> "snubbing") and without it ("visit" -> "visited"): spelling
    alone cannot tell the two apart, and the form that is not a word never occurs in text."""
    if not verb.isalpha() or len(verb) < 3:
        return set()
    last, before = verb[-1], verb[-2]
    if last == "y" and before not in VOWELS:
        return {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    forms = {verb + ("es" if verb.endswith(("s", "x", "z", "ch", "sh", "o")) else "s")}
    if last == "e":
        forms |= {verb + "d", (verb[:-2] + "ying") if verb.endswith("ie") else
                  (verb + "ing") if before == "e" else (verb[:-1] + "ing")}
    else:
        forms |= {verb + "ed", verb + "ing"}
        if last not in VOWELS and last not in "wxy" and before in VOWELS and verb[-3] not in VOWELS:
            forms |= {verb + last + "ed", verb + last + "ing"}
    return forms


# Past forms of irregular verbs that prefixed verbs keep ("retook", "overthrew"); spaCy's tables know the bare verbs'
# forms but not all the prefixed ones ("retook" stays "retook").
IRREGULAR_PASTS = {"take": ("took", "taken"), "throw": ("threw", "thrown"), "run": ("ran", "run"),
                   "give": ("gave", "given"), "draw": ("drew", "drawn"), "write": ("wrote", "written"),
                   "make": ("made", "made"), "build": ("built", "built"), "send": ("sent", "sent"),
                   "hold": ("held", "held"), "break": ("broke", "broken"), "fight": ("fought", "fought"),
                   "lead": ("led", "led"), "bring": ("brought", "brought"), "sell": ("sold", "sold")}
VERB_PREFIXES = ("re", "over", "out", "under", "with", "up", "mis")


def irregular_inflections(verb: str) -> set[str]:
    """The past forms of a prefixed verb whose bare verb is irregular: "retake" -> "retook", "retaken"."""
    return {prefix + form for prefix in VERB_PREFIXES if verb.startswith(prefix)
            for form in IRREGULAR_PASTS.get(verb[len(prefix):], ())}


# Nouns that name things, never the act of the verb they look derived from: "Patriot batteries" batter no one.
THING_NOUNS = frozenset({"battery"})


def verb_stems(noun: str) -> list[str]:
    """The verbs a noun may be derived from, the noun itself first (zero derivation: "arrest", "attack")."""
    stems = [noun]
    for suffix, endings in NOMINAL_SUFFIXES:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            stems += [noun[:-len(suffix)] + e for e in endings]
            break
    return stems


# Support verbs: a verb that names no event of its own and lends its clause to the event its object names
# ("announced the deployment", "carried out an investigation", "expressed its condemnation", "made a donation").
# Not "approve" or "accept": approving a request is granting it, not making it.
# Verbs of receiving, the converse of giving: "Mozambique received military aid from Tanzania", "faced criticism
# from Turkey", "drew condemnation from the EU"; and coming under it ("came under criticism from France", see
# `comes_under`).
RECEIVING_VERBS = frozenset("receive get obtain win secure gain face draw attract incur repel repulse".split())
# Verbs of an act's course and degree, light verbs of every event noun that has light verbs of its own: "continued
# its support for", "stepped up its attacks on", "expanded cooperation with", "renewed its threat to", "reaffirmed
# its commitment to". They name the act again, at another time or strength, and never another act.
ASPECT_VERBS = frozenset("continue resume renew repeat reiterate reaffirm intensify escalate increase expand boost "
                         "redouble strengthen deepen broaden".split())
ASPECT_PHRASAL_VERBS = frozenset({"step", "ramp"})  # with "up": "stepped up", "ramped up"


def _aspect_of(noun: Token, governor: Token | None) -> bool:
    """The noun is the object of a verb of its course or degree ("continued the talks", "stepped up attacks")."""
    if governor is None or noun.head.i != governor.i or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    forms = _forms(governor)
    return bool(forms & ASPECT_VERBS) or bool(forms & ASPECT_PHRASAL_VERBS) and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in governor.children)


SUPPORT_VERBS = frozenset("announce carry conduct launch order begin start stage undertake make complete continue "
                          "resume intensify step escalate express issue declare perform mount effect send convey "
                          "deliver lodge file submit commence".split())


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
    require_source: bool = False
    not_objects: tuple[str, ...] = ()
    requires_object: bool = False
    objects: tuple[str, ...] = ()
    light: tuple[str, ...] = ()
    standalone: bool = False
    requires_modifier: tuple[str, ...] = ()
    clause_words: tuple[str, ...] = ()
    # A verb names the event only with one of these words as its own predicative complement: "left five people
    # dead" (not "left Paris after two were found dead")
    predicates: tuple[str, ...] = ()
    target_is_place: bool = False
    objects_are_actors: bool = False
    object_entities: tuple[str, ...] = ()  # with objects_are_actors: the party's entity kinds ("GPE", "ORG")
    # The object is another party's people: named, or of a named nationality or body ("trained Malian soldiers",
    # "equipped Ukraine's army"), not the actor's own ("trained its soldiers", "recruited fighters")
    objects_of_another: bool = False
    # Not done to the actor's own people ("evacuated its staff", "rescued their own crew" aid no one)
    not_own_objects: bool = False
    intransitive: bool = False
    guest_acts: bool = False  # the one received is the source: "Qatar hosted the Saudi delegation" is its visit
    # A noun or a verb names the event only with one of these prepositions or an infinitive after it:
    # a call that asks ("a call for calm", "its call on India to resume talks", "called the UN to act"), not a call
    # made or received ("a distress call", "a phone call from", "called the police")
    complement_preps: tuple[str, ...] = ()
    # A verb names the event only with a phrase of one of these prepositions hung on it, no infinitive: forces
    # ordered somewhere ("ordered two warships to the Baltic"), not ordered to act ("ordered troops to withdraw")
    destination_preps: tuple[str, ...] = ()
    # A variant of other rules, coded instead of them when the verb's subject is one party named in the singular (no
    # people's name, no plural: "thousands of Kenyans protested") and every source is of one of these kinds: an
    # actor kind ("country") or a sector ("GOV"). "the foreign ministry protested the remarks" is a state's complaint
    # in words (CAMEO 114), not a protest in the street. The variant is of every verb trigger of the type
    # `variant_of` names, or else of the lexicon's rules for its own verbs. See `Lexicon.subject_rule`.
    subject_kinds: tuple[str, ...] = ()
    variant_of: str | None = None


# Modes of protest done by deeds, which no variant for a state's subject turns into words (`Lexicon.subject_rule`).
DEED_MODES = frozenset({"boycott"})


class Lexicon:
    """Trigger words by lemma. Loaded from the packaged default plus any user files."""

    def __init__(self, rules: Iterable[Rule], figurative_objects: Iterable[str] = (),
                 figurative_phrases: Iterable[str] = (), policy: TypePolicy | None = None,
                 figurative_agents: Iterable[str] = (), game_words: Iterable[str] = (),
                 senses: Senses | None = None, figurative_instruments: Iterable[str] = (),
                 occasions: Iterable[str] = ()) -> None:
        self.policy = policy or packaged_policy()  # per-type policies, the [type_policy] section
        self.senses = senses or packaged_senses()  # domains and objects that are no politics, the [senses] section
        # Figures of speech: a hostile word aimed at one of these objects ("battling inflation", "a war on
        # poverty"), or one of these phrases ("a war of words"), is no event.
        self.figurative_objects = frozenset(w.lower() for w in figurative_objects)
        self.figurative_phrases = tuple(p.lower() for p in figurative_phrases)
        # each phrase's words, under each of its words: a trigger is checked against the phrases holding it only
        self.figurative_by_word: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.figurative_phrases:
            words = tuple(phrase.split())
            for w in dict.fromkeys(words):
                self.figurative_by_word.setdefault(w, []).append(words)
        # A hostile verb whose agent is a force of nature or a vehicle is no attack ("the quake hit Aceh", "was
        # struck by a car"); nor is one in a sentence that keeps a game's score ("battled the Colts, but with the
        # score tied", "contributed 10 points").
        self.figurative_agents = frozenset(w.lower() for w in figurative_agents)
        self.game_words = frozenset(w.lower() for w in game_words)
        # ... nor one whose instrument is words or kindness ("bombarded with questions", "showered with praise").
        self.figurative_instruments = frozenset(w.lower() for w in figurative_instruments)
        # Occasions: a cooperative word whose object is one ("celebrated the king's birthday", "marked the
        # anniversary of the treaty") is a social act, no support, aid or meeting between the parties it names.
        self.occasions = frozenset(w.lower() for w in occasions)
        # Keyed by the head word: a verb's first word ("call" of "call off"), a noun's last word ("strike"
        # of "hunger strike"); the other words are checked against the parse (`_phrase_matches`).
        self.verbs: dict[str, list[tuple[Rule, tuple[str, ...]]]] = {}
        self.nouns: dict[str, list[tuple[Rule, tuple[str, ...]]]] = {}
        # Variants by their subjects' kinds (`Rule.subject_kinds`), by verb: chosen by the coder once the sources
        # are known, never found on their own.
        self.subject_rules: dict[str, Rule] = {}
        self.subject_types: dict[str, Rule] = {}
        for rule in rules:
            if rule.subject_kinds:
                if rule.variant_of:
                    self.subject_types[rule.variant_of] = rule
                self.subject_rules.update((lemma.lower(), rule) for lemma in rule.lemmas)
                continue
            for lemma in rule.lemmas:
                # spaCy splits "sit-in" into "sit", "-", "in": the lexicon's words are split the same way.
                words = tuple(lemma.lower().replace("-", " - ").split())
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
        # Regular forms of the lexicon's verbs (and irregular ones of prefixed verbs: "retook"), for the verbs spaCy's
        # tables do not know: its rules guess a lemma ("unbanned" -> "unbanne", "unbanning" -> "unbanne") the
        # lexicon cannot find. A form that is itself a head word keeps its own entries.
        self.verb_forms = {form: verb for verb in sorted(self.verbs)
                           for form in regular_inflections(verb) | irregular_inflections(verb)
                           if form not in self.head_words}
        self._nominal: dict[str, list[Rule]] = {}
        # The preposition a nominalised prepositional verb keeps ("withdraw from" -> "withdrawal from the treaty").
        self.nominal_preps: dict[Rule, str] = {}

    def subject_rule(self, rule: Rule, word: Token) -> Rule | None:
        """The variant that the verb `word`, coded by `rule`, takes for subjects of some kinds (`Rule.subject_kinds`),
        if it has one: the variant of every verb of the rule's type (`Rule.variant_of`), or the variant of the
        lexicon rule that lists the verb itself. A boycott or a strike is a deed, not words: "Iran boycotted the
        ceremony" stays a boycott (CAMEO 143, PROTEST), where "Iran protested the remarks" is a complaint in words
        (CAMEO 114)."""
        if rule.mode in DEED_MODES:
            return None
        if (variant := self.subject_types.get(rule.type)) is not None:
            return variant
        lemma = _lemma(word)
        variant = self.subject_rules.get(lemma)
        return variant if variant is not None and rule.kind == "verb" and lemma in rule.lemmas else None

    def nominal_rules(self, noun: str) -> list[Rule]:
        """The verb rules a noun is the nominalisation of ("deployment" -> deploy, "condemnation" -> condemn,
        "withdrawal" -> withdraw, "arrest" -> arrest), as noun rules: the verb's object is the noun's "of"
        argument ("the arrest of 12 activists"). Single-word verb entries, and a verb with its preposition, which
        the noun must keep ("withdraw from" -> "its withdrawal from the deal", "apply for" -> "an application for
        membership"): a particle or an object word ("call off", "open fire") does not carry over to the noun."""
        if noun not in self._nominal:
            derived = []
            for verb in verb_stems(noun) if noun not in THING_NOUNS else ():
                for rule, rest in self.verbs.get(verb, []):
                    if rest and not (len(rest) == 1 and rest[0] in NOMINAL_PREPOSITIONS):
                        continue
                    noun_rule = replace(rule, kind="noun", lemmas=(noun,), target_preps=(
                        *rule.target_preps, *(() if "of" in rule.target_preps else ("of",))))
                    if rest:
                        self.nominal_preps[noun_rule] = rest[0]
                    derived.append(noun_rule)
            self._nominal[noun] = derived
        return self._nominal[noun]

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> Lexicon:
        texts = [resources.files("dragoman").joinpath("data/lexicon.toml").read_text("utf-8")]
        texts += [Path(p).read_text("utf-8") for p in extra]
        rules: list[Rule] = []
        objects: list[str] = []
        phrases: list[str] = []
        agents: list[str] = []
        game_words: list[str] = []
        instruments: list[str] = []
        occasions: list[str] = []
        policies = []
        senses = []
        for name, text in zip(["lexicon.toml", *map(str, extra)], texts, strict=True):
            data = tomllib.loads(text)
            policies.append((name, data.get(SECTION, {})))
            senses.append((name, data.get(SENSES, {})))
            objects += data.get("figurative", {}).get("objects", [])
            phrases += data.get("figurative", {}).get("phrases", [])
            agents += data.get("figurative", {}).get("agents", [])
            game_words += data.get("figurative", {}).get("game_words", [])
            instruments += data.get("figurative", {}).get("instruments", [])
            occasions += data.get("figurative", {}).get("occasions", [])
            for kind in ("verb", "noun"):
                for entry in data.get(kind, []):
                    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()}
                    rules.append(Rule(kind=kind, **values))
        return cls(rules, objects, phrases, TypePolicy.from_tables(policies), agents, game_words,
                   Senses.from_tables(senses), instruments, occasions)


@dataclass
class Trigger:
    rule: Rule
    word: Token  # the verb or noun that names the event
    governor: Token  # the verb whose clause the event is in (the word itself for verb triggers)
    # The governor receives the event ("received aid from X", "got permission from X"): its subject is the target
    # and the "from" phrase the source.
    converse: bool = False


@dataclass
class CodedMention:
    """One event mention with the parse positions the merger and dater need."""

    event: Event
    block: int
    governor: int  # token index of the clause verb
    sentence_start: int
    participants: set[str] = field(default_factory=set)
    derived: bool = False  # an announced intention read off a planned act; its date claims are the act's

    def take_targets(self, targets: list[Participant]) -> None:
        """The targets a related mention names ("to investigate" after "sent experts to X"), scored again."""
        self.event.target = targets
        self.participants |= {p.actor_id for p in targets}
        self.event.confidence = participant_confidence(bool(self.event.source), bool(self.event.target))


def participant_confidence(has_source: bool, has_target: bool) -> float:
    """An event's confidence before dating: a trigger alone is weak evidence, each party found adds to it."""
    return 0.4 + 0.2 * has_source + 0.2 * has_target


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


# Light verbs that stand for another in every list ("commenced a military exercise" began one).
LIGHT_SYNONYMS = {"commence": "begin"}


def _light_forms(verb: Token) -> set[str]:
    """A light verb's forms, with its particle when it has one ("came out in rallies": "come out"); taking part in
    an act is joining it ("took part in joint drills", "participated in the talks")."""
    forms = _forms(verb)
    forms |= {LIGHT_SYNONYMS[f] for f in forms if f in LIGHT_SYNONYMS}
    if "participate" in forms or "take" in forms and any(c.dep_ == "dobj" and c.lower_ == "part"
                                                         for c in verb.children):
        forms.add("join")
    return forms | {f"{form} {c.lower_}" for c in verb.children if c.dep_ == "prt" for form in forms}


def _phrase_matches(tok: Token, rest: tuple[str, ...], kind: str) -> bool:
    """The other words of a multiword lemma: a verb's particle or object ("call off", "open fire",
    "beat up"), a noun's compound modifier ("hunger strike", "war games")."""
    if not rest:
        return True
    if kind == "verb":
        # "called on Monday" is no "call on": a preposition introducing a date is no particle
        parts = [c for c in tok.children if c.dep_ in ("prt", "dobj", "advmod", "prep", "acomp", "intj") and not (
            c.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj"))]
        parts += [c for p in parts if p.dep_ in ("prep", "advmod", "prt") for c in _complex_preposition(p)]
        if tok.i + 1 < len(tok.doc) and (after := tok.nbor(1)).dep_ == "quantmod":
            parts.append(after)  # "hands over four villages": the particle read as "more than" on the number
        words = {c.lower_ for c in parts} | {_lemma(c) for c in parts if c.dep_ in ("prt", "dobj", "prep")}
        return all(w in words for w in rest)
    words = {c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "punct")}
    return all(w in words for w in rest)


def _complex_preposition(prep: Token) -> list[Token]:
    """The second part of a two-word preposition, which spaCy hangs under the first ("pulled out of the deal",
    "walked away from the talks", "backed out of"): the first, a preposition or an adverb, has no object of its
    own."""
    if any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return []
    return [c for c in prep.children if c.dep_ == "prep"]


DECISION_NOUNS = frozenset("decision order ruling decree resolution verdict judgment judgement".split())


# What is handed over, delivered or passed on in words: the sender's message (a consultation, coded on its own), no
# aid to the one it is handed to.
WORDS_GIVEN = frozenset("""message letter note credential credentials invitation cable greeting greetings
    congratulation congratulations condolence condolences telegram missive memo""".split())


def names_sender(prep: Token) -> bool:
    """The preposition names who sent the words it hangs from ("a message from King Abdullah"), never whom they go
    to."""
    return prep.lower_ == "from" and _lemma(prep.head) in WORDS_GIVEN


def _gives_words(verb: Token) -> bool:
    """The verb gives a message, a letter, credentials or an invitation: "handed over a letter from the king",
    "delivered a message to", and the participle of what it gives ("a written message ..., handed over by the
    ambassador", "the letter, which was delivered by")."""
    given = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        given.append(verb.head)
    if verb.tag_ == "VBN" and not given[1:]:
        # "received a message from the emir, handed over by his envoy": a passive participle after the clause
        # (hung from the clause's verb, or from the last noun: "from his counterpart, handed over by") gives the
        # clause's object
        clause = verb.head
        while clause.dep_ in ("pobj", "prep") and clause.head is not clause:
            clause = clause.head
        given += [clause] if clause.pos_ in ("NOUN", "PROPN") else [
            c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(_lemma(g) in WORDS_GIVEN or g.lower_ in WORDS_GIVEN for g in given)


# Vehicles that carry a load, and the participles that say what it is.
CARRIERS = frozenset("plane aircraft airplane flight ship vessel boat ferry convoy truck lorry train".split())
LOADING = frozenset("carry load laden transport bear".split())


# Verbs of sending: what is sent is their object, not whom it goes to ("sends a wrong signal to separatist forces")
SENDING_VERBS = frozenset("send dispatch move deploy rush transfer deliver ship".split())


def _objects_match(tok: Token, objects: tuple[str, ...], modifiers: bool = True,
                   words: list[tuple[str, str, str]] | None = None) -> bool:
    """`objects` restricts a verb to those direct objects (their lemma, or a phrase in the object); `modifiers`
    False: an object's compound modifier does not count ("struck oil" is no attack, "struck an oil refinery" is).
    `words`: the verb's `_object_words` when the caller has them (one verb meets many rules)."""
    for lemma, low, phrase in _object_words(tok, modifiers) if words is None else words:
        if lemma in objects or low in objects or any(" " in w and w in phrase for w in objects):
            return True
    return False


def _shared_objects(verb: Token) -> list[Token]:
    """One object for two verbs: the direct objects of the verbs joined to `verb` when it has none of its own ("agreed
    and accepted the proposal", "trained and equipped the Ukrainian army")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [o for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB" for o in v.children if o.dep_ == "dobj"]


def _known_object_words(known: dict[bool, list[tuple[str, str, str]]], tok: Token,
                        modifiers: bool) -> list[tuple[str, str, str]]:
    """`_object_words(tok, modifiers)`, made once per verb into `known`."""
    if modifiers not in known:
        known[modifiers] = _object_words(tok, modifiers)
    return known[modifiers]


def _object_words(tok: Token, modifiers: bool = True) -> list[tuple[str, str, str]]:
    """(lemma, word, phrase) of each object of the verb `tok` that `_objects_match` compares with a rule's."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "prt", "advmod", "attr", "dative")]
    if tok.pos_ in ("VERB", "AUX"):
        objs += _shared_objects(tok)
    # other verbs' "to" may name the object ("set fire to an effigy", "took Somalia to court")
    sent_thing = _lemma(tok) in SENDING_VERBS and any(c.dep_ == "dobj" for c in tok.children)
    # A fronted phrase is an adjunct, not an argument: "With the signing of a memorandum, both sides agreed to ..."
    for prep in (c for c in tok.rights if c.dep_ in ("prep", "dative") and c.lower_ not in NO_OBJECT_PREPS):
        if sent_thing and prep.lower_ == "to":
            continue
        objs += [c for p in (prep, *_complex_preposition(prep)) for c in p.children if c.dep_ == "pobj"]
    for adverb in (c for c in tok.rights if c.dep_ in ("advmod", "prt")):  # "walked away from the deal"
        objs += [c for p in _complex_preposition(adverb) for c in p.children if c.dep_ == "pobj"]
    if tok.pos_ == "VERB" and (stranded := object_after_adjunct(tok)) is not None:
        objs.append(stranded)  # "received at Bayan Palace the Omani minister"
    # "will not accept any refugees fleeing ...": spaCy reads the object as the subject of the participle
    objs += [c for v in tok.children if v.dep_ == "ccomp" and v.tag_ == "VBG" for c in v.children if c.dep_ == "nsubj"]
    objs += [c for o in list(objs) for c in o.children if c.dep_ == "conj"]
    # "sent a plane carrying 50 tonnes of food", "dispatched a plane loaded with relief aid": the load of a vehicle
    # sent is what is sent
    objs += [g for o in list(objs) if _lemma(o) in CARRIERS for c in o.children
             if c.dep_ == "acl" and _lemma(c) in LOADING for g in [
                 *(d for d in c.children if d.dep_ == "dobj"),
                 *(p for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children
                   if p.dep_ == "pobj")]]
    # "approved a package of sanctions": what a package or a round is of is the object, not the package
    objs = [p for o in objs for p in (_contents(o) or [o])]
    # "suspended part of a military aid program": the noun inside "part of", "some of", ...
    objs += [p for o in list(objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    # "revoked the decision on his detention", "overturned the order for their deportation": a decision's
    # subject is what the verb acts on
    objs += [p for o in list(objs) if _lemma(o) in DECISION_NOUNS for c in o.children
             if c.dep_ == "prep" and c.lower_ in ("on", "for", "against") for p in c.children if p.dep_ == "pobj"]
    # "halt mediation efforts": a compound modifier names what is halted; so does each of joined ones ("sent search
    # and rescue teams", parsed as "search" modifying the teams and "rescue" joined to it); not of a message, which
    # is what is sent ("sent out a rescue call", "a distress signal")
    named_by = [c for o in list(objs) if _lemma(o) not in MESSAGE_HEADS for c in o.children
                if c.dep_ in ("compound", "nmod")] if modifiers else []
    objs += named_by + [c for m in named_by for c in m.children if c.dep_ == "conj"]
    words = [(_lemma(o), o.lower_, " ".join(t.lower_ for t in o.subtree)) for o in objs]
    # "Rockets were fired at Israel": a plural opening a sentence or headline is tagged a name and keeps its "-s"
    return words + [(low[:-1], low[:-1], phrase) for o, (_, low, phrase) in zip(objs, words, strict=True)
                    if o.tag_ == "NNPS" and low.endswith("s")]


def _contents(noun: Token) -> list[Token]:
    """What a noun of a bundle is of ("a package of sanctions", "a new round of tariffs"); [] for another noun."""
    if _lemma(noun) not in BUNDLE_NOUNS:
        return []
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


BUNDLE_NOUNS = frozenset("package round set raft batch wave series slate".split())
MESSAGE_HEADS = frozenset("call request appeal plea signal message letter alert note".split())


# "called off the strike after talks": what happened before or after is not the verb's object
TIME_PREPS = frozenset({"after", "before", "during", "since", "until", "following", "amid"})
# ... nor is the source of the news: "attacked his sister, according to court records"
NO_OBJECT_PREPS = TIME_PREPS | {"according"}
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Heads of a noun phrase that names a person by office ("called his Lebanese counterpart").
OFFICE_HOLDER_NOUNS = frozenset("counterpart president minister premier chancellor leader king queen prince emir "
                                "sultan ambassador envoy secretary chief head governor mayor".split())


def object_after_adjunct(verb: Token) -> Token | None:
    """"received on Wednesday Iranian Ambassador X", "received at Bayan Palace the Omani minister": a verb with no
    object, whose date or place phrase the parser read as taking the noun phrase after it (the date a compound of the
    name, or the phrase in apposition to the place with no comma between), has that phrase for its object."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("on", "at", "in")):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        first = obj.doc[prep.i + 1] if prep.i + 1 < len(obj.doc) else None
        # "on Wednesday Iranian Ambassador X" (a day's date, not "in 2010 ...")
        if prep.lower_ == "on" and obj.ent_type_ not in ("DATE", "TIME") and first is not None and first.ent_type_ in (
                "DATE", "TIME") and first.head.i == obj.i and any(
                t.ent_type_ not in ("DATE", "TIME") and t.pos_ in ("PROPN", "NOUN", "ADJ")
                for t in obj.doc[first.i + 1:obj.i + 1]):
            return obj
        # "at Bayan Palace the Omani minister", "on Monday the Kuwaiti Foreign Minister": no comma, no apposition
        for appos in (c for c in obj.children if c.dep_ == "appos" and c.i > obj.i):
            between = obj.doc[obj.i + 1:appos.left_edge.i]
            if not any(t.is_punct for t in between) and appos.left_edge.lower_ == "the":
                return appos
    return None


def _object_is_actor(verb: Token, entities: frozenset[str] = frozenset()) -> bool:
    """The verb's direct object (or passive subject) names a person, organization or country: "called Saudi
    Arabia's King Salman", "called his Lebanese counterpart", "was received by", not "called a strike". With
    `entities`, only a name of those kinds does."""
    # spaCy sometimes reads a named object as a predicate ("called Turkey President Recep Tayyip Erdogan")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "oprd" and c.pos_ == "PROPN"]
    for obj in objects + [o for o in [object_after_adjunct(verb)] if o is not None]:
        heads = [obj, *(c for c in obj.children if c.dep_ in ("appos", "conj"))]
        if any(c.dep_ == "nummod" and _population_count(c) for c in obj.children):
            continue  # "hosts 1.2 million Rohingyas": people counted by the hundred are a population, no party met
        if entities:
            if any(h.ent_type_ in entities for h in heads):
                return True
            continue
        if any(h.ent_type_ in ACTOR_ENTITIES or _lemma(h) in OFFICE_HOLDER_NOUNS for h in heads):
            return True
        if obj.lower_ in PERSONAL_PRONOUNS and (obj.dep_ == "dobj" or any(c.dep_ == "agent" for c in verb.children)):
            return True  # "called him", "He was received by the president"; not "they were called to the scene"
    return False


def _population_count(number: Token) -> bool:
    """A count of hundreds or more: "1.2 million", "300", "thousands"."""
    return (number_value(number.text) or 0) >= 100


PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})
# Words that make a noun the party's own ("its envoy", "their own soldiers", a speaker's "my government").
OWN_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my", "own"})


def _passive_participle(verb: Token) -> bool:
    """A participle on a noun, or set off before the clause it is on, is passive: "O'Brien, fired", "the ship,
    currently deployed on patrols, was escorting" (not "when Lopez fired", nor "has deployed")."""
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or verb.dep_ == "advcl" and verb.head.i > verb.i) and not any(
        c.dep_ in ("aux", "mark") or c.tag_ == "WRB" for c in verb.children)


def _object_of_another(verb: Token) -> bool:
    """The verb's direct object is a party, or its people that a name or a nationality tells ("trained Malian
    soldiers", "equipped Ukraine's army"), and not the subject's own ("trained its own soldiers")."""
    for head in _object_heads(verb):
        modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        if any(c.lower_ in OWN_POSSESSIVES for c in modifiers):
            continue
        if head.ent_type_ in ACTOR_ENTITIES or any(c.ent_type_ in ACTOR_ENTITIES for c in modifiers):
            return True
    return False


def _object_heads(verb: Token) -> list[Token]:
    """The verb's direct objects, its own or shared with a conjoined verb, with the nouns listed beside them."""
    return _with_conjuncts([c for c in verb.children if c.dep_ == "dobj"] + _shared_objects(verb))


def _with_conjuncts(heads: Sequence[Token]) -> list[Token]:
    """Each word, then the words conjoined to it ("the earthquake and tsunami", "its staff and their families")."""
    return [t for h in heads for t in (h, *(c for c in h.children if c.dep_ == "conj"))]


# Verbs that tell a warning: a threat only when what is warned of is the speaker's own act or someone is warned.
WARNING_VERBS = frozenset({"warn", "caution"})


def _warned_of_others(verb: Token) -> bool:
    """A warning to no one of what others or events may do: "warned that the crisis could spread", "warned that the
    conflict might spill over" (a risk: "could", "may", "might", whose subject is no pronoun for the speaker); not
    "warned that it would respond", "warned that any attack would be met with force" or "warned Israel that ..."."""
    if _lemma(verb) not in WARNING_VERBS or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp" and any(
        a.dep_ == "aux" and a.lower_ in ("could", "may", "might") for a in c.children)]
    subjects = [s for c in said for s in c.children if s.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and not any(s.pos_ == "PRON" for s in subjects)


def _own_objects(verb: Token) -> bool:
    """Every direct object of the verb is the subject's own people ("evacuated its staff and their families")."""
    objects = _object_heads(verb)
    return bool(objects) and all(any(c.dep_ in ("poss", "amod") and c.lower_ in OWN_POSSESSIVES for c in h.children)
                                 for h in objects)


# What a caller does on the telephone: "called Erdogan to congratulate him", "phoned Abbas to discuss the truce".
CALLERS_ACTS = SPEECH_VERBS | frozenset("""congratulate thank discuss express convey offer extend inform brief
update consult condole console wish greet invite apologize apologise assure reassure reaffirm voice urge ask press
review exchange check mark welcome praise explain""".split())


# Goods and their batches: what arrives of them is delivered, not a visitor.
FREIGHT_NOUNS = frozenset("""consignment shipment cargo batch delivery load dose aid supply supplies donation
equipment vaccine tonne ton""".split())


def _freight_arrives(verb: Token) -> bool:
    """The subject of an arrival is goods, or a vehicle loaded with goods rather than people ("a consignment of
    vaccines arrived", "a plane carrying 40 tonnes of tents landed"; not "a plane carrying the president")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if _lemma(subject) in FREIGHT_NOUNS:
        return True
    loads = [d for c in subject.children if c.dep_ == "acl" and _lemma(c) in LOADING
             for d in c.children if d.dep_ == "dobj"] if _lemma(subject) in CARRIERS else []
    return any(not (d.ent_type_ in ("PERSON", "NORP") or _lemma(d) in OFFICE_HOLDER_NOUNS | GUEST_NOUNS)
               for d in loads)


def _calls_to_act(verb: Token) -> bool:
    """A party called to do something that is not the caller's talk: "Kenya called the UN to intervene" asks the UN
    to act (REQUEST), where "called Erdogan to congratulate him" is a phone call and its purpose."""
    return any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX")
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and _lemma(c) not in CALLERS_ACTS for c in verb.children)


GUEST_NOUNS = OFFICE_HOLDER_NOUNS | frozenset("delegation guest visitor team monarch emir".split())


def hosts_guest(verb: Token) -> bool:
    """The host receives someone: its object names a party or an office ("hosted the Saudi delegation", "was hosted
    by Qatar", "hosted Saudi King Salman"), or a meal is given for one ("hosted a dinner for Netanyahu"); not
    "hosted talks on Gaza", where the party is the topic."""
    hosted = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(h.ent_type_ in ACTOR_ENTITIES or _lemma(h) in GUEST_NOUNS for h in hosted):
        return True
    return any(p.dep_ == "prep" and p.lower_ in ("for", "honor", "honour") and any(
        o.dep_ == "pobj" and o.ent_type_ in ACTOR_ENTITIES for o in p.subtree)
        for h in (verb, *hosted) for p in h.children)


def _clause_mentions(verb: Token, words: tuple[str, ...]) -> bool:
    """One of `words` is in the verb's clause: "sent troops to join the peace-keeping force"."""
    doc = verb.doc
    clause = doc[verb.left_edge.i:verb.right_edge.i + 1].text.lower()
    return any(w in clause for w in words)


def _has_predicate(verb: Token, words: tuple[str, ...]) -> bool:
    """The verb's predicative complement, or one joined to it, is one of `words`: "left 20 dead and dozens
    wounded"."""
    complements = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
    complements += [c for x in complements for c in x.children if c.dep_ == "conj"]
    return any(c.lower_ in words for c in complements)


def find_triggers(sent: Sequence[Token], lexicon: Lexicon, dictionary: CameoDictionary | None = None,
                  everywhere: bool = True) -> list[Trigger]:
    """The sentence's triggers: the lexicon's, then the verb dictionary's for verbs the lexicon leaves uncoded
    (`everywhere`) or only in sentences where the lexicon found nothing."""
    triggers: list[Trigger] = []
    # Verbs whose other sense the lexicon rules out ("fired its coach", "offered him a contract", "was engaged to"):
    # the verb dictionary does not code them either.
    refused: set[int] = set()
    custody_ordered: set[int] = set()  # participles of custody an order governs ("ordered him held")
    heads = lexicon.head_words
    verb_forms = lexicon.verb_forms
    for tok in sent:
        lemma, low = _lemma(tok), tok.lower_
        if lemma not in heads and low in verb_forms and tok.tag_.startswith("VB"):
            lemma = verb_forms[low]  # a verb the lemmatizer does not know ("unbanned")
        if lemma in SPEECH_VERBS and _blames(tok):
            triggers.append(Trigger(BLAME_RULE, tok, tok))
            continue
        if lemma == "hold" and any(_lemma(w) in ACCOUNTABLE_WORDS for w in tok.subtree):
            if _held_to_account(tok):
                triggers.append(Trigger(BLAME_RULE, tok, tok))  # "will hold Tehran accountable for any attack"
                continue
            refused.add(tok.i)  # "held a responsible post": no blame (the dictionary's "* RESPONSIBLE" would code it)
        if lemma in SPEECH_VERBS and (warning := _warning_in_words(tok)) is not None:
            triggers.append(Trigger(WARNING_RULE, warning, tok))  # "said the test was a warning to the US"
            continue
        if lemma in SPEECH_VERBS and (predicate := _judged_in_words(tok)) is not None \
                and judgement(predicate, lexicon.senses) < 0:
            triggers.append(Trigger(NAME_CALLING_RULE, tok, tok))  # "said the US sanctions were illegal"
            continue
        if lemma in SPEECH_VERBS and (_conduct_blamed(tok, lexicon.senses) or _party_called(tok, lexicon.senses)
                                      or _harm_in_words(tok)):
            # "said the US was pushing ... to the brink of war", "said the US is the biggest threat to peace"
            triggers.append(Trigger(NAME_CALLING_RULE, tok, tok))
            continue
        if lemma in DESCRIBING_VERBS and (predicate := _described_as(tok)) is not None:
            # "described the British remarks as irresponsible" blames, "described China's plan as excellent" praises
            verdict = judgement(predicate, lexicon.senses)
            if verdict:
                triggers.append(Trigger(NAME_CALLING_RULE if verdict < 0 else PRAISING_RULE, tok, tok))
                continue
        if low in REFUSING_PREDICATES and (speaker := _refused_in_words(tok)) is not None:
            triggers.append(Trigger(REFUSED_IN_WORDS_RULE, tok, speaker))  # "X would not be welcome, Y said"
            continue
        if lemma in ORDERING_OUT_VERBS and tok.pos_ == "VERB" and _orders_people_out(tok):
            triggers.append(Trigger(ORDERED_OUT_RULE, tok, tok))  # "Israel ordered Palestinians to evacuate"
            continue
        if lemma in ORDERING_OUT_VERBS and tok.pos_ == "VERB" and (held := _custody_ordered(tok)) is not None:
            triggers.append(Trigger(CUSTODY_ORDER_RULE, tok, tok))  # "the judge ordered him held"
            refused.add(held.i)  # the participle is the order's content, no arrest of its own
            custody_ordered.add(held.i)  # ... nor by the lexicon, whose trigger there is dropped below
            continue
        if lemma not in heads and lemma in RECEIVING_VERBS and (given := _received_gift(tok, lemma, lexicon)):
            triggers.append(Trigger(given, received_object(tok), tok, converse=True))  # "obtained a loan from"
            continue
        if lemma not in heads and low not in heads and not (tok.pos_ == "NOUN" and lexicon.nominal_rules(lemma)):
            if _done_jointly(tok):
                triggers.append(Trigger(JOINT_ACT_RULE, tok, tok))  # "Kenya and Ethiopia jointly built a road"
            continue  # most words: no trigger, and no need to look further
        if lemma == "call" and (predicate := _name_called(tok)) is not None:
            # "called the ambassador a stupid guy" blames, "called the talks a success" praises; "called him the
            # best-known source" says neither
            verdict = judgement(predicate, lexicon.senses)
            if verdict:
                triggers.append(Trigger(NAME_CALLING_RULE if verdict < 0 else PRAISING_RULE, tok, tok))
            continue
        if lemma in SPONSORING_VERBS and _backer_in_passing(tok):
            refused.add(tok.i)  # "the Houthis, backed by Iran, attacked": who stands behind them, told in passing
            continue
        if lemma in EQUIPPING_VERBS and _equipped(tok):
            refused.add(tok.i)  # "a man armed with a gun", "rebels armed with rifles": what they carry, no arming
            continue
        if (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")) and not (
                tok.tag_ == "VBG" and _ongoing_with_parties(tok)):  # "fighting between X and Y intensified"
            # the word as written stands for a lemma when the lemmatizer may have missed it, not when its particle
            # makes it another verb ("wound up buying" is "wind up", no wounding)
            spelt = [] if low != lemma and any(c.dep_ == "prt" for c in tok.children) else lexicon.verbs.get(low, [])
            object_words: dict[bool, list[tuple[str, str, str]]] = {}  # by `modifiers`, made when first asked
            for rule, rest in lexicon.verbs.get(lemma, []) + spelt:
                if not _phrase_matches(tok, rest, "verb"):
                    continue
                if rule.objects and not _objects_match(tok, rule.objects, words=_known_object_words(
                        object_words, tok, True)):
                    continue
                if (rule.not_objects and _objects_match(tok, rule.not_objects, words=_known_object_words(
                        object_words, tok, False))
                        or rule.requires_object and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
                        # an object clause is an object too: "demonstrates that it is not serious"
                        or rule.intransitive and (any(c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in tok.children)
                                                  or _passive_participle(tok))):
                    refused.add(tok.i)
                    continue
                if rule.objects_are_actors and not _object_is_actor(tok, frozenset(rule.object_entities)):
                    continue
                if rule.objects_of_another and not _object_of_another(tok):
                    continue
                if rule.not_own_objects and _own_objects(tok):
                    refused.add(tok.i)  # nor the dictionary's aid
                    continue
                if rule.type == "THREATEN" and _warned_of_others(tok):
                    refused.add(tok.i)
                    continue
                if rule.mode == "visit" and rule.intransitive and _freight_arrives(tok):
                    refused.add(tok.i)  # "a plane carrying tents sent by Azerbaijan landed": aid, no visitor
                    continue
                if rule.type == "AID" and _gives_words(tok):
                    refused.add(tok.i)  # "a message handed over by the ambassador": the sender's word, no aid
                    continue
                if rule.type == "AID" and "military" in rule.contexts and _sent_to_a_border(tok):
                    continue  # "sent air defence units to its border with Ukraine": a deployment (read on), no aid
                if rule.cameo == PHONE_CALL and _calls_to_act(tok):
                    continue  # "called the UN to intervene": a request (the "call" rule below), no phone call
                if rule.complement_preps and not _has_complement(tok, rule.complement_preps) and not any(
                        c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ in rule.complement_preps
                                                 for p in c.children) for c in tok.children):
                    # "called authorities": a call made, no request ("called on X to", "called X to"), which the
                    # dictionary does not code either ("called up the next student" is no call-up); the parser may
                    # hang the preposition on the object ("asks Western allies for air defence")
                    refused.add(tok.i)
                    continue
                if rule.destination_preps and not any(
                        c.dep_ == "prep" and c.lower_ in rule.destination_preps and any(
                            o.dep_ == "pobj" for o in c.children) for c in tok.children):
                    continue
                if rule.clause_words and not _clause_mentions(tok, rule.clause_words):
                    continue
                if rule.predicates and not _has_predicate(tok, rule.predicates):
                    continue
                triggers.append(Trigger(rule, tok, tok))
                refused.discard(tok.i)
                break
            else:
                ended = _ending(tok, lexicon)  # "stopped its war on", "suspended the talks", "lifted the curfew"
                if ended is not None:
                    triggers.append(Trigger(ended, tok, tok))
                elif (given := _received_gift(tok, lemma, lexicon)) is not None:
                    # "received tanks from Poland": what is received names the gift, as "received aid from" does
                    triggers.append(Trigger(given, received_object(tok), tok, converse=True))
                elif lemma in DEADLINE_VERBS and _deadline_given(tok):
                    triggers.append(Trigger(DEADLINE_RULE, tok, tok))  # "gave the junta one week to hand back power"
                elif _done_jointly(tok):
                    triggers.append(Trigger(JOINT_ACT_RULE, tok, tok))  # "jointly built a port", no build-up
        elif tok.pos_ in ("NOUN", "PROPN", "VERB") and not (tok.ent_type_ == "DATE" and tok.is_title):
            # a month's name is no event noun: "held talks on March 14" holds no march
            trig = _noun_trigger(tok, lemma if tok.pos_ != "VERB" else low, low, lexicon)
            if trig is not None:
                triggers.append(trig)
    if dictionary is not None and (everywhere or not triggers):
        taken = {t.word.i for t in triggers} | {t.governor.i for t in triggers}
        # A verb whose complement clause the lexicon codes frames that event ("decided to allow", "sought to
        # block"): the dictionary does not code the frame.
        framed = {t.governor.head.i for t in triggers if t.governor.dep_ in ("xcomp", "ccomp")}
        # ... nor one framing a sense the lexicon refused ("decided to fire the coach").
        framed |= {tok.head.i for tok in sent if tok.i in refused and tok.dep_ in ("xcomp", "ccomp")}
        triggers += dictionary.triggers(sent, taken | framed | refused, lambda lemma: lemma in EVENT_NOUNS or (
            lemma in lexicon.nouns or bool(lexicon.nominal_rules(lemma))))
    # One event per clause verb and type ("signed an agreement and a plan" is one signing).
    unique: dict[tuple[int, str], Trigger] = {}
    # A verb trigger reads its own object ("a bombing killed one U.S. soldier"): it wins over a noun
    # trigger of the same type on the same verb.
    for t in sorted(triggers, key=lambda t: t.word is not t.governor):
        unique.setdefault((t.governor.i, t.rule.type), t)
    # "pledged support", "reached an agreement": the noun a light verb governs names the event; the verb
    # alone ("pledged" AGREE) would be a second event read off the same words.
    light_verbs = {t.governor.i for t in unique.values() if t.word is not t.governor}
    found = sorted((t for t in unique.values() if t.word is not t.governor or t.word.i not in light_verbs),
                   key=lambda t: t.word.i)
    found = _purposes(found)
    # "ordered the journalist detained": the custody ordered is the order's content, no arrest by the one held
    found = [t for t in found if t.governor.i not in custody_ordered]
    pledges = _pledges_of_support(found)
    return [_criticism(_accusing_demand(_withholding(_failed(_drill_manoeuvre(_weapon_test(
        replace(t, rule=PLEDGED_SUPPORT_RULE) if id(t) in pledges else _promised_threat(t, found), lexicon))))))
        for t in found
            if _content_of(t, found) is None and not _no_event(t, lexicon, sent)]


# A promise to back a party is backing expressed (PLOVER SUPPORT), as "pledged support for X" is: "reiterated its
# commitment to support the police", "vowed to back Ukraine", "agreed to endorse the plan". A promise of aid, talks or
# any other act stays a promise (AGREE).
PLEDGED_SUPPORT_RULE = Rule(kind="verb", lemmas=(), type="SUPPORT", cameo="051", contexts=("diplomatic",))
BACKING_VERBS = frozenset({"support", "back", "endorse"})


# Announced intentions: PLOVER codes a stated future cooperative act as AGREE and a hostile one as
# THREATEN (CAMEO 03 "express intent to ..." and 13 "threaten"), besides the planned act itself
# (`modality._intent`); code and mode by the act's type.
COOPERATIVE_INTENT = {"CONSULT": ("036", None), "SUPPORT": ("032", None), "COOPERATE": ("031", None),
                      "AID": ("033", None), "RETREAT": ("035", None), "CONCEDE": ("035", None)}
# A promise of a hostile act is a threat too (CAMEO 13: "vowed to attack", "VOW * ATTACK [138]" in the verb
# dictionary; "pledged to impose sanctions"); a promise of any other act stays a promise (AGREE).
HOSTILE_INTENT = {"SANCTION": ("133", "relations"), "COERCE": ("132", "ban"), "ASSAULT": ("138", "violence"),
                  "MOBILIZE": ("138", "violence"), "PROTEST": ("133", "relations")}
PROMISING_VERBS = frozenset({"vow", "pledge", "promise", "swear"})


def _promised_threat(trig: Trigger, found: list[Trigger]) -> Trigger:
    """A promise whose content is a hostile act, as the threat it is ("Hamas vowed to attack Israel",
    "vowed to continue its attacks on"); any other trigger as it is."""
    if trig.rule.type != "AGREE" or trig.word is not trig.governor or _lemma(trig.word) not in PROMISING_VERBS:
        return trig
    acts = [t.rule.type for t in found if t.rule.type in HOSTILE_INTENT and _content_of(t, found) is trig]
    if not acts:
        return trig
    cameo, mode = HOSTILE_INTENT[acts[0]]
    return replace(trig, rule=replace(trig.rule, type="THREATEN", cameo=cameo, mode=mode))


def _pledges_of_support(found: list[Trigger]) -> set[int]:
    """Ids of the promises whose content is backing (the content itself is dropped as any content is)."""
    return {id(promise) for t in found if t.word is t.governor and _lemma(t.word) in BACKING_VERBS
            and t.rule.type == "SUPPORT" and (promise := _content_of(t, found)) is not None
            and promise.rule.type == "AGREE"}


# What a phone call was for, when it is an act of these types, is the event: "called Erdogan to congratulate him",
# "held a phone call with Zelensky to express support". The telephone is only the medium (a visit or a meeting is an
# event of its own); the caller and the one called are the parties, which the purpose clause alone does not name.
PURPOSE_TYPES = frozenset({"SUPPORT"})
PHONE_CALL = "041"


def _purposes(found: list[Trigger]) -> list[Trigger]:
    meetings = {t.governor.i: t for t in found if t.rule.cameo == PHONE_CALL}
    if not meetings:
        return found
    out = list(found)
    for t in found:
        verb = t.governor
        meeting = meetings.get(verb.head.i)
        if (t.rule.type in PURPOSE_TYPES and meeting is not None and meeting in out and verb.dep_ in ("advcl", "xcomp")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            out[out.index(meeting)] = Trigger(t.rule, meeting.word, meeting.governor)
            out.remove(t)
    return out


# Who tests a weapon as a show of force: a state, its forces or its government, named or referred back to.
STATE_TESTERS = frozenset("""military army navy force forces guard guards regime government state country
    ministry command corps troops unit it they we""".split())


# Bodies of water a missile is fired into or toward with no one there to hit ("toward the East Sea", "into the Sea of
# Japan", "off its east coast").
WATERS = frozenset("sea seas ocean gulf waters bay strait coast".split())
AIMING_PREPS = frozenset("at on against upon onto".split())


# Military drills a weapon is fired in ("fired two rockets during a drill", "in military exercises").
DRILLS = frozenset("drill drills exercise exercises manoeuvres maneuvers wargame wargames".split())


BORDER_NOUNS = frozenset("border frontier boundary".split())


def _sent_to_a_border(verb: Token) -> bool:
    """Arms or forces sent to a border ("to its border with Ukraine", "toward the frontier") are deployed there, not
    given to the neighbour across it."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards") and any(
        p.dep_ == "pobj" and _lemma(p) in BORDER_NOUNS for p in c.children) for c in verb.children)


def _fired_to_sea(verb: Token) -> bool:
    """A weapon fired into or toward a sea, or in a drill, with no party or place aimed at beside it ("North Korea
    fired a ballistic missile toward the East Sea", "fired two rockets into the desert during a drill"): no one is
    hit; a show of force as a test is (not "fired at a ship in the Red Sea", "fired on villagers during a drill")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [p for o in verb.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]
    if any(p.lower_ in AIMING_PREPS and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
                                             for o in p.children) for p in preps):
        return False  # "fired at a ship in the Red Sea"; not "on Sunday"
    return any(p.lower_ in ("into", "toward", "towards", "off", "in") and any(
        o.dep_ == "pobj" and o.lower_ in WATERS for o in p.children) for p in preps) or _in_drill(preps)


def _in_drill(preps: list[Token]) -> bool:
    """One of a verb's prepositional phrases sets it in a military drill ("during a drill", "in large-scale
    exercises"; not "in exercises of the right to protest")."""
    return any(p.lower_ in ("in", "during") and any(o.dep_ == "pobj" and o.lower_ in DRILLS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in o.children) for o in p.children) for p in preps)


# Moves that close in on a party without striking it; in a drill they show force ("encircled Taiwan in drills").
SURROUNDING_VERBS = frozenset("encircle surround blockade".split())


def _drill_manoeuvre(trig: Trigger) -> Trigger:
    """"Chinese warships encircled Taiwan in large-scale drills": surrounding a party in a drill strikes no one but
    shows force (CAMEO 150, as the drill itself is); "encircled the city" with no drill stays an assault."""
    word = trig.word
    if trig.rule.type != "ASSAULT" or word.i != trig.governor.i or _lemma(word) not in SURROUNDING_VERBS \
            or not _in_drill([c for c in word.children if c.dep_ == "prep"]):
        return trig
    return replace(trig, rule=replace(trig.rule, type="MOBILIZE", mode=None, cameo="150"))


def _weapon_test(trig: Trigger, lexicon: Lexicon) -> Trigger:
    """A state firing a weapon in a test ("North Korea test-fired two cruise missiles", "Iran fired a missile in a
    test") or into the sea ("fired a ballistic missile toward the East Sea") attacks no one but shows its force
    (CAMEO 150): the trigger takes the lexicon's rule for testing that weapon. A firing test of a company's
    engine, or by a company, stays an attack the senses then drop."""
    word = trig.word
    if trig.rule.type != "ASSAULT" or word.i != trig.governor.i or not (
            tested(word, lexicon.senses.trials) or _fired_to_sea(word)):
        return trig
    testers = [c for c in word.children if c.dep_ == "nsubj"]
    testers += [p for c in word.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not any(t.ent_type_ in ("GPE", "NORP") or _lemma(t) in STATE_TESTERS or t.lower_ in STATE_TESTERS
               or any(c.ent_type_ in ("GPE", "NORP") for c in t.children if c.dep_ in ("poss", "compound", "amod"))
               for t in testers):
        return trig
    for trial in sorted(lexicon.senses.trials):
        for rule, rest in lexicon.verbs.get(trial, []):
            if rule.type == "MOBILIZE" and not rest and rule.objects and _objects_match(word, rule.objects):
                return replace(trig, rule=rule)
    return trig


def _supported(noun: Token, governor: Token | None) -> bool:
    """The noun is the object of a support verb ("announced the deployment", "carried out arrests"), or what its
    subject comes under ("came under bombardment from")."""
    return governor is not None and (noun.head.i == governor.i and noun.dep_ in ("dobj", "nsubjpass") and bool(
        _forms(governor) & (SUPPORT_VERBS | RECEIVING_VERBS)) or comes_under(noun, governor))


def comes_under(noun: Token, governor: Token | None) -> bool:
    """"came under attack", "came under fire from": the noun is the object of "under" on "come"; "was the target of
    a protest by students", "became the target of attacks": of "of" on the "target" that "be" or "become" predicates
    of its subject."""
    if governor is None or noun.dep_ != "pobj":
        return False
    if noun.head.lower_ == "under":
        return noun.head.head.i == governor.i and "come" in _forms(governor)
    target = noun.head.head
    return noun.head.lower_ == "of" and _lemma(target) == "target" and target.dep_ == "attr" and (
        target.head.i == governor.i) and bool(_forms(governor) & {"be", "become"})


def armed_agent(noun: Token) -> bool:
    """A common noun of an armed force ("the army", "Russian forces", "Israeli troops")."""
    return noun.pos_ == "NOUN" and (_lemma(noun) in ARMED_SUBJECTS or noun.lower_ in ARMED_SUBJECTS)


def _has_arguments(noun: Token, modifier_agent: bool = True) -> bool:
    """A nominalisation with both its agent and its object is an event by itself: "the seizure of a tanker by
    Iran", "Russia's veto of the resolution", "the condemnation by Cuba of the embargo", "shelling by Russian forces
    on the town" (a common noun of an armed force acts as a named party does), and with `modifier_agent` "the
    Iranian seizure of a tanker", "US strikes on Iraq" (`_doer_named_before`)."""
    agent = any(c.dep_ == "poss" and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ == "by" and any(
        p.dep_ == "pobj" and (p.pos_ == "PROPN" or armed_agent(p)) for p in c.children) for c in noun.children)
    agent = agent or modifier_agent and _doer_named_before(noun)
    return agent and any(c.dep_ == "prep" and c.lower_ in ("of", "against", "on", "into") for c in noun.children)


# Verbs of an act's course whose subject it is when it takes place: "the withdrawal began", "was completed".
COURSE_VERBS = frozenset("begin start complete continue end finish conclude resume proceed".split())


def _sides_forces_moved(noun: Token, verb: Token) -> bool:
    """A deployment's or a withdrawal's noun, the subject of a verb of its course, names whose forces it moves and
    where: "the withdrawal of Russian troops from Kherson began", "the deployment of NATO forces to Estonia was
    completed" (an event by itself, as "Russia withdrew its troops from Kherson" is); not what talks are on, a demand
    is for, or what was postponed."""
    if noun.head.i != verb.i or noun.dep_ not in ("nsubj", "nsubjpass") or not (
            _forms(verb) & COURSE_VERBS):
        return False
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    forces = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return forces is not None and armed_agent(forces) and any(_party_modifier(c) for c in forces.children
                                                              if c.i < forces.i) and any(
        c.dep_ == "prep" and c.lower_ in ("from", "to", "into", "out") for c in noun.children)


def _modified_act(noun: Token, rule: Rule) -> bool:
    """An act whose doer is named before its noun (`_doer_named_before`), with the noun's own target phrase: "the
    Russian attack on Kyiv", "a US airstrike on a convoy"."""
    return _doer_named_before(noun) and any(c.dep_ == "prep" and c.lower_ in rule.target_preps for c in noun.children)


def _doer_named_before(noun: Token) -> bool:
    """A country named before the event noun, which has no possessor or "by" agent: "the Russian attack", "a US
    drone strike", "a Saudi-led strike"."""
    return not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children) and any(
        _party_modifier(c) for c in noun.children if c.i < noun.i)


def _party_modifier(modifier: Token) -> bool:
    """A modifier naming a country: its people ("Russian") or its name ("US"), or one that leads ("Saudi-led"). A
    city or a body is where or whom the act was aimed at as often ("the Paris attack", "the Charlie Hebdo attack"),
    and a party or a faith no country ("the Republican attack on the bill"), so none counts."""
    if modifier.dep_ not in ("amod", "compound"):
        return False
    if _names_country(modifier):
        return True
    # "Saudi-led", or a party naming the kind of act ("US drone strikes", "Russian missile attacks")
    return (_lemma(modifier) == "lead" or modifier.dep_ == "compound") and any(
        _names_country(c) and c.dep_ in ("amod", "compound", "npadvmod") for c in modifier.children if c.i < modifier.i)


def _names_country(tok: Token) -> bool:
    """A country's name or its people's ("US", "Russian"; not "Republican" or "Muslim")."""
    return tok.ent_type_ in ("NORP", "GPE") and country_code(tok.text) is not None


# Verbs of an event's course: its subject noun names an event that goes on, ends or spreads ("talks ended", "the
# fighting intensified", "the arrest sparked protests", "the blockade entered its tenth year").
PHASE_VERBS = frozenset("""end continue resume intensify escalate enter drag stall collapse break spark trigger
    prompt provoke begin start erupt rage persist conclude fail widen spread last take occur happen proceed draw anger
    fuel cause""".split())


# Nouns of these types name a state, not an act with a course: "relations between China and the US continued to
# worsen" and "the agreement between Israel and Egypt ended the war" report no establishing or signing.
STATE_TYPES = frozenset({"SUPPORT", "AGREE"})


def _owned_act(noun: Token, rule: Rule) -> bool:
    """A named party's act with its complement, whatever verb the phrase hangs from: "Cuba's refusal to engage with
    Colombia", "Turkey's threat against the Kurds", "Kenya's demand for compensation"; not "Trump's letter" (no
    complement) or "the refusal to comment" (no one's). States ("ATI's relations with TSMC", "Papandreou's plans
    to cut wages") are left to their light verbs by the caller."""
    owner = any(c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ in ACTOR_ENTITIES) for c in noun.children)
    return owner and any(
        c.dep_ == "acl" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        or c.dep_ == "prep" and c.lower_ in rule.target_preps for c in noun.children)


def _ongoing_with_parties(noun: Token) -> bool:
    """The noun is the subject of a verb of its course and names its parties in its own phrase: both sides
    ("talks between Russia and Ukraine ended"), or the one acted on and the agent ("Navalny's arrest by Russian
    police sparked protests", "the arrest of the journalist by police drew condemnation")."""
    # the verb of its course, or one it is set, due or expected to take ("talks are set to resume")
    course = [noun.head, *(c for c in noun.head.children if c.dep_ == "xcomp")]
    if noun.dep_ not in ("nsubj", "csubj", "nsubjpass") or not any(_forms(v) & PHASE_VERBS for v in course):
        return False
    preps = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
    between = preps.get("between")
    if between is not None and any(p.dep_ == "pobj" and any(c.dep_ == "conj" for c in p.children)
                                   for p in between.children):
        return True
    # the one acted on by its possessive or its "of" ("the expulsion of three diplomats by Estonia drew protests")
    objects = [p for p in preps["of"].children if p.dep_ == "pobj"] if "of" in preps else []
    acted_on = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children) or bool(objects)
    # the agent's "by", which the parser may hang on the one acted on
    agents = [c for h in (noun, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "by"]
    return acted_on and any(p.dep_ == "pobj" for a in agents for p in a.children)


# Dependencies of an adjunct phrase: fronted before the clause's subject, it sets the scene of the clause ("Ahead of
# the summit, Putin held talks", "After the visit, the minister made a statement").
ADJUNCT_DEPS = frozenset({"prep", "advmod", "npadvmod", "advcl"})


def _fronted_adjunct(noun: Token, verb: Token) -> bool:
    """The noun is in a phrase fronted before the verb's subject ("Ahead of the summit, Putin held talks"): an
    adjunct of the clause, never the object a light verb makes an event of (the talks were held, not the summit)."""
    tok = noun
    while tok.head.i != verb.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    if tok.dep_ not in ADJUNCT_DEPS or tok.i > verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and tok.i < subject.i


# Prepositions of a clause's occasion: "said after talks with X", "told reporters following a meeting with X"
MEETING_OCCASIONS = frozenset("after following during at".split())
SPEAKING = SPEECH_VERBS | frozenset("speak".split())


def _talks_attended(noun: Token, governor: Token | None) -> bool:
    """The meeting noun is the occasion of a clause of saying and names its partner ("Bayramov said after talks with
    his Armenian counterpart", "told reporters following a meeting with X"): the speaker met them. (An act set in the
    meeting is the act, with the one met: `arguments.meeting_partner`.)"""
    if governor is None:
        return False
    # "Speaking after talks with X, Y said": the participle's subject is the clause's
    speaker = governor.head if governor.dep_ == "advcl" and governor.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "mark") for c in governor.children) else governor
    return _lemma(governor) in SPEAKING and noun.dep_ == "pobj" and (noun.head.lower_ in MEETING_OCCASIONS) and (
        noun.head.head.i == governor.i) and any(c.dep_ == "nsubj" for c in speaker.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" for p in c.children) for c in noun.children)


# Units and craft an act's noun can name a kind of: "a carrier strike group", "attack helicopters", "an assault rifle"
# are forces and weapons, no strike, attack or assault.
UNIT_HEADS = frozenset("""group force unit team squad brigade battalion helicopter aircraft plane jet drone boat ship
submarine vessel vehicle rifle craft""".split())


def _modifiers_fit(noun: Token, rule: Rule) -> bool:
    """The noun has a modifier the rule requires, before it or in its "of" phrase ("a missile test", "a test launch
    of a new cruise missile")."""
    if not rule.requires_modifier:
        return True
    words = [c for c in noun.subtree if c.i < noun.i]
    words += [w for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for w in c.subtree]
    return any(w.lower_ in rule.requires_modifier for w in words)


def _noun_trigger(tok: Token, lemma: str, low: str, lexicon: Lexicon) -> Trigger | None:
    """A noun naming an event: a lexicon noun under one of its own light verbs ("staged a strike"), or
    standalone; else a nominalisation under a support verb, read as the verb it comes from first ("carried out
    strikes" is the verb's attack, not the noun's walkout), then as the lexicon noun."""
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and _lemma(tok.head) in UNIT_HEADS:
        return None
    # what a word is about is no act of the verb that says it: "had no comment on the talks"
    governor = None if _topic_of_saying(tok) else _governing_verb(tok)
    # a phrase fronted before the subject sets the scene: its noun is no object of the clause's light verb
    scene = governor is not None and _fronted_adjunct(tok, governor)
    nouns = [(rule, rest) for rule, rest in lexicon.nouns.get(lemma, []) + lexicon.nouns.get(low, [])
             if _phrase_matches(tok, rest, "noun") and _modifiers_fit(tok, rule) and _noun_phrases_fit(tok, rule)]
    # "called off the strike" ends what "called a strike" starts: a particle undoes the light verb
    undone = governor is not None and any(c.dep_ == "prt" and (
        c.lower_ in UNDOING_PARTICLES or (_lemma(governor), c.lower_) in UNDOING_PHRASALS) for c in governor.children)
    # A verb of course or degree takes the sense whose target its prepositional argument is ("continued its support
    # for Kyiv" backing, not "came out in support of"), and none where senses of other types remain ("resumed its
    # protests against" a diplomatic protest or a street one)
    own_preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    aspect_senses = [rule for rule, _ in nouns if rule.light and (
        not own_preps or own_preps & set(rule.target_preps))] if _aspect_of(tok, governor) else []
    if len({rule.type for rule in aspect_senses}) > 1:
        aspect_senses = []
    senses = [rule for rule, _ in nouns]
    # The sense whose target a prepositional argument is first; then, for an act several parties do together
    # ("French and Egyptian warships launched war games"), cooperation before what one party does alone.
    together = governor is not None and _done_by_several(governor)
    nouns.sort(key=lambda entry: (not _takes_own_preposition(tok, entry[0], senses),
                                  not (together and entry[0].type == "COOPERATE")))
    for rule, _ in nouns:
        light = governor is not None and (bool(_light_forms(governor) & set(rule.light)) or rule in aspect_senses) \
            and not undone and not scene
        standalone = rule.standalone and any(c.dep_ in ("poss", "prep") for c in tok.children)
        held = any(c.dep_ == "acl" and _lemma(c) in ("hold", "schedule", "plan") for c in tok.children)
        standalone = standalone or bool(rule.light) and rule.type not in STATE_TYPES and (
            _owned_act(tok, rule) or _modified_act(tok, rule))
        # "came under attack from X", "came under fire": the subject receives the event the noun names
        light = light or comes_under(tok, governor) or rule.type == "CONSULT" and _talks_attended(tok, governor)
        ongoing = rule.type not in STATE_TYPES and _ongoing_with_parties(tok)
        if light or standalone or held or ongoing:
            return Trigger(rule, tok, governor if light and governor is not None else tok,
                           converse=light and _receives(tok, governor))
    nominal = lexicon.nominal_rules(lemma) if tok.pos_ == "NOUN" else []
    if not nominal:
        return None
    if governor is None or undone or not _supported(tok, governor):
        # a noun spelt as its verb may name a thing before a party's name ("the Canadian arm of the church"); a
        # derived one names the act ("the Iranian seizure of a tanker")
        derived = any(verb != lemma and verb in lexicon.verbs for verb in verb_stems(lemma))
        if governor is not None and _sides_forces_moved(tok, governor) and (moving := [
                r for r in nominal if r.type in lexicon.policy.moved_force and r.mode != "release"
                and _nominal_fits(tok, r, governor, lexicon)]):
            # the clause's verb tells whether and when it happened ("began on Friday", "will begin")
            return Trigger(moving[0], tok, governor)
        if not _has_arguments(tok, modifier_agent=derived):
            if not _ongoing_with_parties(tok):
                return None
            nominal = [r for r in nominal if r.type not in STATE_TYPES]
            nouns = [(r, rest) for r, rest in nouns if r.type not in STATE_TYPES]
        governor = tok  # "the seizure of a tanker by Iran", "Russia's veto of the resolution": the noun alone
    for rule in nominal:
        if _nominal_fits(tok, rule, governor, lexicon):
            return Trigger(rule, tok, governor, converse=_receives(tok, governor))
    return Trigger(nouns[0][0], tok, governor, converse=_receives(tok, governor)) if nouns else None


def _nominal_fits(noun: Token, rule: Rule, governor: Token, lexicon: Lexicon) -> bool:
    """The noun's phrases fit the verb rule it is the nominalisation of: the verb's preposition kept, its objects, its
    clause words."""
    prep = lexicon.nominal_preps.get(rule)
    if prep is not None and not any(c.dep_ == "prep" and c.lower_ == prep for c in noun.children):
        return False
    if not _noun_phrases_fit(noun, rule):
        return False
    if rule.requires_object and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return not (rule.objects_are_actors or rule.clause_words and not _clause_mentions(governor, rule.clause_words))


# Nouns of saying, asking and reporting: a noun in their topic phrase is what they are about, not an act of the verb
# they hang from ("had no comment on the talks", "held a news conference about the visit", "gave an interview on
# the negotiations").
SAYING_NOUNS = frozenset("""comment statement remark question query conference briefing report news information
    detail speech address interview article story book film documentary testimony hearing lecture seminar view
    opinion update announcement editorial column tweet post""".split())
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# Nouns of an account whose "of" phrase is what it tells ("reports of a summit", "rumours of talks"), not its author.
ACCOUNT_OF_NOUNS = frozenset("report news rumor rumour word claim account".split())


def _topic_of_saying(noun: Token) -> bool:
    """The noun is the topic of a noun of saying: "(a comment) on the talks", "(a conference) about the visit",
    "(dismissed reports) of a summit"."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.head.pos_ == "NOUN" and (
        prep.lower_ in TOPIC_PREPS and _lemma(prep.head) in SAYING_NOUNS
        or prep.lower_ == "of" and _lemma(prep.head) in ACCOUNT_OF_NOUNS)


def _noun_phrases_fit(noun: Token, rule: Rule) -> bool:
    """The noun's own phrases allow the rule: the objects it needs, none it excludes (its own modifiers too:
    "sexual harassment"), the complement it needs ("a call for calm")."""
    return not (rule.objects and not _objects_match(noun, rule.objects)) \
        and not (rule.not_objects and _noun_excluded(noun, rule.not_objects)) \
        and not (rule.complement_preps and not _has_complement(noun, rule.complement_preps))


def _to_infinitive(clause: Token) -> bool:
    """The token heads a "to" infinitive on the word above it: "a call to end", "gave them a week to leave"."""
    return clause.dep_ in ("acl", "xcomp", "advcl", "relcl") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


def _has_complement(word: Token, preps: tuple[str, ...]) -> bool:
    """The word takes one of `preps`, a "to" infinitive or a "that", "whether" or "if" clause: "a call for calm", "a
    call on Israel", "a call to end", "asked that the vote be delayed", "asked Chile whether it would release"."""
    return any(c.dep_ == "prep" and c.lower_ in preps or _to_infinitive(c) or c.dep_ == "ccomp" and any(
        m.dep_ == "mark" and m.lower_ in ("that", "whether", "if") for m in c.children) for c in word.children)


def _noun_excluded(noun: Token, not_objects: tuple[str, ...]) -> bool:
    """What the noun is of, or its own modifier, is one of `not_objects`: "a donor of a kidney", "a blood donor"."""
    return _objects_match(noun, not_objects) or any(
        c.dep_ in ("compound", "amod", "nmod") and (_lemma(c) in not_objects or c.lower_ in not_objects)
        for c in noun.lefts)


# Prepositions that say which sense an ambiguous noun has ("strikes on Syria" are attacks, "a strike over pay" is a
# walkout); not "of" or "in", which name a possessor or a place under any sense.
SENSE_PREPOSITIONS = frozenset({"on", "against", "over", "at", "into", "with", "near", "around", "off"})
LIGHT_VERB_SENSE_PREPOSITIONS = frozenset({"against", "with", "near", "around", "off"})


# An act that names no event of its own, done jointly by several parties or together with a partner, is their
# cooperation (CAMEO 060).
JOINT_ACT_RULE = Rule(kind="verb", lemmas=(), type="COOPERATE", cameo="060", target_preps=("with",))


def _done_jointly(verb: Token) -> bool:
    """"Kenya and Ethiopia jointly built a road", "Chile jointly resumed flights with Peru": an act "jointly" by
    several parties, or by one with a partner; an act done "together with", "in partnership with" a partner
    (`joint_partner`)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or _lemma(verb) in SPEECH_VERBS or subject is None or not _names_party(subject):
        return False  # "will be buried together with its weapons", "the incident occurred", "said in coordination"
    if any(c.dep_ == "advmod" and c.lower_ == "jointly" for c in verb.children):
        return _done_by_several(verb) or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    return (partner := joint_partner(verb)) is not None and _names_party(partner)


def _names_party(phrase: Token) -> bool:
    """A name of a country, body, people or person is in the phrase ("Turkish intelligence", "the UN mission")."""
    return any(t.ent_type_ in ACTOR_ENTITIES for t in phrase.subtree)


# "in partnership with X", "in coordination with X": the frame of an act done with a partner
JOINT_FRAMES = frozenset("partnership coordination cooperation collaboration conjunction tandem".split())


def joint_partner(verb: Token) -> Token | None:
    """The partner of an act done "together with" it ("documented arrests together with the UN mission") or "in
    partnership with" it, the frame hung on the verb or on its object ("carried out a campaign in partnership with
    the WHO", "in coordination with", "in cooperation with"); else None."""
    for head in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"):
            if any(a.dep_ == "advmod" and a.lower_ == "together" for a in prep.children):
                return next((o for o in prep.children if o.dep_ == "pobj"), None)
        for frame in (n for p in head.children if p.dep_ == "prep" and p.lower_ == "in" for n in p.children
                      if n.dep_ == "pobj" and n.lower_ in JOINT_FRAMES):
            with_ = next((p for p in frame.children if p.dep_ == "prep" and p.lower_ == "with"), None)
            if with_ is not None:
                return next((o for o in with_.children if o.dep_ == "pobj"), None)
    return None


def _done_by_several(verb: Token) -> bool:
    """The verb's subject names two parties or more: "Russia and China held ...", "French and Egyptian warships
    launched ..."."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        c.dep_ == "conj" or c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children)
        for c in subject.children)


def _takes_own_preposition(noun: Token, rule: Rule, senses: list[Rule]) -> bool:
    """The noun has a prepositional argument that this sense takes as its target and another sense does not; a
    light verb's partner or aim is its object's ("held drills with China", "conducted drills near Taiwan"), not its
    time or place ("began a hunger strike on Monday")."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ in SENSE_PREPOSITIONS}
    if noun.dep_ == "dobj":
        preps |= {c.lower_ for c in noun.head.children
                  if c.dep_ == "prep" and c.lower_ in LIGHT_VERB_SENSE_PREPOSITIONS}
    return any(p in rule.target_preps and any(p not in other.target_preps for other in senses) for p in preps)


# Verbs of giving whose lexicon senses name what is given ("supplied tanks", "sent food"): receiving the same
# things from a party is that party's gift.
GIVING_VERBS = ("give", "provide", "supply", "send", "deliver", "donate")


def received_object(verb: Token) -> Token:
    """What a receiving verb receives, when it is named ("a loan" of "obtained a loan from the IMF"), else the verb:
    the trigger's word, so that the giver is found in the object's "from" phrase as in the verb's."""
    return next((c for c in verb.children if c.dep_ == "dobj"), verb)


def _received_gift(verb: Token, lemma: str, lexicon: Lexicon) -> Rule | None:
    """The giving sense of what a receiving verb receives from a party: "Moldova received armoured vehicles from
    Romania" is Romania's military aid to Moldova (the coder reads the trigger `converse`: the receiver is the
    target, the one received from the source). Only with the giver named by "from" and the receiver by the verb's
    own subject (not "a scheme to obtain a loan from the fund", a purpose)."""
    if lemma not in RECEIVING_VERBS or verb.pos_ != "VERB" or not any(
            c.dep_ == "nsubj" for c in verb.children) or not any(
            c.dep_ == "prep" and c.lower_ == "from" for h in (verb, *(o for o in verb.children if o.dep_ == "dobj"))
            for c in h.children):
        return None
    return next((rule for giving in GIVING_VERBS for rule, rest in lexicon.verbs.get(giving, [])
                 if not rest and rule.type == "AID" and rule.objects and _objects_match(verb, rule.objects)), None)


def _receives(noun: Token, governor: Token | None) -> bool:
    """The governor's subject receives what the noun names: "received aid from X", "came under criticism from X"
    (not "came out in support of X")."""
    return governor is not None and governor.i != noun.i and (
        bool(_forms(governor) & RECEIVING_VERBS) or comes_under(noun, governor))

# Nouns of acts that a party answers by rejecting, denying or condemning them ("rejected the sanctions", "denied the
# accusations", "dismissed the demand"), with the types of the act's own mention earlier in the article.
ANSWERED_NOUNS: dict[str, tuple[str, ...]] = {
    "sanction": ("SANCTION", "COERCE"), "measure": ("SANCTION", "COERCE"), "restriction": ("SANCTION", "COERCE"),
    "ban": ("SANCTION", "COERCE"), "embargo": ("SANCTION", "COERCE"), "tariff": ("SANCTION", "COERCE"),
    "accusation": ("ACCUSE",), "allegation": ("ACCUSE",), "charge": ("ACCUSE", "COERCE"), "claim": ("ACCUSE",),
    "criticism": ("ACCUSE",), "condemnation": ("ACCUSE",), "demand": ("REQUEST",), "request": ("REQUEST",),
    "call": ("REQUEST",), "appeal": ("REQUEST",), "ultimatum": ("THREATEN",), "threat": ("THREATEN",),
    "warning": ("THREATEN",), "proposal": ("AGREE", "REQUEST"), "offer": ("AGREE",), "plan": ("AGREE",),
    "invitation": ("REQUEST",),
    # "Oman condemned the attack" after "Israel fired missiles at the consulate": the attack just told is Israel's
    "attack": ("ASSAULT",), "strike": ("ASSAULT",), "airstrike": ("ASSAULT",), "bombing": ("ASSAULT",),
    "shelling": ("ASSAULT",), "raid": ("ASSAULT",), "killing": ("ASSAULT",), "assassination": ("ASSAULT",),
    "storming": ("ASSAULT",), "massacre": ("ASSAULT",),
}
OWNING_DEPS = ("poss", "compound", "amod", "nmod")


# Prepositions of the occasion an act took place in ("arrested them during raids", "killed in an attack")
OCCASION_PREPS = frozenset("during in amid after".split())


def definite_unowned(obj: Token, owner_preps: tuple[str, ...] = ("by", "from")) -> bool:
    """A noun pointing back at something told before: definite ("the sanctions", "these claims"), with no owner of
    its own ("its sanctions", "the EU sanctions", "sanctions by Canada" name theirs)."""
    return obj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that")
                                      for c in obj.children) and not any(
        c.dep_ in OWNING_DEPS and (c.pos_ in ("PROPN", "PRON") or c.ent_type_)
        or c.dep_ == "prep" and c.lower_ in owner_preps for c in obj.children)


def answered_party(obj: Token, earlier: Sequence[CodedMention], avoid: Iterable[str] = (),
                   governor_of: Callable[[CodedMention], Token] | None = None) -> list[str]:
    """Who made the measure, demand or accusation a party answers, when the article said so before and one party
    made it: "The RSF rejected the sanctions as politically motivated" after "The United States imposed sanctions
    on two RSF commanders" is aimed at the United States. `obj` is the answer's object, `earlier` the article's
    mentions coded before it, `avoid` the answering party. The object must be definite and have no owner of its own
    ("the sanctions", not "its sanctions", "the EU sanctions", "sanctions by Canada"); the earlier mentions are those
    whose trigger words (or, with `governor_of` giving a mention's clause verb, its lemma and the nouns of its
    setting) hold the object's noun or the verb it comes from, else, when those name no party or more than one,
    those of a type the noun names (`ANSWERED_NOUNS`). None when those name no party or more than one either.

    For the event coder: a REJECT, ACCUSE or PROTEST mention with no target whose direct object is such a noun takes
    this as its target."""
    lemma = obj.lemma_.lower()
    if not definite_unowned(obj):
        return []
    skip = set(avoid)
    def words(m: CodedMention) -> set[str]:
        """The trigger's words and their singulars ("sanctions": "sanction"), and, given its clause verb, that
        verb's lemma ("arrested": the arrests) and the nouns of its settings ("arrested 15 Palestinians during
        raids": the raids)."""
        said = m.event.evidence[0].trigger.lower().split() if m.event.evidence else []
        told = set(said) | {w[:-1] for w in said if w.endswith("s")}
        verb = governor_of(m) if governor_of is not None else None
        if verb is None:
            return told
        return told | {_lemma(verb)} | {p.lemma_.lower() for c in verb.children if c.dep_ == "prep"
                                        and c.lower_ in OCCASION_PREPS for p in c.children
                                        if p.dep_ == "pobj" and p.pos_ == "NOUN"}

    def one_party(mentions: list[CodedMention]) -> list[str]:
        parties = {tuple(sorted(p.actor_id for p in m.event.source if p.actor_id not in skip)) for m in mentions}
        parties.discard(())
        if len(parties) == 1:
            return list(parties.pop())
        # "Israeli airstrikes killed 30 ... The Israeli military said it targeted ...": one country's side named
        # several ways is one party, the one named last; two countries' acts ("Canada ... Japan imposed sanctions")
        # name no one
        doers = [p for m in mentions for p in m.event.source if p.actor_id not in skip]
        if len(parties) < 2 or len({p.country for p in doers}) != 1 or doers[-1].country is None:
            return []
        last = next(m for m in reversed(mentions) if any(p.actor_id not in skip for p in m.event.source))
        return sorted({p.actor_id for p in last.event.source if p.actor_id not in skip})

    stems = set(verb_stems(lemma))  # "the detentions": "detained"
    return one_party([m for m in earlier if stems & words(m)]) or one_party(
        [m for m in earlier if m.event.type in ANSWERED_NOUNS.get(lemma, ())])


# Ending an event is CAMEO's yielding on it (08x) or reducing relations (16x), by the type of what ends.
ENDING_VERBS = frozenset("end stop halt cease suspend abandon terminate discontinue lift ease relax".split())
_MILITARY_DEESCALATION = Rule(kind="verb", lemmas=(), type="RETREAT", mode="disarm", cameo="087",
                              contexts=("military",), target_preps=("in", "against", "on"))
ENDING_RULES = {
    "ASSAULT": _MILITARY_DEESCALATION,
    "MOBILIZE": _MILITARY_DEESCALATION,
    "PROTEST": Rule(kind="verb", lemmas=(), type="CONCEDE", cameo="082", target_preps=()),
    "AID": Rule(kind="verb", lemmas=(), type="SANCTION", mode="discontinue", cameo="162", contexts=("human_security",),
                target_preps=("to", "for", "in", "with")),
    "CONSULT": Rule(kind="verb", lemmas=(), type="SANCTION", mode="withdraw", cameo="164", contexts=("diplomatic",),
                    target_preps=("with", "between")),
    "COOPERATE": Rule(kind="verb", lemmas=(), type="SANCTION", cameo="160", contexts=("diplomatic",),
                      target_preps=("with",)),
    "COERCE": Rule(kind="verb", lemmas=(), type="CONCEDE", cameo="081", contexts=("legal",),
                   target_preps=("on", "in", "against")),
    "163": Rule(kind="verb", lemmas=(), type="RETREAT", mode="ease", cameo="085", contexts=("economic",),
                target_preps=("on", "against")),
    "1723": Rule(kind="verb", lemmas=(), type="RETREAT", cameo="0813", contexts=("legal",), target_preps=("on", "in")),
    "1724": Rule(kind="verb", lemmas=(), type="RETREAT", cameo="0814", contexts=("legal",), target_preps=("on", "in")),
}


def _ending(verb: Token, lexicon: Lexicon) -> Rule | None:
    """A verb of ending whose object names an event: "stopped its war on X" de-escalates (RETREAT 087), "ended the
    strike" eases dissent (CONCEDE 082), "suspended the talks" halts negotiations (SANCTION 164), "lifted the
    sanctions" eases them (RETREAT 085). The object's type is the lexicon's, for its noun or the verb it derives
    from."""
    if _lemma(verb) not in ENDING_VERBS:
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        lemma = _lemma(obj)
        rules = [r for r, rest in lexicon.nouns.get(lemma, []) if _phrase_matches(obj, rest, "noun")
                 and _modifiers_fit(obj, r)]
        rules += lexicon.nominal_rules(lemma)
        for rule in rules:
            found = ENDING_RULES.get((rule.cameo or "")[:4]) or ENDING_RULES.get((rule.cameo or "")[:3]) or \
                ENDING_RULES.get(rule.type)
            if found is not None:
                return found
    return None


NAME_CALLING_RULE = Rule(kind="verb", lemmas=(), type="ACCUSE", mode="disapprove", cameo="111")
PRAISING_RULE = Rule(kind="verb", lemmas=(), type="SUPPORT", cameo="051")
BLAME_RULE = Rule(kind="verb", lemmas=(), type="ACCUSE", mode="allege", cameo="112")
BLAME_WORDS = frozenset({"responsible", "guilty", "culpable", "blame"})


def _name_called(verb: Token) -> Token | None:
    """The predicate noun or adjective after the object ("called the ambassador a stupid guy": "guy"), or None.
    spaCy reads "called President Ivan Duque a puppet" as predicate "Duque" with object "a puppet"; a named
    predicate alone ("called President Erdogan on Friday") is a phone call."""
    for pred in (c for c in verb.children if c.dep_ == "oprd"):
        if pred.pos_ != "PROPN":
            return pred
        for c in pred.children:
            if c.dep_ in ("dobj", "appos") and c.pos_ in ("NOUN", "ADJ") and c.i > pred.i:
                return c
    return None


# Days given a party to act are a deadline, CAMEO 139 as "gave X an ultimatum" (the lexicon's noun) and as the
# verb dictionary's "- * HOURS [139] # GIVE", for days and weeks too: "gave the junta one week to hand power back",
# "gave the rebels ten days to disarm". Months or years given ("gave farmers two years to adapt") and time granted
# ("granted the company 30 days to appeal") are a period of grace. The lexicon's rules for the verb come first
# ("gave the diplomats 48 hours to leave" is an expulsion).
DEADLINE_RULE = Rule(kind="verb", lemmas=(), type="THREATEN", mode="relations", cameo="139", target_preps=("to",))
DEADLINE_VERBS = frozenset({"give"})
TIME_SPANS = frozenset("minute hour day week fortnight".split())


def _deadline_given(verb: Token) -> bool:
    """The verb gives a party (its object or dative) a counted span of time (its object or adverbial noun) to do
    something (an infinitive of the verb or of the span)."""
    spans = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and _lemma(c) in TIME_SPANS
             and any(n.dep_ in ("nummod", "det") for n in c.children)]
    parties = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c not in spans
               and c.pos_ in ("NOUN", "PROPN", "PRON")]
    return bool(spans) and bool(parties) and any(_to_infinitive(a) for h in (verb, *spans) for a in h.children)


WARNING_RULE = Rule(kind="noun", lemmas=(), type="THREATEN", cameo="130", target_preps=("to", "against"))
WARNING_NOUNS = frozenset({"warning", "ultimatum"})  # not "a threat to peace": a judgement of the act


def _warning_in_words(verb: Token) -> Token | None:
    """"said the launch was a stern warning to Washington": the speaker warns the party the warning is to; the
    warning noun, or None."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and _lemma(c) == "be"):
        for attr in (c for c in clause.children if c.dep_ == "attr" and _lemma(c) in WARNING_NOUNS):
            if any(p.dep_ == "prep" and p.lower_ in ("to", "against") and any(
                    t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for t in p.subtree) for p in attr.children):
                return attr  # a warning to a named party, not "a warning to the world"
    return None


def _blames(verb: Token) -> bool:
    """"said Taliban militants were responsible", "says the government is to blame", "said Kyiv was behind the
    attack", "said Israel bore full responsibility": the speaker blames the subject of the content clause."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "nsubj" for c in clause.children) and any(
                c.dep_ in ("acomp", "xcomp", "attr") and _lemma(c) in BLAME_WORDS
                or c.dep_ == "dobj" and _lemma(c) == "responsibility" and _lemma(clause) == "bear"
                or c.dep_ == "prep" and c.lower_ == "behind" and _lemma(clause) == "be"
                and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children) for c in clause.children):
            return True
    return False


ACCOUNTABLE_WORDS = frozenset({"responsible", "accountable", "liable", "culpable"})


def _held_to_account(verb: Token) -> bool:
    """"held the army responsible", "will hold Tehran accountable" (read as a clause of "Tehran" and the adjective),
    "were held responsible by investigators": the party is blamed. Not "held a responsible post"."""
    return any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and _lemma(c) in ACCOUNTABLE_WORDS
               or c.dep_ == "dobj" and any(a.dep_ == "amod" and a.i > c.i and _lemma(a) in ACCOUNTABLE_WORDS
                                           for a in c.children) for c in verb.children)


def blamed_by_copula(trig: Trigger) -> bool:
    """"the U.S. is to blame": "to blame" after "be" means "to be blamed", so its subject blames no one (the
    speaker's blame is coded off the speech verb, `_blames`)."""
    return _lemma(trig.word) == "blame" and trig.word.dep_ == "xcomp" and _lemma(trig.word.head) == "be"


# Nouns that name a word: what follows them in quotes is the word itself ("use the term 'neutralize'").
WORD_NOUNS = frozenset("term word phrase expression euphemism label".split())


def listed_gerund(trig: Trigger) -> bool:
    """"Gray has four prior arrests, including charges of larceny and inciting a riot": a gerund the parser joined
    to a finite verb with no subject or auxiliary of its own is an item of a list, not a second act of the verb's
    subject (a clause of its own would read "and incited", or "and is inciting")."""
    verb = trig.governor
    return verb.tag_ == "VBG" and verb.dep_ == "conj" and verb.head.tag_ in ("VBZ", "VBD", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) and not any(
        c.dep_ == "aux" for c in verb.head.children)


def word_mentioned(trig: Trigger) -> bool:
    """"authorities use the term 'neutralize' to mean the militants surrendered or were killed": the trigger, quoted
    after a noun that names a word, is the word spoken of; and what its definition after it says happened (below the
    word or the verb it hangs on, whichever way the parser hangs it) is no report."""
    doc = trig.word.doc
    above = {trig.word.i, *(t.i for t in trig.word.ancestors)}
    for tok in trig.word.sent:
        before, after = tok.i - 1, tok.i + 1
        if before > 0 and after < len(doc) and doc[before].is_quote and doc[after].is_quote \
                and doc[before - 1].lemma_.lower() in WORD_NOUNS and tok.i <= trig.word.i \
                and (tok.i in above or tok.head.i in above and tok.head.i != trig.word.i):
            return True
    return False


# Conduct a speaker lays at a party's door by saying what it does: "said the U.S. was pushing the situation to the
# brink of war", "said Washington was engaging in hegemonic bullying", "said Kyiv continues to commit crimes". Verbs
# of acting on purpose only: "said Russia had suffered losses" or "faces a crisis" blames no one.
CONDUCT_VERBS = frozenset("""engage push pursue commit spread fuel stoke escalate play seek try attempt continue persist
resort intensify step perpetrate orchestrate instigate incite sponsor harbor harbour peddle""".split())
# ... and verbs that blame whatever their object: "said the U.S. had seriously undermined China's interests"
HARMFUL_CONDUCT_VERBS = frozenset("""undermine destabilize destabilise meddle interfere obstruct provoke sabotage
jeopardize jeopardise poison distort falsify whitewash""".split())
BLAMED_CONDUCT = CONDUCT_VERBS | HARMFUL_CONDUCT_VERBS
# What a party may be said to be without blame: "said Israel was the victim of ..." (bad, but not its doing)
SUFFERING_NOUNS = frozenset("victim target casualty loser survivor sufferer hostage".split())


def _named_party(subject: Token) -> bool:
    """The subject names a party: an entity, or a noun an entity modifies ("the U.S. side")."""
    return any(t.ent_type_ in ACTOR_ENTITIES for t in (subject, *(c for c in subject.children if c.dep_ in (
        "compound", "amod", "poss", "conj"))))


def _called_bad(noun: Token, senses: Senses) -> bool:
    """A noun said of a party that judges it badly: the noun, its adjectives and insults ("the biggest threat", "a
    puppet regime", "the worst abuser"), not its other words ("the second bomb technician"), nor a harm it suffers
    ("the victim of")."""
    return noun.pos_ == "NOUN" and _lemma(noun) not in SUFFERING_NOUNS and sum(
        word_valence(w, senses) for w in (noun, *(c for c in noun.children if c.dep_ == "amod" or (
            c.dep_ == "compound" and c.lower_ in senses.insults)))) < 0


def _party_called(verb: Token, senses: Senses) -> bool:
    """A speech verb's content clause that says a named party is something bad: "The US is the biggest threat to
    world peace, KCNA said", "said Japan was a militarist state", "noted that the U.S., the worst abuser in the
    world, has no right to ..."."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or not _named_party(subject):
            continue
        if any(c.dep_ == "appos" and _called_bad(c, senses) for c in subject.children):
            return True
        attr = next((c for c in clause.children if c.dep_ == "attr"), None)
        if _lemma(clause) == "be" and attr is not None and not any(c.dep_ == "neg" for c in clause.children) and \
                _called_bad(attr, senses):
            return True
    return False


def _conduct_words(head: Token) -> list[Token]:
    """The words that say what conduct is done to or with: an object or a phrase's noun, its modifiers and the noun
    its "of" names ("a policy of aggression", "to the brink of war"); not phrases hung further on ("assistance from
    warships on anti-piracy patrols")."""
    nouns = [head] if head.dep_ != "prep" else [c for c in head.children if c.dep_ == "pobj"]
    nouns += [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    if head.dep_ == "xcomp":
        nouns += [c for c in head.children if c.dep_ == "dobj"]
    return nouns + [c for n in nouns for c in n.children if c.dep_ in ("amod", "compound", "neg")]


def _conduct_blamed(verb: Token, senses: Senses) -> bool:
    """A speech verb's content clause whose subject is a named party and whose verb of conduct is judged bad by
    what it is done to or with (the valences of `_conduct_words`, not of its subject)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and _lemma(c) in BLAMED_CONDUCT):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or any(c.dep_ in ("neg", "auxpass") for c in clause.children) or not _named_party(subject):
            continue
        tried = [c for c in clause.children if c.dep_ == "xcomp"]
        if any(_lemma(v) in HARMFUL_CONDUCT_VERBS for v in (clause, *tried)):
            return True  # "had undermined the deal", "was trying to sabotage the peace process"
        said = [c for c in clause.children if c.dep_ in ("dobj", "prep", "attr")]
        if not any(c.dep_ == "dobj" for c in said):  # "trying to sabotage the talks"; not "sought help to catch"
            said += tried
        if sum(word_valence(w, senses) for c in said for w in _conduct_words(c)) < 0:
            return True
    return False


# A party's words or acts judged in a speaker's words: "said the US sanctions were illegal", "said the remarks by the
# British foreign secretary were groundless" (CAMEO 111, the owner of the words or acts the target); a judgement of a
# thing nobody did ("said the weather was awful") is none.
WORDS_AND_ACTS = frozenset("""remark remarks comment comments statement statements claim claims accusation
accusations allegation allegations report reports sanction sanctions resolution resolutions decision decisions move
moves policy policies measure measures action actions step steps drill drills exercise exercises strike strikes
attack attacks threat threats interference provocation provocations plan plans proposal
proposals law laws bill bills ban visit visits deployment deployments ambition ambitions sale sales""".split())
DESCRIBING_VERBS = frozenset("describe label brand characterize characterise term dub".split())


def _owned_words_or_acts(noun: Token) -> bool:
    """A party's words or acts: "the US sanctions", "Britain's remarks", "the remarks by the foreign secretary"."""
    return _lemma(noun) in WORDS_AND_ACTS and any(
        c.dep_ == "poss" or c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
        or c.dep_ == "prep" and c.lower_ in ("by", "of", "from") for c in noun.children)


# Verbs that say what a thing is or does to others, and where their judgement stands: "the remarks were baseless",
# "amounted to interference", "constitute a violation", "pose a threat to regional peace".
JUDGING_VERBS = {"be": ("acomp", "attr"), "amount": ("pobj",), "constitute": ("dobj",), "represent": ("dobj",),
                 "pose": ("dobj",)}


def _judged_in_words(verb: Token) -> Token | None:
    """The predicate of a speech verb's content clause whose subject is a party's words or acts: "said the US
    sanctions were illegal" -> "illegal", "said the ambassador's remarks amounted to interference" ->
    "interference"."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and _lemma(c) in JUDGING_VERBS):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        deps = JUDGING_VERBS[_lemma(clause)]
        heads = [clause, *(p for p in clause.children if p.dep_ == "prep" and p.lower_ == "to")]
        predicate = next((c for h in heads for c in h.children if c.dep_ in deps), None)
        if subject is not None and predicate is not None and _owned_words_or_acts(subject):
            return predicate
    return None


# Verbs by which a party's words or acts harm by themselves: "said the US arms sales seriously violate the one-China
# principle", "said the remarks contradict the UN Charter".
VIOLATING_VERBS = frozenset("violate breach contradict infringe flout undermine contravene".split())


def _harm_in_words(verb: Token) -> bool:
    """A speech verb's content clause whose subject is a party's words or acts and whose verb violates (not negated)."""
    return any(_lemma(clause) in VIOLATING_VERBS and not any(c.dep_ == "neg" for c in clause.children) and any(
        c.dep_ == "nsubj" and _owned_words_or_acts(c) for c in clause.children)
        for clause in verb.children if clause.dep_ == "ccomp")


def _described_as(verb: Token) -> Token | None:
    """What a verb of describing says its object is, when the object is a state, a people, an organization or a
    party's words or acts: "described the remarks as irresponsible" -> "irresponsible"; "described the building as a
    total loss" and "described the suspect as a killer" judge no party's conduct in public life."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
               and (c.ent_type_ in ("GPE", "NORP", "ORG") or _owned_words_or_acts(c))]
    if not objects:
        return None
    # the parser hangs "as" on the verb or on its object ("described the remarks as irresponsible"); without "as",
    # the predicate follows the object ("labelled the strike a terrorist act")
    for prep in (c for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"):
        return next((c for c in prep.children if c.dep_ in ("pobj", "amod", "acomp", "pcomp")), None)
    # or two objects ("labelled the strike a terrorist act": "act")
    second = next((c for c in verb.children if c.dep_ == "dobj" and c.i > objects[0].i), None)
    return second if second is not None else _name_called(verb)


# A refusal said of a party or an act in a predicate: "the Israeli prime minister would not be welcome in Turkey,
# Ankara said", "Iran said lifting the sanctions is out of the question" (CAMEO 120). The speaker rejects; the
# subject of the content clause, when a party, is the one rejected (the speech-act target).
REFUSED_IN_WORDS_RULE = Rule(kind="verb", lemmas=(), type="REJECT", cameo="120", target_preps=())
REFUSING_PREDICATES = frozenset({"welcome", "unwelcome", "question"})


def _refused_in_words(word: Token) -> Token | None:
    """The speech verb whose content clause is "X is unwelcome", "X would not be welcome", "X is no longer
    welcome" or "X is out of the question"; None for any other use ("welcomed the decision", "the question of")."""
    if word.dep_ == "acomp" and word.tag_ == "JJ":
        copula = word.head
        around = [*copula.children, *word.children]
        around += [c for a in around if a.dep_ == "advmod" for c in a.children]  # "no longer welcome"
        if word.lower_ == "welcome" and not any(c.dep_ == "neg" for c in around):
            return None
    elif word.lower_ == "question" and word.dep_ == "pobj" and word.head.lower_ == "of" and (
            word.head.head.lower_ == "out" and word.head.head.dep_ in ("prep", "acomp", "advmod")):
        copula = word.head.head.head
        if any(c.dep_ == "det" and c.lower_ != "the" for c in word.children):
            return None  # "out of a question" is no idiom
    else:
        return None
    speech = copula.head
    if _lemma(copula) != "be" or copula.dep_ not in ("ccomp", "parataxis") or _lemma(speech) not in SPEECH_VERBS:
        return None
    return speech


FAILED_AGREEMENT_RULE = Rule(kind="verb", lemmas=(), type="REJECT", cameo="120")


# A sanction, an embargo or a curfew its authority fails to renew lapses, which eases it as lifting it would ("failed
# to renew the arms embargo on Iran": CAMEO 085, 0813). Refusing to renew one is the refusal (REJECT).
RENEWING_VERBS = frozenset({"renew"})
LEFT_UNDONE = frozenset({"fail", "neglect"})


def _failed(trig: Trigger) -> Trigger:
    """"failed to reach agreement", "failed to agree on a budget", "failed to reach a deal": no agreement, which
    PLOVER codes as REJECT. A measure "failed to renew" lapses (`RENEWING_VERBS`)."""
    verb = trig.governor
    agreement = trig.rule.type == "AGREE" or trig.rule.type == "SUPPORT" and trig.word is not verb
    if agreement and verb.dep_ == "xcomp" and _lemma(verb.head) == "fail":
        return Trigger(FAILED_AGREEMENT_RULE, trig.word, trig.governor)
    if trig.word is not verb and _lemma(verb) in RENEWING_VERBS and verb.dep_ == "xcomp" \
            and _lemma(verb.head) in LEFT_UNDONE:
        cameo = trig.rule.cameo or ""
        eased = ENDING_RULES.get(cameo[:4]) or ENDING_RULES.get(cameo[:3])
        if eased is not None:
            return Trigger(eased, trig.word, verb.head)
    return trig


# A demand that a party be investigated or punished accuses it (CAMEO 11x, PLOVER ACCUSE): "called for an
# investigation into the killings", "demanded sanctions against Moscow", "urged the prosecution of those responsible".
# What is demanded is aimed at someone (its own "into", "against", "of", "on"); "called for an inquiry" alone asks
# for one and accuses no one.
ACCUSING_DEMANDS = frozenset("investigation inquiry enquiry probe sanction punishment prosecution accountability "
                             "trial indictment condemnation censure".split())
AIMED_PREPS = ("into", "against", "of", "on", "over")  # whom the investigation or punishment is aimed at
ACCUSING_DEMAND_RULE = Rule(kind="verb", lemmas=(), type="ACCUSE", mode="disapprove", cameo="112",
                            target_preps=("for", *AIMED_PREPS))


def _accusing_demand(trig: Trigger) -> Trigger:
    if trig.rule.type != "REQUEST":
        return trig
    asked = [c for c in trig.word.children if c.dep_ == "dobj"] + [
        p for c in trig.word.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
        if p.dep_ == "pobj"]
    for demand in asked:
        if _lemma(demand) in ACCUSING_DEMANDS and any(
                c.dep_ == "prep" and c.lower_ in AIMED_PREPS for c in demand.children):
            return Trigger(ACCUSING_DEMAND_RULE, trig.word, trig.governor)
    return trig


# "came under fire from lawmakers", "came under attack for his remarks": the fire that speakers open, or that comes
# for what someone said or did, is criticism (CAMEO 111), not shooting; "came under fire from rebels" stays an attack.
CRITICISM_RULE = Rule(kind="verb", lemmas=(), type="ACCUSE", mode="disapprove", cameo="111", target_preps=())
SPEAKER_NOUNS = frozenset("""critic lawmaker legislator politician parliamentarian senator congressman congresswoman
    opposition activist campaigner commentator analyst economist journalist media press newspaper editorial union
    rival opponent""".split())
PLACE_WORDS = frozenset("border area region city town village sky airspace territory sea water".split())


def _criticism(trig: Trigger) -> Trigger:
    if trig.rule.type != "ASSAULT" or not comes_under(trig.word, trig.governor):
        return trig
    preps = [c for c in (*trig.governor.children, *trig.word.children) if c.dep_ == "prep"]
    sources = [p for c in preps if c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    reasons = [p for c in preps if c.lower_ in ("for", "over") for p in c.children if p.dep_ == "pobj"
               and p.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC") and _lemma(p) not in PLACE_WORDS]
    if reasons or sources and all(_lemma(s) in SPEAKER_NOUNS for s in sources):
        return Trigger(CRITICISM_RULE, trig.word, trig.governor, converse=trig.converse)
    return trig


# Permission, recognition or acceptance not given is withheld: "did not give permission for the rally", "has not
# allowed aid into the region", "gave no authorization" decline to yield (CAMEO 124); "does not recognize Kosovo",
# "did not accept the observers" reject (CAMEO 120). A negated act of another kind ("did not withdraw") is only an
# event that did not happen. The negation is the refusal itself, so the event is asserted (`modality._factuality`).
PERMISSION_WITHHELD_RULE = Rule(kind="verb", lemmas=(), type="REJECT", mode="change", cameo="124",
                                target_preps=("to", "for", "into"))
RECOGNITION_WITHHELD_RULE = Rule(kind="verb", lemmas=(), type="REJECT", cameo="120", target_preps=("to", "for", "of"))
WITHHELD_RULES = (PERMISSION_WITHHELD_RULE, RECOGNITION_WITHHELD_RULE)
PERMITTING_VERBS = frozenset("allow permit let authorize authorise".split())
# Leave to speak given or withheld is no concession or refusal between parties (`_no_event`).
SPEAKING_LEAVE = NO_COMMENT_VERBS | frozenset("speak talk brief".split())
PERMISSION_NOUNS = frozenset("permission authorization authorisation approval go-ahead consent clearance permit "
                             "waiver exemption".split())
ACKNOWLEDGING_VERBS = frozenset("recognize recognise accept".split())
# What the withheld act would have been: a concession, or recognition and acceptance (support, letting in, aid).
WITHHOLDABLE_TYPES = {"permission": frozenset({"CONCEDE", "RETREAT"}),
                      "recognition": frozenset({"SUPPORT", "CONCEDE", "RETREAT", "AID"})}


def _withholding(trig: Trigger) -> Trigger:
    """A permitting or acknowledging trigger negated on its verb (or "no" permission), as REJECT."""
    if trig.word is not trig.governor:
        kind = "permission" if _lemma(trig.word) in PERMISSION_NOUNS else None
    else:
        lemma = _lemma(trig.governor)
        kind = "permission" if lemma in PERMITTING_VERBS else "recognition" if lemma in ACKNOWLEDGING_VERBS else None
    # The lexicon's senses only: the verb dictionary's "recognize" is any recognizing ("did not recognize the man")
    if kind is None or trig.rule.type not in WITHHOLDABLE_TYPES[kind] or not trig.rule.lemmas:
        return trig
    if any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "would", "shall") for c in trig.governor.children):
        return trig  # "will not allow": a stated refusal, which the coder makes REJECT itself
    negated = any(c.dep_ == "neg" for c in trig.governor.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in trig.word.children)  # "gave no permission"
    if not negated:
        return trig
    return Trigger(PERMISSION_WITHHELD_RULE if kind == "permission" else RECOGNITION_WITHHELD_RULE,
                   trig.word, trig.governor)


HOSTILE_TYPES = frozenset({"ASSAULT", "THREATEN", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"})


# Types whose words also describe a game ("battled", "beat", "pounded", "contributed 10 points", "won the
# title"): in a sentence that keeps a score they are no political event.
GAME_TYPES = HOSTILE_TYPES | {"AID", "CONSULT", "COOPERATE", "AGREE", "CONCEDE", "RETREAT", "SUPPORT"}


def _agents(verb: Token) -> list[Token]:
    """Who or what does it: the active subject or the passive "by" agent, with what is listed beside it ("the
    earthquake and tsunami"), or the agent of the passive it is coordinated with ("24 were killed and 200 injured
    by the quake"); for a passive or a participle, the accident it happened in ("was killed in a crash", "a woman
    killed in a crash"); for a relative clause or a participle, the subject of the clause it hangs on ("a tsunami
    that killed", "the quake struck, causing damage and injuring 50 people"), and for an infinitive on a noun, the
    noun ("the last quake to hit Iran"). Not its modifiers: a car bomb is no car."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "the last major quake to hit southern Iran", "it was the strongest quake to hit Chile": the noun the
        # infinitive is on, whether the parser hangs it on the noun or on the copula
        nouns = [verb.head] if verb.dep_ in ("acl", "relcl") else []
        if verb.dep_ == "xcomp" and _lemma(verb.head) == "be":
            nouns = [c for c in verb.head.children if c.dep_ == "attr" and c.i < verb.i]
        # "the heist is the latest to hit France", "the quake was the second one to hit Qeshm": a word that only
        # ranks stands for the subject of its copula
        nouns = [s for n in nouns for s in ([c for c in n.head.children if c.dep_ == "nsubj"]
                                            if n.dep_ == "attr" and _lemma(n.head) == "be"
                                            and (n.pos_ == "ADJ" or n.lower_ == "one") else [n])]
        if nouns:
            return _with_conjuncts(nouns)
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and (taken := _subject_taken_as_object(verb)):
            return _with_conjuncts(taken)
        if subjects and subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return _with_conjuncts([verb.head])
        if subjects or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head is verb:
            break
        # coordination joins like forms: a participle the parser hangs on an infinitive ("causing buildings to
        # collapse and injuring 50") is coordinated with the participle above it
        mismatched = verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ != "VBG"
        verb = verb.head
        if mismatched:
            verb = next((a for a in verb.ancestors if a.tag_ == "VBG"), verb)
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    heads += [p for v in (verb, *(t for c in verb.children if c.dep_ == "conj" for t in (c, *c.children)
                                  if t.tag_ == "VBN"))
              for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    # a passive, or a past participle after its noun ("a woman killed in a hit-and-run crash")
    if any(c.dep_ == "nsubjpass" for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN":
        heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                  if p.dep_ == "pobj"]
        if not heads:
            # what it happened by, told in a passive "when" clause: "were killed when they were struck by a truck",
            # "died when their bus was hit by a landslide"
            heads += [p for c in verb.children if c.dep_ == "advcl" and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as") for m in c.children)
                for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return _with_conjuncts(heads)


EQUIPPING_VERBS = frozenset({"arm", "equip"})


def _equipped(verb: Token) -> bool:
    """A participle of arming that says what someone carries ("was armed with a long gun", "rebels armed with
    rifles"): a "with" phrase, and no one named who armed them nor anyone armed by the verb itself."""
    return verb.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) and not any(
        c.dep_ in ("agent", "dobj") for c in verb.children)


# Verbs of standing behind a party, and the heads of the parties a participle of them describes ("Syrian rebels
# backed by Turkey", "Wagner mercenaries, funded by Moscow"): a relation told in passing, as "Iran-backed" is, no act
# of the story.
SPONSORING_VERBS = frozenset("back support fund sponsor finance bankroll arm train".split())
BACKED_PARTIES = frozenset("""rebel militant militia militiaman fighter force mercenary government regime group faction
troop separatist army insurgent guerrilla coalition administration movement proxy""".split())


def _backer_in_passing(verb: Token) -> bool:
    """A participle of backing with its backer that describes a party ("the Houthis, backed by Iran,"), not a clause
    of its own ("the plan was backed by Iran", "a resolution backed by 120 countries")."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) and (
        head.pos_ == "PROPN" or _lemma(head) in BACKED_PARTIES)


# Conjunctions the parser reads as prepositions, taking the subject of the clause after them as their object.
CLAUSE_PREPOSITIONS = frozenset("after as before since until while when once".split())


def _subject_taken_as_object(verb: Token) -> list[Token]:
    """The subject of a clause whose conjunction the parser read as a preposition ("dispatched after two quakes,
    measuring 7.6, struck the coast", "injured as a 6.1-magnitude quake hits Aceh"): the conjunction's object right
    before the verb (with only punctuation or a participle's words between); the verb has no subject of its own."""
    before = [t for t in verb.doc[max(verb.sent.start, verb.i - 8):verb.i] if t.dep_ == "pobj"
              and t.head.lower_ in CLAUSE_PREPOSITIONS]
    if not before:
        return []
    noun = before[-1]
    between = verb.doc[noun.i + 1:verb.i]
    if all(t.is_punct or any(a.tag_ == "VBG" and a.dep_ in ("advcl", "acl") and a.i > noun.i for a in (t, *t.ancestors))
           for t in between):
        return [noun]
    return []


RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
# Fire is a blaze ("the fire killed three", "fires destroyed 200 homes") unless a weapon, a force or a party fires it
# ("Israeli fire killed", "tank fire", "came under sniper fire"): those name no determiner and no plural.
FIRE_NOUNS = frozenset({"fire"})
FIRING_WORDS = frozenset("""tank artillery sniper mortar gun machine machine-gun rocket cannon naval army police enemy
friendly hostile rifle small-arms anti-aircraft helicopter drone warship ship troops forces militant rebel""".split())


COLLECTIONS = frozenset("series string spate succession number couple pair handful wave".split())


def _natural_agent(agent: Token, lexicon: Lexicon) -> bool:
    """The agent is a force of nature, a vehicle or a mishap (`Lexicon.figurative_agents`): "the quake", "floods",
    "Wildfires" (a plural the lemmatizer leaves whole at the head of a sentence), a storm by its name ("Cyclone
    Freddy", "Hurricane Ian"), a fire that is a blaze (`FIRE_NOUNS`)."""
    agents = lexicon.figurative_agents
    low = agent.lower_
    if low in COLLECTIONS and (members := next((p for c in agent.children if c.dep_ == "prep" and c.lower_ == "of"
                                                for p in c.children if p.dep_ == "pobj"), None)) is not None:
        return _natural_agent(members, lexicon)  # "a series of earthquakes killed a girl", "a wave of attacks"
    if _lemma(agent) in agents or low in agents or low.endswith("s") and low[:-1] in agents:
        return True
    if agent.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in agents and c.i < agent.i
                                     for c in agent.children):
        return True  # a named storm: "Cyclone Freddy", "Typhoon Haiyan"
    if _lemma(agent) in FIRE_NOUNS and (agent.tag_ == "NNS" or any(c.dep_ == "det" for c in agent.children)):
        return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and (
            c.ent_type_ in ("NORP", "GPE", "ORG") or _lemma(c) in FIRING_WORDS or c.lower_ in FIRING_WORDS)
            or c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children)  # "the fire set by protesters"
            for c in agent.children)
    return False
COURT_PLEAS = frozenset({"guilty", "innocent", "contest"})


# Measures that "target" their object (a sanction's scope, a law's subject), where the verb is no attack.
MEASURE_NOUNS = frozenset("""sanction measure package round ban embargo restriction tariff penalty law bill rule
regulation policy legislation decree order campaign probe investigation inquiry audit listing designation freeze
program programme""".split())


def _measure_scope(verb: Token) -> bool:
    """"sanctions targeting Venezuelan officials", "the new measures target Iranian oil exports", "imposed sanctions on
    Russia, targeting its shadow fleet": what a measure aims at, no attack."""
    if _lemma(verb) != "target":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        return _lemma(subject) in MEASURE_NOUNS
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and _lemma(head) in MEASURE_NOUNS:
        return True
    # an adverbial participle of a clause whose object is a measure ("imposed a fresh round of sanctions on ...")
    objects = [c for c in head.children if c.dep_ == "dobj"] if verb.dep_ in ("advcl", "conj", "xcomp") else []
    objects += [p for o in list(objects) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]
    return any(_lemma(o) in MEASURE_NOUNS for o in objects)


QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})
# Short words a title leaves in lower case.
TITLE_SMALL_WORDS = frozenset("a an the and or of for with to in on at by from".split())


def _in_quoted_name(word: Token, sent: Sequence[Token]) -> bool:
    """The word is inside a quoted title-case name that a noun after it names ('the "UAE Stands with Lebanon"
    campaign', 'the "Hands Off Venezuela" initiative'): the name of a campaign, an operation or a slogan. `sent`:
    the tokens of the word's sentence, as `find_triggers` has them (walking the doc again makes new Token objects
    for every trigger)."""
    quotes = [t for t in sent if t.text in QUOTES]
    before = [t for t in quotes if t.i < word.i]
    after = next((t for t in quotes if t.i > word.i), None)
    if len(before) % 2 != 1 or after is None or after.i >= sent[-1].i:
        return False
    opening, first = before[-1], sent[0].i
    inner = [t for t in sent[opening.i + 1 - first:after.i - first] if t.is_alpha]
    titled = bool(inner) and all(t.text[:1].isupper() or t.lower_ in TITLE_SMALL_WORDS for t in inner)
    return titled and len(inner) <= 8 and sent[after.i + 1 - first].pos_ in ("NOUN", "PROPN")


def _extraposed_judgement(verb: Token) -> bool:
    """"It is absurd to keep blaming Russia", "it is wrong to accuse Iran of ...": an infinitive after "it is" and an
    adjective judges an act in general; no one named does it."""
    tok = verb
    while tok.dep_ == "xcomp" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head  # "to keep blaming": through the verbs of the infinitive
    return tok is not verb and tok.lemma_ == "be" and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.children) and any(
        c.dep_ == "acomp" for c in tok.children)


def _no_event(trig: Trigger, lexicon: Lexicon, sent: Sequence[Token]) -> bool:
    """Words that look like an event and are not: "refused to comment", "battling inflation", "a war of words".
    `sent`: the tokens of the trigger's sentence."""
    word = trig.word
    if _extraposed_judgement(trig.governor):
        return True  # "it is absurd to keep blaming Russia": a judgement of the act, done by no one named
    if _in_quoted_name(word, sent):
        return True  # the "UAE Stands with Lebanon" campaign, Operation "Iron Swords": a name, no act
    if trig.rule.type == "ASSAULT" and word.i == trig.governor.i and _measure_scope(word):
        return True  # "sanctions targeting Venezuelan officials": the measure's scope
    if trig.rule.type == "REJECT" and any(c.dep_ == "xcomp" and (_lemma(c) in NO_COMMENT_VERBS or _withheld(c)
                                                                 or _drawn(c))
                                          or c.dep_ == "dobj" and _lemma(c) in NO_COMMENT_VERBS  # "declined comment"
                                          for c in word.children):
        return True
    if _lemma(word) in PERMITTING_VERBS and not any(c.dep_ == "dobj" for c in word.children) and any(
            c.dep_ == "xcomp" and _lemma(c) in SPEAKING_LEAVE for c in word.children):
        return True  # "who was not authorized to speak to the media": the wire's formula for an anonymous source
    if _habitual(trig.governor):
        return True  # "mass shootings are rarely carried out by women": what usually happens, no event
    if _hortative(word):
        return True  # "let us allow the experts to be heard": a proposal of the speaker's, no one let anyone
    if _lemma(word) == "plead" and any(c.lower_ in COURT_PLEAS for c in word.children
                                       if c.dep_ in ("acomp", "oprd", "dobj", "advmod")):
        return True  # a plea in court, not an appeal: "pleaded not guilty", "pleaded no contest"
    if trig.rule.type == "REQUEST" and _asserts(word):
        return True  # "insisted that their ship had acted in self-defence": a claim, no demand
    if trig.rule.type == "REQUEST" and _calls_to_say(word):
        return True  # "called police to tell them what she had done": a call and what was said in it, no request
    if trig.rule.type in ("REQUEST", "CONSULT") and (_appeal_to_public(word) or _summons_help(word)):
        return True
    if _lemma(word) == "let" and any(c.dep_ in ("xcomp", "ccomp", "oprd") and _lemma(c) == "go"
                                     and not any(s.dep_ == "nsubj" for s in c.children) for c in word.children):
        return True  # "was let go from his job", "let go of the past": a dismissal or a letting be, no permission
    if trig.rule.type == "ASSAULT" and _fights_for_a_cause(word):
        return True  # "would fight to maintain the protections", "will fight to protect pensions": a figure
    if _permits_anyone(word) or word.dep_ in ("ccomp", "xcomp") and _permits_anyone(word.head):
        return True  # "will not allow anyone to threaten its sovereignty": a resolve, aimed at no party
    if word.dep_ == "relcl" and word.head.lower_ in INDEFINITE_PARTIES:
        return True  # "anyone who attacks Iran will face a response": whoever might, no one who did
    if _lemma(word) == "let" and any(c.dep_ in ("xcomp", "ccomp") and _lemma(c) == "know" for c in word.children):
        return True  # "will let Moreno know how the market developed": telling, no permission
    if trig.rule.type in HOSTILE_TYPES:
        objects = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [p for c in word.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                    for p in c.children if p.dep_ == "pobj"]
        figurative = lexicon.figurative_objects - set(trig.rule.objects)  # "set fire to" names its object
        # A protest's object is its grievance: "protested against rising prices" is a street protest, no figure
        if trig.rule.type != "PROTEST" and any(_lemma(o) in figurative or o.lower_ in figurative for o in objects):
            return True
        if any(o.pos_ == "NUM" for o in objects if o.dep_ == "dobj"):
            return True  # a score, not a victim: "the Jays shot 46", "hit 30"
        if any(_lemma(p) in lexicon.figurative_instruments or p.lower_ in lexicon.figurative_instruments
               for c in word.children if c.dep_ == "prep" and c.lower_ == "with"
               for p in c.children if p.dep_ == "pobj"):
            return True  # "was bombarded with questions"
        if any(_own_body_part(word, o) for o in objects if o.dep_ == "dobj"):
            return True  # an injury, no attack: "Bush hurt his left knee against the Panthers"
        if any(_natural_agent(a, lexicon) for a in _agents(word)):
            return True
        if _collision(word, objects) or trig.rule.type == "ASSAULT" and _harmed_in_accident(word):
            return True
        if _lemma(word) == "fire" and any(c.dep_ == "prep" and c.lower_ == "from" and any(
                _lemma(p) in JOB_NOUNS for p in c.children if p.dep_ == "pobj") for c in word.children):
            return True  # "a man fired four days earlier from his job": dismissed, no shooting
    if trig.rule is not ORDERED_OUT_RULE and _safety_order(word):
        return True  # "police ordered residents to evacuate": administration of the public, no demand on a party
    if _lemma(word) in EVACUATING and (not (evacuated := _acted_on(word)) and word.pos_ in ("VERB", "AUX") or any(
            _lemma(o) in EVACUATED_PLACES for o in evacuated)):
        # "residents evacuated", "evacuated the village", "the evacuation of the town": people leave, or leave a
        # place, and no one is aided
        return True
    if trig.rule.type in OCCASION_TYPES and word.pos_ in ("VERB", "AUX") and (
            any(_occasion(o, lexicon) for o in word.children if o.dep_ in ("dobj", "nsubjpass"))
            or _helps_without_aid(word, lexicon)):
        return True  # "celebrated the king's birthday", "helped celebrate Macron's birthday": no act between them
    # The word as written: "leaving scores dead" keeps no score.
    if trig.rule.type in GAME_TYPES and any(t.lower_ in lexicon.game_words for t in sent):
        return True
    phrases = lexicon.figurative_by_word.get(word.lower_, []) + lexicon.figurative_by_word.get(_lemma(word), [])
    return any(_in_phrase(word, p) for p in dict.fromkeys(phrases))


# A person hitting a road vehicle with nothing in hand is a road accident ("he hit another vehicle at the
# intersection", "struck two other cars while fleeing"); a weapon or a force doing it ("a missile hit a car") or a
# ramming ("rammed a truck into the crowd") is not this.
COLLISION_VERBS = frozenset({"hit", "strike", "sideswipe"})
ROAD_VEHICLES = frozenset("""car vehicle truck lorry van bus taxi suv sedan pickup motorcycle motorbike bicycle
cruiser minivan""".split())
DRIVING_PEOPLE = frozenset("he she i we they driver motorist man woman suspect teenager".split())


def _collision(verb: Token, objects: list[Token]) -> bool:
    if _lemma(verb) not in COLLISION_VERBS or not any(
            o.dep_ == "dobj" and _lemma(o) in ROAD_VEHICLES for o in objects):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False  # "hit a police car with stones": an instrument in hand
    agents = _agents(verb)
    return bool(agents) and all(a.ent_type_ == "PERSON" or a.lower_ in DRIVING_PEOPLE for a in agents)


# Accidents a harm is told by ("was injured when he fell", "died when their boat capsized"); not "collapse", as a
# building does after a strike, and not what a weapon does ("when a shell fell on the house").
ACCIDENT_VERBS = frozenset("fall slip trip tumble crash drown overturn capsize skid".split())
HARM_VERBS = frozenset("injure hurt kill wound die".split())


def _harmed_in_accident(verb: Token) -> bool:
    """"The deputy was injured when he fell", "two were killed when their bus overturned": harm told by the accident
    it came of, by a person or a vehicle (a pronoun, a person or a common noun; no weapon, no one else's act)."""
    if _lemma(verb) not in HARM_VERBS:
        return False
    return any(c.dep_ == "advcl" and _lemma(c) in ACCIDENT_VERBS and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as") for m in c.children) and not any(
        g.dep_ in ("dobj", "agent") or g.dep_ == "nsubj" and _lemma(g) in PROJECTILES for g in c.children)
        for c in verb.children)


# What one is fired from when dismissed; not a post or a position, which troops fire from.
JOB_NOUNS = frozenset("job role team company firm cabinet staff".split())
# What is fired or dropped, and falls where it hits.
PROJECTILES = frozenset("shell rocket missile bomb mortar drone grenade projectile debris".split())


# An authority's order to the public it governs to keep itself safe ("police ordered residents to evacuate", "the
# mayor told people to stay indoors", "ordered households to boil water") is administration, no event between
# parties: CAMEO's demands (10) and coercion (17) are made on a party (a state, a force, a group, a crowd of
# protesters, diplomats), and an order that is itself the act codes that act ("ordered the release of" frees,
# "ordered the arrest of" arrests, "ordered the US to close its consulate" closes it). An armed force ordering people
# out ("the army ordered residents of Rafah to leave") forces them out, and stays coded.
ORDER_VERBS = frozenset("order tell instruct advise urge warn ask direct".split())
PUBLIC_NOUNS = frozenset("""resident residents inhabitant inhabitants people citizen citizens public population
household households local locals homeowner homeowners tourist tourists holidaymaker holidaymakers visitor visitors
villager villagers family families motorist motorists""".split())
SAFETY_ACTS = frozenset("""evacuate leave flee stay remain shelter move avoid boil seek keep relocate
vacate""".split())
ARMED_SUBJECTS = frozenset("""army military troops forces force soldiers militants militia rebels fighters insurgents
navy junta""".split())


# Evacuating or rescuing people is aid to them (CAMEO 073); people who evacuate, or a place evacuated, aid no one named:
# only these words, not every act the dictionary codes 073.
EVACUATING = frozenset({"evacuate", "evacuation", "rescue"})
EVACUATED_PLACES = frozenset("""village town city area region building home house neighborhood neighbourhood district
zone premises site coast island school hospital hotel office street camp""".split())


def _acted_on(word: Token) -> list[Token]:
    """What a verb acts on (its direct object or passive subject, or the noun its participle modifies) or what a
    noun of its act is of ("the evacuation of the town")."""
    if word.pos_ in ("NOUN", "PROPN"):
        return [p for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj"]
    # a participle on its noun: "the people evacuated from Haiti"; an adjective used as a noun, which the parser
    # reads as a participle's clause ("were evacuating injured from the island")
    head = [word.head] if word.dep_ in ("acl", "relcl") and word.tag_ == "VBN" else []
    return [c for c in word.children if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "xcomp" and c.tag_ == "VBN"
            and not any(a.dep_ == "aux" for a in c.children)] + head


# People told in their own words that they were told to keep safe ("we were asked to stay away from the windows").
SPEAKING_PUBLIC = frozenset("i we you".split())


def _safety_order(verb: Token) -> bool:
    """The verb orders or tells the public (`PUBLIC_NOUNS`) to keep itself safe (`SAFETY_ACTS`), and no armed force
    gives the order: see `ORDER_VERBS`."""
    if _lemma(verb) not in ORDER_VERBS:
        return False
    # the passive too: "residents were asked by police to stay indoors", "we have been asked to stay away"
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "oprd") and c.pos_ in ("VERB", "AUX")]
    acts += [c for t in told for c in t.children if c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX")]
    told += [s for a in acts for s in a.children if s.dep_ == "nsubj" and s.i > verb.i]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return bool(told) and bool(acts) and all(_lemma(t) in PUBLIC_NOUNS or t.lower_ in PUBLIC_NOUNS
                                             or t.lower_ in SPEAKING_PUBLIC for t in told) \
        and all(_lemma(a) in SAFETY_ACTS for a in acts) and not any(
            _lemma(s) in ARMED_SUBJECTS or s.lower_ in ARMED_SUBJECTS for s in subjects)


# A state or an armed force ordering a population out of where it lives ("Israel ordered Palestinians in northern Gaza
# to evacuate", "the army ordered villagers to leave their homes") forces them out: CAMEO 174, expel or deport
# individuals, as the verb dictionary's "ORDER * (TO LEAVE)" codes it; the people ordered are the target. An order
# to the public by its own administration ("police ordered residents to evacuate") is no event (`_safety_order`),
# and an order to a party's own forces or envoys is no expulsion of a population ("ordered the troops to leave":
# the dictionary's reading; "ordered the ambassador to leave": the lexicon's expulsion of a diplomat).
ORDERING_OUT_VERBS = frozenset("order force compel instruct command direct".split())
LEAVING_ACTS = frozenset("evacuate leave flee vacate relocate depart abandon quit move".split())
# People ordered out: the public (`PUBLIC_NOUNS`), and a people named by its nationality ("Palestinians")
POPULATION_NOUNS = PUBLIC_NOUNS | frozenset("""civilian civilians refugee refugees migrant migrants foreigner foreigners
national nationals""".split())
ORDERED_OUT_RULE = Rule(kind="verb", lemmas=(), type="COERCE", mode="deport", cameo="174", contexts=("legal",),
                        target_preps=("from",))


def _population(tok: Token) -> bool:
    """The noun names a population: the public, civilians, or a people by its nationality ("Palestinians"); not a
    party's own people ("ordered its citizens to leave Lebanon" is advice to them, no expulsion)."""
    if any(c.dep_ == "poss" for c in tok.children):
        return False
    return _lemma(tok) in POPULATION_NOUNS or tok.lower_ in POPULATION_NOUNS or (
        tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS"))


def _state_or_armed(subject: Token) -> bool:
    """The subject is an armed force ("the army", "Israeli troops") or a state named as such ("Israel")."""
    return _lemma(subject) in ARMED_SUBJECTS or subject.lower_ in ARMED_SUBJECTS or (
        subject.ent_type_ == "GPE" and subject.pos_ == "PROPN")


def _orders_people_out(verb: Token) -> bool:
    """A state or an armed force (its subject) orders a population (its object) to leave: see `ORDERING_OUT_VERBS`."""
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "oprd") and c.pos_ in ("VERB", "AUX")]
    acts += [c for t in told for c in t.children if c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX")]
    told += [s for a in acts for s in a.children if s.dep_ == "nsubj" and s.i > verb.i]
    told += [c for t in told for c in t.conjuncts]
    # "thousands of villagers": the people a count is of
    told = [next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"), t) if not _population(t) else t for t in told]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(told) and bool(acts) and bool(subjects) and all(_population(t) for t in told) and all(
        _lemma(a) in LEAVING_ACTS for a in acts) and all(_state_or_armed(s) for s in subjects)


# An order that someone be held ("the judge ordered him held", "the prosecutor ordered the journalist detained", "the
# court ordered the activists jailed") is the arrest, by the one ordering it, of the one held (CAMEO 173, as "ordered
# the arrest of" is); the participle is the order's content and arrests no one by itself.
CUSTODY_ACTS = frozenset("arrest detain hold jail imprison incarcerate intern remand lock".split())
CUSTODY_ORDER_RULE = Rule(kind="verb", lemmas=(), type="COERCE", mode="arrest", cameo="173", contexts=("legal",))


def _custody_ordered(verb: Token) -> Token | None:
    """The participle of custody an order governs, with the one to be held before it: "ordered him held" (a clause
    whose subject is "him"), "ordered the activists jailed" (a participle on the object); None otherwise."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ in ("VBN", "VBD") and _lemma(c) in CUSTODY_ACTS and not any(
                a.dep_ in ("aux", "auxpass", "mark") for a in c.children) and any(
                s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i for s in c.children):
            return c
        if c.dep_ == "dobj":  # the participle right after the object's noun
            for p in c.children:
                if p.dep_ == "acl" and p.tag_ == "VBN" and _lemma(p) in CUSTODY_ACTS and p.i == c.i + 1:
                    return p
    return None


# Types a social occasion is no instance of: celebrating a birthday or marking an anniversary is no support, aid,
# meeting or cooperation between whoever celebrates and whose occasion it is.
OCCASION_TYPES = frozenset({"SUPPORT", "AID", "CONSULT", "COOPERATE", "AGREE"})
OCCASION_DAYS = frozenset({"day"})  # a day is an occasion by its name: "its independence day", "National Day"


def _occasion(obj: Token, lexicon: Lexicon) -> bool:
    """The object names an occasion (`Lexicon.occasions`): "the king's birthday", "the 75th anniversary of the
    treaty", "its independence day"."""
    # the group genitive the parser splits: "the king of Thailand's birthday" read as "the king of (Thailand's
    # birthday)"
    obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj" and any(g.dep_ == "poss" for g in p.children)), obj)
    lemma = _lemma(obj)
    if lemma in OCCASION_DAYS:
        return any(c.dep_ in ("compound", "amod") and _lemma(c) not in ("every", "next", "last") for c in obj.lefts)
    return lemma in lexicon.occasions or obj.lower_ in lexicon.occasions


def _helps_without_aid(verb: Token, lexicon: Lexicon) -> bool:
    """Help given to no one named in celebrating an occasion ("helped celebrate Macron's birthday", "helped mark the
    anniversary of the treaty"): the one helping takes part in a social act and aids no one; CAMEO 07 is help that
    goes to a party ("helped the flood victims", "helped rebuild Gaza's schools"). Not every act that is no aid
    (the dictionary's `AID_ACTS`): "helped broker a truce" stays aid beside the mediation, as fold B of the PLV tune
    pool measured (one row lost by that broader reading, none gained on fold A)."""
    from dragoman.events.dictionary import HELPING_VERBS  # the dictionary imports this module
    if _lemma(verb) not in HELPING_VERBS or any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in verb.children):
        return False
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    return bool(acts) and not any(s.dep_ == "nsubj" for c in acts for s in c.children) and all(
        any(_occasion(o, lexicon) for o in a.children if o.dep_ == "dobj") for a in acts)


# Verbs that demand with a subjunctive or a modal ("insisted that he be released", "insists the talks must go on",
# "insisted on an apology") and assert with an indicative ("insisted that their ship had acted in self-defence",
# "insists he is innocent").
ASSERTING_DEMANDS = frozenset({"insist"})
INDICATIVE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _asserts(verb: Token) -> bool:
    """The verb (`ASSERTING_DEMANDS`) has a content clause in the indicative, with no modal: a claim."""
    if _lemma(verb) not in ASSERTING_DEMANDS:
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        tense = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
        if any(t.tag_ in INDICATIVE_TAGS for t in tense) and not any(t.tag_ == "MD" for t in tense):
            return True
    return False


def _calls_to_say(verb: Token) -> bool:
    """A call whose only complement is an infinitive of the caller's own talk (`CALLERS_ACTS`): "called police to
    tell them", "called the embassy to inform it"; not "called on X to", "called for", "called the UN to intervene"."""
    if _lemma(verb) != "call" or any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in verb.children):
        return False
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return bool(acts) and all(_lemma(a) in CALLERS_ACTS for a in acts)


# Whom a police appeal asks ("anyone with information is asked to call police", "urged witnesses to come forward"):
# the public at large, no party.
APPEALED_TO = frozenset("anyone anybody everyone everybody whoever public witness witnesses".split())
APPEALING_VERBS = frozenset("ask urge appeal request encourage invite".split())
PUBLIC_HELP = frozenset("help assistance information tip tips".split())
# Services summoned to an emergency ("police were called by neighbours", "a rescue helicopter was called to help"):
# a call for help, no request between parties.
EMERGENCY_SERVICES = frozenset("""police officer officers firefighter firefighters fireman firemen marshal ambulance
paramedic paramedics helicopter rescuer rescuers lifeguard coastguard brigade crew crews""".split())


# Fighting "to" do something is a struggle for a cause ("fight to keep the plant open") unless what is fought to do is
# itself done by force ("fought to retake the town", "fought to hold Bakhmut").
FIGHTING_VERBS = frozenset("fight battle struggle".split())
FORCIBLE_AIMS = frozenset("""take retake capture recapture seize hold defend repel push drive control storm liberate
regain reclaim oust expel dislodge break encircle enter overthrow topple crush defeat kill destroy eliminate free
rescue""".split())


def _fights_for_a_cause(verb: Token) -> bool:
    """A fight "to" do something unforced, against no one named (not "fought rebels to protect the villages")."""
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("with", "against") for c in verb.children):
        return False
    return _lemma(verb) in FIGHTING_VERBS and any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and _lemma(c) not in FORCIBLE_AIMS for c in verb.children)


INDEFINITE_PARTIES = frozenset("anyone anybody everyone everybody nobody someone somebody".split())


def _permits_anyone(verb: Token) -> bool:
    """A permission given or refused to anyone at all: "will not allow anyone to interfere", "will not permit anybody
    to threaten us"."""
    if _lemma(verb) not in PERMITTING_VERBS:
        return False
    allowed = [c for c in verb.children if c.dep_ == "dobj"]
    allowed += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    return bool(allowed) and all(a.lower_ in INDEFINITE_PARTIES for a in allowed)


def _appeal_to_public(verb: Token) -> bool:
    if _lemma(verb) not in APPEALING_VERBS:
        return False
    asked = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    # "asked for the public's help": whose help is asked for
    asked += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for h in c.children
              if h.dep_ == "pobj" and _lemma(h) in PUBLIC_HELP for p in h.children if p.dep_ == "poss"]
    return bool(asked) and all(_lemma(a) in APPEALED_TO or a.lower_ in APPEALED_TO for a in asked)


def _summons_help(verb: Token) -> bool:
    """"Neighbours called police", "paramedics were called to the scene": a bare call (no "on", "for", "in" or
    "off") of an emergency service."""
    if _lemma(verb) != "call" or any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "for", "in", "off", "out")
                                     and not _of_time(c) for c in verb.children):
        return False
    called = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(called) and all(_lemma(c) in EMERGENCY_SERVICES or c.lower_ in EMERGENCY_SERVICES for c in called)


def _of_time(prep: Token) -> bool:
    """A preposition of a date or time ("on Saturday", "in the morning"), no party's."""
    objects = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objects) and all(p.ent_type_ in ("DATE", "TIME") for p in objects)


def _in_phrase(word: Token, phrase: Sequence[str]) -> bool:
    """The word is one of the phrase's words where it stands: "war" of "a war of words", not the "release" of "the
    release of the hostages, announced in a press release"."""
    doc = word.doc
    for k, w in enumerate(phrase):
        start = word.i - k
        if w in (word.lower_, _lemma(word)) and start >= 0 and start + len(phrase) <= len(doc) and all(
                doc[start + j].lower_ == x for j, x in enumerate(phrase) if j != k):
            return True
    return False


# Adverbs of frequency: in the present tense they make a clause generic ("police routinely stop drivers there").
HABITUAL_ADVERBS = frozenset("rarely seldom usually often frequently typically generally normally commonly routinely "
                             "always sometimes".split())


def _habitual(verb: Token) -> bool:
    """The clause says what happens as a rule: an adverb of frequency ("rarely", "each year") and the present tense,
    no modal."""
    tense = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if not any(t.tag_ in ("VBZ", "VBP") for t in tense) or any(t.tag_ in ("VBD", "MD") for t in tense):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children):
        return True
    # a period with "each" or "every", on the verb or on its object ("conducts about 1,300 reviews each year")
    periods = [c for c in verb.children if c.dep_ == "npadvmod"]
    periods += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "npadvmod"]
    return any(_lemma(p) in PERIODS and any(d.lower_ in ("each", "every") for d in p.children) for p in periods)


PERIODS = frozenset("day week month year".split())
BODY_PARTS = frozenset("""knee leg arm hand foot ankle shoulder back head neck wrist hip hamstring elbow finger toe eye
    rib groin thumb achilles ligament muscle spine thigh calf shin collarbone jaw nose tooth""".split())
PLURAL_SUBJECTS = frozenset({"they", "we"})


def _own_body_part(verb: Token, obj: Token) -> bool:
    """The object is a part of the subject's own body: "hurt his left knee", "broke their legs", not "the police
    broke his arm" (a plural subject and "his")."""
    if _lemma(obj) not in BODY_PARTS:
        return False
    owner = next((c.lower_ for c in obj.children if c.dep_ == "poss"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if owner is None or subject is None:
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in PLURAL_SUBJECTS
    return owner == "their" and plural or owner in ("his", "her", "its") and not plural or \
        (owner, subject.lower_) in (("my", "i"), ("our", "we"), ("your", "you"))


def _hortative(verb: Token) -> bool:
    """"Let us ...", "let's ...": the first person imperative, with no subject of its own."""
    if _lemma(verb) != "let" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return False
    return any(t.lower_ in ("us", "'s") and t.dep_ in ("nsubj", "dobj")
               for c in verb.children for t in (c, *c.children))


def _drawn(verb: Token) -> bool:
    """"refused to be drawn on the matter": the idiom of declining to comment."""
    return _lemma(verb) == "draw" and any(c.dep_ == "auxpass" for c in verb.children)


# What a source declines to give when it withholds information: "declined to give his name", "declined to provide
# the value of the offer" say no more than "declined to comment".
INFORMATION_NOUNS = frozenset("name surname identity detail figure number value amount sum term information source "
                              "whereabouts location".split())


def _withheld(verb: Token) -> bool:
    return _lemma(verb) in ("give", "provide", "offer", "release", "share") and any(
        c.dep_ == "dobj" and _lemma(c) in INFORMATION_NOUNS for c in verb.children)


# What these events are about is their content, not a second event: "threatened to ban voting",
# "demanded that the US cancel the sale", "refused to lift the curfew", "agreed to hold exercises".
CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "AGREE"})


# Nouns whose "that" clause is someone's account ("reports that Russia shelled the town", "no evidence that").
ACCOUNT_NOUNS = frozenset("""report claim allegation accusation statement assertion announcement news word evidence
sign indication testimony charge""".split())


def _content_of(trig: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """The speech act whose content a trigger's clause is, if any. An account's clause is a claim of its own, kept
    with the account's factuality ("rejected reports that it had supplied missiles": the supply, denied)."""
    tok = trig.governor
    for _ in range(4):
        if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and _lemma(tok.head) in ACCOUNT_NOUNS and any(
                c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
            return None
        if tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
            # "called on the government to end the crackdown and release those detained": the second act stands
            # where the first does (a conjunct of the speech act itself stays an act: "demanded X and released Y")
            tok = tok.head
            continue
        # "called on all parties to protect civilians": the infinitive the parser hung as an adverbial is the content
        infinitive = tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.dep_ not in ("xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "dobj") and not infinitive or (
                tok.head.i == tok.i):
            return None
        tok = tok.head
        for other in triggers:
            if other is not trig and other.rule.type in CONTENT_TYPES and tok in (other.governor, other.word):
                return other
    return None


# Nouns of what is wanted, not done: "stressed the need for support for farmers" expresses no support.
WANTING_NOUNS = frozenset("need lack absence necessity shortage".split())


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase hangs from, through prepositions ("lead a delegation on a visit"); none through a
    noun of what is wanted (`WANTING_NOUNS`)."""
    tok = noun
    for _ in range(4):
        if tok.dep_ in ("ROOT",) or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "NOUN" and _lemma(tok) in WANTING_NOUNS:
            return None
        if tok.pos_ in ("VERB", "AUX") and not (tok.dep_ == "prep" and tok.tag_ == "VBG"):
            return tok  # (a participle used as a preposition is none: "following a meeting with X, Y said")
        if tok.dep_ in ("nsubj", "nsubjpass", "appos"):
            return None
    return None


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


def _trigger_words(trig: Trigger) -> str:
    if trig.word is trig.governor:
        return trig.word.text
    first, last = sorted((trig.word, trig.governor), key=lambda t: t.i)
    return f"{first.text} … {last.text}" if last.i - first.i > 2 else first.doc[first.i:last.i + 1].text


CONTEXT_WORDS = {
    "military": ("military", "troops", "army", "defense", "defence", "weapon", "missile", "war"),
    "economic": ("economic", "trade", "economy", "investment", "business", "finance"),
    "legal": ("prosecutor", "procuratorate", "court", "judicial", "legal", "law"),
    "culture": ("cultural", "culture"),
}


def _contexts(sentence: str) -> list[str]:
    low = sentence.lower()
    found = [c for c, words in CONTEXT_WORDS.items() if any(w in low for w in words)]
    return found or ["diplomatic"]
