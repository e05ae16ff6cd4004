"""Conventions of wire-agency diplomatic and security reporting (KCNA, TASS, Xinhua, Anadolu, KUNA, Reuters).

Agency copy names a participant once, with its office ("Yury Sokolov, newly appointed Belarusian ambassador",
"his Turkish counterpart Recep Tayyip Erdogan"), and then refers back to it by the office alone ("the ambassador",
"both presidents"); it names the topic of talks as the object of "discussed" ("the situation in Syria"), which is
no party to them; and it states intent as readiness ("China is willing to work with Pakistan"), which PLOVER codes
as AGREE.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from dragoman.actors import TITLE_HEADS, ActorTable
from dragoman.events.arguments import SPOKESPEOPLE, _pobj
from dragoman.events.triggers import (
    ACTOR_ENTITIES,
    SUPPORT_VERBS,
    CodedMention,
    Lexicon,
    Rule,
    Trigger,
    _forms,
    _lemma,
    _phrase_matches,
    armed_agent,
    comes_under,
)
from dragoman.model import Event, Location, Participant
from dragoman.nlp import ParsedBlock
from dragoman.reports import MEDIATION_CAMEO

# Offices a wire story refers back to by the bare noun ("the ambassador", "the emir"), besides the general titles;
# "counterpart" and "guest" name a person only through the name beside them.
REFERRING_OFFICES = TITLE_HEADS | frozenset("counterpart amir monarch sultan custodian host guest visitor".split())

# Honorifics standing before an office or name: "His Highness the Amir", "His Excellency the President".
HONORIFICS = frozenset("highness majesty excellency eminence".split())

# Plural offices that, counted ("the two presidents", "both foreign ministers"), are the last event's participants.
PLURAL_OFFICES = frozenset("presidents premiers heads counterparts chiefs delegations leaders ministers".split())

# Who the visitors of a visit just reported are called next.
VISITORS = frozenset("guest guests visitor visitors".split())

# Readiness to act together is a stated intent to cooperate: PLOVER AGREE (CAMEO 03).
READINESS = frozenset("willing ready prepared eager readiness willingness".split())
WILLINGNESS_RULE = Rule(kind="verb", lemmas=(), type="AGREE", cameo="030", contexts=("diplomatic",),
                        target_preps=("with",))
# Readiness to talk ("ready to talk to the protesters", "willing to speak with the opposition") is an intent to meet
# or negotiate (CAMEO 036), though talking alone is no event the lexicon codes.
TALKING_VERBS = frozenset("talk speak".split())
TALKS_READINESS_RULE = Rule(kind="verb", lemmas=(), type="AGREE", cameo="036", contexts=("diplomatic",),
                            target_preps=("with", "to"))


def _person_after(tok: Token, b: int, actors: ActorTable) -> str | None:
    """The person named right after an office noun ("his Turkish counterpart Recep Tayyip Erdogan", "the Emir of
    Qatar Sheikh Tamim"), however the parser attached the name."""
    doc = tok.doc
    k = tok.i + 1
    # past the office's own words and honorifics: "the Emir of Qatar Sheikh Tamim", "Custodian of the Two Holy
    # Mosques King Salman", "President His Highness Sheikh Mohamed"
    while k < min(len(doc), tok.i + 9) and doc[k].ent_type_ != "PERSON" and (
            doc[k].lower_ in ("of", "the", "-", "his", "her") or doc[k].text[:1].isupper() and doc[k].pos_ in (
                "PROPN", "NOUN", "NUM", "ADJ")):
        k += 1
    if k >= len(doc) or doc[k].ent_type_ != "PERSON":
        return None
    found = actors.at(b, k)
    actor = actors.get(found) if found else None
    return found if actor is not None and actor.kind == "person" else None


def _holder_of(tok: Token, b: int, actors: ActorTable) -> str | None:
    """The person an office noun is said of: its apposition's head or child ("Yury Sokolov, newly appointed
    Belarusian ambassador"), a name compounded with it ("Ambassador Yury Sokolov"), or the name after it; for an
    unnamed spokesman, the body he speaks for."""
    for other in [tok.head] if tok.dep_ == "appos" else []:
        if (found := actors.at(b, other.i)) is not None:
            return found
    for child in tok.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON" and (found := actors.at(b, child.i)) is not None:
            return found
    if tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON" and (found := actors.at(b, tok.head.i)):
        return found
    if (person := _person_after(tok, b, actors)) is not None:
        return person
    if tok.lower_ in SPOKESPEOPLE:
        # "A spokesman for the DPRK Foreign Ministry ... The spokesman warned": no name, the body he speaks for
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"):
            if (body := _pobj(prep)) is not None and (found := actors.at(b, body.i)) is not None:
                return found
    return None


def _organization_of(tok: Token, b: int, actors: ActorTable) -> str | None:
    """The organization a compound names on a group noun ("PKK terrorists", "Hamas militants")."""
    for child in (c for c in tok.children if c.dep_ == "compound"):
        organization = actors.get(actors.at(b, child.i) or "")
        if organization is not None and organization.kind == "organization":
            return organization.id
    return None


# The key under which `office_holders` keeps the organization a group was first named with.
GROUP_KEY = "group "


def office_holders(parsed: Sequence[ParsedBlock], actors: ActorTable) -> dict[str, list[tuple[int, int, str]]]:
    """Where the article says who holds an office: office noun -> (block, token, actor) in text order; and, under
    GROUP_KEY + a group's id, the organization the group is named with ("PKK terrorists")."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for b, pb in enumerate(parsed):
        for tok in pb.tokens:
            if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in REFERRING_OFFICES and (
                    holder := _holder_of(tok, b, actors)) is not None:
                found.setdefault(tok.lower_, []).append((b, tok.i, holder))
            group = actors.get(actors.at(b, tok.i) or "")
            if group is not None and group.kind == "group" and (organization := _organization_of(tok, b, actors)):
                found.setdefault(GROUP_KEY + group.id, []).append((b, tok.i, organization))
    return found


# Offices whose holder "the head of state" names.
STATE_HEADS = ("president", "king", "queen", "amir", "emir", "monarch", "sultan")


def _the_head_of_state(tok: Token) -> bool:
    """"the head of state", nothing else saying whose ("the head of state of Ghana" says it)."""
    return [(c.dep_, c.lower_) for c in tok.children] == [("det", "the"), ("prep", "of")] and [
        g.lower_ for c in tok.children if c.dep_ == "prep" for g in c.children] == ["state"]


def _bare(tok: Token) -> bool:
    """"the ambassador", "the guests": the definite noun alone, no modifier saying whose."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in ("poss", "prep", "compound", "appos", "amod") for c in tok.children)


def says_whose(tok: Token) -> bool:
    """"two top leaders of a polygamous sect", "both the country's ministers": the noun names its own party, so it
    does not refer back to the parties just named; "the two heads of state" names an office, no party."""
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "from", "for") and not (
        c.lower_ == "of" and [g.lower_ for g in c.children] in (["state"], ["government"])) for c in tok.children)


def counted_sides(tok: Token, previous: CodedMention) -> list[str]:
    """The last event's participants "the two leaders" or "both sides" refer to; when it has more than two, the two
    of one role ("X and Y held meetings with Z. The two leaders agreed": X and Y, not their host)."""
    everyone = sorted(previous.participants)
    if len(everyone) <= 2 or not any(c.lower_ in ("two", "both") for c in tok.children):
        return everyone
    pairs = [ids for side in (previous.event.source, previous.event.target)
             if len(ids := sorted({p.actor_id for p in side})) == 2]
    return pairs[0] if len(pairs) == 1 else everyone


def office_referent(tok: Token, b: int, actors: ActorTable, previous: CodedMention | None) -> list[str]:
    """The participants an office noun refers back to: "the ambassador" is the one person the article named
    ambassador before; "both presidents", "the two foreign ministers" are the last event's participants; "his
    Turkish counterpart Recep Tayyip Erdogan" is the person named beside the office."""
    if tok.lower_ == "visiting" and tok.dep_ == "pcomp":
        # "met with visiting Kenyan President William Ruto": the visitor is the participle's object
        return [a for c in tok.children if c.dep_ == "dobj" for a in [actors.at(b, c.i)] if a]
    low = tok.lower_
    if low in PLURAL_OFFICES and previous is not None and any(
            c.lower_ in ("two", "both", "three") for c in tok.children) and not says_whose(tok):
        return counted_sides(tok, previous)
    if low in VISITORS and previous is not None and previous.event.mode == "visit" and _bare(tok):
        # "the guests held talks with ...": the visitors of the visit just reported, PLOVER's source of a visit
        return [p.actor_id for p in previous.event.source]
    own = actors.get(actors.at(b, tok.i) or "")
    if own is not None and own.kind == "group" and (organization := _organization_of(tok, b, actors)):
        # "five PKK terrorists in northern Iraq": the organization named on the group is the party, whatever
        # country the group's place gave it
        return [organization]
    if own is not None and own.kind == "group" and _bare(tok) and (
            first_named := actors.offices.get(GROUP_KEY + own.id)):
        return [first_named[0][2]]  # "the terrorists were neutralized": the PKK's, named on the group before
    if tok.pos_ not in ("NOUN", "PROPN") or own is not None and own.name.lower() not in REFERRING_OFFICES:
        return []  # a name; but an "actor" named only by an office word ("Amir") is the office's holder
    if low in HONORIFICS:
        # "His Highness the Amir Sheikh Meshal", "His Majesty King Abdullah": the honorific's "his" is no reference
        for child in (c for c in tok.children if c.dep_ in ("appos", "compound")):
            found = office_referent(child, b, actors, previous) or [a for a in [actors.at(b, child.i)] if a]
            if found:
                return found
        return [named] if (named := _person_after(tok, b, actors)) is not None else []
    if low == "head" and _the_head_of_state(tok):
        # "The head of state thanked ...": the one president, king or amir the article named before
        return _sole_holder(STATE_HEADS, b, tok, actors)
    if low not in REFERRING_OFFICES:
        return []
    named = _person_after(tok, b, actors)
    if named is not None:
        return [named]
    if not _bare(tok):
        return []  # "the ambassador of Japan", "the Belarusian ambassador": the modifiers say who
    return _sole_holder((low,), b, tok, actors)


def _sole_holder(offices: Sequence[str], b: int, tok: Token, actors: ActorTable) -> list[str]:
    """The one actor the article named before `tok` as holding one of `offices`; none when it named several."""
    earlier = {a for office in offices for blk, i, a in actors.offices.get(office, []) if (blk, i) < (b, tok.i)}
    return list(earlier) if len(earlier) == 1 else []


# Verbs of talking whose object is the matter talked about ("sent a team of experts to X" is no topic).
DISCUSSING = frozenset("discuss exchange review address consider debate examine explore tackle negotiate".split())
TOPIC_PREPS = frozenset({"in", "of", "on", "around", "over", "regarding", "concerning"})
# Verbs whose object is always what is spoken of, never whom with ("address" or "consult" may take a partner).
SPOKEN_OF = frozenset({"discuss", "debate"})


def continues_meeting(coded: CodedMention, trig: Trigger, before: Sequence[CodedMention],
                      this_sentence: Sequence[CodedMention]) -> None:
    """"Putin held a phone call with Erdogan. The leaders discussed bilateral ties.": the discussion of the same
    parties, or of "they" or "both", in the paragraph of a call or meeting, or the next, is that call or meeting
    told again (one event, two mentions), and takes its manner and roles. Only a verb of discussing, which says
    what was talked about, not that the parties met again ("they met again on Friday"); and not after a visit,
    whose talks CAMEO codes apart from the visit itself. The earlier mentions come in two parts, the article's
    before this sentence and this sentence's, so that no list of all of them is built for every event."""
    event, verb = coded.event, trig.governor
    if event.type != "CONSULT" or event.mode is not None or coded.derived or _lemma(verb) not in DISCUSSING:
        return
    meeting = next((m for part in (this_sentence, before) for m in reversed(part)
                    if m.event.type == "CONSULT" and not m.derived), None)
    if meeting is None or meeting.event.mode == "visit" or coded.block - meeting.block > 1:
        return
    # "met Hamas officials to discuss an Israeli proposal": the purpose of the meeting is that meeting, not talks
    # with the topic's country
    purpose = meeting.block == coded.block and verb.dep_ in ("xcomp", "advcl") and verb.head.i == meeting.governor \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # "received a phone call from Biden, during which they discussed ...", "X held talks with Y. They discussed
    # ...": "they" or "both" discussing are the parties of the meeting just told
    they = any(c.dep_ == "nsubj" and c.lower_ in ("they", "both") for c in verb.children)
    if meeting.event.mode is None and not they and not purpose:
        return  # talks told again by the same parties are one event by the merge
    if coded.participants != meeting.participants and not (they or purpose):
        return
    event.mode, event.cameo = meeting.event.mode, meeting.event.cameo
    event.source, event.target = list(meeting.event.source), list(meeting.event.target)
    coded.participants = set(meeting.participants)


def partner_phrases(verb: Token) -> list[Token]:
    """The "with" phrases naming whom a party consults: on the verb, and on a verb of discussing also on its
    object, where the parser hangs it ("discussed the Ukraine crisis with German Chancellor Olaf Scholz")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and _lemma(verb) in DISCUSSING)]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]


def is_topic(trig: Trigger, target: Token | None, b: int, actors: ActorTable) -> bool:
    """The object of a verb of consulting is what is discussed, not who with: "discussed the situation in Syria",
    "exchanged views on issues of mutual concern". A party named inside that common noun is the topic's, and so is
    any object of "discuss" ("discussed Ukraine's future", "discussed Syria")."""
    if trig.rule.type != "CONSULT" or target is None or trig.word is not trig.governor or (
            _lemma(trig.word) not in DISCUSSING):
        return False
    if _lemma(trig.word) in SPOKEN_OF and target.dep_ == "dobj" and target.head.i == trig.word.i:
        return True  # "discussed Ukraine's future", "discussed Syria": whatever is discussed is the topic
    return (target.dep_ == "dobj" and target.head.i == trig.word.i and target.pos_ == "NOUN"
            and actors.at(b, target.i) is None and target.lower_ not in REFERRING_OFFICES
            and any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for c in target.children))


def giver(trig: Trigger) -> Token | None:
    """Who gives what a receiving verb receives: "received aid from X", "received a cable of congratulations from
    X" (the "from" of what the cable is of); and who does what its subject comes under or fends off, by "from" or by
    the agent's "by" ("came under heavy shelling by Russian forces", "came under fire by rebels", wherever the parser
    hangs the "by": "come" has no passive whose agent it could be; "repelled an attack by"; "was the target of a
    protest by"), else by a country or a nationality or an armed body on the noun itself ("received Russian aid",
    "repelled an army attack")."""
    heads = [trig.word, trig.governor]
    heads += [p for c in trig.word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj"]
    undergone = comes_under(trig.word, trig.governor)
    if undergone and trig.word.head.lower_ == "of":
        heads.append(trig.word.head.head)  # "the target of a demonstration by drivers", "by" hung on "target"
    preps = ("from", "by") if undergone or trig.governor.lemma_.lower() in REPELLING else ("from",)
    named = next((c for prep in preps for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == prep
                  for c in p.children if c.dep_ in ("pobj", "pcomp")), None)
    if named is not None or trig.word is trig.governor:
        return named
    # "received the credentials of the new Chinese ambassador": a party's own papers come from that party
    owner = next((p for c in trig.word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj" and (p.ent_type_ in ACTOR_ENTITIES or p.lower_ in TITLE_HEADS)),
                 None)
    if owner is not None:
        return owner
    return next((c for c in trig.word.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                 and (c.ent_type_ in ("GPE", "NORP") or armed_agent(c))), None)


def fended_off_for(trig: Trigger) -> Token | None:
    """The one an attack fended off was aimed at, when its own phrase names one ("repulsed an attack on a merchant
    vessel": the vessel, not the navy that fended it off)."""
    if trig.governor.lemma_.lower() not in REPELLING or trig.word is trig.governor:
        return None
    return next((c for p in trig.word.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                 for c in p.children if c.dep_ == "pobj"), None)


# Verbs of fending an act off: the act's own "by" names its doer ("repelled an attack by Russian troops").
REPELLING = frozenset({"repel", "repulse"})


def _unrestricted(rule: Rule) -> bool:
    """A sense that holds whatever the noun's objects and modifiers."""
    return not (rule.objects or rule.not_objects or rule.requires_modifier or rule.clause_words)


def subjection_triggers(tokens: Sequence[Token], found: Sequence[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """"Villages were subjected to attacks by Israeli aircraft", "journalists were subjected to harassment by
    police": the noun names the act, done by the agent of "subjected" or of the noun to the one subjected (as
    "came under attack" lends its clause to the attack, but not converse: the passive subject is the target as
    in any passive). The noun's unrestricted lexicon sense, else the verb it nominalises."""
    taken = {t.word.i for t in found}
    triggers = []
    for tok in tokens:
        # the cheap tests first: this runs on every token of every sentence
        if tok.dep_ != "pobj" or tok.pos_ != "NOUN" or tok.i in taken:
            continue
        prep = tok.head
        head = prep.head
        if prep.lower_ != "to" or not (head.pos_ == "VERB" and _lemma(head) == "subject"):
            continue
        lemma = _lemma(tok)
        senses = [r for r in [r for r, rest in lexicon.nouns.get(lemma, []) if not rest] if _unrestricted(r)] or [
            r for r in lexicon.nominal_rules(lemma) if _unrestricted(r)]
        if senses:
            triggers.append(Trigger(senses[0], tok, head))
    return triggers


# Hostile acts in which a passive victim was killed or hurt: "martyred in a clash with X", "killed in an attack by X".
HOSTILE_SETTINGS = frozenset("""attack clash ambush raid assault bombing strike shelling skirmish firefight fighting
    offensive operation shootout gunfight battle confrontation airstrike bombardment incursion crackdown
    """.split())
# "an exchange of fire", "a hail of bullets": a noun of shooting through its "of" is a hostile setting too.
VOLLEY_NOUNS = frozenset("exchange hail volley barrage burst trade".split())
FIRE_NOUNS = frozenset("fire gunfire shot shots bullet artillery rocket mortar missile shell blow".split())


def _fire_of(setting: Token) -> Token | None:
    """The shooting an "exchange of fire" or "a volley of shots" names (None for any other noun)."""
    if _lemma(setting) not in VOLLEY_NOUNS:
        return None
    return next((p for c in setting.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and _lemma(p) in FIRE_NOUNS), None)


def hostile_setting(noun: Token) -> bool:
    """A noun naming a hostile act someone was caught in: "a clash", "an ambush", "an exchange of fire"."""
    return _lemma(noun) in HOSTILE_SETTINGS or _fire_of(noun) is not None


def _setting_preps(setting: Token, preps: tuple[str, ...]) -> list[Token]:
    """The setting's prepositions among `preps`, and those the parser hangs on the shooting inside it ("an exchange
    of fire with Taliban fighters": "with" on "fire")."""
    nouns = [setting, *([fire] if (fire := _fire_of(setting)) is not None else [])]
    return [c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in preps]


def setting_agent(verb: Token) -> Token | None:
    """The party a passive killing's setting names: "were martyred in a clash with PKK terrorists" (the other side
    of the clash), "was killed in an attack by Hamas" or "in a Russian drone attack" (the attacker); never the
    place the setting is in."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        setting = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if setting is None or not hostile_setting(setting):
            continue
        for inner in _setting_preps(setting, ("with", "by")):
            party = next((c for c in inner.children if c.dep_ == "pobj"), None)
            if party is not None:
                return party
        # "was killed in a Russian drone attack", "in an Israeli airstrike": the attacker named as the act's modifier
        modifiers = [c for c in setting.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        modifiers += [m for c in modifiers if c.dep_ == "compound"
                      for m in c.children if m.dep_ in ("amod", "compound")]
        named = next((m for m in modifiers if m.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")), None)
        if named is not None:
            return named
    return None


def setting_side(noun: Token) -> Token | None:
    """The side of a hostile act named as the setting of what befell its subject: in "a soldier was martyred in a
    clash with PKK terrorists in northern Iraq" the clash is between the soldier's side and the PKK (the place is
    where, never a side); "two policemen died in a shootout with gunmen" likewise; not the subject of a verb with
    an object. Only a setting that names its
    other side by "with": "killed in an attack" says nothing of who attacked."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.pos_ not in ("VERB", "AUX") or (
            not hostile_setting(noun)) or not _setting_preps(noun, ("with",)):
        return None
    if any(c.dep_ == "dobj" for c in prep.head.children):
        return None  # "killed a student during a clash with youths": the subject acted on another, not the sufferer
    return next((c for c in prep.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)


def within(location: Location, phrase: Token, offset: int) -> bool:
    """The place is named inside the phrase ("the situation in Syria")."""
    start = offset + phrase.left_edge.idx
    end = offset + phrase.right_edge.idx + len(phrase.right_edge)
    return location.char_start is not None and start <= location.char_start < end


def inherit_from_readiness(coded: CodedMention, siblings: Sequence[CodedMention], pb: ParsedBlock) -> None:
    """"China is willing to work with Pakistan to deepen the partnership": the purpose of working with a partner
    is pursued with that partner (the deepening, and the intent read off it, are aimed at Pakistan)."""
    verb = pb.doc[coded.governor]
    if coded.event.target or verb.dep_ != "advcl" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return
    readiness = next((s for s in siblings if s.governor == verb.head.i and s.event.cameo == WILLINGNESS_RULE.cameo
                      and s.event.type == WILLINGNESS_RULE.type and s is not coded), None)
    if readiness is None or {p.actor_id for p in readiness.event.source} != {p.actor_id for p in coded.event.source}:
        return
    coded.take_targets(list(readiness.event.target))


def attributive(trig: Trigger) -> bool:
    """"met with visiting Kenyan President William Ruto": the participle describes a participant of the meeting;
    it is no event of its own beside the meeting."""
    word = trig.word
    return word is trig.governor and word.lower_ == "visiting" and word.dep_ in ("pcomp", "amod")


def readiness_triggers(tokens: Sequence[Token], found: Sequence[Trigger]) -> list[Trigger]:
    """"China is willing to work with Pakistan", "expressed readiness to work together with Iran": readiness to
    act with a partner is an AGREE with that partner, unless the act is already an event of the lexicon's (whose
    stated intent the coder derives); readiness to talk to someone, an intent to meet them (`TALKS_READINESS_RULE`)."""
    taken = {t.word.i for t in found} | {t.governor.i for t in found}
    triggers = []
    for tok in tokens:
        if tok.lower_ not in READINESS and _lemma(tok) not in READINESS:
            continue
        for verb in (c for c in tok.children if c.dep_ in ("xcomp", "acl") and c.pos_ == "VERB"):
            if verb.i in taken:
                continue
            if _lemma(verb) in TALKING_VERBS and any(c.dep_ == "prep" and c.lower_ in ("with", "to")
                                                      for c in verb.children):
                triggers.append(Trigger(TALKS_READINESS_RULE, verb, verb))
            elif any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
                triggers.append(Trigger(WILLINGNESS_RULE, verb, verb))
    return triggers


# Meeting at a third party's place (CAMEO 044): talks between others that a host holds (`hosted_talks`).
THIRD_PLACE_CAMEO = "044"
# Verbs whose agent hosts or brokers talks between others: "talks hosted by Kazakhstan", "a deal brokered by China".
HOSTING_VERBS = frozenset("host broker mediate sponsor facilitate organize organise arrange convene".split())

# Formal agreements a broker's parties conclude ("brokered a deal between X and Y"): CAMEO 057, PLOVER SUPPORT, as the
# lexicon codes "signed a deal".
AGREEMENT_NOUNS = frozenset("deal agreement accord pact treaty settlement memorandum".split())
SIGNED_AGREEMENT_CAMEO = "057"


def hosted_talks(coded: CodedMention, trig: Trigger, actors_of: Callable[[Token | None], list[str]],
                 participant: Callable[[str], Participant]) -> CodedMention | None:
    """"Egypt hosted a meeting between Israeli and Palestinian officials", "Qatar brokered talks between Hamas
    and Israel", "talks between Armenia and Azerbaijan hosted by Kazakhstan": the talks are the sides' (the
    first named the source), held at the host's, a third party's place (CAMEO 044); the host's or broker's own
    part is mediation (CAMEO 045, PLOVER CONSULT), aimed at both sides, returned as its own mention. The talks
    mention is recoded in place. A host that is one of the sides or of one's country ("Turkey hosted talks
    between its delegation and Iraq") is a party as before. `actors_of` gives the actors a phrase names,
    `participant` an actor's participant record."""
    event, word = coded.event, trig.word
    if event.type != "CONSULT" or not event.source:
        return None
    # the talks: the noun trigger, or what the verb holds, or what its parties meet for ("met for talks")
    talks = [word] if word is not trig.governor or trig.rule.kind == "noun" else [
        c for c in word.children if c.dep_ == "dobj"] + [
        o for c in word.children if c.dep_ == "prep" and c.lower_ == "for" if (o := _pobj(c)) is not None]
    hosting = next((c for t in talks for c in t.children if c.dep_ == "acl" and _lemma(c) in HOSTING_VERBS), None)
    if hosting is not None:
        # "talks hosted by Kazakhstan": the host is the participle's agent, the sides the talks' own parties
        agent = next((_pobj(c) for c in hosting.children if c.dep_ == "agent"), None)
        hosts = [participant(a) for a in actors_of(agent)]
        sides = [p.actor_id for p in event.source + event.target]
        hosted = _lemma(hosting) == "host"
    else:
        between = next((c for t in talks for c in t.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        sides = actors_of(_pobj(between)) if between is not None else []
        hosts, hosted = list(event.source), "host" in (_lemma(word), _lemma(trig.governor))
    parties = [participant(a) for a in sides]
    if len(sides) < 2 or not hosts or {p.actor_id for p in hosts} & set(sides) or (
            {p.country for p in hosts} & {p.country for p in parties} - {None}):
        return None  # "Blinken held talks between the US and Chinese delegations": a side's own
    mediation = Event(id="", type="CONSULT", mode=None, contexts=["diplomatic"], cameo=MEDIATION_CAMEO,
                      source=hosts, target=parties, location=event.location, factuality=event.factuality,
                      attribution=list(event.attribution), evidence=[replace(event.evidence[0])],
                      confidence=event.confidence, size=event.size)
    event.source, event.target = parties[:1], parties[1:]
    if event.cameo == MEDIATION_CAMEO and trig.governor.tag_ in ("VBD", "VBN") and any(
            _lemma(t) in AGREEMENT_NOUNS for t in talks):
        # "China brokered a deal between Saudi Arabia and Iran": the sides concluded an agreement, coded as
        # "signed a deal" is (CAMEO 057); the broker's mediation is the event returned ("is trying to broker a
        # deal" concluded none)
        event.type, event.cameo, event.mode = "SUPPORT", SIGNED_AGREEMENT_CAMEO, None
        coded.participants = set(sides)
        return CodedMention(mediation, coded.block, coded.governor, coded.sentence_start,
                            {p.actor_id for p in hosts} | set(sides))
    own = {p.country for p in parties}
    if hosted or event.location is not None and event.location.country not in own | {None}:
        event.mode, event.cameo = "third-party", THIRD_PLACE_CAMEO
    elif event.mode == "third-party" or event.mode == "visit":
        event.mode = None  # the host's or broker's country was counted among the parties
    coded.participants = set(sides)
    return CodedMention(mediation, coded.block, coded.governor, coded.sentence_start, {p.actor_id for p in hosts}
                        | set(sides))


def participle_light_triggers(tokens: Sequence[Token], found: Sequence[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """Event nouns whose light verb follows them as a participle with its agent: "sanctions imposed by Canada on
    Iran", "aid provided by Japan to Ukraine", "talks held by Qatar with the Taliban". The participle governs the
    event, as the light verb does before its object ("Canada imposed sanctions on Iran"): the agent is the source
    and the participle's phrases name the target. `found` triggers of the same noun give way to these (with their
    own rule when the lexicon gives the noun none for this verb)."""
    by_word = {t.word.i: t for t in found}
    triggers = []
    for noun in tokens:
        if noun.pos_ not in ("NOUN", "PROPN") or not noun.n_rights:  # the participle follows its noun
            continue
        # (not "talks hosted by Kazakhstan", a third party's: `hosted_talks`)
        participle = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                           and _lemma(c) not in HOSTING_VERBS and any(a.dep_ == "agent" for a in c.children)), None)
        if participle is None:
            continue
        forms = _forms(participle)
        rule = next((r for r, rest in lexicon.nouns.get(_lemma(noun), []) + lexicon.nouns.get(noun.lower_, [])
                     if forms & set(r.light) and _phrase_matches(noun, rest, "noun")), None)
        known = by_word.get(noun.i)
        if rule is None and known is not None and known.governor is not participle and (
                forms & SUPPORT_VERBS or _lemma(participle) in ("hold", "impose")):
            rule = known.rule  # "the attack carried out by Hamas": the noun's own reading, under its support verb
        if rule is not None:
            triggers.append(Trigger(rule, noun, participle))
    return triggers
