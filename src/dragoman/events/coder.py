"""The event coder: one pass over the sentences that turns triggers into coded mentions."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import partial

from spacy.tokens import Span, Token

from dragoman.actors import (
    COUNTRY_NOUNS,
    GROUP_ANAPHORS,
    GROUP_NOUNS,
    PEOPLE_SECTORS,
    STATE_BODY_WORDS,
    STATE_SECTORS,
    TITLE_HEADS,
    ActorTable,
    origin_only,
    sympathy,
)
from dragoman.countries import country_code, country_code_fuzzy
from dragoman.events.arguments import (
    ADVERSARY_NOUNS,
    CHANNEL_NOUNS,
    CHANNEL_PREPS,
    FORCE_NOUNS,
    HELPING_TYPES,
    IMPOSED_TYPES,
    KIN_NOUNS,
    LOCATIVE_PREPS,
    MEETING_NOUNS,
    OBJECT_PREPS,
    PARTY_NOUNS,
    POSTING_PREPS,
    REACTION_TYPES,
    RELATIONAL_NOUNS,
    REPORTED_PRONOUNS,
    REPRESENTING,
    SPOKESPEOPLE,
    STATIVE_PASSIVES,
    _active,
    _bare_definite,
    _companions,
    _controller,
    _elliptic,
    _hyphen_pair,
    _known_organization,
    _listed_modifiers,
    _on_behalf_of,
    _own_course,
    _passive_subject,
    _people_noun,
    _phrase,
    _pobj,
    _raised_object,
    _reduced_passive,
    _reporting_speakers,
    _reporting_subject,
    _shared_passive,
    _skip_source,
    _stated_refusal,
    _unnamed_people_object,
    act_referred_to,
    addressee,
    aimed_phrase,
    clause_subject,
    commanded,
    counted_noun,
    country_actor,
    envoy_rules,
    event_noun_parties,
    forces_moved,
    frame_preps,
    gapped_passives,
    gerund_doer,
    held_by_people,
    joined_in,
    judged_collective,
    meeting_partner,
    message_recipient,
    misparsed_finite,
    mobilized_against,
    modified_object,
    mutual_act,
    named_object,
    names_enemy,
    nonstate_member,
    noun_infinitive,
    operation_place,
    own_envoy,
    parties_named_before,
    partner_of_meeting,
    passive_conjunct,
    passive_event_noun,
    people_actor,
    people_object,
    possessor_acts,
    possessor_undergoes,
    previous_subject,
    private_people,
    prompting_party,
    protest_aim,
    ranked,
    reciprocal,
    relative_antecedent,
    result_phrase,
    setting_subject,
    speaker_pronoun,
    stranded_name,
    stranded_recipient,
    summoning,
)
from dragoman.events.dating import date_mentions
from dragoman.events.dictionary import CameoDictionary
from dragoman.events.magnitude import magnitude
from dragoman.events.modality import (
    CONDITION_MARKS,
    THREAT_IDIOM_RULE,
    _attribution,
    _factuality,
    _intent,
    _prevented,
    intent_noun,
    is_question,
    marked_by,
    refused_act,
    retaliation,
    threat_idioms,
    unruled_threat,
)
from dragoman.events.place import (
    REGIONS,
    event_location,
)
from dragoman.events.senses import natural_harm, political_reading, private_act, read_article
from dragoman.events.triggers import (
    BORDER_NOUNS,
    FAILED_AGREEMENT_RULE,
    HOSTILE_TYPES,
    JOINT_ACT_RULE,
    OBLIGATION_RULE,
    OWN_POSSESSIVES,
    WORDS_GIVEN,
    CodedMention,
    Lexicon,
    Rule,
    Trigger,
    _contexts,
    _lemma,
    _obligation_clauses,
    _trigger_words,
    answered_party,
    blamed_by_copula,
    definite_unowned,
    find_triggers,
    hosts_guest,
    joint_partner,
    listed_gerund,
    names_sender,
    object_after_adjunct,
    participant_confidence,
    word_mentioned,
)
from dragoman.events.wire import (
    HOSTILE_SETTINGS,
    PLURAL_OFFICES,
    REPELLING,
    attributive,
    continues_meeting,
    counted_sides,
    fended_off_for,
    giver,
    hosted_talks,
    hostile_setting,
    inherit_from_readiness,
    is_topic,
    office_holders,
    office_referent,
    participle_light_triggers,
    partner_phrases,
    readiness_triggers,
    says_whose,
    setting_agent,
    setting_side,
    subjection_triggers,
    within,
)
from dragoman.geo import Gazetteer, qualified_countries
from dragoman.model import Event, Evidence, Participant
from dragoman.nlp import ParsedBlock
from dragoman.reports import SYMMETRIC_TYPES
from dragoman.timex import Timex
from dragoman.wordlists import ISSUING, SPEECH_VERBS, STANCE_VERBS

# Acts of a quarrel, whose other side "the enemy" names.
ENMITY_TYPES = HOSTILE_TYPES | {"ACCUSE"}

# A part taken in an act, whose taker does it: "Kuwait's position in condemning", "played a role in mediating".
PART_NOUNS = frozenset("position stance role part lead effort".split())

# Prepositions that open an adverbial gerund sharing the subject of its clause ("fled after striking a woman").
ADVERBIAL_PREPS = frozenset("after before while since upon on without despite by through in".split())

# Types of joint action, whose partner may be named "together with" on the verb.
JOINT_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


# Answers to another party's act: "rejected the sanctions", "condemned the decision", "protested the move".
ANSWERING_TYPES = frozenset({"REJECT", "ACCUSE", "PROTEST"})
# Places that are no party: a visit to one is no visit between parties ("during a visit to the school").
SITE_NOUNS = frozenset("""school hospital clinic site scene factory plant farm mine university college campus mosque
church temple museum exhibition market mall stadium camp shelter village town neighbourhood neighborhood district
area region port airport station base building facility centre center zone street""".split())
# Nouns of an attempt whose infinitive says what is attempted ("attempts to use force against Iran").
ATTEMPT_NOUNS = frozenset("attempt effort bid move plan plot scheme push drive campaign".split())


# Nouns of a saying a party answers ("dismissed the announcement"), and the verbs that tell one.
SAYING_NOUNS = frozenset("announcement statement claim remark comment declaration assertion allegation".split())
SAYING_VERBS = SPEECH_VERBS | frozenset("announce declare claim allege assert remark comment".split())


def mode_visit_to_site(mode: str | None, target_ids: list[str], actors: ActorTable) -> bool:
    """A visit whose only destination is a place named by a common noun of sites ("a visit to the hospital"): no
    party is visited (PLOVER's visit is to another party)."""
    if mode != "visit" or not target_ids:
        return False
    found = [actors.get(a) for a in target_ids]
    return all(a is not None and a.kind == "group" and a.name.lower().split()[-1] in SITE_NOUNS
               for a in found)


def opposed_attempt(verb: Token) -> tuple[Token, Token] | None:
    """The attempt a verb of opposition has as its object, with the infinitive telling what is attempted: in
    "opposed attempts to use force against Iran" the party opposed is the one attempting, not Iran."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN"):
        objects.append(verb.head)  # "Pakistan opposed attempts ...", the verb misparsed as the noun's modifier
    for obj in objects:
        if _lemma(obj) in ATTEMPT_NOUNS:
            inf = next((c for c in obj.children if c.dep_ == "acl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if inf is not None:
                return obj, inf
    return None


# Nouns that, bare and definite, refer back to the organization named last ("the group", "the militia").
# the actor table's group anaphors but "force", which only the table links (with its modifiers checked there)
DEFINITE_GROUPS = GROUP_ANAPHORS - {"force"}

# Forces named by their arm alone, whose country the one reporting their acts gives.
UNMARKED_FORCES = FORCE_NOUNS | frozenset("defence defense gunner artillery sniper".split())


# Verbs by which an outlet gives someone's words as theirs ("quoted the minister as saying").
QUOTING_VERBS = frozenset({"quote", "cite"})
# Nouns of a matter spoken about, which voice no stance of their own ("said the move was illegal and urged ...").
MATTER_NOUNS = frozenset("""decision move step measure action situation incident development law plan policy
remark statement""".split())

# Bodies that make arrests, and report them.
CUSTODIANS = frozenset("police interior security gendarmerie guard guards".split())
# Acts two sides do to each other when both are told as their doers (`_joint_mirror`)
MUTUAL_ACTS = frozenset({"disengagement", "disengage", "exchange", "swap"})
# Acts that end fighting, aimed at the side fought (`EventCoder._truce_sides`)
TRUCE_MODES = frozenset({"ceasefire", "disarm"})
# Members of an armed or political body, named after it ("ELN guerrillas", "Hamas fighters")
FOLLOWER_NOUNS = frozenset("""rebels guerrillas fighters militants insurgents militiamen gunmen members supporters
activists""".split())
# What a state does to the people it later frees ("held in China", "who had been detained in Iran")
HOLDING_VERBS = frozenset("hold detain jail imprison arrest intern incarcerate".split())

# Vehicles, which arrive carrying the visitors but visit no one themselves.
VEHICLES = frozenset("""bus plane aircraft airplane jet helicopter ship vessel boat ferry convoy truck lorry train car
vehicle flight ambulance motorcade""".split())


# Words saying an act is one more of a kind just told: "sent similar cables", "made the same call".
LIKE_WORDS = frozenset({"similar", "same", "identical", "like"})
# Verbs whose subject owns a hostile act named as their object ("claimed the attack", "carried out a raid").
PERPETRATING = frozenset("claim carry launch stage mount conduct perpetrate commit execute admit".split())
NAMED_KINDS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def hostile_act_of(noun: Token) -> Token | None:
    """The hostile act a noun is, or whose phrase it ends ("an attack on a base in Iraq": the parser hangs a
    relative clause on the nearest noun of the act's phrase, "base" or "Iraq")."""
    for _ in range(4):
        if hostile_setting(noun):
            return noun
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "against", "at", "in", "near", "of"):
            return None
        noun = noun.head.head
    return None


# Texts that act once adopted, and the verbs by which a party writes, tables or adopts one.
DOCUMENT_NOUNS = frozenset("""bill law legislation resolution measure proposal draft amendment decree motion act
package plan""".split())
AUTHORING_VERBS = frozenset("""introduce pass propose submit draft adopt approve sign table unveil file sponsor enact
present""".split())


def document_author(noun: Token) -> Token | None:
    """Who wrote, tabled or adopted the text a noun names, when the noun is that verb's object ("the Senate passed a
    bill", "Britain tabled a resolution"), else None."""
    if _lemma(noun) not in DOCUMENT_NOUNS or noun.dep_ != "dobj" or _lemma(noun.head) not in AUTHORING_VERBS:
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


# What a party takes up or turns down that another made: an offer, a proposal, an invitation, a request; and the
# participles that name its maker ("submitted by", "put forward by", "US-drafted").
ANSWERED_TEXTS = WORDS_GIVEN | DOCUMENT_NOUNS | frozenset("offer request appeal initiative overture bid".split())
MAKING_VERBS = AUTHORING_VERBS | frozenset({"put", "make"})


def answered_author(verb: Token) -> Token | None:
    """Who made the offer, invitation or proposal the verb answers, named in the object's own phrase: "rebuffed an
    invitation from the African Union", "rejected a proposal by Egypt", "vetoed a resolution submitted by the United
    States"; else None."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and _lemma(c) in ANSWERED_TEXTS):
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by") and (author := _pobj(child)) is not None:
                return author
        # "a US-drafted resolution"; "a resolution submitted by", also when the parser hangs the participle on the
        # noun of the object's "of" ("a draft resolution of the Security Council submitted by the United States")
        of_nouns = [n for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" if (n := _pobj(c)) is not None]
        for participle in (c for n in (obj, *of_nouns) for c in n.children if c.tag_ == "VBN"
                           and c.dep_ in ("acl", "amod") and _lemma(c) in MAKING_VERBS):
            agent = next((g for p in participle.children if p.dep_ == "agent" for g in p.children
                          if g.dep_ == "pobj"), None) or next((m for m in participle.children if m.dep_ in (
                              "npadvmod", "compound") and m.pos_ == "PROPN"), None)
            if agent is not None:
                return agent
    return None


def attack_agent(act: Token) -> Token | None:
    """The party a hostile act named by a noun is given to: its "by" agent, its possessor or a named modifier ("a
    PKK attack"), or the subject of the verb that claims or carries it out ("claimed responsibility for an attack
    ... that killed two soldiers", "launched a raid that killed ..."); None when the sentence names none."""
    for child in act.children:
        if child.dep_ == "prep" and child.lower_ == "by" and (agent := _pobj(child)) is not None:
            return agent
    for child in act.children:
        if child.dep_ == "poss" or child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in NAMED_KINDS:
            return child
    holder = act
    if act.dep_ == "pobj" and act.head.lower_ == "for" and _lemma(act.head.head) == "responsibility":
        holder = act.head.head  # "claimed responsibility for the attack"
    if holder.dep_ == "dobj" and _lemma(holder.head) in PERPETRATING:
        return next((c for c in holder.head.children if c.dep_ == "nsubj"), None)
    return None


# Violent and coercive acts whose doers, when named, are the ones a condemnation of the act is aimed at: the
# settings of a killing (`wire.HOSTILE_SETTINGS`), the acts done to people or buildings, and arrests, expulsions
# and seizures ("condemned the expulsion of its diplomats by Estonia": Estonia).
VIOLENT_ACTS = HOSTILE_SETTINGS | frozenset("""storming assassination killing murder massacre shooting stabbing
    kidnapping abduction arson torching bombing bombings beheading execution lynching arrest detention jailing
    imprisonment expulsion deportation seizure""".split())


def suffered(trig: Trigger, passive: bool) -> bool:
    """The attack is told by what its victims suffered, in the passive ("two soldiers were killed in an attack in
    northern Mali", "civilians were wounded in shelling"), or it is the setting of such a passive: the report names
    the victims and the place, not the attacker. When the victims are the place's own people the attacker is unknown
    unless named (the place's country would be read as attacking its own people); foreigners killed there by no one
    named stay attacked by the place's unidentified locals, as CAMEO codes them ("US servicemen were killed by a
    roadside bomb near Basra": Iraq)."""
    if passive:
        return True
    verb = trig.governor
    if trig.word is verb and verb.dep_ in ("pobj", "pcomp") and verb.head.lower_ in ("in", "during"):
        verb = verb.head.head  # "killed in shelling", "wounded during an attack": the setting of the verb
    elif trig.word is not verb or verb.pos_ != "VERB":
        return False
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    # "four were killed and ten wounded": a bare participle conjoined to a passive, its subject a number or none
    return verb.dep_ == "conj" and verb.head.tag_ == "VBN" and any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children) and all(
        _elliptic(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


def condemned_act(word: Token, governor: Token) -> Token | None:
    """The violent act a condemnation is of: the object of the verb ("condemned the attack on X"), or the "of" of
    the condemnation noun ("voiced its condemnation of the bombing of X"); None when it is of anything else."""
    if word is governor:
        acts = [c for c in governor.children if c.dep_ == "dobj"]
    else:
        acts = [p for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj"]
    return next((a for a in acts if _lemma(a) in VIOLENT_ACTS or a.lower_ in VIOLENT_ACTS), None)


def stranded_agent(act: Token) -> Token | None:
    """The "by" agent of an act that the parser hung on the end of its victim's phrase: "the attack on a border post
    by PKK militants" ("by" on "post"), or on the active verb that condemns it ("condemned the attack on the mine by
    JNIM militants"); a noun that is itself done by someone ("a school run by the UN") is not."""
    verb = act.head
    if act.dep_ == "dobj" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > act.i), None)
        if by is not None:
            return _pobj(by)
    for prep in (c for c in act.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "of", "at")):
        for victim in (c for c in prep.children if c.dep_ == "pobj"):
            by = next((c for c in victim.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is not None and not any(c.dep_ == "acl" for c in victim.children):
                return _pobj(by)
    return None


def _intent_owner(meant: Token) -> Token | None:
    """Whose the plan or plot is: its possessor or a name before it ("Iran's plot", "a Russian plot")."""
    return next((c for c in meant.children if c.dep_ == "poss"), None) or next(
        (c for c in meant.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")), None)


# Weapons fired, launched or dropped: instruments of an act, never its participants.
WEAPON_NOUNS = frozenset("""missile rocket warhead icbm slbm bomb shell projectile munition torpedo mortar grenade
    drone interceptor bullet round artillery""".split())
# Verbs that wield their object: a weapon fired, launched or used is the instrument, and the country its modifier names
# ("fired Iranian missiles at Israel", "used an American bomb") is its maker or owner, not the one it is aimed at
# (unlike a weapon acted on: "shot down a Russian drone").
WIELDING_VERBS = frozenset("fire launch use utilize employ drop hurl lob throw wield unleash".split())
INSTRUMENT_NOUNS = WEAPON_NOUNS | frozenset("weapon weaponry arm gun rifle firearm cannon explosive".split())
AIMING_PREPS = ("against", "at", "on", "into")


def _things_taken(verb: Token) -> bool:
    """"Troops seized three apartment blocks", "seized control of the airport": what is seized is things or places,
    no people, so no one's country is its target by default (not "police seized 12 suspects")."""
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(taken) and all(t.pos_ == "NOUN" and _people_noun(t) is None for t in taken)


def _fired_from(verb: Token) -> Token | None:
    """The place a weapon is fired from ("rockets were fired at Israel from Lebanon", "a missile launched from Yemen
    hit Eilat", "a rocket from Gaza struck Sderot"); not where a weapon shot down came from."""
    wielders = [verb] if _lemma(verb) in WIELDING_VERBS else []
    for weapon in (c for c in verb.children if c.dep_ == "nsubj" and _lemma(c) in WEAPON_NOUNS):
        wielders += [weapon, *(c for c in weapon.children if c.dep_ == "acl" and _lemma(c) in WIELDING_VERBS)]
    return next((_pobj(c) for w in wielders for c in w.children if c.dep_ == "prep" and c.lower_ == "from"), None)


# Verbs of receiving a visitor: a message the visitor brings goes to their host
RECEIVING_VISITORS = frozenset("receive meet welcome host".split())
# Nouns of a message sent, whose content a participle clause may tell ("sent a cable to X, expressing ...").
MESSAGE_NOUNS = frozenset("message letter cable telegram note missive".split())


def _foreign_object(verb: Token) -> bool:
    """The verb's object is said to be foreign ("seized a foreign tanker", "detained foreign nationals"): not the
    acting side's own country."""
    return any(t.lower_ == "foreign" for o in verb.children if o.dep_ in ("dobj", "nsubjpass")
               for t in o.doc[o.left_edge.i:o.i])


def _object_agent(verb: Token, obj: Token) -> Token | None:
    """The "by" phrase right after an active verb's object noun, which the parser hung on the verb: the object's
    doers ("denounced the drills by Seoul"); None for a passive verb, whose "by" is its own agent."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    after = obj.right_edge.i + 1
    return next((_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == after), None)


# Currencies, for sums the entity recognizer does not label ("500 million euros", "2 billion yuan").
CURRENCY_NOUNS = frozenset("""dollar euro pound yen yuan renminbi ruble rouble rupee franc shekel lira dinar riyal
    rial dirham won peso rand krona krone zloty forint hryvnia naira shilling taka baht ringgit""".split())


def _currency_of_a_country(tok: Token) -> bool:
    """A currency named with its country ("U.S. dollars", "Chinese yuan"); not a sum run into a name ("fined Apple 1.8
    billion euros")."""
    # the entity recognizer reads the country into the sum ("2 million U.S. dollars", MONEY) or apart (GPE, NORP)
    return _lemma(tok) in CURRENCY_NOUNS and tok.i > 0 and (before := tok.doc[tok.i - 1]).head.i == tok.i and (
        before.ent_type_ in ("GPE", "NORP") or before.pos_ in ("PROPN", "ADJ") and before.ent_type_ == "MONEY")


def _amount(tok: Token) -> bool:
    """A sum or a quantity ("10 million", "5 million dollars", "$5 million", "200 tonnes"), not a count of things
    ("three cities")."""
    return tok.pos_ == "NUM" or tok.ent_type_ in ("MONEY", "QUANTITY") or _lemma(tok) in CURRENCY_NOUNS and any(
        c.dep_ == "nummod" for c in tok.children)


def _mirror(coded: CodedMention) -> CodedMention:
    """The mention's act with its sides swapped: the target's act on the source, told by the same words."""
    event = coded.event
    mirrored = replace(event, source=list(event.target), target=list(event.source), contexts=list(event.contexts),
                       attribution=list(event.attribution), evidence=[replace(e) for e in event.evidence],
                       claims=[])
    return CodedMention(mirrored, coded.block, coded.governor, coded.sentence_start, set(coded.participants))


def _reciprocal_mirror(coded: CodedMention, trig: Trigger) -> CodedMention | None:
    """"Armenia and Azerbaijan accused each other": the second side's act on the first, beside the first's on the
    second (an act told either way round is one event already)."""
    event = coded.event
    if event.type in SYMMETRIC_TYPES or len(event.source) != 1 or len(event.target) != 1 or not reciprocal(
            trig.governor):
        return None
    return _mirror(coded)


def _joint_mirror(coded: CodedMention, trig: Trigger) -> CodedMention | None:
    """"Indian and Chinese troops completed disengagement", "Armenia and Azerbaijan exchanged detainees": a mutual
    act of two countries, told with both as its doers, is each one's act on the other (the people exchanged are
    what passes between them); the first side's stays the mention, the second's is returned."""
    event = coded.event
    if event.type in SYMMETRIC_TYPES or len(event.source) != 2 or any(p.country for p in event.target):
        return None  # the people exchanged ("detainees") are no side; a country acted on is
    first, second = event.source
    if not first.country or not second.country or first.country == second.country:
        return None
    if not (_lemma(trig.word) in MUTUAL_ACTS or reciprocal(trig.governor) or any(
            c.lower_ in ("mutual", "reciprocal") for c in (*trig.word.children, *trig.governor.children))):
        return None
    coded.event.source = [first]
    coded.take_targets([second])
    return _mirror(coded)


def _sends_message(trig: Trigger) -> bool:
    """The trigger is a message under a verb that sends it ("sent a cable", "addressed a letter to"), or the
    verb that sends one ("sent a message to", coded off the verb by the CAMEO dictionary)."""
    if trig.word is not trig.governor:
        return _lemma(trig.word) in MESSAGE_NOUNS
    return any(c.dep_ == "dobj" and _lemma(c) in MESSAGE_NOUNS for c in trig.word.children)


def _clause_ancestors(word: Token) -> list[Token]:
    """The words above a noun within its own clause: "discussed preparations for a visit" reaches "discussed",
    but "arrived for a visit and held talks with Xi" does not reach "arrived" from "talks" (a coordinated clause
    tells an act of its own, not the topic of the first)."""
    found: list[Token] = []
    tok = word
    while tok.head.i != tok.i:
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            break
        tok = tok.head
        found.append(tok)
    return found


def _aim_like(coded: CodedMention, trig: Trigger, earlier: list[CodedMention]) -> None:
    """"The Crown Prince and the Prime Minister sent similar cables": an act told as one like the last of its type or
    of its noun, with no target of its own, is aimed where that one was."""
    if coded.event.target or not any(c.dep_ == "amod" and c.lower_ in LIKE_WORDS for c in trig.word.children):
        return
    noun = trig.word.lemma_.lower()
    like = next((m for m in reversed(earlier) if m is not coded and m.event.target and (
        m.event.type == coded.event.type or any(noun in ev.trigger.lower() for ev in m.event.evidence))), None)
    if like is not None:
        coded.take_targets(list(like.event.target))


# CAMEO's hosting a visit (043) and making one (042).
HOST_CAMEO, VISIT_CAMEO = "043", "042"
# How far back, in characters of the article, the visit a host receives may be told ("arrived on July 23, and the
# minister hosted a banquet that evening": the same or the sentence before).
HOST_REACH = 400


def _aim_host(coded: CodedMention, earlier: list[CodedMention]) -> None:
    """"Ryzhenkov arrived in North Korea, and Foreign Minister Choe hosted a banquet that evening": a host with no
    guest named hosts the visitor who arrived just before, when the visitor is of another country."""
    if coded.event.cameo != HOST_CAMEO or coded.event.target or not coded.event.source or not coded.event.evidence:
        return
    here = coded.event.evidence[0].start
    hosts = {p.country for p in coded.event.source if p.country}
    visit = next((m for m in reversed(earlier) if m is not coded and m.event.cameo == VISIT_CAMEO and m.event.source
                  and m.event.evidence and here - HOST_REACH <= m.event.evidence[0].start <= here), None)
    if visit is not None and hosts and not hosts & {p.country for p in visit.event.source}:
        coded.take_targets(list(visit.event.source))


def _demand_of_protest(protest: CodedMention, siblings: list[CodedMention], pb: ParsedBlock,
                       actors: ActorTable) -> None:
    """"Farmers rallied in Paris to demand that the government scrap the tax", "marched on parliament demanding the
    minister's resignation": the demand is what the protest is for (CAMEO 141, demonstrating for a change of policy
    or leaders), one act against the party the demand is made of. The protest takes the demand's target where it
    named none, or only a country that party may belong to (the place it was held in), and the demand folds into it."""
    if protest.event.type != "PROTEST" or protest.derived:
        return
    verb = pb.doc[protest.governor]
    sources = {p.actor_id for p in protest.event.source}
    for demand in siblings:
        clause = pb.doc[demand.governor]
        if demand.event.type != "REQUEST" or demand.derived or not demand.event.target or clause.head.i != verb.i \
                or clause.dep_ not in ("xcomp", "advcl") or {p.actor_id for p in demand.event.source} != sources:
            continue
        targets = protest.event.target
        states = {p.country for p in targets if (a := actors.get(p.actor_id)) is not None and a.kind == "country"}
        held_at_a_body = len(states) < len(targets)  # "rallied outside the US embassy demanding that Israel ..."
        of_another_state = bool(states) and any(p.country and p.country not in states for p in demand.event.target)
        if held_at_a_body or of_another_state:
            return  # two parties, two acts
        protest.take_targets(list(demand.event.target))
        folded = demand.event
        folded.type, folded.cameo, folded.mode = protest.event.type, protest.event.cameo, protest.event.mode
        folded.contexts, folded.factuality = list(protest.event.contexts), protest.event.factuality
        folded.source, folded.target = list(protest.event.source), list(protest.event.target)
        demand.participants = set(protest.participants)
        return


# Verbs of helping whose object is often parsed as the subject of the act helped ("help Mali fight").
HELPING_VERBS = frozenset("help assist aid enable".split())


def _within_relative(tok: Token, top: Token) -> bool:
    """The token is in a relative clause below `top` ("shut down aid groups that employ Afghan women"): it tells of
    a noun of the act, not of the act."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


# Words a side uses only of its own violence (Turkish and other state reports of operations): "neutralized".
DOERS_WORDS = frozenset({"neutralize", "neutralise"})


def _told_again(rule: Rule, target_ids: list[str], previous: CodedMention | None) -> bool:
    """The act is the last one coded, told again ("Turkish forces neutralized five PKK terrorists ... The terrorists
    were neutralized in an air-backed operation"): that event's doer stands, whoever reports it."""
    return previous is not None and previous.event.type == rule.type and bool(previous.event.source) and set(
        target_ids) <= {p.actor_id for p in previous.event.target}


def _named_members(noun: Token) -> bool:
    """The people a group noun names belong to a body named in its own words: "ELN guerrillas", "M23 rebels"."""
    return noun.lower_ in FOLLOWER_NOUNS and any(
        c.dep_ in ("compound", "nmod") and c.i < noun.i and (c.ent_type_ == "ORG" or c.text.isupper() and len(c) > 1)
        for c in noun.children)


def among_most_mentioned(country: str, actors: ActorTable) -> bool:
    """No country is named more often in the article than `country` (the dateline's, say): the story is about it, not
    filed from it about another ("GENEVA -- ... in Iran ... Iran ...")."""
    counts = {a.country: len(a.mentions) for a in actors.actors if a.kind == "country" and a.country}
    return country in counts and counts[country] == max(counts.values())


class EventCoder:
    def __init__(self, lexicon: Lexicon | None = None, gazetteer: Gazetteer | None = None,
                 dictionary: CameoDictionary | bool = True, dictionary_everywhere: bool = True) -> None:
        """`dictionary`: the CAMEO verb dictionary beside the lexicon (True: the packaged one; False: none).
        `dictionary_everywhere`: it codes every verb the lexicon leaves uncoded, not only in sentences where the
        lexicon finds nothing (chosen on PLV tune data, see bench/events_plv.py)."""
        self.lexicon = lexicon or Lexicon.load()
        self.gazetteer = gazetteer or Gazetteer()
        self.dictionary: CameoDictionary | None = (CameoDictionary() if dictionary is True else dictionary or None)
        # The last event of the article coded between people, whom "the two ministers" refer back to (`code`).
        self._people_pair: CodedMention | None = None
        # ... and the last between two countries or more, which "both countries" refer back to (`code`).
        self._country_pair: CodedMention | None = None
        self._parsed: list[ParsedBlock] = []  # the article being coded, whose paragraph before a pronoun may name it
        self._home: str | None = None  # the country the article is filed from and is mostly about (`code`)
        self._mentions: list[CodedMention] = []  # the article's mentions coded so far (`code`)
        self._sentence_events: list[CodedMention] = []  # ... and those of the sentence being coded
        self.dictionary_everywhere = dictionary_everywhere

    def code(self, article_id: str, parsed: list[ParsedBlock], actors: ActorTable,
             timexes: list[Timex], published: str | None, filed: str | None = None) -> list[CodedMention]:
        """The article's event mentions; `filed` is the country of its dateline's place."""
        mentions: list[CodedMention] = []
        previous: CodedMention | None = None
        self._people_pair = self._country_pair = None
        self._parsed = parsed
        self._mentions = mentions
        self._home = filed if filed is not None and among_most_mentioned(filed, actors) else None
        actors.offices = office_holders(parsed, actors)
        senses = read_article(parsed, actors, self.lexicon.senses)  # sport, shows, trade: see events/senses.py
        for b, pb in enumerate(parsed):
            for sent in pb.sents:
                sentence_events: list[CodedMention] = []
                self._sentence_events = sentence_events
                vague: set[int] = set()  # ids of mentions coded by a vague dictionary line (no events)
                tokens = pb.tokens[sent.start:sent.end]  # made once per doc, not per walk
                obligations = _obligation_clauses(tokens)
                found = find_triggers(tokens, self.lexicon, self.dictionary, self.dictionary_everywhere)
                triggers = [t for t in found if t.governor not in obligations and not attributive(t)
                            and not blamed_by_copula(t) and not word_mentioned(t)
                            and not listed_gerund(t)]
                triggers += readiness_triggers(tokens, triggers)  # "is willing to work with X": AGREE
                # "has withdrawn its envoy to Mexico": coded as the lexicon codes "its ambassador"
                taken = {t.governor.i for t in triggers}
                triggers += [Trigger(rule, tok, tok) for tok in tokens if tok.i not in taken
                             and (rule := envoy_rules(tok, self.lexicon.verbs)) is not None]
                triggers += subjection_triggers(tokens, triggers, self.lexicon)  # "subjected to attacks by X"
                # "sanctions imposed by Canada on Iran": the participle is the light verb
                participles = participle_light_triggers(tokens, triggers, self.lexicon)
                replaced = {t.word.i for t in participles}
                triggers = [t for t in triggers if t.word.i not in replaced] + participles
                # "Russia said that Sudan must return the helicopter": a demand by the speaker.
                triggers += [Trigger(OBLIGATION_RULE, head, head) for head in obligations.values()
                             if not any(t.governor is head for t in triggers)]
                # "Iran said Israel would pay a heavy price": the speaker's threat, not a payment
                idioms = threat_idioms(tokens)
                triggers = [t for t in triggers if t.governor not in idioms] + [
                    Trigger(THREAT_IDIOM_RULE, clause.head, clause.head) for clause in idioms
                    if not any(t.governor is clause.head for t in triggers)]
                # "Klitschko blasted Rahman", "unveiled a new laptop", "test-fired a missile": no political event
                triggers = [t for t in triggers if political_reading(t.word, t.governor, t.rule.type, sent, b, senses,
                                                                     self.lexicon.senses)]
                messages: dict[int, Trigger] = {}  # the mentions coded off a message sent (id -> trigger)
                for trig in triggers:
                    coded = self._code_one(article_id, b, pb, sent, trig, actors, previous)
                    if coded is not None:
                        if _sends_message(trig):
                            messages[id(coded)] = trig
                        if self.dictionary is not None and self.dictionary.vague(trig.rule):
                            vague.add(id(coded))
                        continues_meeting(coded, trig, mentions, sentence_events)
                        self._aim_answer(coded, trig, [*mentions, *sentence_events], actors, parsed)
                        _aim_like(coded, trig, [*mentions, *sentence_events])
                        _aim_host(coded, [*mentions, *sentence_events])
                        actors_here = partial(self._actors_of, b=b, actors=actors, previous=previous)
                        mediation = hosted_talks(coded, trig, actors_here, partial(self._participant, actors=actors))
                        if mediation is not None:
                            sentence_events.append(mediation)
                        sentence_events.append(coded)
                        if (mirror := _reciprocal_mirror(coded, trig) or _joint_mirror(coded, trig)) is not None:
                            sentence_events.append(mirror)
                        # (an act of the sentence that coded no event still has its topics: "They discussed
                        # preparations for a visit by X", "they" unresolved)
                        above = {m.governor for m in sentence_events if m is not coded and not m.derived} | {
                            t.governor.i for t in triggers if t.word is not trig.word}
                        topic = trig.word.pos_ == "NOUN" and any(a.i in above for a in _clause_ancestors(trig.word))
                        if previous is None or coded.event.factuality in ("asserted", "reported") \
                                and coded.event.source and coded.event.target and not topic:
                            # "the two sides" refers to the last pair that acted, not to a visit being prepared
                            # nor to one the talks were about ("discussed preparations for a visit by X to Y")
                            previous = coded
                        if not topic and self._between_people(coded, actors):
                            self._people_pair = coded
                        if not topic and len({p.country for p in coded.event.source + coded.event.target
                                              if p.country}) >= 2:
                            self._country_pair = coded
                        # talks another hosts are no intent of their parties ("Norway will host talks between X
                        # and Y": Norway's plan, not what X and Y said they would do)
                        intent = None if mediation is not None else _intent(coded, trig, pb)
                        if intent is not None:
                            sentence_events.append(intent)
                            if id(coded) in vague:
                                vague.add(id(intent))
                for coded in sentence_events:
                    self._inherit_from_conj_head(coded, sentence_events, pb)
                    self._inherit_from_means(coded, sentence_events, pb)
                    inherit_from_readiness(coded, sentence_events, pb)
                for coded in sentence_events:
                    self._attacker_in_clause(coded, sentence_events, pb)
                    if id(coded) in messages:
                        self._message_content(coded, messages[id(coded)], sentence_events, actors)
                    _demand_of_protest(coded, sentence_events, pb, actors)
                # a singer's visit to a hospital, a donation to a charity: no political party, no event; people
                # injured in an earthquake: no attack; a vague dictionary line ("travelled to", "found") only lent
                # its participants to the acts around it
                mentions += [m for m in sentence_events if id(m) not in vague
                             and not private_act(m.event, sent, b, actors, senses, self.lexicon.senses)
                             and not natural_harm(m.event, sent, b, senses, self.lexicon.senses)]
        self._truce_sides(mentions, actors)
        date_mentions(mentions, parsed, timexes, published)
        return mentions

    def _truce_sides(self, mentions: list[CodedMention], actors: ActorTable) -> None:
        """A ceasefire or halt to operations that names no other side ("Myanmar's military declared a temporary
        ceasefire", in a story's lead) is with the side its declarer fights in the article, told before it or
        after; failing that, with another side declaring its own ("a day after an alliance of armed groups declared
        a ceasefire")."""
        for n, mention in enumerate(mentions):
            event = mention.event
            if event.type != "RETREAT" or event.mode not in TRUCE_MODES or event.target or not event.source:
                continue
            source_ids = [p.actor_id for p in event.source]
            if not all(self._combatant(a, actors) for a in source_ids):
                continue  # "the military said it would halt operations": whose military, the article does not say
            ours = self._sides_with(source_ids, actors)
            fights = [m for m in [*reversed(mentions[:n]), *mentions[n + 1:]]
                      if all(self._combatant(p.actor_id, actors) for p in m.event.source + m.event.target)]
            side = self._enemy_of(source_ids, actors, frozenset({"ASSAULT"}), fights) or next(
                ([p.actor_id for p in m.event.source] for m in mentions if m.event.type == "RETREAT"
                 and m.event.mode in TRUCE_MODES and m.event.source and not ours(m.event.source)
                 and all(self._combatant(p.actor_id, actors) for p in m.event.source)), [])
            if side:
                mention.take_targets([self._participant(a, actors) for a in side])

    @staticmethod
    def _between_people(coded: CodedMention, actors: ActorTable) -> bool:
        """The event's parties are people, two or more named on its sides: "the two ministers" that follow refer
        to them, not to the countries of an act reported between (an aid delivery, a strike)."""
        people = [p for p in coded.event.source + coded.event.target
                  if (a := actors.get(p.actor_id)) is not None and a.kind == "person"]
        return len({p.actor_id for p in people}) >= 2

    def _aim_answer(self, coded: CodedMention, trig: Trigger, earlier: list[CodedMention],
                    actors: ActorTable, parsed: list[ParsedBlock]) -> None:
        """"The RSF rejected the sanctions" after "The United States imposed sanctions on RSF commanders": a
        rejection, accusation or protest with no target, whose object is a measure or demand the article told of
        one party making, is aimed at that party (`triggers.answered_party`); so is an acceptance ("Xi accepted the
        invitation" after "Putin invited Xi")."""
        if coded.event.type not in ANSWERING_TYPES | {"AGREE"} or coded.event.target or coded.event.mode == (
                "investigate"):
            return  # "pursuing the investigation" answers no one
        obj = next((c for c in trig.governor.children if c.dep_ == "dobj"), None)
        answered = answered_party(obj, earlier, {p.actor_id for p in coded.event.source},
                                  lambda m: parsed[m.block].tokens[m.governor]) if obj is not None else []
        if not answered and obj is not None and coded.event.type in ANSWERING_TYPES:
            answered = self._speaker_answered(obj, coded, actors, parsed)
        coded.event.target = [self._participant(a, actors) for a in answered]
        coded.participants |= set(answered)

    def _speaker_answered(self, obj: Token, coded: CodedMention, actors: ActorTable,
                          parsed: list[ParsedBlock]) -> list[str]:
        """"Congo's government dismissed the announcement" after "The M23 announced it would set up ...": a
        definite saying of no owner ("the announcement", "these claims", "the remarks") answers the one party whose
        saying the nearest of the three sentences before it tells."""
        if _lemma(obj) not in SAYING_NOUNS or not definite_unowned(obj, ("by", "from", "of")):
            return []
        own = {p.actor_id for p in coded.event.source}
        before = [(coded.block, s) for s in parsed[coded.block].sents if s.end <= obj.sent.start]
        for b in range(coded.block - 1, max(coded.block - 3, -1), -1):
            before = [(b, s) for s in parsed[b].sents] + before
        for b, sent in reversed(before[-3:]):
            for verb in (t for t in (sent.root, *sent.root.children) if t.pos_ == "VERB" and t.dep_ in (
                    "ROOT", "conj") and _lemma(t) in SAYING_VERBS):
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                found = [a for a in self._actors_of(subject, b, actors, None) if a not in own]
                if found:
                    return found if len(found) == 1 else []
        return []

    # -- participants -------------------------------------------------------------------------

    def _actors_of(self, tok: Token | None, b: int, actors: ActorTable, previous: CodedMention | None,
                   depth: int = 0) -> list[str]:
        """Actor ids a noun phrase refers to: the name itself, conjuncts, "a delegation led by X",
        "the Belarusian side", "Hungarian and Romanian officials", "security forces in Guinea",
        "Iran's leader", a city standing for its government ("Beirut rejected"), "the two countries"
        (the participants of the previous event)."""
        if tok is None or depth > 4 or _currency_of_a_country(tok):
            return []  # "2 million U.S. dollars": a currency's country is no party to the act
        found: list[str] = []
        own = self._bound(tok, b, actors)
        own_actor = actors.get(own) if own else None
        group = None
        if own_actor is not None and own_actor.kind == "group" and (own_actor.country_basis != "nationality" or any(
                c.dep_ == "poss" for c in tok.children)) and not _named_members(tok):
            # "police", "supporters of X": what the phrase's modifiers and attachments name comes first; a group
            # whose own words give its country ("Turkish lawmakers", "the government of Peru") is itself the actor,
            # unless a possessive names its owner ("its embassy in Damascus": the embassy is not Syria's); so is one
            # its words name ("Colombia's ELN guerrillas": the ELN's men, not Colombia)
            group, own, own_actor = own, None, None
        holder = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                       and actors.at(b, c.i) is not None), None) if tok.lower_ in TITLE_HEADS else None
        if own_actor is not None and own_actor.kind == "country" and any(c.lower_ == "ethnic" for c in tok.children):
            pass  # "ethnic Albanians" are a people, not Albania: their country is where they live
        elif holder is not None and not own:
            # "Ukraine's president, Volodymyr Zelensky": the person who holds the office the phrase names
            found += self._actors_of(holder, b, actors, previous, depth + 1)
        elif referents := office_referent(tok, b, actors, self._people_pair if (
                tok.lower_ in PLURAL_OFFICES and self._people_pair is not None) else previous):
            found += referents  # "the ambassador", "both presidents", "his counterpart Recep Tayyip Erdogan"
        elif own:
            found.append(own)
        elif (named_earlier := actors.stands_for.get((b, tok.i))) is not None:
            # "It accused Israel" after "Hamas issued a statement", "The statement urged Japan": the body told before
            found += self._actors_of(named_earlier[1], named_earlier[0], actors, previous, depth + 1)
        elif tok.pos_ == "PROPN" and not tok.ent_type_ and (code := country_code_fuzzy(tok.text)):
            found.append(country_actor(actors, code) or "")  # "Ethopia has agreed": no entity, still a country
        elif (known := _known_organization(tok, b, actors)) is not None:
            found.append(known)
        elif tok.lower_ in GROUP_NOUNS and not says_whose(tok) and (any(
                c.lower_ in ("two", "both", "three") for c in tok.children) or _bare_definite(tok)) and (
                previous is not None or (named_before := parties_named_before(tok, b, actors))):
            if previous is None:
                # "Azerbaijan and Armenia signed a framework. Both countries pledged ...": named by no event yet
                found += named_before
            elif tok.lower_ in COUNTRY_NOUNS:
                told = previous
                if self._country_pair is not None and any(c.lower_ in ("two", "both") for c in tok.children) and len(
                        {p.country for p in previous.event.source + previous.event.target if p.country}) < 2:
                    told = self._country_pair  # "urged both countries" after an arrest told in one of them
                countries = [p.country for p in told.event.source + told.event.target if p.country]
                found += [c for c in dict.fromkeys(countries) if actors.get(c)] or sorted(previous.participants)
            else:
                found += counted_sides(tok, previous)
        elif (antecedent := previous_subject(tok, self._last_sentence(b - 1))) is not None:
            # "The Saudi foreign minister arrived in Tehran. He met ...": an office holder the actor table gave no
            # one to the pronoun
            found += self._actors_of(antecedent, b if antecedent.doc is tok.doc else b - 1, actors, previous,
                                     depth + 1)
        elif tok.lower_ in REPORTED_PRONOUNS and (speaker := _reporting_subject(tok)) is not None:
            # "Syria says it is willing to withdraw", "Palestinian leaders said they would boycott"
            found += self._actors_of(speaker, b, actors, previous, depth + 1)
        elif (place := self._place_actor(tok, b, actors)) is not None:
            found.append(place)
        else:
            for child in tok.children:
                if child.dep_ == "acl" and (_lemma(child) in REPRESENTING or not self._animate(tok, b, actors)):
                    # "a delegation led by X", "a proposal submitted by X"; not "a journalist arrested by police"
                    for agent in (c for c in child.children if c.dep_ == "agent"):
                        found += self._actors_of(_pobj(agent), b, actors, previous, depth + 1)
                    if _lemma(child) in ("base", "headquarter", "locate", "station"):
                        # "a newspaper based in Beirut" speaks for its country
                        found += self._prep_actors(child, ("in", "at"), b, actors, previous)
                if child.dep_ in ("acl", "amod") and _lemma(child) in ("affiliate", "belong", "loyal"):
                    # "workers affiliated with the Serbian Workers' Union", "militants loyal to Iraq's Al-Qaeda"
                    found += self._prep_actors(child, ("with", "to"), b, actors, previous)
            # people of a side not the state ("a Venezuelan opposition leader"), or of no office whom the actor table
            # made a group of ("a New Bedford man"): the country their modifier names is theirs, not them
            own_people = nonstate_member(tok) or group is not None and private_people(tok)
            if not found and (pair := _hyphen_pair(tok)) is not None:
                # "the Russia-Ukraine war": both parties
                sides = [a for side in pair if (a := self._modifier_actor(side, b, actors))]
                found += sides if len(sides) == 2 else []
            if not found:
                for child in tok.children:
                    if child.dep_ == "poss" and (_lemma(tok) in RELATIONAL_NOUNS or _lemma(tok) in KIN_NOUNS):
                        # "his Turkish counterpart": the possessor is the other end of the relation; "his father",
                        # "whose son": a relative of the possessor, not the possessor
                        continue
                    if child.dep_ == "amod" and (_lemma(child) == "lead" or child.lower_ in (
                            "flagged", "registered", "owned")):
                        # "the US-led war": the leader's war; "a Vietnamese-flagged vessel": the flag's
                        found += [a for c in child.children if c.dep_ in ("npadvmod", "compound", "nmod")
                                  if (a := self._modifier_actor(c, b, actors))]
                    if found:
                        break
                    if child.dep_ == "poss" and (antecedent := relative_antecedent(child)) is not None:
                        # "Russia, whose forces invaded Ukraine": the forces are Russia's
                        found += self._actors_of(antecedent, b, actors, previous, depth + 1)
                        break
                    if child.dep_ == "poss" and child.lower_ in REPORTED_PRONOUNS and (
                            speaker := _reporting_subject(child)) is not None:
                        # "Ankara denied that its envoy had met ...": the envoy speaks for Ankara; but "Turkey has
                        # deployed troops to its bases, the ministry said": a speaker of the clause's own side (or of
                        # no country) speaks of the clause's named subject ("Iran said Israel attacked its embassy":
                        # Iran's, a party apart)
                        said_by = self._actors_of(speaker, b, actors, previous, depth + 1)
                        named = clause_subject(child)
                        doers = self._actors_of(named, b, actors, previous, depth + 1) if named is not None else []
                        speaking = {c for x in said_by if (c := self._participant(x, actors).country)}
                        if said_by and doers and speaking <= {
                                c for x in doers if (c := self._participant(x, actors).country)}:
                            said_by = doers
                        found += said_by
                        break
                    if child.dep_ == "compound" and _lemma(child) in WEAPON_NOUNS and (owners := [
                            a for c in child.children if c.dep_ in ("amod", "compound", "poss")
                            if (a := self._modifier_actor(c, b, actors))]):
                        # "a Russian missile strike", "a Houthi drone attack": the weapon's owner strikes
                        found += owners
                        break
                    if child.dep_ in ("amod", "compound", "poss", "nmod") and not own_people and (
                            self._modifier_actor(child, b, actors)):
                        # "Hungarian and Romanian officials": the modifier and its conjuncts; "Ethiopian, Mozambican
                        # and South African troops", parsed as modifiers side by side: each one listed after it. Not
                        # people of no office the actor table made a group of ("a New Bedford man": the man)
                        for mod in [child, *(c for c in child.children if c.dep_ == "conj"), *_listed_modifiers(child)]:
                            found.append(self._modifier_actor(mod, b, actors) or "")
                        break
                    if child.dep_ == "compound" and child.pos_ == "NOUN" and group is None and (inner := next((
                            a for c in child.children if c.dep_ in ("amod", "compound")
                            if (a := self._modifier_actor(c, b, actors))), None)) is not None:
                        # "the latest EU sanctions package": the party modifies a noun that modifies the head (a
                        # thing's; not people's, "Somali sea brigands")
                        found.append(inner)
                        break
                    if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN") and (
                            owner := self._actors_of(child, b, actors, previous, depth + 1)):
                        # "the Israeli Prime Minister's declaration": the possessor's own phrase names the party
                        found += owner
                        break
            if not found and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass"):
                # "Fighting between the army and the RSF has killed thousands": a gerund subject, read as a
                # noun, whose "between" names the sides
                found += [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
                          for a in self._actors_of(_pobj(c), b, actors, previous, depth + 1)]
            if not found and tok.pos_ in ("NOUN", "PROPN", "PRON") and (
                    tok.ent_type_ in ("", "CARDINAL", "QUANTITY") or tok.lower_ in TITLE_HEADS):
                # "a car bombing by the Islamic State" (the agent of a nominal act first), "security forces in
                # Guinea", "supporters of X", "doctors from two American aid groups", "clashes between X and Y"; an
                # office whatever entity the tagger made of it ("the King of Jordan", tagged a place)
                preps = sorted((c for c in tok.children if c.dep_ == "prep"), key=lambda c: c.lower_ != "by")
                for child in preps:
                    # "a spokesman for X", "lawyers for X": X speaks
                    if child.lower_ == "including":
                        # "several countries, including France and Germany": the named parties the group is made of
                        # (not "12 members of a family, including seven children": people, as the group is)
                        listed = self._actors_of(_pobj(child), b, actors, previous, depth + 1)
                        if any((member := actors.get(x)) is None or member.kind != "group" for x in listed):
                            found += listed
                            break
                    if child.lower_ == "of" and _lemma(tok) in ADVERSARY_NOUNS:
                        continue  # "critics of Erdogan" are not Erdogan
                    if names_sender(child):
                        continue  # "conveyed a message from the King": the sender is not whom it goes to
                    if child.lower_ in ("in", "from", "throughout") and private_people(tok):
                        # "a rebel commander in Goma" is no more Congo's than "a Congolese rebel commander"; "a
                        # dissident in New York" is no act on the US
                        continue
                    if child.lower_ in ("by", "in", "of", "from", "throughout", "between") or (
                            child.lower_ == "for" and _lemma(tok) in SPOKESPEOPLE):
                        found += self._actors_of(stranded_name(_pobj(child)) or _pobj(child), b, actors, previous,
                                                 depth + 1)
                        if found:
                            break
        if not found:
            # "the country's prime minister, Ahmet Davutoglu", "Iran's ally Russia", "the militant group al-Shabaab": a
            # phrase naming no party is the one its apposition names
            for child in (c for c in tok.children if c.dep_ == "appos" and (
                    c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or actors.at(b, c.i) is not None)):
                found += self._actors_of(child, b, actors, previous, depth + 1)
        if not found and group is not None and _lemma(tok) not in WEAPON_NOUNS:
            # a group named by a common noun is the party; never a weapon ("fired two cruise missiles into the sea":
            # the missiles are the instrument, no participant; "Russian missiles" are Russia's, above)
            found.append(group)
        for child in tok.children:
            if child.dep_ == "conj":
                found += self._actors_of(child, b, actors, previous, depth + 1)
            elif child.dep_ == "cc":  # "Ukraine as well as Georgia": the parser hangs the second on "as"
                for second in (c for c in child.children if c.dep_ in ("pobj", "conj")):
                    found += self._actors_of(second, b, actors, previous, depth + 1)
        return list(dict.fromkeys(a for a in found if a))

    @staticmethod
    def _combatant(actor_id: str, actors: ActorTable) -> bool:
        """An actor that can be a side in a fight: not civilians or other people acted on, and not a state's forces
        whose country the article does not give ("the army"), which cannot be told apart from the declarer's own."""
        actor = actors.get(actor_id)
        return actor is not None and actor.sector not in PEOPLE_SECTORS and (
            actor.country is not None or actor.kind not in ("country", "group") and actor.sector not in STATE_SECTORS)

    @staticmethod
    def _sides_with(source_ids: list[str], actors: ActorTable) -> Callable[[list[Participant]], bool]:
        """Whether participants are on the side of the source's actors: the same actors, or actors of their country
        of the same kind (a state's side is its country's; rebels of a country are the side of its other armed
        groups, "Houthi rebels", "the Houthis", not of its government)."""
        own_ids = set(source_ids)

        def state(actor_id: str) -> bool:
            return (actor := actors.get(actor_id)) is not None and (
                actor.kind == "country" or actor.sector in STATE_SECTORS)

        own = {(state(a), c) for a in source_ids if (actor := actors.get(a)) is not None and (c := actor.country)}
        return lambda side: any(p.actor_id in own_ids or (state(p.actor_id), p.country) in own for p in side)

    def _enemy_of(self, source_ids: list[str], actors: ActorTable, types: frozenset[str] = ENMITY_TYPES,
                  told: Iterable[CodedMention] | None = None) -> list[str]:
        """The other side of the last act of `types` in the article so far (or the first of `told`) between the
        source's side (`_sides_with`) and another: whom it acted against, or who acted against it."""
        ours = self._sides_with(source_ids, actors)
        for earlier in reversed([*self._mentions, *self._sentence_events]) if told is None else told:
            event = earlier.event
            if event.type not in types or not event.source or not event.target:
                continue
            if ours(event.source) and not ours(event.target):
                return [p.actor_id for p in event.target]
            if ours(event.target) and not ours(event.source):
                return [p.actor_id for p in event.source]
        return []

    def _last_sentence(self, b: int) -> Span | None:
        """The last sentence of block `b` of the article being coded (None before the first)."""
        return self._parsed[b].sents[-1] if 0 <= b < len(self._parsed) and self._parsed[b].sents else None

    @staticmethod
    def _bound(tok: Token, b: int, actors: ActorTable) -> str | None:
        """The actor the actor table binds to the token, unless it is a speaker given to a pronoun in their own
        reported words that names someone else (`speaker_pronoun`)."""
        actor_id = actors.at(b, tok.i)
        return None if actor_id is None or speaker_pronoun(tok, actor_id, b, actors) else actor_id

    def _main_object(self, verb: Token, b: int, actors: ActorTable, previous: CodedMention | None,
                     avoid: frozenset[str]) -> list[str]:
        """The parties a clause's verb acts on: its direct object, or the "on"/"against" party of it or of the verb
        ("imposed sanctions on two commanders")."""
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            found = [a for a in self._actors_of(obj, b, actors, previous) if a not in avoid] or [
                a for a in self._nested_actors(obj, ("on", "against"), b, actors, previous, avoid=avoid)]
            if found:
                return found
        return [a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for a in self._actors_of(_pobj(c), b, actors, previous) if a not in avoid]

    @staticmethod
    def _person_before(b: int, start: int, actors: ActorTable, avoid: frozenset[str]) -> str | None:
        """The person named last before token `start` of block `b`, other than those in `avoid`: whom an object
        pronoun the actor table left unbound refers to."""
        named = [(key, actor_id) for key, actor_id in actors.by_token.items() if key < (b, start)
                 and actor_id not in avoid and (a := actors.get(actor_id)) is not None and a.kind == "person"]
        return max(named)[1] if named else None

    @staticmethod
    def _definite_group(trig: Trigger, b: int, sentence_start: int, actors: ActorTable,
                        source_ids: list[str]) -> str | None:
        """The organization "the group", "the organization" or "the militia" refers to when the verb's object is that
        bare definite noun, bound to no actor: the organization named last before the sentence, other than the
        source."""
        obj = next((c for c in trig.governor.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None or _lemma(obj) not in DEFINITE_GROUPS or actors.at(b, obj.i) is not None or [
                c.lower_ for c in obj.children if c.dep_ not in ("punct",)] != ["the"]:
            return None
        named = [(m.start, a.id) for a in actors.actors if a.kind == "organization" and a.id not in source_ids
                 for m in a.mentions if m.start < sentence_start]
        return max(named)[1] if named else None

    @staticmethod
    def _reporting_body(subject: Token, b: int, actors: ActorTable) -> str | None:
        """The country of the state body or official whose reported words have forces of no nationality act
        ("air defences", "troops", "the army"), as the country actor; None when the subject names a party or the
        speaker has no country."""
        bound = actors.get(actors.at(b, subject.i) or "")
        if _lemma(subject) not in UNMARKED_FORCES or bound is not None and bound.country or any(
                c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ or c.pos_ == "PROPN")
                for c in subject.children):
            return None
        for speaker in _reporting_speakers(subject):
            actor = actors.get(actors.at(b, speaker.i) or "")
            if actor is not None and actor.country and actor.kind in ("organization", "person", "country", "group"):
                return country_actor(actors, actor.country)
        return None

    @staticmethod
    def _reporting_custodian(verb: Token, b: int, actors: ActorTable) -> str | None:
        """The police or security body whose reported words tell of arrests with no agent named ("43 people were
        detained, the Interior Ministry said"): a body that makes arrests reports its own."""
        for speaker in _reporting_speakers(verb):
            actor = actors.get(actors.at(b, speaker.i) or "")
            if actor is not None and actor.kind in ("organization", "group") and any(
                    t.lower_ in CUSTODIANS for t in speaker.subtree):
                return actor.id
        return None

    def _reporting_state(self, verb: Token, b: int, actors: ActorTable, previous: CodedMention | None,
                         target_ids: list[str]) -> str | None:
        """The state, or state body, whose reported words hold the verb, when every party the act is done to has a
        country and none is the speaker's: one that acts on another country's party ("... were expelled, the
        Polish foreign ministry said"), not one telling of what befell its own. In a doer's own words for its
        violence ("were neutralized") the parties acted on may be of any country, its own rebels too."""
        doers_word = _lemma(verb) in DOERS_WORDS
        targets = [self._participant(a, actors).country for a in target_ids]
        if not all(targets) and not doers_word:
            return None
        for speaker in _reporting_speakers(verb):
            found = self._actors_of(speaker, b, actors, previous)
            actor = actors.get(found[0]) if len(found) == 1 else None
            if actor is not None and actor.country and (doers_word or actor.country not in targets) and (
                    actor.kind == "country" or actor.sector in STATE_SECTORS
                    or actor.kind == "organization" and STATE_BODY_WORDS & set(actor.name.lower().split())):
                return actor.id
        return None

    @staticmethod
    def _animate(tok: Token, b: int, actors: ActorTable) -> bool:
        """The noun names people or forces: an act done to them by an agent does not make them the agent's."""
        actor_id = actors.at(b, tok.i)
        return (actor_id is not None or _people_noun(tok) is not None or _lemma(tok) in FORCE_NOUNS
                or tok.lower_ in GROUP_NOUNS or tok.ent_type_ in ("PERSON", "NORP"))

    def _modifier_actor(self, tok: Token, b: int, actors: ActorTable) -> str | None:
        """The actor a modifier names: an actor mention, a place, or a demonym spaCy left untagged
        ("Ghanaian authorities"); none for a maker ("a Lockheed Martin-made bomb") or a cause ("pro-Russian")."""
        if origin_only(tok) or sympathy(tok):
            return None
        found = self._bound(tok, b, actors) or self._place_actor(tok, b, actors) or _known_organization(tok, b, actors)
        if found is None and tok.ent_type_ in ("", "NORP") and tok.text[:1].isupper() and tok.pos_ in ("ADJ", "PROPN"):
            code = country_code(tok.text)
            found = country_actor(actors, code) if code else None
        return found

    def place_country(self, text: str, within: Sequence[str] = ()) -> str | None:
        """The country of a place the text names: a city from the gazetteer or a known region; `within`: the
        countries a qualifier after the name allows ("Bountiful, B.C.", see `Gazetteer.lookup`)."""
        place = self.gazetteer.lookup(text, within)
        return place.country if place else REGIONS.get(text.lower().removeprefix("the "))

    def _country_of_place(self, tok: Token, b: int, actors: ActorTable) -> str | None:
        """The country actor of a place named by a country or a city or region in it ("from Lebanon", "from Gaza"),
        added if needed; None for another noun ("from the north", "from their positions")."""
        actor = actors.get(actors.at(b, tok.i) or "")
        if actor is None:
            return self._place_actor(tok, b, actors)
        if actor.kind == "country":
            return actor.id
        # a place the actor dictionaries also list as a body ("Gaza") still names where the fire comes from
        return country_actor(actors, actor.country) if tok.ent_type_ in ("GPE", "LOC") and actor.country else None

    def _country_held_in(self, verb: Token, b: int, actors: ActorTable) -> str | None:
        """The country actor of the place where the people a passive release frees were held ("Two Canadians held in
        China", "who had been detained in Iran"), as the clause on them says; None when it names none."""
        released = _passive_subject(verb)
        for clause in (c for c in (released.children if released is not None else ()) if c.dep_ in ("acl", "relcl")
                       and _lemma(c) in HOLDING_VERBS):
            for place in (_pobj(p) for p in clause.children if p.dep_ == "prep" and p.lower_ == "in"):
                if place is not None and (country := self._country_of_place(place, b, actors)) is not None:
                    return country
        return None

    def _place_actor(self, tok: Token, b: int, actors: ActorTable) -> str | None:
        """A city or region named as an actor stands for its country's government ("Beirut rejected",
        "Washington demanded", "the Bosnian town of Gorazde"): the country actor, added if needed."""
        if tok.ent_type_ not in ("GPE", "LOC") or actors.at(b, tok.i):
            return None
        text = _phrase(tok)
        # the head word alone names the place when the phrase does not ("Greater Beirut"); a landform never does
        # ("the Jordan Valley" is no capital of Anguilla: `Gazetteer.lookup`)
        within = qualified_countries(tok)  # "Sydney, N.S." is Canada's
        place = self.gazetteer.lookup(text, within) or self.gazetteer.lookup(tok.text, within)
        code = place.country if place else REGIONS.get(text.lower().removeprefix("the "))
        if not code:
            return None
        return country_actor(actors, code)

    def _subject(self, verb: Token) -> tuple[Token | None, bool]:
        """The subject of a verb, inherited through conjunction and control; True if passive."""
        if _reduced_passive(verb):
            # "troops sent by Nigeria to Mali", "villages shelled by Turkey", "Attacked by Russia, Ukraine ...": the
            # agent acts on the participle's understood subject
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is not None:
                return _pobj(agent), True
            understood = _passive_subject(verb)
            if _lemma(verb) in STATIVE_PASSIVES or understood is not None and self._moved_forces(understood, verb):
                return understood, False
            return None, True
        if _shared_passive(verb):
            # "was arrested and deported by police": the second participle is passive too, with the shared agent
            agent = next((c for v in (verb, verb.head) for c in v.children if c.dep_ == "agent"), None)
            return (_pobj(agent), True) if agent is not None else (None, True)
        if passive_conjunct(verb) is not None:
            # "has designated the group a terrorist organization and has been attacked by it": the shared subject
            # undergoes the passive conjunct, whose agent does it
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            return (_pobj(agent), True) if agent is not None else (None, True)
        if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj", "pobj", "nsubj") and not any(
                c.dep_ in ("nsubj", "dobj") for c in verb.children) and (doer := next(
                (_pobj(c) for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)) \
                is not None and doer.pos_ in ("NOUN", "PROPN"):
            return doer, False  # "residents reporting shelling by the army": the gerund names its own doer
        if (meant := intent_noun(verb)) is not None and _prevented(meant):
            # "police foiled an attempt to ...", "foiled a Russian plot to ...": the plot's owner, if named, not
            # the one who foiled it
            return _intent_owner(meant), False
        tok = verb
        for _ in range(4):
            if (controller := _controller(tok)) is not None:
                return controller, False
            for child in tok.children:
                if child.dep_ == "nsubj" and tok.dep_ == "relcl" and child.tag_ in ("WDT", "WP"):
                    return tok.head, False  # "Zambia, which has long backed Malawi": the noun the clause is on
                if child.dep_ == "nsubj":
                    # an adjective made a subject beside its noun is a misparse of one phrase ("Sudan's
                    # paramilitary Rapid Support Forces shelled"): the noun is the subject
                    nouns = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "ADJ"]
                    return (nouns[0] if child.pos_ == "ADJ" and nouns else child), False
                if child.dep_ == "nsubjpass":
                    # "was shot and killed by police", "were killed and five wounded by X": the agent after the
                    # last participle is every one's
                    agent = next((c for v in (tok, *(c for c in tok.children if _shared_passive(c)),
                                              *gapped_passives(tok)) for c in v.children if c.dep_ == "agent"), None)
                    if tok is not verb and _active(verb) or agent is None and (
                            _lemma(tok) in STATIVE_PASSIVES or self._moved_forces(child, verb)):
                        # "has been indicted by the court and will resign": the passive subject resigns;
                        # "Serb forces were engaged in ethnic cleansing": they did it; "Turkish troops were
                        # deployed to the border": their country deployed them
                        return child, False
                    return (_pobj(agent), True) if agent is not None else (None, True)
            if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and _lemma(tok) in STANCE_VERBS and _lemma(
                    tok.head.head) in SPEECH_VERBS and self._said_of_matter(tok.head):
                # "the ministry said the attack was a hate crime and urged Swedish authorities to act": a stance
                # the parser joined to the words said of a deed or a matter is the speaker's, not the deed's
                tok = tok.head.head
                continue
            # "Syria says it is willing to withdraw": through the adjective to the clause's subject; "the minister said
            # the drills are a provocation and warned that ...": a clause with no subject after "and", which the
            # parser hung as the first verb's content, is its conjunct
            if (tok.dep_ in ("conj", "xcomp", "advcl", "acomp") or tok.dep_ == "ccomp" and tok.i > 0 and tok.doc[
                    tok.i - 1].lower_ in ("and", "but") and tok.head.i < tok.i) and tok.head.i != tok.i:
                tok = tok.head
                continue
            if (hung := next((c for a in tok.children if a.dep_ == "aux" for c in a.children if c.dep_ == "nsubj"),
                             None)) is not None:
                return hung, False  # "Egypt and Qatar are mediating": the subject hung on the auxiliary
            if tok.dep_ == "attr" and tok.tag_ == "VBG" and _lemma(tok.head) == "be":
                tok = tok.head  # "Qatar is mediating between ...": a progressive parsed as the copula's attribute
                continue
            part = next((o for o in [tok.head.head, *(c for c in tok.head.head.children if c.dep_ == "dobj")]
                         if _lemma(o) in PART_NOUNS), None) if tok.dep_ == "pcomp" and tok.head.lower_ == "in" else None
            if part is not None and tok.tag_ == "VBG":
                # "affirmed Kuwait's position in condemning the attacks" (the "in" on the noun or on the verb), "the
                # role of Qatar in mediating": the one whose part it is; "played a key role in negotiating": the
                # subject of the verb the part is taken by
                owner = next((c for c in part.children if c.dep_ == "poss"), None) or next(
                    (_pobj(c) for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if owner is not None:
                    return owner, False
                if part.dep_ == "dobj":
                    tok = part.head
                    continue
            if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and (
                    tok.head.lower_ in ADVERBIAL_PREPS and tok.head.head.pos_ in ("VERB", "AUX")):
                # "the driver fled after striking a woman", "killed 12 people by detonating a bomb": the gerund's
                # doer is the subject of the clause it is adverbial to
                tok = tok.head.head
                continue
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" and _lemma(tok.head.head) in ISSUING:
                # "issued a declaration demanding that ...": the statement's issuer demands
                tok = tok.head.head
                continue
            if (meant := intent_noun(tok)) is not None:
                # "the pirates' intention of attacking ships", "Putin has no plans to meet Zelensky": the one whose
                # plan it is, or who has it, would act
                if (owner := _intent_owner(meant)) is not None:
                    return owner, False
                if meant.dep_ == "dobj" and _lemma(meant.head) == "have":
                    tok = meant.head
                    continue
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
                return tok.head, False  # "the coalition fighting Houthi rebels": the noun does what its -ing says
            if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                # "Israel's decision to expel", "the attempt by Serbia to annex": the noun's agent does the infinitive
                agent = next((c for c in tok.head.children if c.dep_ == "poss"), None) or next(
                    (_pobj(c) for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                if agent is not None:
                    return agent, False
            if misparsed_finite(tok):
                return tok.head, False  # "A US-led coalition bombed Islamic State positions", the noun made the root
            if tok.dep_ in ("relcl", "acl", "xcomp") and tok.head.dep_ in ("attr", "oprd") and ranked(tok.head) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not any(
                    c.dep_ == "auxpass" for c in tok.children) and tok.head.head.pos_ in ("AUX", "VERB"):
                # "the rebel group is the first to comply", "Ethiopia was the only country to reject the accord": the
                # subject of the copula the noun completes (not of "the second player to be arrested")
                subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    return subj, False
            if tok.dep_ == "relcl":  # "the destination he visited": the head noun is not the subject
                return None, False
            if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "as" and _lemma(
                    tok.head.head) in QUOTING_VERBS and (quoted := next(
                    (c for c in tok.head.head.children if c.dep_ == "dobj"), None)) is not None:
                return quoted, False  # "KCNA quoted Kim Yo Jong as denouncing ...": the one quoted denounces
            if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.lower_ in (
                    "of", "for", "with", "from"):
                # "accused Uganda of backing the rebels", "blamed Kenya for closing the border": the object of
                # the verb above does what the gerund says
                # ("Syria was accused by Turkey of shelling ...": the passive subject)
                obj = gerund_doer(tok.head)
                if obj is not None:
                    return obj, False
            break
        return None, False

    def _said_of_matter(self, clause: Token) -> bool:
        """The clause's subject is a deed or a matter, which voices no stance ("the attack was a hate crime",
        "the decision violates international law")."""
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ and (
            _lemma(subject) in MATTER_NOUNS or bool(self.lexicon.nominal_rules(_lemma(subject))))

    def _reached_countries(self, verb: Token, b: int, actors: ActorTable, previous: CodedMention | None,
                           avoid: frozenset[str]) -> set[str]:
        """The countries of the party an enclosing act is aimed at, when the verb continues it: the object of the
        clause a participle follows ("attacked Ukraine, killing 12 civilians") or the place it hit, or the target of
        an act named as the subject ("an Israeli attack on Gaza killed 12 people")."""
        objects: list[Token] = []
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            objects += [c for c in verb.head.children if c.dep_ == "dobj"]
            objects += [o for c in verb.head.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                        if (o := _pobj(c)) is not None]
            # "struck targets in the Gaza Strip, killing 12 people": the people of the place the act hit
            objects += [o for t in (verb.head, *(c for c in verb.head.children if c.dep_ == "dobj"))
                        for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                        if (o := _pobj(c)) is not None and o.ent_type_ in ("GPE", "LOC")]
        for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
            # "the attack on Gaza"; "Israel's shelling of Gaza": beside a possessor, "of" names what is acted on
            preps = ("on", "against", "of") if any(c.dep_ == "poss" for c in subj.children) else ("on", "against")
            objects += [o for c in subj.children if c.dep_ == "prep" and c.lower_ in preps
                        if (o := _pobj(c)) is not None]
        if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children) and (
                hostile_act_of(verb.head) is not None):
            # "an attack on a market in northern Israel that killed five people": the people of the place it hit
            objects.append(verb.head)
        found = [a for o in objects for a in self._actors_of(o, b, actors, previous) if a not in avoid]
        return {p.country for p in (self._participant(a, actors) for a in found) if p.country is not None}

    def _moved_forces(self, subject: Token, verb: Token) -> bool:
        """A passive deployment, withdrawal or dispatch of forces: the forces' side is the actor (not of a release:
        "20 soldiers were freed")."""
        rules = [rule for rule, _ in self.lexicon.verbs.get(_lemma(verb), [])]
        if any(rule.mode == "release" and _lemma(subject) in rule.objects for rule in rules):
            return False  # "40 soldiers were released", "were returned": people a release names, whoever's
        types = {rule.type for rule in rules if rule.mode != "release"}
        return _lemma(subject) in FORCE_NOUNS and bool(types & self.lexicon.policy.moved_force)

    def _targets(self, trig: Trigger, b: int, actors: ActorTable, previous: CodedMention | None,
                 avoid: frozenset[str] = frozenset(),
                 people: Callable[[Token], str] | None = None) -> tuple[list[str], Token | None]:
        """The event's target; actors in `avoid` (the source) are skipped, so that "reneged on his
        commitment to the Zambian people" looks past "his" to the people. `people` makes the actor of unnamed
        people named by the direct object ("freed prisoners from a jail in X"): they are the target before
        anything found inside a prepositional phrase's noun or a place, but not before a named party of the verb's
        own ("sent doctors to Haiti")."""
        rule, word, governor = trig.rule, trig.word, trig.governor

        # Common-noun groups ("offered its troops to X") wait for a named target elsewhere in the clause; they
        # still come before a place's country ("fired on protesters in Cizre": the protesters).
        deferred: list[tuple[list[str], Token | None]] = []

        def named(found: list[str], tok: Token | None) -> list[str]:
            if tok is not None and tok.dep_ == "dobj" and _lemma(tok) not in FORCE_NOUNS and found and all(
                    (a := actors.get(x)) is not None and a.country_basis == "nationality" for x in found):
                # "warned the German government", "arrested Turkish lawmakers": a group its own words place in a
                # country is a party by itself when it is the object
                return found
            if found and tok is not None and addressee(tok):
                return found  # "urged the government to expel ...": the party asked, whoever the act names
            if found and all((a := actors.get(x)) is not None and a.kind == "group" for x in found):
                # "deployed troops to the border": the forces a side moves are its own, not the target (those
                # it frees are: "freed 20 soldiers"; so are another party's that it trains or arms: "trained
                # Malian soldiers")
                moved = rule.type in self.lexicon.policy.moved_force and rule.mode != "release" \
                    and not rule.objects_of_another
                force = counted_noun(tok) if tok is not None else None  # "deployed dozens of warships"
                if not (force is not None and (_lemma(force) in FORCE_NOUNS or _lemma(force) in rule.objects)
                        and moved):
                    deferred.append((found, tok))
                return []
            return found

        def nested(tok: Token, preps: tuple[str, ...]) -> list[str]:
            return named(self._nested_actors(tok, preps, b, actors, previous, avoid=avoid), tok)

        def actors_of(tok: Token | None) -> list[str]:
            if tok is not None and _lemma(tok) in BORDER_NOUNS and (across := nested(tok, ("with",))):
                return across  # "to Afghanistan's border with Pakistan": the party across it, not its owner
            return named(_skip_source(self._actors_of(tok, b, actors, previous), tok, avoid, b, actors), tok)

        def owner_of(act: Token) -> list[str]:
            """The party named as the act's possessor ("President Boluarte's cuts")."""
            return next((found for c in act.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                         if (found := actors_of(c))), [])

        def message_to() -> tuple[list[str], Token] | None:
            """"conveyed the greetings of President Putin to Kim": a message goes to its "to" party; its "of" names
            whose it is (the sender), never the one it is aimed at."""
            # "sent a cable of congratulations to President X": the parser may hang the "to" on the message's "of"
            messages = [o for o in governor.children if o.dep_ == "dobj" and _lemma(o) in WORDS_GIVEN]
            holders = [governor, *messages, *(p for m in messages for c in m.children if c.dep_ == "prep"
                                              and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]
            for prep in (c for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
                if (to_whom := _pobj(prep)) is not None and (found := actors_of(to_whom)):
                    return found, to_whom
            host = governor.head.head if governor.dep_ == "relcl" and governor.head.dep_ == "dobj" else None
            if messages and host is not None and _lemma(host) in RECEIVING_VISITORS:
                # "the Amir received Safadi, who conveyed a message from the King": it goes to the host
                for subject in (c for c in host.children if c.dep_ == "nsubj"):
                    if found := actors_of(subject):
                        return found, subject
            return None

        if rule.type in ("ASSAULT", "COERCE") and word is governor and (
                aimed_at := aimed_phrase(governor)) is not None and (
                found := actors_of(aimed_at) or [m for c in aimed_at.children if c.dep_ in ("amod", "compound")
                                                 and (m := self._modifier_actor(c, b, actors)) and m not in avoid]):
            # "opened fire in the direction of the Azerbaijani positions"; "detained 47 suspects in operations
            # against the Daesh terrorist group": unnamed people held in a campaign against a party are its own
            # (not things: "seized three towns in an offensive against the rebels")
            return found, aimed_at
        if rule.type == "ACCUSE" and (act := condemned_act(word, governor)) is not None and (
                agent := attack_agent(act) or stranded_agent(act)) is not None:
            # "condemned the Houthi attack on a Saudi oil facility", "denounced the bombing of the mosque by ISIS":
            # the ones condemned are those who did it (its "by" agent, possessor or named modifier), not the victims
            if agent.dep_ in ("amod", "compound", "nmod") and (modifier := self._modifier_actor(agent, b, actors)):
                # "the U.S. and British airstrikes": each modifier joined to the first
                joined = [a for c in agent.children if c.dep_ == "conj" and (a := self._modifier_actor(c, b, actors))]
                return named([a for a in dict.fromkeys([modifier, *joined]) if a not in avoid], agent), agent
            if found := actors_of(agent):
                return found, agent
        if rule.type in ("REJECT", "AGREE") and word is governor and (
                author := answered_author(governor)) is not None and (found := actors_of(author)):
            # "rebuffed an invitation from the African Union to talks in Nairobi": the one answered made it
            return found, author
        protest = word if word is not governor else None
        if rule.type == "PROTEST" and (aim := protest_aim(governor, protest)) is not None and (
                found := owner_of(aim) or actors_of(aim) or nested(aim, OBJECT_PREPS)):
            # "blocked motorways in protest at the government's fuel taxes", "in protest against remarks by Macron",
            # "marched against President Boluarte's cuts" (hers, not her country's)
            return found, aim
        if rule.type == "PROTEST" and word is governor:
            # "rallied outside parliament for a fourth day against the prime minister": an "against" the parser hung
            # on a word of the clause other than the verb still names whom the protest is aimed at, before the place
            for aim in (_pobj(t) for t in governor.subtree if t.dep_ == "prep" and t.lower_ == "against"
                        and t.head.i != governor.i and not _within_relative(t, governor)):
                if aim is not None and (found := actors_of(aim)):
                    return found, aim
        heads = [word] if word is governor else [word, governor]
        if "with" in rule.target_preps:
            # "discussed the crisis in Syria with the leaders of France": the partner, not the topic's place; "held
            # talks in Bishkek with X" on the light verb's meeting noun, whichever word the trigger is
            meetings = [c for c in governor.children if c.dep_ == "dobj" and c.i != word.i and (
                _lemma(c) in MEETING_NOUNS or c.lower_ in MEETING_NOUNS)] if word is not governor else []
            for prep in [*partner_phrases(word), *(c for m in meetings for c in m.children
                                                   if c.dep_ == "prep" and c.lower_ == "with")]:
                found = actors_of(_pobj(prep))
                if found:
                    return found, _pobj(prep)
        direct_people: Token | None = None  # "freed prisoners": unnamed people as the direct object

        def holders_of(unnamed: Token) -> str:
            """The actor of unnamed people; those holding a place take the country of where it is, or of where the
            act is, when the rest of the article gave them none ("attacked an army checkpoint in Sinai": Egypt's
            army; "attacks on military targets in Yemen's south": Yemen's military)."""
            assert people is not None
            actor_id = people(unnamed)
            actor = actors.get(actor_id)
            # the place they hold is the noun `held_by_people` found them on
            holder = held_by_people(unnamed.head)
            places = [unnamed.head, *heads] if holder is not None and holder.i == unnamed.i else []
            for place in places:
                if actor is None or actor.country is not None:
                    break
                where = {c for a in self._nested_actors(place, tuple(sorted(LOCATIVE_PREPS)), b, actors, previous)
                         if (c := self._participant(a, actors).country)}
                if len(where) == 1:
                    actor.country, actor.country_basis = where.pop(), "inherited"
            return actor_id
        if rule is JOINT_ACT_RULE and (partner := joint_partner(governor)) is not None and (
                found := actors_of(partner)):
            return found, partner  # "carried out a campaign in partnership with the WHO"
        for prep in (c for c in governor.children if c.dep_ == "prep" and c.lower_ in rule.destination_preps):
            # "extradited a Russian suspect to the United States", "handed two suspects to Somali authorities"
            if found := _skip_source(self._actors_of(_pobj(prep), b, actors, previous), _pobj(prep), avoid, b, actors):
                return found, _pobj(prep)
        if rule.destination_preps:
            return [], None  # "extradited from Utah to Texas": no party it goes to, and the one moved is none
        raised = _raised_object(governor) if word is governor and rule.kind == "verb" else None
        # "received on Wednesday Iranian Ambassador X": the name the parser hung on the date is the object
        called = swallowed = None
        if raised is None and word is governor:
            called = named_object(governor)
            swallowed = object_after_adjunct(governor) or modified_object(governor) or called
        raised = raised or swallowed
        if rule.type == "MOBILIZE" and word is governor and (foe := mobilized_against(governor)) is not None and (
                found := actors_of(foe)):
            return found, foe  # "massed tanks on the border ahead of an operation against the PKK"
        if word is not governor and possessor_undergoes(rule, word):
            # "a court ordered the tanker's release", "condemned the journalist's arrest": the one it is done to
            for poss in (c for c in word.children if c.dep_ == "poss"):
                found = actors_of(poss)
                if found:
                    return found, poss
        if word is not governor and _lemma(word) in WORDS_GIVEN and (sent := message_to()) is not None:
            return sent  # the message is the trigger ("conveyed ... greetings")
        for head in heads:
            for child in [*head.children, *([raised] if raised is not None and head is word else [])]:
                # "gave X permission"; "subjected Gaza to a blockade", "placed him under arrest"
                indirect = word is not governor and head is governor and (child.dep_ == "dative" or (
                    child.dep_ == "dobj" and word.dep_ == "dobj" and child.i < word.i) or child.dep_ == "dobj" and (
                    result_phrase(word, governor) or joined_in(word, governor)))
                if child.dep_ == "dobj" and word is governor and _lemma(governor) in WIELDING_VERBS and (
                        _lemma(child) in INSTRUMENT_NOUNS):
                    # the instrument: what it is aimed at is in a phrase of the verb or of the weapon's own
                    # ("used drones against Ukraine", the "against" hung on the drones, or on the last of them:
                    # "launched 120 missiles and 90 drones at Ukraine")
                    for weapon in (child, *(c for c in child.children if c.dep_ == "conj")):
                        if found := nested(weapon, AIMING_PREPS):
                            return found, weapon
                    continue
                if (child.dep_ in ("dobj", "dative") or child is swallowed) and (
                        word is governor or indirect) and not rule.target_is_place:
                    # the light verb's indirect object: "granted the agency permission", "paid Kim a visit"
                    recipient = stranded_recipient(governor, child) if (
                        word is governor and child.dep_ == "dobj" and not self._animate(child, b, actors)) else None
                    # "returned a pendant engraved with the image of Peter the Great to Russia": the recipient
                    # before anything the object's own phrase names, when the object is a thing (a captured
                    # commander "hiding in a tunnel from Gaza" is the party acted on)
                    found = actors_of(recipient) if recipient is not None else []
                    if found:
                        return found, recipient
                    if own_envoy(child):
                        found = nested(child, POSTING_PREPS)  # "recalled its ambassador to Somalia": Somalia
                        if not found and head is governor:
                            # "has withdrawn its envoy to Mexico", the phrase hung on the verb
                            found = named([a for a in self._prep_actors(head, POSTING_PREPS, b, actors, previous)
                                           if a not in avoid], None)
                        if found:
                            return found, child
                        continue  # its own envoys are no target; a "from X" of the verb may name it
                    # "left a White House meeting with Trump", "cancelled talks with X": the partner of the meeting
                    partner = partner_of_meeting(child)
                    found = actors_of(partner) if partner is not None else []
                    if found:
                        return found, partner
                    if people is not None and child.dep_ == "dobj" and rule.kind == "verb" and (
                            holders := held_by_people(child)) is not None:
                        direct_people = holders  # "shelled rebel positions in Idlib"
                        continue
                    found = actors_of(child)
                    if not found and child.dep_ == "dobj" and child.lower_ in ("him", "her") and any(
                            c.dep_ == "xcomp" and c.i > child.i for c in governor.children) and any(
                            c.dep_ == "nsubj" and actors.at(b, c.i) is not None for c in governor.children) and not any(
                            t.lower_ in ("he", "she", "his", "her") for t in child.doc[child.sent.start:child.i]) and (
                            person := self._person_before(b, child.sent.start, actors, avoid)) is not None:
                        # "Kim Jong Un asked him to convey his greetings to Putin" after a sentence naming Shoigu:
                        # the one asked to act, a person named before (not the subject of its own clause)
                        return [person], child
                    if not found and child.dep_ == "dobj" and child.lower_ == "them" and governor.dep_ == "advcl" and (
                            governor.tag_ == "VBG") and (acted_on := self._main_object(governor.head, b, actors,
                                                                                      previous, avoid)):
                        # "imposed sanctions on two RSF commanders, accusing them of atrocities": the ones the main
                        # clause acted on, not a noun of the "of" clause
                        return acted_on, child
                    if not found and people is not None and child.dep_ == "dobj" and rule.kind == "verb" and (
                            unnamed := _people_noun(child)) is not None and not self._moved_force(rule, unnamed):
                        direct_people = unnamed
                        continue
                    if not found and child.dep_ == "dobj" and _lemma(child) in WORDS_GIVEN and (
                            sent := message_to()) is not None:
                        return sent  # the message is the verb's object
                    if not found and (child.pos_ in ("NOUN", "VERB", "ADJ") or _amount(child)):
                        # "rejected an appeal from X", "evacuated the wounded from X", "demanded the removal of X",
                        # "lifted a blockade on X",
                        # "suspended part of a military aid program for Bosnia"
                        found = nested(child, OBJECT_PREPS)
                    if not found and child.dep_ == "dobj" and rule.type in self.lexicon.policy.moved_force:
                        # "deployed dozens of warships around Taiwan": where the forces go, the phrase hung on them
                        found = nested(child, tuple(rule.target_preps))
                    # the naming verb's phrase: "condemned what it called a manoeuvre by China"
                    naming = child.head if called is not None and child.i == called.i else None
                    if not found and (child.dep_ == "dobj" or naming is not None) and child.pos_ == "NOUN" and (
                            doers := _object_agent(naming or governor, child)) is not None:
                        # "denounced the joint drills by Seoul and Washington", the "by" hung on the active verb
                        found = actors_of(doers)
                    if found and rule.type in self.lexicon.policy.speech_act and (
                            recipient := message_recipient(governor)) is not None and self._own_side(
                            found, avoid, actors) and (addressed := actors_of(recipient)):
                        # "wrote to the African Union demanding the release of Kenyan soldiers": asked of the AU
                        return addressed, recipient
                    if found:
                        return found, child
            # "a mediation effort between X and Y": the noun a trigger modifies carries its arguments
            owners = [head, head.head] if head is word and head.dep_ == "compound" else [head]
            aimed_preps = set(rule.target_preps) | (frame_preps(head) if word is governor and rule.kind == "verb"
                                                    else set())
            for child in (c for h in owners for c in h.children):
                if (child.dep_ in ("prep", "dative") or child.dep_ == "advmod" and any(
                        c.dep_ == "prep" for c in child.children)) and child.lower_ in aimed_preps:
                    if deferred and child.lower_ in LOCATIVE_PREPS:
                        return deferred[0]  # "detained protesters in Nairobi": the people, not the city's country
                    # "walked out of talks with X", "walked away from talks with X": a preposition of two words
                    obj = _pobj(child) or _pobj(next((c for c in child.children if c.dep_ == "prep"), None))
                    if obj is not None and obj.i == word.i and result_phrase(word, governor):
                        continue  # "held civilians as human shields in Raqqa": the act, whose place is no party
                    if obj is not None and child.lower_ in CHANNEL_PREPS and _lemma(obj) in CHANNEL_NOUNS and (
                            _lemma(governor) in SPEECH_VERBS or _lemma(governor) in STANCE_VERBS):
                        continue  # "said on state television": the medium (not "an attack on an oil platform")
                    if (partner := partner_of_meeting(obj)) is not None and (found := actors_of(partner)):
                        return found, partner  # "walked out of a Brussels meeting with X"
                    if direct_people is not None and people is not None and (
                            obj is None or not obj.ent_type_ and actors.at(b, obj.i) is None
                            or child.lower_ in LOCATIVE_PREPS):
                        # "freed prisoners from a jail in X": a party only nested in the phrase comes after them;
                        # "kidnapped a lawmaker in Abuja": the place it happened in, too
                        return [holders_of(direct_people)], direct_people
                    if people is not None and obj is not None and (holders := held_by_people(obj)) is not None:
                        return [holders_of(holders)], holders  # "fired rockets at rebel positions in Idlib"
                    if deferred and obj is not None and obj.pos_ == "NOUN" and not self._animate(obj, b, actors):
                        # "accused the army of a massacre in Tigray", "blamed the police for the deaths in Nairobi":
                        # the people named as the object, not a party in the phrase of a thing
                        return deferred[0]
                    found = actors_of(obj)
                    if not found and obj is not None and obj.pos_ == "NOUN" and not rule.target_is_place:
                        # "reneged on his commitment to the Zambian people"
                        found = nested(obj, OBJECT_PREPS)
                    if rule.type in ANSWERING_TYPES and rule.mode != "investigate" and found and obj is not None and (
                            obj.pos_ == "NOUN" and self.lexicon.nominal_rules(_lemma(obj))
                            and self._own_side(found, avoid, actors)):
                        # "protested against the expulsion of a Russian diplomat": an act's "of" names whom it was
                        # done to, and one's own are not whom one protests at (an inquiry into an act of one's own
                        # side is aimed at it)
                        found = []
                    if found:
                        return found, obj
                    if people is not None and obj is not None and child.lower_ in AIMING_PREPS and (
                            unnamed := _people_noun(obj)) is not None and rule.type in HOSTILE_TYPES:
                        return [people(unnamed)], unnamed  # "fired tear gas at the youths": unnamed people aimed at
                    if obj is not None and rule.target_is_place:
                        if deferred:
                            return deferred[0]
                        place = self.gazetteer.lookup(_phrase(obj))
                        if place and place.country and actors.get(place.country):
                            return [place.country], obj
        if word is governor and any(_amount(o) for o in governor.children if o.dep_ == "dobj"):
            # "pledged 10 million dollars in humanitarian assistance to Sudan", the "in" hung on the verb
            for given in (_pobj(c) for c in governor.children if c.dep_ == "prep" and c.lower_ == "in"):
                if given is not None and given.pos_ == "NOUN" and (found := nested(given, rule.target_preps)):
                    return found, given
        for scope in (c for h in (governor, *(o for o in governor.children if o.dep_ == "dobj"))
                      for c in h.children if c.dep_ in ("advcl", "acl") and _lemma(c) == "target"):
            # "imposed sanctions targeting Venezuelan officials": the measure's scope names whom it is aimed at
            for obj in (c for c in scope.children if c.dep_ == "dobj"):
                found = actors_of(obj) or nested(obj, OBJECT_PREPS)
                if found:
                    return found, obj
        for aside in (c for c in governor.children if c.dep_ in ("advcl", "acl") and c.tag_ in ("VBG", "VBN")
                      and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)):
            # "returned a painting, missing since 1945, to Poland": the parser hangs the verb's phrase after a
            # comma on the aside before it
            for prep in (c for c in aside.children if c.dep_ == "prep" and c.lower_ in rule.target_preps
                         and c.lower_ not in LOCATIVE_PREPS and c.i > 0 and c.doc[c.i - 1].text == ","):
                found = actors_of(_pobj(prep))
                if found:
                    return found, _pobj(prep)
        if word is not governor and avoid and "of" not in rule.target_preps:
            # "voiced his strong support of President X", "condemnation of X": with the actor named by the light
            # verb's subject, the "of" of the event noun is what the event is aimed at
            for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
                found = actors_of(_pobj(prep))
                if found:
                    return found, _pobj(prep)
        if rule.type == "THREATEN":
            # "threatened to strike unless Israel rescinded ...", "... if the United States goes ahead"; "warned
            # that its forces will respond if the US continues ...": the condition in the words of the warning, when
            # the act warned of names no party acted on ("warned they would attack government troops if ...": the
            # troops, below); in a passive condition, its agent: "unless political prisoners were released" asks
            # those who hold them, not the prisoners
            contents = [x for x in governor.children if x.dep_ == "xcomp" or x.dep_ == "ccomp" and not any(
                o.dep_ == "dobj" and actors_of(o) for o in x.children)]
            for clause in (c for v in (governor, *contents) for c in v.children if c.dep_ == "advcl"):
                if marked_by(clause, CONDITION_MARKS):
                    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) or next(
                        (_pobj(c) for c in clause.children if c.dep_ == "agent"), None)
                    found = actors_of(subj)
                    if found:
                        return found, subj
        dative = next((c for c in governor.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")), None)
        if rule.type in self.lexicon.policy.speech_act and dative is not None and (
                recipients := _skip_source(self._actors_of(dative, b, actors, previous), dative, avoid, b, actors)):
            # "gave the junta an ultimatum to reinstate Bazoum", "gave Kyiv permission to strike Russia": the one given
            # the demand or the leave, not a party of what it asks for
            return recipients, dative
        if rule.type in self.lexicon.policy.speech_act:
            # "demanded that the US cancel ...", "warned that police will ...": the subject of the content; an event
            # noun's infinitive is its content as a verb's is ("Russia's refusal to meet Ukrainian negotiators")
            for child in [*governor.children, *(word.children if word is not governor else ())]:
                if rule.type == "THREATEN" and child.dep_ == "ccomp" and (answer := retaliation(child)) is not None:
                    # "said Moscow will give an appropriate answer to Warsaw": aimed at whom it answers, never at the
                    # side that answers
                    found = list(dict.fromkeys(a for h in (answer, child) for a in nested(h, ("to",))))
                    if found:
                        return found, answer
                    continue
                if child.dep_ in ("ccomp", "xcomp") or noun_infinitive(child):
                    subj = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    found = actors_of(subj)
                    aimed = [a for c in child.children if c.dep_ == "dobj" for a in nested(c, ("against",))] \
                        if rule.type == "THREATEN" and found else []
                    if aimed and not set(aimed) & set(found):
                        # "warned that the DPRK will take countermeasures against any hostile act by the U.S.": what
                        # the clause's subject would do is aimed against the threatened party, whoever speaks
                        found = aimed
                    elif rule.type == "THREATEN" and found and subj is not None and any(
                            c.dep_ == "dobj" for c in child.children) and (self._own_side(found, avoid, actors) or any(
                            c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subj.children)):
                        # "Gallant warned that Israel would return Lebanon to the Stone Age", "warned that his
                        # fighters would resist any foreign force": the speaker's own side acts; the threat is aimed
                        # at the one it would act on (below), never at the speaker's own
                        found = []
                    if not found and child.dep_ in ("xcomp", "acl"):
                        # "offered to send troops to help X": groups (the troops) wait for a named party
                        preps = rule.target_preps + ("to", "on", "against", "from")
                        found = named([a for a in self._prep_actors(child, preps, b, actors, previous, direct=True)
                                       if a not in avoid], None)
                    if not found and rule.type == "THREATEN":
                        # "warned they would attack government forces if ...", "warned it would strike Israeli towns":
                        # a threat is aimed at the one the act threatened is done to
                        for obj in (c for c in child.children if c.dep_ == "dobj"):
                            found = actors_of(obj) or named([a for m in obj.children if m.dep_ in ("amod", "compound")
                                                             and (a := self._modifier_actor(m, b, actors))
                                                             and a not in avoid], obj)
                            if found:
                                break
                    if not found:
                        # "promised to continue military aid to Mozambique", "refusing to lift the curfew on X",
                        # "warned that police will no longer tolerate rallies by the Kifaya group"
                        for obj in (c for c in child.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
                            found = nested(obj, OBJECT_PREPS)
                            if found:
                                break
                    if not found and child.dep_ in ("xcomp", "acl"):
                        # "refused to commit to any direct assistance to the US-led war"
                        found = nested(child, OBJECT_PREPS)
                    if not found and child.dep_ in ("xcomp", "acl"):
                        # "agreed to open its borders for aid trucks to enter Afghanistan", "refused to allow
                        # flights out of Afghanistan": the first party the agreed or refused act names, not one a
                        # condition would see done to ("threatened to execute the hostages unless prisoners were
                        # released": those who hold them are asked, not the prisoners)
                        patients = {t.i for c in child.subtree if c.dep_ == "advcl" and marked_by(c, CONDITION_MARKS)
                                    for p in c.children if p.dep_ == "nsubjpass" for t in p.subtree}
                        for tok in (t for t in child.subtree if t.i != child.i and not _within_relative(t, child)
                                    and t.i not in patients):
                            if actors.at(b, tok.i) is not None or tok.ent_type_ in ("GPE", "LOC"):
                                # a modifier through its noun, which lists the others ("Ethiopian, Mozambican and
                                # South African troops")
                                noun = tok.head if tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN" else tok
                                found = actors_of(noun) or actors_of(tok)
                                if found:
                                    subj = tok
                                    break
                    if found and (recipient := message_recipient(governor)) is not None and self._own_side(
                            found, avoid, actors) and (addressed := actors_of(recipient)):
                        # "sent a letter to the WHO threatening to pull US funding": the message is to the WHO; the
                        # content names only the sender's own side
                        return addressed, recipient
                    if found:
                        return found, subj
            if (recipient := message_recipient(governor)) is not None and (found := actors_of(recipient)):
                return found, recipient  # "wrote to the Security Council demanding an inquiry"
        for clause in (c for h in heads for c in h.children if c.dep_ in ("advcl", "ccomp", "acl", "xcomp")):
            # "gave approval for the UN to deliver aid", "pushed for the government to resign": who is to act
            if marked_by(clause, ("for",)):
                subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                found = actors_of(subj)
                if found:
                    return found, subj
        for clause in (c for c in governor.children if c.dep_ in ("advcl", "xcomp")
                       and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")):
            # "opened the bridge to allow the delivery of grain to Afghanistan": the purpose names the target; "sent
            # troops to help Mali fight the jihadists": the one helped, the subject of what it is helped to do
            helped = [s for c in clause.children if c.dep_ in ("ccomp", "xcomp") and _lemma(clause) in HELPING_VERBS
                      for s in c.children if s.dep_ == "nsubj"]
            for obj in [*(c for c in clause.children if c.dep_ == "dobj"), *helped]:
                found = actors_of(obj) or (nested(obj, OBJECT_PREPS) if obj.pos_ == "NOUN" else [])
                if found:
                    return found, obj
        if word is governor and rule.kind == "verb" and word.dep_ in ("relcl",) and word.head.pos_ != "VERB" and not (
                any(c.dep_ == "nsubjpass" and _people_noun(c) is not None for c in word.children)) and not any(
                c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") or c.tag_ == "WRB" for c in word.children):
            # "the village that Israel bombed", "Palestinians whose homes were destroyed" (the owners); not "the woman
            # whose son was killed": the son, a person of his own, is the patient; nor "a raid on a village that
            # killed ten people": the noun the clause is on is its subject; nor "the hospital where she died": the
            # place where it happened
            found = actors_of(word.head)
            if found:
                return found, word.head
        if direct_people is not None and people is not None:
            return [holders_of(direct_people)], direct_people
        if not deferred and word is governor and rule.type in REACTION_TYPES and previous is not None and (
                move := act_referred_to(governor)) is not None and (
                previous.block == b and previous.governor >= word.doc[max(word.sent.start - 1, 0)].sent.start
                or previous.block == b - 1 and word.sent.start == 0):
            # "Venezuela expelled the Spanish ambassador. Madrid condemned the move.": aimed at who made it (in this
            # sentence or the one before, which wire copy puts in a paragraph of its own)
            # a reaction before it to the same act ("the EU regretted the decision") passes on whom it was aimed at
            chained = previous.event.type in REACTION_TYPES and act_referred_to(word.doc[previous.governor]) is not None
            found = [p.actor_id for p in (previous.event.target if chained else previous.event.source)
                     if p.actor_id not in avoid]
            if found:
                return found, move
        if not deferred and word is governor and (rule.type in JOINT_TYPES or mutual_act(trig)) and (
                partner := meeting_partner(governor)) is not None and (found := actors_of(partner)):
            # "in a meeting with Mulroney, Reagan agreed to ...": agreed with the one met
            return found, partner
        if not deferred and rule.clause_words and word is governor:
            # "declared the Russian embassy employee persona non grata": the parser makes the one declared the
            # subject of a small clause
            for clause in (c for c in governor.children if c.dep_ in ("ccomp", "xcomp")):
                subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if found := actors_of(subj):
                    return found, subj
        if not deferred and rule.type in HOSTILE_TYPES and {
                c.dep_ for c in governor.children} & {"nsubj", "nsubjpass"} == {"nsubj"}:
            # "Seoul would take countermeasures if Pyongyang continued the provocations": an active act with its own
            # subject is aimed at the one whose act the condition names (a passive one has its patient)
            condition = next((c for c in governor.children if c.dep_ == "advcl" and marked_by(c, CONDITION_MARKS)),
                             None)
            subj = next((c for c in condition.children if c.dep_ == "nsubj"), None) if condition is not None else None
            if found := actors_of(subj):
                return found, subj
        if not deferred and rule.type in HOSTILE_TYPES and word is governor and (
                prompter := prompting_party(governor)) is not None and (found := actors_of(prompter)):
            return found, prompter  # "China launched drills, prompting Taipei to deploy ships": aimed at China
        return deferred[0] if deferred else ([], None)

    def _nested_actors(self, noun: Token, preps: tuple[str, ...], b: int, actors: ActorTable,
                       previous: CodedMention | None, depth: int = 0, avoid: frozenset[str] = frozenset()) -> list[str]:
        """Actors in a noun's prepositional phrases, through nouns and clauses that name no actor ("a
        suspension of air links with Serbia", "about 70 million dollars of aid for Romania and Poland",
        "an invitation to attend a meeting of Palestinian factions", "hackers capable of launching cyber
        warfare against the United States")."""
        for child in noun.children:
            if child.dep_ == "prep" and names_sender(child):
                continue  # "a message from King Abdullah" names its sender, never whom it goes to
            if child.dep_ == "prep" and child.lower_ in preps:
                obj = _pobj(child)
            elif child.dep_ == "dobj" and noun.pos_ in ("VERB", "AUX"):
                obj = child
            elif child.dep_ == "prep" and child.lower_ == "in" and depth < 3 and _amount(noun) and (
                    (given := _pobj(child)) is not None and given.pos_ == "NOUN"):
                # "10 million dollars in humanitarian assistance to Sudan": what an amount is of is named by "in",
                # whose own phrase names the party (a place "in" would be no party)
                found = self._nested_actors(given, preps, b, actors, previous, depth + 1, avoid)
                if found:
                    return found
                continue
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
                # "along the border with Kosovo": a border's "with" names the party across it
                inner = (*preps, "with") if _lemma(obj) in BORDER_NOUNS else preps
                found = self._nested_actors(obj, inner, b, actors, previous, depth + 1, avoid)
            if found:
                return found
        return []

    def _prep_actors(self, tok: Token, preps: tuple[str, ...], b: int, actors: ActorTable,
                     previous: CodedMention | None, direct: bool = False) -> list[str]:
        """Actors in `tok`'s prepositional phrases (and, with `direct`, its direct object); common-noun groups
        only when nothing named is there ("offered to send troops to Uganda": Uganda)."""
        groups: list[str] = []
        for child in tok.children:
            found = []
            if direct and child.dep_ in ("dobj", "dative"):
                found = self._actors_of(child, b, actors, previous)
            if not found and child.dep_ in ("prep", "dative", "agent") and child.lower_ in preps:
                found = self._actors_of(_pobj(child), b, actors, previous)
            if found and all((a := actors.get(x)) is not None and a.kind == "group" for x in found):
                groups = groups or found
            elif found:
                return found
        return groups

    def _own_side(self, found: list[str], sources: frozenset[str], actors: ActorTable) -> bool:
        """Every actor found is of the country of one of the sources."""
        own = {self._participant(a, actors).country for a in sources} - {None}
        return bool(own) and all(self._participant(a, actors).country in own for a in found)

    def _moved_force(self, rule: Rule, people: Token) -> bool:
        """The people are forces their side moves ("deployed hundreds of fighters to the border"), no target."""
        return rule.type in self.lexicon.policy.moved_force and rule.mode != "release" and (
            _lemma(people) in FORCE_NOUNS or _lemma(people) in rule.objects)

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
        antecedent = subject if rule.kind == "verb" and not passive and subject is not None and (
            trig.governor.dep_ == "relcl" and subject.i == trig.governor.head.i) else None
        if antecedent is not None and (act := hostile_act_of(antecedent)) is not None:
            # "claimed responsibility for an attack on an outpost in northern Iraq that killed two soldiers": the
            # attack's agent killed them, not the outpost or the place the clause was hung on
            source_ids = self._actors_of(attack_agent(act), b, actors, previous) or source_ids
        if antecedent is not None and (author := document_author(antecedent)) is not None:
            # "two senators introduced a bill that would sanction Turkish officials": who wrote or adopted the bill
            # acts through it
            source_ids = self._actors_of(author, b, actors, previous) or source_ids
        if rule.mode == "visit" and subject is not None and _lemma(subject) in VEHICLES:
            # "a plane carrying the Lebanese delegation arrived in Doha": the visitors are the ones carried; "buses
            # carrying the released prisoners arrived": no party visits
            carried = [o for c in subject.children if c.dep_ == "acl" for o in c.children if o.dep_ == "dobj"]
            source_ids = [a for o in carried for a in self._actors_of(o, b, actors, previous)
                          if (actor := actors.get(a)) is not None and actor.kind != "group"]
            if not source_ids:
                return None
        pair_target: list[str] = []
        if rule.kind == "noun" and subject in (None, trig.word) and (pair := _hyphen_pair(trig.word)) is not None:
            # "the US-China talks": the first party is the source, the second the target
            first = self._actors_of(pair[0], b, actors, previous)
            pair_target = [a for a in self._actors_of(pair[1], b, actors, previous) if a not in first]
            if first and pair_target:
                source_ids = first
            else:
                pair_target = []
        if not source_ids and rule.kind == "noun":
            # "Ryzhenkov's trip", "the first visit ... by a Belarusian foreign minister", "the ASEAN meeting"; beside
            # a "by" agent the possessor is the one acted on ("Navalny's arrest by police")
            by_agent = any(c.dep_ == "prep" and c.lower_ == "by" for c in trig.word.children)
            for child in trig.word.children:
                if child.dep_ == "poss" and by_agent:
                    pair_target = pair_target or self._actors_of(child, b, actors, previous)
                elif child.dep_ in ("poss", "compound", "nmod", "amod"):
                    # "a Saudi-led strike": the one leading acts
                    leaders = [g for g in child.children if g.dep_ in ("npadvmod", "compound", "amod")
                               and g.i < child.i] if _lemma(child) == "lead" else [child]
                    source_ids += [a for leader in leaders for a in self._actors_of(leader, b, actors, previous)]
                if child.dep_ == "prep" and child.lower_ == "by":
                    source_ids += self._actors_of(_pobj(child), b, actors, previous)
                if child.dep_ == "prep" and child.lower_ == "of" and not source_ids and not by_agent \
                        and possessor_acts(rule) and "of" not in rule.target_preps:
                    # "the visit of the Indian minister"; not "the commutation of the sentence of the activist",
                    # "the release of X", "the shelling of Kharkiv": the object of an act done to someone is its
                    # target, as it is beside a "by" agent ("the killing of civilians by the army")
                    source_ids += self._actors_of(_pobj(child), b, actors, previous)
            if not source_ids and not by_agent and (agent := stranded_agent(trig.word)) is not None:
                # "the expulsion of three diplomats by Estonia", the "by" hung on the diplomats
                source_ids = self._actors_of(agent, b, actors, previous)
        if not source_ids and rule.mode == "visit" and trig.word is trig.governor and (
                visitors := self._visitor_of_setting(trig.word, b, actors, previous)):
            source_ids = visitors  # "met Putin during an official visit to Russia", "who is on a visit to Russia"
        if not source_ids and rule.type in JOINT_TYPES and trig.word is trig.governor and (
                setting_doer := setting_subject(trig.word)) is not None:
            # "arrested six people in a joint operation with X": the clause's subject
            source_ids = self._actors_of(setting_doer, b, actors, previous)
        joint_passive = passive and (rule.type in JOINT_TYPES or mutual_act(trig))
        if not source_ids and (rule.kind == "noun" or joint_passive):
            # "clashes between Sudanese troops and Ethiopian forces": with no agent, the sides "between" names are
            # the source (the first) and the target (the others); "talks were held between X and Y", "an accord was
            # signed between X and Y" likewise on the passive verb
            # (of a joint act only: not "cables were damaged between Sicily and Tunisia")
            holders = [trig.word] + ([trig.governor] if joint_passive and trig.governor is not trig.word else [])
            for between in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"):
                sides = self._actors_of(_pobj(between), b, actors, previous)
                if len(sides) >= 2:
                    source_ids, pair_target = sides[:1], sides[1:]
        if not source_ids and rule.kind == "noun" and trig.word is trig.governor and (
                side := setting_side(trig.word)) is not None:
            # "a soldier was martyred in a clash with PKK terrorists in northern Iraq": the clash is the soldier's
            # side's with the PKK, not the place's
            source_ids = self._actors_of(side, b, actors, previous)
        principal = _on_behalf_of(trig.governor)
        if principal is not None:
            # "the ambassador signed the accord on behalf of Nepal": the party represented acts, as CAMEO codes it
            source_ids = self._actors_of(principal, b, actors, previous) or source_ids
        if source_ids:
            # "France, along with Britain, condemned ...": the companions act with the subject; on a verb of joint
            # action the one worked or met "together with" is the partner ("prepared to work together with Serbia")
            joint = rule.type in JOINT_TYPES
            for companion in _companions([t for t in (subject, None if joint else trig.governor) if t is not None]):
                source_ids += self._actors_of(companion, b, actors, previous)
        if passive and not source_ids and summoning(trig.governor):
            # "the Russian ambassador was summoned to the Polish foreign ministry": the ministry summoned him
            office = next((_pobj(c) for c in trig.governor.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            source_ids = self._actors_of(office, b, actors, previous)
        if passive and not source_ids and rule.mode in ("expel", "deport"):
            # "two inspectors were expelled from North Korea": with no agent, the country they leave expels them
            origin = next((_pobj(c) for c in trig.governor.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            source_ids = self._actors_of(origin, b, actors, previous)
        if passive and not source_ids and rule.type == "ASSAULT":
            # "two soldiers were martyred in a clash with PKK terrorists": the other side of the clash did it
            source_ids = self._actors_of(setting_agent(trig.governor), b, actors, previous)
        # "sanctions imposed by Canada on Iran": a light verb as the event noun's participle, whose own subject is the
        # event, not a party acted on; its agent acts and its phrases name the target
        light_participle = trig.governor.dep_ == "acl" and trig.governor.head.i == trig.word.i
        event_noun = passive_event_noun(trig.governor, trig.word, rule.objects) if passive and possessor_acts(
            rule) and not light_participle else None
        if event_noun is not None and (rule.guest_acts or self._animate(event_noun, b, actors) or _lemma(
                event_noun) in PARTY_NOUNS):
            event_noun = None  # "the Saudi delegation was hosted by Qatar": the noun names the party itself
        if event_noun is not None:
            # "Japan's assistance package to Ukraine was approved": the passive subject is the event, not a party
            # acted on; its possessor (or "by", "of" agent) acts, and its own "to" names the one aimed at
            noun_doers, aimed = event_noun_parties(event_noun, rule.target_preps)
            owners = [a for d in noun_doers for a in self._actors_of(d, b, actors, previous)]
            target_ids = [a for o in aimed for a in self._actors_of(o, b, actors, previous)]
            if source_ids and not target_ids:
                # "Ukraine's loan was approved by the IMF": beside the verb's own agent and with no "to", the
                # possessor is the one the act is for
                target_ids = [a for a in owners if a not in source_ids]
            source_ids = source_ids or owners
        # The passive subject is the target ("Three US servicemen were killed by ...", "A US national has
        # been put under investigation in Italy"); else the object or a prepositional argument. Not of an act
        # aimed where its destination says: "Jeffs was extradited from Utah to Texas" cooperates with no Jeffs.
        elif passive and not light_participle and not rule.destination_preps:
            target_ids = self._actors_of(_passive_subject(trig.governor), b, actors, previous)
        else:
            target_ids = []
        if target_ids and all((a := actors.get(x)) is not None and a.kind == "group" and a.country is None
                              for x in target_ids):
            # "people were evacuated from Haiti by the U.S." codes as the active does ("evacuated people from
            # Haiti"): a party the verb names itself comes before people of no country
            named_party = [a for c in trig.governor.children if c.dep_ == "prep" and c.lower_ in ("from", "to")
                           and (obj := _pobj(c)) is not None and (obj.ent_type_ or actors.at(b, obj.i))
                           for a in self._actors_of(obj, b, actors, previous)
                           if (x := actors.get(a)) is None or x.kind != "group"]
            target_ids = named_party or target_ids
        target_ids = target_ids or pair_target
        if passive and not target_ids and event_noun is None and (
                acted_on := _passive_subject(trig.governor)) is not None and (
                acted_on.pos_ == "NOUN" and not light_participle):
            # "Sanctions against Iran were imposed by the EU" codes as "the EU imposed sanctions against Iran": the
            # party in the passive subject's phrases, as in the active object's
            nested = self._nested_actors(acted_on, OBJECT_PREPS, b, actors, previous, avoid=frozenset(source_ids))
            if not all((a := actors.get(x)) is not None and a.kind == "group" for x in nested):
                target_ids = nested
        topic: Token | None = None
        if target_ids:
            target_ids = [t for t in dict.fromkeys(target_ids) if t not in source_ids]
        else:
            # `_targets` already skips the source itself ("Croatia ... its borders"), but keeps a country's
            # own people: "Croatia is investigating crimes by Croatian extremists" is domestic, not reflexive.
            target_ids, target_tok = self._targets(trig, b, actors, previous, frozenset(source_ids),
                                                   lambda tok: people_actor(tok, b, pb.offset, article_id, actors))
            if rule.type in HELPING_TYPES and (place := operation_place(target_tok)) is not None and (
                    place_country := [a for a in self._actors_of(place, b, actors, previous) if a not in source_ids]):
                # "ready to contribute to UN peacekeeping operations in Syria": aid to an operation helps the
                # country it is in; the body running it stays beside it
                target_ids = place_country + target_ids
            # "discussed the situation in Syria": the topic of talks, its party and its place are not the talks'
            topic = target_tok if is_topic(trig, target_tok, b, actors) else None
            target_ids = [] if topic is not None else list(dict.fromkeys(target_ids))
        verb = trig.governor
        participle = trig.word is verb and verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ == "nsubj" for c in verb.children)
        if source_ids and not target_ids and participle and (obj := next(
                (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)) is not None and set(
                self._actors_of(obj, b, actors, previous)) == set(source_ids):
            # "pointed it at the officers, who fired 11 rounds, striking Gray": the parser hung the participle on the
            # main clause, whose subject is the participle's own object; the one struck is known, the striker not
            source_ids, target_ids = [], list(source_ids)
        if rule.type in ANSWERING_TYPES and target_ids and (attempt := opposed_attempt(trig.governor)) is not None:
            # "opposed attempts to use force against Iran": the ones attempting are opposed (the attempt's possessor
            # or "by" agent), or no one named; not the party the attempt is aimed at
            attempted = {actors.at(b, t.i) for t in attempt[1].subtree}
            if all(t in attempted for t in target_ids):
                attempters = [c for c in attempt[0].children if c.dep_ == "poss"] + [
                    o for c in attempt[0].children if c.dep_ == "prep" and c.lower_ == "by" if (o := _pobj(c))]
                target_ids = [a for g in attempters for a in self._actors_of(g, b, actors, previous)
                              if a not in source_ids]
        if light_participle and not (source_ids and target_ids):
            # "condemned the sanctions imposed by Canada": the act named, aimed at no party named; "a telegram sent to
            # the White House by a group of agents": by no party named
            return None
        source_ids = list(dict.fromkeys(source_ids))
        if rule.type in IMPOSED_TYPES and (command := commanded(trig.governor)) is not None and (
                commander := self._actors_of(self._subject(command[0])[0], b, actors, previous)):
            # "China ordered the US to close its consulate", "forced the paper to suspend publication": the one who
            # commands sanctions or coerces the one commanded, who only carries it out; its own forces ("ordered
            # the police to disperse the protesters") are its hands, not its target
            agents = set(source_ids) if _lemma(command[1]) in FORCE_NOUNS else set()
            ordered = [a for a in ([] if agents else self._actors_of(command[1], b, actors, previous)) + source_ids
                       + target_ids if a not in commander and a not in agents]
            source_ids, target_ids = commander, list(dict.fromkeys(ordered))
        if len(source_ids) >= 2 and reciprocal(trig.governor):
            # "Israel and Hamas accused each other", "blamed one another": each side acts on the other (not on what
            # the accusation is of: "of massing troops"); the first named is the source, `_reciprocal_mirror` gives
            # the other way round
            source_ids, target_ids = source_ids[:1], source_ids[1:]
        if rule.type in JOINT_TYPES and len(source_ids) >= 2 and target_ids and all(
                (a := actors.get(t)) is not None and a.kind == "group" for t in target_ids):
            # "Saudi Arabia and Iran agreed to reopen embassies", "Lavrov and Wang discussed the Ukrainian
            # settlement": the sides named together act with each other, not on the unnamed things it is about
            target_ids = []
        if rule is FAILED_AGREEMENT_RULE and len(source_ids) >= 2:
            # "Serbian and Kosovan negotiators failed to reach a deal on the border": no agreement between the sides
            # named together, the first the source; what the deal was on is its topic
            source_ids, target_ids = source_ids[:1], source_ids[1:]
        if trig.converse:  # "received aid from X": the receiver is the target, X the source
            given_by = giver(trig)
            givers = self._actors_of(given_by, b, actors, previous)
            if not givers and given_by is not None and given_by.pos_ == "NOUN" and (
                    given_by.dep_ == "compound" or _lemma(trig.governor) in REPELLING):
                # "repelled an army attack", "an attack by forces loyal to ...": an unnamed group gives
                givers = [people_actor(given_by, b, pb.offset, article_id, actors)]
            elif not givers and (people := _people_noun(given_by)) is not None:
                # "the target of a demonstration by thousands of drivers": unnamed people
                givers = [people_actor(people, b, pb.offset, article_id, actors)]
            aimed_at = self._actors_of(fended_off_for(trig), b, actors, previous)
            source_ids, target_ids = givers, aimed_at or source_ids
        elif rule.guest_acts and target_ids and hosts_guest(trig.word):
            # "Qatar hosted the Saudi delegation": the delegation visits Qatar (PLOVER's visitor is the source)
            source_ids, target_ids = target_ids, source_ids
        if not source_ids and rule.type in self.lexicon.policy.moved_force and rule.mode != "release" and (
                forces := forces_moved(trig.word)) is not None and (
                movers := self._actors_of(forces, b, actors, previous)):
            # "the withdrawal of Russian troops from Kherson began": with no doer named, the forces moved act for
            # their side, and the noun's own phrases say where from or where to
            source_ids = movers
            target_ids = [a for c in trig.word.children if c.dep_ == "prep" and c.lower_ in rule.target_preps
                          and c.lower_ != "of" for a in self._actors_of(_pobj(c), b, actors, previous)
                          if a not in movers]
        if not target_ids and not rule.target_is_place and (
                people := people_object(trig.word, trig.governor)
                or (_people_noun(_passive_subject(trig.governor)) if passive else None)
                or judged_collective(trig.word, trig.governor)) is not None and not self._moved_force(rule, people):
            # "tortured a 35-year-old inmate", "freed prisoners", "the teenager was shot": unnamed people are the
            # target, not the place; not the fighters a side deploys ("deployed hundreds of fighters to the border")
            target_ids = [people_actor(people, b, pb.offset, article_id, actors)]
        if not source_ids and target_ids and subject is not None and subject is not trig.word and (
                doers := _people_noun(subject)) is not None and not trig.converse:
            # "Local officials condemned Israel", "stabbed by an inmate": unnamed people who act on a party, as they
            # are acted on (alone, without a party acted on, they code no event: "officials are keen to demonstrate")
            source_ids = [people_actor(doers, b, pb.offset, article_id, actors)]
        if passive and not source_ids and rule.type == "COERCE" and (
                custodian := self._reporting_custodian(trig.governor, b, actors)) is not None:
            # "43 people were detained, the Interior Ministry said": the police body reporting the arrests made them
            source_ids = [custodian]
        if passive and not source_ids and target_ids and (
                rule.type in self.lexicon.policy.reported_by_doer or _lemma(trig.governor) in DOERS_WORDS
                and not _told_again(rule, target_ids, previous)) and (
                doer := self._reporting_state(trig.governor, b, actors, previous, target_ids)) is not None:
            # "Two Russian diplomats were expelled, the Polish foreign ministry said": the state reports its own act;
            # so, in words only a doer uses of its own violence, "14 terrorists were neutralized, the ministry said"
            source_ids = [doer]
        if subject is not None and not passive and len(source_ids) <= 1 and (
                reporter := self._reporting_body(subject, b, actors)) is not None:
            # "the Russian Defence Ministry said air defences shot down 12 drones": forces named without a country in
            # the words of a state body or official are that body's country's
            # (fending an attack off, the subject is its target: "troops repelled an attack by gunmen")
            subject_side = target_ids if trig.converse else source_ids
            force = actors.get(subject_side[0]) if subject_side else None
            if force is None and not trig.converse:
                source_ids = [reporter]
            elif force is not None and force.kind == "group" and force.country is None \
                    and actors.at(b, subject.i) == force.id:
                force.country, force.country_basis = reporter, "inherited"
        if (rule is OBLIGATION_RULE or rule is THREAT_IDIOM_RULE) and not target_ids:
            # "'He should be punished,' Singh said": what ought to be, asked of no party named; "said the killing
            # would not go unpunished": a threat to no party named
            return None
        if rule.type == "REQUEST" and is_question(trig.governor):
            return None  # "when asked whether Iran would attend": a question, not a request between parties
        if rule.type == "REQUEST" and not target_ids and _own_course(trig.governor):
            return None  # "North Korea insists on opening a new era": a resolve of its own, asked of no one
        # several doers of an act whose only target is a partner "with" them are each other's partners ("Mitsotakis
        # and Erdogan sat down for talks", "Russia and China teamed up"); not of a visit or a message
        partnered = target_ids or rule.type in JOINT_TYPES and rule.target_preps == ("with",) and len(source_ids) > 1
        if rule.require_target and not partnered or rule.require_source and not source_ids:
            return None
        if trig.word.pos_ == "NOUN" and mode_visit_to_site(rule.mode, target_ids, actors):
            # "denounced the attack during a visit to the school": a visit named as the setting of another act, to a
            # site, is no visit to another party ("visited the hospital" as the act itself stays one, as the
            # senses' tests keep it)
            return None
        if trig.word is trig.governor and trig.word.pos_ == "VERB" and subject is not None and source_ids and (
                variant := self.lexicon.subject_rule(rule, trig.word)) is not None and subject.tag_ not in (
                "NNS", "NNPS") and subject.ent_type_ != "NORP" and all(
                (a := actors.get(x)) is not None and (a.kind in variant.subject_kinds
                                                       or a.sector in variant.subject_kinds) for x in source_ids):
            # the lexicon's rule for subjects of these kinds: "the foreign ministry protested the remarks" (a state's
            # complaint in words, CAMEO 114), not "thousands of Kenyans protested" (in the street)
            rule = variant
            if not target_ids and topic is None:
                # "the foreign ministry protested to Greece": the complaint's own phrases name whom it is made to
                target_ids, _ = self._targets(replace(trig, rule=variant), b, actors, previous, frozenset(source_ids))
        if not target_ids and topic is None and (
                named_group := self._definite_group(trig, b, pb.offset + trig.governor.sent.start_char, actors,
                                                    source_ids)) is not None:
            # "Iraq banned the group last month" after "the PKK terror group": the last group named before
            target_ids = [named_group]
        if not target_ids and source_ids and rule.type in ENMITY_TYPES and names_enemy(
                trig.governor) and (enemy := self._enemy_of(source_ids, actors)):
            # "the enemies will be made to pay a dear price" in a story where the speaker's side accused the U.S.:
            # the enemy is the other side of its side's last quarrel
            target_ids = enemy
        location = event_location(self.gazetteer, trig, b, pb, actors)
        if topic is not None and location is not None and within(location, topic, pb.offset):
            location = None
        policy = self.lexicon.policy
        if not target_ids and rule.type in policy.place_target:
            # A protest, crackdown, attack or easing with no named target is aimed at the place where it
            # happens ("imposed a curfew in Cizre" -> Turkey), or, for domestic dissent, at the
            # protesters' own country ("students throughout Indonesia staged demonstrations").
            own = {c for a in source_ids if (c := self._participant(a, actors).country) is not None}
            if location is not None and location.country:
                # not the source's own ground for a show of force ("a parade in Pyongyang"), nor the ground of one
                # of several sides ("India and Pakistan traded fire in Kashmir": at each other, not at India)
                if location.country not in own or rule.type not in policy.foreign_place and len(own) < 2:
                    target_ids = [c for c in [country_actor(actors, location.country)] if c]
            elif (rule.type in policy.domestic and not (rule.cameo or "").startswith("16")
                  or _unnamed_people_object(trig.governor)) and not _foreign_object(trig.governor) and not (
                    rule.mode == "seize" and _things_taken(trig.governor)) and len(own) == 1:
                # "police opened fire to disperse demonstrators": unnamed crowds are the forces' own people; but
                # sanctions, embargoes and export controls (CAMEO 16, reducing relations) are aimed abroad, and
                # things seized ("seized three apartment blocks") are no one's country by default
                target_ids = [c for c in [country_actor(actors, next(iter(own)))] if c]
        if not target_ids and source_ids and rule.mode == "ceasefire" and (
                foe := self._enemy_of(source_ids, actors, frozenset({"ASSAULT"}))):
            # "M23 rebels who seized Goma declared a unilateral ceasefire" (in no place named): a truce with the side
            # it last fought
            target_ids = foe
        if not source_ids and passive and rule.mode == "release" and not any(
                c.dep_ == "agent" for c in trig.governor.children):
            # "95 servicemen were returned from territory controlled by Kyiv", "freed from Russian captivity": whoever
            # held them, named by the "from" phrase, released them
            for kept_in in (_pobj(c) for c in trig.governor.children if c.dep_ == "prep" and c.lower_ == "from"):
                keepers = self._actors_of(kept_in, b, actors, previous) or [
                    k for c in (kept_in.children if kept_in is not None else ()) if c.dep_ == "amod"
                    and (k := self._modifier_actor(c, b, actors))]
                if keepers:
                    source_ids = keepers
                    target_ids = [t for t in target_ids if t not in keepers]
                    break
            held_in = self._country_held_in(trig.governor, b, actors) if not source_ids else None
            if held_in is not None and held_in not in {self._participant(t, actors).country for t in target_ids}:
                # "Six Britons who had been detained in Iran were freed": the state they were held in let them go
                source_ids = [held_in]
        if not source_ids and rule.type == "ASSAULT" and (origin := _fired_from(trig.governor)) is not None and (
                launcher := self._country_of_place(origin, b, actors)) is not None and launcher not in {
                self._participant(t, actors).country for t in target_ids}:
            # "rockets were fired at Israel from Lebanon": fire from a country, by no one named, is that country's,
            # as CAMEO codes unidentified actors (not fire on the same country's people)
            source_ids = [launcher]
        if not source_ids and location is not None and location.country and (
                rule.type in policy.local_source and not (rule.type == "ASSAULT" and suffered(trig, passive) and {
                    self._participant(t, actors).country for t in target_ids} <= {location.country, None})
                or passive and rule.type in policy.passive_local_source and not any(
                    c.dep_ == "agent" for c in trig.governor.children) and not (
                    (acted_on := _passive_subject(trig.governor)) is not None
                    and not self._animate(acted_on, b, actors) and within(location, acted_on, pb.offset))):
            # An attack, crackdown or protest by no one named, or an arrest or inquiry in the passive, is
            # coded to the country where it happens, as CAMEO codes unidentified local actors ("a roadside
            # bombing near Samarra" -> Iraq; "was put under investigation in Italy" -> Italy). A place inside
            # the act or thing acted on is not where it happens ("the attack on Kyiv was condemned": not by
            # Ukraine); inside the people acted on it is ("leaders of a sect in Canada were charged"). A passive
            # that names its doer by "by" has one, party or not ("was delayed by legal challenges in Kenya").
            source_ids = [c for c in [country_actor(actors, location.country)] if c]
        elif not source_ids and location is None and self._home is not None and passive and rule.mode == "arrest" \
                and not any(c.dep_ == "agent" for c in trig.governor.children) and {
                    self._participant(t, actors).country for t in target_ids} <= {self._home, None}:
            # "More than 700 people have been arrested, the attorney general said" in a story filed from Caracas
            # about Venezuela: an arrest, which only a state makes, in no place the sentence names, by no one
            # named, is the authorities' of the story's own country
            source_ids = [c for c in [country_actor(actors, self._home)] if c]
        if location is not None and location.country:
            # "Nurses went on strike in Lagos", "police fired on protesters in Cizre": an unnamed local group
            # taking part in a protest, attack or crackdown is of the country where it happens
            local = (source_ids if rule.type in policy.local_source else []) + (
                target_ids if rule.type in policy.place_target else [])
            for actor_id in local:
                actor = actors.get(actor_id)
                # the place of the act outweighs the article's one country ("a Russian drone strike on a station
                # in Sumy killed four workers": Ukrainians, though the text names only Russia)
                if actor is not None and actor.kind == "group" and (actor.country is None
                                                                     or actor.country_basis == "inherited"):
                    actor.country, actor.country_basis = location.country, "inherited"
        elif rule.type in policy.place_target and rule.mode != "expel" and (
                rule.type in policy.domestic or _unnamed_people_object(trig.governor)) and not _foreign_object(
                trig.governor):
            # "Kenyan police arrested 12 opposition supporters": unnamed people are the forces' own people (not the
            # diplomats a state expels), unless the act continues one aimed at another party ("attacked Ukraine,
            # killing 12 civilians")
            own = {p.country for p in (self._participant(a, actors) for a in source_ids) if p.country is not None}
            own = self._reached_countries(trig.governor, b, actors, previous, frozenset(source_ids)) or own
            # ... or the country of the party the act itself names beside them ("struck Ukraine's energy
            # facilities, injuring five people", "imposed sanctions on three Iranian officials and two companies")
            beside = {p.country for a in target_ids if (t := actors.get(a)) is None or t.kind != "group"
                      for p in [self._participant(a, actors)] if p.country is not None}
            if len(beside) == 1 and not beside & own:
                own = beside
            for actor in (actors.get(a) for a in target_ids if len(own) == 1):
                if actor is not None and actor.kind == "group" and actor.country is None:
                    actor.country, actor.country_basis = next(iter(own)), "inherited"
        if not source_ids and not target_ids:
            return None
        offset = pb.offset
        sentence_text = pb.text[sent.start_char:sent.end_char]  # `Span.text` would build it token by token
        evidence = Evidence(
            article_id=article_id,
            sentence=sentence_text.strip(),
            start=offset + sent.start_char,
            end=offset + sent.start_char + len(sentence_text.rstrip()),
            trigger=_trigger_words(trig),
            trigger_start=offset + trig.governor.idx if trig.governor.i < trig.word.i else offset + trig.word.idx,
            trigger_end=offset + max(trig.word.idx + len(trig.word), trig.governor.idx + len(trig.governor)),
        )
        factuality = _factuality(trig)
        event_type, cameo, mode = rule.type, rule.cameo, rule.mode
        if factuality == "negated" and rule.type in policy.refusable and (
                _stated_refusal(trig.governor) or refused_act(trig.governor) is not None):
            # "will not accept refugees", "won't end the strike", "Russia's refusal to withdraw": a refusal the
            # actor states is CAMEO's REJECT
            event_type, cameo, mode, factuality = "REJECT", "120", None, "asserted"
        if rule.type in ("THREATEN", "REJECT") and trig.word is trig.governor:
            threat = unruled_threat(trig.governor)
            if threat is not None:  # "did not rule out military action", "refused to rule out sanctions"
                event_type, (cameo, mode), factuality = "THREATEN", threat, "asserted"
            elif rule.type == "THREATEN" and _lemma(trig.governor) == "rule":
                return None  # "ruled out military action": no threat, and no act
        attribution = _attribution(trig.governor, b, actors)
        evidence.factuality, evidence.attribution = factuality, attribution
        if event_type == "CONSULT" and mode is None and location and location.country:
            countries = {self._participant(a, actors).country for a in source_ids + target_ids}
            if location.country not in countries and None not in countries:
                mode = "third-party"
        event = Event(
            id="",
            type=event_type,
            mode=mode,
            contexts=list(rule.contexts) or _contexts(sentence_text),
            cameo=cameo,
            source=[self._participant(a, actors) for a in source_ids],
            target=[self._participant(a, actors) for a in target_ids],
            location=location,
            factuality=factuality,
            attribution=attribution,
            evidence=[evidence],
            confidence=participant_confidence(bool(source_ids), bool(target_ids)),
        )
        counted = magnitude(sent.text, event_type)  # "killing 12 people", "thousands of protesters"
        event.size, event.dead, event.injured = counted.size, counted.dead, counted.injured
        return CodedMention(event, b, trig.governor.i, offset + sent.start_char, set(source_ids + target_ids))

    def _visitor_of_setting(self, visit: Token, b: int, actors: ActorTable,
                            previous: CodedMention | None) -> list[str]:
        """Who makes a visit named as the setting of a clause, "on" or "during" it, with no visitor of its own: the
        clause's subject ("X met Putin during an official visit to Russia"; "X, who is on a visit to Russia", the
        relative's antecedent), unless the subject is of the country visited, when it is the host and the visitor is
        its object ("Putin met X during an official visit to Russia"). Only a visit to a party named "to" it."""
        prep = visit.head
        if visit.dep_ != "pobj" or prep.lower_ not in ("on", "during") or prep.head.pos_ not in ("VERB", "AUX"):
            return []
        verb = prep.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subject = verb.head  # "al-Sudani, who is on an official visit to Russia"
        found = self._actors_of(subject, b, actors, previous)
        visited = {self._participant(a, actors).country for a in self._prep_actors(visit, ("to",), b, actors, previous)}
        if not visited:
            return []  # "the ship, which is on a round-the-world trip": a visit to no party is none
        if found and {self._participant(a, actors).country for a in found} & (visited - {None}):
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            found = self._actors_of(obj, b, actors, previous)
            if {self._participant(a, actors).country for a in found} & (visited - {None}):
                return []
        return [a for a in found if (x := actors.get(a)) is not None and x.kind != "group"]

    @staticmethod
    def _attacker_in_clause(coded: CodedMention, siblings: list[CodedMention], pb: ParsedBlock) -> None:
        """"Three people were killed when protesters threw petrol bombs at a bank": a killing suffered by no one
        named was done by the attacker of the clause that tells how ("when", "as", "after" on the verb)."""
        if coded.event.type != "ASSAULT" or coded.event.source or coded.derived:
            return
        verb = pb.doc[coded.governor]
        clauses = {c.i for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in c.children)}
        how = next((s for s in siblings if s.governor in clauses and s.event.type == "ASSAULT" and s.event.source
                    and not s.derived), None)
        if how is not None:
            coded.event.source = list(how.event.source)
            coded.participants |= {p.actor_id for p in how.event.source}
            coded.event.confidence = participant_confidence(True, bool(coded.event.target))

    def _message_content(self, message: CodedMention, trig: Trigger, siblings: list[CodedMention],
                         actors: ActorTable) -> None:
        """"Xi sent a cable of condolences to Pezeshkian, expressing his condolences over ...", "sent a letter to
        the Secretary-General, urging him to act": a participle clause of the sending (no subject of its own)
        tells what the message says, by the same sender to the same addressee (or to the addressee's country, or to
        no one named). The message and its content are one act: the message takes the content's type, the
        content the message's parties, and the two mentions fold into one event. A message that names its own
        content ("a cable of congratulations") of another type than the participle's tells two acts."""
        sent = trig.governor
        senders = {p.actor_id for p in message.event.source}
        addressees = {p.actor_id for p in message.event.target}
        reached = addressees | {c for a in addressees if (c := self._participant(a, actors).country)}
        for content in siblings:
            verb = trig.word.doc[content.governor]
            if content is message or content.derived or verb.tag_ != "VBG" or not (
                    verb.dep_ == "advcl" and verb.head.i == sent.i or verb.dep_ == "acl" and verb.head.i == trig.word.i
            ) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
            if message.event.type not in ("CONSULT", content.event.type):
                return  # "sent a cable of congratulations to X, urging him to ...": the cable tells its own content
            if content.event.factuality != message.event.factuality or {
                    p.actor_id for p in content.event.source} != senders or not {
                    p.actor_id for p in content.event.target} <= reached:
                continue
            event = message.event
            event.type, event.cameo, event.mode = content.event.type, content.event.cameo, content.event.mode
            event.contexts = list(content.event.contexts)
            content.event.target = list(event.target)
            content.participants = set(message.participants)
            return

    def _inherit_from_means(self, coded: CodedMention, siblings: list[CodedMention], pb: ParsedBlock) -> None:
        """"France sent experts to Riyadh to investigate the attacks": the investigation is of the party the
        means reached, by the same source."""
        verb = pb.doc[coded.governor]
        summoned = verb.dep_ == "xcomp" and summoning(verb.head)  # "summoned the envoy to protest ..."
        if coded.derived or coded.event.target or verb.dep_ != "advcl" and not summoned or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return
        summoned = summoned or summoning(verb.head)
        means = next((s for s in siblings if s.governor == verb.head.i and s is not coded and not s.derived), None)
        if means is None or means.event.type in self.lexicon.policy.speech_act and not summoned or (
                {p.actor_id for p in means.event.source} != {p.actor_id for p in coded.event.source}):
            return  # "demanded a meeting of the Council to investigate": the content of a demand, not its means
        sources = {p.actor_id for p in coded.event.source}
        coded.take_targets([p for p in means.event.target if p.actor_id not in sources])

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
