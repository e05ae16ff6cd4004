"""The CAMEO verb dictionary (PETRARCH2's CAMEO.2.0.txt, shipped in data/petrarch2/) as a second trigger source.

A verb the lexicon does not code is looked up in the dictionary through `dragoman.petrarch.VerbDictionary`: the
verb line gives a CAMEO code, and the most specific pattern of its block whose words follow (or precede) the verb
in its clause refines it ("ASK" 020, "- * EXTRADITION" 0213). Actor markers in a pattern (`$`, `+`, `%`, `^`)
stand for any run of noun-phrase words here: the participants are read off the parse by the coder, as for lexicon
triggers. The
CAMEO code becomes a PLOVER type, mode and contexts through `data/cameo2plover.tsv` (CAMEO2PLOVER-2021).

CAMEO.2.0 merged TABARI's verb files into synonym blocks and kept, in each pattern's comment, the verb the pattern
was written for ("GRANT" block: "- * ORDER [100]  # ISSUE"). `patterns` chooses which patterns of a verb's blocks
apply to it: "head" (default) its own and the block head's, so that every synonym codes like its head, while a
sibling's pattern ("issued an order" 100) does not code "granted a restraining order"; "own" only its own; "all"
every pattern of the block, as PETRARCH2 does. Chosen on PLV tune rows (bench/events_plv.py --patterns).

A code read off the verb alone (its verb line, a pattern written for another verb of its block, or an intent code
read as the act) holds only where the verb acts on a party or an event (`_acts_on_party`): "took 23 pirates", not
"took measures against", "facilitated the process of", "to ensure security along the border with". A cooperative
root's own code on a bare verb line (GENERIC_COOPERATION) is too vague to be an event at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from dragoman.actors import GROUP_NOUNS, ORG_HEADS
from dragoman.events.arguments import (
    FORCE_NOUNS,
    LOCATIVE_PREPS,
    OBJECT_PREPS,
    PARTY_NOUNS,
    PEOPLE_NOUNS,
    counted_noun,
)
from dragoman.events.triggers import (
    ACTOR_ENTITIES,
    GUEST_NOUNS,
    RECEIVING_VERBS,
    TIME_PREPS,
    Rule,
    Trigger,
    _complex_preposition,
    received_object,
)
from dragoman.petrarch import Pattern, PatternElement, VerbBlock, VerbDictionary, VerbEntry, split_words
from dragoman.wordlists import SPEECH_VERBS

# Verbs that head a clause; "Saudi-led" (amod) and "according to" (prep) are not events.
CLAUSE_HEADS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis",
                          "dep"})
NOMINAL_TAGS = ("NN", "PRP", "DT", "JJ", "CD", "POS")

# CAMEO 03x, "express intent to ...", belongs to verbs that state an intent ("offered troops", "pledged aid"). The
# dictionary also gives it to verbs of the act itself ("- * PILOTS [0312]  # TRAIN", "sending a platoon" 0334):
# there it is the act (0312 -> 062 military cooperation), and an intent around it ("will send") is read by the
# coder's modality, as for lexicon triggers.
INTENT_VERBS = frozenset("offer promise pledge vow agree commit propose plan intend volunteer undertake guarantee "
                         "assure consider seek want wish hope prepare threaten".split())
REALIZED = {"031": "060", "0311": "061", "0312": "062", "0313": "063", "0314": "064", "032": "050",
            "033": "070", "0331": "071", "0332": "072", "0333": "073", "0334": "074",
            "035": "080", "0351": "081", "0352": "082", "0353": "084", "0354": "085", "0355": "086", "0356": "087",
            "036": "040"}

# The cooperative roots' own codes (intent 030, consult 040, diplomatic 050, material cooperation 060) on a bare verb
# line: these lines hold verbs of going, meeting, leading, serving, finding and wanting ("travelled to Utah", "found
# the suspect", "leads the commune"), whose root code says nothing of a political act. Their triggers are marked
# (`vague`) and the coder keeps no event of them, only their participants for the acts around them. The specific
# codes (042 visit, 061 economic cooperation ...) and patterns that name their objects code as any other.
GENERIC_COOPERATION = frozenset({"030", "040", "050", "060"})
# A pattern or a multiword entry that adds only a preposition or a particle ("- * (TO)" 040 of COME, "GO_TO",
# "WALK_OUT") names no object either: "came to the school", "went to West Hill" are as vague as the bare line.
FUNCTION_WORDS = frozenset("""TO WITH FOR FROM IN INTO ON ONTO AT BY OF OFF OUT UP DOWN OVER BACK AWAY FORTH BEHIND
    AROUND ABOUT ACROSS THROUGH BETWEEN AGAINST TOWARD TOWARDS""".split())

# CAMEO's SEIZE block (seize, capture, take, grab, wrest) codes 171 "seize or damage property"; what is seized
# decides: a town, a region or a crossing taken ("captured Avdiivka", "took control of Sanaa") is a military
# capture, as the lexicon codes "captured the town" (ASSAULT 190); a tanker or a shipment stays a seizure.
CAPTURE = "190"
# The block's verbs of taking; its others ("usurp", "subvert", "overturn", "revolutionize") take no town.
CAPTURE_VERBS = frozenset("seize capture take grab snatch wrest overrun conquer recapture retake".split())
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
TERRITORY_NOUNS = frozenset("town city village territory region province island capital district enclave stronghold "
                            "bastion outpost hill airport crossing neighborhood neighbourhood".split())


def _reversed_only(code: str) -> bool:
    """A pattern code with only the reverse event ("[:072]": the target's act on the source)."""
    forward, colon, backward = code.strip().partition(":")
    return bool(colon) and not forward and backward.isdigit()


def _names(entry: VerbEntry) -> bool:
    """A multiword entry with a word beyond its verb that is more than a preposition or a particle ("SET_FIRE",
    not "GO_TO")."""
    return any(w not in FUNCTION_WORDS for k, w in enumerate(entry.words) if k != entry.head)


def _takes_place(verb: Token) -> bool:
    """The verb's object, or what it took control of, is a place: "seized Mosul", "took control of the crossing"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [p for o in list(objects) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]
    return any(o.ent_type_ in PLACE_ENTITIES or o.lemma_.lower() in TERRITORY_NOUNS for o in objects)


# A particle or adverb of place or path makes another verb of the one the dictionary lists: "pulled him over" (a
# traffic stop, not PULL's extraction), "was passed over" (not PASS's approval), "took her son inside". A particle
# one of the verb's own patterns names ("- * OVER &INVESTIGATION" of TAKE) is a use the dictionary knows.
PATH_PARTICLES = frozenset("over inside indoors outside home aside around round past along across through upstairs "
                           "downstairs apart".split())
# The verbs of taking (CAMEO 171, "seize or damage property": take, pull, catch, grab, snatch, pluck ...) change whose
# the object is; with a goal or a direction they change where it is, and are verbs of carrying: "took her son into a
# store", "was taken to hospital", "caught up to him". Not "back" (taking back is retaking), "out" (taking out is
# destroying), "down" (pulling down a statue damages it) or "away" (taking away passports seizes them).
TAKING = "171"
TAKING_DIRECTIONS = PATH_PARTICLES | {"in", "up", "off"}
GOAL_PREPS = frozenset({"to", "into", "onto", "toward", "towards", "inside"})
# The verbs of pushing the dictionary codes as appeals and demands (CAMEO 02x and 10x), with a direction or a goal,
# move something by force or advance: "pushed the Peshmerga out of the city", "pressed on toward the capital",
# "pushed into the suburbs". An order with a goal is still an order ("ordered the staff into the basement").
DEMANDING = ("02", "10")
PUSHING_VERBS = frozenset({"push", "press", "drive", "shove", "nudge", "spur"})
DEMANDING_DIRECTIONS = frozenset({"out", "back", "away", "forward", "ahead", "on"})

# The dictionary's RECEIVE block (receive, get, obtain, gain, acquire, earn ...) codes some of its patterns with the
# receiver as source ("- * &WEAPON [072]", "- * BACKING [051]"), others reversed ("- * LOAN [:071]"). What is
# received is given: "Ukraine received Patriot missiles from Germany" is Germany's military aid to Ukraine,
# whichever way the pattern reads. The giving codes: aid (07x) and praise or endorsement (051).
RECEIVING = RECEIVING_VERBS | frozenset("acquire attain earn procure".split())
GIVING_CODES = ("07", "051")


def _particles(verb: Token) -> set[str]:
    """The verb's particles and adverbs of direction: "pulled over" (prt), "pulled him over" and "pulled him over a
    few blocks away" (a preposition with no object but an adverb), "took her son inside" (advmod)."""
    return {c.lower_ for c in verb.children if c.dep_ == "prt" or c.dep_ in ("advmod", "prep") and not any(
        g.dep_ == "pobj" or g.dep_ == "pcomp" and g.pos_ != "ADV" for g in c.children)}


def _moved(verb: Token, code: str, listed: frozenset[str]) -> bool:
    """The verb, coded by its line alone, is used in another sense: with a particle of place or path its patterns do
    not name, or, for a verb of taking or of demanding, with a goal or a direction (`TAKING_DIRECTIONS`,
    `DEMANDING_DIRECTIONS`, `GOAL_PREPS`)."""
    every = _particles(verb)
    particles = {p for p in every if p.upper() not in listed}
    if particles & PATH_PARTICLES:
        return True
    if code == TAKING:
        directions, goals = TAKING_DIRECTIONS, GOAL_PREPS
    elif code.startswith(DEMANDING) and verb.lemma_.lower() in PUSHING_VERBS:
        # "appealed to the UN" is whom it asks; a particle counts though a pattern names it ("- * OUT ..."): no
        # pattern that names words chose this code, or the verb would not be asked about here
        directions, goals, particles = DEMANDING_DIRECTIONS, GOAL_PREPS - {"to"}, every
    else:
        return False
    return bool(particles & directions or any(
        c.dep_ == "prep" and c.lower_ in goals and any(g.dep_ == "pobj" for g in c.children) for c in verb.children))


# A verb line's code ("TAKE" 171 seize, "FACILITATE" 060, "HELP" 070) is the verb's sense between two parties, as
# PETRARCH reads "$ VERB +": the verb acts on a party, or on what a party owns or does. "took 23 pirates", "approached
# Dr Gupta", "repulsed an attack", "searched the consul's residence", "stole diamonds from the jeweller"; not "took
# measures", "taking steps to", "facilitated the process of", "ensure security along the border with", where a party
# the coder would find further in (the process "between Russia and Ukraine", the purpose "to improve its relations
# with Turkey", a place's country) is no party of this verb. A pattern that names its words ("- * CONTROL (OF
# VILLAGES)" 192) has said what the object is, and is kept, when it is the verb's own pattern (see `_code`).
PARTY_HEADS = (PEOPLE_NOUNS | FORCE_NOUNS | PARTY_NOUNS | GUEST_NOUNS | ORG_HEADS
               | {noun.rstrip("s") for noun in GROUP_NOUNS} | frozenset(
                   """government administration authority regime ministry cabinet parliament congress senate
                   military navy country nation state side body opposition movement organization organisation
                   group coalition alliance force rebel militant insurgent protester pirate gang deputy officer
                   sheriff trooper guard agent detective policeman judge prosecutor robber thief bandit brigand
                   smuggler""".split()))
PERSONAL_PRONOUNS = frozenset("him her them us me you himself herself themselves ourselves".split())
# Nouns of a course of action or a state, the objects of light-verb phrases ("take measures", "take steps", "take
# part", "took advantage of", "took a liking to", "took refuge", "took shelter", "took its toll", "facilitate the
# process", "ensure security", "show readiness"): under them a verb line names no act of its own on anyone.
LIGHT_OBJECTS = frozenset("""measure step action move effort attempt process procedure way means course approach path
part role place care advantage opportunity chance time look note notice heed stock interest concern position stance
responsibility lead precaution preparation safety security stability calm readiness keenness willingness eagerness
desire determination resolve hope confidence form shape account aim goal priority liking refuge cover pride comfort
offence offense root effect hold turn break toll shelter commitment""".split())
# A job taken or filled is a career, no act on anyone ("took the job", "filled the vacancy"); a lawsuit settled, won
# or lost is a private matter between litigants, no act of the verb's own sense on either ("settled a lawsuit against
# the city"): the legal acts themselves (suing, charging, convicting) are the lexicon's. A dispute settled keeps the
# patterns that name it ("- * &DISPUTE" 039).
NO_ACT_OBJECTS = frozenset("job vacancy vacancies career lawsuit suit litigation".split())
# A post, a position or a seat is an office when it is one of an office ("fill the post of Surgeon General") or has
# no modifier but a rank ("took a senior position with the bank"); "seized an army post", "shelled rebel positions"
# are places held by a force.
OFFICE_NOUNS = frozenset("post position seat".split())
RANKS = frozenset("senior junior top high new vacant key vacated ministerial cabinet executive".split())
# Verbs of trade: what is bought or sold is the buyer's or the seller's, so its owner ("their medicine", "the
# silence of the burglars") is no party; a party traded with is named ("bought oil from Iran", "sold jets to
# India"), and goods of a country's ("Iranian oil") name it.
COMMERCE_VERBS = frozenset("buy purchase sell resell".split())
ORIGIN_ENTITIES = frozenset({"GPE", "NORP"})
# Joining a body as one of its people is a career, no act between parties: "Felt joined the FBI in 1942", "at 18 he
# joined the navy", "joined the company as chief executive"; a state or a body joining one ("Finland joined
# NATO", "the rebels joined the coalition") and a person joining an event ("joined the protest") keep their codes.
JOINING_VERBS = frozenset({"join", "rejoin"})
PERSON_PRONOUNS = frozenset("he she i we you".split())
BODY_HEADS = ORG_HEADS | FORCE_NOUNS | frozenset("""bureau department company firm bank agency service team staff
board union club band school university newspaper paper network administration navy corps marines police
academy country nation state authority regime""".split())
# Verbs whose bare line (ALLOW's "PASS" 080) holds for one class of objects only: a text passed is approved ("the
# senate passed the bill"); people, places and things passed are passed by ("passed a group of men", "passed the
# checkpoint", "passed money to").
PASSED_TEXTS = frozenset("""bill law budget resolution measure motion amendment act legislation ordinance decree
reform treaty plan proposal constitution charter package sanction sanctions""".split())
# EXPRESS's bare line is 110 disapprove: what is expressed decides, and only disapproval is ("expressed its
# rejection of", "expressed displeasure"); closeness, gratitude or interest expressed is none (its patterns code
# concern, hope, condolences and the like).
EXPRESSED_DISAPPROVAL = frozenset("""rejection opposition displeasure dissatisfaction disapproval indignation anger
outrage condemnation objection protest discontent frustration disappointment criticism reservation disagreement
denunciation resentment irritation annoyance consternation""".split())
SENSE_OBJECTS = {"pass": PASSED_TEXTS, "express": EXPRESSED_DISAPPROVAL}
# Helping is aid (CAMEO 070) when the help goes to a party: "helped the flood victims", "helped Indonesia rebuild its
# schools", "helped Syria hold elections". A person helped to do something is aided only in an act of aid, one that
# brings something to someone (rebuilding, feeding, protecting) or meets a threat or a need (fighting insurgents,
# containing an outbreak: the military, humanitarian and economic aid of CAMEO 07); any other act is a private
# favour, no event ("helped Woodward link Hunt to the break-in", "helped the reporters pursue the story").
HELPING_VERBS = frozenset("help assist aid".split())
AID_ACTS = frozenset("""rebuild reconstruct build repair restore feed supply provide fund finance pay train equip arm
protect defend secure evacuate rescue house shelter resettle treat heal vaccinate clear demine recover deliver
distribute transport relocate reintegrate stabilize stabilise modernize modernise develop strengthen fight combat
counter battle defeat repel resist tackle curb contain prevent reduce ease alleviate relieve overcome cope survive
address mitigate eradicate eliminate improve boost revive guard patrol monitor enforce cover meet""".split())
# Verbs that, before an infinitive or a gerund, say only whether, when or how hard its act was done or meant
# ("managed to evade", "tried to reach", "went on to win", "struggled to keep her alive", "aims to cut", "delayed
# announcing the death"): their own sense between two parties ("manage" 060 administer, "struggle" 190 fight, "aim"
# 190 target, "delay" 120 reject) is not there.
IMPLICATIVE_VERBS = frozenset("""manage try attempt fail continue begin start cease tend happen seem appear get go
come bother dare remain proceed struggle strive aim delay postpone defer""".split())
# Verbs that, before an infinitive of their own subject's act, ask nothing of anyone and endorse no one: needing,
# hoping, wishing or preferring to do something is no demand, appeal or praise ("needs to get it off him", "had hoped
# to begin the relocation", "preferring to spend his nights in Manhattan"), whose addressee is another party ("hopes
# Israel will withdraw", "needs the West to act" keep their sense). Not "help": helping to do something for someone
# is aid to them ("helped rebuild Gaza's schools").
SHARED_SUBJECT_VERBS = frozenset("need hope wish desire prefer".split())
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NAME_MODIFIERS = frozenset({"poss", "compound", "nmod", "amod"})
RELATIVE_WORDS = frozenset({"who", "whom", "that", "which", "whose"})
# Prepositions of place and time: what they introduce is where or when the act was, not whom it was on.
SETTING_PREPS = TIME_PREPS | LOCATIVE_PREPS | {"along", "around", "during", "within", "outside", "over", "through"}


def _is_party(tok: Token, event_noun: Callable[[str], bool]) -> bool:
    """The word names a party (a name, a person or a body) or an event: what a verb line's sense acts on."""
    tok = counted_noun(tok) or tok  # "dozens of protesters", "23 of the pirates"
    if tok.ent_type_ in ACTOR_ENTITIES or tok.lower_ in PERSONAL_PRONOUNS:
        return True
    lemma = tok.lemma_.lower()  # a place is its holder's: "captured the village"
    return tok.pos_ in ("NOUN", "PROPN") and (lemma in PARTY_HEADS or lemma in TERRITORY_NOUNS or event_noun(lemma))


def _owners(noun: Token) -> list[Token]:
    """Whose a thing is: its possessor, a name before it, the party of its own phrase ("the consul's residence",
    "the U.N. report", "the results of the report", "a medal to Zambia"), not a place it is in ("security along
    the border with Yemen")."""
    owners = [c for c in noun.children if c.dep_ == "poss" or c.dep_ in NAME_MODIFIERS and c.ent_type_]
    owners += [o for c in noun.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
               for o in c.children if o.dep_ == "pobj"]
    # through the owner's own name words: "the Saudi consul general's residence", "the results of the U.N. report"
    return owners + [x for o in owners if o.dep_ in ("poss", "pobj") for x in o.children
                     if x.dep_ in NAME_MODIFIERS and x.ent_type_]


def _reported_fact(clause: Token) -> bool:
    """A finite content clause in the past, with no modal: what the speaker holds to have happened ("suggested
    Israel knew", "contended his whereabouts were not accounted for"), not an act wanted of its subject ("hopes
    Israel will withdraw", "suggested Israel withdraw")."""
    tense = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    return clause.dep_ == "ccomp" and any(t.tag_ == "VBD" for t in tense) and not any(t.tag_ == "MD" for t in tense)


def _acts_on_party(verb: Token, event_noun: Callable[[str], bool], lemma: str | None = None) -> bool:
    """The verb acts on a party or an event: its direct object or passive subject (or the noun a relative clause
    without either modifies: "the man she confronted", "the family founded by Luciano"), what that object belongs
    to, the object of one of its own prepositions other than of place and time ("went to Utah", "stole diamonds
    from the jeweller"), or the act of its infinitive ("forced the army to withdraw from Kirkuk", "vowed to crush
    the rebels"); and its direct object is no course of action or state ("took measures against", "taking steps
    to improve relations with"). `lemma`: the verb's lemma where the dictionary knows it better than the parse
    ("hoped" read as "hop")."""
    # a relative pronoun stands for the noun its clause modifies: "the village that the rebels had captured"
    direct = [verb.head if c.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl" else c
              for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    if not direct and verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in CLAUSE_SUBJECTS and c.lower_ in RELATIVE_WORDS for c in verb.children) and (
            verb.tag_ == "VBN" or any(c.dep_ == "nsubj" for c in verb.children)):
        direct = [verb.head]
    direct += [c for d in direct for c in d.children if c.dep_ == "conj"]
    if any(d.dep_ == "dobj" and (d.lemma_.lower() in LIGHT_OBJECTS | NO_ACT_OBJECTS or _is_office(d)) for d in direct):
        return False
    # "granted a medal to Zambia": the parser's dative "to" is a preposition
    preps = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.pos_ == "ADP"
             and c.lower_ not in SETTING_PREPS]
    direct = [d for d in direct if d.pos_ != "ADP"]
    preps += [p for c in verb.children if c.dep_ in ("prep", "advmod", "prt") for p in _complex_preposition(c)]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    # an infinitive, not a finite clause ("expected that ..."): its subject, when it follows the verb, is the
    # verb's object too ("helped Ukraine defend itself")
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
            and not any(m.dep_ == "mark" for m in c.children) and not _reported_fact(c)]
    if acts and not direct and (lemma or verb.lemma_.lower()) in IMPLICATIVE_VERBS | SHARED_SUBJECT_VERBS and not any(
            s.dep_ in CLAUSE_SUBJECTS for c in acts for s in c.children):
        return False  # "managed to evade the police": whether or when the act happened, no act of the verb's own
    objects += [s for c in acts for s in c.children if s.dep_ == "nsubj" and s.i > verb.i]
    verb_lemma = lemma or verb.lemma_.lower()
    owners = [o for d in direct for o in _owners(d)]
    if verb_lemma in COMMERCE_VERBS:  # goods, never an event bought ("buy the silence of", "buy their medicine")
        owners = [o for o in owners if o.ent_type_ in ORIGIN_ENTITIES and o.dep_ in NAME_MODIFIERS]
        event_noun = _no_event_noun
    if verb_lemma in HELPING_VERBS and acts:  # see AID_ACTS
        helped = [*direct, *(s for c in acts for s in c.children if s.dep_ == "nsubj" and s.i > verb.i)]
        if helped and not any(a.lemma_.lower() in AID_ACTS for a in acts) and all(
                h.ent_type_ == "PERSON" or h.lemma_.lower() in PEOPLE_NOUNS for h in helped):
            return False
    return any(_is_party(a, event_noun) for a in (*direct, *objects, *owners)) \
        or any(_acts_on_party(c, event_noun) for c in acts)


def _is_office(noun: Token) -> bool:
    """A post, a position or a seat held by a person (`OFFICE_NOUNS`), not one held by a force."""
    if noun.lemma_.lower() not in OFFICE_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) or all(
        c.lemma_.lower() in RANKS for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))


def _sense_object(verb: Token, lemma: str) -> bool:
    """The verb's object is of the class its bare line needs (`SENSE_OBJECTS`), or it needs none."""
    needed = SENSE_OBJECTS.get(lemma)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    return needed is None or any(o.lemma_.lower() in needed for o in objects)


def _no_event_noun(lemma: str) -> bool:
    return False


def _joins_as_staff(verb: Token) -> bool:
    """A person joins a body as one of its people (`JOINING_VERBS`): "Felt joined the FBI", "he joined the navy"."""
    if verb.lemma_.lower() not in JOINING_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not all(s.ent_type_ == "PERSON" or s.lower_ in PERSON_PRONOUNS for s in subjects):
        return False
    return any(c.dep_ == "dobj" and (c.ent_type_ == "ORG" or c.lemma_.lower() in BODY_HEADS) for c in verb.children)


@dataclass(frozen=True)
class PloverCode:
    type: str
    mode: str | None
    contexts: tuple[str, ...]


def _read_table(text: str) -> dict[str, PloverCode]:
    table: dict[str, PloverCode] = {}
    for line in text.splitlines():
        if not line or line.startswith(("#", "code\t")):
            continue
        code, type_, mode, contexts, _meaning = line.split("\t")
        table[code] = PloverCode(type_, mode or None, tuple(c.strip() for c in contexts.split(";") if c.strip()))
    return table


@lru_cache(maxsize=1)
def cameo_to_plover() -> dict[str, PloverCode]:
    return _read_table(resources.files("dragoman").joinpath("data/cameo2plover.tsv").read_text("utf-8"))


def plover_of(cameo: str) -> PloverCode | None:
    """The PLOVER type of a CAMEO code: its own row, else its longest listed prefix ("0874" -> "087")."""
    table = cameo_to_plover()
    for n in range(len(cameo), 2, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    """A token's dictionary words ("Don't" -> DO N'T), never none."""
    return tuple(split_words(text)) or (text.upper(),)


def _bare(words: tuple[str, ...] | str) -> tuple[str, ...]:
    """Pattern words without PETRARCH's phrase brackets: "(OUT)" and "{WATER CANON}" match the words."""
    return tuple(w for w in (w.strip("(){}") for w in words) if w)


def _other_doubling(word: str) -> str | None:
    """The -ed or -ing form with its final consonant doubled, or undoubled ("CANCELED" <-> "CANCELLED")."""
    for suffix in ("ED", "ING"):
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and stem[-1].isalpha() and stem[-1] not in "AEIOUWXY":
            return stem[:-1] + suffix if stem[-1] == stem[-2] else stem + stem[-1] + suffix
    return None


@lru_cache(maxsize=4)
def _load(path: str | None) -> VerbDictionary:
    if path is None:
        return VerbDictionary.parse(
            # typeshed's Traversable.read_text has no `errors`; the packaged file is a pathlib.Path, which has it
            resources.files("dragoman").joinpath("data/petrarch2/CAMEO.2.0.txt").read_text(  # type: ignore[call-arg]
                "utf-8", errors="replace"))
    return VerbDictionary.load(path)


class CameoDictionary:
    """Verb triggers from a PETRARCH verb dictionary (the packaged CAMEO.2.0.txt unless `path` is given)."""

    def __init__(self, path: str | Path | None = None, require_source: bool = True,
                 require_target: bool = True, patterns: str = "head") -> None:
        # PETRARCH codes a dictionary verb only between a source and a target actor; so does this by default.
        self.require_source = require_source
        self.require_target = require_target
        self.verbs = _load(str(path) if path is not None else None)
        self.patterns = patterns
        self._rules: dict[str, Rule | None] = {}
        self._vague: dict[str, Rule] = {}  # GENERIC_COOPERATION codes read off a bare verb line
        # `VerbDictionary.blocks_for` scans every entry; the coder asks for each verb of every sentence.
        self._blocks_by_lemma: dict[str, list] = {}
        # The verbs of each block: a pattern whose comment names one of them is that verb's own (see `_code`).
        self._lemmas: dict[int, set[str]] = {id(b): set() for b in self.verbs.blocks}
        for entries in self.verbs.verbs.values():
            for e in entries:
                if patterns != "all":
                    self._lemmas[id(e.block)].add(e.lemma)
                blocks = self._blocks_by_lemma.setdefault(e.lemma, [])
                if all(b is not e.block for b in blocks):
                    blocks.append(e.block)
        self._needs: dict[int, tuple[frozenset[str], list[frozenset[str]]]] = {}
        self._applicable: dict[tuple[str, int], list[tuple[VerbBlock, Pattern]]] = {}  # see `_patterns`
        self._nominal: list[bool] = []  # per word of the sentence being coded: part of a noun phrase

    def rule(self, cameo: str) -> Rule | None:
        """A lexicon rule for a CAMEO code, or None when the code is no PLOVER event (01x statements, "---")."""
        if cameo not in self._rules:
            plover = plover_of(cameo) if cameo.isdigit() else None
            self._rules[cameo] = None if plover is None else Rule(
                kind="verb", lemmas=(), type=plover.type, cameo=cameo, mode=plover.mode, contexts=plover.contexts,
                require_source=self.require_source, require_target=self.require_target)
        return self._rules[cameo]

    def vague(self, rule: Rule) -> bool:
        """The rule is a cooperative root's own code read off a bare verb line (GENERIC_COOPERATION)."""
        return self._vague.get(rule.cameo or "") is rule

    def triggers(self, sent: Sequence[Token], taken: set[int],
                 event_noun: Callable[[str], bool] = lambda lemma: False) -> list[Trigger]:
        """Triggers for the sentence's verbs not in `taken` (token indices the lexicon already codes);
        `event_noun` tells the nouns that name an event (the lexicon's)."""
        # A speech verb's content is the event ("said it would withdraw"), coded on its own verb.
        verbs = [tok for tok in sent if tok.i not in taken and tok.pos_ == "VERB" and tok.dep_ in CLAUSE_HEADS
                 and tok.lemma_ not in SPEECH_VERBS]
        if not verbs:
            return []  # most sentences: no need to spell out their words
        words: list[str] = []
        first_word: dict[int, int] = {}
        for tok in sent:
            first_word[tok.i] = len(words)
            for w in _words(tok.text):
                words.append(w)
        self._nominal = [tok.tag_.startswith(NOMINAL_TAGS) for tok in sent for _ in _words(tok.text)]
        present = set(words)
        found: list[Trigger] = []
        for tok in verbs:
            i = first_word[tok.i]
            entries = self.verbs.candidates(words, i)
            looked = words
            if not entries and (variant := _other_doubling(words[i])) is not None:
                # A spelling the dictionary does not list ("canceled", "kidnaped" beside its CANCELLED, KIDNAPPED):
                # the final consonant doubled or not before -ed or -ing, as British and American spelling differ
                looked = [*words[:i], variant, *words[i + 1:]]
                entries = self.verbs.candidates(looked, i)
            if not entries:
                continue
            code, specific, named = self._code(tok, entries, looked, first_word, present | set(looked[i:i + 1]))
            # a receiving verb's act done by the one received from: "- * LOAN [:071]" reversed, and a giving code
            # read forward ("- * &WEAPON [072]"): the receiver is the target, the giver (the coder's `giver`) the
            # source
            converse = bool(code) and tok.lemma_.lower() in RECEIVING and (
                _reversed_only(code or "") or (code or "").startswith(GIVING_CODES))
            if code and _reversed_only(code):
                code = code.strip()[1:]
            if code in REALIZED and tok.lemma_.lower() not in INTENT_VERBS:
                # the act given, not promised, goes to someone: "ensure Iraq's security", not "to ensure security
                # along the border"
                code, specific, named = REALIZED[code], False, False
            if code and not specific and (not _acts_on_party(tok, event_noun, entries[0].lemma.lower())
                                          or _moved(tok, code, self._listed(entries[0]))):
                continue
            if code and (_joins_as_staff(tok) or not specific and not _sense_object(tok, entries[0].lemma.lower())):
                continue
            if code == "171" and tok.lemma_.lower() in CAPTURE_VERBS and _takes_place(tok):
                code = CAPTURE
            rule = self.rule(code) if code else None
            if rule is not None and code in GENERIC_COOPERATION and not named:
                rule = self._vague.setdefault(code, replace(rule))  # equal, but told apart by `vague`
            if rule is not None:
                found.append(Trigger(rule, received_object(tok) if converse else tok, tok, converse=converse))
        return found

    def _code(self, verb: Token, entries: list, words: list[str], first_word: dict[int, int],
              present: set[str]) -> tuple[str | None, bool, bool]:
        """The code of the verb's best pattern; whether words beyond the verb chose it: a pattern's words
        ("- * RELATIONS") or a multiword entry ("SET_FIRE"), not the verb line alone or actor slots; and whether
        one of those words is more than a preposition or a particle (`FUNCTION_WORDS`)."""
        entry = entries[0]  # longest first
        start = first_word[verb.i] - entry.head
        end = start + len(entry.words)
        lo = first_word[verb.left_edge.i]
        hi = first_word.get(verb.right_edge.i + 1, len(words))
        best: tuple[int, int, Pattern] | None = None
        best_block = entry.block
        receiving = verb.lemma_.lower() in RECEIVING
        for block, p in self._patterns(entry):
            if not (p.code.strip().isdigit() or receiving and _reversed_only(p.code)) or not self._possible(p, present):
                continue
            if not self._side(p.post, 0, end, hi, words, True):
                continue
            if not self._side(list(reversed(p.pre)), 0, start, lo, words, False):
                continue
            key = (p.weight, -p.order)
            if best is None or key > best[:2]:
                best = (p.weight, -p.order, p)
                best_block = block
        if best is not None:
            pattern = best[2]
            # A pattern the block's head was written for ("- * &SECURITY" 0332 of PROMISE) says what the object
            # is for the head only: "to ensure security" is no promise of protection to anyone
            own = pattern.origin == entry.lemma or pattern.origin is None and entry.lemma == best_block.name
            chosen = [el for el in pattern.pre + pattern.post if el.kind in ("word", "syn")] if own else []
            return pattern.code.strip(), len(entry.words) > 1 or bool(chosen), _names(entry) or any(
                el.kind == "syn" or not set(_bare(el.value)) <= FUNCTION_WORDS for el in chosen)
        # The longest entry found decides: a phrasal verb the dictionary codes as no event ("RULE_OUT" ---,
        # "TAKE_LEAVE" ---) is not the bare verb ("RULE" 060 oversee, "TAKE" 171 seize).
        code = next((e.code for e in entries if len(e.words) == len(entry.words) and e.code
                     and e.code.strip().isdigit()), None)
        return (code.strip() if code else None), len(entry.words) > 1, _names(entry)

    def _patterns(self, entry: VerbEntry) -> list[tuple[VerbBlock, Pattern]]:
        """The patterns that apply to the entry's verb (see `patterns`), with their blocks, its own block's first."""
        key = (entry.lemma, id(entry.block))
        if key not in self._applicable:
            blocks = [entry.block] + [b for b in self._blocks_by_lemma.get(entry.lemma, ()) if b is not entry.block]
            self._applicable[key] = [
                (block, p) for block in blocks for p in block.patterns
                if not (p.origin in self._lemmas[id(block)] and p.origin != entry.lemma
                        and not (self.patterns == "head" and p.origin == block.name))]
        return self._applicable[key]

    def _listed(self, entry: VerbEntry) -> frozenset[str]:
        """The words the verb's patterns name ("OVER" of "- * OVER &INVESTIGATION" for TAKE)."""
        return frozenset(w for _, p in self._patterns(entry) for el in p.pre + p.post if el.kind == "word"
                         for w in _bare(el.value))

    def _possible(self, pattern: Pattern, present: set[str]) -> bool:
        """Can the sentence's words match the pattern at all? Every plain word it needs must be there, and for
        every synset one of its members' first words: most patterns are ruled out without a search."""
        key = id(pattern)
        if key not in self._needs:
            elements = pattern.pre + pattern.post
            self._needs[key] = (
                frozenset(w for el in elements if el.kind == "word" for w in _bare(el.value)),
                [frozenset(o[0] for o in self.verbs.synsets.get(str(el.value), []) if o)
                 for el in elements if el.kind == "syn"])
        literals, synsets = self._needs[key]
        return literals <= present and all(firsts & present for firsts in synsets)

    def _side(self, elems: list[PatternElement], k: int, pos: int, bound: int, words: list[str],
              forward: bool) -> bool:
        """Do the pattern's elements from `k` on match the words from `pos` towards `bound`, in order?"""
        if k == len(elems):
            return True
        el = elems[k]
        glued = el.glued_left if forward else el.glued_right
        if el.kind in ("word", "syn"):
            options = [_bare(el.value)] if el.kind == "word" else self.verbs.synsets.get(str(el.value), [])
            places = ([pos] if glued else range(pos, bound)) if forward else ([pos] if glued else
                                                                               range(pos, bound, -1))
            for at in places:
                for opt in options:
                    a, b = (at, at + len(opt)) if forward else (at - len(opt), at)
                    fits = (b <= bound) if forward else (a >= bound)
                    if fits and tuple(words[a:b]) == tuple(opt) and \
                            self._side(elems, k + 1, b if forward else a, bound, words, forward):
                        return True
            return False
        # An actor or a skipped phrase: a run of noun-phrase words ("the Kurdish Peshmerga").
        step = 1 if forward else -1
        at = pos if forward else pos - 1
        inside = (lambda j: j < bound) if forward else (lambda j: j >= bound)
        if not (inside(at) and self._nominal[at]):
            return False
        while inside(at + step) and self._nominal[at + step]:
            at += step
        return self._side(elems, k + 1, at + 1 if forward else at, bound, words, forward)
